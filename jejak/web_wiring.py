"""Wiring of the web dashboard: its secret, and the app built from ``Settings``.

``create`` is the factory any ASGI server can load, with as many workers as wanted:
``uvicorn --factory jejak.web_wiring:create --workers 4`` (all of them read the same
settings, the same secret and the same journal)."""
from __future__ import annotations

import os
import secrets
from pathlib import Path

SECRET_FILE = "web-secret"


def secret(settings) -> str:
    """``JEJAK_WEB_SECRET``, else the one kept in the data folder (created once, mode 0600)."""
    if settings.web_secret is not None and settings.web_secret.get_secret_value():
        return settings.web_secret.get_secret_value()
    settings.ensure_dirs()
    path = Path(settings.data_dir) / SECRET_FILE
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:  # made earlier, or by another worker a moment ago
        value = path.read_text().strip()
        if value:
            return value
        fd = os.open(path, os.O_WRONLY | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as f:
        value = secrets.token_urlsafe(48)
        f.write(value + "\n")
    return value


def build(settings, services=None, **kwargs):
    """The dashboard for these settings (and services, created when not given)."""
    from jejak.services import Services
    from web.app import create_app

    own = services is None
    services = services or Services(settings)
    return create_app(services, secret=secret(settings), on_close=services.close if own else None, **kwargs)


def create():
    """ASGI factory: the dashboard on the environment's settings."""
    from jejak.settings import Settings

    return build(Settings())


def login_link(settings, services, nip: str) -> str:
    """A one-time login link to the dashboard for a staff member."""
    from journal.weblogin import issue

    return f"{settings.web_url.rstrip('/')}/masuk/{issue(services.journal, nip)}"
