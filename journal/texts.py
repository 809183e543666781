"""Every Indonesian text of the journal, in one module (``from journal import texts as T``):
the storage layer's messages (limits, the day budget, a database that cannot be reached or
written; each fits one line and says what to do), then the team view, review and escalation
messages (``journal.monitor_view``)."""

TOO_LONG = "{label} terlalu panjang ({n} karakter; batas {limit}){where}; persingkat lalu coba lagi."
WHERE = " untuk {what} {key}"
DAY_FULL = ("Total {day} menjadi {total} menit, melebihi batas {limit} menit sehari "
            "(sisa {left} menit); kurangi durasinya atau pilih tanggal lain.")

DB_UNREACHABLE = ("Basis data {where} tidak dapat dihubungi ({detail}); periksa JEJAK_DATABASE_URL "
                  "dan pastikan servernya berjalan.")
DB_MISSING = "Basis data '{name}' tidak ada di server {where}; buat dulu (createdb {name}) atau perbaiki JEJAK_DATABASE_URL."
DB_AUTH = "Server basis data {where} menolak login ({user}); periksa nama pengguna dan kata sandi di JEJAK_DATABASE_URL."
DB_READONLY = ("Jurnal {where} tidak bisa ditulis (folder data hanya-baca atau tanpa izin tulis); "
               "beri izin tulis atau pakai JEJAK_DATA_DIR lain.")
DB_CANNOT_OPEN = ("Berkas jurnal {where} tidak bisa dibuka (folder tidak ada, hanya-baca atau tanpa izin); "
                  "periksa JEJAK_DATA_DIR.")
DB_FULL = "Disk penuh: jurnal {where} tidak bisa ditulis; kosongkan ruang disk lalu coba lagi."
DB_LOCKED = "Jurnal {where} sedang dikunci proses lain terlalu lama; coba lagi sebentar lagi."
DB_FAILED = "Basis data {where} gagal ({detail}); coba lagi, dan periksa JEJAK_DATABASE_URL bila berulang."

LABELS = {
    ("activity", "output"): "Keluaran",
    ("activity", "text"): "Teks kegiatan",
    ("activity", "description"): "Uraian kegiatan",
    ("activity", "source_ref"): "Rujukan pesan",
    ("staff", "name"): "Nama pegawai",
    ("staff", "jabatan"): "Jabatan",
    ("staff", "nip"): "NIP",
    ("staff", "sheet_name"): "NamaFile",
    ("staff", "sheet_link"): "LinkFile",
    ("staff", "timezone"): "Zona waktu",
    ("unit", "name"): "Nama unit kerja",
    ("agency", "id"): "Kode instansi",
    ("agency", "name"): "Nama instansi",
    ("rhk", "code"): "Kode RHK",
    ("rhk", "text"): "Teks RHK",
    ("rhk", "target"): "Target RHK",
    ("rhk", "period"): "Periode SKP",
    ("review", "comment"): "Komentar",
}
WHAT = {"staff": "pegawai", "activity": "entri", "rhk": "RHK pegawai", "unit": "unit", "agency": "instansi"}

BAD_WEEK = "Minggu '{key}' tidak dikenali; tulis seperti 2026-W48."
BAD_MONTH = "Bulan '{key}' tidak dikenali; tulis seperti 2026-11."

# the team view, review and escalation messages (journal.monitor_view)
TEAM_HEAD = "Tim Anda, {period} ({days} hari kerja; standar {std} jam per orang)"
TEAM_LINE = "{mark} {name}: {hours} jam, {entries} entri, {days} hari terisi"
MARK_OK, MARK_BELOW, MARK_NONE = "✅", "⚠️", "❌"
TEAM_NOT_LOGGED = "Belum mengisi: {names}"
TEAM_BELOW = "Di bawah standar: {names}"
TEAM_ALL_LOGGED = "Semua anggota tim sudah mengisi."
TEAM_PENDING = "Menunggu tinjauan: {total} entri{shown}"
TEAM_PENDING_LINE = "• #{id} {day} {name}: {text}"
TEAM_CORRECTED = "  ✏️ dikoreksi: {changes}"
TEAM_CHANGE = "{field} {old} → {new}"
FIELD_NAMES = {"rhk": "RHK", "probis": "probis", "pokin": "pokin", "nilai": "nilai"}
TEAM_VALUES = "Sebaran nilai BerAKHLAK: {values}"
TEAM_RHK = "Progres RHK (entri / volume pada periode):"
TEAM_RHK_LINE = "• {name} {code}: {entries} entri, volume {volume:g}{target}"
TEAM_RHK_LINE_PERCENT = "• {name} {code}: {entries} entri{target}"
TEAM_RHK_TARGET = " (target {target})"
NONE = "-"

REVIEW_DONE = {
    "approve": "Entri #{id} milik {owner} disetujui.",
    "return": "Entri #{id} milik {owner} dikembalikan dengan komentar: {comment}",
    "comment": "Komentar untuk entri #{id} milik {owner} tersimpan.",
    "resubmit": "Entri #{id} diajukan ulang dan menunggu tinjauan atasan.",
}
TO_OWNER = {
    "approve": "✅ Entri Anda #{id} ({day}) disetujui oleh {actor}.",
    "return": ("↩️ Entri Anda #{id} ({day}) dikembalikan oleh {actor}: {comment}\n"
               "Perbaiki lalu ajukan ulang dengan /ajukan {id} <teks perbaikan>."),
    "comment": "💬 {actor} mengomentari entri Anda #{id} ({day}): {comment}",
}
TO_SUPERVISOR_RESUBMIT = "🔁 {actor} mengajukan ulang entri #{id} ({day}): {text}"

ESCALATION_HEAD = "Eskalasi: anggota tim berikut tidak mengisi jurnal {days} hari kerja terakhir:"
ESCALATION_LINE = "• {name} (terakhir mengisi: {last})"
ESCALATION_NEVER = "belum pernah"
ESCALATION_NONE = "Tidak ada anggota tim yang absen mengisi {days} hari kerja terakhir."
CLI_NOT_DELIVERED = "Catatan: pemberitahuan Telegram tidak terkirim; tinjauan tetap tersimpan."

# recap and scope refusals
RECAP_UNKNOWN_KIND = "Cakupan rekap '{kind}' tidak dikenal; pilih pegawai, unit, atasan atau instansi."
RECAP_NOBODY = "Tidak ada pegawai untuk {scope} '{key}'; periksa NIP, nama unit atau id instansi."
SCOPE_UNKNOWN_NIP = "NIP {nip} tidak terdaftar; minta admin instansi mendaftarkannya."
