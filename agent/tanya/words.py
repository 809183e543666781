"""The informal Indonesian of questions, normalised for understanding only.

Chat shorthand ("brp jm bln ini"), slang ("gak", "udah", "ngisi"), English
("last week", "approved") and small typos in the question's own vocabulary
("mingu", "oktber") become the words the understanding looks for. Names of
people are protected: a token that is someone's name is never "corrected".
"""
from __future__ import annotations

import difflib
import re

SHORT = {
    "brp": "berapa", "brapa": "berapa", "berapakah": "berapa", "brpa": "berapa", "berpa": "berapa",
    "jm": "jam", "jem": "jam", "bln": "bulan", "mgg": "minggu", "mg": "minggu", "mggu": "minggu",
    "pkn": "pekan", "tgl": "tanggal", "tggl": "tanggal", "hr": "hari", "thn": "tahun",
    "th": "tahun", "kmrn": "kemarin", "kemaren": "kemarin", "kmaren": "kemarin", "kmarin": "kemarin",
    "yg": "yang", "dgn": "dengan", "dg": "dengan", "utk": "untuk", "untk": "untuk", "dr": "dari", "sm": "sama",
    "ama": "sama", "org": "orang", "orng": "orang", "sy": "saya", "sya": "saya", "gw": "saya", "gue": "saya",
    "gua": "saya", "aku": "saya", "ane": "saya", "daku": "saya", "blm": "belum", "blum": "belum", "bag": "bagian", "blom": "belum", "belom": "belum",
    "udh": "sudah", "udah": "sudah", "sdh": "sudah", "dah": "sudah", "uda": "sudah", "tdk": "tidak",
    "gak": "tidak", "ga": "tidak", "gk": "tidak", "nggak": "tidak", "ngga": "tidak", "enggak": "tidak",
    "engga": "tidak", "kagak": "tidak", "ndak": "tidak", "ngisi": "mengisi", "ngisii": "mengisi", "ngisinya": "mengisi", "dikit": "sedikit", "sdikit": "sedikit",
    "isi": "mengisi", "aja": "saja", "aj": "saja", "doang": "saja", "sja": "saja", "dlm": "dalam", "pd": "pada",
    "krg": "kurang", "lbh": "lebih", "bnyk": "banyak", "byk": "banyak", "bnyak": "banyak", "rata2": "rata-rata",
    "ratarata": "rata-rata", "rerata": "rata-rata", "avg": "rata-rata", "average": "rata-rata",
    "jml": "jumlah", "jmlh": "jumlah", "sampe": "sampai", "smp": "sampai", "ampe": "sampai", "sampai dengan": "s.d.",
    "s/d": "s.d.", "sd": "s.d.", "s.d": "s.d.", "tw": "triwulan", "trw": "triwulan", "twl": "triwulan",
    "kuartal": "triwulan", "quarter": "triwulan", "week": "minggu", "month": "bulan", "today": "hari ini",
    "yesterday": "kemarin", "hours": "jam", "hour": "jam", "hrs": "jam", "entries": "entri", "entry": "entri",
    "entrinya": "entri", "approve": "setujui", "approved": "disetujui", "diapprove": "disetujui",
    "di-approve": "disetujui", "diaprove": "disetujui", "acc": "setujui", "diacc": "disetujui",
    "di-acc": "disetujui", "returned": "dikembalikan", "direturn": "dikembalikan", "di-return": "dikembalikan",
    "direject": "ditolak", "di-reject": "ditolak", "rejected": "ditolak", "pending": "menunggu",
    "submitted": "diajukan", "disubmit": "diajukan", "di-submit": "diajukan", "gmn": "bagaimana",
    "gimana": "bagaimana", "klo": "kalau", "kalo": "kalau", "pegawe": "pegawai", "pgw": "pegawai",
    "staff": "staf", "anakbuah": "bawahan", "temen2": "teman-teman", "temen-temen": "teman-teman", "timku": "tim saya", "bawahanku": "bawahan saya",
    "sbg": "sebagai", "msh": "masih", "skrg": "sekarang", "skr": "sekarang", "sj": "saja", "tsb": "tersebut",
    "lalu2": "lalu", "kemarin2": "kemarin", "ni": "ini", "td": "tadi", "sblmnya": "sebelumnya",
    "ttl": "total", "totalnya": "total", "jamnya": "jam", "jam2": "jam", "persen": "persen",
    "prosen": "persen", "pct": "persen", "percent": "persen", "%": "persen", "vs": "dibanding",
    "versus": "dibanding", "lw": "minggu lalu", "tiap2": "tiap", "masing2": "masing-masing",
    "urutin": "urutkan", "diurutin": "diurutkan", "urut": "urutkan", "nunggu": "menunggu", "nungguin": "menunggu", "smua": "semua", "sluruh": "seluruh", "pegawai2": "pegawai", "anggota2": "anggota", "kegiatan2": "kegiatan", "entri2": "entri",
    "aktivitas2": "aktivitas", "nilai2": "nilai", "tim2": "tim", "hari2": "hari", "siapa2": "siapa saja",
    "apa2": "apa saja", "mana2": "mana saja", "gak ada": "tidak ada", "nyatet": "mencatat", "nyatat": "mencatat",
    "nulis": "menulis", "lapor": "melapor", "nginput": "menginput", "diinput": "diisi", "diisiin": "diisi",
    "ngerjain": "mengerjakan", "ngurus": "mengurus", "nyebut": "menyebut", "nyebutin": "menyebut",
    "nyangkut": "menyangkut", "ngebahas": "membahas", "bahas": "membahas",
    "nyinggung": "menyinggung", "males": "malas", "mager": "malas", "ngerjakan": "mengerjakan", "dikerjain": "dikerjakan", "paling2": "paling",
    "tertinggi": "paling tinggi", "terendah": "paling rendah", "terbanyak": "paling banyak",
    "tersedikit": "paling sedikit", "berturut2": "berturut-turut", "berturut": "berturut-turut",
    "turut2": "berturut-turut", "terlama": "paling lama", "tercepat": "paling cepat", "terrajin": "paling rajin",
}
PHRASES = (
    (r"\blast\s+week\b", "minggu lalu"), (r"\bthis\s+week\b", "minggu ini"), (r"\blast\s+month\b", "bulan lalu"),
    (r"\bthis\s+month\b", "bulan ini"), (r"\bthis\s+year\b", "tahun ini"), (r"\banak\s+buah\b", "bawahan"),
    (r"\b(anak|orang|teman|kawan|rekan)(?:2|-\1|\s+\1)(?:nya)?\b", r"\1-\1"),
    (r"\bsampai\s+dengan\b", "s.d."), (r"\bs\s*/\s*d\b", "s.d."), (r"\bs\.\s*d\.?", "s.d."),
    (r"\bq\s*([1-4])\b", r"triwulan \1"), (r"\bsmt\b", "semester"), (r"\bjum'at\b", "jumat"),
    (r"\bhow\s+many\b", "berapa"), (r"\bhow\s+much\b", "berapa"), (r"\bwho\b", "siapa"),
    (r"\btop\s+(\d+)\b", r"\1 teratas"), (r"\bmy\s+([a-z]+)", r"\1 saya"), (r"\blast\s+(\d+)\s+days\b", r"\1 hari terakhir"),
    (r"\bper\s+(day|week|month|person|status)\b", lambda m: "per " + {"day": "hari", "week": "minggu", "month": "bulan",
                                                                     "person": "orang", "status": "status"}[m.group(1)]),
    (r"\bcompare\b", "bandingkan"), (r"\byesterday\b", "kemarin"), (r"\btoday\b", "hari ini"),
    (r"\bnot\s+(?:yet\s+)?(?:filled|logged)\b", "belum mengisi"), (r"\bwaiting\s+for\b", "menunggu"),
)
# the question's own vocabulary: small typos in these are corrected
VOCAB = frozenset(["berapa", "siapa", "bulan", "minggu", "pekan", "kemarin", "hari", "tahun", "tanggal", "belum", "sudah", "mengisi", "jurnal", "entri", "kegiatan", "aktivitas", "januari", "februari", "maret", "april", "juni", "juli", "agustus", "september", "oktober", "november", "desember", "triwulan", "semester", "bandingkan", "dibanding", "perbandingan", "rata-rata", "standar", "persen", "jumlah", "total", "paling", "banyak", "sedikit", "terakhir", "disetujui", "dikembalikan", "diajukan", "menunggu", "persetujuan", "bawahan", "anggota", "pegawai", "seluruh", "semua", "direktorat", "kantor", "instansi", "sebelumnya", "sampai", "mulai", "sejak", "antara", "rekap", "ringkasan", "berakhlak", "nilai", "predikat", "progres"])
# everyday words one letter away from a word of the question vocabulary: never "corrected"
REAL = frozenset(["rekan", "rekam", "bulat", "pekat", "tahan", "sudut", "harus", "jurus", "semula", "kantin", "pegang", "total", "nila"])
_TOKEN = re.compile(r"[a-z0-9à-ÿ'%/\-.]+|[^\sa-z0-9]")


