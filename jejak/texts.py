"""Every Indonesian text of the command line, in one module (``from jejak import texts as T``).
Sections follow the command modules."""
from __future__ import annotations

# log, analyze, eval, demo (jejak.cli_agent, jejak.demo_agent)
LOG_HELP = "Catat kegiatan: urai, periksa, nilai terhadap probis/pokin/RHK/BerAKHLAK, lalu simpan."
ANALYZE_HELP = "Nilai kegiatan dari berkas JSONL tanpa menyimpan (satu baris keluaran per baris masukan)."
EVAL_HELP = "Evaluasi mutu penilaian pada set berlabel (per nilai, macro-F1, R-precision, top-1 probis/RHK)."
DEMO_HELP = "Demo lengkap: siapkan instansi contoh, jalankan percakapan beberapa pegawai, tampilkan balasan."

ANSWER_PROMPT = "Jawaban"
INGESTING = "Menyiapkan paket contoh '{agency_id}' dari {pack} ..."
READY = "Siap: {docs} dokumen, {staff} pegawai, {rhk} RHK."
BAD_LINE = "Baris {n} bukan JSON yang sah; perbaiki atau hapus baris itu."
NO_TEXT = "Baris {n} tidak punya teks di 'text', 'stage' atau 'activity'."
ANALYZED = "{n} kegiatan dinilai -> {out}"
BAD_DATE = "Tanggal '{value}' tidak dikenali; tulis seperti 2026-11-24."


DEMO_TITLE = "JEJAK ASN — demo percakapan (instansi contoh: {agency_id}, analis: {analyst})"
DEMO_USER = "\n👤 {name} ({jabatan}):\n{text}"
DEMO_BOT = "🤖 {reply}"
DEMO_SUMMARY_TITLE = "\nRingkasan hari ini"
DEMO_SUMMARY_LINE = "- {name}: {n} kegiatan, {duration}"
DEMO_OUTBOX = "Antrean Google Sheets: {n} operasi menunggu (aktif setelah kredensial diisi)."
DEMO_NEXT = "Coba sendiri: jejak log --nip {nip} \"rapat koordinasi tim 1 jam, 1 notulen\""

# jejak eval: per agency and data set, held-out figures (jejak.eval_agent)
PREPARING = "Menyiapkan instansi '{agency}' dari {docs} ..."
TABLE_HEAD = (
    "set                          |    n | probis: top1 r@8 tepat jawab | pokin: top1 r@8 tepat jawab "
    "| RHK: top1 r@8 tepat jawab | nilai: R-prec F1"
)
TABLE_NOTE = (
    "top1 = kandidat teratas benar; r@8 = label ada di 8 kandidat teratas; tepat = benar saat analis menjawab; "
    "jawab = bagian kegiatan yang dijawab (sisanya 'belum dapat dipastikan')."
)
POOL_BLIND = "gabungan set buta"
POOL_FINAL = "gabungan set buta akhir"
EVAL_SAVED = "Kalibrasi disimpan di {path}"
EVAL_CV = (
    "validasi silang {folds}-lipat ({splits} pembagian): macro-F1={macro_f1:.3f}  R-precision={r_precision:.3f}  "
    "terpilih={mean_selected:.2f} (label {mean_labeled:.2f})  top-1 probis={probis_top1:.3f}  "
    "pokin={pokin_top1:.3f}  RHK={rhk_top1:.3f}"
)
FIT_COLLECT = "Mengumpulkan fitur {name} ..."
FIT_HEAD = "Tiap instansi ditahan (dikalibrasi pada instansi lain):"
FIT_ONE_AGENCY = "Hanya satu instansi: angka yang ditahan butuh minimal dua instansi; parameter dipasang pada semua data."
LEARN_RUN = "Memutar ulang {name} sebagai pengguna (catat, lalu konfirmasi atau koreksi) ..."
LEARN_HEAD = "{name}: top-1 per sepersepuluh urutan, dan top-1 setelah node-nya punya contoh terkonfirmasi"
LEARN_ROW = "  {kind:<7} {tenths}  | setelah contoh: {acc} (n={n})"

