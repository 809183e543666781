"""Every Indonesian text the bot sends, in one module (``from bot import texts as T``).
Logic modules format these; none inline. Sections follow the handler modules."""
from __future__ import annotations

HELP = (
    "JEJAK ASN: catat kegiatan harian Anda cukup dengan mengetik.\n\n"
    "Contoh: rapat koordinasi persiapan sensus 2 jam, hasilnya notulen\n\n"
    "Perintah:\n"
    "/hari_ini - kegiatan hari ini dan total jam\n"
    "/rekap minggu | /rekap bulan - rekap Anda dengan grafik\n"
    "/ubah <no> <teks baru> - ubah entri Anda\n"
    "/hapus <no> - hapus entri Anda\n"
    "/lihat - tautan lembar Anda atau berkas XLSX bulan ini\n"
    "/tanya <pertanyaan> - tanya catatan kinerja Anda, misalnya: /tanya berapa jam saya bulan ini untuk RHK 1?\n"
    "/ajukan <no> [teks perbaikan] - ajukan ulang entri yang dikembalikan atasan\n"
    "/batal - batalkan pertanyaan lanjutan atau pengubahan yang sedang berjalan\n"
    "/web - tautan masuk dasbor web (sekali pakai, 10 menit)\n"
    "/bantuan - pesan ini\n\n"
    "Bukti kegiatan: kirim foto atau dokumen dengan keterangan, misalnya \"#12 notulen rapat\"."
)
HELP_SUPERVISOR = (
    "\n\nAtasan:\n"
    "/tim | /tim minggu | /tim bulan - siapa di tim Anda yang sudah dan belum mencatat, dan entri yang "
    "menunggu tinjauan (dengan tombol setujui/kembalikan/komentar)\n"
    "/setujui <no> - setujui entri anggota tim\n"
    "/kembalikan <no> <komentar> - kembalikan entri untuk diperbaiki\n"
    "/komentar <no> <komentar> - beri komentar tanpa mengubah status"
)
HELP_ADMIN = (
    "\n\nAdmin: kirim PDF, DOCX, XLSX atau CSV dengan keterangan /ingest untuk menambah basis "
    "pengetahuan; /kb - daftar dokumen."
)

# registration
ASK_NIP = "Selamat datang di JEJAK ASN. Silakan kirim NIP Anda (18 digit) untuk mendaftar."
WELCOME_BACK = "Halo {name}, akun Telegram Anda sudah terhubung. Ketik kegiatan Anda atau /bantuan."
LINKED = "Akun terhubung: {name} ({jabatan}). Ketik kegiatan Anda atau /bantuan."
NIP_INVALID = "❌ NIP harus 18 digit angka. Silakan kirim ulang NIP Anda."
NIP_UNKNOWN = "❌ NIP {nip} tidak ada di daftar pegawai. Hubungi admin instansi Anda."
NIP_TAKEN = ("❌ NIP {nip} sudah terhubung dengan akun Telegram lain, jadi tidak bisa dipakai begitu saja. "
             "Hubungi admin instansi Anda; permintaan ini diteruskan ke admin dengan keterangan tersebut.")
REG_PENDING = "Permintaan pendaftaran NIP {nip} sudah dikirim ke admin. Anda akan diberi tahu setelah disetujui."
REG_WAITING = ("❌ Belum bisa dicatat: permintaan pendaftaran NIP {nip} masih menunggu persetujuan admin. "
               "Anda akan diberi tahu setelah disetujui.")
REG_ADMIN_TAKEN = ("⚠️ NIP ini sekarang terhubung dengan akun Telegram lain (id {telegram_id}). Menyetujui "
                   "memindahkan NIP ke akun baru dan memutus akun lama (pemiliknya diberi tahu).")
REG_UNLINKED = ("Akun Telegram ini tidak lagi terhubung ke NIP {nip}: admin menyetujui akun lain untuk NIP itu. "
                "Hubungi admin instansi Anda bila ini keliru.")
