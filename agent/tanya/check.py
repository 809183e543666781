"""The blind evaluation of ``jejak eval tanya``: questions written without the code
(``data/questions_blind.jsonl``), answers computed by SQL on the realistic journal
(``agent.tanya.evaldata``), and a checker comparing the structured facts of each
answer (``agent.tanya.answer``) with the expected ones:

- ``number``: the answer's ``value`` (with a compatible ``unit``) within 0.05;
- ``entries``: the entries counted (``entry_ids``) exactly;
- ``people``: the people named (``names``), by first name, exactly;
- ``ranking``: the names in order (ties in any order) and their values within 0.05;
- ``groups``: every group's value within 0.05 (a group missing on one side counts as 0);
- ``comparison``: the values compared, matched by label (names or periods), within 0.05;
- ``refusal``: the answer is a refusal.
"""
from __future__ import annotations

import csv
import json
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from agent.tanya.names import first_name

BLIND = Path(__file__).parent / "data" / "questions_blind.jsonl"
PROBIS_CSV = Path(__file__).resolve().parents[2] / "knowledge" / "samples" / "dsis" / "probis.csv"
TOLERANCE = 0.05
UNITS = {"jam": "jam", "hours": "jam", "hour": "jam", "entri": "entri", "entries": "entri", "entry": "entri",
         "kegiatan": "entri", "aktivitas": "entri", "hari": "hari", "days": "hari", "day": "hari", "persen": "persen",
         "%": "persen", "percent": "persen", "orang": "orang", "pegawai": "orang", "people": "orang"}
STATUS = {"diajukan": "submitted", "menunggu": "submitted", "submitted": "submitted", "disetujui": "approved",
          "approved": "approved", "dikembalikan": "returned", "returned": "returned"}


@dataclass
class BlindCase:
    id: str
    asker: str
    question: str
    expect: dict

    @property
    def number(self) -> int:
        return int(re.sub(r"\D", "", self.id) or 0)


def load_blind(path: Path = BLIND) -> list[BlindCase]:
    """Read the blind questions and their expected facts."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [BlindCase(r["id"], r["asker"], r["question"], r["expect"]) for r in rows]


def probis_names(path: Path = PROBIS_CSV) -> dict[str, str]:
    """The sample agency's business process names by code, to match answers that name processes."""
    with path.open(encoding="utf-8") as fh:
        return {r["kode"]: r["nama_proses"] for r in csv.DictReader(fh)}


def _close(a, b) -> bool:
    try:
        return abs(float(a) - float(b)) <= TOLERANCE
    except (TypeError, ValueError):
        return False


def _unit(u: str | None) -> str:
    u = (u or "").strip().lower().replace("_per_", "/").replace("_", " ")
    if "/" in u or " per " in u:
        head, tail = re.split(r"\s*/\s*|\s+per\s+", u, maxsplit=1)
        return f"{UNITS.get(head, head)}/{UNITS.get(tail.split()[0], tail.split()[0]) if tail else ''}"
    return UNITS.get(u, u)


def _units_match(want: str | None, got: str | None) -> bool:
    if not want:
        return True
    w, g = _unit(want), _unit(got)
    return w == g or w.split("/")[0] == g.split("/")[0]  # the figure decides between averages


def _first(name: str) -> str:
    return first_name(str(name)).lower()


def _names(facts: dict) -> list[str]:
    return [_first(n) for n in facts.get("names") or []]


def _key(by: str, key: str, labels: dict | None = None) -> str:
    k = str(key).strip()
    low = k.lower()
    if by == "pegawai":
        return _first((labels or {}).get(k, k))
    if by == "rhk":
        m = re.search(r"\d+", k)
        return f"rhk-{m[0]}" if m else low
    if by in ("nilai", "unit"):
        return low
    if by == "status":
        return STATUS.get(low, low)
    if by in ("minggu", "hari"):
        day = _as_date(low)
        if by == "hari" and day:
            return day.isoformat()
        if by == "minggu":
            if day:
                y, w, _ = day.isocalendar()
                return f"{y}-w{w:02d}"
            m = re.search(r"(\d{4})?\D*w(?:eek|k)?\s*-?(\d{1,2})", low)
            if m:
                return f"{m[1] or '2026'}-w{int(m[2]):02d}"
    return low


def _as_date(text: str) -> date | None:
    m = re.search(r"(\d{4})-(\d{2})-(\d{2})", text)
    if m:
        return date(int(m[1]), int(m[2]), int(m[3]))
    m = re.search(r"(\d{1,2})/(\d{1,2})/(\d{4})", text)
    if m:
        return date(int(m[3]), int(m[2]), int(m[1]))
    return None


