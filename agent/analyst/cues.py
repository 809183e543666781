"""Extra cue words per value, from how Indonesian civil servants write about
their day (see the domain reference): who the work is for or with, whether it
follows a leader's direction, whether it changes how things are done.

Generic workplace language, not tied to one agency; used next to the
keywords of ``knowledge.berakhlak``.
"""
from __future__ import annotations

EXTRA_CUES: dict[str, tuple[str, ...]] = {
    "berorientasi_pelayanan": (
        "layani", "melayani", "jawab", "jelasin", "menjelaskan", "request", "permintaan", "pengguna", "user",
        "operator", "tamu", "pegawai", "wartawan", "mahasiswa", "warga", "pasien", "siswa", "murid",
        "orang tua", "peserta", "bantu", "bantuin", "helpdesk", "tiket",
    ),
    "akuntabel": (
        "lapor", "laporan", "laporin", "kirim ke", "cek", "dicek", "teliti", "periksa", "rekon", "rekap",
        "spj", "lpj", "kuitansi", "setor", "arsip", "arsipkan", "catat", "dicatat", "ba", "berita acara",
        "tepat waktu", "sesuai ketentuan", "realisasi", "verifikasi", "validasi",
    ),
    "kompeten": (
        "susun", "nyusun", "bikin", "buat", "olah", "analisis", "coding", "program", "script", "query",
        "uji", "testing", "review", "pelajari", "belajar", "webinar", "bimtek", "pelatihan", "mentoring",
        "ngajar", "mengajar", "materi", "kajian",
    ),
    "harmonis": (
        "temen", "teman", "rekan", "mas", "mbak", "pak", "bu", "anggota", "pegawai baru", "tamu",
        "bantu", "bantuin", "membantu", "diskusi", "bareng", "umpan balik", "ingetin", "mengingatkan",
        "jelasin", "mentoring", "standup", "fgd", "menggantikan", "gantiin", "ortu", "mediasi", "empati",
        "disabilitas", "lansia", "komplain",
    ),
    "loyal": (
        "ketua tim", "atasan", "pimpinan", "direktur", "kabag", "kasubbag", "kepala", "bupati", "menteri",
        "sesuai arahan", "arahan", "sesuai masukan", "sesuai request", "dikoreksi", "koreksi", "ditegur",
        "di luar jam kerja", "lembur", "malam", "keamanan", "kerentanan", "vulnerability", "insiden",
        "phishing", "embargo", "rahasia", "resmi", "pajak", "pph", "ppn", "kas negara", "upacara", "apel",
        "hari kesadaran nasional", "program pemerintah", "kebijakan", "negara", "audit", "bpk",
    ),
    "adaptif": (
        "revisi", "perbaiki", "benerin", "memperbaiki", "koreksi", "dikoreksi", "masukan", "ditegur",
        "baru", "update", "upgrade", "migrasi", "otomatis", "otomatisasi", "script", "digital", "scan",
        "online", "daring", "zoom", "webinar", "biar", "usulan", "rencana", "setting", "tambah", "nambah",
        "diganti", "ganti", "geser", "tadinya", "sosialisasi", "inovasi",
    ),
    "kolaboratif": (
        "rapat", "rakor", "koordinasi", "bareng", "bersama", "sama tim", "dengan tim", "tim", "mitra",
        "unit", "lintas", "fgd", "kick-off", "standup", "sprint", "dinas", "kementerian", "instansi",
        "biro", "bappeda", "bappenas", "provinsi", "kabupaten", "ppk", "vendor", "diskusi", "presentasi",
        "kader", "posyandu", "desa", "kelurahan", "kecamatan", "terpadu", "gabungan",
    ),
}
