"""Indonesian texts the agent sends to users (replies, questions, refusals)."""
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
DAY_SUMMARY = "Hari ini {n} kegiatan, total {minutes} menit ({hours:.1f} jam)."
