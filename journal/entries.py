"""A person's own journal entries as chat shows them (read-only views; sync, run in threads).

Changes go through ``journal.activities`` (ownership check, change and Sheets
operation in one transaction)."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select

from journal.db import Journal
from journal.models import Activity, Evidence


@dataclass(frozen=True)
class EntryView:
    id: int
    day: date
    text: str
    minutes: int | None
    status: str
    start: str | None = None
    values: tuple[str, ...] = ()
    probis: str | None = None
    pokin: str | None = None
    rhk: str | None = None
    extra: dict = field(default_factory=dict)


def _view(a: Activity) -> EntryView:
    asm = a.assessment
    return EntryView(
        id=a.id, day=a.day, text=a.text, minutes=a.minutes, status=a.status,
        start=a.start.strftime("%H.%M") if a.start else None,
        values=tuple(asm.berakhlak or ()) if asm else (),
        probis=(asm.probis_name or asm.probis_id) if asm else None,
        pokin=(asm.pokin_text or asm.pokin_id) if asm else None,
        rhk=(asm.rhk_text or asm.rhk_code) if asm else None,
    )


def _own(s, nip: str, activity_id: int) -> Activity | None:
    act = s.get(Activity, activity_id)
    if act is None or act.nip != nip or act.deleted:
        return None
    return act


def between(journal: Journal, nip: str, start: date, end: date) -> list[EntryView]:
    """A person's entries between two days (inclusive), as views for listing."""
    with journal.session() as s:
        rows = s.scalars(select(Activity).where(Activity.nip == nip, Activity.deleted.is_(False),
                                                Activity.day >= start, Activity.day <= end)
                         .order_by(Activity.day, Activity.start, Activity.id))
        return [_view(a) for a in rows]


def recent(journal: Journal, nip: str, limit: int = 5) -> list[EntryView]:
    """A person's latest entries, newest first."""
    with journal.session() as s:
        rows = s.scalars(select(Activity).where(Activity.nip == nip, Activity.deleted.is_(False))
                         .order_by(Activity.id.desc()).limit(limit))
        return [_view(a) for a in rows]


def get_own(journal: Journal, nip: str, activity_id: int) -> EntryView | None:
    """One of the person's own entries, or None when it is not theirs (or does not exist)."""
    with journal.session() as s:
        act = _own(s, nip, activity_id)
        return _view(act) if act else None


def by_source(journal: Journal, source_ref: str) -> list[int]:
    """The entries saved from one chat message, so editing the message can find them."""
    with journal.session() as s:
        return list(s.scalars(select(Activity.id).where(Activity.source_ref == source_ref,
                                                        Activity.deleted.is_(False)).order_by(Activity.id)))


def logged_on(journal: Journal, nips: list[str], day: date) -> set[str]:
    """Which of the people logged something on ``day``, for reminders."""
    if not nips:
        return set()
    with journal.session() as s:
        return set(s.scalars(select(Activity.nip).where(Activity.nip.in_(nips), Activity.day == day,
                                                        Activity.deleted.is_(False)).distinct()))


def evidence_count(journal: Journal, activity_id: int) -> int:
    """How many evidence files an entry has."""
    with journal.session() as s:
        return len(list(s.scalars(select(Evidence.id).where(Evidence.activity_id == activity_id))))


@dataclass(frozen=True)
class Pending:
    id: int
    nip: str
    day: date
    text: str


@dataclass(frozen=True)
class TeamWeek:
    minutes: dict[str, int]
    days: dict[str, int]
    values: Counter
    pending: list[Pending]  # submitted entries (any date) waiting for the supervisor, oldest first


def team_week(journal: Journal, nips: list[str], start: date, end: date) -> TeamWeek:
    """Minutes, logged days and BerAKHLAK spread of a team in a period, and its entries awaiting review."""
    minutes: dict[str, int] = {n: 0 for n in nips}
    days: dict[str, set] = {n: set() for n in nips}
    values: Counter = Counter()
    if not nips:
        return TeamWeek({}, {}, values, [])
    with journal.session() as s:
        rows = s.scalars(select(Activity).where(Activity.nip.in_(nips), Activity.deleted.is_(False),
                                                Activity.day >= start, Activity.day <= end))
        for a in rows:
            minutes[a.nip] += a.minutes or 0
            days[a.nip].add(a.day)
            if a.assessment:
                values.update(a.assessment.berakhlak or ())
        pending = [Pending(*r) for r in s.execute(
            select(Activity.id, Activity.nip, Activity.day, Activity.text)
            .where(Activity.nip.in_(nips), Activity.deleted.is_(False), Activity.status == "submitted")
            .order_by(Activity.day, Activity.id))]
    return TeamWeek(minutes, {n: len(d) for n, d in days.items()}, values, pending)
