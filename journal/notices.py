"""Chat notices queued for the bot: a review done outside the chat (the web dashboard)
tells the employee through the bot, the same message the bot sends after ``/setujui``.

``queue_review`` is the ``notify`` hook of ``journal.review.review``; the bot drains the
queue (``due`` / ``mark``) and builds each message with the same texts it uses itself.
"""
from __future__ import annotations

from dataclasses import asdict

from sqlalchemy import select

from journal.db import Journal
from journal.models import ChatNotice, utcnow
from journal.review import ReviewNotice

MAX_ATTEMPTS = 5


def queue_review(journal: Journal):
    """A ``notify`` hook that queues each ``ReviewNotice`` for the bot."""

    def notify(notice: ReviewNotice) -> None:
        with journal.session() as s:
            s.add(ChatNotice(kind="review", payload=asdict(notice)))

    return notify


def due(journal: Journal, limit: int = 50) -> list[tuple[int, ReviewNotice]]:
    """Pending review notices, oldest first."""
    with journal.session() as s:
        rows = s.execute(select(ChatNotice.id, ChatNotice.payload).where(
            ChatNotice.status == "pending", ChatNotice.kind == "review").order_by(ChatNotice.id).limit(limit)).all()
    return [(i, ReviewNotice(**p)) for i, p in rows]


def mark(journal: Journal, notice_id: int, ok: bool, error: str | None = None) -> None:
    """Sent, or one more failed attempt (failed for good after ``MAX_ATTEMPTS``)."""
    with journal.session() as s:
        row = s.get(ChatNotice, notice_id)
        if row is None:
            return
        if ok:
            row.status, row.sent_at = "sent", utcnow()
            return
        row.attempts += 1
        row.last_error = (error or "")[:500]
        if row.attempts >= MAX_ATTEMPTS:
            row.status = "failed"


def counts(journal: Journal) -> dict[str, int]:
    from sqlalchemy import func

    with journal.session() as s:
        return dict(s.execute(select(ChatNotice.status, func.count()).group_by(ChatNotice.status)).all())
