"""Every Indonesian text the bot sends. Logic modules format these; none inline."""
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
NIP_INVALID = "NIP harus 18 digit angka. Silakan kirim ulang NIP Anda."
NIP_UNKNOWN = "NIP {nip} tidak ada di daftar pegawai. Hubungi admin instansi Anda."
NIP_TAKEN = "NIP {nip} sudah terhubung dengan akun Telegram lain. Hubungi admin instansi Anda."
REG_PENDING = "Permintaan pendaftaran NIP {nip} sudah dikirim ke admin. Anda akan diberi tahu setelah disetujui."
REG_ALREADY_PENDING = "Permintaan pendaftaran Anda masih menunggu persetujuan admin."
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
NOT_REGISTERED = "Anda belum terdaftar. Kirim /start lalu NIP Anda untuk mendaftar."
BUTTON_APPROVE = "Setujui"
BUTTON_REJECT = "Tolak"

# roles
ADMIN_ONLY = "Perintah ini hanya untuk admin instansi."
SCOPE_DENIED = "Anda tidak berwenang atas data ini."

# logging
ANALYZING = "Sedang menganalisis..."
RATE_LIMITED = "Terlalu banyak pesan dalam satu menit. Tunggu sebentar lalu kirim lagi."
TOO_SHORT = "Pesan terlalu pendek untuk dicatat. Tulis kegiatan Anda, misalnya: rapat koordinasi 2 jam."
BUTTON_CONFIRM = "Konfirmasi #{id}"
BUTTON_EDIT = "Ubah #{id}"
BUTTON_DELETE = "Hapus #{id}"
CONFIRMED = "Entri #{id} dikonfirmasi."
DELETED = "Entri #{id} dihapus."
ASK_EDIT = "Kirim teks baru untuk entri #{id}:\n{text}"
EDITED_HEAD = "Entri #{id} diperbarui.\n\n"
EDIT_FROM_MESSAGE = "Pesan diubah, entri #{id} ikut diperbarui.\n\n"
ACTIVITY_NOT_FOUND = "Entri #{id} tidak ditemukan di catatan Anda."
ALREADY_PROCESSED = "Pesan ini sudah dicatat sebagai entri #{id}."
FOLLOWUP_CANCELLED = "Dibatalkan. Silakan ketik kegiatan baru."
NOTHING_TO_CANCEL = "Tidak ada yang perlu dibatalkan."

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
EVIDENCE_NO_ACTIVITY = "Belum ada entri untuk dilampiri bukti. Catat kegiatannya dulu, lalu kirim buktinya."
EVIDENCE_TOO_BIG = "Berkas terlalu besar ({size}); batasnya {limit} MB. Kirim berkas yang lebih kecil."
EVIDENCE_BAD_TYPE = "Jenis berkas {mime} tidak diterima sebagai bukti. Kirim foto, PDF, DOCX, XLSX atau gambar."
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
KB_EMPTY = "Basis pengetahuan instansi {instansi} masih kosong. Kirim dokumen dengan keterangan /ingest."
KB_HEAD = "Dokumen basis pengetahuan ({instansi}):"
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