# ingest and kb (jejak.cli_kb)
INGEST_HELP = "Ingest dokumen instansi (berkas atau folder) ke basis pengetahuan, lalu sinkronkan pegawai dan SKP ke jurnal."
INGEST_PROGRESS = "Mengingest"
INGEST_TITLE = "Hasil ingest ke '{agency_id}'"
INGEST_COLS = ("Berkas", "Jenis", "Status", "Halaman", "Potongan")
INGEST_TOTAL = "Total: {files} berkas, {pages} halaman, {chunks} potongan teks."
INGEST_SKIPPED_TITLE = "Dilewati"
INGEST_SKIPPED_COLS = ("Berkas", "Alasan")
INGEST_NOTE = "Catatan: {note}"
INGEST_SYNCED = "Jurnal: {staff} pegawai dan {rhk} RHK disinkronkan."
INGEST_NOTHING = "Tidak ada berkas yang berhasil diingest; periksa alasan di tabel 'Dilewati'."

LIST_TITLE = "Dokumen di basis pengetahuan"
LIST_COLS = ("Instansi", "Dokumen", "Jenis", "Versi", "Potongan", "Diingest")
LIST_EMPTY = "Basis pengetahuan masih kosong; jalankan 'jejak ingest PATH --instansi ID'."
REMOVED = "Dokumen '{doc}' dihapus dari '{agency_id}' ({chunks} potongan)."

SEARCH_COLS = ("#", "Skor", "Jenis", "Sumber", "Cuplikan")
SEARCH_EMPTY = "Tidak ada hasil untuk '{query}' di '{agency_id}'."

EVAL_INGESTING = "Basis pengetahuan '{agency_id}' kosong; paket contoh {pack} diingest ke folder sementara."
EVAL_SUMMARY = "{n} kueri, k={k}: recall@{k} = {recall:.3f}, hit@{k} = {hit:.3f}, MRR = {mrr:.3f}"
EVAL_MISSES = "Kueri yang belum lengkap ({n}):"
EVAL_MISS = "  - {query!r}: ditemukan {found}/{total}; teratas: {top}"

# koreksi and konfirmasi (jejak.cli_koreksi)
KOREKSI_HELP = ("Koreksi analisis entri: RHK, probis, pokin ('-' = tidak ada) atau nilai BerAKHLAK; "
                "entri menjadi contoh yang dipelajari analis.")
KONFIRMASI_HELP = "Konfirmasi entri dan analisisnya; entri menjadi contoh yang dipelajari analis."
NOTHING = "Sebutkan yang dikoreksi: --rhk, --probis, --pokin atau --nilai."
CORRECTED = "Entri #{id} dikoreksi:"
CHANGE = "- {field}: {old} -> {new}"
UNCHANGED = "Entri #{id} sudah sesuai; tidak ada yang berubah (entri ditandai terverifikasi)."
CONFIRMED = "Entri #{id} dikonfirmasi; analis belajar darinya."
NONE = "tidak ada"
FIELDS = {"rhk": "RHK", "probis": "Probis", "pokin": "Pokin", "nilai": "Nilai BerAKHLAK"}

# Sheets and recap commands (jejak.cli_sheets)
NOT_CONFIGURED = "Google Sheets belum dikonfigurasi: semua entri tetap aman di jurnal dan menunggu di antrean."
STATUS = ("Antrean Sheets: {pending} menunggu, {failed} gagal, {done} terkirim.\n"
          "Percobaan berikutnya: {next}\nGalat terakhir: {error}")
