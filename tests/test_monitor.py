"""Team view for a day, week or month, and escalation of staff who log nothing."""
from __future__ import annotations

from datetime import date

import pytest

from devtools.tanya_synth import TODAY
from journal import calendar as cal
from journal.monitor import idle_staff, team_view
from journal.scope import ScopeError


def test_week_view_figures_match_the_journal(synth_journal):
    sj = synth_journal
    week = cal.week_of(TODAY)
    with sj.journal.session() as s:
        view = team_view(s, sj.nip("Wulan"), week, today=TODAY, standard_hours=7.5)
    assert view.working_days == 5
    members = {m.name: m for m in view.members}
    assert set(members) == {sj.name(n) for n in ("Yusuf", "Intan", "Bambang")}
    for first in ("Yusuf", "Intan", "Bambang"):
        mine = [e for e in sj.entries_of(first) if week.start <= e["day"] <= week.end]
        line = members[sj.name(first)]
        assert (line.entries, line.minutes) == (len(mine), sum(e["minutes"] for e in mine))
        assert line.standard_minutes == 5 * 450
    assert [m.name for m in view.not_logged] == [sj.name("Bambang")]  # idle all week
    team = {sj.nip(n) for n in ("Yusuf", "Intan", "Bambang")}
    assert view.pending_total == sum(1 for e in sj.entries if e["nip"] in team and e["status"] == "submitted")
    assert sum(view.values.values()) > 0 and view.rhk


def test_day_view_and_refusal_for_staff_without_team(synth_journal):
    sj = synth_journal
    with sj.journal.session() as s:
        view = team_view(s, sj.nip("Siti"), cal.day(TODAY), today=TODAY, standard_hours=7.5)
        assert view.working_days == 1 and len(view.members) == 3
        with pytest.raises(ScopeError, match="Tampilan tim"):
            team_view(s, sj.nip("Agus"), cal.day(TODAY), today=TODAY, standard_hours=7.5)


def test_escalation_lists_direct_reports_idle_for_n_working_days(synth_journal):
    sj = synth_journal
    monday = date(2026, 11, 23)  # Bambang has logged nothing since the week before
    with sj.journal.session() as s:
        rows = idle_staff(s, sj.nip("Wulan"), today=monday, days=3)
        assert [r[1] for r in rows] == [sj.name("Bambang")]
        assert rows[0][2] == max(e["day"] for e in sj.entries_of("Bambang")) < date(2026, 11, 16)
        assert idle_staff(s, sj.nip("Siti"), today=monday, days=3) == []
        assert idle_staff(s, sj.nip("Budi"), today=monday, days=3) == []  # not a direct report of the head


def test_tim_command_line(cli, synth_journal):
    code, out = cli("tim", "--nip", synth_journal.nip("Wulan"), "--minggu", "--tanggal", TODAY.isoformat())
    assert code == 0, out
    assert "Minggu 2026-W47" in out and "Belum mengisi: " + synth_journal.name("Bambang") in out
    assert "Menunggu tinjauan" in out and "BerAKHLAK" in out
    code, out = cli("tim", "--nip", synth_journal.nip("Agus"), "--tanggal", TODAY.isoformat())
    assert code == 1 and "Tampilan tim" in out
    code, out = cli("eskalasi", "--nip", synth_journal.nip("Wulan"), "--hari", "3", "--tanggal", "2026-11-23")
    assert code == 0 and synth_journal.name("Bambang") in out


def test_supervisor_sees_corrections_in_the_review_queue(synth_journal):
    """A correction of a waiting entry shows in the team view: which label, from what to what."""
    from journal.corrections import Choice, correct
    from journal.monitor_view import render_team

    sj = synth_journal
    week = cal.week_of(TODAY)
    with sj.journal.session() as s:
        first = team_view(s, sj.nip("Wulan"), week, today=TODAY, standard_hours=7.5).pending[0]
    changes = correct(sj.journal, first.id, first.nip, probis=Choice("PB-4.1", "Layanan helpdesk"))
    assert [c.field for c in changes] == ["probis"]
    with sj.journal.session() as s:
        view = team_view(s, sj.nip("Wulan"), week, today=TODAY, standard_hours=7.5)
    assert [c.new_value for c in view.corrections[first.id]] == ["PB-4.1"]
    text = render_team(view)
    assert f"#{first.id}" in text and "dikoreksi: probis" in text and "→ PB-4.1" in text
