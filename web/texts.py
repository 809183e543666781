"""Indonesian texts of the web dashboard that code writes (page texts live in the templates)."""

APP = "JEJAK ASN"
ROLE_NAMES = {"pegawai": "Pegawai", "atasan": "Atasan", "penilai": "Penilai", "admin": "Admin"}
PERIODS = {"hari": "Hari ini", "minggu": "Minggu ini", "bulan": "Bulan ini"}

# login
LOGIN_RATE_LIMITED = "Terlalu banyak percobaan masuk dari alamat ini; tunggu satu menit lalu coba lagi."
LOGIN_EXPIRED = "Sesi Anda berakhir; minta tautan masuk baru dengan /web di bot."
CSRF_FAILED = "Formulir kedaluwarsa atau tidak sah; muat ulang halaman lalu coba lagi."
NOT_FOUND = "Halaman tidak ditemukan; kembali ke beranda."
SERVER_ERROR = "Terjadi gangguan di server; coba lagi sebentar lagi. Bila berulang, hubungi admin instansi."
ADMIN_ONLY = "Halaman ini hanya untuk admin instansi."
REVIEWERS_ONLY = "Antrean tinjauan hanya untuk atasan, penilai, atau admin yang memiliki anggota tim."
BAD_PERIOD = "Periode tidak dikenali; pilih hari, minggu, atau bulan."
BAD_MONTH = "Bulan '{value}' tidak dikenali; tulis seperti 2026-11."
BAD_FORMAT = "Format ekspor '{value}' tidak dikenal; pilih xlsx, pdf, atau csv."
UNIT_OUTSIDE = "Unit '{unit}' memuat pegawai di luar cakupan Anda; ekspor tim Anda sendiri."

# review
REVIEWED = {"approve": "Disetujui", "return": "Dikembalikan", "comment": "Komentar tersimpan"}
BULK_DONE = "{n} entri disetujui; pegawai diberi tahu lewat bot."
BULK_NONE = "Pilih setidaknya satu entri untuk disetujui."
BULK_REFUSED = "#{id}: {why}"
NOTIFY_QUEUED = "Pegawai diberi tahu lewat bot."
VERIFIED = {"konfirmasi": "dikonfirmasi pemilik", "setujui": "disetujui atasan", "koreksi": "dikoreksi"}
FIELD_NAMES = {"rhk": "RHK", "probis": "Probis", "pokin": "Pokin", "nilai": "Nilai"}
LEVEL_NAMES = {"exact": "tepat", "high": "tinggi", "semantic": "semantik", "context": "konteks", "none": "tidak ada",
               "manual": "dipilih manual"}
ACTION_NAMES = {"approve": "menyetujui", "return": "mengembalikan", "comment": "berkomentar", "resubmit": "mengajukan ulang"}

# documents
DOC_FEEDS = {
    "probis": "kecocokan proses bisnis setiap kegiatan",
    "pokin": "kecocokan pohon kinerja dan indikatornya",
    "skp": "RHK dan target SKP setiap pegawai",
    "staff": "daftar pegawai, atasan, peran, dan akun Telegram",
    "berakhlak": "panduan perilaku nilai BerAKHLAK",
    "glossary": "kamus singkatan dan istilah",
    "other": "konteks pencarian dan jawaban tanya",
}
UPLOAD_NONE = "Pilih berkas yang akan diunggah."
UPLOAD_BAD_TYPE = "Berkas '{name}' tidak didukung; unggah PDF, DOCX, XLSX, CSV, MD, atau TXT."
UPLOAD_TOO_BIG = "Berkas '{name}' lebih dari {limit} MB; perkecil atau pecah berkasnya."
REMOVED = "Dokumen '{name}' dihapus ({chunks} potongan)."
ROLE_SET = "Peran {name} sekarang {role}."
UNLINKED = "Akun Telegram {name} diputus."
LINKED = "Akun Telegram {telegram_id} dihubungkan ke {name}."
BAD_TELEGRAM_ID = "Id Telegram harus angka, misalnya 123456789."
DECIDED = {"approved": "Pendaftaran {name} disetujui.", "rejected": "Pendaftaran {name} ditolak."}

# charts
CHART_NO_PEOPLE = "Belum ada anggota tim untuk ditampilkan pada periode ini."
CHART_NO_ENTRIES = "Belum ada entri pada periode ini."
CHART_NO_VALUES = "Belum ada nilai BerAKHLAK tercatat pada periode ini."
CHART_HEATMAP = "Peta jam kerja per pegawai per hari"
CHART_DAILY = "Jam kerja per hari"
CHART_STANDARD = "standar {hours} jam"
MONDAY_SHORT = "Sn"
HEAT_LEGEND = ("tidak mengisi", "< 85% standar", "85–99%", "≥ standar")
HEAT_OFF = "libur"

# tanya
ASK_EMPTY = "Tulis pertanyaan Anda, misalnya: berapa jam tim saya minggu ini?"
