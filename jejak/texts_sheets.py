"""Indonesian messages of the Sheets and recap commands."""
from __future__ import annotations

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
