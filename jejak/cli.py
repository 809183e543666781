"""Entry point of the ``jejak`` command.

Feature modules register their commands on the apps of ``jejak.cli_apps``;
heavy libraries are imported inside the commands, so start-up stays fast.
Every error a user or operator can cause (a usage mistake, a refusal, a database or
Chroma server that cannot be reached, a full disk, a read-only data folder, a bad
token) becomes ONE masked Indonesian line on stderr and exit code 1 (``jejak.failures``);
a traceback only with ``jejak --verbose``, masked too (``jejak.redact``).
"""
from __future__ import annotations

import importlib
import importlib.util
import logging
import os
import sys

import typer

from jejak.cli_apps import app

VERBOSE_FLAGS = ("--verbose", "-v")


def load_commands() -> None:
    """Import every command module of the product; importing one registers its commands on the
    apps of ``jejak.cli_apps``. Explicit imports: a module that fails to import is an error here."""
    from jejak import cli_agent, cli_bot, cli_kb, cli_koreksi, cli_sheets, cli_tanya, cli_web  # noqa: F401 - registers commands


def load_dev_commands() -> None:
    """``jejak bench ...`` lives in ``devtools`` (benchmarks, emulator driver, stand-ins; the ``[dev]``
    extra), which the product never imports. This is the one place that looks for it: when it is
    installed, importing ``devtools.commands`` adds its commands to the app; otherwise there are none."""
    if importlib.util.find_spec("devtools") is not None:
        importlib.import_module("devtools.commands")


@app.callback()
def _root(verbose: bool = typer.Option(False, "--verbose", help="Tampilkan log rinci dan jejak galat lengkap.")) -> None:
    return None  # read by main() before the command runs


def main(argv: list[str] | None = None) -> None:
    """The ``jejak`` entry point: masked logging, every failure as one line (traceback with --verbose), exit code."""
    from jejak.failures import describe, redactor
    from jejak.redact import install_logging

    # a process-wide switch, set here for every command: OpenMP threads that spin while waiting make one
    # embedding query take seconds on a busy machine (bot + workers + other jobs); passive waiting keeps it
    # at milliseconds. It must be set before the embedder's engine (and its OpenMP runtime) is loaded.
    os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
    args = list(sys.argv[1:] if argv is None else argv)
    verbose = any(a in VERBOSE_FLAGS for a in args)
    redact = redactor()
    undo = install_logging(redact, logging.DEBUG if verbose else logging.WARNING, tracebacks=verbose)
    load_commands()
    load_dev_commands()
    try:
        rc = app(args=args, standalone_mode=False)
    except typer.Exit as exc:
        rc = exc.exit_code
    except (typer.Abort, KeyboardInterrupt):
        typer.echo("Dibatalkan.", err=True)
        rc = 1
    except Exception as exc:  # noqa: BLE001 - every failure becomes one masked line (or a masked traceback)
        line = describe(exc)
        if verbose:
            import traceback

            typer.echo(redact("".join(traceback.format_exception(exc))), err=True)
        typer.echo(redact(line or describe_unexpected(exc)), err=True)
        rc = 1
    finally:
        undo()
    # without standalone mode click returns typer.Exit's code instead of raising it
    sys.exit(rc if isinstance(rc, int) else 0)


def describe_unexpected(exc: BaseException) -> str:
    """One masked line for an error nobody foresaw, so the CLI never prints a bare traceback by default."""
    from jejak import texts as T

    return T.UNEXPECTED.format(kind=type(exc).__name__, detail=str(exc).splitlines()[0][:200] if str(exc) else "-")