def _one_edit(a: str, b: str) -> bool:
    """``a`` and ``b`` differ by one inserted, deleted, replaced or swapped letter."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]]
                                  and a[diff[1]] == b[diff[0]])
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    i = next((k for k in range(len(short)) if short[k] != long_[k]), len(short))
    return short[i:] == long_[i + 1:]


THEIRS = frozenset(("tim", "bawahan", "anggota"))  # "bawahannya": someone's team, kept as written
OWNED = frozenset(["jam", "entri", "kegiatan", "aktivitas", "tim", "jurnal", "kerja", "catatan", "bawahan", "anggota", "nilai", "rhk", "capaian", "kinerja", "laporan", "antrean", "status", "bukti", "predikat", "rekap", "progres"])


def _fix(tok: str, protect: frozenset[str], known=None) -> str:
    if tok in SHORT:
        return SHORT[tok]
    if tok in protect or tok in REAL:
        return tok
    if tok == "ku":
        return "saya"
    for suffix, rep in (("ku", " saya"), ("nya", "")):
        stem = tok[:-len(suffix)].rstrip("-")
        if tok.endswith(suffix) and stem in OWNED and not (suffix == "nya" and stem in THEIRS):
            return stem + rep
    if tok in VOCAB or len(tok) < 5 or not tok.isalpha() or (known is not None and known(tok)):
        return tok
    close = [w for w in difflib.get_close_matches(tok, VOCAB, n=3, cutoff=0.8) if _one_edit(tok, w)]
    return close[0] if close else tok


def normalize(text: str, protect: frozenset[str] = frozenset(), known=None) -> str:
    """Lower case, shorthand written out, typos of the question vocabulary fixed (not in names,
    everyday words, or words the journal uses: ``known(word)``)."""
    low = " ".join(text.lower().replace("’", "'").split())
    low = re.sub(r"(\w)'s\b", r"\1", low)  # "andi's entries"
    for pat, rep in PHRASES:
        low = re.sub(pat, rep, low)
    out = []
    for tok in low.split(" "):
        core = tok.rstrip("?!,;:")
        tail = tok[len(core):]
        lead = ""
        while core[:1] in "(\"'":
            lead, core = lead + core[0], core[1:]
        close = core[len(core.rstrip(")\"'")):]
        core = core[:len(core) - len(close)]
        out.append(lead + _fix(core, protect, known) + close + tail if core else tok)
    return " ".join(out)