REG_STATUS = {"pending": "menunggu", "approved": "disetujui", "rejected": "ditolak"}
REG_ADMIN_REQUEST = (
    "Permintaan pendaftaran #{id}:\nNIP {nip} - {name} ({unit})\nTelegram: {who} (id {telegram_id})\n"
    "Setujui?"
)
REG_NO_ADMIN = "Belum ada admin instansi yang terhubung ke bot; permintaan Anda disimpan dan menunggu."
REG_APPROVED_USER = "Pendaftaran disetujui. Selamat datang, {name}! Ketik kegiatan Anda atau /bantuan."
REG_REJECTED_USER = "Pendaftaran NIP {nip} ditolak admin. Hubungi admin instansi Anda bila ini keliru."
REG_APPROVED_ADMIN = "Pendaftaran #{id} ({name}) disetujui oleh {admin}."
REG_REJECTED_ADMIN = "Pendaftaran #{id} (NIP {nip}) ditolak oleh {admin}."
REG_DONE_ALREADY = "Pendaftaran #{id} sudah diputuskan sebelumnya ({status})."
NOT_REGISTERED = "❌ Anda belum terdaftar. Kirim /start lalu NIP Anda untuk mendaftar."
BUTTON_APPROVE = "Setujui"
BUTTON_REJECT = "Tolak"

# roles
ADMIN_ONLY = "⛔ Perintah ini hanya untuk admin instansi."

# logging
ANALYZING = "Sedang menganalisis..."
RATE_LIMITED = "Terlalu banyak pesan dalam satu menit. Tunggu sebentar lalu kirim lagi."
TOO_SHORT = "Pesan terlalu pendek untuk dicatat. Tulis kegiatan Anda, misalnya: rapat koordinasi 2 jam."
BUTTON_CONFIRM = "Konfirmasi #{id}"
BUTTON_EDIT = "Ubah #{id}"
BUTTON_DELETE = "Hapus #{id}"
BUTTON_DELETE_YES = "🗑️ Ya, hapus #{id}"
BUTTON_DELETE_NO = "Batal"
BUTTON_UNDO = "↩️ Urungkan hapus #{id}"
CONFIRMED = "Entri #{id} dikonfirmasi."
ASK_DELETE = "Hapus entri #{id}?\n{text}"
DELETE_KEPT = "Entri #{id} tidak jadi dihapus."
DELETED = "🗑️ Entri #{id} dihapus. Bisa diurungkan dalam {minutes} menit."
DELETED_ENTRY = "🗑️ Entri #{id} dihapus."
RESTORED = "↩️ Entri #{id} dikembalikan seperti semula."
ASK_EDIT = "Kirim teks baru untuk entri #{id} (atau /batal):\n{text}"
EDIT_FROM_MESSAGE = "Pesan diubah, entri #{id} ikut diperbarui.\n\n"
ACTIVITY_NOT_FOUND = "❌ Entri #{id} tidak ditemukan di catatan Anda; periksa nomornya."
REVIEW_SLOT_CANCELLED = "Tinjauan entri #{id} dibatalkan; statusnya tidak berubah."
FILE_CANCELLED = "Berkas bukti tidak dilampirkan."

# commands
TODAY_EMPTY = "Belum ada kegiatan tercatat hari ini ({day}). Ketik kegiatan Anda."
TODAY_HEAD = "Kegiatan {day}:"
TODAY_LINE = "#{id} {time}{text}{minutes}"
TODAY_TOTAL = "Total: {hours} dari standar {standard} jam ({pct}%)."
REKAP_USAGE = "Gunakan /rekap minggu atau /rekap bulan."
REKAP_HEAD = "Rekap {label} - {name}"
REKAP_BODY = (
    "Entri: {count} di {days} hari kerja tercatat\n"
    "Jam: {hours} dari standar {standard} ({pct}%)\n"
    "Nilai BerAKHLAK terbanyak: {values}"
)
REKAP_EMPTY = "Belum ada entri pada {label}."
UBAH_USAGE = "Gunakan /ubah <no> <teks baru>, misalnya /ubah 12 rapat evaluasi 2 jam. Entri terakhir Anda:"
HAPUS_USAGE = "Gunakan /hapus <no>. Entri terakhir Anda:"
RECENT_LINE = "#{id} {day} {text}"
NO_RECENT = "Belum ada entri."
LIHAT_SHEET = "Lembar kegiatan Anda: {link}"
LIHAT_XLSX = "Catatan kegiatan Anda bulan {label}."

# evidence
EVIDENCE_SAVED = "Bukti ({kind}, {size}) dilampirkan ke entri #{id}."
EVIDENCE_NO_ACTIVITY = ("❌ Belum ada entri hari ini untuk dilampiri bukti. Kirim ulang berkasnya dengan keterangan "
                        "kegiatannya (mis. 'rapat tim 2 jam, 1 notulen') atau '#nomor entri'.")
