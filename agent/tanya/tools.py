"""Tools over the journal and the knowledge base for questions about performance.

Every tool takes the person(s) asked about as text and applies the asker's
scope itself (``journal.scope.authorize``, through ``agent.tanya.resolve``)
before reading anything; a refusal is returned as ``{"kind": "refused", ...}``
whatever the question said. The deterministic path and the LLM agent call
exactly these tools, with the same resolution of people, periods and filters,
so the figures do not depend on who chose the arguments. Every result carries
its basis (see ``agent.tanya.answer``).
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from langchain_core.tools import BaseTool, StructuredTool

from agent import texts as T
from agent.tanya import prompts
from agent.tanya.figures import GROUPS, MEASURES, VALUES, Basis, compute, group, group_name, measure_name
from agent.tanya.names import Directory
from agent.tanya.resolve import Subject, When, direct_reports, flag, pokin_code, rhk_code, status_of, subject, when
from agent.tanya.topics import topic as read_topic
from journal import facts
from journal.calendar import working_days
from journal.errors import JournalError
from journal.predikat import propose
from journal.scope import Scope, ScopeError, scope_of

MAX_LISTED = 10


def _one(directory: Directory, text: str) -> str:
    """One person from a name or NIP (the reviewer of a queue)."""
    found, ambiguous = directory.resolve(str(text))
    if str(text).strip() in directory.people:
        return str(text).strip()
    if len(found) != 1 or ambiguous:
        raise JournalError(T.UNKNOWN_PERSON.format(part=text))
    return found[0]
ALL_TIME = date(1900, 1, 1)
log = logging.getLogger(__name__)


@dataclass
class Selection:
    me: Scope
    who: Subject
    when: When | None
    rows: list[facts.Row]
    filters: dict[str, Any]
    names: dict[str, str]


class Toolbox:
    """The asker's tools for one question (or one conversation)."""

    def __init__(self, journal, asker_nip: str, directory: Directory, *, today: date, knowledge=None,
                 standard_hours: float, holidays=(), probis_catalog=None, visible=None, vocabulary=None):
        self.journal, self.asker, self.directory, self.today = journal, str(asker_nip), directory, today
        self.knowledge, self.standard_hours, self.holidays = knowledge, standard_hours, tuple(holidays)
        self._probis_catalog = probis_catalog  # callable -> [(id, name)], lexical fallback
        self.log: list[tuple[str, dict, dict]] = []  # (tool, arguments, result) of every call
        self.visible = visible  # the asker's scope when the toolbox was made: only to pick among shared names
        self._vocabulary = vocabulary  # callable -> agency vocabulary (topics.Vocabulary)

    def knows(self, word: str) -> bool:
        """Whether the agency's entries use ``word`` (any word, when there is no vocabulary)."""
        return self._vocabulary().knows(word) if self._vocabulary else True

    # -- shared steps --------------------------------------------------
    def _select(self, s, pegawai, periode, *, default_who="saya", default_period: str | None = "bulan ini",
                rhk=None, nilai=None, proses=None, topik=None, status=None, bukti=None, values=False,
                statuses=None, reviewed_by=None, texts=False, pokin=None) -> Selection:
        me = scope_of(s, self.asker)
        who = subject(s, me, self.directory, pegawai, default_who)
        w = when(periode, self.today, default_period)
        f, desc = self._filters(me, rhk, nilai, proses, status, bukti, statuses, reviewed_by, pokin)
        start, end = (w.period.start, w.period.end) if w else (ALL_TIME, self.today)
        rows = facts.rows(s, who.nips, start, end, f, with_values=values, with_text=texts or bool(topik))
        t = read_topic(topik)
        if topik and t is None:
            raise JournalError(T.UNKNOWN_TOPIC.format(topic=topik))
        if t is not None:
            said = [r for r in rows if t.matches(r.text)]
            if not said:  # nobody wrote those words: the entries of the process whose name says them
                route = t.processes(self._probis_catalog() if self._probis_catalog else [])
                said = [r for r in rows if t.matches(r.text, r.probis_id, route)]
            rows = said
            desc["topik"] = t.phrase
        return Selection(me, who, w, rows, desc, facts.names(s, who.nips))

    def _filters(self, scope: Scope, rhk=None, nilai=None, proses=None, status=None, bukti=None,
                 statuses=None, reviewed_by=None, pokin=None) -> tuple[facts.Filters, dict[str, Any]]:
        code = rhk_code(rhk)
        value = facts.value_name(nilai) if nilai else None
        if value and value not in VALUES:
            raise JournalError(T.UNKNOWN_VALUE.format(value=nilai))
        matched = self.resolve_process(scope, proses) if proses else []
        if proses and not matched:
            raise JournalError(T.UNKNOWN_PROCESS.format(process=proses))
        st = status_of(status)
        ev = flag(bukti)
        f = facts.Filters(rhk=code, value=value, probis_ids=tuple(i for i, _ in matched),
                          statuses=(st,) if st else (statuses or facts.COUNTED), evidence=ev, reviewed_by=reviewed_by,
                          pokin_ids=(pokin_code(pokin),) if pokin else ())
        desc = {"rhk": code, "nilai": value, "proses": [n for _, n in matched], "status": st, "bukti": ev,
                "pokin": pokin_code(pokin) if pokin else None}
        return f, {k: v for k, v in desc.items() if v not in (None, [], ())}

    def resolve_process(self, scope: Scope, phrase: str) -> list[tuple[str, str]]:
        """Process ids for a phrase: a code, the knowledge base, or the names in the journal."""
        catalog = self._probis_catalog() if self._probis_catalog else []
        code = re.search(r"\b(pb-[\d.]+)\b", phrase.lower())
        if code:
            return [(i, n) for i, n in catalog if i.lower() == code[1]] or [(code[1].upper(), code[1].upper())]
        if self.knowledge is not None:
            hits = self._search(phrase, scope.agency_id)
            if hits:
                best = hits[0].score
                return [(h.record_id, h.metadata.get("name") or h.text[:80]) for h in hits if h.score >= 0.9 * best]
        words = {w[:5] for w in re.findall(r"[a-z]{4,}", phrase.lower())}
        scored = [(len(words & {w[:5] for w in re.findall(r"[a-z]{4,}", n.lower())}), i, n) for i, n in catalog]
        top = max((sc for sc, _, _ in scored), default=0)
        return [(i, n) for sc, i, n in scored if top and sc == top]

    def _search(self, phrase: str, agency_id: str) -> list:
        from knowledge.errors import KnowledgeError

        try:
            hits = self.knowledge.search(phrase, agency_id=agency_id, types=["probis"], k=3)
        except KnowledgeError as exc:  # no knowledge base yet: the names in the journal still work
            log.warning("pencarian proses bisnis gagal (%s); memakai nama proses di jurnal", exc)
            return []
        return [h for h in hits if h.record_id]

    def _basis(self, sel: Selection) -> Basis:
        days = ()
        if sel.when:
            p = sel.when.period
            days = tuple(working_days(p.start, min(p.end, self.today), self.holidays)) if p.start <= self.today else ()
        return Basis(days, len(sel.who.nips), self.standard_hours)

    def _head(self, sel: Selection, kind: str) -> dict[str, Any]:
        """The basis every answer carries: period, people, scope note, filters, entries counted."""
        out: dict[str, Any] = {"kind": kind, "who": sel.who.label, "scope_note": sel.who.note,
                               "people": [{"nip": n, "name": sel.names.get(n, n)} for n in sel.who.nips],
                               "filters": sel.filters, "entry_ids": [r.id for r in sel.rows]}
        if sel.when:
            p = sel.when.period
            out["period"] = {"label": p.label, "key": p.key, "start": p.start.isoformat(), "end": p.end.isoformat(),
                             "through": min(p.end, self.today).isoformat(), "assumed": sel.when.assumed,
                             "workdays": len(self._basis(sel).workdays)}
        else:
            out["period"] = None
        return out

    def _run(self, fn, args: dict[str, Any]) -> dict[str, Any]:
        try:
            with self.journal.session() as s:
                result = fn(s)
        except ScopeError as exc:
            result = {"kind": "refused", "message": str(exc)}
        except (JournalError, ValueError) as exc:
            result = {"kind": "error", "message": str(exc)}
        args = {k: v for k, v in args.items() if k not in ("self", "go")}
        self.log.append((fn.__qualname__.split(".")[-3], args, result))
        return result

    def _with_base(self, s, sel: Selection, basis: Basis, measure: str, pegawai, periode, **kw) -> Basis:
        """For ``persen_entri``: every entry of the same people and period, without status/evidence filters."""
        if measure != "persen_entri":
            return basis
        kw = {k: v for k, v in kw.items() if k not in ("status", "bukti")}
        every = self._select(s, pegawai, periode, **kw)
        base: dict[str, int] = {}
        for r in every.rows:
            base[r.nip] = base.get(r.nip, 0) + 1
        return Basis(basis.workdays, basis.people, basis.standard_hours, base)

    def _units(self) -> dict[str, str]:
        names = {u.id: u.name for u in self.directory.units}
        return {nip: names.get(uid, "-") for nip, uid in self.directory.unit_of.items()}

    def _per_person(self, sel: Selection, measure: str, basis: Basis) -> list[dict]:
        by_nip: dict[str, list] = {n: [] for n in sel.who.nips}
        for r in sel.rows:
            by_nip[r.nip].append(r)
        one = Basis(basis.workdays, 1, basis.standard_hours, basis.base)
        return [{"nip": n, "name": sel.names.get(n, n), "hours": compute(rs, "jam", one),
                 "entries": len(rs), "value": compute(rs, measure, one, [n])} for n, rs in by_nip.items()]

    def _grouped(self, sel: Selection, measure: str, by: str, basis: Basis) -> tuple[dict, dict, dict]:
        units = self._units() if by == "unit" else None
        parts, labels = group(sel.rows, by, sel.names, sel.who.nips, units)
        one = Basis(basis.workdays, 1, basis.standard_hours, basis.base)

        def value(k, rs):
            if by == "pegawai":
                return compute(rs, measure, one, [k])
            if by == "unit":
                return compute(rs, measure, basis, [p for p in sel.who.nips if units.get(p, "-") == k])
            return compute(rs, measure, basis)
        values = {k: value(k, rs) for k, rs in parts.items()}
        ids = {k: [r.id for r in rs] for k, rs in parts.items()}
        return values, labels, ids

    # -- the tools -------------------------------------------------------
    def jam_kerja(self, pegawai: str = "saya", periode: str | None = None, rhk: str | None = None,
                  nilai: str | None = None, proses: str | None = None, topik: str | None = None,
                  status: str | None = None, bukti: bool | None = None, ukuran: str = "jam",
                  kelompok: str | None = None, hitung: bool = False, pokin: str | None = None) -> dict:
        def go(s):
            measure = "entri" if hitung else measure_name(ukuran)
            by = group_name(kelompok)
            sel = self._select(s, pegawai, periode, rhk=rhk, nilai=nilai, proses=proses, topik=topik,
                               status=status, bukti=bukti, values=by in ("nilai", "nilai_utama"), texts=by == "probis",
                               pokin=pokin)
            basis = self._with_base(s, sel, self._basis(sel), measure, pegawai, periode, rhk=rhk, nilai=nilai,
                                    proses=proses, topik=topik, pokin=pokin)
            unit = MEASURES[measure][0]
            kind = "groups" if by else {"jam": "hours", "entri": "count"}.get(measure, "measure")
            out = self._head(sel, kind)
            out.update(measure=measure, unit=unit, value=compute(sel.rows, measure, basis, sel.who.nips),
                       people=self._per_person(sel, measure, basis), total_hours=compute(sel.rows, "jam", basis),
                       total_entries=len(sel.rows), days_filled=compute(sel.rows, "hari_terisi", basis))
            if by:
                values, labels, ids = self._grouped(sel, measure, by, basis)
                out["groups"] = {"by": by, "unit": unit, "values": values, "labels": labels, "entry_ids": ids}
                out["compare"] = {"unit": unit, "values": {labels[k]: v for k, v in values.items()}}
            return out
        return self._run(go, locals())

    def peringkat_jam(self, pegawai: str = "cakupan saya", periode: str | None = None, urutan: str = "max",
                      n: int | None = None, ukuran: str = "jam", kelompok: str = "pegawai", rhk: str | None = None,
                      nilai: str | None = None, proses: str | None = None, topik: str | None = None,
                      status: str | None = None, bukti: bool | None = None, pokin: str | None = None) -> dict:
        def go(s):
            measure, by = measure_name(ukuran), group_name(kelompok) or "pegawai"
            sel = self._select(s, pegawai, periode, default_who="cakupan saya", rhk=rhk, nilai=nilai,
                               proses=proses, topik=topik, status=status, bukti=bukti,
                               values=by in ("nilai", "nilai_utama"), texts=by == "probis", pokin=pokin)
            basis = self._with_base(s, sel, self._basis(sel), measure, pegawai, periode, default_who="cakupan saya",
                                    rhk=rhk, nilai=nilai, proses=proses, topik=topik, pokin=pokin)
            values, labels, _ = self._grouped(sel, measure, by, basis)
            low = str(urutan).lower() in ("min", "terendah", "paling sedikit", "asc")
            order = sorted(values, key=lambda k: (values[k] if low else -values[k], labels[k]))
            rows = [{"key": k, "name": labels[k], "value": values[k]} for k in order]
            best = rows[0]["value"] if rows else 0
            out = self._head(sel, "top")
            unit = MEASURES[measure][0]
            top = rows[:n] if n else rows
            out.update(order="min" if low else "max", measure=measure, unit=unit, by=by, n=n,
                       ranking={"unit": unit, "rows": top}, names=[r["name"] for r in rows if r["value"] == best],
                       groups={"by": by, "unit": unit, "values": dict(values), "labels": dict(labels)},
                       hours=best, value=best, compare={"unit": unit, "values": {r["name"]: r["value"] for r in rows}})
            return out
        return self._run(go, locals())

    def bandingkan_jam(self, pegawai: str = "saya", periode_a: str = "minggu ini", periode_b: str | None = "minggu lalu",
                       ukuran: str = "jam", rhk: str | None = None, proses: str | None = None,
                       topik: str | None = None, status: str | None = None, pegawai_b: str | None = None) -> dict:
        def go(s):
            measure = measure_name(ukuran)
            out: dict[str, Any] = {"kind": "compare", "measure": measure, "unit": MEASURES[measure][0]}
            sides = ((pegawai, periode_a), (pegawai_b, periode_a)) if pegawai_b else \
                ((pegawai, periode_a), (pegawai, periode_b or "minggu lalu"))
            ids, people = [], []
            for key, (who, text) in zip(("a", "b"), sides, strict=True):
                sel = self._select(s, who, text, rhk=rhk, proses=proses, topik=topik, status=status)
                basis = self._basis(sel)
                head = self._head(sel, "compare")
                out[key] = {"period": head["period"], "who": sel.who.label,
                            "value": compute(sel.rows, measure, basis, sel.who.nips),
                            "hours": compute(sel.rows, "jam", basis), "entries": len(sel.rows),
                            "entry_ids": head["entry_ids"]}
                ids += head["entry_ids"]
                people += [p for p in head["people"] if p not in people]
                out.update(who=head["who"], scope_note=head["scope_note"], filters=head["filters"])
            label = (lambda x: out[x]["who"]) if pegawai_b else (lambda x: out[x]["period"]["label"])
            out["by"] = "pegawai" if pegawai_b else "periode"
            out["diff_hours"] = round(out["a"]["hours"] - out["b"]["hours"], 2)
            out["diff"] = round(out["a"]["value"] - out["b"]["value"], 2)
            out["change_pct"] = round(100 * out["diff"] / out["b"]["value"], 1) if out["b"]["value"] else None
            out["compare"] = {"unit": out["unit"], "values": {label("a"): out["a"]["value"], label("b"): out["b"]["value"]}}
            out.update(entry_ids=ids, people=people, period=out["a"]["period"])
            return out
        return self._run(go, locals())

    def belum_mengisi(self, pegawai: str = "cakupan saya", periode: str | None = None, sudah: bool = False,
                      hari_kerja: int | None = None) -> dict:
        def go(s):
            # the last N completed working days, as the escalation counts them
            periode_ = self._last_workdays(int(hari_kerja)) if hari_kerja else periode
            sel = self._select(s, pegawai, periode_, default_who="cakupan saya")
            logged = {r.nip for r in sel.rows}
            want = flag(sudah)
            names = sorted(sel.names.get(n, n) for n in sel.who.nips if (n in logged) == bool(want))
            out = self._head(sel, "filled" if want else "missing")
            out.update(names=names, checked=len(sel.who.nips), value=len(names), unit="orang")
            return out
        return self._run(go, locals())

    def _last_workdays(self, n: int) -> str:
        days, d = [], self.today
        while len(days) < n:
            d -= timedelta(days=1)
            if d.weekday() < 5 and d not in self.holidays:
                days.append(d)
        return f"{days[-1].isoformat()}..{self.today.isoformat()}"

    def di_bawah_standar(self, pegawai: str = "cakupan saya", periode: str | None = None, arah: str = "bawah",
                         ukuran: str | None = None, batas: float | None = None, rhk: str | None = None,
                         proses: str | None = None, topik: str | None = None, status: str | None = None) -> dict:
        def go(s):
            sel = self._select(s, pegawai, periode, default_who="cakupan saya", rhk=rhk, proses=proses, topik=topik,
                               status=status)
            basis = self._basis(sel)
            measure = measure_name(ukuran) if ukuran else "jam"
            limit = float(batas) if batas is not None else round(len(basis.workdays) * self.standard_hours, 2)
            people = sorted(self._per_person(sel, measure, basis), key=lambda r: (r["value"], r["name"]))
            above = str(arah).lower() in ("atas", "memenuhi", "cukup", "lebih")
            chosen = [p for p in people if (p["value"] >= limit if above else p["value"] < limit)]
            out = self._head(sel, "below")
            out.update(standard_hours=limit, direction="atas" if above else "bawah", people=chosen, measure=measure,
                       limit_unit=MEASURES[measure][0], custom=batas is not None,
                       names=[p["name"] for p in chosen], checked=len(sel.who.nips), value=len(chosen), unit="orang")
            return out
        return self._run(go, locals())

    def nilai_berakhlak(self, pegawai: str = "saya", periode: str | None = None, nilai: str | None = None,
                        rhk: str | None = None, proses: str | None = None, topik: str | None = None) -> dict:
        def go(s):
            sel = self._select(s, pegawai, periode, rhk=rhk, proses=proses, topik=topik, values=True)
            counts = {v: 0 for v in VALUES}
            for r in sel.rows:
                for v in r.values:
                    counts[v] = counts.get(v, 0) + 1
            out = self._head(sel, "values")
            lo, hi = min(counts.values()), max(counts.values())
            even = lo == hi  # nothing stands out: neither most nor least frequent
            out.update(counts=counts, entries=len(sel.rows), most=[] if even else [v for v, k in counts.items() if k == hi],
                       rarest=[] if even else [v for v, k in counts.items() if k == lo], even=even,
                       groups={"by": "nilai", "unit": "entri", "values": counts, "labels": {v: v for v in counts}},
                       value=None, unit="entri")
            if nilai:
                name = facts.value_name(nilai)
                out.update(value_name=name, count=counts.get(name, 0), value=counts.get(name, 0),
                           entry_ids=[r.id for r in sel.rows if name in r.values])
            return out
        return self._run(go, locals())

    def cari_aktivitas(self, pegawai: str = "saya", periode: str | None = None, rhk: str | None = None,  # noqa
                       nilai: str | None = None, proses: str | None = None, topik: str | None = None,
                       status: str | None = None, bukti: bool | None = None, urutan: str | None = None,
                       n: int | None = None, pokin: str | None = None) -> dict:
        def go(s):
            latest = urutan in ("terbaru", "baru", "terakhir")
            sel = self._select(s, pegawai, periode, rhk=rhk, nilai=nilai, proses=proses, topik=topik,
                               status=status, bukti=bukti, texts=True, pokin=pokin,
                               default_period=None if latest and not periode else "bulan ini")
            rows = sel.rows
            if urutan in ("terlama", "lama", "durasi", "tersingkat", "singkat"):
                short = urutan in ("tersingkat", "singkat")
                rows = sorted(rows, key=lambda r: (r.minutes if short else -r.minutes, r.id))
                if not n and rows:  # the longest (shortest), with every entry as long as it
                    rows = [r for r in rows if r.minutes == rows[0].minutes]
            elif latest:
                rows = sorted(rows, key=lambda r: (r.day, r.id), reverse=True)
            if n:
                rows = rows[:n]
            out = self._head(sel, "activities")
            shown = rows if (n or urutan) else rows[-MAX_LISTED:]
            owners = sorted({r.nip for r in rows})
            out.update(total=len(rows), entry_ids=[r.id for r in rows], value=len(rows), unit="entri", latest=latest,
                       names=[sel.names.get(p, p) for p in owners],
                       total_hours=round(sum(r.minutes for r in rows) / 60, 2),
                       entries=[self._entry(sel, r) for r in shown[:MAX_LISTED]])
            return out
        return self._run(go, locals())

    @staticmethod
    def _entry(sel: Selection, r: facts.Row) -> dict:
        return {"id": r.id, "day": r.day.isoformat(), "name": sel.names.get(r.nip, r.nip), "text": r.text,
                "minutes": r.minutes, "status": r.status, "probis": r.probis_name or r.probis_id}

    def menunggu_tinjauan(self, pegawai: str = "tim saya", periode: str | None = None) -> dict:
        def go(s):
            sel = self._select(s, pegawai, periode, default_who="tim saya", default_period=None, status="submitted",
                               texts=True)
            out = self._head(sel, "pending")
            out.update(total=len(sel.rows), value=len(sel.rows), unit="entri",
                       entries=[self._entry(sel, r) for r in sel.rows[:MAX_LISTED]])
            return out
        return self._run(go, locals())

    def antrean_tinjauan(self, jenis: str = "perlu_saya_tinjau", periode: str | None = None,
                         pegawai: str | None = None, peninjau: str | None = None) -> dict:
        def go(s):
            me = scope_of(s, self.asker)
            kind = str(jenis).lower().replace(" ", "_")
            named = subject(s, me, self.directory, pegawai).nips if pegawai else None  # "... dari Budi"
            if kind == "perlu_saya_tinjau":
                # someone else's queue ("antrean approval pak X"): X's direct reports, as the asker may see them
                boss = _one(self.directory, peninjau) if peninjau else me.nip
                who = ", ".join(n for n in direct_reports(s, boss) if named is None or n in named)
                sel = self._select(s, who or "saya", periode, default_period=None, status="submitted", texts=True)
                if not who:  # nobody reports to the asker: nothing waits for them
                    sel.rows = []
                sel.who = Subject(sel.who.nips if who else [], T.WHO_DIRECT, kind="team")
            elif kind in ("saya_kembalikan", "saya_setujui"):
                action = "return" if kind == "saya_kembalikan" else "approve"
                sel = self._select(s, ", ".join(named) if named else "orang lain", periode, default_period=None,
                                   reviewed_by=(me.nip, action), texts=True)
            elif kind in ("dikembalikan_ke_saya", "saya_menunggu"):
                sel = self._select(s, "saya", periode, default_period=None, texts=True,
                                   status="returned" if kind == "dikembalikan_ke_saya" else "submitted")
            else:
                raise JournalError(T.UNKNOWN_QUEUE.format(kind=jenis))
            out = self._head(sel, "queue")
            owners = sorted({r.nip for r in sel.rows})
            out.update(queue=kind, total=len(sel.rows), value=len(sel.rows), unit="entri",
                       names=[sel.names.get(p, p) for p in owners],
                       entries=[self._entry(sel, r) for r in sel.rows[:MAX_LISTED]])
            return out
        return self._run(go, locals())

    def progres_rhk(self, pegawai: str = "saya", periode: str | None = None, rhk: str | None = None) -> dict:
        def go(s):
            sel = self._select(s, pegawai, periode, rhk=rhk)
            table: dict[tuple[str, str], dict] = {}
            for r in sel.rows:
                if not r.rhk_code:
                    continue
                row = table.setdefault((sel.names.get(r.nip, r.nip), r.rhk_code), {
                    "name": sel.names.get(r.nip, r.nip), "rhk": r.rhk_code, "entries": 0, "minutes": 0, "volume": 0.0})
                row["entries"] += 1
                row["minutes"] += r.minutes
                row["volume"] += r.volume
            rows = [dict(x, hours=round(x.pop("minutes") / 60, 2)) for _, x in sorted(table.items())]
            out = self._head(sel, "rhk")
            counts = {x["rhk"]: x["entries"] for x in rows} if len(sel.who.nips) == 1 else {}
            out.update(rows=rows, groups={"by": "rhk", "unit": "entri", "values": counts, "labels": {k: k for k in counts}})
            return out
        return self._run(go, locals())

    def usulan_predikat(self, pegawai: str, periode: str | None = None) -> dict:
        def go(s):
            sel_who = subject(s, scope_of(s, self.asker), self.directory, pegawai)
            if len(sel_who.nips) != 1:
                raise JournalError(T.ONE_PERSON)
            w = when(periode, self.today, "bulan ini")
            p = propose(s, self.asker, sel_who.nips[0], w.period, today=self.today, holidays=self.holidays)
            return {"kind": "predikat", "proposal": p, "people": [{"nip": p.nip, "name": p.name}],
                    "period": {"label": w.period.label, "key": w.period.key, "start": w.period.start.isoformat(),
                               "end": w.period.end.isoformat(), "assumed": w.assumed},
                    "predikat": p.predikat, "provisional": p.provisional, "entry_ids": list(p.entry_ids)}
        return self._run(go, locals())

    def cari_pengetahuan(self, query: str, jenis: str | None = None) -> dict:
        def go(s):
            scope = scope_of(s, self.asker)
            if self.knowledge is None:
                return {"kind": "error", "message": T.NO_KNOWLEDGE}
            hits = self.knowledge.search(query, agency_id=scope.agency_id, types=[jenis] if jenis else None, k=5)
            return {"kind": "knowledge", "hits": [{"text": h.text[:300], "source": h.citation} for h in hits]}
        return self._run(go, locals())

    def tools(self) -> list[BaseTool]:
        return [StructuredTool.from_function(func=getattr(self, name), name=name, description=desc)
                for name, desc in prompts.TOOLS.items()]


__all__ = ["Toolbox", "GROUPS", "MEASURES", "MAX_LISTED"]
