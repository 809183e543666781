"""``jejak rekap --format csv``: the e-Kinerja export."""
from __future__ import annotations

import csv


def test_ekinerja_csv_has_every_activity_with_rhk_minutes_output(run_cli, team, month_entries, tmp_path):
    out = tmp_path / "ekinerja.csv"
    res = run_cli("rekap", "--instansi", "dsis", "--bulan", "2025-11", "--format", "csv", "--out", out)
    assert res.exit_code == 0, res.output
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))
    assert len(rows) == 37
    first = rows[0]
    assert list(first) == ["nip", "nama", "tanggal", "aktivitas", "kode_rhk", "rhk", "durasi_menit", "keluaran",
                           "volume", "status"]
    andi = [r for r in rows if r["nip"] == team[0]]
    assert andi[0]["tanggal"] == "2025-11-03" and andi[0]["kode_rhk"] == "RHK-1"
    assert andi[0]["durasi_menit"] == "240" and andi[0]["keluaran"] == "modul" and andi[0]["volume"] == "1"
    assert andi[0]["status"] == "diajukan"
    sari = [r for r in rows if r["nip"] == team[1]]
    assert sari[0]["kode_rhk"] == "" and sari[0]["durasi_menit"] == "300"
