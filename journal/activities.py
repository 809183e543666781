"""Activities and their assessments: save, edit, delete (and undo), confirm, status, list,
day totals and near-duplicates. Every change of an entry goes through here: the
ownership check, the change and its Sheets operation are one transaction.

Every create, edit, delete and status change queues its Google Sheets
operation (``journal.outbox.enqueue``) in the same transaction.

The day budget (``max_minutes`` per person and day, never more than 24 hours) is checked
inside the transaction that saves, edits or restores, under a lock per person and day
(``DayLock``): two processes saving for the same person and day at once cannot both
pass a check that each would pass alone.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from journal import conversation
from journal import texts as T
from journal.db import Journal
from journal.errors import JournalError, Refused
from journal.models import (
    DEFAULT_TIMEZONE,
    STATUSES,
    Activity,
    Assessment,
    DayLock,
    Evidence,
    Review,
    RhkRow,
    Staff,
    utcnow,
)
from journal.outbox import enqueue
from knowledge.text import jaccard, words

ACTIVITY_FIELDS = ("day", "start", "end", "minutes", "text", "description", "output", "volume")
DAY_MINUTES = 24 * 60


class DayFull(Refused):
    """Saving would take a person's day over its budget (checked under the day's lock)."""


@dataclass(frozen=True)
class StaffProfile:
    nip: str
    name: str
    agency_id: str
    timezone: str
    jabatan: str | None
    unit: str | None


def staff_profile(journal: Journal, nip: str) -> StaffProfile | None:
    """What the agent needs to know about a staff member (agency, timezone, job), or None for an unknown NIP."""
    with journal.session() as s:
        st = s.get(Staff, nip)
        if st is None:
            return None
        return StaffProfile(st.nip, st.name, st.agency_id, st.timezone or DEFAULT_TIMEZONE, st.jabatan,
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
    """A person's entries of one day, in the order they were logged."""
    return list(session.scalars(
        select(Activity).where(Activity.nip == nip, Activity.day == day, Activity.deleted.is_(False))
        .order_by(Activity.id)
    ))


@dataclass(frozen=True)
class DayRow:
    id: int
    text: str
    minutes: int
    start: time | None
    end: time | None


def day_rows(journal: Journal, nip: str, days: set[date] | list[date],
             exclude_id: int | None = None) -> dict[date, list[DayRow]]:
    """A person's entries on each of ``days``, in one query: what validation needs for
    the day budget, near-duplicates and overlapping times of a new message."""
    out: dict[date, list[DayRow]] = {d: [] for d in days}
    if not out:
        return out
    with journal.session() as s:
        q = select(Activity.id, Activity.day, Activity.text, Activity.minutes, Activity.start, Activity.end).where(
            Activity.nip == nip, Activity.day.in_(list(out)), Activity.deleted.is_(False))
        if exclude_id is not None:
            q = q.where(Activity.id != exclude_id)
        for aid, day, text, minutes, start, end in s.execute(q.order_by(Activity.id)):
            out[day].append(DayRow(aid, text, int(minutes or 0), start, end))
    return out


def duplicate_of(rows: list[DayRow], text: str, threshold: float = 0.8) -> int | None:
    """Id of the first of ``rows`` (from ``day_rows``) whose text is nearly ``text``."""
    return next((r.id for r in rows if similarity(r.text, text) >= threshold), None)


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


def lock_days(session: Session, nip: str, days) -> None:
    """Hold the lock of each (person, day) until the transaction ends (in date order, so two
    savers never wait for each other crosswise). An upsert: on SQLite it takes the write lock
    before anything is read, on PostgreSQL the row lock."""
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    for day in sorted(set(days)):
        stmt = insert(DayLock).values(nip=nip, day=day, touched_at=utcnow())
        session.execute(stmt.on_conflict_do_update(index_elements=["nip", "day"],
                                                   set_={"touched_at": stmt.excluded.touched_at}))


def check_day_budget(session: Session, nip: str, adding: dict[date, int], max_minutes: int,
                     exclude_id: int | None = None) -> None:
    """Raise ``DayFull`` when ``adding`` minutes would take a day past ``max_minutes`` (call it
    under ``lock_days``)."""
    limit = min(max_minutes, DAY_MINUTES)
    for day, minutes in sorted(adding.items()):
        q = select(func.coalesce(func.sum(Activity.minutes), 0)).where(
            Activity.nip == nip, Activity.day == day, Activity.deleted.is_(False))
        if exclude_id is not None:
            q = q.where(Activity.id != exclude_id)
        used = int(session.scalar(q) or 0)
        if used + minutes > limit:
            raise DayFull(T.DAY_FULL.format(day=day.strftime("%d/%m/%Y"), total=used + minutes, limit=limit,
                                            left=max(0, limit - used)))


def _minutes_by_day(entries: list[tuple[dict, dict | None]]) -> dict[date, int]:
    out: dict[date, int] = {}
    for fields, _ in entries:
        if fields.get("day") is not None:
            out[fields["day"]] = out.get(fields["day"], 0) + int(fields.get("minutes") or 0)
    return out


