"""Corrections and confirmations of an entry's analysis, and the labelled examples they make.

The owner confirms an entry, the supervisor approves it, or anyone allowed to see it
corrects its RHK, probis, pokin or values: from then on the entry is a labelled example
(``verified_how``) the analyst learns from. A correction is recorded (who, when, which
part, from and to), shown to the supervisor, and reaches the Sheets row through the
outbox. Returning or deleting an entry withdraws it as an example.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from journal.db import Journal
from journal.errors import JournalError
from journal.models import Activity, Assessment, Correction, Staff, utcnow
from journal.outbox import enqueue
from journal.scope import ScopeError, authorize
from knowledge.berakhlak import NAMES, by_name

UNSET = object()
FIELDS = ("rhk", "probis", "pokin", "nilai")
MANUAL = "manual"  # the level of a match a person chose
HOW = ("konfirmasi", "setujui", "koreksi")


@dataclass(frozen=True)
class Choice:
    """A node or RHK a person chose: its code and text (``code`` None means "tidak ada")."""

    code: str | None
    text: str | None = None


@dataclass(frozen=True)
class Example:
    """A confirmed entry: its text and the labels a person vouched for."""

    activity_id: int
    nip: str
    agency_id: str
    text: str
    probis: str | None
    pokin: str | None
    rhk: str | None
    values: tuple[str, ...]
    verified_at: datetime


def _load(s, activity_id: int) -> Activity:
    a = s.get(Activity, int(activity_id))
    if a is None or a.deleted:
        raise JournalError(f"Entri #{activity_id} tidak ditemukan; periksa nomornya.")
    if a.assessment is None:
        a.assessment = Assessment(analyst="manual")
    return a


def _allowed(s, actor_nip: str, act: Activity, verb: str) -> None:
    try:
        authorize(s, actor_nip, [act.nip])
    except ScopeError:
        raise ScopeError(f"Anda tidak dapat {verb} entri #{act.id}: entri itu bukan milik Anda atau tim Anda.") \
            from None


def _verify(a: Assessment, how: str, nip: str, *, stronger_only: bool = False) -> None:
    """Mark the labels as vouched for (a correction outranks an approval, which outranks a confirmation)."""
    if stronger_only and a.verified_how and HOW.index(a.verified_how) >= HOW.index(how):
        return
    a.verified_how, a.verified_by, a.verified_at = how, nip, utcnow()


def _value_names(values) -> list[str]:
    out = []
    for v in values:
        try:
            name = by_name(str(v).strip()).name
        except KeyError:
            raise JournalError(f"Nilai '{v}' bukan nilai BerAKHLAK; pilih dari: {', '.join(NAMES)}.") from None
        if name not in out:
            out.append(name)
    return out


def correct(journal: Journal, activity_id: int, actor_nip: str, *, rhk=UNSET, probis=UNSET, pokin=UNSET,
            values=UNSET) -> list[Correction]:
    """Set any of the entry's RHK, probis, pokin (a ``Choice``) or values (names); the changes recorded."""
    with journal.session() as s:
        act = _load(s, activity_id)
        _allowed(s, actor_nip, act, "mengoreksi")
        a = act.assessment
        changes: list[Correction] = []

        def record(field: str, old, new) -> None:
            if (old or None) != (new or None):
                changes.append(Correction(activity_id=act.id, actor_nip=actor_nip, field=field,
                                          old_value=old, new_value=new))

        if rhk is not UNSET:
            record("rhk", a.rhk_code, rhk.code)
            a.rhk_code, a.rhk_text = rhk.code, rhk.text if rhk.code else None
            a.rhk_score = 100.0 if rhk.code else 0.0
        if probis is not UNSET:
            record("probis", a.probis_id, probis.code)
            a.probis_id, a.probis_name = probis.code, probis.text if probis.code else None
            a.probis_level, a.probis_score = (MANUAL, 100.0) if probis.code else ("none", 0.0)
        if pokin is not UNSET:
            record("pokin", a.pokin_id, pokin.code)
            a.pokin_id, a.pokin_text = pokin.code, pokin.text if pokin.code else None
            a.pokin_level, a.pokin_score = (MANUAL, 100.0) if pokin.code else ("none", 0.0)
        if values is not UNSET:
            names = _value_names(values)
            if not names:
                raise JournalError("Pilih setidaknya satu nilai BerAKHLAK.")
            record("nilai", ", ".join(a.berakhlak or []), ", ".join(names))
            a.berakhlak, a.primary_value = names, names[0]
        s.add_all(changes)
        _verify(a, "koreksi", actor_nip)
        act.updated_at = utcnow()
        enqueue(s, "upsert", nip=act.nip, activity_id=act.id)
        s.flush()
        return changes


