"""Every Indonesian text the ingestion shows users (reasons, notes, statuses)."""

MISSING = "berkas atau folder tidak ditemukan; periksa path-nya."
UNSUPPORTED = "jenis berkas '{suffix}' tidak didukung; pakai PDF, DOCX, MD, TXT, CSV atau XLSX."
EMPTY = "berkas kosong; tidak ada yang bisa diingest."
NO_TEXT = "berkas tidak berisi teks yang bisa dibaca."
TOO_LARGE = "berkas {size:.1f} MB melebihi batas {limit:g} MB; pecah berkasnya atau naikkan JEJAK_MAX_FILE_MB."
BINARY = "berkas bukan teks (berisi data biner); simpan ulang sebagai teks UTF-8."
PDF_CORRUPT = "PDF rusak atau bukan PDF yang sah ({detail}); ekspor ulang PDF-nya."
PDF_ENCRYPTED = "PDF terkunci kata sandi; buka kuncinya lalu ingest ulang."
PDF_SCANNED = "PDF hasil pindaian tanpa lapisan teks ({pages} halaman); jalankan OCR dulu lalu ingest ulang."
DOCX_CORRUPT = "DOCX rusak atau bukan dokumen Word yang sah; simpan ulang dari Word/LibreOffice."
XLSX_CORRUPT = "XLSX rusak atau bukan lembar kerja Excel yang sah; simpan ulang dari Excel/LibreOffice."
READ_FAILED = "berkas tidak bisa dibaca ({detail})."
TOO_BIG_UNPACKED = ("isinya {size} MB setelah diekstrak, melebihi batas {limit} MB (JEJAK_MAX_UNCOMPRESSED_MB); "
                    "pecah berkasnya atau naikkan batas itu bila berkasnya memang sebesar itu.")
TOO_MANY_PAGES = ("{pages} halaman melebihi batas {limit} halaman (JEJAK_MAX_PAGES); "
                  "pecah berkasnya atau naikkan batas itu.")
TOO_MANY_ROWS = ("lebih dari {limit} baris berisi, melebihi batas JEJAK_MAX_ROWS; "
                 "pecah tabelnya atau naikkan batas itu.")
TOO_MANY_CELLS = ("lebih dari {limit} sel terbaca (termasuk sel kosong), melebihi batas JEJAK_MAX_CELLS; "
                  "hapus baris/kolom kosong di ujung lembar atau naikkan batas itu.")
TOO_MANY_CHUNKS = ("menghasilkan lebih dari {limit} potongan teks, melebihi batas JEJAK_MAX_CHUNKS; "
                   "pecah dokumennya atau naikkan batas itu.")
SYNC_FAILED = "data pegawai/SKP-nya tidak bisa disimpan ke jurnal, jadi dokumennya tidak disimpan: {detail}"
BAD_TYPE = "jenis dokumen '{doc_type}' tidak dikenal; pilih salah satu: {choices}."
PERMISSION = "berkas tidak boleh dibaca (izin akses); periksa hak aksesnya."
SAME_NAME = ("nama berkas sama dengan {other} dalam ingest ini dan akan menimpanya; "
             "ganti nama salah satunya lalu ingest ulang.")

NOTE_ENCODING = "{name}: bukan UTF-8, dibaca sebagai {encoding}; periksa huruf beraksen lalu simpan ulang sebagai UTF-8."
NOTE_UNKNOWN_HEADERS = "{name}{sheet}: judul kolom tidak dikenali ({headers}); baris diingest sebagai teks biasa."
NOTE_BAD_ROWS = "{name}{sheet}: {n} baris dilewati karena kolom wajib kosong (baris {rows})."
NOTE_LONG_NUMBERS = ("{name} [{sheets}]: angka panjang (mis. NIP) tersimpan sebagai angka dan bisa tidak presisi; "
                     "format kolom NIP sebagai teks lalu ingest ulang.")
NOTE_EMPTY_PAGES = "{name}: {n} halaman tanpa teks dilewati (hlm. {pages})."

UNIT_ROWS = "baris"
UNIT_PAGES = "halaman"
PROGRESS_START = "{name} ({i}/{n})"
PROGRESS_READ = "{name} ({i}/{n}): {done} {unit} dibaca"
PROGRESS_EMBED = "{name} ({i}/{n}): {done}/{total} potongan disematkan{eta}"
PROGRESS_ETA = ", sisa ±{time}"
SECONDS = "{n} detik"
MINUTES = "{n} menit"

STATUS_NEW = "baru"
STATUS_UPDATED = "diperbarui"
STATUS_UNCHANGED = "tidak berubah"