def save_activities(journal: Journal, nip: str, agency_id: str, entries: list[tuple[dict, dict | None]], *,
                    channel: str = "cli", source_ref: str | None = None, status: str = "submitted",
                    evidence: list[list[dict]] | None = None,
                    conversation_changes: dict[str, Any] | None = None,
                    max_minutes: int = DAY_MINUTES) -> list[int]:
    """Save entries (activity fields, assessment columns) in one transaction; their ids.

    ``evidence`` holds, per entry, files to attach (path, sha256, mime, size);
    ``conversation_changes`` updates the person's conversation (the items still waiting
    for an answer) in the same transaction, so an answered question never outlives its entry.
    Raises ``DayFull`` (nothing saved) when a day would exceed ``max_minutes``."""
    ids = []
    adding = _minutes_by_day(entries)
    with journal.session() as s:
        lock_days(s, nip, adding)
        check_day_budget(s, nip, adding, max_minutes)
        if conversation_changes is not None:
            conversation.write(s, nip, conversation_changes, channel)
        for i, (fields, assessment) in enumerate(entries):
            a = Activity(nip=nip, agency_id=agency_id, channel=channel, source_ref=source_ref, status=status)
            _apply(a, fields)
            s.add(a)
            _assess(s, a, assessment)
            s.flush()
            for f in (evidence[i] if evidence and i < len(evidence) else ()):
                s.add(Evidence(activity_id=a.id, path=f["path"], sha256=f["sha256"], mime=f.get("mime"),
                               size=int(f.get("size") or 0)))
            enqueue(s, "upsert", nip=nip, activity_id=a.id)
            ids.append(a.id)
    return ids


def _owned(s: Session, activity_id: int, nip: str | None) -> Activity:
    a = s.get(Activity, activity_id)
    if a is None or a.deleted or (nip is not None and a.nip != nip):
        raise JournalError(f"Entri #{activity_id} tidak ditemukan atau bukan milik Anda; periksa nomornya.")
    return a


def get_activity(journal: Journal, activity_id: int, nip: str | None = None) -> Activity:
    """An entry, refused when missing, deleted, or (with ``nip``) someone else's."""
    with journal.session() as s:
        return _owned(s, activity_id, nip)


def update_activity(journal: Journal, activity_id: int, fields: dict[str, Any],
                    assessment: dict[str, Any] | None = None, nip: str | None = None,
                    max_minutes: int = DAY_MINUTES) -> Activity:
    """Edit an entry; a returned entry edited by its owner (``nip``) is submitted
    again, so the supervisor sees it in the review queue once more. Raises ``DayFull``
    (nothing changed) when its day would exceed ``max_minutes``."""
    with journal.session() as s:
        a = _owned(s, activity_id, nip)
        day = fields.get("day", a.day)
        minutes = fields.get("minutes", a.minutes)
        lock_days(s, a.nip, [day])
        check_day_budget(s, a.nip, {day: int(minutes or 0)}, max_minutes, exclude_id=a.id)
        _apply(a, fields)
        _assess(s, a, assessment)
        a.updated_at = utcnow()
        if nip is not None and a.status == "returned":
            a.status = "submitted"
            s.add(Review(activity_id=a.id, reviewer_nip=a.nip, action="resubmit", comment=None))
        enqueue(s, "upsert", nip=a.nip, activity_id=a.id)
        return a


def delete_activity(journal: Journal, activity_id: int, nip: str | None = None) -> None:
    """Mark an entry deleted (kept for history) and queue its removal from the sheets."""
    with journal.session() as s:
        a = _owned(s, activity_id, nip)
        a.deleted = True
        a.updated_at = utcnow()
        enqueue(s, "delete", nip=a.nip, activity_id=a.id)


UNDO_MINUTES = 10  # a deleted entry can be brought back this long


def restore_activity(journal: Journal, activity_id: int, nip: str, *, max_minutes_per_day: int = 660,
                     window_minutes: int = UNDO_MINUTES) -> Activity:
    """Undo a recent delete by its owner, if the day still has room for it."""
    from datetime import timedelta

    with journal.session() as s:
        a = s.get(Activity, activity_id)
        if a is None or a.nip != nip or not a.deleted:
            raise JournalError(f"Entri #{activity_id} tidak bisa dikembalikan: tidak ada di entri Anda yang dihapus.")
        if utcnow() - a.updated_at > timedelta(minutes=window_minutes):
            raise JournalError(f"Entri #{activity_id} dihapus lebih dari {window_minutes} menit lalu; "
                               "catat ulang kegiatannya bila perlu.")
        lock_days(s, nip, [a.day])  # the day's total is read and changed under its lock
        used = sum(r.minutes or 0 for r in day_entries(s, nip, a.day))
        if used + (a.minutes or 0) > max_minutes_per_day:
            raise JournalError(f"Entri #{activity_id} tidak bisa dikembalikan: total tanggal "
                               f"{a.day.strftime('%d/%m/%Y')} akan menjadi {used + (a.minutes or 0)} menit, "
                               f"melebihi {max_minutes_per_day} menit.")
        a.deleted = False
        a.updated_at = utcnow()
        enqueue(s, "upsert", nip=a.nip, activity_id=a.id)
        return a


def attach_evidence(journal: Journal, activity_id: int, nip: str, *, path: str, sha256: str, mime: str | None,
                    size: int) -> Activity:
    """A file as evidence of the owner's entry."""
    with journal.session() as s:
        a = _owned(s, activity_id, nip)
        s.add(Evidence(activity_id=a.id, path=path, sha256=sha256, mime=mime, size=size))
        enqueue(s, "upsert", nip=nip, activity_id=a.id)
        return a


def set_status(journal: Journal, activity_id: int, status: str, nip: str | None = None) -> None:
    """Set an entry's review status and queue the sheet update."""
    if status not in STATUSES:
        raise JournalError(f"Status '{status}' tidak dikenal; pilih salah satu: {', '.join(STATUSES)}.")
    with journal.session() as s:
        a = _owned(s, activity_id, nip)
        a.status = status
        a.updated_at = utcnow()
        enqueue(s, "upsert", nip=a.nip, activity_id=a.id)


def list_activities(journal: Journal, nip: str, start: date | None = None, end: date | None = None) -> list[Activity]:
    """A person's entries, optionally within a date range, in day and time order."""
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
