"""``jejak sheets status|sync|rebuild`` and ``jejak rekap --format sheets`` against the stand-in."""
from __future__ import annotations

from datetime import date

from journal.models import Activity
from journal.sheets import layout
from tests.fixtures_sheets import add_activity

ANDI_TAB = "Jurnal_Andi_Saputra"


def test_status_sync_and_outage_through_the_cli(run_cli, sheets_env, standin, journal, team):
    for i in range(3):
        add_activity(journal, team[0], date(2025, 11, 3 + i), f"Kegiatan {i}")
    res = run_cli("sheets", "status")
    assert res.exit_code == 0 and "3 menunggu" in res.output
    standin.down = True
    res = run_cli("sheets", "sync")
    assert res.exit_code == 2 and "tidak dapat dijangkau" in res.output
    status = run_cli("sheets", "status").output
    assert "3 menunggu" in status and "token tidak dapat diambil" in status
    standin.down = False
    with journal.session() as s:  # pretend the back-off has passed
        from journal.models import SheetOp

        s.execute(SheetOp.__table__.update().values(next_attempt_at=date(2000, 1, 1)))
    res = run_cli("sheets", "sync")
    assert res.exit_code == 0 and "3 operasi" in res.output
    assert len(standin.rows("JURNAL", ANDI_TAB)) == 4
    assert "0 menunggu" in run_cli("sheets", "status").output


def test_status_without_configuration(run_cli, team):
    res = run_cli("sheets", "status")
    assert res.exit_code == 0 and "belum dikonfigurasi" in res.output


def test_sync_without_configuration_is_a_clear_error(team, settings, monkeypatch, capsys):
    import pytest

    from jejak.cli import main
    from tests.conftest import journal_env

    for key, value in journal_env(settings).items():
        monkeypatch.setenv(key, value)
    with pytest.raises(SystemExit) as exit_:
        main(["sheets", "sync"])
    assert exit_.value.code == 1 and "belum dikonfigurasi" in capsys.readouterr().err


def test_rebuild_rewrites_the_tab_from_the_journal(run_cli, sheets_env, standin, journal, team):
    keep = add_activity(journal, team[0], date(2025, 11, 4), "Kegiatan kedua", enqueue=False)
    first = add_activity(journal, team[0], date(2025, 11, 3), "Kegiatan pertama", enqueue=False)
    gone = add_activity(journal, team[0], date(2025, 11, 5), "Dihapus", enqueue=False)
    with journal.session() as s:
        s.get(Activity, gone).deleted = True
    standin.create("JURNAL", tabs={ANDI_TAB: [list(layout.JOURNAL_COLUMNS), ["x"] * 16, ["y"] * 16, ["z"] * 16]})
    res = run_cli("sheets", "rebuild", "--nip", team[0])
    assert res.exit_code == 0 and "2 entri" in res.output
    rows = standin.rows("JURNAL", ANDI_TAB)
    assert len(rows) == 3 and [r[layout.JOURNAL_ID_COL] for r in rows[1:]] == [str(first), str(keep)]


def test_rekap_as_a_sheet_tab(run_cli, sheets_env, standin, team, month_entries):
    res = run_cli("rekap", "--unit", "Tim Pengembangan Aplikasi", "--bulan", "2025-11", "--format", "sheets")
    assert res.exit_code == 0, res.output
    rows = standin.rows("PEGAWAI", "Rekap_2025-11_Tim Pengembangan Aplikasi")
    assert rows[0][0] == "Rekap Jurnal Kinerja" and rows[2] == ["Jumlah entri", "37"]
    nips = [r[0] for r in rows if r and r[0] in team]
    assert set(nips) == set(team) and rows[-2][:2] == ["199001012015011001", "RHK-1"]
