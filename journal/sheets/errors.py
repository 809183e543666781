"""Errors of the Google Sheets mirror."""
from __future__ import annotations

from knowledge.errors import UserError


class SheetsError(UserError):
    """A Sheets problem the user can fix; the message is Indonesian and fits one line."""


class SheetsNotConfigured(SheetsError):
    def __init__(self) -> None:
        super().__init__(
            "Google Sheets belum dikonfigurasi; isi JEJAK_GOOGLE_SERVICE_ACCOUNT dan "
            "JEJAK_SHEETS_JOURNAL_ID (atau JEJAK_SHEETS_STAFF_ID) di .env."
        )


class SheetsUnavailable(SheetsError):
    """Google is unreachable, over quota or answering 5xx: retry later."""

    def __init__(self, detail: str, retry_after: float | None = None) -> None:
        self.retry_after = retry_after
        self.detail = detail
        super().__init__(f"Google Sheets sedang tidak dapat dijangkau ({detail}); operasi tetap antre dan dicoba lagi nanti.")


class SheetsRejected(SheetsError):
    """Google refused the request for good (4xx other than 429): fix and retry."""

    def __init__(self, detail: str) -> None:
        self.detail = detail
        super().__init__(f"Google Sheets menolak permintaan ({detail}); periksa izin akses dan id spreadsheet, lalu jalankan 'jejak sheets sync --ulang-gagal'.")
