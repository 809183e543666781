"""The Sheets outbox worker against the local Sheets stand-in through the real gspread client."""
from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select

from journal.models import Activity, SheetOp, utcnow
from journal.outbox import enqueue
from journal.sheets import layout
from journal.sheets.worker import SheetsWorker, backoff_seconds, outbox_status
from tests.fixtures_sheets import add_activity

ANDI_TAB = "Jurnal_Andi_Saputra"


class Clock:
    def __init__(self):
        self.now = utcnow() + timedelta(seconds=5)

    def __call__(self):
        return self.now

    def advance(self, seconds: float):
        self.now += timedelta(seconds=seconds)


def _worker(journal, settings, clock=None):
    return SheetsWorker(journal, settings, clock=clock or utcnow, rng=lambda: 1.0)


def _rows_by_id(standin, tab="Jurnal_Andi_Saputra"):
    rows = standin.rows("JURNAL", tab)
    return {r[layout.JOURNAL_ID_COL]: (i + 1, r) for i, r in enumerate(rows[1:], start=1)}


def test_new_entries_land_in_the_original_layout(journal, sheets_settings, standin, team):
    aid = add_activity(journal, team[0], date(2026, 11, 24), "Membangun modul SOBAT", minutes=90, volume=2)
    res = _worker(journal, sheets_settings).drain()
    assert res.error is None and res.ops_done == 1
    rows = standin.rows("JURNAL", ANDI_TAB)
    assert rows[0] == list(layout.JOURNAL_COLUMNS)
    row = dict(zip(rows[0], rows[1], strict=False))
    assert row["Nip"] == team[0] and row["Tanggal"] == "24/11/2026"
    assert row["Berakhlak"] == "Akuntabel, Kompeten"
    assert row["Mendukung Probis"] == "Ya" and row["Mendukung Pokin"] == "Ya"
    assert row["Probisnya Apa"].startswith("PB-1.2") and row["chatID"] == "7001"
    assert row["ID Entri"] == str(aid) and row["Durasi (menit)"] == "90" and row["Keluaran"] == "2 modul"
    assert row["Status"] == "diajukan" and row["Analis"] == "embedded" and row["RHK"].startswith("RHK-1")
    recap = standin.rows("PEGAWAI", layout.RECAP_SHEET)
    assert recap[0][:5] == ["Nip", "Nama", "Aktivitas", "Tanggal", "chatID"]
    assert recap[1] == [team[0], "Andi Saputra, S.Kom.", "Membangun modul SOBAT", "24/11/2026", "7001", str(aid)]
    assert outbox_status(journal)["pending"] == 0


def test_edit_after_append_updates_the_same_row_and_delete_marks_it(journal, sheets_settings, standin, team):
    first = add_activity(journal, team[0], date(2026, 11, 23), "Rapat koordinasi")
    second = add_activity(journal, team[0], date(2026, 11, 24), "Menguji modul")
    _worker(journal, sheets_settings).drain()
    with journal.session() as s:
        a = s.get(Activity, first)
        a.text, a.minutes = "Rapat koordinasi rilis SOBAT", 45
        enqueue(s, "upsert", nip=a.nip, activity_id=a.id)
        b = s.get(Activity, second)
        b.deleted = True
        enqueue(s, "delete", nip=b.nip, activity_id=b.id)
    res = _worker(journal, sheets_settings).drain()  # a new worker: cache rebuilt from the sheet
    assert res.error is None
    rows = _rows_by_id(standin)
    assert len(standin.rows("JURNAL", ANDI_TAB)) == 3  # header + 2, nothing appended
    assert rows[str(first)][0] == 2
    assert rows[str(first)][1][2] == "Rapat koordinasi rilis SOBAT" and rows[str(first)][1][11] == "45"
    deleted = rows[str(second)][1]
    assert deleted[:10] == [""] * 10 and deleted[14] == "dihapus"


def test_outage_keeps_ops_pending_and_drains_later(journal, sheets_settings, standin, team):
    clock = Clock()
    ids = [add_activity(journal, team[i % 2], date(2026, 11, 20), f"Entri {i}") for i in range(5)]
    standin.down = True
    res = _worker(journal, sheets_settings, clock).drain()
    assert res.error and res.ops_done == 0 and res.next_attempt_at > clock.now
    st = outbox_status(journal)
    assert st["pending"] == 5 and st["failed"] == 0 and st["last_error"] and st["attempts"] == 1
    standin.down = False
    assert _worker(journal, sheets_settings, clock).drain().ops_done == 0  # not due yet
    clock.advance(3600)
    res = _worker(journal, sheets_settings, clock).drain()
    assert res.error is None and res.ops_done == 5
    written = set(_rows_by_id(standin)) | set(_rows_by_id(standin, "Jurnal_Sari_Wulandari"))
    assert written == {str(i) for i in ids}


def test_quota_429_then_success_honours_retry_after(journal, sheets_settings, standin, team):
    clock = Clock()
    add_activity(journal, team[0], date(2026, 11, 20), "Menyusun laporan")
    standin.fail_next(429, retry_after=120)
    res = _worker(journal, sheets_settings, clock).drain()
    assert "429" in outbox_status(journal)["last_error"]
    assert res.next_attempt_at - clock.now >= timedelta(seconds=120)
    clock.advance(60)
    assert _worker(journal, sheets_settings, clock).drain().ops_done == 0
    clock.advance(61)
    assert _worker(journal, sheets_settings, clock).drain().ops_done == 1
    assert len(standin.rows("JURNAL", ANDI_TAB)) == 2


