"""Indonesian texts of the answers to questions about recorded performance."""

HELP = (
    "Maaf, pertanyaan itu belum saya pahami. Yang bisa ditanyakan, misalnya:\n"
    "• berapa jam Budi bulan ini untuk RHK 2?\n"
    "• siapa di tim saya yang belum mengisi minggu ini?\n"
    "• siapa yang jam kerjanya di bawah standar minggu ini?\n"
    "• nilai BerAKHLAK apa yang paling jarang muncul pada Siti bulan Oktober?\n"
    "• aktivitas apa saja yang mendukung proses penyusunan anggaran?\n"
    "• bandingkan jam kerja tim saya minggu ini dan minggu lalu\n"
    "• siapa yang paling banyak jam kerjanya bulan lalu?\n"
    "• entri mana yang menunggu persetujuan?\n"
    "• progres RHK saya bulan ini / usulan predikat Budi bulan Oktober\n"
    "Sebutkan nama (atau NIP), periode (hari ini, minggu ini/lalu, bulan ini/lalu, nama bulan, tanggal) "
    "dan bila perlu nomor RHK, nilai BerAKHLAK, atau nama proses bisnis."
)
AMBIGUOUS = "Nama yang Anda sebut cocok dengan beberapa pegawai: {names}. Sebutkan nama lengkap atau NIP."
REFUSED = "⛔ {message}"
ERROR = "Tidak dapat menjawab: {message}"
LLM_FALLBACK = "(Model bahasa tidak tersedia; dijawab oleh mesin tanya-jawab bawaan.)"

HOURS_ONE = "{name} mencatat {hours} jam dari {entries} entri pada {period}{filters}."
HOURS_MANY = "Total {hours} jam dari {entries} entri pada {period}{filters}:"
COUNT_ONE = "{name} mencatat {entries} entri pada {period}{filters} ({hours} jam)."
COUNT_MANY = "Total {entries} entri pada {period}{filters}:"
PERSON_LINE = "• {name}: {hours} jam, {entries} entri"
FILTER_RHK = " untuk {rhk}"
FILTER_VALUE = " dengan nilai {value}"
FILTER_PROCESS = " yang mendukung proses {processes}"
CITES = "Entri yang dihitung: {ids}{more}."
CITES_MORE = " dan {n} lainnya"

MISSING_NONE = "Semua {checked} pegawai sudah mengisi jurnal pada {period}."
MISSING = "Belum mengisi jurnal pada {period} ({n} dari {checked} pegawai): {names}."
BELOW_NONE = "Tidak ada pegawai di bawah standar {std} jam pada {period} ({checked} pegawai diperiksa)."
BELOW = "Di bawah standar {std} jam pada {period} ({n} dari {checked} pegawai):"
BELOW_LINE = "• {name}: {hours} jam"

VALUES_HEAD = "Sebaran nilai BerAKHLAK pada {period} ({who}, {entries} entri):"
VALUES_LINE = "• {value}: {n} kali"
VALUES_RAREST = "Paling jarang muncul: {values}."
VALUES_MOST = "Paling sering muncul: {values}."
VALUE_COUNT = "Nilai {value} muncul pada {n} entri {who} pada {period}."

ACTIVITIES_NONE = "Tidak ada entri pada {period}{filters}."
ACTIVITIES = "{total} entri pada {period}{filters}{shown}:"
ACTIVITIES_SHOWN = " ({n} terbaru ditampilkan)"
ACTIVITY_LINE = "• #{id} {day} {name}: {text} ({minutes} menit)"

COMPARE = ("{a_period}: {a_hours} jam ({a_entries} entri); {b_period}: {b_hours} jam ({b_entries} entri). "
           "Selisih {diff} jam ({direction}).")
UP, DOWN, SAME = "naik", "turun", "sama"

TOP_MAX = "Jam kerja terbanyak pada {period}: {names} ({hours} jam)."
TOP_MIN = "Jam kerja paling sedikit pada {period}: {names} ({hours} jam)."
TOP_LINE = "• {name}: {hours} jam"

PENDING_NONE = "Tidak ada entri yang menunggu persetujuan."
PENDING = "{total} entri menunggu persetujuan{shown}:"
PENDING_LINE = "• #{id} {day} {name}: {text}"

RHK_NONE = "Belum ada entri yang terkait RHK pada {period}."
RHK_HEAD = "Progres RHK pada {period}:"
RHK_LINE = "• {name} {rhk}: {entries} entri, {hours} jam, volume {volume:g}"

PREDIKAT_HEAD = "USULAN predikat untuk {name}, {period} (bukan keputusan; untuk bahan penilai):"
PREDIKAT_BODY = ("• Hasil kerja: {hasil} (rata-rata capaian {ratio:.0%} dari target berjalan)\n"
                 "• Perilaku: {perilaku} ({shown} dari 7 nilai BerAKHLAK tampak pada {entries} entri)\n"
                 "• Predikat usulan: {predikat} (matriks PermenPANRB 6/2022)")
PREDIKAT_EVIDENCE = "Bukti:"
PREDIKAT_RHK_T = "• {code} {text}: realisasi {realised} dari target berjalan {expected} (target {target}), {entries} entri"
PREDIKAT_RHK_N = "• {code} {text}: {entries} entri pendukung (target {target}, non-trajectory)"
PREDIKAT_VALUES = "• Nilai BerAKHLAK: {values}"

KNOWLEDGE_NONE = "Tidak ada dokumen instansi yang cocok."
KNOWLEDGE_LINE = "• {text} [{source}]"
WHO_SELF = "Anda"
