"""One Indonesian line for every failure a user or operator can cause (see ``jejak.cli``).

``describe`` returns the line, or None for a real bug (then the CLI says so and points
to ``--verbose``). Messages never contain secrets: the CLI masks every line it prints.
"""
from __future__ import annotations

import errno
import re

from jejak import texts as T


def redactor():
    """The masker for this run's secrets; patterns only when the settings themselves are broken."""
    from pydantic import ValidationError

    from jejak.redact import Redactor

    try:
        from jejak.settings import Settings

        return Redactor.from_settings(Settings())
    except ValidationError:
        return Redactor()


def _click_errors() -> tuple[type[BaseException], ...]:
    """click's ClickException and the copy bundled inside typer (``typer._click``)."""
    found = []
    for module in ("click.exceptions", "typer._click.exceptions"):
        try:
            found.append(__import__(module, fromlist=["ClickException"]).ClickException)
        except (ImportError, AttributeError):
            continue
    return tuple(found)


def _where(exc: OSError) -> str:
    name = exc.filename or getattr(exc, "filename2", None)
    return f" ({name})" if name else ""


def describe(exc: BaseException) -> str | None:
    """One Indonesian line for a failure the user can act on (usage, user error, settings), or None."""
    from pydantic import ValidationError

    from knowledge.errors import UserError

    if isinstance(exc, _click_errors()):
        ctx = getattr(exc, "ctx", None)
        return T.USAGE.format(message=usage_message(exc), command=ctx.command_path if ctx else "jejak")
    if isinstance(exc, UserError):
        return T.USER.format(message=str(exc))
    if isinstance(exc, ValidationError):
        fields = "; ".join(f"JEJAK_{'_'.join(map(str, e['loc'])).upper()}: {e['msg']}" for e in exc.errors())
        return T.CONFIG.format(fields=fields)
    if isinstance(exc, OSError) and exc.errno is not None:
        code = exc.errno
        if code == errno.ENOSPC:
            return T.DISK_FULL.format(where=_where(exc))
        if code == errno.EROFS:
            return T.READ_ONLY.format(where=_where(exc))
        if code in (errno.EACCES, errno.EPERM):
            return T.NO_ACCESS.format(where=_where(exc))
        if code == errno.ENOENT:
            return T.MISSING.format(where=_where(exc))
        return T.OS_FAILED.format(where=_where(exc), detail=exc.strerror or type(exc).__name__)
    import httpx

    if isinstance(exc, httpx.TransportError):
        return T.NETWORK.format(detail=type(exc).__name__)
    text = str(exc).lower()
    if "disk is full" in text or "no space left" in text:
        return T.DISK_FULL.format(where="")
    if "readonly database" in text or "read-only file system" in text:
        return T.READ_ONLY.format(where="")
    return None


_TYPE_DETAILS = (  # click's and pydantic's English conversion errors, in Indonesian
    (re.compile(r"valid integer"), lambda m: T.USAGE_INTEGER),
    (re.compile(r"valid (number|float)"), lambda m: T.USAGE_NUMBER),
    (re.compile(r"(?:[Ff]ile|[Pp]ath|[Dd]irectory) '(.+?)' does not exist"), lambda m: T.USAGE_NOT_FOUND.format(path=m[1])),
    (re.compile(r"greater than or equal to (\S+)"), lambda m: T.USAGE_AT_LEAST.format(n=m[1])),
    (re.compile(r"less than or equal to (\S+)"), lambda m: T.USAGE_AT_MOST.format(n=m[1])),
    (re.compile(r"is not one of (.+?)\.?$|[Ii]nput should be ('.+?)$"),
     lambda m: T.USAGE_CHOICE.format(choices=(m[1] or m[2]).replace(" or ", " atau ").rstrip("."))),
)


def usage_message(exc) -> str:
    """click's usage error in Indonesian (its own words only for a kind not known here); our own
    ``typer.BadParameter`` texts are Indonesian already and pass through."""
    kind = type(exc).__name__
    param = getattr(exc, "param", None)
    hint = getattr(exc, "param_hint", None)
    if hint is None and param is not None:
        hint = param.get_error_hint()  # typer's own parameters take no context
    if isinstance(hint, (list, tuple)):
        hint = " / ".join(hint)
    if kind == "MissingParameter":
        what = "argumen" if getattr(param, "param_type_name", "") == "argument" else "opsi"
        return _first_up(T.USAGE_MISSING.format(kind=what, name=hint or ""))
    if kind == "NoSuchOption":
        return _first_up(T.USAGE_NO_OPTION.format(name=exc.option_name)) + _did_you_mean(exc.possibilities)
    message = exc.message.rstrip(".")
    if kind == "BadParameter" and hint:
        detail = next((fix(m) for pattern, fix in _TYPE_DETAILS if (m := pattern.search(message))), message)
        return _first_up(T.USAGE_BAD_VALUE.format(name=hint, detail=detail))
    if m := re.match(r"No such command '(.+?)'(?:\.\s*Did you mean '(.+?)'\?)?", message):
        return _first_up(T.USAGE_NO_COMMAND.format(name=m[1])) + _did_you_mean([m[2]] if m[2] else [])
    if m := re.match(r"Got unexpected extra argument(?:s|\(s\))? \((.+)\)", message):
        return _first_up(T.USAGE_EXTRA.format(args=m[1]))
    return _first_up(message)


def _first_up(text: str) -> str:
    return text[:1].upper() + text[1:]


def _did_you_mean(options) -> str:
    options = [f"'{o}'" for o in options or []]
    return T.USAGE_DID_YOU_MEAN.format(options=" atau ".join(options)) if options else ""
