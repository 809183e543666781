"""SQL aggregates over the journal for monitoring, questions and predikat.

Every function takes the already-authorised set of NIPs (see ``journal.scope``)
and a date range; the work is done by the database (GROUP BY over the
``(nip, day)`` index), never by loading ORM rows in a loop.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date
from typing import Iterable

from sqlalchemy import distinct, func, select
from sqlalchemy.orm import Session

from journal.models import Activity, Assessment, Staff

COUNTED = ("submitted", "approved", "returned")  # drafts are not yet recorded work


@dataclass(frozen=True)
class Entry:
    id: int
    nip: str
    name: str
    day: date
    minutes: int
    text: str
    status: str
    probis_id: str | None
    probis_name: str | None
    rhk_code: str | None
    values: tuple[str, ...]


@dataclass(frozen=True)
class Filters:
    rhk: str | None = None
    probis_ids: tuple[str, ...] = ()
    value: str | None = None  # canonical value name, e.g. "Adaptif"
    statuses: tuple[str, ...] = COUNTED


def value_name(raw: str) -> str:
    """Stored values may be keys or names; report canonical names."""
    from knowledge.berakhlak import by_name

    try:
        return by_name(raw).name
    except KeyError:
        return str(raw)


def _where(stmt, nips: Iterable[str], start: date, end: date, f: Filters):
    stmt = stmt.where(Activity.nip.in_(list(nips)), Activity.day.between(start, end),
                      Activity.deleted.is_(False), Activity.status.in_(f.statuses))
    if f.rhk:
        stmt = stmt.where(Assessment.rhk_code == f.rhk)
    if f.probis_ids:
        stmt = stmt.where(Assessment.probis_id.in_(f.probis_ids))
    return stmt


def _needs_assessment(f: Filters) -> bool:
    return bool(f.rhk or f.probis_ids or f.value)


def minutes_by_nip(session: Session, nips, start: date, end: date, f: Filters = Filters()) -> dict[str, tuple[int, int]]:
    """``{nip: (minutes, entries)}`` for people with at least one entry."""
    if f.value:
        out: dict[str, list[int]] = {}
        for e in entries(session, nips, start, end, f, limit=None):
            row = out.setdefault(e.nip, [0, 0])
            row[0] += e.minutes
            row[1] += 1
        return {k: (v[0], v[1]) for k, v in out.items()}
    stmt = select(Activity.nip, func.coalesce(func.sum(Activity.minutes), 0), func.count(Activity.id))
    if _needs_assessment(f):
        stmt = stmt.join(Assessment, Assessment.activity_id == Activity.id)
    stmt = _where(stmt, nips, start, end, f).group_by(Activity.nip)
    return {nip: (int(m), int(n)) for nip, m, n in session.execute(stmt)}


def logged_days(session: Session, nips, start: date, end: date) -> dict[str, int]:
    """``{nip: number of distinct days with an entry}``."""
    stmt = _where(select(Activity.nip, func.count(distinct(Activity.day))), nips, start, end, Filters())
    return {nip: int(n) for nip, n in session.execute(stmt.group_by(Activity.nip))}


def entries(session: Session, nips, start: date, end: date, f: Filters = Filters(),
            limit: int | None = 50) -> list[Entry]:
    stmt = select(Activity.id, Activity.nip, Staff.name, Activity.day, Activity.minutes, Activity.text,
                  Activity.status, Assessment.probis_id, Assessment.probis_name, Assessment.rhk_code,
                  Assessment.berakhlak)
    stmt = stmt.join(Staff, Staff.nip == Activity.nip).outerjoin(Assessment, Assessment.activity_id == Activity.id)
    stmt = _where(stmt, nips, start, end, f).order_by(Activity.day, Activity.id)
    out = []
    for row in session.execute(stmt):
        values = tuple(value_name(v) for v in (row.berakhlak or []))
        if f.value and f.value not in values:
            continue
        out.append(Entry(row.id, row.nip, row.name, row.day, int(row.minutes or 0), row.text, row.status,
                         row.probis_id, row.probis_name, row.rhk_code, values))
        if limit is not None and len(out) >= limit:
            break
    return out


def value_counts(session: Session, nips, start: date, end: date) -> Counter:
    """How often each BerAKHLAK value was recorded, over all selected entries."""
    stmt = select(Assessment.berakhlak).join(Activity, Assessment.activity_id == Activity.id)
    counts: Counter = Counter()
    for (vals,) in session.execute(_where(stmt, nips, start, end, Filters())):
        counts.update({value_name(v) for v in (vals or [])})
    return counts


def rhk_totals(session: Session, nips, start: date, end: date) -> list[tuple[str, str, int, int, float]]:
    """``(nip, rhk_code, entries, minutes, volume)`` per person and RHK."""
    stmt = select(Activity.nip, Assessment.rhk_code, func.count(Activity.id),
                  func.coalesce(func.sum(Activity.minutes), 0), func.coalesce(func.sum(Activity.volume), 0.0))
    stmt = stmt.join(Assessment, Assessment.activity_id == Activity.id).where(Assessment.rhk_code.is_not(None))
    stmt = _where(stmt, nips, start, end, Filters()).group_by(Activity.nip, Assessment.rhk_code)
    return [(n, c, int(k), int(m), float(v)) for n, c, k, m, v in session.execute(stmt)]


def pending_review(session: Session, nips, limit: int = 20) -> list[Entry]:
    """Submitted entries (any date) waiting for the supervisor."""
    stmt = select(Activity.day).where(Activity.nip.in_(list(nips)), Activity.status == "submitted",
                                      Activity.deleted.is_(False))
    first = session.scalar(select(func.min(stmt.subquery().c.day)))
    if first is None:
        return []
    return entries(session, nips, first, date.max, Filters(statuses=("submitted",)), limit=limit)


def count_pending(session: Session, nips) -> int:
    return int(session.scalar(select(func.count(Activity.id)).where(
        Activity.nip.in_(list(nips)), Activity.status == "submitted", Activity.deleted.is_(False))) or 0)


def names(session: Session, nips) -> dict[str, str]:
    return dict(session.execute(select(Staff.nip, Staff.name).where(Staff.nip.in_(list(nips)))).all())


def probis_in_journal(session: Session, agency_id: str) -> list[tuple[str, str]]:
    """Distinct ``(probis_id, probis_name)`` recorded for the agency."""
    stmt = (select(Assessment.probis_id, func.max(Assessment.probis_name))
            .join(Activity, Assessment.activity_id == Activity.id)
            .where(Activity.agency_id == agency_id, Assessment.probis_id.is_not(None))
            .group_by(Assessment.probis_id))
    return [(i, n or i) for i, n in session.execute(stmt)]