EVIDENCE_TOO_BIG = "❌ Berkas terlalu besar ({size}); batasnya {limit} MB. Kirim berkas yang lebih kecil."
EVIDENCE_BAD_TYPE = "❌ Jenis berkas {mime} tidak diterima sebagai bukti. Kirim foto, PDF, DOCX, XLSX atau gambar."
EVIDENCE_FAKE = ("❌ Isi berkas {name} tidak sesuai dengan jenisnya (mis. program yang diberi nama .pdf); "
                 "tidak dilampirkan. Kirim berkas aslinya.")
EVIDENCE_WHICH = "Lampirkan {kind} ini ke entri hari ini yang mana?"
EVIDENCE_GONE = "Berkas itu sudah tidak menunggu; kirim ulang bila perlu."
BUTTON_PICK = "#{id} {text}"
KIND_PHOTO = "foto"
KIND_DOCUMENT = "dokumen"

# admin
INGEST_NEED_FILE = "Kirim berkas PDF, DOCX, XLSX atau CSV dengan keterangan /ingest."
INGEST_BAD_TYPE = "Jenis berkas {name} tidak didukung. Kirim PDF, DOCX, XLSX, CSV, MD atau TXT."
INGEST_TOO_BIG = "Berkas {name} terlalu besar ({size}); batasnya {limit} MB."
INGEST_START = "Menerima {name}, sedang memproses..."
INGEST_PROGRESS = "Memproses {name}: {step}"
INGEST_DONE = (
    "Ingest selesai: {name}\nBerkas: {files}, halaman: {pages}, potongan: {chunks}\n"
    "Pegawai: {staff}, SKP: {skps}"
)
INGEST_SKIPPED = "Dilewati: {path} ({reason})"
KB_EMPTY = "Basis pengetahuan instansi {agency_id} masih kosong. Kirim dokumen dengan keterangan /ingest."
KB_HEAD = "Dokumen basis pengetahuan ({agency_id}):"
KB_LINE = "- {name} [{type}] {chunks} potongan"

# reminders and digests
REMINDER = "Halo {name}, Anda belum mencatat kegiatan hari ini ({day}). Ketik kegiatan Anda sebelum pulang."
DIGEST_HEAD = "Ringkasan mingguan tim {label}:"
DIGEST_LINE = "- {name}: {days} hari tercatat, {hours} dari {standard} jam"
DIGEST_IDLE = "Belum mencatat minggu ini: {names}"
DIGEST_VALUES = "Sebaran nilai BerAKHLAK: {values}"
DIGEST_PENDING = "Entri menunggu tinjauan Anda: {count}"
DIGEST_PENDING_LINE = "#{id} {day} {name}: {text}"
DIGEST_PENDING_MORE = "... dan {count} entri lain; lihat semuanya dengan /tim."
NONE = "-"

# robustness
UNKNOWN_COMMAND = "Perintah tidak dikenal. Kirim /bantuan untuk daftar perintah."
UNKNOWN_COMMAND_NEAR = "Perintah tidak dikenal; maksud Anda /{command}? Kirim /bantuan untuk daftar perintah."
GROUP_CHAT = "JEJAK ASN hanya melayani obrolan pribadi. Kirim pesan langsung ke bot ini."
UNSUPPORTED = (
    "Maaf, {kind} belum bisa diproses. Tulis kegiatan Anda sebagai teks, atau kirim foto/dokumen "
    "sebagai bukti."
)
KIND_NAMES = {
    "sticker": "stiker",
    "voice": "pesan suara",
    "audio": "audio",
    "video": "video",
    "video_note": "video bulat",
    "location": "lokasi",
    "venue": "lokasi",
    "contact": "kontak",
    "poll": "polling",
    "animation": "animasi",
    "dice": "dadu",
    "other": "jenis pesan ini",
}

# errors
ERROR_GENERIC = "Maaf, terjadi kesalahan saat memproses pesan Anda. Coba lagi sebentar lagi."
ERROR_USER = "Tidak bisa diproses: {message}"
NO_TOKEN = "Token bot belum diisi. Isi JEJAK_TELEGRAM_TOKEN di .env (dari @BotFather), lalu jalankan lagi."
BAD_TOKEN = ("Token bot ditolak server Bot API (salah atau sudah dicabut). Salin token yang benar dari @BotFather "
             "ke JEJAK_TELEGRAM_TOKEN, lalu jalankan lagi.")

