"""Indonesian texts of the team view, review and escalation messages."""

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
