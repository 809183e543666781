"""Every Indonesian text the agent layer sends to users.

First the activity analysis (replies, questions, refusals), then the answers to questions about
recorded performance (``/tanya``). Other layers keep their own texts module.
"""
from __future__ import annotations

TOO_SHORT = "❌ Pesan terlalu pendek ({n} karakter, minimal {min}). Tulis kegiatan kerja Anda, mis. 'menyusun 1 laporan monev 2 jam'."
TOO_LONG = "❌ Pesan terlalu panjang ({n} karakter, maksimal {max}). Pecah menjadi beberapa pesan atau daftar bernomor."
NOT_WORK = (
    "❌ Tidak dicatat: pesan ini bukan kegiatan kerja. Saya mencatat kegiatan kerja harian Anda; kirim kegiatan "
    "dengan waktu dan hasilnya, "
    "mis. 'rapat koordinasi tim 09.00-10.30, 1 notulen' atau 'menyusun SPJ 2 jam, 3 dokumen'. "
    "Beberapa kegiatan sekaligus: tulis satu per baris atau bernomor."
)
FUTURE_DATE = "Tanggal {day} belum terjadi; kegiatan hanya bisa dicatat untuk hari ini atau sebelumnya."
TOO_OLD = "Tanggal {day} sudah lebih dari {n} hari lalu; kegiatan hanya bisa dicatat paling lama {n} hari ke belakang."
OVER_24H = "Durasi {minutes} menit melebihi 24 jam; periksa lagi jam mulai dan selesai."
OVER_DAY = (
    "Total kegiatan tanggal {day} akan menjadi {total} menit, melebihi batas {max} menit sehari "
    "(sisa {left} menit). Periksa durasinya."
)
DUPLICATE = "⚠️ Mirip dengan entri #{id} di tanggal yang sama; hapus salah satunya jika dobel."
OVERLAP = "⚠️ Waktu {start}–{end} bertumpang tindih dengan entri #{id} ({ostart}–{oend}); periksa jamnya."
OVERLAP_HERE = "⚠️ Waktu {start}–{end} bertumpang tindih dengan \"{what}\" ({ostart}–{oend}); periksa jamnya."
NOT_WORK_ITEM = "bukan kegiatan kerja, tidak dicatat."
EDIT_MANY = ("❌ Perubahan mengganti satu entri, tetapi teks ini berisi {n} kegiatan. Kirim satu kegiatan saja; "
             "kegiatan lain kirim sebagai pesan biasa.")

ASK_MINUTES = "Berapa lama kegiatan \"{what}\"? Jawab mis. '2 jam', '90 menit' atau '08.00-10.30'."
ASK_OUTPUT = "Apa hasil kegiatan \"{what}\"? Jawab mis. '1 notulen', '3 dokumen' atau '-' jika tidak ada."
ASK_BOTH = (
    "Berapa lama kegiatan \"{what}\" dan apa hasilnya? "
    "Jawab mis. '2 jam, 1 laporan' atau '08.00-10.30, 3 dokumen'."
)
CANCELLED = "Dibatalkan: \"{what}\" tidak dicatat."
NOTHING_TO_CANCEL = "Tidak ada yang sedang menunggu jawaban; entri yang sudah tersimpan tidak berubah."
EDIT_CANCELLED = "Pengubahan entri #{id} dibatalkan; entri tetap seperti semula."
NOT_AN_ANSWER = "Pesan itu tidak saya catat."
MANAGE_HINT = ("Pesan itu tidak saya catat sebagai kegiatan. Untuk itu kirim /{command} {number} "
               "(nomor entri ada di /hari_ini).")
MANAGE_NUMBER = "<nomor>"
THANKS = "Sama-sama! 🙏"
WAITING = "❓ {question}"
WAITING_MORE = "({n} kegiatan lain juga menunggu dilengkapi; akan saya tanyakan satu per satu.)"
QUEUED = "📝 Menunggu dilengkapi: \"{what}\"."

