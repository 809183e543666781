"""Who, when and which entries a question is about: the one resolution used by every
tool, whether the deterministic understanding or an LLM chose the arguments.

``pegawai`` (text): "saya"; "tim saya" / "bawahan" (direct and indirect reports);
"bawahan langsung"; "cakupan saya" (everyone the asker may see but the asker);
"semua" / "seluruh instansi|direktorat|kantor"; "unit:<nama unit>" or "tim <nama unit>";
"tim:<nama atau NIP>" (someone's reports); or names / NIPs separated by commas or "dan".
``periode`` (text): anything ``agent.tanya.periods`` reads, e.g. "bulan ini", "2026-11",
"2026-W47", "2026-Q4", "2026-11-03..2026-11-26", "sejak 3 November".
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import select

from agent import texts as T
from agent.tanya.names import Directory, first_name
from agent.tanya.periods import find_periods
from journal.calendar import Period
from journal.errors import JournalError
from journal.models import Staff
from journal.scope import Scope, ScopeError, agency_nips, authorize, reports_of

SELF = re.compile(r"^(|saya|aku|me|sendiri|diri sendiri|diri saya)$")
TEAM = re.compile(r"^(tim|tim saya|timku|anggota tim|anggota tim saya|bawahan|bawahan saya|tim kami|anak buah|"
                  r"anak buah saya|anak-anak|anak-anak saya|tim|team)$")
DIRECT = re.compile(r"^(bawahan langsung|bawahan langsung saya|langsung)$")
SCOPE = re.compile(r"^(cakupan|cakupan saya)$")
OTHERS = re.compile(r"^(orang lain|orang lain dalam cakupan saya|selain saya)$")
OVERSEE_ALL = ("penilai", "admin")  # they oversee a whole directorate or agency, themselves included
SCOPE_ALL = re.compile(r"^(semua yang dapat saya lihat|cakupan saya termasuk saya|yang dapat saya lihat)$")
ALL = re.compile(r"^(semua|seluruh|semua pegawai|seluruh pegawai|instansi|semua orang|seluruh instansi|"
                 r"seluruh direktorat|direktorat|seluruh kantor|kantor|satu kantor|satu direktorat|satker|"
                 r"seluruh satker|semua unit|seluruh unit|semua tim|seluruh tim)$")
STATUS = {"submitted": "submitted", "diajukan": "submitted", "menunggu": "submitted", "belum disetujui": "submitted",
          "approved": "approved", "disetujui": "approved", "returned": "returned", "dikembalikan": "returned",
          "ditolak": "returned"}


@dataclass
class Subject:
    nips: list[str]
    label: str  # who, for the answer: "Anda", "tim Anda", "Tim Integrasi Data", names
    note: str | None = None  # "dalam cakupan Anda: ..." when the asker's rights chose the people
    kind: str = "people"  # self / team / scope / all / unit / people


def direct_reports(session, nip: str) -> list[str]:
    """The NIPs of the people who report directly to ``nip``."""
    return sorted(session.scalars(select(Staff.nip).where(Staff.supervisor_nip == nip)))


def _unit_members(session, unit_id: int) -> list[str]:
    return sorted(session.scalars(select(Staff.nip).where(Staff.unit_id == unit_id)))


def subject(session, me: Scope, directory: Directory, pegawai: str | None, default: str = "saya") -> Subject:
    """The people of ``pegawai`` (see module doc), authorised for the asker."""
    raw = (pegawai or default).strip()
    base, left_out = (re.split(r"\s+(?:kecuali|selain)\s+", raw, maxsplit=1, flags=re.I) + [""])[:2]
    if left_out:  # "tim saya kecuali Budi": the people of the first part without the others
        whole = subject(session, me, directory, base, default)
        drop = {n for piece in re.split(r"[,;]|\bdan\b", left_out) if piece.strip()
                for n in _part(session, me, directory, piece.strip())[0]}
        return Subject([n for n in whole.nips if n not in drop], T.WHO_EXCEPT.format(who=whole.label, n=len(drop)),
                       whole.note, whole.kind)
    text = " ".join(raw.lower().split())
    if SELF.match(text):
        return Subject([me.nip], T.WHO_SELF, kind="self")
    if TEAM.match(text) or DIRECT.match(text):
        nips = direct_reports(session, me.nip) if DIRECT.match(text) else sorted(reports_of(session, me.nip))
        if not nips:
            raise ScopeError(T.NO_TEAM)
        return Subject(nips, T.WHO_TEAM, kind="team")
    if SCOPE_ALL.match(text):
        if not me.team:
            return Subject([me.nip], T.WHO_SELF, kind="self")
        return Subject(sorted(me.nips), T.WHO_SCOPE, T.SCOPE_NOTE.format(n=len(me.nips), role=me.role), kind="scope")
    if SCOPE.match(text) or OTHERS.match(text):
        # "who ..." without a subject: the people the asker oversees (a lead: their team; the director or the
        # admin: the whole directorate or agency, themselves included); "orang lain": everyone but the asker
        nips = sorted(me.nips if me.role in OVERSEE_ALL and SCOPE.match(text) else me.team)
        if not nips:
            raise ScopeError(T.NO_TEAM)
        return Subject(nips, T.WHO_SCOPE, T.SCOPE_NOTE.format(n=len(nips), role=me.role), kind="scope")
    if ALL.match(text):
        nips = sorted(agency_nips(session, me.agency_id))
        authorize(session, me.nip, nips)
        return Subject(nips, T.WHO_ALL, kind="all")
    parts = []
    for piece in re.split(r"[,;]", raw):  # a team's name may itself contain "dan"
        piece = piece.strip()
        if re.match(r"^(?:unit|tim|bagian)\s*:", piece, re.I):
            parts.append(piece)
        else:
            parts += [p.strip() for p in re.split(r"&|\bdan\b|\bserta\b", piece) if p.strip()]
    nips: list[str] = []
    labels: list[str] = []
    kinds = set()
    for part in parts or [raw]:
        got, label, kind = _part(session, me, directory, part)
        nips += [n for n in got if n not in nips]
        labels.append(label)
        kinds.add(kind)
    authorize(session, me.nip, nips)
    return Subject(nips, ", ".join(labels), kind=kinds.pop() if len(kinds) == 1 else "people")


def _part(session, me: Scope, directory: Directory, part: str) -> tuple[list[str], str, str]:
    """One part of a list of people: "saya", a team by name, someone's team, or a name / NIP."""
    text = " ".join(part.lower().split())
    if SELF.match(text):
        return [me.nip], T.WHO_SELF, "self"
    if TEAM.match(text) or DIRECT.match(text):
        nips = direct_reports(session, me.nip) if DIRECT.match(text) else sorted(reports_of(session, me.nip))
        if not nips:
            raise ScopeError(T.NO_TEAM)
        return nips, T.WHO_TEAM, "team"
    if text in ("unit saya", "rekan unit saya"):  # the asker's own unit (its other members)
        if me.unit_id is None:
            raise JournalError(T.NO_UNIT)
        nips = [n for n in _unit_members(session, me.unit_id) if text == "unit saya" or n != me.nip]
        return nips, T.WHO_UNIT, "unit"
    if re.match(r"^(?:atasan|bos|pimpinan)(?: langsung)?(?: saya)?$", text):
        boss = session.get(Staff, me.nip).supervisor_nip
        if not boss:
            raise JournalError(T.NO_BOSS)
        return [boss], T.WHO_BOSS, "people"
    m = re.match(r"^(?:unit|tim|bagian)\s*:\s*(.+)$", text)
    if m or re.match(r"^(tim|bagian|unit|bidang|divisi)\s+\S", text):
        unit = _unit(directory, m.group(1) if m else text)
        if unit is not None:
            return _unit_members(session, unit.id), unit.name, "unit"
    m = re.match(r"^(?:tim|bawahan|anak buah|anggota tim)\s*:?\s*(?:bu|pak|ibu|bapak|mas|mbak)?\s*(.+)$", text)
    if m:
        found, ambiguous = directory.resolve(m.group(1), me.nips)
        if len(found) == 1 and not ambiguous:
            team = sorted(reports_of(session, found[0]))
            name = directory.people[found[0]].name
            authorize(session, me.nip, team + found)
            if not team:
                raise JournalError(T.NO_TEAM_OF.format(name=name))
            return team, T.WHO_TEAM_OF.format(name=first_name(name)), "team"
    found, ambiguous = directory.resolve(part, me.nips)
    if ambiguous:
        raise JournalError(T.AMBIGUOUS_ARG.format(part=part.strip(), names=", ".join(ambiguous[0])))
    if not found:
        raise JournalError(T.UNKNOWN_PERSON.format(part=part.strip()))
    return found, ", ".join(directory.people[n].name for n in found), "people"


