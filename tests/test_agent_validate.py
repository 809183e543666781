"""Validation rules, through the pure checks and through the graph on a real journal."""
from datetime import date, datetime

from agent import texts as M
from agent.parse import parse_entry
from agent.runner import log_text_sync
from agent.validate import DayBudget, check_date, check_length, missing_field
from agent.worktext import is_work_text
from tests.fixtures_agent import FAJAR, NADIA, SITI

NOW = datetime(2026, 11, 25, 10, 0)
TODAY = NOW.date()


def test_length_limits():
    assert check_length("abc", 5, 100)
    assert check_length("x" * 101, 5, 100)
    assert check_length("rapat tim 1 jam", 5, 100) is None


def test_not_work_text():
    for text in ("halo", "selamat pagi pak", "asdfgh qwrtypl zxcvbn", "terima kasih banyak", "ok siap"):
        assert not is_work_text(text), text
    for text in ("rapat koordinasi tim 1 jam", "menyusun SPJ honor", "slicing halaman SOBAT pake vue"):
        assert is_work_text(text), text


def test_dates_future_and_too_old():
    assert check_date(parse_entry("26/11 rapat", TODAY), TODAY, 7)
    assert check_date(parse_entry("10/11 rapat", TODAY), TODAY, 7)
    assert check_date(parse_entry("18/11 rapat", TODAY), TODAY, 7) is None


def test_day_budget():
    budget = DayBudget({TODAY: 600}, 660)
    assert budget.check(parse_entry("rapat 90 menit", TODAY))
    assert budget.check(parse_entry("rapat 30 menit", TODAY)) is None
    assert DayBudget({}, 5000).check(parse_entry("08.00-07.00 rapat 25 jam", TODAY))


def test_missing_fields():
    assert missing_field(parse_entry("rapat tim", TODAY)) == "both"
    assert missing_field(parse_entry("rapat tim 1 notulen", TODAY)) == "minutes"
    assert missing_field(parse_entry("rapat tim 1 jam", TODAY)) == "output"
    assert missing_field(parse_entry("rapat tim 1 jam, 1 notulen", TODAY)) is None


def test_graph_rejects_and_explains(agent_graph):
    r = log_text_sync(agent_graph, nip=NADIA, text="selamat pagi", now=NOW)
    assert r.status == "rejected" and r.reply == M.NOT_WORK and not r.activity_ids
    r = log_text_sync(agent_graph, nip=NADIA, text="besok 27/11 rapat tim 1 jam, 1 notulen", now=NOW)
    assert r.status == "rejected" and "belum terjadi" in r.reply
    r = log_text_sync(agent_graph, nip=NADIA, text="1/11 rapat tim 1 jam, 1 notulen", now=NOW)
    assert r.status == "rejected" and "7 hari" in r.reply


def test_graph_day_total_and_duplicate(agent_graph):
    r = log_text_sync(agent_graph, nip=FAJAR, text="menyusun program validasi susenas 08.00-17.30, 1 program", now=NOW)
    assert r.status == "saved"
    r = log_text_sync(agent_graph, nip=FAJAR, text="menyusun program validasi susenas 2 jam, 1 program", now=NOW)
    assert r.status == "rejected" and "660" in r.reply
    r = log_text_sync(agent_graph, nip=FAJAR, text="kemarin menyusun program validasi susenas 1 jam, 1 program", now=NOW)
    assert r.status == "saved" and not r.results[0]["warnings"]
    r = log_text_sync(agent_graph, nip=FAJAR, text="kemarin menyusun program validasi susenas 1 jam, 1 program", now=NOW)
    assert r.status == "saved"
    assert r.results[0]["warnings"] and "Mirip" in r.reply
    assert r.results[0]["day"] == date(2026, 11, 24).isoformat()


def test_day_rows_read_every_day_of_a_message_at_once(agent_graph, agent_services):
    from journal.activities import day_rows, duplicate_of

    a = log_text_sync(agent_graph, nip=SITI, text="kemarin rekap SPJ honor 1 jam, 2 dokumen", now=NOW).activity_ids[0]
    b = log_text_sync(agent_graph, nip=SITI, text="verifikasi kuitansi perjalanan dinas 2 jam, 5 dokumen",
                      now=NOW).activity_ids[0]
    today, yesterday = date(2026, 11, 25), date(2026, 11, 24)
    rows = day_rows(agent_services.journal, SITI, {today, yesterday, date(2026, 11, 20)})
    assert [r.id for r in rows[yesterday]] == [a] and [(r.id, r.minutes) for r in rows[today]] == [(b, 120)]
    assert rows[date(2026, 11, 20)] == []
    assert day_rows(agent_services.journal, SITI, {today}, exclude_id=b) == {today: []}  # an entry being edited
    assert duplicate_of(rows[today], "verifikasi kuitansi perjalanan dinas 2 jam, 5 dokumen") == b
    assert duplicate_of(rows[today], "rapat koordinasi anggaran") is None