SAVED_HEADER = "✅ Tersimpan #{id} ({day}, {duration}{output})."
ANALYZED_HEADER = "Analisis ({day}, {duration}{output})."
UPDATED_HEADER = "✏️ Entri #{id} diperbarui ({day}, {duration}{output})."
REJECTED_ITEM = "❌ \"{what}\": {why}"
VALUES_LINE = "Nilai BerAKHLAK: {values}. Bukti: {evidence} [{source}]"
PROBIS_LINE = "Probis: {path} {name} ({level} {score:.0f}%) [{source}]"
POKIN_LINE = "Pokin: {path}, indikator \"{indicator}\" ({level} {score:.0f}%) [{source}]"
RHK_LINE = "RHK: {id} {name} ({score:.0f}%) [{source}]"
UNSURE_LINE = "{kind}: belum dapat dipastikan; paling mungkin {options}."
UNSURE_OPTION = "{id} {name}"
UNSURE_JOIN = " atau "
KIND_LABELS = {"probis": "Probis", "pokin": "Pokin", "rhk": "RHK"}
PATH_JOIN = " › "
PATH_LONG = "… › "
NO_PROBIS = "Probis: tidak dapat teridentifikasi."
NO_POKIN = "Pokin: tidak dapat teridentifikasi."
NO_RHK = "RHK: belum terkait RHK Anda."
SUGGESTION = "Saran: {text}"
SUGGEST_VAGUE = "tulis objek dan hasilnya lebih rinci, mis. 'menyusun 1 laporan monev aplikasi SOBAT untuk Ketua Tim'."
SUGGEST_NO_MATCH = "sebut nama aplikasi, dokumen atau layanan yang dikerjakan agar cocok dengan proses bisnis instansi."
BERAKHLAK_SOURCE = "SE MenPANRB 20/2021"
LEVEL_NAMES = {"exact": "sama persis", "high": "tinggi", "semantic": "semantik", "context": "konteks", "none": "tidak ada"}
ANALYST_FALLBACK = "(Analisis tertanam dipakai: {why}.)"


# --- answers to questions about recorded performance (agent.tanya) ---
HELP = (
    "Maaf, pertanyaan itu belum saya pahami. Yang bisa ditanyakan, misalnya:\n"
    "• berapa jam Budi bulan ini untuk RHK 2? / rata-rata jam per hari kerja tim saya minggu lalu\n"
    "• siapa di tim saya yang belum mengisi minggu ini? / siapa yang di bawah standar sejak tanggal 3?\n"
    "• jam kerja per RHK Siti bulan Oktober / jumlah entri per minggu Bagian Umum triwulan IV\n"
    "• nilai BerAKHLAK apa yang paling jarang muncul pada Siti bulan Oktober?\n"
    "• kegiatan soal perjadin bulan ini / entri Budi yang dikembalikan / yang belum ada buktinya\n"
    "• bandingkan jam kerja tim saya minggu ini dan minggu lalu / 3 orang dengan jam terbanyak\n"
    "• entri yang perlu saya setujui / yang saya kembalikan / yang dikembalikan ke saya\n"
    "• progres RHK saya bulan ini / usulan predikat Budi bulan Oktober\n"
    "Sebutkan nama (atau NIP) atau tim, periode (hari ini, minggu ke-2 November, dari … sampai …, sejak …, "
    "triwulan IV) dan bila perlu topik, RHK, nilai BerAKHLAK, status, atau nama proses bisnis."
)
AMBIGUOUS = "Nama yang Anda sebut cocok dengan beberapa pegawai: {names}. Sebutkan nama lengkap atau NIP."
AMBIGUOUS_ARG = "Nama '{part}' cocok dengan beberapa pegawai ({names}); sebutkan nama lengkap atau NIP."
UNKNOWN_PERSON = "Pegawai '{part}' tidak ditemukan; periksa ejaan nama atau gunakan NIP."
UNKNOWN_PROCESS = "Proses bisnis '{process}' tidak dikenali; sebutkan nama proses seperti di peta proses bisnis."
UNKNOWN_TOPIC = "Topik '{topic}' terlalu umum; sebutkan kata kuncinya, mis. 'perjadin' atau 'jaringan'."
UNKNOWN_POKIN = "Pohon kinerja '{pokin}' tidak dikenal; sebutkan kodenya, mis. PK-1.3.1."
UNKNOWN_STATUS = "Status '{status}' tidak dikenal; pilih diajukan, disetujui, atau dikembalikan."
UNKNOWN_VALUE = "Nilai '{value}' bukan nilai BerAKHLAK; pilih salah satu dari tujuh nilai BerAKHLAK."
UNKNOWN_QUEUE = ("Antrean '{kind}' tidak dikenal; pilih perlu_saya_tinjau, saya_kembalikan, saya_setujui, "
                 "dikembalikan_ke_saya, atau saya_menunggu.")
