"""Deterministic understanding of questions -> one tool call.

Reads, from the normalised question (``agent.tanya.words``): the period(s)
(``agent.tanya.periods``), who is asked about (names, NIPs, "saya", "tim saya",
"bawahan langsung", a team by name, "tim bu Rina", "seluruh kantor", or nobody:
then the asker's scope for "who" questions, the asker for the rest), what is
measured (hours, entries, days filled or empty, averages, share of the standard),
how it is grouped or ranked, the filters (topic, RHK, process, value, status,
evidence) and the asker's own review queues. It never decides what the asker
may see: it only chooses the tool and its arguments; the tool applies the scope.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from agent.tanya import forms as F
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


def _mask(text: str, spans, ch: str = " ") -> str:
    chars = list(text)
    for a, b in spans:
        for i in range(a, b):
            chars[i] = ch
    return "".join(chars)


def _subject(low: str, masked: str, directory: Directory, caps: set[str], prefer,  # noqa: C901
             reviewers: list | None = None, excluded: list | None = None) -> tuple[str, list, list, bool]:
    """(who, parts, ambiguous, self_too) from the question; the reviewers named ("approval pak X") are added to
    ``reviewers``."""
    positions = directory.position_mentions(masked)  # "bendahara", "kabag umum", "ketua tim infra"
    masked = _mask(masked, [(p.start, p.end) for p in positions])
    units = directory.unit_mentions(masked)
    masked_people = _mask(masked, [(u.start, u.end) for u in units])
    found = sorted(directory.mentions(masked_people, caps) + positions, key=lambda m: m.start)
    boss = re.search(F.BOSS, low)
    if boss:  # "atasan saya": whoever the asker reports to (the tools check the scope)
        return "people", ["atasan saya"], [], False
    parts: list[str] = []
    groups = []
    for m in found:
        if m.every:  # "para ketua tim"
            parts += sorted(m.nips)
            continue
        if re.match(F.THEIR_TEAM, masked_people[m.end:]):  # "bu Dewi ke bawahannya": her team
            nips, amb = directory.pick([m.nips], prefer)
            if nips and not amb:
                parts.append(f"tim:{nips[0]}")
                continue
        if re.search(F.EXCEPT, masked_people[:m.start]):
            nips, amb = directory.pick([m.nips], prefer)
            if excluded is not None:
                excluded += nips
            continue  # "tim saya selain Kristian"
        if re.search(F.REVIEWER, masked_people[:m.start]):
            if reviewers is not None:
                reviewers.append(m.nips)
            continue  # the reviewer of the entries asked about
        if re.search(F.TEAM_OF, masked_people[:m.start]):
            nips, amb = directory.pick([m.nips], prefer)
            if nips and not amb:
                parts.append(f"tim:{nips[0]}")
                continue
        groups.append(m.nips)
    nips, ambiguous = directory.pick(groups, prefer)
    if nips and units and all(directory.unit_of.get(n) == units[0].unit.id for n in nips):
        units = []  # "mas Kristian (tim infra)": the team only describes the person
    parts = nips + parts + [f"unit:{u.unit.name}" for u in units]
    if excluded is not None and re.search(F.EXCEPT + r"(?:diri\s+)?saya\b", low):
        excluded.append("saya")
        low = re.sub(F.EXCEPT + r"(?:diri\s+)?saya\b", " ", low)
    plain = re.sub(F.SELF_NOT, " ", low)
    self_too = bool(re.search(F.SELF, plain))
    if parts or ambiguous:
        if self_too and re.search(r"\bsaya\s+(?:dan|dengan|sama|vs|dibanding)\b|\b(?:dan|dengan|sama)\s+saya\b", low):
            parts = ["saya"] + parts
        return "people", parts, ambiguous, self_too
    if re.search(F.SELF_AND_TEAM, low):
        return "people", ["saya", "tim saya"], [], True
    if re.search(F.UNIT_MATES, low):
        return "people", ["rekan unit saya"], [], False
    if re.search(F.OWN_UNIT, low):
        return "people", ["unit saya"], [], True
    if re.search(F.ALL, low) and not re.search(F.TEAM, low):
        return "all", [], [], self_too
    if re.search(F.INJECTION, low) and re.search(r"\b(?:semua|seluruh)\b", low):
        return "all", [], [], self_too
    if re.search(F.OTHERS, low):
        return "others", [], [], False
    if re.search(F.WITH_SELF, low):
        return "visible", [], [], True
    if re.search(F.DIRECT, low):
        return "direct", [], [], self_too
    if re.search(F.TEAM, low):
        return "team", [], [], self_too
    if self_too:
        return "self", [], [], True
    if re.search(r"\b(?:pegawai|karyawan|staf|para\s+pegawai)\b", low):
        return "scope", [], [], False  # "rata-rata jam pegawai": the people the asker oversees
    return "implicit", [], [], False


def _stem(word: str) -> str:
    """'SPJ-nya' -> 'spj', 'lampirannya' -> 'lampiran'; 'punya' stays."""
    if word.endswith("-nya"):
        return word[:-4]
    return word[:-3] if word.endswith("nya") and len(word) >= 7 else word


def _topic(masked: str, known=None) -> str | None:
    """The topic phrase: after a marker ("soal", "terkait" ...), or right after "kegiatan"/"jam" when the
    journal's own words (``known``) contain it."""
    for pattern in (F.TOPIC, F.TOPIC_AFTER_NOUN, F.TOPIC_AFTER_WHO, F.TOPIC_VERB, F.TOPIC_BEFORE):
        for m in re.finditer(pattern, masked):
            raw = [_stem(w) for w in m.group(1).replace("/", " / ").split()
                   if w in ("/", "atau") or w not in F.TOPIC_STOP]
            words = [w for w in raw
                     if w in ("/", "atau") or (w not in F.TOPIC_STOP and re.fullmatch(r"[a-z][a-z0-9\-]*", w))]
            if pattern is not F.TOPIC and known is not None and not all(
                    w in ("/", "atau") or known(w) for w in words):
                continue
            while words and words[0] in ("/", "atau"):
                words.pop(0)
            while words and words[-1] in ("/", "atau"):
                words.pop()
            if words and not any(re.fullmatch(r"rhk|nilai|\d+", w) for w in words):
                return " ".join(words)
    return None


