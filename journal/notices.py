"""Chat notices queued for the bot: a review or a registration decided outside the chat (the
web dashboard) reaches the people concerned through the bot, with the messages it sends when
the same is done in chat.

``queue_review`` is the ``notify`` hook of ``journal.review.review``; ``queue_registration``
follows ``journal.registration.decide``. The bot drains the queue (``due`` / ``mark``) and
builds each message with its own texts.
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


def queue_registration(journal: Journal, decision) -> None:
    """Queue what the applicant (and an account it replaced) hears of an admin's decision."""
    if decision.changed:
        with journal.session() as s:
            s.add(ChatNotice(kind="registration", payload=asdict(decision)))


def due(journal: Journal, limit: int = 50) -> list[tuple[int, str, object]]:
    """Pending notices, oldest first: (id, kind, a ``ReviewNotice`` or a registration ``Decision``)."""
    from journal.registration import Decision

    with journal.session() as s:
        rows = s.execute(select(ChatNotice.id, ChatNotice.kind, ChatNotice.payload).where(
            ChatNotice.status == "pending").order_by(ChatNotice.id).limit(limit)).all()
    kinds = {"review": ReviewNotice, "registration": Decision}
    return [(i, kind, kinds[kind](**p)) for i, kind, p in rows if kind in kinds]


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
    """Chat notices by status, for the admin's system page."""
    from sqlalchemy import func

    with journal.session() as s:
        return dict(s.execute(select(ChatNotice.status, func.count()).group_by(ChatNotice.status)).all())