UNKNOWN_MEASURE = "Ukuran '{measure}' tidak dikenal; pilih salah satu: {choices}."
UNKNOWN_GROUP = "Kelompok '{group}' tidak dikenal; pilih salah satu: {choices}."
NO_TEAM = "Anda tidak memiliki anggota tim; Anda hanya dapat bertanya tentang entri sendiri."
NO_UNIT = "Anda belum tercatat di unit mana pun."
NO_BOSS = "Anda tidak memiliki atasan yang tercatat."
NO_TEAM_OF = "{name} tidak memiliki anggota tim."
ONE_PERSON = "Usulan predikat dibuat untuk satu pegawai; sebutkan satu nama atau NIP."
NO_KNOWLEDGE = "Basis pengetahuan belum tersedia; jalankan jejak kb ingest."
REFUSED = "⛔ {message}"
ERROR = "Tidak dapat menjawab: {message}"
LLM_FALLBACK = "(Model bahasa tidak tersedia; dijawab oleh mesin tanya-jawab bawaan.)"

WHO_SELF = "Anda"
WHO_TEAM = "tim Anda"
WHO_DIRECT = "bawahan langsung Anda"
WHO_SCOPE = "pegawai dalam cakupan Anda"
WHO_ALL = "seluruh pegawai instansi"
WHO_EXCEPT = "{who} (tanpa {n} orang yang dikecualikan)"
WHO_UNIT = "unit Anda"
WHO_BOSS = "atasan Anda"
WHO_TEAM_OF = "tim {name}"
SCOPE_NOTE = "dalam cakupan Anda sebagai {role}: {n} pegawai"
ASSUMED = "Periode tidak disebut; dianggap {period}."
ALL_TIME = "sepanjang waktu"
PERIOD = "{label} ({start} s.d. {end})"
PERIOD_PLAIN = "{label}"

# measures: how a figure is written
UNIT_TEXT = {"jam": "{v} jam", "entri": "{v} entri", "hari": "{v} hari", "persen": "{v}% dari standar",
             "jam/hari terisi": "{v} jam per hari terisi", "jam/hari kerja": "{v} jam per hari kerja",
             "jam/orang": "{v} jam per orang", "orang": "{v} orang", "entri/hari terisi": "{v} entri per hari terisi",
             "entri/hari kerja": "{v} entri per hari kerja", "menit": "{v} menit", "jam/entri": "{v} jam per entri",
             "menit/entri": "{v} menit per entri", "entri/orang": "{v} entri per orang"}
MEASURE_FORMAT = {"persen_entri": "{v}% dari seluruh entri", "persen_hari": "{v}% hari kerja terisi"}
MEASURE_TEXT = {"persen_entri": "bagian entri", "rata_entri_hari_terisi": "rata-rata entri per hari terisi",
                "rata_entri_hari_kerja": "rata-rata entri per hari kerja","jam": "jam kerja", "entri": "jumlah entri", "hari_terisi": "hari terisi",
                "hari_kosong": "hari kerja tanpa entri", "rata_hari_terisi": "rata-rata jam per hari terisi",
                "rata_hari_kerja": "rata-rata jam per hari kerja", "persen_standar": "capaian jam terhadap standar",
                "rata_per_orang": "rata-rata jam per orang", "menit": "menit kerja",
                "jam_per_entri": "rata-rata durasi per entri", "menit_per_entri": "rata-rata durasi per entri",
                "selisih_standar": "kekurangan jam terhadap standar", "persen_hari": "bagian hari kerja yang terisi",
                "rata_entri_per_orang": "rata-rata entri per orang"}
GROUP_TEXT = {"pegawai": "per pegawai", "unit": "per tim", "rhk": "per RHK", "probis": "per proses bisnis", "pokin": "per pokin",
              "nilai": "per nilai BerAKHLAK", "nilai_utama": "per nilai BerAKHLAK utama", "minggu": "per minggu", "hari": "per hari", "bulan": "per bulan",
              "status": "per status"}
STATUS_TEXT = {"submitted": "diajukan (menunggu tinjauan)", "approved": "disetujui", "returned": "dikembalikan"}
STATUS_SHORT = {"submitted": "diajukan", "approved": "disetujui", "returned": "dikembalikan"}

