"""``jejak bench web``: p50/p95 of the dashboard's Tim page and review queue for one
synthetic unit (200 people, 3 months of entries) on the embedded defaults (SQLite).

The app is served in-process (Starlette's test client: the ASGI app, its middleware,
templates and the journal queries, without a network hop)."""
from __future__ import annotations

import statistics
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import update

TODAY = date(2026, 11, 20)  # a Friday


class _Services:
    """Just what the Tim and Tinjauan pages use."""

    def __init__(self, journal, settings):
        self.journal, self.settings = journal, settings


def build_unit(journal, *, staff: int, months: int, today: date = TODAY) -> tuple[str, int]:
    """One unit of ``staff`` people under one supervisor, entries on every working day of the last
    ``months`` months (the last two weeks still waiting for review); (supervisor NIP, entries)."""
    from devtools.bulk_journal import generate
    from journal.calendar import Period
    from journal.models import Activity, Staff

    start = (today.replace(day=1) - timedelta(days=31 * (months - 1))).replace(day=1)
    days = (today - start).days * 5 // 7
    n = generate(journal, staff=staff, period=Period(start, today, "bench", "bench"), entries=staff * days * 2,
                 units=1, agency="bench")
    boss = "197001011995031001"
    with journal.session() as s:
        s.add(Staff(nip=boss, agency_id="bench", name="Kepala Unit Uji", jabatan="Ketua Tim", unit_id=1,
                    role="atasan", active=True, timezone="Asia/Jakarta", attributes={}))
        s.execute(update(Staff).where(Staff.nip != boss).values(supervisor_nip=boss))
        s.execute(update(Activity).where(Activity.day < today - timedelta(days=14)).values(status="approved"))
    return boss, n


def _login(client, journal, nip: str) -> None:
    import re

    from journal.weblogin import issue

    token = issue(journal, nip)
    page = client.get(f"/masuk/{token}")
    csrf = re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)
    client.post(f"/masuk/{token}", data={"csrf": csrf})


def _measure(client, path: str, n: int) -> dict:
    for _ in range(3):  # warm-up: templates compiled, SQLite pages cached
        assert client.get(path).status_code == 200
    times = []
    for _ in range(n):
        t0 = time.perf_counter()
        r = client.get(path)
        times.append((time.perf_counter() - t0) * 1000)
        assert r.status_code == 200, r.text[:300]
    times.sort()
    return {"p50": statistics.median(times), "p95": times[max(0, round(0.95 * len(times)) - 1)], "max": times[-1],
            "kb": len(r.content) / 1024}


def run(*, staff: int = 200, months: int = 3, requests: int = 60) -> list[str]:
    """Build a synthetic unit and time the dashboard pages, as report lines."""
    from starlette.testclient import TestClient

    from jejak.settings import Settings
    from journal.db import Journal
    from web.app import create_app

    out = []
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(data_dir=Path(tmp), _env_file=None)
        journal = Journal(settings.db_url)
        try:
            t0 = time.perf_counter()
            boss, n = build_unit(journal, staff=staff, months=months)
            out.append(f"unit sintetis: {staff} pegawai, {n} entri dalam {months} bulan "
                       f"({time.perf_counter() - t0:.1f} s)")
            app = create_app(_Services(journal, settings), secret="bench", today=lambda: TODAY)
            with TestClient(app) as client:
                _login(client, journal, boss)
                for label, path in (("Tim, bulan ini", "/tim?periode=bulan"), ("Tim, minggu ini", "/tim?periode=minggu"),
                                    ("Tim, hari ini", "/tim"), ("Tinjauan (25 entri per halaman)", "/tinjauan")):
                    r = _measure(client, path, requests)
                    out.append(f"{label}: p50 {r['p50']:.0f} ms, p95 {r['p95']:.0f} ms, maks {r['max']:.0f} ms "
                               f"({r['kb']:.0f} KB){' (target p95 <= 300 ms)' if 'bulan' in label else ''}")
        finally:
            journal.close()
    return out
