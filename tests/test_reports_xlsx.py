"""``jejak rekap --format xlsx``: the workbook opens and holds the recap."""
from __future__ import annotations

from datetime import datetime

import openpyxl


def test_employee_month_workbook(run_cli, team, month_entries, tmp_path):
    out = tmp_path / "andi.xlsx"
    res = run_cli("rekap", "--nip", team[0], "--bulan", "2025-11", "--format", "xlsx", "--out", out)
    assert res.exit_code == 0, res.output
    assert "36 entri" in res.output and str(out) in res.output
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["Ringkasan", "Pegawai", "Aktivitas", "BerAKHLAK", "Probis", "Pokin", "Progres RHK"]
    summary = {r[0]: r[1] for r in wb["Ringkasan"].iter_rows(min_row=2, values_only=True)}
    assert summary["Pegawai"] == "Andi Saputra, S.Kom." and summary["Jumlah entri"] == 36
    assert summary["Jam kerja tercatat"] == 108
    people = wb["Pegawai"]
    assert people.freeze_panes == "A2"
    row = [c.value for c in people[2]]
    assert row[0] == team[0] and row[4] == 36 and row[5] == 108 and row[9] == 2
    assert people.cell(2, 6).number_format == "#,##0.0"
    acts = wb["Aktivitas"]
    assert acts.max_row == 37 and acts.freeze_panes == "A2"
    assert isinstance(acts.cell(2, 3).value, datetime) and acts.cell(2, 3).number_format == "DD/MM/YYYY"
    assert acts.column_dimensions["D"].width >= 40
    rhk = {r[1]: r for r in wb["Progres RHK"].iter_rows(min_row=2, values_only=True)}
    assert rhk["RHK-1"][6] == 18 and rhk["RHK-1"][7] == 150.0 and rhk["RHK-2"][7] is None
    values = {r[0]: r[1] for r in wb["BerAKHLAK"].iter_rows(min_row=2, values_only=True)}
    assert values["Akuntabel"] == 18 and values["Loyal"] == 0


def test_agency_workbook_has_no_entry_sheet(run_cli, team, month_entries, tmp_path):
    res = run_cli("rekap", "--instansi", "dsis", "--minggu", "2025-W45", "--format", "xlsx", "--out", tmp_path)
    assert res.exit_code == 0, res.output
    path = tmp_path / "rekap-instansi-dsis-2025-W45.xlsx"
    wb = openpyxl.load_workbook(path)
    assert "Aktivitas" not in wb.sheetnames and wb["Pegawai"].max_row == 4


def test_bad_arguments_are_explained(run_cli, team):
    res = run_cli("rekap", "--bulan", "2025-11", "--format", "xlsx")
    assert res.exit_code != 0 and "cakupan" in res.output
    res = run_cli("rekap", "--nip", team[0], "--bulan", "2026-13", "--format", "xlsx")
    assert res.exit_code != 0 and "tulis seperti" in res.output
