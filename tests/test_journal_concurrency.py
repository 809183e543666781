"""The day budget holds when several writers save for the same person and day at once,
and an edit is checked against it too (on SQLite and on PostgreSQL)."""
from __future__ import annotations

import threading
from datetime import date

import pytest
from sqlalchemy import func, select

from journal import activities
from journal.db import Journal
from journal.models import Activity

DAY = date(2026, 11, 24)


def _save_many(url: str, nip: str, n: int, minutes: int, results: list, errors: list, start: threading.Barrier):
    j = Journal(url)
    try:
        start.wait()
        for i in range(n):
            try:
                activities.save_activities(j, nip, "dsis", [({"day": DAY, "text": f"rapat {i}", "minutes": minutes},
                                                              None)], max_minutes=660)
                results.append("saved")
            except activities.DayFull as exc:
                results.append(str(exc))
    except BaseException as exc:  # noqa: BLE001 - handed to the test thread
        errors.append(exc)
    finally:
        j.close()


def test_two_writers_never_take_a_day_past_its_budget(journal, team, settings):
    results, errors = [], []
    start = threading.Barrier(2)
    threads = [threading.Thread(target=_save_many, args=(settings.db_url, team[0], 12, 60, results, errors, start))
               for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert not errors, errors
    with journal.session() as s:
        total = s.scalar(select(func.sum(Activity.minutes)).where(Activity.nip == team[0], Activity.day == DAY))
    assert total == 660 and results.count("saved") == 11
    refusals = [r for r in results if r != "saved"]
    assert len(refusals) == 13 and all("melebihi batas 660 menit" in r and "sisa 0 menit" in r for r in refusals)


def test_an_edit_is_held_to_the_budget_and_24_hours_always_apply(journal, team):
    ids = activities.save_activities(journal, team[0], "dsis", [
        ({"day": DAY, "text": "rapat pagi", "minutes": 300}, None),
        ({"day": DAY, "text": "rapat siang", "minutes": 300}, None)], max_minutes=660)
    with pytest.raises(activities.DayFull, match="sisa 360 menit"):
        activities.update_activity(journal, ids[1], {"minutes": 400}, max_minutes=660)
    activities.update_activity(journal, ids[1], {"minutes": 360}, max_minutes=660)
    with pytest.raises(activities.DayFull, match="1440"):  # the default: a day has 24 hours, whoever saves
        activities.save_activities(journal, team[0], "dsis", [({"day": DAY, "text": "lembur", "minutes": 800}, None)])
    with journal.session() as s:
        assert s.scalar(select(func.sum(Activity.minutes)).where(Activity.day == DAY)) == 660