def test_server_error_500_backs_off_exponentially(journal, sheets_settings, standin, team):
    clock = Clock()
    add_activity(journal, team[0], date(2026, 11, 20), "Menyusun laporan")
    standin.fail_next(500, times=3)
    delays = []
    for _ in range(3):
        res = _worker(journal, sheets_settings, clock).drain()
        delays.append((res.next_attempt_at - clock.now).total_seconds())
        clock.now = res.next_attempt_at
    assert delays[0] < delays[1] < delays[2]
    assert _worker(journal, sheets_settings, clock).drain().ops_done == 1
    with journal.session() as s:
        op = s.scalars(select(SheetOp)).one()
        assert op.status == "done" and op.attempts == 3


def test_restart_with_a_backlog_in_batches(journal, sheets_settings, standin, team):
    for i in range(30):
        add_activity(journal, team[i % 3], date(2026, 11, 2) + timedelta(days=i % 20), f"Kegiatan {i}")
    res = SheetsWorker(journal, sheets_settings, batch_size=8).drain(max_batches=2)
    assert res.ops_done == 16 and outbox_status(journal)["pending"] == 14
    res = SheetsWorker(journal, sheets_settings, batch_size=8).drain()  # a new process
    assert res.ops_done == 14 and outbox_status(journal)["pending"] == 0
    total = sum(len(standin.rows("JURNAL", t)) - 1 for t in standin.books["JURNAL"].tabs)
    assert total == 30
    assert len(standin.rows("PEGAWAI", layout.RECAP_SHEET)) == 31


def test_legacy_sheet_rows_are_kept_and_our_columns_added(journal, sheets_settings, standin, team):
    legacy = [list(layout.JOURNAL_ORIGINAL),
              [team[0], "Andi", "Entri lama dari n8n", "01/10/2026", "Akuntabel", "7001", "Ya", "Tidak", "x", ""]]
    standin.create("JURNAL", tabs={ANDI_TAB: legacy})
    aid = add_activity(journal, team[0], date(2026, 11, 20), "Entri baru")
    _worker(journal, sheets_settings).drain()
    rows = standin.rows("JURNAL", ANDI_TAB)
    assert rows[0] == list(layout.JOURNAL_COLUMNS)
    assert rows[1][2] == "Entri lama dari n8n" and rows[2][layout.JOURNAL_ID_COL] == str(aid)


def test_backoff_grows_and_respects_retry_after():
    assert backoff_seconds(1, rng=lambda: 1.0) == 10
    assert backoff_seconds(4, rng=lambda: 1.0) == 80
    assert backoff_seconds(30, rng=lambda: 1.0) == 3600
    assert 5 <= backoff_seconds(1, rng=lambda: 0.0) <= 10
    assert backoff_seconds(1, 300, rng=lambda: 0.0) == 300


def test_journal_activities_api_reaches_the_sheet(journal, sheets_settings, standin, team):
    """save, edit, status change and delete through journal.activities, then one drain."""
    from journal import activities

    ids = activities.save_activities(journal, team[1], "dsis", [
        ({"day": date(2026, 11, 23), "text": "Menyusun metadata survei", "minutes": 60}, {"analyst": "embedded",
          "berakhlak": ["akuntabel"], "probis_level": "none", "pokin_level": "none"}),
        ({"day": date(2026, 11, 23), "text": "Entri keliru", "minutes": 30}, None),
    ])
    activities.set_status(journal, ids[0], "approved")
    activities.delete_activity(journal, ids[1])
    res = SheetsWorker(journal, sheets_settings).drain()
    assert res.error is None and res.ops_done == 4
    rows = _rows_by_id(standin, "Jurnal_Sari_Wulandari")
    assert set(rows) == {str(ids[0])}  # the entry deleted before it was ever sent is not written at all
    assert rows[str(ids[0])][1][14] == "disetujui" and rows[str(ids[0])][1][6] == "Tidak"


def test_a_full_legacy_tab_is_extended_before_writing(journal, sheets_settings, standin, team):
    legacy = [list(layout.JOURNAL_ORIGINAL)] + [[team[0], "Andi", f"lama {i}", "01/10/2026"] for i in range(999)]
    standin.create("JURNAL", tabs={ANDI_TAB: legacy})  # grid of 1,000 rows, all used
    ids = [add_activity(journal, team[0], date(2026, 11, 20), f"Baru {i}") for i in range(3)]
    res = _worker(journal, sheets_settings).drain()
    assert res.error is None and res.ops_done == 3
    rows = standin.rows("JURNAL", ANDI_TAB)
    assert len(rows) == 1003 and [r[layout.JOURNAL_ID_COL] for r in rows[1000:]] == [str(i) for i in ids]
    assert standin.books["JURNAL"].grid[ANDI_TAB] >= 1003


def test_a_refused_tab_does_not_block_the_others(journal, sheets_settings, standin, team):
    standin.create("JURNAL", tabs={"Jurnal_Sari_Wulandari": [list(layout.JOURNAL_COLUMNS)]})
    standin.protected.add(("JURNAL", "Jurnal_Sari_Wulandari"))
    andi = [add_activity(journal, team[0], date(2026, 11, 20), f"Andi {i}") for i in range(2)]
    add_activity(journal, team[1], date(2026, 11, 20), "Sari")
    res = _worker(journal, sheets_settings).drain()
    assert res.ops_done == 2 and res.failed == 1 and "menolak" in res.error
    assert set(_rows_by_id(standin)) == {str(i) for i in andi}
    st = outbox_status(journal)
    assert st["failed"] == 1 and st["pending"] == 0 and "403" in st["last_error"]
    standin.protected.clear()
    from journal.sheets.worker import retry_failed

    assert retry_failed(journal) == 1
    assert _worker(journal, sheets_settings).drain().ops_done == 1
