"""SQL aggregates over the journal for monitoring, questions and predikat.

Every function takes the already-authorised set of NIPs (see ``journal.scope``)
and a date range; the work is done by the database (GROUP BY over the
``(nip, day)`` index), never by loading ORM rows in a loop.
"""
from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import String, cast, distinct, exists, func, literal, select
from sqlalchemy.orm import Session

from journal.models import Activity, Assessment, Evidence, Review, Staff

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
    pokin_ids: tuple[str, ...] = ()
    evidence: bool | None = None  # True: with a file attached; False: without
    reviewed_by: tuple[str, str] | None = None  # (reviewer NIP, action): e.g. entries the asker returned


@dataclass(frozen=True)
class Row:
    """One counted entry with what questions filter and group on."""
    id: int
    nip: str
    day: date
    minutes: int
    status: str
    text: str
    rhk_code: str | None
    probis_id: str | None
    probis_name: str | None
    pokin_id: str | None
    values: tuple[str, ...]
    volume: float


def value_name(raw: str) -> str:
    """Stored values may be keys or names; report canonical names."""
    from knowledge.berakhlak import by_name

    try:
        return by_name(raw).name
    except KeyError:
        return str(raw)


def _where(stmt, nips: Iterable[str], start: date, end: date, f: Filters):
    # the status test is written so that the database reads by the (nip, day) index, not the status one
    status = Activity.status != "draft" if set(f.statuses) == set(COUNTED) else Activity.status.concat("").in_(f.statuses)
    stmt = stmt.where(Activity.nip.in_(list(nips)), Activity.day.between(start, end),
                      Activity.deleted.is_(False), status)
    if f.rhk:
        stmt = stmt.where(Assessment.rhk_code == f.rhk)
    if f.probis_ids:
        stmt = stmt.where(Assessment.probis_id.in_(f.probis_ids))
    if f.pokin_ids:
        stmt = stmt.where(Assessment.pokin_id.in_(f.pokin_ids))
    if f.evidence is not None:
        has = exists().where(Evidence.activity_id == Activity.id)
        stmt = stmt.where(has if f.evidence else ~has)
    if f.reviewed_by:
        stmt = stmt.where(Activity.id.in_(select(Review.activity_id).where(
            Review.reviewer_nip == f.reviewed_by[0], Review.action == f.reviewed_by[1])))
    return stmt


def rows(session: Session, nips, start: date, end: date, f: Filters = Filters(), *,
         with_values: bool = False, with_text: bool = True) -> list[Row]:
    """Every counted entry of ``nips`` from ``start`` to ``end`` (inclusive) passing ``f``, by day and id.

    ``with_values`` reads the BerAKHLAK values too (needed to filter or count them); without
    ``with_text`` the texts and process names are left empty (figures only: much less to read).
    """
    text_cols = [Activity.text, Assessment.probis_name] if with_text else [literal(""), literal(None)]
    cols = [Activity.id, Activity.nip, Activity.day, Activity.minutes, Activity.status, *text_cols,
            Assessment.rhk_code, Assessment.probis_id, Assessment.pokin_id, Activity.volume]
    if with_values or f.value:
        cols.append(cast(Assessment.berakhlak, String))
    stmt = select(*cols).select_from(Activity).outerjoin(Assessment, Assessment.activity_id == Activity.id)
    stmt = _where(stmt, nips, start, end, f).order_by(Activity.day, Activity.id)
    out, memo = [], {}
    for r in session.connection().execute(stmt):  # core rows: no ORM bookkeeping per entry
        values = _values(r[11], memo) if len(r) > 11 else ()
        if f.value and f.value not in values:
            continue
        out.append(Row(r[0], r[1], r[2], int(r[3] or 0), r[4], r[5], r[7], r[8], r[6], r[9], values,
                       float(r[10] or 0)))
    return out


def _values(raw: str | None, memo: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    """The stored JSON list of values as canonical names (memoised per distinct stored text)."""
    if not raw:
        return ()
    hit = memo.get(raw)
    if hit is None:
        hit = memo[raw] = tuple(dict.fromkeys(value_name(v) for v in json.loads(raw)))
    return hit


def logged_days(session: Session, nips, start: date, end: date) -> dict[str, int]:
    """``{nip: number of distinct days with an entry}``."""
    stmt = _where(select(Activity.nip, func.count(distinct(Activity.day))), nips, start, end, Filters())
    return {nip: int(n) for nip, n in session.execute(stmt.group_by(Activity.nip))}


def entries(session: Session, nips, start: date, end: date, f: Filters = Filters(),
            limit: int | None = 50) -> list[Entry]:
    """The entries of the people and period that pass the filters, with their labels, for answers that list them."""
    stmt = select(Activity.id, Activity.nip, Staff.name, Activity.day, Activity.minutes, Activity.text,
                  Activity.status, Assessment.probis_id, Assessment.probis_name, Assessment.rhk_code,
                  Assessment.berakhlak)
    stmt = stmt.join(Staff, Staff.nip == Activity.nip).outerjoin(Assessment, Assessment.activity_id == Activity.id)
    stmt = _where(stmt, nips, start, end, f).order_by(Activity.day, Activity.id)
    if limit is not None and not f.value:  # the value filter is applied below, on the decoded values
        stmt = stmt.limit(limit)
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


def pending_review(session: Session, nips, limit: int = 20) -> list[Entry]:
    """Submitted entries (any date) waiting for the supervisor."""
    stmt = select(Activity.day).where(Activity.nip.in_(list(nips)), Activity.status == "submitted",
                                      Activity.deleted.is_(False))
    first = session.scalar(select(func.min(stmt.subquery().c.day)))
    if first is None:
        return []
    return entries(session, nips, first, date.max, Filters(statuses=("submitted",)), limit=limit)


def count_pending(session: Session, nips) -> int:
    """How many of the people's entries wait for review."""
    return int(session.scalar(select(func.count(Activity.id)).where(
        Activity.nip.in_(list(nips)), Activity.status == "submitted", Activity.deleted.is_(False))) or 0)


def names(session: Session, nips) -> dict[str, str]:
    """Names by NIP."""
    return dict(session.execute(select(Staff.nip, Staff.name).where(Staff.nip.in_(list(nips)))).all())


def texts(session: Session, agency_id: str) -> list[str]:
    """The distinct texts of the agency's entries (to learn the words people use)."""
    return list(session.scalars(select(Activity.text).distinct().where(Activity.agency_id == agency_id,
                                                                        Activity.deleted.is_(False))))


def probis_in_journal(session: Session, agency_id: str) -> list[tuple[str, str]]:
    """Distinct ``(probis_id, probis_name)`` recorded for the agency."""
    stmt = (select(Assessment.probis_id, func.max(Assessment.probis_name))
            .join(Activity, Assessment.activity_id == Activity.id)
            .where(Activity.agency_id == agency_id, Assessment.probis_id.is_not(None))
            .group_by(Assessment.probis_id))
    return [(i, n or i) for i, n in session.execute(stmt)]
