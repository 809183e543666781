"""Errors of the analysis agent; messages are one-line Indonesian sentences."""
from __future__ import annotations

from knowledge.errors import UserError


class AgentError(UserError):
    """A problem the user can fix: the message says what went wrong and what to do."""


class UnknownStaffError(AgentError):
    def __init__(self, nip: str):
        super().__init__(
            f"NIP {nip} belum terdaftar di jurnal; jalankan 'jejak ingest' untuk data pegawai "
            "atau hubungi admin instansi."
        )


class ChatModelError(AgentError):
    """The configured LLM could not be loaded."""
