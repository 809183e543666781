"""Activities and their assessments: save, edit, delete, status, list, day totals,
near-duplicates and the pending follow-up questions.

Every create, edit, delete and status change queues its Google Sheets
operation (``journal.outbox.enqueue``) in the same transaction.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from journal.db import Journal, JournalError
from journal.models import STATUSES, Activity, Assessment, Pending, Review, RhkRow, Staff, utcnow
from journal.outbox import enqueue
from knowledge.text import jaccard, words

ACTIVITY_FIELDS = ("day", "start", "end", "minutes", "text", "description", "output", "volume")


@dataclass(frozen=True)
class StaffProfile:
    nip: str
    name: str
    agency_id: str
    timezone: str
    jabatan: str | None
    unit: str | None


def staff_profile(journal: Journal, nip: str) -> StaffProfile | None:
    with journal.session() as s:
        st = s.get(Staff, nip)
        if st is None:
            return None
        return StaffProfile(st.nip, st.name, st.agency_id, st.timezone or "Asia/Jakarta", st.jabatan,
                            st.unit.name if st.unit else None)


def person_rhk(journal: Journal, nip: str, period: str | None = None) -> list[RhkRow]:
    """The person's RHK for ``period`` (default: the latest period they have)."""
    with journal.session() as s:
        if period is None:
            period = s.scalar(select(func.max(RhkRow.period)).where(RhkRow.nip == nip))
            if period is None:
                return []
        rows = s.scalars(select(RhkRow).where(RhkRow.nip == nip, RhkRow.period == period).order_by(RhkRow.id))
        return list(rows)


def agency_rhk(journal: Journal, agency_id: str, limit: int = 20_000) -> list[RhkRow]:
    """RHK rows of everyone in the agency (all periods), to prepare their vectors at once."""
    with journal.session() as s:
        q = select(RhkRow).join(Staff, Staff.nip == RhkRow.nip).where(Staff.agency_id == agency_id)
        return list(s.scalars(q.order_by(RhkRow.id).limit(limit)))


def similarity(a: str, b: str) -> float:
    """Word Jaccard similarity, 0..1."""
    return jaccard(words(a), words(b))


def day_entries(session: Session, nip: str, day: date) -> list[Activity]:
    return list(session.scalars(
        select(Activity).where(Activity.nip == nip, Activity.day == day, Activity.deleted.is_(False))
        .order_by(Activity.id)
    ))


def day_rows(journal: Journal, nip: str, days: set[date] | list[date],
             exclude_id: int | None = None) -> dict[date, list[tuple[int, str, int]]]:
    """(id, text, minutes) of a person's entries on each of ``days``, in one query: what
    validation needs for the day budget and near-duplicates of a new message."""
    out: dict[date, list[tuple[int, str, int]]] = {d: [] for d in days}
    if not out:
        return out
    with journal.session() as s:
        q = select(Activity.id, Activity.day, Activity.text, Activity.minutes).where(
            Activity.nip == nip, Activity.day.in_(list(out)), Activity.deleted.is_(False))
        if exclude_id is not None:
            q = q.where(Activity.id != exclude_id)
        for aid, day, text, minutes in s.execute(q.order_by(Activity.id)):
            out[day].append((aid, text, int(minutes or 0)))
    return out


def duplicate_of(rows: list[tuple[int, str, int]], text: str, threshold: float = 0.8) -> int | None:
    """Id of the first of ``rows`` (from ``day_rows``) whose text is nearly ``text``."""
    return next((aid for aid, other, _ in rows if similarity(other, text) >= threshold), None)


def _apply(activity: Activity, fields: dict[str, Any]) -> None:
    for k in ACTIVITY_FIELDS:
        if k in fields:
            setattr(activity, k, fields[k])


def _assess(session: Session, activity: Activity, assessment: dict[str, Any] | None) -> None:
    if assessment is None:
        return
    if activity.assessment is None:
        activity.assessment = Assessment(**assessment)
    else:
        for k, v in assessment.items():
            setattr(activity.assessment, k, v)
        activity.assessment.created_at = utcnow()