def _unit(directory: Directory, text: str):
    words = text if re.match(r"^(tim|bagian|unit|bidang|divisi)\b", text) else f"tim {text}"
    found = directory.unit_mentions(words)
    if found:
        return found[0].unit
    exact = [u for u in directory.units if u.name.lower() == text.strip()]
    return exact[0] if exact else None


@dataclass(frozen=True)
class When:
    period: Period
    assumed: bool  # no period in the question: the default was taken


def when(periode: str | None, today, default: str | None = "bulan ini") -> When | None:
    """The period of ``periode``; the default (stated as assumed) when it names none; ``None`` for all time."""
    found = find_periods(periode or "", today)
    if found:
        return When(found[0], False)
    if default is None:
        return None
    return When(find_periods(default, today)[0], True)


def status_of(text: str | None) -> str | None:
    """The review status for a user's or model's wording; unknown words raise with a clear message."""
    if not text:
        return None
    low = " ".join(str(text).lower().split())
    if low in STATUS:
        return STATUS[low]
    raise JournalError(T.UNKNOWN_STATUS.format(status=text))


def rhk_code(text: str | None) -> str | None:
    """An RHK code (``RHK-n``) from a number or a written code."""
    if not text:
        return None
    m = re.search(r"\d+", str(text))
    return f"RHK-{m[0]}" if m else str(text).upper()


def flag(value) -> bool | None:
    """A yes/no argument given as text or bool ("ya", "tidak", "ada", "tanpa")."""
    if value is None or isinstance(value, bool):
        return value
    low = str(value).strip().lower()
    if low in ("", "none", "null"):
        return None
    return low in ("ya", "true", "ada", "dengan", "1", "yes")


def pokin_code(text: str) -> str:
    """"pk-1.3.1" / "PK 1.3.1" -> "PK-1.3.1"."""
    m = re.search(r"(\d+(?:\.\d+)*)", str(text))
    if not m:
        raise JournalError(T.UNKNOWN_POKIN.format(pokin=text))
    return f"PK-{m[1]}"
