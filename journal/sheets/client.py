"""gspread with service-account credentials from settings.

``settings.sheets_token_uri`` and ``settings.sheets_api_url`` point the client
at a local stand-in (tests, ``jejak bench sheets``); unset, it talks to Google.
Every transport failure is turned into ``SheetsUnavailable`` (retry later) or
``SheetsRejected`` (fix something first).
"""
from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from journal.sheets.errors import SheetsNotConfigured, SheetsRejected, SheetsUnavailable

SCOPES = ("https://www.googleapis.com/auth/spreadsheets",)
GOOGLE_API = "https://sheets.googleapis.com"


def open_client(settings, timeout: float = 30.0):
    """A gspread ``Client`` for the configured service account."""
    if not settings.google_service_account:
        raise SheetsNotConfigured()
    import gspread
    from google.auth.transport.requests import AuthorizedSession
    from google.oauth2.service_account import Credentials

    path = settings.google_service_account
    try:
        info = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise SheetsRejected(f"berkas akun layanan {path} tidak terbaca: {exc.__class__.__name__}") from exc
    creds = Credentials.from_service_account_info(info, scopes=list(SCOPES))
    if settings.sheets_token_uri:
        creds = creds.with_token_uri(settings.sheets_token_uri)
    api = (settings.sheets_api_url or "").rstrip("/")

    class Session(AuthorizedSession):
        def request(self, method, url, *args, **kwargs):  # noqa: D401 - rewrite base for the stand-in
            if api and url.startswith(GOOGLE_API):
                url = api + url[len(GOOGLE_API):]
            return super().request(method, url, *args, **kwargs)

    client = gspread.Client(creds, session=Session(creds))
    client.set_timeout(timeout)
    return client


@contextmanager
def translated() -> Iterator[None]:
    """Map gspread/requests/google-auth failures onto our two error kinds."""
    import requests
    from google.auth import exceptions as gauth
    from gspread.exceptions import APIError

    try:
        yield
    except APIError as exc:
        code = exc.code if isinstance(exc.code, int) else exc.response.status_code
        if code == 429 or code >= 500 or code == 408:
            raise SheetsUnavailable(f"HTTP {code}", _retry_after(exc.response)) from exc
        raise SheetsRejected(f"HTTP {code}: {str(exc.error.get('message', ''))[:120]}") from exc
    except (requests.ConnectionError, requests.Timeout) as exc:
        raise SheetsUnavailable("koneksi gagal") from exc
    except gauth.TransportError as exc:
        raise SheetsUnavailable("token tidak dapat diambil") from exc
    except gauth.RefreshError as exc:
        if getattr(exc, "retryable", False):
            raise SheetsUnavailable("token sementara tidak tersedia") from exc
        raise SheetsRejected(f"token ditolak: {str(exc)[:120]}") from exc


def _retry_after(response: Any) -> float | None:
    value = response.headers.get("Retry-After") if response is not None else None
    try:
        return float(value) if value else None
    except ValueError:
        return None
