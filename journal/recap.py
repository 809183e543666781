"""Weekly and monthly recaps for an employee, a team (a unit or a supervisor's
reports) or a whole agency, built with SQL aggregates.

Hours are compared with ``daily_standard_hours`` on working days (weekends and
holidays excluded, see ``journal.calendar``) up to today when the period is
still running. RHK progress: trajectory targets count outputs
(``Activity.volume``) against the number in ``RhkRow.target``; non-trajectory
targets count the stages (entries) reported.
"""
from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import String, and_, case, cast, func, select
from sqlalchemy.orm import Session, aliased

from journal import texts as T
from journal.calendar import Period, working_days
from journal.errors import JournalError
from journal.models import Activity, Assessment, RhkRow, Staff, Unit

COUNTED = ("submitted", "approved", "returned")
KINDS = ("pegawai", "unit", "atasan", "instansi")


class RecapError(JournalError):
    pass


@dataclass(frozen=True)
class Target:
    kind: str  # pegawai / unit / atasan / instansi
    key: str  # NIP, unit name, supervisor NIP or agency id


@dataclass
class PersonRecap:
    nip: str
    name: str
    jabatan: str
    unit: str
    supervisor_nip: str | None
    supervisor_name: str | None = None
    entries: int = 0
    minutes: int = 0
    days: dict[date, int] = field(default_factory=dict)  # day -> minutes
    missing: list[date] = field(default_factory=list)

    @property
    def hours(self) -> float:
        return self.minutes / 60


@dataclass
class RhkProgress:
    nip: str
    code: str
    text: str
    target: str
    target_number: float | None
    trajectory: bool
    realized: float  # in the period: outputs (trajectory) or stages (non-trajectory)
    realized_ytd: float
    entries: int
    minutes: int

    @property
    def percent(self) -> float | None:
        if not self.trajectory or not self.target_number:
            return None
        return 100.0 * self.realized_ytd / self.target_number


@dataclass
class EntryRow:
    id: int
    nip: str
    day: date
    text: str
    minutes: int | None
    output: str | None
    volume: float | None
    status: str
    values: list[str]
    probis: str | None
    pokin: str | None
    rhk_code: str | None
    rhk_text: str | None


@dataclass
class Recap:
    target: Target
    label: str
    period: Period
    standard_hours: float
    working_days: list[date]
    people: list[PersonRecap]
    daily: dict[date, tuple[int, int]]  # day -> (entries, minutes), whole scope
    values: Counter
    processes: list[tuple[str, str, int, int]]
    pokin: list[tuple[str, str, int, int]]
    rhk: list[RhkProgress]
    entries: list[EntryRow] = field(default_factory=list)

    @property
    def total_entries(self) -> int:
        return sum(p.entries for p in self.people)

    @property
    def total_hours(self) -> float:
        return sum(p.minutes for p in self.people) / 60

    @property
    def standard_total(self) -> float:
        return self.standard_hours * len(self.working_days) * len(self.people)

    @property
    def fill_percent(self) -> float:
        return 100.0 * self.total_hours / self.standard_total if self.standard_total else 0.0


def target_number(target: str | None) -> float | None:
    """'12 laporan' -> 12; '99,5%' -> 99.5; '1.250 dokumen' -> 1250."""
    m = re.search(r"\d[\d.,]*", target or "")
    if not m:
        return None
    raw = m[0].rstrip(".,")
    if "," in raw:
        raw = raw.replace(".", "").replace(",", ".")
    elif re.fullmatch(r"\d{1,3}(\.\d{3})+", raw):
        raw = raw.replace(".", "")
    try:
        return float(raw)
    except ValueError:
        return None


def _staff_query(session: Session, target: Target):
    boss = aliased(Staff)
    q = select(Staff.nip, Staff.name, Staff.jabatan, Unit.name, Staff.supervisor_nip, boss.name) \
        .outerjoin(Unit, Unit.id == Staff.unit_id).outerjoin(boss, boss.nip == Staff.supervisor_nip) \
        .where(Staff.active.is_(True))
    if target.kind == "pegawai":
        return q.where(Staff.nip == target.key)
    if target.kind == "unit":
        return q.where(func.lower(Unit.name) == target.key.strip().lower())
    if target.kind == "instansi":
        return q.where(Staff.agency_id == target.key)
    if target.kind == "atasan":
        base = select(Staff.nip).where(Staff.supervisor_nip == target.key).cte("reports", recursive=True)
        tree = base.union(select(Staff.nip).join(base, Staff.supervisor_nip == base.c.nip))
        return q.where(Staff.nip.in_(select(tree.c.nip)))
    raise RecapError(T.RECAP_UNKNOWN_KIND.format(kind=target.kind))


