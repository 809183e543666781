"""Indonesian texts of the agent's commands (log, analyze, eval, demo)."""
from __future__ import annotations

LOG_HELP = "Catat kegiatan: urai, periksa, nilai terhadap probis/pokin/RHK/BerAKHLAK, lalu simpan."
ANALYZE_HELP = "Nilai kegiatan dari berkas JSONL tanpa menyimpan (satu baris keluaran per baris masukan)."
EVAL_HELP = "Evaluasi mutu penilaian pada set berlabel (per nilai, macro-F1, R-precision, top-1 probis/RHK)."
DEMO_HELP = "Demo lengkap: siapkan instansi contoh, jalankan percakapan beberapa pegawai, tampilkan balasan."

ANSWER_PROMPT = "Jawaban"
INGESTING = "Menyiapkan paket contoh '{instansi}' dari {pack} ..."
READY = "Siap: {docs} dokumen, {staff} pegawai, {rhk} RHK."
BAD_LINE = "Baris {n} bukan JSON yang sah; perbaiki atau hapus baris itu."
NO_TEXT = "Baris {n} tidak punya teks di 'text', 'stage' atau 'activity'."
ANALYZED = "{n} kegiatan dinilai -> {out}"
BAD_DATE = "Tanggal '{value}' tidak dikenali; tulis seperti 2026-11-24."

EVAL_HEAD = "Set: {path} ({n} kegiatan; probis {np}, RHK {nr})"
EVAL_VALUES = "{name:<24} P={precision:.3f} R={recall:.3f} F1={f1:.3f} (n={support})"
EVAL_SUMMARY = (
    "macro-F1={macro_f1:.3f}  R-precision={r_precision:.3f}  hit@1={hit_at_1:.3f}  "
    "rata-rata terpilih={mean_selected:.2f} (label {mean_labeled:.2f})"
)
EVAL_TOP1 = "top-1 probis={probis}  top-1 pokin={pokin}  top-1 RHK={rhk}"
EVAL_CV = "validasi silang {folds}-lipat (nilai): macro-F1={macro_f1:.3f}  R-precision={r_precision:.3f}  terpilih={mean_selected:.2f} (label {mean_labeled:.2f})"
EVAL_SAVED = "Kalibrasi disimpan di {path}"

DEMO_TITLE = "JEJAK ASN — demo percakapan (instansi contoh: {instansi}, analis: {analyst})"
DEMO_USER = "\n👤 {name} ({jabatan}):\n{text}"
DEMO_BOT = "🤖 {reply}"
DEMO_SUMMARY_TITLE = "\nRingkasan hari ini"
DEMO_SUMMARY_LINE = "- {name}: {n} kegiatan, {minutes} menit"
DEMO_OUTBOX = "Antrean Google Sheets: {n} operasi menunggu (aktif setelah kredensial diisi)."
DEMO_NEXT = "Coba sendiri: jejak log --nip {nip} \"rapat koordinasi tim 1 jam, 1 notulen\""