FILTER_RHK = " untuk {rhk}"
FILTER_VALUE = " dengan nilai {value}"
FILTER_PROCESS = " yang mendukung proses {processes}"
FILTER_POKIN = " untuk pohon kinerja {pokin}"
FILTER_TOPIC = " tentang '{topic}'"
FILTER_STATUS = " berstatus {status}"
FILTER_EVIDENCE = {True: " yang ada buktinya", False: " tanpa bukti"}
CITES = "Entri yang dihitung: {ids}{more}."
CITES_MORE = " dan {n} lainnya"
CITES_NONE = "Tidak ada entri yang dihitung."

HOURS_ONE = "{name} mencatat {hours} jam dari {entries} entri pada {period}{filters}."
HOURS_MANY = "{who}: total {hours} jam dari {entries} entri pada {period}{filters}:"
COUNT_ONE = "{name} mencatat {entries} entri pada {period}{filters} ({hours} jam)."
COUNT_MANY = "{who}: total {entries} entri pada {period}{filters} ({hours} jam):"
MEASURE_ONE = "{what} {name} pada {period}{filters}: {value} ({hours} jam dari {entries} entri{extra})."
MEASURE_MANY = "{what} {who} pada {period}{filters}: {value} ({hours} jam dari {entries} entri{extra}):"
EXTRA_DAYS = ", {days} hari terisi"
EXTRA_WORKDAYS = ", {n} hari kerja berjalan"
EXTRA_PEOPLE = ", {n} orang"
PERSON_LINE = "• {name}: {hours} jam, {entries} entri"
PERSON_VALUE_LINE = "• {name}: {value} ({hours} jam, {entries} entri)"
GROUPS_HEAD = "{what} {by} untuk {who} pada {period}{filters} (total {hours} jam dari {entries} entri):"
GROUP_LINE = "• {label}: {value}"

MISSING_NONE = "Semua {checked} pegawai sudah mengisi jurnal pada {period}."
MISSING = "Belum mengisi jurnal pada {period} ({n} dari {checked} pegawai): {names}."
FILLED_NONE = "Belum ada dari {checked} pegawai yang mengisi jurnal pada {period}."
FILLED = "Sudah mengisi jurnal pada {period} ({n} dari {checked} pegawai): {names}."
BELOW_NONE = "Tidak ada pegawai di bawah standar {std} jam pada {period} ({checked} pegawai diperiksa)."
BELOW = "Di bawah standar {std} jam pada {period} ({n} dari {checked} pegawai):"
ABOVE_NONE = "Tidak ada pegawai yang memenuhi standar {std} jam pada {period} ({checked} pegawai diperiksa)."
ABOVE = "Memenuhi standar {std} jam pada {period} ({n} dari {checked} pegawai):"
BELOW_LINE = "• {name}: {hours}"
LIMIT_BELOW = "{what} kurang dari {limit} pada {period} ({n} dari {checked} pegawai):"
LIMIT_ABOVE = "{what} mencapai {limit} atau lebih pada {period} ({n} dari {checked} pegawai):"

VALUES_HEAD = "Sebaran nilai BerAKHLAK pada {period} ({who}, {entries} entri{filters}):"
VALUES_COUNT_LINE = "• {value}: {n} entri"
VALUES_RAREST = "Paling jarang muncul: {values}."
VALUES_MOST = "Paling sering muncul: {values}."
VALUES_EVEN = "Ketujuh nilai muncul sama sering ({n} entri); tidak ada yang paling sering atau paling jarang."
VALUES_NONE = "Tidak ada entri pada {period} ({who}{filters}), jadi belum ada nilai BerAKHLAK yang tampak."
VALUE_COUNT = "Nilai {value} muncul pada {n} dari {entries} entri {who} pada {period}{filters}."

ACTIVITIES_NONE = "Tidak ada entri {who} pada {period}{filters}."
ACTIVITIES = "{total} entri {who} pada {period}{filters} ({hours} jam){shown}:"
ACTIVITIES_SHOWN = " ({n} ditampilkan)"
ACTIVITY_LINE = "• #{id} {day} {name}: {text} ({minutes} menit, {status})"
LATEST = "Entri terakhir {who}{filters}:"