def confirm(journal: Journal, activity_id: int, nip: str) -> Activity:
    """The owner confirms the entry and its analysis (a draft becomes submitted)."""
    with journal.session() as s:
        act = _load(s, activity_id)
        if act.nip != str(nip):
            raise ScopeError(f"Entri #{activity_id} bukan milik Anda; hanya pemiliknya yang dapat mengonfirmasi.")
        if act.status == "draft":
            act.status = "submitted"
        _verify(act.assessment, "konfirmasi", nip, stronger_only=True)
        act.updated_at = utcnow()
        enqueue(s, "upsert", nip=act.nip, activity_id=act.id)
        return act


def approved(a: Assessment, reviewer_nip: str) -> None:
    """The supervisor approved the entry (inside the review's own transaction)."""
    _verify(a, "setujui", reviewer_nip, stronger_only=True)


def withdrawn(a: Assessment | None) -> None:
    """The entry no longer teaches anything (returned for correction)."""
    if a is not None:
        a.verified_how = a.verified_by = a.verified_at = None


def changes_of(session, activity_ids) -> dict[int, list[Correction]]:
    """The corrections of several entries (for the supervisor's review queue)."""
    out: dict[int, list[Correction]] = {}
    ids = [int(i) for i in activity_ids]
    if ids:
        for c in session.scalars(select(Correction).where(Correction.activity_id.in_(ids)).order_by(Correction.id)):
            out.setdefault(c.activity_id, []).append(c)
    return out


def history(journal: Journal, activity_id: int) -> list[Correction]:
    """An entry's corrections, oldest first."""
    with journal.session() as s:
        return list(s.scalars(select(Correction).where(Correction.activity_id == int(activity_id))
                              .order_by(Correction.id)))


def examples(journal: Journal, agency_id: str) -> list[Example]:
    """Every entry of the agency a person vouched for, not deleted, not returned."""
    with journal.session() as s:
        rows = s.execute(
            select(Activity.id, Activity.nip, Activity.agency_id, Activity.text, Activity.description,
                   Assessment.probis_id, Assessment.pokin_id, Assessment.rhk_code, Assessment.berakhlak,
                   Assessment.verified_at)
            .join(Assessment, Assessment.activity_id == Activity.id)
            .where(Activity.agency_id == agency_id, Activity.deleted.is_(False), Activity.status != "returned",
                   Assessment.verified_how.is_not(None))
            .order_by(Activity.id))
        return [Example(r[0], r[1], r[2], r[4] or r[3], r[5], r[6], r[7], tuple(r[8] or ()), r[9]) for r in rows]


def names_of(journal: Journal, nips: list[str]) -> dict[str, str]:
    """Names by NIP, for showing who made corrections."""
    with journal.session() as s:
        return dict(s.execute(select(Staff.nip, Staff.name).where(Staff.nip.in_(nips))).all())


@dataclass(frozen=True)
class Labels:
    """An entry's labels as shown for correcting: current codes, values and the candidates to pick from."""

    activity_id: int
    owner: str
    agency_id: str
    current: dict[str, str | None]  # kind -> code
    values: tuple[str, ...]
    alternatives: dict[str, list[dict]]  # kind -> [{"id", "text"}]


def labels_of(journal: Journal, activity_id: int, actor_nip: str) -> Labels:
    """The entry's labels, for someone allowed to correct it."""
    with journal.session() as s:
        act = _load(s, activity_id)
        _allowed(s, actor_nip, act, "mengoreksi")
        a = act.assessment
        return Labels(act.id, act.nip, act.agency_id,
                      {"rhk": a.rhk_code, "probis": a.probis_id, "pokin": a.pokin_id},
                      tuple(a.berakhlak or ()), dict(a.alternatives or {}))
