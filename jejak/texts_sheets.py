"""Indonesian messages of the Sheets, recap and benchmark commands."""
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
BENCH_REKAP = ("Rekap bulanan {period} untuk {staff} pegawai dan {entries} entri: {seconds:.2f} s "
               "(target <= 10 s; data dibuat dalam {gen:.1f} s)")
BENCH_SHEETS = ("{entries} entri baru ditulis dengan {requests} permintaan API ({per:.1f} entri/permintaan; "
                "target <= 20 permintaan)\n"
                "{edits} suntingan ditulis dengan {edit_requests} permintaan API\n"
                "Total {total} permintaan dalam {elapsed:.1f} s ({rpm:.0f} permintaan/menit sesaat); kuota stand-in "
                "{quota} permintaan/menit -> sekitar {sustain:.0f} entri/menit tanpa melewati kuota; "
                "jawaban 429 yang ditunggu: {throttled}")
BENCH_QUOTA_LOW = ("Kuota minimal 8 permintaan/menit: satu batch memakai paling banyak 4 permintaan per spreadsheet "
                   "(kuota Google bawaan 60/menit per pengguna).")
