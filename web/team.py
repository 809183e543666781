"""The figures of the Tim page, from ``journal.monitor.team_view`` (itself built on the recap
layer): members against the standard, a heat map, who is silent, value spread, RHK progress."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from journal import calendar as cal
from journal import facts
from journal.models import Activity
from journal.monitor import MemberLine, TeamView, team_view
from journal.recap import RhkProgress

PERIODS = ("hari", "minggu", "bulan")


def period_of(key: str, today: date) -> cal.Period:
    """The period a team page key (hari, minggu, bulan) means on ``today``."""
    if key == "minggu":
        return cal.week_of(today)
    if key == "bulan":
        return cal.month_of(today)
    return cal.day(today)


@dataclass
class RhkLine:
    code: str
    text: str
    people: int
    entries: int
    done: float
    target: float
    trajectory: bool

    @property
    def percent(self) -> float | None:
        return 100.0 * self.done / self.target if self.trajectory and self.target else None


@dataclass
class Silent:
    nip: str
    name: str
    last: date | None


@dataclass
class TeamPage:
    view: TeamView
    key: str
    members: list[MemberLine]
    heat_days: list[date]
    heat: dict[str, dict] = field(default_factory=dict)  # nip -> {day: minutes}
    units: list[str] = field(default_factory=list)
    unit: str = ""
    silent: list[Silent] = field(default_factory=list)
    silent_days: int = 3
    values: Counter = field(default_factory=Counter)
    rhk: list[RhkLine] = field(default_factory=list)
    standard_day: float = 0.0  # minutes: Settings.daily_standard_hours * 60, set by build()

    @property
    def below(self) -> list[MemberLine]:
        return [m for m in self.members if m.logged and m.below]

    @property
    def not_logged(self) -> list[MemberLine]:
        return [m for m in self.members if not m.logged]

    @property
    def pending(self):
        keep = {m.nip for m in self.members}
        return [e for e in self.view.pending if e.nip in keep]


def build(session: Session, asker_nip: str, key: str, *, today: date, standard_hours: float, unit: str = "",
          holidays=(), silent_days: int = 3) -> TeamPage:
    """The team page: members' figures, the heat map and who has not logged lately."""
    key = key if key in PERIODS else "hari"
    period = period_of(key, today)
    view = team_view(session, asker_nip, period, today=today, standard_hours=standard_hours, holidays=holidays)
    units = sorted({m.unit for m in view.members if m.unit})
    members = [m for m in view.members if not unit or m.unit == unit]
    nips = [m.nip for m in members]
    if key == "hari":  # one day is no calendar: the heat map shows the week
        heat_period = cal.week_of(today)
        heat = _minutes_per_day(session, nips, heat_period)
    else:
        heat_period, heat = period, {m.nip: m.days for m in members}
    page = TeamPage(view, key, members, heat_period.days(), heat, units, unit if unit in units else "",
                    silent_days=silent_days, standard_day=standard_hours * 60)
    page.silent = _silent(session, members, today, silent_days, holidays)
    page.values = view.values if not unit else _values(session, nips, period)
    page.rhk = _rhk(view.rhk, set(nips))
    return page


def _silent(session: Session, members: list[MemberLine], today: date, days: int, holidays) -> list[Silent]:
    """Members with no entry in the last ``days`` completed working days (as ``monitor.idle_staff``)."""
    if not members or days <= 0:
        return []
    window, d = [], today
    while len(window) < days:
        d -= timedelta(days=1)
        if cal.is_working_day(d, holidays):
            window.append(d)
    nips = [m.nip for m in members]
    logged = facts.logged_days(session, nips, window[-1], today - timedelta(days=1))
    quiet = [m for m in members if not logged.get(m.nip)]
    if not quiet:
        return []
    last = dict(session.execute(select(Activity.nip, func.max(Activity.day)).where(
        Activity.nip.in_([m.nip for m in quiet]), Activity.deleted.is_(False)).group_by(Activity.nip)).all())
    return [Silent(m.nip, m.name, last.get(m.nip)) for m in sorted(quiet, key=lambda m: m.name)]


def _minutes_per_day(session: Session, nips: list[str], period: cal.Period) -> dict[str, dict[date, int]]:
    out: dict[str, dict[date, int]] = {n: {} for n in nips}
    for r in facts.rows(session, nips, period.start, period.end, with_text=False):
        out[r.nip][r.day] = out[r.nip].get(r.day, 0) + r.minutes
    return out


def _values(session: Session, nips: list[str], period: cal.Period) -> Counter:
    out: Counter = Counter()
    for r in facts.rows(session, nips, period.start, period.end, with_values=True, with_text=False):
        out.update(r.values)
    return out


def _rhk(rows: list[RhkProgress], nips: set[str]) -> list[RhkLine]:
    """One line per RHK code over the team: entries in the period, outputs year to date against the targets."""
    agg: dict[str, RhkLine] = {}
    for r in rows:
        if r.nip not in nips:
            continue
        line = agg.setdefault(r.code, RhkLine(r.code, r.text, 0, 0, 0.0, 0.0, r.trajectory))
        if line.text != r.text:  # each person words their RHK: the code stands for them all
            line.text = ""
        line.people += 1
        line.entries += r.entries
        line.done += r.realized_ytd
        line.target += r.target_number or 0.0
    return sorted(agg.values(), key=lambda x: x.code)


def value_items(values: Counter) -> list[tuple[str, float]]:
    """Every BerAKHLAK value with its count (zero when absent), in the values' order for the chart."""
    from knowledge.berakhlak import NAMES

    return [(n, float(values.get(n, 0))) for n in NAMES]