def _number(text: str | None) -> int | None:
    if not text:
        return None
    return int(text) if text.isdigit() else F.NUMBER_WORDS.get(text)


def _measure(low: str, many: bool, kind: str | None) -> str | None:  # noqa: C901 - one line per measure
    if re.search(F.PER_ENTRY, low):  # "rata-rata durasi per kegiatan", "berapa menit per entri"
        return "menit_per_entri" if re.search(r"\bmenit\b", low) else "jam_per_entri"
    if re.search(F.SHORTFALL, low):  # "kurang berapa jam lagi dari standar"
        return "selisih_standar"
    if re.search(F.PERCENT, low) and re.search(r"\bhari\b", low) and not re.search(r"\bjam\b", low):
        return "persen_hari"  # "berapa persen hari kerja yang saya isi"
    if re.search(F.PERCENT, low):
        if not re.search(r"\bstandar\b", low) and (re.search(F.STATUS_APPROVED + "|" + F.STATUS_RETURNED + "|" +
                                                              F.STATUS_SUBMITTED, low) or re.search(
                F.EVIDENCE_YES + "|" + F.EVIDENCE_NO, low)):
            return "persen_entri"  # "berapa persen entri yang sudah disetujui"
        return "persen_standar"
    if re.search(F.AVG, low) and re.search(r"\b(?:entri|kegiatan|aktivitas|catatan)\b", low) and \
            not re.search(r"\bjam\b", low) and re.search(F.PER_WORKDAY + "|" + F.PER_DAY, low):
        return "rata_entri_hari_kerja" if re.search(F.PER_WORKDAY, low) else "rata_entri_hari_terisi"
    if re.search(F.AVG, low):
        if re.search(F.PER_WORKDAY, low):
            return "rata_hari_kerja"
        if re.search(F.PER_DAY, low):
            return "rata_hari_terisi"
        if re.search(F.PER_HEAD, low) or many:
            return "rata_entri_per_orang" if re.search(r"\b(?:entri|kegiatan|aktivitas)\b", low) and not \
                re.search(r"\bjam\b", low) else "rata_per_orang"
        return "rata_hari_terisi"
    if re.search(F.DAYS_FILLED, low):
        return "hari_kosong" if re.search(F.DAYS_EMPTY, low) else "hari_terisi"
    if re.search(r"\bjam\b", low):
        return "jam"
    if re.search(r"\bmenit\b", low):
        return "menit"
    if re.search(F.COUNT, low) or re.search(r"\b(?:entri|kegiatan|aktivitas|kali|catatan|sering|rajin|aktif)\b", low):
        return "entri"
    return None


