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

STATUS_NEW = "baru"
STATUS_UPDATED = "diperbarui"
STATUS_UNCHANGED = "tidak berubah"
