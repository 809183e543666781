"""Queue Google Sheets operations in the same transaction as the journal change.

Call ``enqueue`` inside the session that creates, edits, deletes or changes the
status of an activity (or changes a staff row); the Sheets worker
(``journal.sheets``) drains the queue. When Sheets is not configured the
operations simply wait; nothing is lost if it is configured later.
"""
from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from journal.models import SheetOp

OPS = ("upsert", "delete", "staff")


def enqueue(session: Session, op: str, *, nip: str | None = None, activity_id: int | None = None,
            payload: dict[str, Any] | None = None) -> SheetOp:
    """Queue a sheet operation in the caller's transaction, so it is written if and only if the change is."""
    if op not in OPS:
        raise ValueError(f"unknown sheet op {op!r}")
    row = SheetOp(op=op, nip=nip, activity_id=activity_id, payload=payload or {})
    session.add(row)
    return row