def build_recap(session: Session, target: Target, period: Period, *, standard_hours: float,
                holidays=(), today: date | None = None, with_entries: bool | None = None,
                top: int = 10, with_tops: bool = True) -> Recap:
    """``standard_hours`` is ``Settings.daily_standard_hours``, passed by the caller (no default here).
    ``with_tops=False`` leaves out the most frequent processes and pokin nodes (the team view needs neither)."""
    from journal.reports.texts import SCOPE

    rows = session.execute(_staff_query(session, target).order_by(Unit.name, Staff.name)).all()
    if not rows:
        raise RecapError(T.RECAP_NOBODY.format(scope=SCOPE.get(target.kind, target.kind).lower(), key=target.key))
    people = {r[0]: PersonRecap(r[0], r[1], r[2] or "", r[3] or "", r[4], r[5]) for r in rows}
    label = rows[0][1] if target.kind == "pegawai" else (rows[0][3] or target.key if target.kind == "unit" else target.key)
    if target.kind == "atasan":
        boss = session.get(Staff, target.key)
        label = f"{SCOPE['atasan']} {boss.name if boss else target.key}"
    end = min(period.end, today) if today else period.end
    workdays = working_days(period.start, end, holidays) if end >= period.start else []

    nips = _staff_query(session, target).with_only_columns(Staff.nip).scalar_subquery()
    base = and_(Activity.nip.in_(nips), Activity.day >= period.start, Activity.day <= period.end,
                Activity.deleted.is_(False), Activity.status.in_(COUNTED))
    minutes = func.coalesce(func.sum(Activity.minutes), 0)

    daily: dict[date, list[int]] = defaultdict(lambda: [0, 0])
    for nip, day, n, mins in session.execute(
            select(Activity.nip, Activity.day, func.count(), minutes).where(base).group_by(Activity.nip, Activity.day)):
        p = people[nip]
        p.entries += n
        p.minutes += int(mins)
        p.days[day] = int(mins)
        daily[day][0] += n
        daily[day][1] += int(mins)
    for p in people.values():
        p.missing = [d for d in workdays if d not in p.days]

    joined = select().select_from(Activity).join(Assessment, Assessment.activity_id == Activity.id).where(base)
    values: Counter = Counter()
    for raw, n in session.execute(joined.add_columns(cast(Assessment.berakhlak, String), func.count())
                                  .group_by(cast(Assessment.berakhlak, String))):
        for v in json.loads(raw or "[]"):
            values[_value_name(v)] += n

    def top_of(code_col, text_col, level_col):
        q = (joined.add_columns(code_col, func.max(text_col), func.count(), minutes)
             .where(level_col != "none", code_col.is_not(None))
             .group_by(code_col).order_by(func.count().desc(), code_col).limit(top))
        return [(c, t or "", n, int(m)) for c, t, n, m in session.execute(q)]

    processes = top_of(Assessment.probis_id, Assessment.probis_name, Assessment.probis_level) if with_tops else []
    pokin = top_of(Assessment.pokin_id, Assessment.pokin_text, Assessment.pokin_level) if with_tops else []
    rhk = _rhk_progress(session, nips, period)
    if with_entries is None:
        with_entries = target.kind != "instansi"
    entries = _entries(session, joined) if with_entries else []
    return Recap(target, label, period, standard_hours, workdays, list(people.values()),
                 {d: (v[0], v[1]) for d, v in sorted(daily.items())}, values, processes, pokin, rhk, entries)


def _value_name(v) -> str:
    from knowledge.berakhlak import by_name

    try:
        return by_name(str(v)).name
    except KeyError:
        return str(v)


def _rhk_progress(session: Session, nips, period: Period) -> list[RhkProgress]:
    year = period.start.year
    ytd_start = date(year, 1, 1)
    in_period = Activity.day >= period.start
    amount = func.coalesce(Activity.volume, 0)
    agg = (select(Activity.nip, Assessment.rhk_code,
                  func.sum(case((in_period, amount), else_=0)), func.sum(amount),
                  func.sum(case((in_period, 1), else_=0)), func.count(),
                  func.sum(case((in_period, func.coalesce(Activity.minutes, 0)), else_=0)))
           .join(Assessment, Assessment.activity_id == Activity.id)
           .where(Activity.nip.in_(nips), Activity.day >= ytd_start, Activity.day <= period.end,
                  Activity.deleted.is_(False), Activity.status.in_(COUNTED), Assessment.rhk_code.is_not(None))
           .group_by(Activity.nip, Assessment.rhk_code))
    done = {(n, c): (float(v_p or 0), float(v_y or 0), int(s_p or 0), int(s_y or 0), int(m_p or 0))
            for n, c, v_p, v_y, s_p, s_y, m_p in session.execute(agg)}
    out = []
    for r in session.scalars(select(RhkRow).where(RhkRow.nip.in_(nips), RhkRow.period == str(year))
                             .order_by(RhkRow.nip, RhkRow.code)):
        v_p, v_y, s_p, s_y, m_p = done.get((r.nip, r.code), (0.0, 0.0, 0, 0, 0))
        traj = bool(r.trajectory)
        out.append(RhkProgress(r.nip, r.code, r.text, r.target or "", target_number(r.target), traj,
                               v_p if traj else s_p, v_y if traj else s_y, s_p, m_p))
    return out


def _entries(session: Session, joined) -> list[EntryRow]:
    q = (select(Activity.id, Activity.nip, Activity.day, Activity.text, Activity.minutes, Activity.output,
                Activity.volume, Activity.status, Assessment.berakhlak, Assessment.probis_id,
                Assessment.pokin_id, Assessment.rhk_code, Assessment.rhk_text)
         .outerjoin(Assessment, Assessment.activity_id == Activity.id)
         .where(joined.whereclause).order_by(Activity.nip, Activity.day, Activity.start, Activity.id))
    return [EntryRow(*r[:8], [_value_name(v) for v in (r[8] or [])], *r[9:]) for r in session.execute(q)]