# one-tap corrections of an analysis (bot.corrections)
KINDS = {"rhk": "RHK", "probis": "Probis", "pokin": "Pokin", "nilai": "Nilai BerAKHLAK"}
CORRECTION_NONE = "tidak ada"
NONE_BUTTON = "Tidak ada"
UNSURE_HEAD = "{kind} #{id} belum pasti; pilih:"
MENU_BUTTON = "🔧 Koreksi #{id}"
MENU = "Koreksi analisis entri #{id}: ketuk yang tepat (✓ = saat ini). Nilai BerAKHLAK: ketuk untuk menambah atau melepas."
VALUES_HEAD = "Nilai BerAKHLAK"
CORRECTED = "✏️ Analisis entri #{id} dikoreksi; analis belajar darinya."
CHANGE = "- {field}: {old} → {new}"
DONE = "Dikoreksi."
SAME = "Sudah begitu."
GONE = "Pilihan ini sudah tidak tersedia; buka lagi 🔧 Koreksi."

# /tanya, /tim, review in chat and /ajukan (bot.tanya, bot.team, bot.review, bot.commands)
TANYA_USAGE = "Tulis pertanyaan setelah /tanya, misalnya: /tanya berapa jam saya bulan ini untuk RHK 1?"
TIM_USAGE = "Gunakan /tim, /tim minggu, atau /tim bulan."
BTN_APPROVE = "✅ #{id}"
BTN_RETURN = "↩️ #{id}"
BTN_COMMENT = "💬 #{id}"
ASK_RETURN = "Tulis alasan pengembalian entri #{id} sebagai pesan berikutnya (atau /batal)."
ASK_COMMENT = "Tulis komentar untuk entri #{id} sebagai pesan berikutnya (atau /batal)."
REVIEW_CANCELLED = "Tinjauan entri #{id} dibatalkan; statusnya tidak berubah."
REVIEW_REFUSED = "❌ Entri #{id} tidak dapat ditinjau: {why}"
KEMBALIKAN_USAGE = "Gunakan: /kembalikan <nomor entri> [alasan]; tanpa alasan, pesan berikutnya menjadi alasannya."
KOMENTAR_USAGE = "Gunakan: /komentar <nomor entri> [komentar]; tanpa komentar, pesan berikutnya menjadi komentarnya."
SETUJUI_USAGE = "Gunakan: /setujui <nomor entri> [nomor lain ...], mis. /setujui 12 13 14"
AJUKAN_USAGE = ("Gunakan: /ajukan <nomor entri> [teks perbaikan]; tanpa teks, pesan berikutnya menjadi teks "
                "perbaikannya.")
RESUBMITTED = "🔁 Entri #{id} diajukan ulang dan menunggu tinjauan atasan."
ASK_CORRECTION = "Kirim teks perbaikan untuk entri #{id} (atau /batal):\n{text}"
NOT_RETURNED = "❌ Entri #{id} berstatus {status}; hanya entri yang dikembalikan atasan yang diajukan ulang."
NOT_YOURS = "❌ Entri #{id} tidak ditemukan di catatan Anda; periksa nomornya."
STATUS_NAMES = {"draft": "draf", "submitted": "diajukan", "approved": "disetujui", "returned": "dikembalikan"}
NOT_DELIVERED = "Catatan: pemberitahuan ke pegawai tidak terkirim (belum terhubung ke bot)."

# /web: the dashboard login link (bot.web)
WEB_LINK = ("🔐 Tautan masuk dasbor JEJAK ASN (sekali pakai, berlaku {minutes} menit):\n{link}\n\n"
            "Jangan teruskan tautan ini kepada siapa pun.")

# the bot's command menu (set_my_commands): command, description
COMMAND_MENU = (
    ("bantuan", "Daftar perintah"),
    ("hari_ini", "Kegiatan hari ini"),
    ("rekap", "Rekap minggu atau bulan"),
    ("ubah", "Ubah entri"),
    ("hapus", "Hapus entri"),
    ("lihat", "Lembar atau XLSX Anda"),
    ("tanya", "Tanya catatan kinerja"),
    ("ajukan", "Ajukan ulang entri yang dikembalikan"),
    ("tim", "Tim Anda (atasan)"),
    ("setujui", "Setujui entri (atasan)"),
    ("kembalikan", "Kembalikan entri (atasan)"),
    ("komentar", "Komentari entri (atasan)"),
    ("batal", "Batalkan pertanyaan lanjutan"),
    ("web", "Tautan masuk dasbor web"),
)
