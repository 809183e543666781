"""Entry point of the ``jejak`` command.

Feature modules register their commands on the apps of ``jejak.cli_apps``;
heavy libraries are imported inside the commands, so start-up stays fast.
Domain exceptions become one-line Indonesian messages and exit code 1.
"""
from __future__ import annotations

import importlib
import sys

import typer

from jejak.cli_apps import app

COMMAND_MODULES = (
    "jejak.cli_kb",
    "jejak.cli_agent",
    "jejak.cli_sheets",
    "jejak.cli_bot",
    "jejak.cli_tanya",
    "jejak.cli_koreksi",
    "jejak.cli_web",
)


def _user_errors() -> tuple[type[BaseException], ...]:
    from jejak.errors import user_errors

    return user_errors()


def load_commands() -> None:
    for name in COMMAND_MODULES:
        try:
            importlib.import_module(name)
        except ModuleNotFoundError as exc:  # a feature not built yet
            if exc.name != name:
                raise


def main(argv: list[str] | None = None) -> None:
    load_commands()
    try:
        rc = app(args=argv, standalone_mode=False)
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except typer.Abort:
        typer.echo("Dibatalkan.", err=True)
        sys.exit(1)
    except Exception as exc:  # noqa: BLE001 - mapped below, re-raised otherwise
        import click

        if isinstance(exc, click.ClickException):
            exc.show()
            sys.exit(exc.exit_code)
        if isinstance(exc, _user_errors()):
            typer.echo(f"Galat: {exc}", err=True)
            sys.exit(1)
        raise
    # without standalone mode click returns typer.Exit's code instead of raising it
    sys.exit(rc if isinstance(rc, int) else 0)