FRACTIONS = {"separuh": 0.5, "setengah": 0.5, "seperempat": 0.25, "tiga perempat": 0.75}


def _limit(low: str, many: bool) -> tuple[str, float, str] | None:
    """A limit on a person's figure: ("persen_standar", 50, "bawah") for "kurang dari separuh standar"."""
    m = re.search(F.LIMIT, low)
    if not m:
        return None
    raw, unit = m.group(2), m.group(3)
    side = "bawah" if re.match(r"kurang|di\s*bawah|tidak|belum|maksimal|<|≤", m.group(1)) else "atas"
    rest = low[m.end():m.end() + 25]
    if raw in FRACTIONS or re.sub(r"\s+", " ", raw) in FRACTIONS:
        number = FRACTIONS[re.sub(r"\s+", " ", raw)] * 100
        return ("persen_standar", number, side) if "standar" in rest + low[:m.start()] else None
    number = float(raw.replace(",", "."))
    if unit in ("persen", "%") or (not unit and "standar" in rest):
        return "persen_standar", number, side
    if unit == "hari":
        return ("hari_kosong" if re.search(r"\b(?:tidak|belum|kosong|bolong)\b", low) else "hari_terisi"), number, side
    if unit in ("entri", "kegiatan"):
        return "entri", number, side
    measure = _measure(low[:m.start()] + " " + low[m.end():], many, None)
    if measure in (None, "entri") and unit == "jam":
        measure = "jam"
    return (measure or "jam"), number, side


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
    if all((b.start - a.end).days <= 1 for a, b in zip(ordered, ordered[1:])):
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
    found = period_mentions(_mask(low, codes, "#"), today)
    masked = _mask(low, [(m.start, m.end) for m in found])
    named_reviewers: list[set[str]] = []
    excluded: list[str] = []
    who, parts, ambiguous, self_too = _subject(low, masked, directory, caps, prefer, named_reviewers, excluded)
    reviewer, _ = directory.pick(named_reviewers[:1], prefer)
    people_masked = _mask(low, [(m.start, m.end) for m in found], "_")
    people_masked = _mask(people_masked, [(m.start(), m.end()) for m in re.finditer(r"\b\d{18}\b", masked)], "_")
    people_masked = _mask(people_masked, [(p.start, p.end) for p in directory.position_mentions(people_masked)], "_")
    for u in directory.unit_mentions(people_masked):
        people_masked = _mask(people_masked, [(u.start, u.end)], "_")
    for m in directory.mentions(people_masked, caps):
        people_masked = _mask(people_masked, [(m.start, m.end)], "_")
    for pattern in (F.ALL, F.TEAM, F.DIRECT, F.WITH_SELF):
        people_masked = _mask(people_masked, [(m.start(), m.end()) for m in re.finditer(pattern, people_masked)], "_")
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
    topic = None if process or pokin else _topic(people_masked, known)
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
    n = _number((top_n.group(1) or top_n.group(2)) if top_n else None)
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
    limit = _limit(low, many) if asks_who else None
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

    measure = _measure(low, many, kind)
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
                  by, n, queue, parts, self_too, limit, _number(streak.group(1)) if streak and kind == "missing" else None,
                  reviewer[0] if reviewer and kind == "queue" and queue == "perlu_saya_tinjau" else None,
                  pokin.group(0).upper() if pokin else None, excluded)