COMPARE = ("{what} ({who}{filters}): {a_period}: {a_value} ({a_entries} entri); {b_period}: {b_value} "
           "({b_entries} entri). {outcome}")
COMPARE_DIFF = "{a} {direction} {diff}{pct} dibanding {b}."
COMPARE_PCT = " ({pct}%)"
COMPARE_SAME = "{a} sama dengan {b}."
UP, DOWN = "lebih tinggi", "lebih rendah"

TOP_MAX = "{what} terbanyak pada {period}{filters}: {names} ({value})."
TOP_MIN = "{what} paling sedikit pada {period}{filters}: {names} ({value})."
TOP_N_MAX = "{n} teratas menurut {what} pada {period}{filters}:"
TOP_N_MIN = "{n} terbawah menurut {what} pada {period}{filters}:"
TOP_LINE = "{i}. {name}: {value}"

PENDING_NONE = "Tidak ada entri {who} yang menunggu persetujuan{period}."
PENDING = "{total} entri {who} menunggu persetujuan{period}{shown}:"
PENDING_LINE = "• #{id} {day} {name}: {text}"
QUEUE_HEAD = {
    "perlu_saya_tinjau": "{total} entri bawahan langsung Anda menunggu tinjauan Anda{period}{shown}:",
    "saya_kembalikan": "{total} entri pernah Anda kembalikan{period}{shown}:",
    "saya_setujui": "{total} entri Anda setujui{period}{shown}:",
    "dikembalikan_ke_saya": "{total} entri Anda berstatus dikembalikan{period}{shown}:",
    "saya_menunggu": "{total} entri Anda masih menunggu tinjauan atasan{period}{shown}:",
}
QUEUE_NONE = {
    "perlu_saya_tinjau": "Tidak ada entri bawahan langsung Anda yang menunggu tinjauan Anda{period}.",
    "saya_kembalikan": "Tidak ada entri yang Anda kembalikan{period}.",
    "saya_setujui": "Tidak ada entri yang Anda setujui{period}.",
    "dikembalikan_ke_saya": "Tidak ada entri Anda yang dikembalikan{period}.",
    "saya_menunggu": "Tidak ada entri Anda yang menunggu tinjauan{period}.",
}
QUEUE_PERIOD = " pada {period}"
QUEUE_ALL = " (sepanjang waktu)"

RHK_NONE = "Belum ada entri yang terkait RHK pada {period}."
RHK_HEAD = "Progres RHK pada {period}:"
RHK_PROGRESS_LINE = "• {name} {rhk}: {entries} entri, {hours} jam, volume {volume:g}"

PREDIKAT_HEAD = "USULAN predikat untuk {name}, {period} (bukan keputusan; untuk bahan penilai):"
PREDIKAT_BODY = ("• Hasil kerja: {hasil} (rata-rata capaian {ratio:.0%} dari target berjalan)\n"
                 "• Perilaku: {perilaku} ({shown} dari 7 nilai BerAKHLAK tampak pada {entries} entri)\n"
                 "• Predikat usulan: {predikat} (matriks PermenPANRB 6/2022)")
PREDIKAT_NOT_PROPOSED = "belum dapat diusulkan"
PREDIKAT_PROVISIONAL = "SEMENTARA: {reasons}; target dihitung sebanding dengan hari yang sudah berjalan."
PREDIKAT_HELD = ("Matriks memberi '{computed}', tetapi itu tidak diusulkan karena data periode ini belum lengkap; "
                 "kekurangan data saja bukan bukti kinerja rendah.")
PREDIKAT_REASON = {"elapsed": "baru {pct:.0%} hari kerja periode ini yang berjalan",
                   "entries": "baru {n:g} entri tercatat"}
PREDIKAT_EVIDENCE = "Bukti:"
PREDIKAT_RHK_T = "• {code} {text}: realisasi {realised} dari target berjalan {expected} (target {target}), {entries} entri"
PREDIKAT_RHK_N = "• {code} {text}: {entries} entri pendukung (target {target}, non-trajectory)"
PREDIKAT_VALUES = "• Nilai BerAKHLAK: {values}"

KNOWLEDGE_NONE = "Tidak ada dokumen instansi yang cocok."
KNOWLEDGE_LINE = "• {text} [{source}]"
BASIS_LLM = "Dasar: {period}; {who}; {cites}"
