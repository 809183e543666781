"""The Indonesian vocabulary the parser recognises: months, weekdays, number words,
units that are not outputs, and output nouns."""

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "mei": 5, "may": 5, "jun": 6, "jul": 7,
    "agu": 8, "agt": 8, "aug": 8, "ags": 8, "sep": 9, "okt": 10, "oct": 10, "nov": 11, "des": 12, "dec": 12,
}
WEEKDAYS = {"senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "jum'at": 4, "sabtu": 5, "minggu": 6, "ahad": 6}
MONTH_WORDS = frozenset(MONTHS) | {
    "januari", "februari", "maret", "april", "juni", "juli", "agustus", "september", "oktober",
    "november", "desember",
}
NUMBER_WORDS = {
    "satu": 1, "se": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7,
    "delapan": 8, "sembilan": 9, "sepuluh": 10,
}
NOT_OUTPUT_UNITS = frozenset({
    "jam", "menit", "mnt", "detik", "hari", "minggu", "pekan", "bulan", "tahun", "kali", "x",
    "persen", "pukul", "wib", "wita", "wit", "s", "sd", "sampai", "hingga", "dan", "atau", "di", "ke",
})
OUTPUT_NOUNS = (
    "berita acara", "laporan", "notulen", "notula", "dokumen", "surat", "nota dinas", "berkas", "spj", "lpj",
    "bast", "modul", "program", "dashboard", "materi", "bahan", "tabel", "peta", "rancangan", "draf",
    "draft", "kajian", "presentasi", "paparan", "tiket", "rekap", "rekapitulasi", "daftar", "naskah",
    "panduan", "manual", "skrip", "script", "kode", "query", "mockup", "desain", "publikasi", "infografis",
    "metadata", "kuitansi", "rekomendasi", "sertifikat", "rpp", "soal", "nilai", "resep", "rekam medis",
    "disposisi", "undangan", "formulir", "kuesioner", "matriks", "dataset", "data", "aplikasi", "fitur",
    "halaman", "sk", "usulan", "telaah", "konsep", "agenda", "jadwal", "foto", "video", "backup",
)
