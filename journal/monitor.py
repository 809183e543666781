"""A supervisor's view of the team for a day, week or month, and escalation.

The team figures come from ``journal.recap`` (SQL aggregates), limited to the
people the asker may see (``journal.scope``); hours are compared with
``daily_standard_hours`` times the working days elapsed in the period.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from journal import facts
from journal.calendar import Period, working_days
from journal.corrections import changes_of
from journal.models import Activity, Staff
from journal.recap import RhkProgress, Target, build_recap
from journal.scope import ScopeError, authorize


@dataclass(frozen=True)
class MemberLine:
    nip: str
    name: str
    entries: int
    minutes: int
    days_logged: int
    standard_minutes: int
    unit: str = ""
    days: dict = field(default_factory=dict, compare=False)  # day -> minutes in the period

    @property
    def hours(self) -> float:
        return round(self.minutes / 60, 2)

    @property
    def below(self) -> bool:
        return self.minutes < self.standard_minutes

    @property
    def logged(self) -> bool:
        return self.entries > 0


@dataclass
class TeamView:
    period: Period
    asker_nip: str
    working_days: int
    members: list[MemberLine]
    pending: list[facts.Entry]
    pending_total: int
    values: Counter
    rhk: list[RhkProgress] = field(default_factory=list)
    names: dict[str, str] = field(default_factory=dict)
    corrections: dict[int, list] = field(default_factory=dict)  # entry id -> the corrections people made

    @property
    def not_logged(self) -> list[MemberLine]:
        return [m for m in self.members if not m.logged]

    @property
    def below(self) -> list[MemberLine]:
        return [m for m in self.members if m.below]


def elapsed_working_days(period: Period, today: date, holidays: Iterable[date] = ()) -> list[date]:
    """The period's working days up to today (the ones that can already be judged)."""
    return working_days(period.start, min(period.end, today), holidays)


def team_view(session: Session, asker_nip: str, period: Period, *, today: date,
              standard_hours: float, holidays: Iterable[date] = ()) -> TeamView:
    """The asker's team (reports; the whole agency for an admin), built on ``journal.recap``;
    ``standard_hours`` is ``Settings.daily_standard_hours``."""
    scope = authorize(session, asker_nip)
    if not scope.team:
        raise ScopeError("Tampilan tim hanya untuk atasan, penilai, atau admin yang memiliki anggota tim.")
    target = Target("instansi", scope.agency_id) if scope.role == "admin" else Target("atasan", scope.nip)
    recap = build_recap(session, target, period, standard_hours=standard_hours, holidays=holidays,
                        today=today, with_entries=False, with_tops=False)
    people = [p for p in recap.people if p.nip != scope.nip and scope.allows(p.nip)]
    team = [p.nip for p in people]
    std = round(len(recap.working_days) * standard_hours * 60)
    members = sorted((MemberLine(p.nip, p.name, p.entries, p.minutes, len(p.days), std, p.unit, dict(p.days))
                      for p in people),
                     key=lambda m: (m.minutes, m.name))
    pending = facts.pending_review(session, team, limit=10)
    return TeamView(period, scope.nip, len(recap.working_days), members, pending,
                    facts.count_pending(session, team), recap.values,
                    [r for r in recap.rhk if r.nip in set(team)], {p.nip: p.name for p in people},
                    changes_of(session, [e.id for e in pending]))


def idle_staff(session: Session, supervisor_nip: str, *, today: date, days: int,
               holidays: Iterable[date] = ()) -> list[tuple[str, str, date | None]]:
    """Direct reports with no entry in the last ``days`` completed working days (before ``today``).

    Returns ``(nip, name, last entry day or None)``.
    """
    authorize(session, supervisor_nip)
    team = sorted(session.scalars(select(Staff.nip).where(Staff.supervisor_nip == supervisor_nip)))
    if not team or days <= 0:
        return []
    window: list[date] = []
    d = today
    while len(window) < days:
        d -= timedelta(days=1)
        if d.weekday() < 5 and d not in set(holidays):
            window.append(d)
    start = window[-1]
    active = set(session.scalars(select(Staff.nip).where(Staff.nip.in_(team), Staff.active.is_(True))))
    logged = facts.logged_days(session, active, start, today)
    last = dict(session.execute(select(Activity.nip, func.max(Activity.day)).where(
        Activity.nip.in_(list(active)), Activity.deleted.is_(False)).group_by(Activity.nip)).all())
    names = facts.names(session, active)
    return [(n, names[n], last.get(n)) for n in sorted(active, key=lambda x: names[x]) if not logged.get(n)]


def supervisors(session: Session, agency_id: str | None = None) -> list[str]:
    """NIPs of everyone who has at least one report (for the escalation job)."""
    stmt = select(Staff.supervisor_nip).where(Staff.supervisor_nip.is_not(None)).distinct()
    if agency_id:
        stmt = stmt.where(Staff.agency_id == agency_id)
    return sorted(session.scalars(stmt))
