"""Deterministic understanding of questions -> one tool call.

Reads, from the normalised question (``agent.tanya.words``): the period(s)
(``agent.tanya.periods``), who is asked about (``agent.tanya.question_parts``: names,
nicknames, NIPs, positions, "saya", "tim saya", "bawahan langsung", a team by name or
as "anak2 <tim>", "tim bu Rina", "bagian saya", "seluruh kantor", people left out; or
nobody: then the people the asker oversees for "who" questions, the asker for the rest), what is
measured (hours, entries, days filled or empty, averages, share of the standard),
how it is grouped or ranked, the filters (topic, RHK, process, value, status,
evidence, performance-tree code) and the review queues (the asker's, or a named
reviewer's). A question after sentences of context is read from the part that asks.
It never decides what the asker
may see: it only chooses the tool and its arguments; the tool applies the scope.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from agent.tanya import forms as F
from agent.tanya import question_parts as P
from agent.tanya.names import Directory
from agent.tanya.periods import mentions as period_mentions
from agent.tanya.periods import previous
from agent.tanya.words import normalize

GROUP_KEYS = {"nilai utama": "nilai_utama", "rhk": "rhk", "orang": "pegawai", "pegawai": "pegawai", "nama": "pegawai", "anggota": "pegawai",
              "proses": "probis", "proses bisnis": "probis", "probis": "probis", "pokin": "pokin", "nilai": "nilai",
              "minggu": "minggu", "pekan": "minggu", "hari": "hari", "tanggal": "hari", "bulan": "bulan",
              "status": "status", "tim": "unit", "unit": "unit", "bagian": "unit"}
WHO_QUESTIONS = ("missing", "filled", "below", "above", "top")


@dataclass
class Intent:
    kind: str | None
    who: str  # self / team / direct / scope / all / people / implicit
    nips: list[str] = field(default_factory=list)
    ambiguous: list[list[str]] = field(default_factory=list)
    periods: list = field(default_factory=list)
    rhk: str | None = None
    value: str | None = None
    extreme: str | None = None  # "min" or "max"
    process: str | None = None
    topic: str | None = None
    status: str | None = None
    evidence: bool | None = None
    measure: str | None = None
    by: str | None = None
    n: int | None = None
    queue: str | None = None
    parts: list[str] = field(default_factory=list)  # subject parts: "saya", NIPs, "unit:...", "tim:<nip>"
    self_too: bool = False
    limit: tuple[str, float, str] | None = None  # (measure, number, "bawah"/"atas") for "who is under X"
    streak: int | None = None  # "N hari kerja berturut-turut tidak mengisi"
    reviewer: str | None = None  # "antrean approval pak X": the queue of X, not the asker's
    pokin: str | None = None  # a node of the performance tree by its code ("PK-1.3.1")
    excluded: list[str] = field(default_factory=list)  # "tim saya selain Budi"

    def _pegawai(self, implicit: str) -> str:
        who = self._who(implicit)
        return f"{who} kecuali {', '.join(self.excluded)}" if self.excluded else who

    def _who(self, implicit: str) -> str:
        if self.who == "people":
            return ", ".join(self.parts)
        return {"self": "saya", "team": "tim saya", "direct": "bawahan langsung", "all": "semua",
                "scope": "cakupan saya", "others": "orang lain dalam cakupan saya",
                "visible": "semua yang dapat saya lihat"}.get(self.who, implicit)

    def _filters(self) -> dict:
        return {"rhk": self.rhk, "nilai": self.value, "proses": self.process, "topik": self.topic,
                "status": self.status, "bukti": self.evidence, "pokin": self.pokin}

    def tool_call(self) -> tuple[str, dict] | None:  # noqa: C901 - one branch per kind of question
        """The tool and arguments that answer this intent."""
        if self.kind is None:
            return None
        per = [p.key for p in self.periods]
        period = per[0] if per else None
        measure = self.measure or ("entri" if self.kind == "count" else "jam")
        if self.kind == "predikat":
            return "usulan_predikat", {"pegawai": self._pegawai("saya"), "periode": period}
        if self.kind == "queue":
            return "antrean_tinjauan", {"jenis": self.queue, "periode": period,
                                        "pegawai": ", ".join(self.parts) if self.who == "people" else None,
                                        "peninjau": self.reviewer}
        if self.kind == "pending":
            return "menunggu_tinjauan", {"pegawai": self._pegawai("tim saya"), "periode": period}
        if self.kind == "compare":
            if len(self.parts) >= 2 and len(per) < 2:  # people or teams side by side
                if all(not p.startswith(("unit:", "tim:")) for p in self.parts):
                    return "jam_kerja", {"pegawai": ", ".join(self.parts), "periode": period, "ukuran": measure,
                                         "kelompok": "pegawai", **self._filters()}
                if len(self.parts) >= 3 and all(p.startswith("unit:") for p in self.parts):  # three teams
                    return "jam_kerja", {"pegawai": ", ".join(self.parts), "periode": period, "ukuran": measure,
                                         "kelompok": "unit", **self._filters()}
                return "bandingkan_jam", {"pegawai": self.parts[0], "pegawai_b": ", ".join(self.parts[1:]),
                                          "periode_a": period or "bulan ini", "ukuran": measure,
                                          **_some(self._filters(), "rhk", "proses", "topik", "status")}
            if len(per) >= 3 and len(self.parts) < 2:  # "September, Oktober, November": side by side
                kinds = {"bulan" if re.fullmatch(r"\d{4}-\d{2}", k) else "minggu" if re.fullmatch(r"\d{4}-W\d{2}", k)
                         else None for k in per}
                if len(kinds) == 1 and None not in kinds:
                    start, end = min(p.start for p in self.periods), max(p.end for p in self.periods)
                    return "jam_kerja", {"pegawai": self._pegawai("saya"), "periode": f"{start}..{end}",
                                         "ukuran": measure, "kelompok": kinds.pop(), **self._filters()}
            a = per[0] if per else "minggu ini"
            b = per[1] if len(per) > 1 else previous(self.periods[0]).key if self.periods else "minggu lalu"
            return "bandingkan_jam", {"pegawai": self._pegawai("saya"), "periode_a": a, "periode_b": b,
                                      "ukuran": measure, **_some(self._filters(), "rhk", "proses", "topik", "status")}
        if self.kind in ("missing", "filled"):
            args = {"pegawai": self._pegawai("cakupan saya"), "periode": period, "sudah": self.kind == "filled"}
            if self.streak:
                args.update(periode=None, hari_kerja=self.streak)
            return "belum_mengisi", args
        if self.kind == "limit":
            m, number, side = self.limit
            return "di_bawah_standar", {"pegawai": self._pegawai("cakupan saya"), "periode": period, "arah": side,
                                        "ukuran": m, "batas": number, **_some(self._filters(), "rhk", "proses",
                                                                              "topik", "status")}
        if self.kind in ("below", "above"):
            return "di_bawah_standar", {"pegawai": self._pegawai("cakupan saya"), "periode": period,
                                        "arah": "atas" if self.kind == "above" else "bawah"}
        if self.kind == "rhk":
            return "progres_rhk", {"pegawai": self._pegawai("saya"), "periode": period, "rhk": self.rhk}
        if self.kind == "top":
            by = self.by or "pegawai"
            return "peringkat_jam", {"pegawai": self._pegawai("cakupan saya" if by == "pegawai" else "saya"),
                                     "periode": period, "urutan": self.extreme or "max", "n": self.n,
                                     "ukuran": measure, "kelompok": by, **self._filters()}
        if self.kind == "values":
            return "nilai_berakhlak", {"pegawai": self._pegawai("saya"), "periode": period, "nilai": self.value,
                                       **_some(self._filters(), "rhk", "proses", "topik")}
        if self.kind == "activities":
            return "cari_aktivitas", {"pegawai": self._pegawai("semua yang dapat saya lihat"), "periode": period,
                                      "urutan": {"longest": "terlama", "latest": "terbaru",
                                                 "shortest": "tersingkat"}.get(self.extreme),
                                      "n": self.n,
                                      **self._filters()}
        if self.kind == "groups":
            implicit = {"pegawai": "cakupan saya", "unit": "semua yang dapat saya lihat"}.get(self.by, "saya")
            return "jam_kerja", {"pegawai": self._pegawai(implicit),
                                 "periode": period, "ukuran": measure, "kelompok": self.by, **self._filters()}
        return "jam_kerja", {"pegawai": self._pegawai("saya"), "periode": period, "ukuran": measure,
                             "hitung": False, **self._filters()}


def _some(d: dict, *keys: str) -> dict:
    return {k: d[k] for k in keys}


def _union(periods: list, low: str) -> list:
    """"tanggal 10 bulan ini": the narrower period; "September dan Oktober (digabung)": one period when they
    follow each other."""
    if len(periods) < 2:
        return periods
    periods = [p for p in periods if not any(q is not p and p.start <= q.start and q.end <= p.end and
                                             (q.start, q.end) != (p.start, p.end) for q in periods)]
    if len(periods) < 2 or re.search(F.COMPARE, low):
        return periods
    ordered = sorted(periods, key=lambda p: p.start)
    if all((b.start - a.end).days <= 1 for a, b in zip(ordered, ordered[1:], strict=False)):
        from agent.tanya.periods import span

        return [span(ordered[0].start, max(p.end for p in ordered))]
    return periods


def _sentences(text: str) -> list[str]:
    """The sentences of a question written as a paragraph (a piece of at least four words each)."""
    out: list[str] = []
    for piece in re.split(r"(?<=[.!?])\s+", text.strip()):
        if out and len(out[-1].split()) < 4:
            out[-1] += " " + piece
        else:
            out.append(piece)
    return out


def understand(question: str, directory: Directory, today: date, prefer=None, known=None) -> Intent:
    """The question; when it comes after sentences of context, the part that asks, with the context's period
    and, for "dia"/"beliau", the context's people. ``known(word)``: whether the journal's entries use a word."""
    sentences = _sentences(question)
    first = next((i for i, x in enumerate(sentences) if re.search(F.ASKS, x.lower())), 0)
    if first == 0:  # no context before the question
        return _understand(question, directory, today, prefer, known)
    question_part = " ".join(sentences[first:])
    whole = _understand(question, directory, today, prefer, known)
    asked = _understand(question_part, directory, today, prefer, known)
    if asked.kind is None or asked.who == "implicit":  # the context says whom (or the question is one sentence)
        return whole
    if not asked.periods:
        asked.periods = whole.periods
    return asked


def _understand(question: str, directory: Directory, today: date, prefer=None, known=None) -> Intent:  # noqa: C901
    caps = {w.lower() for w in re.findall(r"[A-Za-zÀ-ÿ']+", question) if w[:1].isupper()}
    low = normalize(question, protect=directory.name_tokens(), known=known)
    codes = [(m.start(), m.end()) for m in re.finditer(F.RHK + "|" + F.CODE, low)]  # "RHK 3 bulan Oktober" is not the 3rd
    found = period_mentions(P.mask(low, codes, "#"), today)
    masked = P.mask(low, [(m.start, m.end) for m in found])
    named_reviewers: list[set[str]] = []
    excluded: list[str] = []
    who, parts, ambiguous, self_too = P.subject_of(low, masked, directory, caps, prefer, named_reviewers, excluded)
    reviewer, _ = directory.pick(named_reviewers[:1], prefer)
    people_masked = P.mask(low, [(m.start, m.end) for m in found], "_")
    people_masked = P.mask(people_masked, [(m.start(), m.end()) for m in re.finditer(r"\b\d{18}\b", masked)], "_")
    people_masked = P.mask(people_masked, [(p.start, p.end) for p in directory.position_mentions(people_masked)], "_")
    for u in directory.unit_mentions(people_masked):
        people_masked = P.mask(people_masked, [(u.start, u.end)], "_")
    for m in directory.mentions(people_masked, caps):
        people_masked = P.mask(people_masked, [(m.start, m.end)], "_")
    for pattern in (F.ALL, F.TEAM, F.DIRECT, F.WITH_SELF):
        people_masked = P.mask(people_masked, [(m.start(), m.end()) for m in re.finditer(pattern, people_masked)], "_")
    periods = _union([m.period for m in found], low)
    many = who in ("team", "direct", "all", "scope", "others", "implicit", "visible") or len(parts) > 1 or any(
        p.startswith(("unit:", "tim:")) for p in parts)

    rhk_m = re.search(F.RHK, low) or re.search(F.RHK_WORD, low)
    rhk = (f"RHK-{rhk_m.group(1) if rhk_m.group(1).isdigit() else F.ORDINALS[rhk_m.group(1)]}") if rhk_m else None
    value = next((v for w, v in F.VALUE_WORDS if re.search(rf"\b{w}\b", low)), None)
    process = None
    pm = re.search(F.PROCESS, people_masked)
    if pm and re.search(r"[a-z]{3,}", pm.group(1)) and set(re.findall(r"[a-z]+", pm.group(1))) - F.NOT_A_NAME:
        process = pm.group(1).strip(" .,!_")
    process_code = re.search(F.PROCESS_CODE, low)
    pokin = re.search(F.POKIN_CODE, low)
    if process_code:  # "probis pembangunan modul mitra (PB-1.3.1)": the code says it exactly
        process = process_code.group(0).upper()
    topic = None if process or pokin else P.topic_of(people_masked, known)
    if topic and (value and topic.lower() in value.lower()):
        topic = None
    evidence = False if re.search(F.EVIDENCE_NO, low) else True if re.search(F.EVIDENCE_YES, low) else None
    status = ("returned" if re.search(F.STATUS_RETURNED, low) else "submitted" if re.search(F.STATUS_SUBMITTED, low)
              else "approved" if re.search(F.STATUS_APPROVED, low) else None)
    extreme = "min" if re.search(F.ORDER_MIN, low) else "max" if re.search(F.RANK, low) else None
    most, least = re.search(F.ORDER_MAX, low), re.search(F.ORDER_MIN, low)
    if most and least:  # "dari yang terbanyak ke paling sedikit": the order starts where it is said first
        extreme = "max" if most.start() < least.start() else "min"
    top_n = re.search(F.TOP_N, low)
    n = P.number((top_n.group(1) or top_n.group(2)) if top_n else None)
    avg = re.search(F.AVG, low)
    by = None
    for group_m in re.finditer(F.GROUP, masked):  # "masing2 minggu lalu": a period, not "per week"
        word = re.sub(r"-?nya$", "", re.sub(r"\s+", " ", group_m.group(1)))
        key = "nilai_utama" if re.search(r"\b(?:utama|dominan|pertama|primer)\b", word) else \
            "nilai" if word.startswith("nilai") else GROUP_KEYS.get(word)
        if avg and (key == "hari" or key == "pegawai" and not re.search(F.PER_DAY + "|" + F.PER_WORKDAY, low)):
            continue  # "rata-rata per hari / per orang" is a measure; "rata-rata per hari tiap orang": per person
        by = key
        break
    if by is None and re.search(F.PER_PERSON, low) and not (
            avg and re.search(F.PER_HEAD, low) and not re.search(F.PER_DAY + "|" + F.PER_WORKDAY, low)):
        by = "pegawai"
    subject_group = re.search(F.GROUP_AS_SUBJECT, people_masked) or re.search(F.RANK_OF, people_masked)
    statuses = [x for x in (F.STATUS_APPROVED, F.STATUS_RETURNED, F.STATUS_SUBMITTED) if re.search(x, low)]
    if by is None and (len(statuses) >= 2 or not statuses and re.search(F.STATUS_BREAKDOWN, low)):
        by, status = "status", None  # "brp yg approved/submitted/returned": each status
    if extreme is None and re.search(F.TOP_FROM_HIGH, low):
        extreme = "max"
    asks_who = bool(re.search(r"\bsiapa\b|" + F.WHO_LIST, low)) or who in ("team", "direct", "scope", "others", "all",
                                                                            "visible") or (
        who == "people" and any(p.startswith(("unit:", "tim:")) for p in parts))
    limit = P.limit_of(low, many) if asks_who else None
    streak = re.search(F.STREAK, low)
    hours_words = re.search(F.HOURS, low)
    if by is None and subject_group and extreme is None and (hours_words or re.search(F.COUNT, low)) and \
            subject_group.group(1) != "nilai" and not re.search(r"\bsiapa\b", low):
        by = GROUP_KEYS.get(re.sub(r"\s+", " ", subject_group.group(1)))  # "jamnya kebagi ke RHK mana aja"

    kind, queue = None, None
    explicit = who == "people"
    if re.search(F.PREDIKAT, low):
        kind = "predikat"
    elif reviewer and not self_too and not explicit and re.search(F.PENDING + r"|\bapproval\b", low):
        kind, queue = "queue", "perlu_saya_tinjau"  # "antrean approval pak X": what waits for X
    elif re.search(F.QUEUE_I_RETURNED, low):
        kind, queue = "queue", "saya_kembalikan"
    elif re.search(F.QUEUE_MINE, low):
        kind, queue = "queue", "perlu_saya_tinjau"
    elif re.search(F.QUEUE_I_APPROVED, low):
        kind, queue = "queue", "saya_setujui"
    elif who in ("self", "implicit") and re.search(F.QUEUE_RETURNED_TO_ME, low) or (
            who == "self" and status == "returned" and not hours_words and not periods):
        kind, queue = "queue", "dikembalikan_ke_saya"
    elif who == "self" and not hours_words and not periods and (
            status == "submitted" or re.search(F.PENDING, low)):
        kind, queue = "queue", "saya_menunggu"
    elif re.search(r"\bsiapa\b", low) and len(parts) >= 2 and re.search(
            r"\b(?:lebih|paling)\s+(?:banyak|sedikit|rajin|tinggi|rendah|lama)\b", low):
        kind = "top"  # "Wahyu sama Dimas siapa yang lebih banyak jamnya"
        extreme = "min" if re.search(r"\b(?:sedikit|rendah)\b", low) else "max"
    elif re.search(F.COMPARE, low) and (len(periods) >= 2 or len(parts) >= 2 or
                                        (periods and re.search(r"\b(naik|turun)\b", low))):
        kind = "compare"
    elif re.search(F.SHORTFALL, low) and not re.search(r"\bsiapa\b", low):
        kind = "hours"  # "kurang berapa jam lagi dari standar": a figure
    elif limit:
        kind = "limit"
    elif re.search(F.BELOW, low) and not re.search(r"\bberapa\s+persen\b", low):
        kind = "below"
    elif re.search(F.ABOVE, low) and not re.search(r"\bberapa\s+persen\b", low):
        kind = "above"
    elif (re.search(F.MISSING, low) or re.search(F.FILLED_YET, low)) and not re.search(F.DAYS_FILLED, low):
        kind = "missing"
    elif re.search(F.FILLED, low) and not re.search(F.DAYS_FILLED, low) and (
            re.search(r"\bsiapa\b", low) or explicit or re.search(F.PEOPLE_COUNT, low)) and not (
            re.search(F.COUNT, low) or (hours_words and not re.search(r"\bsiapa\b", low))):
        kind = "filled"
    elif re.search(F.PENDING, low) and not hours_words and status != "returned":
        kind = "pending"
    elif re.search(F.RHK_PROGRESS, low):
        kind = "rhk"
    elif re.search(F.VALUES, low) and not re.search(F.COUNT, low) and not re.search(F.LIST, low) \
            and not hours_words and not by:
        kind = "values"
    elif re.search(F.LATEST, low) and not re.search(r"\b(?:siapa|berapa)\b", low) and not periods:
        kind, extreme, n = "activities", "latest", n or 1
    elif re.search(F.LONGEST, low) and re.search(r"\b(?:kegiatan|entri|aktivitas|pekerjaan|kerjaan)\b", low) \
            and not re.search(r"\bsiapa\b", low):
        kind, extreme = "activities", "longest"  # n stays as asked: without one, every entry tied for longest
    elif re.search(F.SHORTEST, low) and re.search(r"\b(?:kegiatan|entri|aktivitas|pekerjaan|kerjaan)\b", low) \
            and not re.search(r"\bsiapa\b", low):
        kind, extreme = "activities", "shortest"
    elif extreme and (re.search(r"\bsiapa\b", low) or subject_group or top_n or
                      re.search(r"\b(?:ranking|rangking|peringkat|urutan|urutkan|diurutkan|top)\b", low)):
        kind = "top"
        if subject_group:
            by = GROUP_KEYS.get(re.sub(r"\s+", " ", subject_group.group(1)), by)
    elif by:
        kind = "groups"
    elif re.search(r"\bada\s+yang\b", low) and topic and not re.search(r"\bberapa\b", low):
        kind = "activities"
    elif re.search(r"\bsiapa\b", low) and (topic or status or evidence is not None or rhk or process) and \
            not re.search(r"\bberapa\b", low):
        kind = "activities"  # "siapa yang ngerjain validasi": the people of those entries
    elif re.search(F.LIST, low) and not re.search(r"\bberapa\b", low):
        kind = "activities"
    elif re.search(F.COUNT, low):
        kind = "count"
    elif hours_words or re.search(F.AVG + "|" + F.PERCENT + "|" + F.DAYS_FILLED, low):
        kind = "hours"
    elif re.search(F.LIST + r"|\b(?:aktivitas|kegiatan|entri|pekerjaan|kerjaan)\b", low) and not re.search(
            r"\bberapa\b", low):
        kind = "activities"
    elif topic and not re.search(r"\b(?:berapa|total|jumlah|rata-rata|persen)\b", low):
        kind = "activities"  # "tiket helpdesk yang diselesaikan Andi kemarin": those entries
    elif explicit or ((periods or topic or status) and re.search(F.PERFORMANCE, low)):
        kind = "hours"
    if kind == "values" and re.search(r"\bberapa\s+kali\b", low):
        kind = "count"

    measure = P.measure_of(low, many, kind)
    if kind == "compare" and measure == "persen_standar" and re.search(F.CHANGE_PCT, low):
        measure = "jam"  # "naik berapa persen": the change of the hours, both shown
    if kind in ("missing", "filled", "below", "above") and measure in ("hari_terisi", "hari_kosong"):
        measure = None
    if kind == "count" or (by in ("nilai", "nilai_utama") and measure is None):
        measure = "entri" if measure in (None, "jam") else measure
    if kind == "hours" and measure == "jam":
        measure = None
    if kind == "queue" and who == "self":
        who = "implicit"
    if status and kind in ("pending", "queue"):
        status = None
    if kind in ("queue",):
        topic = None
    if who == "implicit" and (by == "unit" or (topic and kind in ("hours", "count", "measure"))):
        who = "visible"  # a topic asked about without anyone named: everyone the asker may see
    if who == "implicit" and (kind in ("missing", "filled", "below", "above", "top", "groups", "limit") and
                              by in (None, "pegawai") or kind == "activities" and re.search(r"\bsiapa\b", low)):
        who = "scope"
    if kind == "top" and by in (None, "pegawai") and who == "self":
        who = "scope"
    return Intent(kind, who, [p for p in parts if p.isdigit()], ambiguous, periods,
                  rhk, value, extreme, process, topic, status, evidence, measure,
                  by, n, queue, parts, self_too, limit, P.number(streak.group(1)) if streak and kind == "missing" else None,
                  reviewer[0] if reviewer and kind == "queue" and queue == "perlu_saya_tinjau" else None,
                  pokin.group(0).upper() if pokin else None, excluded)
