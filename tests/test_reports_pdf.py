"""``jejak rekap --format pdf``: the monthly report a supervisor signs."""
from __future__ import annotations

from pypdf import PdfReader


def test_monthly_pdf_per_employee(run_cli, team, month_entries, tmp_path):
    out = tmp_path / "andi.pdf"
    res = run_cli("rekap", "--nip", team[0], "--bulan", "2025-11", "--format", "pdf", "--out", out)
    assert res.exit_code == 0, res.output
    reader = PdfReader(out)
    text = "\n".join(p.extract_text() for p in reader.pages)
    first = reader.pages[0].extract_text()
    assert "LAPORAN KINERJA HARIAN PEGAWAI" in first and "November 2025" in first
    assert "Andi Saputra, S.Kom." in first and team[0] in first and "Tim Pengembangan Aplikasi" in first
    assert "03/11/2025" in first and "Membangun modul SOBAT bagian 3" in first
    assert "108 jam" in text and "150 jam" in text and "11/11, 19/11" in text
    assert "Pegawai yang dinilai" in text and "Atasan langsung" in text
    assert "Rina Kusumawardani, S.ST., M.T." in text and "NIP 198108232004122002" in text
    assert "RHK-1" in text and "18 / 12 modul (150%)" in text
    assert f"Halaman 1 dari {len(reader.pages)}" in first


def test_team_pdf_has_one_report_per_employee_and_unicode(run_cli, journal, team, month_entries, tmp_path):
    from datetime import date

    from tests.fixtures_sheets import add_activity

    add_activity(journal, team[1], date(2025, 11, 5), "Rapat “SOBAT” — tindak lanjut", enqueue=False)
    out = tmp_path / "tim.pdf"
    res = run_cli("rekap", "--unit", "Tim Pengembangan Aplikasi", "--bulan", "2025-11", "--format", "pdf",
                  "--out", out)
    assert res.exit_code == 0, res.output
    reader = PdfReader(out)
    starts = [i for i, p in enumerate(reader.pages) if "LAPORAN KINERJA HARIAN PEGAWAI" in p.extract_text()]
    assert len(starts) == 3
    text = "\n".join(p.extract_text() for p in reader.pages)
    assert "Rapat “SOBAT” — tindak lanjut" in text and "Tidak ada entri pada periode ini." in text
