"""The review queue of the Tinjauan page: each submitted entry of the reviewer's team with its
analysis, evidence, review comments and correction history (``journal.corrections``)."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from journal import facts
from journal.models import Activity, Assessment, Correction, Evidence, Review, Staff
from journal.review import REVIEWER_ROLES
from journal.scope import Scope, ScopeError, authorize
from web import texts as T

PAGE = 25


@dataclass
class Item:
    activity: Activity
    owner: str
    unit: str
    assessment: Assessment | None
    evidence: list[Evidence] = field(default_factory=list)
    reviews: list[tuple[Review, str]] = field(default_factory=list)
    corrections: list[tuple[Correction, str]] = field(default_factory=list)
    done: str | None = None  # what the reviewer just did (after an action)
    verified_name: str = ""

    @property
    def values(self) -> list[str]:
        return [facts.value_name(v) for v in (self.assessment.berakhlak or [])] if self.assessment else []


@dataclass
class Queue:
    items: list[Item]
    total: int
    offset: int
    people: list[tuple[str, str]]  # (nip, name) with entries waiting
    person: str = ""


def reviewer_scope(session: Session, nip: str) -> Scope:
    """The asker's scope, refused unless they review someone."""
    scope = authorize(session, nip)
    if scope.role not in REVIEWER_ROLES or not scope.team:
        raise ScopeError(T.REVIEWERS_ONLY)
    return scope


def queue(session: Session, nip: str, *, person: str = "", offset: int = 0, limit: int = PAGE) -> Queue:
    """Submitted entries of the team, oldest first (``person``: one member only)."""
    scope = reviewer_scope(session, nip)
    team = sorted(scope.team)
    if person:
        authorize(session, nip, [person])
        team = [person] if person in scope.team else []
    waiting = Activity.status == "submitted"
    base = select(Activity.id).where(Activity.nip.in_(team), waiting, Activity.deleted.is_(False))
    total = session.scalar(select(func.count()).select_from(base.subquery())) or 0
    ids = list(session.scalars(base.order_by(Activity.day, Activity.id).offset(offset).limit(limit)))
    people = session.execute(select(Staff.nip, Staff.name).join(Activity, Activity.nip == Staff.nip)
                             .where(Activity.nip.in_(sorted(scope.team)), waiting, Activity.deleted.is_(False))
                             .group_by(Staff.nip, Staff.name).order_by(Staff.name)).all()
    return Queue(items(session, ids), total, offset, [(n, name) for n, name in people], person)


def items(session: Session, ids: list[int]) -> list[Item]:
    """The entries ``ids`` (already authorised) with everything a reviewer reads, in a few queries."""
    if not ids:
        return []
    rows = session.execute(select(Activity, Staff.name, Staff.unit_id).join(Staff, Staff.nip == Activity.nip)
                           .where(Activity.id.in_(ids))).all()
    by_id = {a.id: Item(a, name, "", a.assessment) for a, name, _ in rows}
    units = {a.id: unit for a, _, unit in rows}
    if units:
        from journal.models import Unit

        names = dict(session.execute(select(Unit.id, Unit.name).where(Unit.id.in_(set(units.values()) - {None}))).all())
        for aid, unit in units.items():
            by_id[aid].unit = names.get(unit, "")
    for e in session.scalars(select(Evidence).where(Evidence.activity_id.in_(ids)).order_by(Evidence.id)):
        by_id[e.activity_id].evidence.append(e)
    actors: dict[int, list] = defaultdict(list)
    who = set()
    for r in session.scalars(select(Review).where(Review.activity_id.in_(ids)).order_by(Review.id)):
        actors[r.activity_id].append(r)
        who.add(r.reviewer_nip)
    fixes: dict[int, list] = defaultdict(list)
    for c in session.scalars(select(Correction).where(Correction.activity_id.in_(ids)).order_by(Correction.id)):
        fixes[c.activity_id].append(c)
        who.add(c.actor_nip)
    for item in by_id.values():
        if item.assessment is not None and item.assessment.verified_by:
            who.add(item.assessment.verified_by)
    names = facts.names(session, who) if who else {}
    for aid, rs in actors.items():
        by_id[aid].reviews = [(r, names.get(r.reviewer_nip, r.reviewer_nip)) for r in rs]
    for aid, cs in fixes.items():
        by_id[aid].corrections = [(c, names.get(c.actor_nip, c.actor_nip)) for c in cs]
    for item in by_id.values():
        item.verified_name = names.get(item.assessment.verified_by, "") if item.assessment else ""
    return [by_id[i] for i in ids if i in by_id]


def when(value: datetime | None, zone: str) -> str:
    """A stored (UTC) time as people read it: 25/11/2026 14.05 in ``zone`` (``Settings.timezone``)."""
    if value is None:
        return "-"
    from zoneinfo import ZoneInfo

    return value.replace(tzinfo=UTC).astimezone(ZoneInfo(zone)).strftime("%d/%m/%Y %H.%M")
