"""Common abbreviations in Indonesian activity texts, expanded for analysis only
(the user's own words are always kept as written)."""
from __future__ import annotations

import re

ABBREVIATIONS: dict[str, str] = {
    "rakor": "rapat koordinasi",
    "rakornas": "rapat koordinasi nasional",
    "rakortek": "rapat koordinasi teknis",
    "ratek": "rapat teknis",
    "monev": "monitoring dan evaluasi",
    "bimtek": "bimbingan teknis",
    "diklat": "pendidikan dan pelatihan",
    "latsar": "pelatihan dasar",
    "st": "surat tugas",
    "sppd": "surat perintah perjalanan dinas",
    "spd": "surat perjalanan dinas",
    "spj": "surat pertanggungjawaban",
    "lpj": "laporan pertanggungjawaban",
    "bast": "berita acara serah terima",
    "ba": "berita acara",
    "tl": "tindak lanjut",
    "tindaklanjut": "tindak lanjut",
    "fgd": "diskusi kelompok terpumpun",
    "rkakl": "rencana kerja dan anggaran",
    "rka": "rencana kerja dan anggaran",
    "rab": "rincian anggaran biaya",
    "tor": "kerangka acuan kerja",
    "kak": "kerangka acuan kerja",
    "dipa": "daftar isian pelaksanaan anggaran",
    "pok": "petunjuk operasional kegiatan",
    "spm": "surat perintah membayar",
    "spp": "surat permintaan pembayaran",
    "sp2d": "surat perintah pencairan dana",
    "lakin": "laporan kinerja",
    "lkj": "laporan kinerja",
    "sakip": "sistem akuntabilitas kinerja instansi pemerintah",
    "skp": "sasaran kinerja pegawai",
    "rhk": "rencana hasil kerja",
    "iku": "indikator kinerja utama",
    "bmn": "barang milik negara",
    "pks": "perjanjian kerja sama",
    "mou": "nota kesepahaman",
    "uat": "uji penerimaan pengguna",
    "sla": "kesepakatan tingkat layanan",
    "wfh": "bekerja dari rumah",
    "wfo": "bekerja dari kantor",
    "dl": "dinas luar",
    "dinlu": "dinas luar",
    "ttd": "tanda tangan",
    "notdin": "nota dinas",
    "nodin": "nota dinas",
    "undangan": "undangan",
    "satker": "satuan kerja",
    "opd": "organisasi perangkat daerah",
    "pst": "pelayanan statistik terpadu",
    "skm": "survei kepuasan masyarakat",
    "kbm": "kegiatan belajar mengajar",
    "rpp": "rencana pelaksanaan pembelajaran",
    "pr": "pekerjaan rumah",
    "ppdb": "penerimaan peserta didik baru",
    "posyandu": "pos pelayanan terpadu",
    "imunisasi": "imunisasi",
    "rm": "rekam medis",
    "ukm": "upaya kesehatan masyarakat",
    "capi": "aplikasi pencacahan berbantuan komputer",
    "cawi": "aplikasi pencacahan daring",
    "db": "basis data",
    "api": "antarmuka pemrograman aplikasi",
    "bug": "kesalahan program",
    "deploy": "rilis ke server",
    "vm": "server virtual",
    "data center": "pusat data",
    "datacenter": "pusat data",
    "vps": "server virtual",
    "meet": "rapat",
    "meeting": "rapat",
    "zoom": "rapat daring",
    "vicon": "rapat daring",
    "koord": "koordinasi",
    "dok": "dokumen",
    "lap": "laporan",
    "utk": "untuk",
    "dgn": "dengan",
    "yg": "yang",
    "dg": "dengan",
    "krn": "karena",
    "sdh": "sudah",
    "blm": "belum",
    "tdk": "tidak",
    "bbrp": "beberapa",
    "ttg": "tentang",
    "pd": "pada",
    "kpd": "kepada",
    "thd": "terhadap",
}

# short forms that are ordinary words or titles in lower case: expanded only in capitals
UPPER_ONLY = frozenset({"st", "ba", "pr", "rm", "db", "dl", "pd", "lap", "dok", "ukm", "api"})

# a known term of several words ("data center") is taken whole, before single words
_WORD = re.compile("|".join([r"\b" + re.escape(k).replace(r"\ ", r"\s+") + r"\b"
                             for k in sorted(ABBREVIATIONS, key=len, reverse=True) if " " in k]
                            + [r"[A-Za-z][A-Za-z0-9]*"]), re.IGNORECASE)


def expand(text: str) -> str:
    """``text`` with known abbreviations written out, for embedding and matching."""

    def repl(m: re.Match) -> str:
        word = m.group(0)
        full = ABBREVIATIONS.get(" ".join(word.lower().split()))
        if not full or full == word.lower():
            return word
        if word.lower() in UPPER_ONLY and not word.isupper():
            return word
        return full

    return _WORD.sub(repl, text)
