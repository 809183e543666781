"""Benchmarks behind ``jejak bench rekap`` and ``jejak bench sheets`` (temporary data, nothing kept)."""
from __future__ import annotations

import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path


def run_rekap(*, staff: int = 1000, entries: int = 66000, month_key: str = "2026-11") -> dict:
    """Time generating a large synthetic month and building its recap, for ``jejak bench rekap``."""
    from devtools.bulk_journal import generate
    from journal.calendar import month
    from journal.db import Journal
    from journal.recap import Target, build_recap

    period = month(month_key)
    with tempfile.TemporaryDirectory(prefix="jejak-bench-") as tmp:
        journal = Journal(f"sqlite:///{Path(tmp) / 'bench.db'}")
        try:
            t0 = time.perf_counter()
            n = generate(journal, staff=staff, period=period, entries=entries, agency="bench")
            gen = time.perf_counter() - t0
            t0 = time.perf_counter()
            with journal.session() as s:
                recap = build_recap(s, Target("instansi", "bench"), period, standard_hours=7.5)
            seconds = time.perf_counter() - t0
        finally:
            journal.close()
    assert recap.total_entries == n
    return {"period": period.label, "staff": staff, "entries": n, "seconds": seconds, "gen": gen}


def _fill(journal, staff: int, entries: int) -> list[int]:
    from sqlalchemy import insert

    from journal.models import Activity, Agency, Assessment, SheetOp, Staff

    now = datetime.utcnow()
    with journal.engine.begin() as conn:
        conn.execute(insert(Agency), [{"id": "bench", "name": "Instansi uji"}])
        nips = [f"19900101{i:06d}1001" for i in range(staff)]
        conn.execute(insert(Staff), [{"nip": n, "agency_id": "bench", "name": f"Pegawai {i:04d}", "role": "pegawai",
                                      "active": True, "timezone": "Asia/Jakarta", "blocked_bot": False,
                                      "attributes": {}} for i, n in enumerate(nips)])
        acts = [{"id": i + 1, "nip": nips[i % staff], "agency_id": "bench", "day": date(2026, 11, 2) + timedelta(i % 5),
                 "minutes": 60, "text": f"Kegiatan uji {i + 1}", "description": "", "status": "submitted",
                 "channel": "bench", "deleted": False, "created_at": now, "updated_at": now} for i in range(entries)]
        conn.execute(insert(Activity), acts)
        conn.execute(insert(Assessment), [{"activity_id": a["id"], "analyst": "embedded", "berakhlak": ["akuntabel"],
                                           "probis_level": "none", "pokin_level": "none", "explanation": "",
                                           "citations": [], "berakhlak_scores": {}, "berakhlak_evidence": {},
                                           "created_at": now} for a in acts])
        conn.execute(insert(SheetOp), [{"op": "upsert", "nip": a["nip"], "activity_id": a["id"], "payload": {},
                                        "status": "pending", "attempts": 0, "next_attempt_at": now,
                                        "created_at": now} for a in acts])
    return [a["id"] for a in acts]


def _drain(journal, settings):
    """Drain to the end like a long-running worker would: wait out 429s (Retry-After) and retry."""
    from journal.sheets.worker import DrainResult, SheetsWorker

    total = DrainResult()
    for throttled in range(50):  # the drains before the one that finished were all throttled
        res = SheetsWorker(journal, settings, clock=lambda: datetime.utcnow() + timedelta(seconds=1)).drain()
        total.ops_done += res.ops_done
        if not res.error:
            return total, throttled
        time.sleep(min(65.0, max(0.0, (res.next_attempt_at - datetime.utcnow()).total_seconds())))
    raise RuntimeError(res.error)


def run_sheets(*, entries: int = 1000, staff: int = 200, quota: int = 60) -> dict:
    """Time draining the Sheets outbox against the local stand-in with a request quota, for ``jejak bench sheets``."""
    from devtools.sheets_standin import StandIn
    from devtools.sheets_standin_main import throwaway_service_account
    from jejak.settings import Settings
    from journal.db import Journal
    from journal.models import Activity
    from journal.outbox import enqueue

    with tempfile.TemporaryDirectory(prefix="jejak-bench-") as tmp, StandIn(quota_per_minute=quota) as standin:
        sa = Path(tmp) / "sa.json"
        throwaway_service_account(sa)
        standin.create("JURNAL")
        standin.create("PEGAWAI")
        settings = Settings(_env_file=None, data_dir=Path(tmp), google_service_account=sa, sheets_journal_id="JURNAL",
                            sheets_staff_id="PEGAWAI", sheets_token_uri=standin.token_uri,
                            sheets_api_url=standin.api_url)
        journal = Journal(settings.db_url)
        try:
            ids = _fill(journal, staff, entries)
            t0 = time.perf_counter()
            first, throttled = _drain(journal, settings)
            requests = len(standin.requests)
            edits = ids[:: max(1, len(ids) // 200)]
            with journal.session() as s:
                for aid in edits:
                    s.get(Activity, aid).minutes = 90
                    enqueue(s, "upsert", activity_id=aid)
            second, more = _drain(journal, settings)
            throttled += more
            elapsed = time.perf_counter() - t0
        finally:
            journal.close()
        total = len(standin.requests)
    return {"entries": entries, "requests": requests, "per": entries / max(requests, 1), "edits": len(edits),
            "edit_requests": total - requests, "total": total, "elapsed": elapsed,
            "rpm": total / max(elapsed / 60, 1e-9), "quota": quota,
            "sustain": quota * entries / max(requests, 1), "throttled": throttled}
