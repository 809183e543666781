"""Find staff and teams mentioned in a question: NIPs, full names, first names
(with "bu", "pak", "mas" ...), typos, and units ("tim infra", "Bagian Umum").

Names are matched against everyone in the asker's agency (not only the
asker's scope), so that naming someone outside the scope reaches the scope
check and is refused there, instead of looking like an unknown name.
"""
from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field

from agent.tanya.words import _one_edit

_TITLE = re.compile(r"^(dr|drs|dra|ir|prof|h|hj)\.?$", re.I)
HONORIFICS = frozenset(["bu", "ibu", "pak", "bapak", "mas", "mbak", "mba", "bang", "kak", "dik", "dek", "adik", "om", "tante", "bro", "sis", "saudara", "saudari"])
STOPWORDS = frozenset(["saya", "aku", "kami", "kita", "tim", "timku", "bawahan", "anggota", "semua", "seluruh", "pegawai", "staf", "orang", "siapa", "berapa", "apa", "saja", "yang", "dan", "atau", "di", "ke", "dari", "untuk", "pada", "dengan", "oleh", "dalam", "bulan", "minggu", "pekan", "hari", "ini", "lalu", "kemarin", "tahun", "tanggal", "jam", "kerja", "nilai", "berakhlak", "aktivitas", "kegiatan", "entri", "jurnal", "proses", "probis", "rhk", "paling", "jarang", "sering", "banyak", "sedikit", "muncul", "mendukung", "bandingkan", "dibandingkan", "belum", "sudah", "mengisi", "isi", "tidak", "standar", "bawah", "atas", "total", "jumlah", "lama", "tampilkan", "daftar", "abaikan", "batasan", "predikat", "usulan", "menunggu", "persetujuan", "disetujui", "tinjau", "ditinjau", "progres", "capaian", "berorientasi", "pelayanan", "akuntabel", "kompeten", "harmonis", "loyal", "adaptif", "kolaboratif", "januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober", "november", "desember", "senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "triwulan", "semester", "rata", "sampai", "sejak", "mulai", "antara", "setiap", "tiap", "masing", "terakhir", "pertama", "kedua", "ketiga", "keempat", "kelima", "lebih", "kurang", "dibanding", "perbandingan", "persen", "rekap", "ringkasan", "kinerja", "laporan", "catatan", "status", "bukti", "lampiran", "dikembalikan", "diajukan", "ditolak", "revisi", "tolong", "coba", "mohon", "dong", "sih", "nih", "kah", "juga", "masih", "perlu", "harus", "bisa", "boleh", "mau", "ingin", "lihat", "cek", "tunjukkan", "kasih", "minta", "cari", "mana", "kapan", "berapakah", "siapakah", "selama", "sekarang", "tanpa", "punya", "milik", "sendiri", "saja", "aja", "kira", "terus", "sama", "beda", "unit", "bagian", "direktorat", "instansi", "kantor", "satker", "bidang", "divisi", "sub", "subbag", "seksi", "rajin", "produktif", "malas", "aktif", "terbanyak"])
# name tokens that are also ordinary words: a person only with a title ("pak Teguh") or written capitalised
COMMON_WORDS = frozenset(["bagus", "teguh", "putri", "sari", "eka", "adi", "dwi", "arya", "melati", "lestari", "kartika", "nurul", "dimas", "wahyu"])
UNIT_WORDS = r"(?:tim|bagian|unit|bidang|divisi|subbag|seksi|kelompok)"
# "anak2 umum", "orang infra", "pegawai integrasi": the people of a team named by its own word
UNIT_PEOPLE = r"(?:anak-anak|orang-orang|teman-teman|kawan-kawan|rekan-rekan|orang|pegawai|staf|anggota)"
UNIT_GENERIC = frozenset(["tim", "bagian", "unit", "bidang", "divisi", "subbag", "seksi", "kelompok", "dan", "direktorat", "ti"])
UNIT_ALIASES = {"dev": "pengembangan", "developer": "pengembangan", "apps": "aplikasi", "app": "aplikasi",
                "helpdesk": "layanan", "support": "dukungan", "infra": "infrastruktur", "jaringan": "infrastruktur",
                "keuangan": "umum", "tu": "umum", "tata": "umum", "data": "integrasi"}
# the word before a name-like ordinary word that makes it a name ("jam bagus", "entri wahyu", "punya melati")
NAME_SLOT = frozenset(["jam", "entri", "kegiatan", "aktivitas", "kerjaan", "pekerjaan", "catatan", "jurnal", "punya", "milik", "si", "antara", "bandingkan", "bandingin", "banding", "dibanding", "dibandingkan", "vs", "versus", "terakhir", "kapan", "selain", "kecuali", "minus", "dari", "daripada", "ketimbang"])
JOINS = frozenset(["dan", "sama", "atau", "dengan", "serta", "vs", "versus", "dibanding"])


# positions people are called by ("bendahara", "kabag umum", "ketua tim infra", "pak dir"): -> words of a jabatan
POSITIONS = {"direktur": "direktur", "dir": "direktur", "kabag": "kepala bagian", "kasubbag": "kepala subbagian",
             "kasubag": "kepala subbagian", "katim": "ketua tim", "kepala": "kepala", "ketua": "ketua",
             "koordinator": "koordinator", "bendahara": "bendahara", "sekretaris": "sekretaris", "kasi": "kepala seksi",
             "kabid": "kepala bidang", "ppk": "pembuat komitmen"}
_POSITION = re.compile(r"(?<!per )(?<!tiap )\b(" + "|".join(POSITIONS) + r")\b((?:\s+[a-z]+){0,3})")
_EVERY = re.compile(r"\b(?:para|semua|seluruh|setiap|tiap|masing-masing)\s+$")
LEADS = ("kepala", "ketua", "koordinator")


@dataclass(frozen=True)
class Person:
    nip: str
    name: str


@dataclass(frozen=True)
class UnitInfo:
    id: int
    name: str
    words: frozenset[str]


@dataclass
class Mention:
    """A person (or several, when a name is shared) mentioned at ``start:end``."""
    nips: set[str]
    start: int
    end: int
    titled: bool = False
    every: bool = False  # "para ketua tim": all of them, not a choice between them


@dataclass
class UnitMention:
    unit: UnitInfo
    start: int
    end: int


def clean_name(name: str) -> str:
    """'Dr. Hendra Wiratmaja, M.Sc.' -> 'Hendra Wiratmaja'."""
    head = name.split(",")[0]
    return " ".join(t for t in head.split() if not _TITLE.match(t))


def first_name(name: str) -> str:
    """The first word of a cleaned name (titles removed), as answers and checks address people."""
    parts = clean_name(name).split()
    return parts[0] if parts else name


def _tokens(text: str) -> list[tuple[str, int, int, bool]]:
    """(lower token, start, end, capitalised in the original)."""
    return [(m.group(0).lower(), m.start(), m.end(), m.group(0)[:1].isupper())
            for m in re.finditer(r"[A-Za-zÀ-ÿ']+|\d{18}", text)]


@dataclass
class Directory:
    """Everyone of one agency, indexed by name token; and its units."""
    people_rows: list[tuple[str, str]]
    unit_rows: list[tuple[int, str]] = field(default_factory=list)
    unit_of: dict[str, int] = field(default_factory=dict)  # nip -> unit id
    jabatan: dict[str, str] = field(default_factory=dict)  # nip -> position
    supervisor: dict[str, str | None] = field(default_factory=dict)  # nip -> supervisor's nip

    def __post_init__(self):
        self.people = {nip: Person(nip, name) for nip, name in self.people_rows}
        self.by_token: dict[str, set[str]] = {}
        for nip, name in self.people_rows:
            for tok in re.findall(r"[a-zà-ÿ']+", clean_name(name).lower()):
                if len(tok) >= 2:
                    self.by_token.setdefault(tok, set()).add(nip)
        self._vocab = sorted(self.by_token)
        self._firsts: dict[str, set[str]] = {}
        for nip, name in self.people_rows:
            self._firsts.setdefault(first_name(name).lower(), set()).add(nip)
        self.units = [UnitInfo(i, n, frozenset(w for w in re.findall(r"[a-z]+", n.lower()) if w not in UNIT_GENERIC))
                      for i, n in self.unit_rows]

    def name_tokens(self) -> frozenset[str]:
        return frozenset(self.by_token)

    def _candidates(self, tok: str) -> set[str]:
        """Exact name tokens; a typo (same first letter, one slip); a nickname that starts a first name."""
        if tok in self.by_token:
            return self.by_token[tok]
        if len(tok) < 4 or tok in STOPWORDS:
            return set()
        close = [c for c in difflib.get_close_matches(tok, self._vocab, n=3, cutoff=0.84) if c[0] == tok[0]]
        if close:
            return self.by_token[close[0]]
        slips = {n for c in self._vocab if len(c) >= 4 and c[0] == tok[0] and _one_edit(tok, c) for n in self.by_token[c]}
        if slips:  # "galhi": two letters swapped
            return slips
        nick = {n for f, nips in self._firsts.items() if f.startswith(tok) and len(f) > len(tok) for n in nips}
        return nick if 0 < len(nick) <= 2 else set()

    def mentions(self, text: str, caps: set[str] | None = None) -> list[Mention]:
        """One mention per person named, in text order (a shared first name gives several NIPs).

        ``caps``: the words written capitalised in the original question, when ``text`` is lower case.
        """
        out: list[Mention] = []
        prev_hit, prev_title = False, False
        tokens = _tokens(text)
        for i, (tok, a, b, cap) in enumerate(tokens):
            cap = cap or (caps is not None and tok in caps)
            if tok.isdigit():
                if tok in self.people:
                    out.append(Mention({tok}, a, b))
                prev_hit = prev_title = False
                continue
            if tok in HONORIFICS:
                prev_title, prev_hit = True, False
                continue
            if tok in STOPWORDS and not prev_title:
                prev_hit = prev_title = False
                continue
            cand = self._candidates(tok) if tok not in STOPWORDS else self.by_token.get(tok, set())
            if cand and tok in COMMON_WORDS and not (prev_title or cap or prev_hit or self._slot(tokens, i, out)):
                cand = set()
            if not cand:
                prev_hit = prev_title = False
                continue
            if prev_hit and out and (out[-1].nips & cand):
                out[-1].nips &= cand  # "Budi Santoso": narrow the same mention
                out[-1].end = b
            else:
                out.append(Mention(set(cand), a, b, prev_title))
            prev_hit, prev_title = True, False
        merged: list[Mention] = []
        for m in out:
            same = next((x for x in merged if x.nips == m.nips), None)
            if same is None:
                merged.append(m)
        return merged

    def _slot(self, tokens, i: int, found: list[Mention]) -> bool:
        """A name-like ordinary word stands where a name goes: first, after "jam"/"entri"/"punya", or joined
        to a name by "dan"/"sama"/"vs" ("kristian vs bagus", "bagus sama kristian")."""
        before = tokens[i - 1][0] if i else ""
        if before in NAME_SLOT or i == 0:  # ... or the question starts with it ("melati lebih rajin dari ...")
            return True
        if before in JOINS and i > 1 and found and found[-1].end == tokens[i - 2][2]:
            return True
        if i + 2 < len(tokens) and tokens[i + 1][0] in JOINS:
            nxt = tokens[i + 2][0]
            return nxt in self.by_token and nxt not in COMMON_WORDS
        return False

    def position_mentions(self, text: str) -> list[Mention]:
        """People called by their position: "bendahara", "kabag umum", "ketua tim infra" (the lead of a team
        whose position does not say so), "pak dir"."""
        out = []
        for m in _POSITION.finditer(text.lower()):
            role, rest = POSITIONS[m[1]].split(), m[2].split()
            skip = 0
            if role[0] in LEADS and len(role) == 1 and rest and rest[0] in ("tim", "bagian", "unit", "bidang", "seksi"):
                role, rest, skip = role + rest[:1], rest[1:], 1  # "ketua tim layanan": the role, then the team
            found = [n for n, j in self.jabatan.items() if all(w in j.lower().split() or w in j.lower() for w in role)]
            for k in range(len(rest), 0, -1):
                narrowed = [n for n in found if all(self._describes(n, w) for w in rest[:k])]
                if narrowed:
                    found, used = narrowed, k
                    break
            else:
                used = 0
                for k in range(min(3, len(rest)), 0, -1) if role[0] in LEADS else ():
                    unit = self._unit_for(rest[:k])
                    lead = self._lead(unit.id) if unit else None
                    if lead:
                        found, used = [lead], k
                        break
            every = bool(_EVERY.search(text.lower()[:m.start()]))
            if len(found) == 1 or (every and found):
                words = m[2].split()[:skip + used]
                end = m.start(2) + len(" ".join(words)) + (1 if words else 0)
                out.append(Mention(set(found), m.start(), end if words else m.end(1), True, every))
        return out

    def _describes(self, nip: str, word: str) -> bool:
        """A word of the person's position or of their team's name ("umum", "infra")."""
        if word in re.findall(r"[a-z]+", self.jabatan.get(nip, "").lower()):
            return True
        word = UNIT_ALIASES.get(word, word)
        unit = next((u for u in self.units if u.id == self.unit_of.get(nip)), None)
        return word not in UNIT_GENERIC and unit is not None and any(
            w == word or (len(word) >= 4 and w.startswith(word)) for w in unit.words)

    def _lead(self, unit_id: int) -> str | None:
        """The one member of a team whose supervisor is outside it."""
        members = [n for n, u in self.unit_of.items() if u == unit_id]
        tops = [n for n in members if self.unit_of.get(self.supervisor.get(n) or "") != unit_id]
        return tops[0] if len(tops) == 1 else None

    def find(self, text: str) -> list[set[str]]:
        """One candidate set per person mentioned, in text order."""
        return [m.nips for m in self.mentions(text)]

    def resolve(self, text: str, prefer: set[str] | frozenset[str] | None = None) -> tuple[list[str], list[list[str]]]:
        """``(nips, ambiguous)``: unique matches, and the name lists to ask about.

        With ``prefer`` (the asker's scope) a shared name resolves to the one
        person in scope, and only people in scope are offered as choices; when
        nobody in scope matches, all matches are returned so the scope check
        refuses without revealing who they are.
        """
        return self.pick(self.find(text), prefer)

    def pick(self, groups: list[set[str]], prefer=None) -> tuple[list[str], list[list[str]]]:
        nips, ambiguous = [], []
        for g in groups:
            if len(g) > 1 and prefer is not None:
                inside = g & set(prefer)
                if not inside:
                    nips += sorted(g)
                    continue
                g = inside
            if len(g) == 1:
                nips.append(next(iter(g)))
            else:
                ambiguous.append(sorted(self.people[n].name for n in g))
        return nips, ambiguous

    def unit_mentions(self, text: str) -> list[UnitMention]:
        """Teams named as "tim X" / "bagian X" / "unit X" (X a word of the unit's name, or a known alias)."""
        low = text.lower()
        out: list[UnitMention] = []
        for m in re.finditer(rf"\b(?:{UNIT_WORDS}|{UNIT_PEOPLE})\s+((?:(?!{UNIT_WORDS}\b)[a-z]+\s*){{1,3}})", low):
            words = m.group(1).split()
            best, used = None, 0
            for k in range(len(words), 0, -1):
                found = self._unit_for(words[:k])
                if found:
                    best, used = found, k
                    break
            if best:
                end = m.start(1) + len(" ".join(words[:used]))
                out.append(UnitMention(best, m.start(), end))
        return out

    def _unit_for(self, words: list[str]) -> UnitInfo | None:
        keys = [UNIT_ALIASES.get(w, w) for w in words if w not in UNIT_GENERIC and w not in ("saya", "kami")]
        if not keys:
            return None
        scored = []
        for u in self.units:
            hits = sum(1 for k in keys if any(w == k or (len(k) >= 4 and w.startswith(k)) or
                                              (len(k) >= 5 and _one_edit(k, w)) for w in u.words))
            if hits == len(keys):
                scored.append((hits, u))
        if len(scored) == 1:
            return scored[0][1]
        return None