def save_activities(journal: Journal, nip: str, agency_id: str, entries: list[tuple[dict, dict | None]], *,
                    channel: str = "cli", source_ref: str | None = None, status: str = "submitted",
                    close_pending: bool = False) -> list[int]:
    """Save entries (activity fields, assessment columns) in one transaction; their ids.
    ``close_pending`` also drops the person's answered follow-up in the same transaction."""
    ids = []
    with journal.session() as s:
        if close_pending:
            row = s.get(Pending, nip)
            if row is not None:
                s.delete(row)
        for fields, assessment in entries:
            a = Activity(nip=nip, agency_id=agency_id, channel=channel, source_ref=source_ref, status=status)
            _apply(a, fields)
            s.add(a)
            _assess(s, a, assessment)
            s.flush()
            enqueue(s, "upsert", nip=nip, activity_id=a.id)
            ids.append(a.id)
    return ids


def _owned(s: Session, activity_id: int, nip: str | None) -> Activity:
    a = s.get(Activity, activity_id)
    if a is None or a.deleted or (nip is not None and a.nip != nip):
        raise JournalError(f"Entri #{activity_id} tidak ditemukan atau bukan milik Anda; periksa nomornya.")
    return a


def get_activity(journal: Journal, activity_id: int, nip: str | None = None) -> Activity:
    with journal.session() as s:
        return _owned(s, activity_id, nip)


def update_activity(journal: Journal, activity_id: int, fields: dict[str, Any],
                    assessment: dict[str, Any] | None = None, nip: str | None = None) -> Activity:
    """Edit an entry; a returned entry edited by its owner (``nip``) is submitted
    again, so the supervisor sees it in the review queue once more."""
    with journal.session() as s:
        a = _owned(s, activity_id, nip)
        _apply(a, fields)
        _assess(s, a, assessment)
        a.updated_at = utcnow()
        if nip is not None and a.status == "returned":
            a.status = "submitted"
            s.add(Review(activity_id=a.id, reviewer_nip=a.nip, action="resubmit", comment=None))
        enqueue(s, "upsert", nip=a.nip, activity_id=a.id)
        return a


def delete_activity(journal: Journal, activity_id: int, nip: str | None = None) -> None:
    with journal.session() as s:
        a = _owned(s, activity_id, nip)
        a.deleted = True
        a.updated_at = utcnow()
        enqueue(s, "delete", nip=a.nip, activity_id=a.id)


def set_status(journal: Journal, activity_id: int, status: str, nip: str | None = None) -> None:
    if status not in STATUSES:
        raise JournalError(f"Status '{status}' tidak dikenal; pilih salah satu: {', '.join(STATUSES)}.")
    with journal.session() as s:
        a = _owned(s, activity_id, nip)
        a.status = status
        a.updated_at = utcnow()
        enqueue(s, "upsert", nip=a.nip, activity_id=a.id)


def list_activities(journal: Journal, nip: str, start: date | None = None, end: date | None = None) -> list[Activity]:
    with journal.session() as s:
        q = select(Activity).where(Activity.nip == nip, Activity.deleted.is_(False))
        if start:
            q = q.where(Activity.day >= start)
        if end:
            q = q.where(Activity.day <= end)
        return list(s.scalars(q.order_by(Activity.day, Activity.start, Activity.id)))


def day_summary(journal: Journal, nip: str, day: date) -> tuple[int, int]:
    """(number of entries, total minutes) of one person on one day."""
    with journal.session() as s:
        rows = day_entries(s, nip, day)
        return len(rows), sum(a.minutes or 0 for a in rows)


# pending follow-up questions ---------------------------------------------------
def get_pending(journal: Journal, nip: str) -> Pending | None:
    with journal.session() as s:
        return s.get(Pending, nip)


def put_pending(journal: Journal, nip: str, channel: str, state: dict[str, Any], question: str) -> None:
    with journal.session() as s:
        row = s.get(Pending, nip)
        if row is None:
            s.add(Pending(nip=nip, channel=channel, state=state, question=question))
        else:
            row.channel, row.state, row.question, row.created_at = channel, state, question, utcnow()


def clear_pending(journal: Journal, nip: str) -> bool:
    with journal.session() as s:
        row = s.get(Pending, nip)
        if row is None:
            return False
        s.delete(row)
        return True


def time_or_none(value: str | None) -> time | None:
    return time.fromisoformat(value) if value else None


def cancel_pending_all(journal: Journal, nips) -> int:
    """Drop the pending follow-ups of several people; how many there were."""
    return sum(clear_pending(journal, nip) for nip in nips)
