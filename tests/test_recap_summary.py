"""Recaps for an employee, a unit, a supervisor's team and an agency."""
from __future__ import annotations

from datetime import date

import pytest

from journal.calendar import month, week
from journal.recap import RecapError, Target, build_recap, target_number
from tests.fixtures_sheets import add_activity


def test_employee_month_hours_missing_days_values_and_rhk(journal, team, month_entries):
    with journal.session() as s:
        r = build_recap(s, Target("pegawai", team[0]), month("2025-11"), standard_hours=7.5,
                        holidays=[date(2025, 11, 21)])
    p = r.people[0]
    assert r.label == "Andi Saputra, S.Kom."
    assert len(r.working_days) == 19  # 20 weekdays in Nov 2025 minus the holiday
    assert p.entries == len(month_entries) == 36 and p.minutes == 18 * 360  # 21/11 worked though a holiday
    assert r.standard_total == 142.5 and round(r.fill_percent, 1) == 75.8
    assert {d.day for d in p.missing} == {11, 19}
    assert r.values["Akuntabel"] == 18 and r.values["Kolaboratif"] == 18
    assert r.processes[0][:3] == ("PB-1.2", "Pembangunan aplikasi pengumpulan data", 36)
    rhk = {x.code: x for x in r.rhk}
    assert rhk["RHK-1"].trajectory and rhk["RHK-1"].realized == 18 and rhk["RHK-1"].target_number == 12
    assert round(rhk["RHK-1"].percent) == 150
    assert not rhk["RHK-2"].trajectory and rhk["RHK-2"].realized == 18 and rhk["RHK-2"].percent is None
    assert len(r.entries) == 36 and r.entries[0].day == date(2025, 11, 3)


def test_running_period_counts_working_days_up_to_today(journal, team, month_entries):
    with journal.session() as s:
        r = build_recap(s, Target("pegawai", team[0]), month("2025-11"), today=date(2025, 11, 12), standard_hours=7.5)
    assert len(r.working_days) == 8 and [d.day for d in r.people[0].missing] == [11]


def test_week_unit_team_and_agency(journal, team, month_entries):
    add_activity(journal, team[1], date(2025, 11, 4), "Entri draf", status="draft", enqueue=False)
    with journal.session() as s:
        unit = build_recap(s, Target("unit", "tim pengembangan aplikasi"), week("2025-W45"), standard_hours=7.5)
        boss = build_recap(s, Target("atasan", team[2]), week("2025-W45"), standard_hours=7.5)
        agency = build_recap(s, Target("instansi", "dsis"), month("2025-11"), standard_hours=7.5)
    assert len(unit.people) == 3 and unit.total_entries == 11  # 10 of Andi + 1 of Sari, drafts excluded
    assert {p.nip for p in boss.people} == {team[0], team[1]} and boss.label == "Tim Rina Kusumawardani, S.ST., M.T."
    assert agency.total_entries == 37 and agency.entries == []
    assert unit.daily[date(2025, 11, 4)] == (3, 660)


def test_deleted_entries_do_not_count(journal, team):
    from journal.models import Activity

    aid = add_activity(journal, team[0], date(2025, 11, 3), "Salah ketik", enqueue=False)
    with journal.session() as s:
        s.get(Activity, aid).deleted = True
        r = build_recap(s, Target("pegawai", team[0]), month("2025-11"), standard_hours=7.5)
    assert r.total_entries == 0


def test_unknown_scope_is_a_clear_error(journal, team):
    with journal.session() as s, pytest.raises(RecapError, match="Tidak ada pegawai"):
        build_recap(s, Target("unit", "Tim Tidak Ada"), month("2025-11"), standard_hours=7.5)


@pytest.mark.parametrize("text,value", [("12 laporan", 12), ("99,5%", 99.5), ("1.250 dokumen", 1250),
                                        ("6 aplikasi", 6), ("tahapan", None)])
def test_target_number(text, value):
    assert target_number(text) == value
