"""Tools over the journal and the knowledge base for questions about performance.

Every tool takes the person(s) asked about as text and applies the asker's
scope itself (``journal.scope.authorize``) before reading anything; a refusal
is returned as ``{"kind": "refused", ...}`` whatever the question said. The
deterministic path and the LLM agent call exactly these tools.
"""
from __future__ import annotations

import logging
import re
from datetime import date
from typing import Any

from langchain_core.tools import BaseTool, StructuredTool

from agent.tanya import prompts
from agent.tanya.names import Directory
from agent.tanya.periods import parse_period
from journal import facts
from journal.calendar import Period
from journal.db import JournalError
from journal.monitor import elapsed_working_days
from journal.predikat import propose
from journal.scope import Scope, ScopeError, agency_nips, authorize, scope_of

MAX_LISTED = 10
log = logging.getLogger(__name__)


class Toolbox:
    """The asker's tools for one question (or one conversation)."""

    def __init__(self, journal, asker_nip: str, directory: Directory, *, today: date, knowledge=None,
                 standard_hours: float = 7.5, holidays=(), probis_catalog=None, visible=None):
        self.journal, self.asker, self.directory, self.today = journal, str(asker_nip), directory, today
        self.knowledge, self.standard_hours, self.holidays = knowledge, standard_hours, tuple(holidays)
        self._probis_catalog = probis_catalog  # callable -> [(id, name)], lexical fallback
        self.log: list[tuple[str, dict, dict]] = []  # (tool, arguments, result) of every call
        self.visible = visible  # the asker's scope when the toolbox was made: only to pick among shared names

    # -- shared steps --------------------------------------------------
    def _people(self, s, pegawai: str | None) -> tuple[Scope, list[str]]:
        text = (pegawai or "saya").strip().lower()
        me = scope_of(s, self.asker)
        if text in ("", "saya", "aku", "me", "sendiri"):
            return me, [me.nip]
        if re.fullmatch(r"(tim|tim saya|timku|anggota tim|bawahan|tim kami)", text):
            if not me.team:
                raise ScopeError("Anda tidak memiliki anggota tim; Anda hanya dapat bertanya tentang entri sendiri.")
            return me, sorted(me.team)
        if re.fullmatch(r"(cakupan|cakupan saya|yang dapat saya lihat)", text):
            return me, sorted(me.nips)
        if re.fullmatch(r"(semua|seluruh|semua pegawai|seluruh pegawai|instansi|semua orang)", text):
            return authorize(s, self.asker, agency_nips(s, me.agency_id)), sorted(agency_nips(s, me.agency_id))
        nips: list[str] = []
        for part in re.split(r",|\bdan\b|;", pegawai or ""):
            if not part.strip():
                continue
            found, ambiguous = self.directory.resolve(part, me.nips)
            if ambiguous:
                raise JournalError(f"Nama '{part.strip()}' cocok dengan beberapa pegawai ({', '.join(ambiguous[0])}); "
                                   "sebutkan nama lengkap atau NIP.")
            if not found:
                raise JournalError(f"Pegawai '{part.strip()}' tidak ditemukan; periksa ejaan nama atau gunakan NIP.")
            nips += [n for n in found if n not in nips]
        return authorize(s, self.asker, nips), nips

    def _period(self, periode: str | None, default: str = "bulan ini") -> Period:
        return parse_period(periode, self.today, default)

    def _filters(self, s, scope: Scope, rhk=None, nilai=None, proses=None) -> tuple[facts.Filters, list[str]]:
        from journal.facts import value_name

        code = None
        if rhk:
            m = re.search(r"\d+", str(rhk))
            code = f"RHK-{m[0]}" if m and not str(rhk).upper().startswith("RHK-") else str(rhk).upper()
        value = value_name(nilai) if nilai else None
        matched = self.resolve_process(scope, proses) if proses else []
        if proses and not matched:
            raise JournalError(f"Proses bisnis '{proses}' tidak dikenali; sebutkan nama proses seperti di peta proses bisnis.")
        return facts.Filters(rhk=code, value=value, probis_ids=tuple(i for i, _ in matched)), [n for _, n in matched]

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
            hits = self.knowledge.search(phrase, instansi=agency_id, types=["probis"], k=3)
        except KnowledgeError as exc:  # no knowledge base yet: the names in the journal still work
            log.warning("pencarian proses bisnis gagal (%s); memakai nama proses di jurnal", exc)
            return []
        return [h for h in hits if h.record_id]

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

    # -- the tools -------------------------------------------------------
    def jam_kerja(self, pegawai: str = "saya", periode: str | None = None, rhk: str | None = None,
                  nilai: str | None = None, proses: str | None = None, hitung: bool = False) -> dict:
        def go(s):
            scope, nips = self._people(s, pegawai)
            p = self._period(periode)
            f, processes = self._filters(s, scope, rhk, nilai, proses)
            per = facts.minutes_by_nip(s, nips, p.start, p.end, f)
            names = facts.names(s, nips)
            people = [{"nip": n, "name": names.get(n, n), "hours": round(per.get(n, (0, 0))[0] / 60, 2),
                       "entries": per.get(n, (0, 0))[1]} for n in nips]
            ids = [e.id for e in facts.entries(s, nips, p.start, p.end, f, limit=MAX_LISTED)]
            total = sum(m for m, _ in per.values())
            return {"kind": "count" if hitung else "hours", "period": p.label, "people": people,
                    "total_hours": round(total / 60, 2), "total_entries": sum(n for _, n in per.values()),
                    "rhk": f.rhk, "value": f.value, "processes": processes, "entry_ids": ids}
        return self._run(go, locals())

    def _standard(self, s, pegawai, periode, default):
        scope, nips = self._people(s, pegawai)
        p = self._period(periode, default)
        days = len(elapsed_working_days(p, self.today, self.holidays))
        per = facts.minutes_by_nip(s, nips, p.start, p.end)
        return nips, p, days, per, facts.names(s, nips)

    def belum_mengisi(self, pegawai: str = "tim saya", periode: str | None = "hari ini") -> dict:
        def go(s):
            nips, p, days, per, names = self._standard(s, pegawai, periode, "hari ini")
            missing = sorted((names[n] for n in nips if n not in per))
            return {"kind": "missing", "period": p.label, "names": missing, "checked": len(nips), "working_days": days}
        return self._run(go, locals())

    def di_bawah_standar(self, pegawai: str = "tim saya", periode: str | None = "minggu ini") -> dict:
        def go(s):
            nips, p, days, per, names = self._standard(s, pegawai, periode, "minggu ini")
            std = round(days * self.standard_hours, 2)
            rows = sorted(({"name": names[n], "hours": round(per.get(n, (0, 0))[0] / 60, 2)} for n in nips),
                          key=lambda r: r["hours"])
            below = [r for r in rows if r["hours"] < std]
            return {"kind": "below", "period": p.label, "standard_hours": std, "people": below,
                    "names": [r["name"] for r in below], "checked": len(nips)}
        return self._run(go, locals())

    def nilai_berakhlak(self, pegawai: str = "saya", periode: str | None = None, nilai: str | None = None) -> dict:
        from knowledge.berakhlak import NAMES

        def go(s):
            _, nips = self._people(s, pegawai)
            p = self._period(periode)
            counts = facts.value_counts(s, nips, p.start, p.end)
            full = {v: counts.get(v, 0) for v in NAMES}
            lo, hi = min(full.values()), max(full.values())
            out = {"kind": "values", "period": p.label, "counts": full, "entries": facts.minutes_by_nip(
                s, nips, p.start, p.end), "rarest": [v for v, n in full.items() if n == lo],
                "most": [v for v, n in full.items() if n == hi], "people": list(facts.names(s, nips).values())}
            out["entries"] = sum(n for _, n in out["entries"].values())
            if nilai:
                out["value"] = facts.value_name(nilai)
                out["count"] = full.get(out["value"], 0)
            return out
        return self._run(go, locals())

    def cari_aktivitas(self, pegawai: str = "saya", periode: str | None = None, rhk: str | None = None,
                       nilai: str | None = None, proses: str | None = None) -> dict:
        def go(s):
            scope, nips = self._people(s, pegawai)
            p = self._period(periode, "tahun ini")
            f, processes = self._filters(s, scope, rhk, nilai, proses)
            listed = facts.entries(s, nips, p.start, p.end, f, limit=None)
            return {"kind": "activities", "period": p.label, "total": len(listed), "processes": processes,
                    "rhk": f.rhk, "value": f.value,
                    "entries": [{"id": e.id, "day": e.day.isoformat(), "name": e.name, "text": e.text,
                                 "minutes": e.minutes, "probis": e.probis_name} for e in listed[-MAX_LISTED:]],
                    "entry_ids": [e.id for e in listed]}
        return self._run(go, locals())

    def bandingkan_jam(self, pegawai: str = "saya", periode_a: str = "minggu ini", periode_b: str = "minggu lalu") -> dict:
        def go(s):
            _, nips = self._people(s, pegawai)
            out = {"kind": "compare"}
            for key, text in (("a", periode_a), ("b", periode_b)):
                p = self._period(text)
                per = facts.minutes_by_nip(s, nips, p.start, p.end)
                out[key] = {"period": p.label, "hours": round(sum(m for m, _ in per.values()) / 60, 2),
                            "entries": sum(n for _, n in per.values())}
            out["diff_hours"] = round(out["a"]["hours"] - out["b"]["hours"], 2)
            return out
        return self._run(go, locals())

    def peringkat_jam(self, pegawai: str = "tim saya", periode: str | None = None, urutan: str = "max",
                      rhk: str | None = None, proses: str | None = None) -> dict:
        def go(s):
            scope, nips = self._people(s, pegawai)
            p = self._period(periode)
            f, _ = self._filters(s, scope, rhk, None, proses)
            per = facts.minutes_by_nip(s, nips, p.start, p.end, f)
            names = facts.names(s, nips)
            rows = sorted(({"name": names[n], "hours": round(per.get(n, (0, 0))[0] / 60, 2)} for n in nips),
                          key=lambda r: (-r["hours"] if urutan != "min" else r["hours"], r["name"]))
            best = rows[0]["hours"] if rows else 0
            return {"kind": "top", "period": p.label, "order": urutan, "people": rows[:MAX_LISTED],
                    "names": [r["name"] for r in rows if r["hours"] == best], "hours": best}
        return self._run(go, locals())

    def menunggu_tinjauan(self, pegawai: str = "tim saya") -> dict:
        def go(s):
            _, nips = self._people(s, pegawai)
            listed = facts.pending_review(s, nips, limit=MAX_LISTED)
            return {"kind": "pending", "total": facts.count_pending(s, nips), "entry_ids": [e.id for e in listed],
                    "entries": [{"id": e.id, "day": e.day.isoformat(), "name": e.name, "text": e.text} for e in listed]}
        return self._run(go, locals())

    def progres_rhk(self, pegawai: str = "saya", periode: str | None = None, rhk: str | None = None) -> dict:
        def go(s):
            _, nips = self._people(s, pegawai)
            p = self._period(periode)
            names = facts.names(s, nips)
            rows = [{"name": names[n], "rhk": c, "entries": k, "hours": round(m / 60, 2), "volume": v}
                    for n, c, k, m, v in facts.rhk_totals(s, nips, p.start, p.end)
                    if not rhk or c == f"RHK-{re.sub(r'[^0-9]', '', str(rhk))}"]
            return {"kind": "rhk", "period": p.label, "rows": sorted(rows, key=lambda r: (r["name"], r["rhk"]))}
        return self._run(go, locals())

    def usulan_predikat(self, pegawai: str, periode: str | None = None) -> dict:
        def go(s):
            _, nips = self._people(s, pegawai)
            if len(nips) != 1:
                raise JournalError("Usulan predikat dibuat untuk satu pegawai; sebutkan satu nama atau NIP.")
            return {"kind": "predikat", "proposal": propose(s, self.asker, nips[0], self._period(periode))}
        return self._run(go, locals())

    def cari_pengetahuan(self, query: str, jenis: str | None = None) -> dict:
        def go(s):
            scope = scope_of(s, self.asker)
            if self.knowledge is None:
                return {"kind": "error", "message": "Basis pengetahuan belum tersedia; jalankan jejak kb ingest."}
            hits = self.knowledge.search(query, instansi=scope.agency_id, types=[jenis] if jenis else None, k=5)
            return {"kind": "knowledge", "hits": [{"text": h.text[:300], "source": h.citation} for h in hits]}
        return self._run(go, locals())

    def tools(self) -> list[BaseTool]:
        return [StructuredTool.from_function(func=getattr(self, name), name=name, description=desc)
                for name, desc in prompts.TOOLS.items()]
