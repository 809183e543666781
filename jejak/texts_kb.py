"""Indonesian texts of the knowledge-base commands (ingest, kb)."""

INGEST_HELP = "Ingest dokumen instansi (berkas atau folder) ke basis pengetahuan, lalu sinkronkan pegawai dan SKP ke jurnal."
INGEST_PROGRESS = "Mengingest"
INGEST_TITLE = "Hasil ingest ke '{instansi}'"
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
REMOVED = "Dokumen '{doc}' dihapus dari '{instansi}' ({chunks} potongan)."

SEARCH_COLS = ("#", "Skor", "Jenis", "Sumber", "Cuplikan")
SEARCH_EMPTY = "Tidak ada hasil untuk '{query}' di '{instansi}'."

EVAL_INGESTING = "Basis pengetahuan '{instansi}' kosong; paket contoh {pack} diingest ke folder sementara."
EVAL_SUMMARY = "{n} kueri, k={k}: recall@{k} = {recall:.3f}, hit@{k} = {hit:.3f}, MRR = {mrr:.3f}"
EVAL_MISSES = "Kueri yang belum lengkap ({n}):"
EVAL_MISS = "  - {query!r}: ditemukan {found}/{total}; teratas: {top}"
