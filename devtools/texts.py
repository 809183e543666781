"""Indonesian texts of the ``jejak bench ...`` commands (development tooling, not the product)."""
from __future__ import annotations

BENCH_HELP = "Pengukuran kecepatan dan memori."
ANALYZE_HELP = "Latensi graf per kegiatan (p50/p95), throughput dengan permintaan bersamaan, memori puncak."
SEARCH_HELP = "Latensi pencarian (p50/p95) pada ~100 dan 10.000 potongan, cold start, memori."
INGEST_HELP = "Kecepatan ingest (halaman/detik, potongan/detik)."
REKAP_HELP = "Waktu rekap bulanan seluruh instansi (1.000 pegawai, ~66.000 entri)."
SHEETS_HELP = "Permintaan API per entri saat menulis ke Sheets (stand-in lokal berkuota)."

ANALYZE_SETUP = "Menyiapkan data bench di {path} ..."
ANALYZE_RESULT = (
    "Graf penuh (analis tertanam), {n} kegiatan berurutan: p50={p50:.1f} ms  p95={p95:.1f} ms  maks={max:.1f} ms\n"
    "Bersamaan ({conc} sekaligus), {m} kegiatan: {tput:.1f} kegiatan/detik\n"
    "Pesan pertama tiap pegawai ({people} orang): rata-rata {first_mean:.1f} ms  maks {first_max:.1f} ms\n"
    "Persiapan sekali per proses (vektor nilai + rekaman instansi + RHK): {warm:.1f} s; "
    "proses kedua dengan cache vektor di disk: {warm2:.1f} s (impor + graf + persiapan)\n"
    "Memori puncak: {rss:.0f} MB"
)
REKAP = ("Rekap bulanan {period} untuk {staff} pegawai dan {entries} entri: {seconds:.2f} s "
         "(target <= 10 s; data dibuat dalam {gen:.1f} s)")
SHEETS = ("{entries} entri baru ditulis dengan {requests} permintaan API ({per:.1f} entri/permintaan; "
          "target <= 20 permintaan)\n"
          "{edits} suntingan ditulis dengan {edit_requests} permintaan API\n"
          "Total {total} permintaan dalam {elapsed:.1f} s ({rpm:.0f} permintaan/menit sesaat); kuota stand-in "
          "{quota} permintaan/menit -> sekitar {sustain:.0f} entri/menit tanpa melewati kuota; "
          "jawaban 429 yang ditunggu: {throttled}")
SHEETS_QUOTA_LOW = ("Kuota minimal 8 permintaan/menit: satu batch memakai paling banyak 4 permintaan per spreadsheet "
                    "(kuota Google bawaan 60/menit per pengguna).")
TANYA_GENERATED = "jurnal dibangkitkan: {entries} entri, {staff} pegawai ({seconds:.1f} s)"
TANYA_RESULT = ("pertanyaan: {n}; latensi p50 {p50:.1f} ms, p95 {p95:.1f} ms, "
                "maks {max:.1f} ms (target p95 <= 300 ms)")
