"""Find staff mentioned in a question: NIPs, full names, first names, typos.

Names are matched against everyone in the asker's agency (not only the
asker's scope), so that naming someone outside the scope reaches the scope
check and is refused there, instead of looking like an unknown name.
"""
from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

_TITLE = re.compile(r"^(dr|drs|dra|ir|prof|h|hj)\.?$", re.I)
STOPWORDS = frozenset("""
saya aku kami kita tim timku bawahan anggota semua seluruh pegawai staf orang siapa berapa apa saja yang
dan atau di ke dari untuk pada dengan oleh dalam bulan minggu pekan hari ini lalu kemarin tahun tanggal jam
kerja nilai berakhlak aktivitas kegiatan entri jurnal proses probis rhk paling jarang sering banyak sedikit
muncul mendukung bandingkan dibandingkan belum sudah mengisi isi tidak standar bawah atas total jumlah lama
tampilkan daftar abaikan batasan predikat usulan menunggu persetujuan disetujui tinjau ditinjau progres capaian
berorientasi pelayanan akuntabel kompeten harmonis loyal adaptif kolaboratif
januari februari maret april mei juni juli agustus september oktober november desember
""".split())


@dataclass(frozen=True)
class Person:
    nip: str
    name: str


def clean_name(name: str) -> str:
    """'Dr. Hendra Wiratmaja, M.Sc.' -> 'Hendra Wiratmaja'."""
    head = name.split(",")[0]
    return " ".join(t for t in head.split() if not _TITLE.match(t))


def _tokens(text: str) -> list[str]:
    return re.findall(r"[a-zà-ÿ']+|\d{18}", text.lower())


class Directory:
    """Everyone of one agency, indexed by name token."""

    def __init__(self, people: list[tuple[str, str]]):
        self.people = {nip: Person(nip, name) for nip, name in people}
        self.by_token: dict[str, set[str]] = {}
        for nip, name in people:
            for tok in _tokens(clean_name(name)):
                if len(tok) >= 2:
                    self.by_token.setdefault(tok, set()).add(nip)
        self._vocab = sorted(self.by_token)

    def _candidates(self, tok: str) -> set[str]:
        if tok in self.by_token:
            return self.by_token[tok]
        if len(tok) < 4 or tok in STOPWORDS:
            return set()
        close = difflib.get_close_matches(tok, self._vocab, n=1, cutoff=0.84)
        return self.by_token[close[0]] if close else set()

    def find(self, text: str) -> list[set[str]]:
        """One candidate set per person mentioned, in text order.

        A set with several NIPs is an ambiguous mention (e.g. a first name
        shared by two people) that the caller must ask about.
        """
        groups: list[set[str]] = []
        prev_hit = False
        for tok in _tokens(text):
            if tok.isdigit():
                if tok in self.people:
                    groups.append({tok})
                prev_hit = False
                continue
            if tok in STOPWORDS:
                prev_hit = False
                continue
            cand = self._candidates(tok)
            if not cand:
                prev_hit = False
                continue
            if prev_hit and groups and (groups[-1] & cand):
                groups[-1] = groups[-1] & cand  # "Budi Santoso": narrow the same mention
            else:
                groups.append(set(cand))
            prev_hit = True
        out: list[set[str]] = []
        for g in groups:
            if g not in out:
                out.append(g)
        return out

    def resolve(self, text: str, prefer: set[str] | frozenset[str] | None = None) -> tuple[list[str], list[list[str]]]:
        """``(nips, ambiguous)``: unique matches, and the name lists to ask about.

        With ``prefer`` (the asker's scope) a shared name resolves to the one
        person in scope, and only people in scope are offered as choices; when
        nobody in scope matches, all matches are returned so the scope check
        refuses without revealing who they are.
        """
        nips, ambiguous = [], []
        for g in self.find(text):
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
