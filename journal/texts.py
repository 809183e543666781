"""Indonesian messages of the journal's storage layer: limits, the day budget, and a database
that cannot be reached or written. Each fits one line and says what to do."""

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
