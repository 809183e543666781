"""One person's page: the month's journal (calendar and list), RHK progress against targets,
values over the last months, and the predikat proposal with its evidence."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy.orm import Session

from journal import calendar as cal
from journal import facts
from journal.predikat import PredikatError, Proposal, propose
from journal.recap import PersonRecap, Recap, Target, build_recap
from journal.scope import authorize

VALUE_MONTHS = 6


@dataclass
class PersonPage:
    recap: Recap
    person: PersonRecap
    period: cal.Period
    prev_key: str
    next_key: str | None
    weeks: list[list[date | None]]
    months: list[cal.Period] = field(default_factory=list)
    values: dict[str, Counter] = field(default_factory=dict)  # month key -> counts
    proposal: Proposal | None = None
    proposal_error: str | None = None
    evidence: dict[int, int] = field(default_factory=dict)  # entry id -> files


def month_weeks(period: cal.Period) -> list[list[date | None]]:
    """Monday-first weeks of the month, with blanks outside it."""
    first = period.start - timedelta(days=period.start.weekday())
    weeks, d = [], first
    while d <= period.end:
        weeks.append([x if period.start <= x <= period.end else None for x in (d + timedelta(days=i) for i in range(7))])
        d += timedelta(days=7)
    return weeks


def build(session: Session, asker_nip: str, nip: str, month_key: str | None, *, today: date,
          standard_hours: float, holidays=()) -> PersonPage:
    """A person's month page: their recap, entries, calendar and recent values, if the asker may see them."""
    authorize(session, asker_nip, [nip])
    period = cal.month(month_key) if month_key else cal.month_of(today)
    recap = build_recap(session, Target("pegawai", nip), period, standard_hours=standard_hours, holidays=holidays,
                        today=today, with_entries=True)
    prev = cal.month_of(period.start - timedelta(days=1))
    nxt = cal.month_of(period.end + timedelta(days=1))
    page = PersonPage(recap, recap.people[0], period, prev.key, nxt.key if nxt.start <= today else None,
                      month_weeks(period))
    months, p = [], period
    for _ in range(VALUE_MONTHS):
        months.insert(0, p)
        p = cal.month_of(p.start - timedelta(days=1))
    page.months = months
    page.values = {m.key: Counter() for m in months}
    for r in facts.rows(session, [nip], months[0].start, period.end, with_values=True, with_text=False):
        page.values[cal.month_of(r.day).key].update(r.values)
    try:
        page.proposal = propose(session, asker_nip, nip, period, today=today, holidays=holidays)
    except PredikatError as exc:
        page.proposal_error = str(exc)
    from sqlalchemy import func, select

    from journal.models import Evidence

    ids = [e.id for e in recap.entries]
    if ids:
        page.evidence = dict(session.execute(select(Evidence.activity_id, func.count()).where(
            Evidence.activity_id.in_(ids)).group_by(Evidence.activity_id)).all())
    return page
