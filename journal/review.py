"""Supervisor review: approve, return with a comment, comment; employee resubmits.

Each change writes a ``Review`` row, changes the activity status and queues the
Sheets upsert in the same transaction. After the commit the optional ``notify``
hook is called with a ``ReviewNotice`` (the bot uses it to tell the employee).
"""
from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from journal.corrections import approved, withdrawn
from journal.db import Journal
from journal.errors import JournalError
from journal.models import Activity, Review, Staff
from journal.outbox import enqueue
from journal.scope import ScopeError, authorize

log = logging.getLogger(__name__)

ACTIONS = ("approve", "return", "comment")
STATUS_NAMES = {"draft": "draf", "submitted": "diajukan", "approved": "disetujui", "returned": "dikembalikan"}
VERBS = {"approve": "menyetujui", "return": "mengembalikan", "comment": "mengomentari"}
REVIEWER_ROLES = ("atasan", "penilai", "admin")


class ReviewError(JournalError):
    """A review that cannot be done as asked."""


@dataclass(frozen=True)
class ReviewNotice:
    activity_id: int
    action: str  # approve / return / comment / resubmit
    status: str  # status after the change
    actor_nip: str
    actor_name: str
    owner_nip: str
    owner_telegram_id: int | None
    supervisor_nip: str | None
    comment: str | None
    text: str  # the entry text, for the message
    day: str


Notify = Callable[[ReviewNotice], object]


def _load(session, activity_id: int) -> Activity:
    act = session.get(Activity, int(activity_id))
    if act is None or act.deleted:
        raise ReviewError(f"Entri #{activity_id} tidak ditemukan; periksa nomornya di daftar tim Anda.")
    return act


def review(journal: Journal, reviewer_nip: str, activity_id: int, action: str,
           comment: str | None = None, notify: Notify | None = None) -> ReviewNotice:
    """Apply a supervisor's action; returns what happened (and notifies)."""
    if action not in ACTIONS:
        raise ReviewError(f"Tindakan '{action}' tidak dikenal; pilih setujui, kembalikan, atau komentar.")
    comment = (comment or "").strip() or None
    if action in ("return", "comment") and not comment:
        raise ReviewError("Tuliskan komentar: entri yang dikembalikan atau dikomentari perlu alasan.")
    with journal.session() as s:
        act = _load(s, activity_id)
        verb = VERBS[action]
        try:
            scope = authorize(s, reviewer_nip, [act.nip])
        except ScopeError:
            raise ScopeError(f"Anda tidak dapat {verb} entri #{act.id}: pemiliknya bukan anggota tim Anda; "
                             "entri ditinjau oleh atasannya.") from None
        if act.nip == scope.nip:
            raise ScopeError(f"Anda tidak dapat {verb} entri milik sendiri; entri ditinjau oleh atasan Anda.")
        if scope.role not in REVIEWER_ROLES:
            raise ScopeError("Hanya atasan, penilai, atau admin yang dapat meninjau entri.")
        status = STATUS_NAMES.get(act.status, act.status)
        if action == "approve":
            if act.status != "submitted":
                raise ReviewError(f"Entri #{act.id} berstatus {status}; hanya entri yang diajukan yang dapat disetujui.")
            act.status = "approved"
            if act.assessment is not None:
                approved(act.assessment, scope.nip)
        elif action == "return":
            if act.status not in ("submitted", "approved"):
                raise ReviewError(f"Entri #{act.id} berstatus {status}; entri ini tidak dapat dikembalikan.")
            act.status = "returned"
            withdrawn(act.assessment)
        s.add(Review(activity_id=act.id, reviewer_nip=scope.nip, action=action, comment=comment))
        if action != "comment":
            enqueue(s, "upsert", nip=act.nip, activity_id=act.id)
        notice = _notice(s, act, action, scope.nip, scope.name, comment)
    _call(notify, notice)
    return notice


def resubmit(journal: Journal, nip: str, activity_id: int, text: str | None = None,
             minutes: int | None = None, notify: Notify | None = None) -> ReviewNotice:
    """The employee edits a returned (or draft) entry and submits it again."""
    with journal.session() as s:
        act = _load(s, activity_id)
        if act.nip != str(nip):
            raise ScopeError("Anda hanya dapat mengajukan ulang entri milik sendiri.")
        if act.status not in ("returned", "draft"):
            raise ReviewError(f"Entri #{act.id} berstatus {STATUS_NAMES.get(act.status, act.status)}; "
                              "hanya entri yang dikembalikan yang diajukan ulang.")
        if text is not None and text.strip():
            act.text = text.strip()
            act.description = text.strip()
        if minutes is not None:
            act.minutes = int(minutes)
        act.status = "submitted"
        s.add(Review(activity_id=act.id, reviewer_nip=act.nip, action="resubmit", comment=None))
        enqueue(s, "upsert", nip=act.nip, activity_id=act.id)
        owner = s.get(Staff, act.nip)
        notice = _notice(s, act, "resubmit", act.nip, owner.name if owner else act.nip, None)
    _call(notify, notice)
    return notice


def _notice(s, act: Activity, action: str, actor_nip: str, actor_name: str, comment: str | None) -> ReviewNotice:
    owner = s.get(Staff, act.nip)
    return ReviewNotice(act.id, action, act.status, actor_nip, actor_name, act.nip,
                        owner.telegram_id if owner else None, owner.supervisor_nip if owner else None,
                        comment, act.text, act.day.isoformat())


def _call(notify: Notify | None, notice: ReviewNotice) -> None:
    if notify is None:
        return
    try:
        notify(notice)
    except Exception:  # the change is committed; a failed message must not undo it
        log.warning("pemberitahuan tinjauan entri %s gagal dikirim", notice.activity_id, exc_info=True)
