"""The parts of a question read by ``agent.tanya.understand``: who it is about (people, positions, teams,
queues' reviewers, people left out), its topic, its measure, and a limit on people's figures."""
from __future__ import annotations

import re

from agent.tanya import forms as F
from agent.tanya.names import Directory


def mask(text: str, spans, ch: str = " ") -> str:
    """Blank out the given character spans, so later patterns do not match parts already read."""
    chars = list(text)
    for a, b in spans:
        for i in range(a, b):
            chars[i] = ch
    return "".join(chars)


def subject_of(low: str, masked: str, directory: Directory, caps: set[str], prefer,  # noqa: C901
             reviewers: list | None = None, excluded: list | None = None) -> tuple[str, list, list, bool]:
    """(who, parts, ambiguous, self_too) from the question; the reviewers named ("approval pak X") are added to
    ``reviewers``."""
    positions = directory.position_mentions(masked)  # "bendahara", "kabag umum", "ketua tim infra"
    masked = mask(masked, [(p.start, p.end) for p in positions])
    units = directory.unit_mentions(masked)
    masked_people = mask(masked, [(u.start, u.end) for u in units])
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


def stem_of(word: str) -> str:
    """'SPJ-nya' -> 'spj', 'lampirannya' -> 'lampiran'; 'punya' stays."""
    if word.endswith("-nya"):
        return word[:-4]
    return word[:-3] if word.endswith("nya") and len(word) >= 7 else word


def topic_of(masked: str, known=None) -> str | None:
    """The topic phrase: after a marker ("soal", "terkait" ...), or right after "kegiatan"/"jam" when the
    journal's own words (``known``) contain it."""
    for pattern in (F.TOPIC, F.TOPIC_AFTER_NOUN, F.TOPIC_AFTER_WHO, F.TOPIC_VERB, F.TOPIC_BEFORE):
        for m in re.finditer(pattern, masked):
            raw = [stem_of(w) for w in m.group(1).replace("/", " / ").split()
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


def number(text: str | None) -> int | None:
    """A number written in digits or as an Indonesian word."""
    if not text:
        return None
    return int(text) if text.isdigit() else F.NUMBER_WORDS.get(text)


def measure_of(low: str, many: bool, kind: str | None) -> str | None:  # noqa: C901 - one line per measure
    """The measure a question asks for, from its wording; None leaves the default."""
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


def limit_of(low: str, many: bool) -> tuple[str, float, str] | None:
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
    measure = measure_of(low[:m.start()] + " " + low[m.end():], many, None)
    if measure in (None, "entri") and unit == "jam":
        measure = "jam"
    return (measure or "jam"), number, side
