"""One-time login links to the web dashboard and the sessions they open.

``issue`` makes a link token (random, 256 bits) for a person: only its SHA-256 is
stored, it is valid ``LINK_MINUTES`` and opens one session (``redeem``). The session
is the same row: it lasts ``session_hours`` or until ``end`` (logout); ``active``
checks it on every request, so a logout or a deactivated person ends it at once,
whichever worker serves the next request.
"""
from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select, update

from journal.db import Journal
from journal.errors import JournalError
from journal.models import Staff, WebLogin, utcnow

LINK_MINUTES = 10


class LinkError(JournalError):
    """A login link that cannot be used (unknown, used, expired)."""


@dataclass(frozen=True)
class WebSession:
    id: int
    nip: str
    until: datetime


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def issue(journal: Journal, nip: str, *, minutes: int = LINK_MINUTES) -> str:
    """A new one-time link token for an active staff member."""
    with journal.session() as s:
        staff = s.get(Staff, str(nip).strip())
        if staff is None or not staff.active:
            raise LinkError(f"NIP {nip} tidak terdaftar atau tidak aktif; minta admin instansi mendaftarkannya.")
        token = secrets.token_urlsafe(32)
        s.add(WebLogin(token_hash=_hash(token), nip=staff.nip, expires_at=utcnow() + timedelta(minutes=minutes)))
        return token


def peek(journal: Journal, token: str) -> str:
    """The NIP a link would log in, without using it (for the confirmation page)."""
    with journal.session() as s:
        row = s.scalar(select(WebLogin).where(WebLogin.token_hash == _hash(token)))
        _check(row)
        return row.nip


def _check(row: WebLogin | None) -> None:
    if row is None:
        raise LinkError("Tautan masuk tidak dikenal; minta tautan baru dengan /web di bot.")
    if row.used_at is not None:
        raise LinkError("Tautan masuk ini sudah dipakai; minta tautan baru dengan /web di bot.")
    if row.expires_at < utcnow():
        raise LinkError(f"Tautan masuk ini kedaluwarsa (berlaku {LINK_MINUTES} menit); "
                        "minta tautan baru dengan /web di bot.")


def redeem(journal: Journal, token: str, *, session_hours: float = 12.0) -> WebSession:
    """Use a link once: it becomes a session. A second use, or a late one, raises ``LinkError``."""
    now = utcnow()
    until = now + timedelta(hours=session_hours)
    with journal.session() as s:
        row = s.scalar(select(WebLogin).where(WebLogin.token_hash == _hash(token)))
        _check(row)
        # claimed atomically: of two requests with the same link only one updates the row
        claimed = s.execute(update(WebLogin).where(WebLogin.id == row.id, WebLogin.used_at.is_(None))
                            .values(used_at=now, session_until=until)).rowcount
        if not claimed:
            raise LinkError("Tautan masuk ini sudah dipakai; minta tautan baru dengan /web di bot.")
        return WebSession(row.id, row.nip, until)


def active(journal: Journal, session_id: int, nip: str) -> bool:
    """True while the session is neither ended, expired, nor its person deactivated."""
    with journal.session() as s:
        row = s.get(WebLogin, int(session_id))
        if row is None or row.nip != nip or row.ended_at is not None or row.session_until is None:
            return False
        if row.session_until < utcnow():
            return False
        staff = s.get(Staff, nip)
        return staff is not None and bool(staff.active)


def end(journal: Journal, session_id: int) -> None:
    """End a web session (logging out); an already ended one stays as it was."""
    with journal.session() as s:
        s.execute(update(WebLogin).where(WebLogin.id == int(session_id), WebLogin.ended_at.is_(None))
                  .values(ended_at=utcnow()))
