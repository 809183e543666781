"""Every Indonesian label of recaps and reports, in one place."""
from __future__ import annotations

SCOPE = {"pegawai": "Pegawai", "unit": "Unit kerja", "atasan": "Tim", "instansi": "Instansi"}
TITLE = "Rekap Jurnal Kinerja"
MONTHLY_REPORT = "LAPORAN KINERJA HARIAN PEGAWAI"
PERIOD = "Periode"
NAME, NIP, JABATAN, UNIT = "Nama", "NIP", "Jabatan", "Unit kerja"

# summary rows
ENTRIES = "Jumlah entri"
HOURS = "Jam kerja tercatat"
STANDARD = "Standar jam kerja"
FILL = "Capaian jam terhadap standar"
WORKING_DAYS = "Hari kerja"
DAYS_FILLED = "Hari dengan entri"
DAYS_EMPTY = "Hari kerja tanpa entri"
NO_ENTRY_DATES = "Tanggal tanpa entri"

# tables
DAILY_COLUMNS = ("No", "Tanggal", "Aktivitas", "Durasi (menit)", "Keluaran", "RHK", "Nilai BerAKHLAK", "Status")
PEOPLE_COLUMNS = ("NIP", "Nama", "Jabatan", "Unit kerja", "Entri", "Jam tercatat", "Jam standar", "Capaian (%)",
                  "Hari dengan entri", "Hari tanpa entri")
VALUE_COLUMNS = ("Nilai BerAKHLAK", "Jumlah entri", "Persentase")
PROCESS_COLUMNS = ("Kode", "Proses bisnis", "Entri", "Jam")
POKIN_COLUMNS = ("Kode", "Pohon kinerja", "Entri", "Jam")
RHK_COLUMNS = ("NIP", "Kode RHK", "Rencana hasil kerja", "Jenis", "Target", "Realisasi periode",
               "Realisasi s.d. periode", "Capaian (%)", "Entri", "Jam")
EKINERJA_COLUMNS = ("nip", "nama", "tanggal", "aktivitas", "kode_rhk", "rhk", "durasi_menit", "keluaran",
                    "volume", "status")
TRAJECTORY, NON_TRAJECTORY = "Kuantitatif (trajectory)", "Tahapan (non-trajectory)"
STAGES = "tahapan"
SHEET_NAMES = {"summary": "Ringkasan", "daily": "Aktivitas", "people": "Pegawai", "values": "BerAKHLAK",
               "process": "Probis", "pokin": "Pokin", "rhk": "Progres RHK"}

# charts
CHART_HOURS = "Jam kerja per hari"
CHART_HOURS_TEAM = "Rata-rata jam kerja per pegawai per hari"
CHART_STANDARD = "Standar {hours} jam"
CHART_DAY = "Tanggal"
CHART_HOURS_AXIS = "Jam"
CHART_VALUES = "Sebaran nilai BerAKHLAK"
CHART_VALUES_AXIS = "Jumlah entri"
CHART_RHK = "Progres RHK s.d. periode"
CHART_RHK_AXIS = "Capaian terhadap target tahunan (%)"
CHART_EMPTY = "Belum ada data pada periode ini"

# pdf
PDF_SUMMARY = "Ringkasan"
PDF_DAILY = "Aktivitas harian"
PDF_DAILY_COLUMNS = ("No", "Tanggal", "Aktivitas", "Menit", "Keluaran", "RHK", "Nilai BerAKHLAK", "Status")
PDF_VALUES = "Sebaran nilai BerAKHLAK"
PDF_RHK = "Progres RHK"
PDF_SIGN_EMPLOYEE = "Pegawai yang dinilai"
PDF_SIGN_SUPERVISOR = "Atasan langsung"
PDF_SIGN_PLACE_DATE = "{place}, {date}"
PDF_PAGE = "Halaman {page} dari {pages}"
PDF_NO_ENTRIES = "Tidak ada entri pada periode ini."
PDF_GENERATED = "Dicetak dari JEJAK ASN"