SYNC_OK = "Sinkron selesai: {ops} operasi, {rows} baris ditulis dengan {requests} permintaan API."
SYNC_FAIL = ("Sinkron berhenti: {error}\n{ops} operasi terkirim; sisanya dicoba lagi mulai {next}.")
SYNC_REJECTED = "Sinkron gagal permanen untuk {failed} operasi: {error}"
RETRIED = "{n} operasi gagal dikembalikan ke antrean."
REBUILT = "Tab {tab} dibangun ulang dari jurnal: {rows} entri."
IMPORTED = ("Impor selesai dari spreadsheet {sid}: {staff} pegawai, {activities} aktivitas baru "
            "({skipped} sudah ada); tabel probis: {probis}, tabel pokin: {pokin} masuk basis pengetahuan.")
SCOPE_NEEDED = "Pilih satu cakupan: --nip, --unit, --atasan atau --instansi."
PERIOD_NEEDED = "Pilih satu periode: --minggu YYYY-Www atau --bulan YYYY-MM."
FORMAT_UNKNOWN = "Format '{fmt}' tidak dikenal; pilih xlsx, pdf, png, sheets atau csv."
WRITTEN = "Ditulis: {path}"
SHEET_WRITTEN = "Tab rekap '{tab}' ditulis ke spreadsheet {sid}."
RECAP_LINE = ("{label} · {period}: {entries} entri, {hours} jam dari standar {std} jam ({pct}%), "
              "{empty} hari kerja tanpa entri.")


# one line per failure a user or operator can cause (jejak.failures)
UNEXPECTED = ("Galat: galat tak terduga ({kind}: {detail}); jalankan ulang dengan 'jejak --verbose ...' untuk rinciannya "
              "dan laporkan bila berulang.")
USAGE = "Galat: {message} (lihat '{command} --help')."
USER = "Galat: {message}"
CONFIG = "Galat: konfigurasi tidak sah: {fields}; perbaiki variabel JEJAK_... atau berkas .env."
DISK_FULL = "Galat: disk penuh{where}; kosongkan ruang disk lalu coba lagi."
READ_ONLY = "Galat: tidak bisa menulis{where} (folder hanya-baca atau tanpa izin tulis); beri izin tulis atau pakai JEJAK_DATA_DIR lain."
NO_ACCESS = ("Galat: tidak punya izin akses{where} (folder hanya-baca atau milik pengguna lain); "
             "periksa hak baca/tulisnya atau pakai JEJAK_DATA_DIR lain.")
MISSING = "Galat: berkas atau folder{where} tidak ada; periksa path-nya."
OS_FAILED = "Galat: operasi berkas gagal{where} ({detail})."
NETWORK = ("Galat: server di jaringan tidak dapat dihubungi ({detail}); periksa JEJAK_CHROMA_URL (server Chroma) "
           "dan jaringannya, lalu coba lagi.")

# usage errors of the command line (click's own messages, said in Indonesian)
USAGE_MISSING = "{kind} {name} wajib diisi"
USAGE_NO_OPTION = "opsi {name} tidak dikenal"
USAGE_NO_COMMAND = "perintah '{name}' tidak dikenal"
USAGE_DID_YOU_MEAN = "; maksud Anda {options}?"
USAGE_BAD_VALUE = "nilai {name} tidak sah: {detail}"
USAGE_EXTRA = "argumen tambahan tidak dikenal: {args}"
USAGE_INTEGER = "harus bilangan bulat"
USAGE_NUMBER = "harus angka"
USAGE_NOT_FOUND = "'{path}' tidak ada"
USAGE_CHOICE = "harus salah satu dari {choices}"
USAGE_AT_LEAST = "minimal {n}"
USAGE_AT_MOST = "maksimal {n}"

# jejak bot, jejak tanya
BOT_RUNNING_WEBHOOK = "Bot berjalan (webhook {url}, port {port}). Ctrl+C untuk berhenti."
BOT_RUNNING_POLLING = "Bot berjalan (long polling). Ctrl+C untuk berhenti."
BAD_DAY = "Tanggal '{text}' tidak dikenali; tulis seperti 2026-11-20."
REVIEW_ONE_ACTION = "Pilih tepat satu: --setujui, --kembalikan, --komentar, atau --ajukan-ulang."
