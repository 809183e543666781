"""The table and entry links of an answer of ``agent.tanya`` (the same facts its text is built on)."""
from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from agent.tanya.answer import Answer, figure
from journal.calendar import fmt_day
from journal.calendar import number as num
from journal.models import Activity
from journal.scope import authorize


@dataclass
class Table:
    columns: list[str]
    rows: list[list[str]] = field(default_factory=list)
    links: list[str | None] = field(default_factory=list)  # one per row: where its first cell points


def _day(iso: str) -> str:
    y, m, d = iso.split("-")
    return f"{d}/{m}/{y}"


def table(answer: Answer) -> Table | None:
    """An answer's facts as a table for the page, when they have rows to show."""
    r = answer.facts or {}
    kind = r.get("kind")
    if r.get("entries") and isinstance(r["entries"], list):
        t = Table(["No.", "Tanggal", "Pegawai", "Kegiatan", "Menit", "Status"])
        for e in r["entries"]:
            t.rows.append([f"#{e['id']}", _day(e["day"]), e.get("name", ""), e.get("text", ""),
                           str(e.get("minutes", "")), e.get("status", "")])
            t.links.append(f"#e{e['id']}")
        return t
    if kind == "groups":
        g = r["groups"]
        t = Table([str(g["by"]).capitalize(), "Nilai"])
        for k, v in g["values"].items():
            t.rows.append([str(g["labels"].get(k, k)), figure(v, g["unit"], r.get("measure"))])
            t.links.append(None)
        return t
    if kind == "top":
        t = Table(["#", "Pegawai", "Nilai"])
        for i, x in enumerate(r["ranking"]["rows"][:20], 1):
            t.rows.append([str(i), x["name"], figure(x["value"], r["unit"])])
            t.links.append(_person(x))
        return t
    if kind == "values" and r.get("counts"):
        t = Table(["Nilai BerAKHLAK", "Entri"])
        for v, n in sorted(r["counts"].items(), key=lambda x: -x[1]):
            t.rows.append([v, str(n)])
            t.links.append(None)
        return t
    if kind == "rhk" and r.get("rows"):
        t = Table(["Pegawai", "RHK", "Entri", "Jam", "Volume"])
        for x in r["rows"]:
            t.rows.append([x["name"], x["rhk"], str(x["entries"]), num(x["hours"]), num(x["volume"])])
            t.links.append(None)
        return t
    people = r.get("people")
    if people and len(people) > 1 or kind == "below" and people:
        has_value = any("value" in p for p in people) and kind not in ("hours", "count")
        t = Table(["Pegawai", "Jam", "Entri"] + (["Nilai"] if has_value else []))
        for p in people:
            row = [p["name"], num(p.get("hours")), str(p.get("entries", "-"))]
            if has_value:
                row.append(figure(p.get("value"), r.get("unit", ""), r.get("measure")) if "value" in p else "-")
            t.rows.append(row)
            t.links.append(_person(p))
        return t
    return None


def _person(p: dict) -> str | None:
    return f"/pegawai/{p['nip']}" if p.get("nip") else None


def entry_links(session: Session, asker_nip: str, ids: list[int], limit: int = 60) -> list[tuple[int, str, str]]:
    """(id, date, link to the owner's page at that entry) for the entries an answer counted, in scope."""
    if not ids:
        return []
    scope = authorize(session, asker_nip)
    rows = session.execute(select(Activity.id, Activity.nip, Activity.day).where(Activity.id.in_(ids[:limit]))).all()
    return [(i, fmt_day(d), f"/pegawai/{nip}?bulan={d:%Y-%m}#e{i}") for i, nip, d in sorted(rows) if scope.allows(nip)]
