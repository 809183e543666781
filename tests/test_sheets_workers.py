"""Several outbox workers at once while entries are being written: nothing lost, nothing twice.

Two workers (each with its own journal connection and gspread client, as two
``jejak sheets sync --terus`` processes would have) drain in small batches while a writer
saves, edits and deletes entries. At the end every live entry appears exactly once in its
employee's tab and in ``Aktivitas_sheet``, with its latest text; deleted ones are marked.
"""
from __future__ import annotations

import random
import threading
import time
from datetime import date, timedelta

from journal import activities
from journal.db import Journal
from journal.models import Activity, SheetOp
from journal.sheets import layout
from journal.sheets.worker import SheetsWorker, outbox_status

TABS = {"199001012015011001": "Jurnal_Andi_Saputra", "199202022016022002": "Jurnal_Sari_Wulandari",
        "198108232004122002": "Jurnal_Rina_Kusumawardani"}


def _writer(url: str, nips: list[str], n: int, done: threading.Event, errors: list) -> None:
    rng = random.Random(7)
    j = Journal(url)
    try:
        saved: list[int] = []
        for i in range(n):
            nip = nips[i % len(nips)]
            day = date(2026, 11, 2) + timedelta(days=i // 3 % 20)
            saved += activities.save_activities(j, nip, "dsis", [(
                {"day": day, "text": f"kegiatan {i} modul SOBAT", "description": "", "minutes": 10}, None)])
            if i % 7 == 3:
                aid = rng.choice(saved)
                activities.update_activity(j, aid, {"text": f"kegiatan {aid} diperbarui"})
            if i % 11 == 5:
                aid = saved.pop(rng.randrange(len(saved)))
                activities.delete_activity(j, aid)
            time.sleep(rng.random() * 0.01)
    except BaseException as exc:  # noqa: BLE001 - handed to the test thread
        errors.append(exc)
    finally:
        j.close()
        done.set()


def _worker(url: str, settings, done: threading.Event, errors: list) -> None:
    j = Journal(url)
    try:
        worker = SheetsWorker(j, settings, batch_size=4)
        while True:
            res = worker.drain()
            assert res.error is None, res.error
            if done.is_set() and outbox_status(j)["pending"] == 0:
                return
            time.sleep(0.005)
    except BaseException as exc:  # noqa: BLE001 - handed to the test thread
        errors.append(exc)
    finally:
        j.close()


def test_two_workers_and_a_live_writer_lose_and_repeat_nothing(journal, sheets_settings, standin, team):
    url = sheets_settings.db_url
    done, errors = threading.Event(), []
    threads = [threading.Thread(target=_writer, args=(url, team, 90, done, errors))]
    threads += [threading.Thread(target=_worker, args=(url, sheets_settings, done, errors)) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(180)
    assert not errors, errors
    assert not any(t.is_alive() for t in threads)

    with journal.session() as s:
        live = {a.id: a for a in s.query(Activity).filter(Activity.deleted.is_(False))}
        gone = {a.id for a in s.query(Activity).filter(Activity.deleted.is_(True))}
        assert s.query(SheetOp).filter(SheetOp.status != "done").count() == 0
    assert len(live) > 60 and gone

    recap = [r for r in standin.rows("PEGAWAI", layout.RECAP_SHEET)[1:]]
    recap_ids = [r[layout.RECAP_ID_COL] for r in recap if len(r) > layout.RECAP_ID_COL and r[0]]
    assert sorted(recap_ids) == sorted(str(i) for i in live)  # each live entry once, deleted ones cleared
    for nip, tab in TABS.items():
        rows = standin.rows("JURNAL", tab)[1:]
        by_id: dict[str, list] = {}
        for r in rows:
            by_id.setdefault(r[layout.JOURNAL_ID_COL], []).append(r)
        assert all(len(v) == 1 for v in by_id.values()), {k: len(v) for k, v in by_id.items() if len(v) > 1}
        mine = {str(i): a for i, a in live.items() if a.nip == nip}
        shown = {k for k, v in by_id.items() if v[0][layout.JOURNAL_COLUMNS.index("Status")] != layout.DELETED_STATUS}
        assert shown == set(mine)
        for k, a in mine.items():
            assert by_id[k][0][2] == a.text  # the latest text, never an older state sent late
