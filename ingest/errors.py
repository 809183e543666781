"""Ingestion errors: one-line Indonesian reasons a file was skipped."""
from __future__ import annotations

from knowledge.errors import UserError


class IngestError(UserError):
    """A file that cannot be ingested; the message says why and what to do."""