def _groups_match(expect: dict, facts: dict) -> bool:
    g = facts.get("groups")
    if not g:
        return False
    by = expect.get("by") or g["by"]
    if by != g["by"] and {by, g["by"]} != {"nilai", "nilai_utama"}:
        return False
    by = "nilai" if by == "nilai_utama" else by
    labels = g.get("labels") or {}
    ours: dict[str, float] = {}
    for k, v in g["values"].items():
        key = _key(by, k, labels)
        ours[key] = ours.get(key, 0) + v
    if by == "probis":  # expected keys may be process names: map them through our labels
        by_name = {str(lbl).lower(): k.lower() for k, lbl in labels.items()}
        want = {}
        for k, v in expect["values"].items():
            low = str(k).strip().lower()
            key = low if re.match(r"pb-[\d.]+$", low) else next(
                (i for n, i in by_name.items() if low in n or n.endswith(low)), low)
            want[key] = v
    else:
        want = {_key(by, k): v for k, v in expect["values"].items()}
    return all(_close(want.get(k, 0), ours.get(k, 0)) for k in set(want) | set(ours))


def _ranking_match(expect: dict, facts: dict) -> bool:
    rows = (facts.get("ranking") or {}).get("rows") or []
    names = [_first(n) for n in expect["names"]]
    values = expect.get("values") or []
    if len(rows) < len(names):
        return False
    got = rows[:len(names)]
    if values and not all(_close(v, r["value"]) for v, r in zip(values, got, strict=False)):
        return False
    if values:  # within equal values the order is free
        blocks: dict[float, tuple[list, list]] = {}
        for n, v, r in zip(names, values, got, strict=False):
            b = blocks.setdefault(round(float(v), 2), ([], []))
            b[0].append(n)
            b[1].append(_key("pegawai", r["name"]))
        return all(sorted(a) == sorted(b) for a, b in blocks.values())
    return names == [_key("pegawai", r["name"]) for r in got]


def _comparison_match(expect: dict, facts: dict) -> bool:
    comp = facts.get("compare") or {}
    ours = comp.get("values") or {}
    want = expect.get("values") or {}
    if len(ours) != len(want) or not _units_match(expect.get("unit"), comp.get("unit")):
        return False
    full = {str(k).strip().lower(): v for k, v in ours.items()}
    if all(str(k).strip().lower() in full for k in want):
        return all(_close(v, full[str(k).strip().lower()]) for k, v in want.items())
    by_first = {_first(k): v for k, v in ours.items()}
    if len(by_first) == len(ours) and all(_first(k) in by_first for k in want):
        return all(_close(v, by_first[_first(k)]) for k, v in want.items())
    return all(_close(a, b) for a, b in zip(sorted(want.values()), sorted(ours.values()), strict=False))


def check_blind(expect: dict, facts: dict) -> bool:
    """Do the answer's facts carry the expected result?"""
    t = expect["type"]
    if t == "refusal":
        return facts.get("kind") == "refused"
    if facts.get("kind") in ("refused", "error", "help", "ambiguous", None):
        return False
    if t == "number":
        return facts.get("value") is not None and _close(facts["value"], expect["value"]) and \
            _units_match(expect.get("unit"), facts.get("unit"))
    if t == "entries":
        return "entry_ids" in facts and sorted(set(facts["entry_ids"])) == sorted(set(expect["ids"]))
    if t == "people":
        return "names" in facts and sorted(set(_names(facts))) == sorted({_first(n) for n in expect["names"]})
    if t == "ranking":
        return _ranking_match(expect, facts)
    if t == "groups":
        return _groups_match(expect, facts)
    if t == "comparison":
        return _comparison_match(expect, facts)
    return False


def realistic_tanya(journal, *, timezone: str, standard_hours: float):
    """The realistic journal written into ``journal``; returns ``(Tanya, today)`` (its holidays its own)."""
    from agent.tanya import evaldata
    from agent.tanya.graph import Tanya

    data = evaldata.read()
    evaldata.populate(journal, data, probis_names())
    holidays = [date.fromisoformat(d) for d in data["holidays"]]
    tanya = Tanya(journal, timezone=timezone, standard_hours=standard_hours, holidays=holidays)
    return tanya, date.fromisoformat(data["today"])


def run_blind(tanya, cases: list[BlindCase], today: date) -> list[tuple[BlindCase, object, bool]]:
    """Ask every blind question and check each answer's facts."""
    out = []
    for c in cases:
        ans = tanya.ask(c.asker, c.question, today=today)
        out.append((c, ans, check_blind(c.expect, ans.facts)))
    return out


@dataclass
class Score:
    right: int
    total: int

    @property
    def share(self) -> float:
        return self.right / self.total if self.total else 0.0

    def __str__(self) -> str:
        return f"{self.right}/{self.total} = {self.share:.3f}".replace(".", ",")


def scores(results: list[tuple[BlindCase, object, bool]]) -> dict[str, Score]:
    """All, odd and even ids (the halves used while developing and kept aside), and scope refusals."""
    def score(rows):
        return Score(sum(ok for *_, ok in rows), len(rows))

    refusals = [r for r in results if r[0].expect["type"] == "refusal"]
    return {"semua": score(results), "ganjil": score([r for r in results if r[0].number % 2 == 1]),
            "genap": score([r for r in results if r[0].number % 2 == 0]), "penolakan": score(refusals)}
