"""One Indonesian line for every failure a user or operator can cause (see ``jejak.cli``).

``describe`` returns the line, or None for a real bug (then the CLI says so and points
to ``--verbose``). Messages never contain secrets: the CLI masks every line it prints.
"""
from __future__ import annotations

import errno

UNEXPECTED = ("Galat: galat tak terduga ({kind}: {detail}); jalankan ulang dengan 'jejak --verbose ...' untuk rinciannya "
              "dan laporkan bila berulang.")
USAGE = "Galat: {message} (lihat '{command} --help')."
USER = "Galat: {message}"
CONFIG = "Galat: konfigurasi tidak sah: {fields}; perbaiki variabel JEJAK_... atau berkas .env."
DISK_FULL = "Galat: disk penuh{where}; kosongkan ruang disk lalu coba lagi."
READ_ONLY = "Galat: tidak bisa menulis{where} (folder hanya-baca atau tanpa izin tulis); beri izin tulis atau pakai JEJAK_DATA_DIR lain."
NO_ACCESS = ("Galat: tidak punya izin akses{where} (folder hanya-baca atau milik pengguna lain); "
             "periksa hak baca/tulisnya atau pakai JEJAK_DATA_DIR lain.")
MISSING = "Galat: berkas atau folder{where} tidak ada; periksa path-nya."
OS_FAILED = "Galat: operasi berkas gagal{where} ({detail})."
NETWORK = ("Galat: server di jaringan tidak dapat dihubungi ({detail}); periksa JEJAK_CHROMA_URL (server Chroma) "
           "dan jaringannya, lalu coba lagi.")


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
        return USAGE.format(message=exc.format_message().rstrip("."), command=ctx.command_path if ctx else "jejak")
    if isinstance(exc, UserError):
        return USER.format(message=str(exc))
    if isinstance(exc, ValidationError):
        fields = "; ".join(f"JEJAK_{'_'.join(map(str, e['loc'])).upper()}: {e['msg']}" for e in exc.errors())
        return CONFIG.format(fields=fields)
    if isinstance(exc, OSError) and exc.errno is not None:
        code = exc.errno
        if code == errno.ENOSPC:
            return DISK_FULL.format(where=_where(exc))
        if code == errno.EROFS:
            return READ_ONLY.format(where=_where(exc))
        if code in (errno.EACCES, errno.EPERM):
            return NO_ACCESS.format(where=_where(exc))
        if code == errno.ENOENT:
            return MISSING.format(where=_where(exc))
        return OS_FAILED.format(where=_where(exc), detail=exc.strerror or type(exc).__name__)
    import httpx

    if isinstance(exc, httpx.TransportError):
        return NETWORK.format(detail=type(exc).__name__)
    text = str(exc).lower()
    if "disk is full" in text or "no space left" in text:
        return DISK_FULL.format(where="")
    if "readonly database" in text or "read-only file system" in text:
        return READ_ONLY.format(where="")
    return None
