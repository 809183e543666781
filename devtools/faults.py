"""Concurrency runs for issue 14, with real processes (nothing of the product imports this):

    python -m devtools.faults sheets --runs 10 --db sqlite       # two `jejak sheets sync --terus` + a writer
    python -m devtools.faults sheets --runs 10 --db postgresql
    python -m devtools.faults budget --runs 10 --db sqlite       # 2 processes x 12 x 60 min, same person and day
    python -m devtools.faults sheets --tree /work/main           # the same against another checkout

``sheets``: a local Sheets stand-in; two worker processes drain every second while a writer
process saves, edits and deletes entries and drains itself every 2 s (as the bot does every
30 s). When the outbox is empty, every entry is looked up in its employee tab and in
``Aktivitas_sheet``: rows, duplicated ids, lost ids, stale texts.
``budget``: two processes log 12 one-hour activities each for the same person and day through
the whole graph; the minutes stored must never pass the day budget (660).
"""
from __future__ import annotations

import argparse
import json
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from devtools.processes import child_env

ROOT = Path(__file__).resolve().parent.parent

WRITER = r"""
import random, sys, threading, time
from datetime import date, timedelta
from jejak.settings import Settings
from journal.db import Journal
from journal import activities
from journal.sheets.worker import drain_if_configured

n, seed = int(sys.argv[1]), int(sys.argv[2])
settings = Settings()
j = Journal(settings.db_url)
nips = [f"1990010120150110{i:02d}" for i in range(10)]
stop = threading.Event()
def drainer():  # like the bot's job, in a thread next to the writes
    while not stop.wait(2.0):
        drain_if_configured(j, settings)
job = threading.Thread(target=drainer)
job.start()
rng = random.Random(seed)
saved = []
for i in range(n):
    nip = nips[i % len(nips)]
    day = date.today() - timedelta(days=i % 5)
    saved += activities.save_activities(j, nip, "uji", [({"day": day, "text": f"kegiatan {i} modul SOBAT",
                                                          "description": "", "minutes": 5}, None)])
    if i % 10 == 3:
        aid = rng.choice(saved)
        activities.update_activity(j, aid, {"text": f"kegiatan {aid} diperbarui"})
    if i % 20 == 7:
        activities.delete_activity(j, saved.pop(rng.randrange(len(saved))))
    time.sleep(rng.random() * 0.01)
stop.set()
job.join()
print("written", n)
"""

LOGGER = r"""
import sys, time
from jejak.services import Services
from jejak.settings import Settings
from agent.runner import log_text_sync

nip, start_at, who = sys.argv[1], float(sys.argv[2]), sys.argv[3]
services = Services(Settings())
graph = services.graph
graph.invoke({"mode": "analyze", "text": "rapat koordinasi", "nip": nip})  # warm up before the start line
time.sleep(max(0.0, start_at - time.time()))
out = []
for i in range(12):
    r = log_text_sync(graph, nip=nip, text=f"rapat koordinasi {who} sesi {i} 1 jam, 1 notulen")
    # refused by validation (it read the day first), or only by the check under the day's lock (the race)
    out.append("locked" if r.status == "rejected" and "Total kegiatan" not in r.reply else r.status)
services.close()
print(" ".join(out))
"""


def _env(tree: Path, settings_env: dict[str, str]) -> dict[str, str]:
    return child_env(PYTHONPATH=str(tree), PYTHONUNBUFFERED="1", **settings_env)


class Databases:
    """Fresh journal URLs: a SQLite file in the run's folder, or a database on a local PostgreSQL."""

    def __init__(self, kind: str):
        self.kind = kind
        self.pg = None
        if kind == "postgresql":
            from devtools.postgres import LocalPostgres

            self.pg = LocalPostgres().start()

    def url(self, folder: Path) -> str:
        return self.pg.create_database() if self.pg else f"sqlite:///{(folder / 'jejak.db').resolve()}"

    def close(self) -> None:
        if self.pg:
            self.pg.stop()


def _staff(journal) -> None:
    from journal.staff import sync_staff
    from knowledge.models import Staff

    sync_staff(journal, "uji", [Staff(nip=f"1990010120150110{i:02d}", name=f"Pegawai Uji {i:02d}",
                                      unit="Tim Uji", agency_id="uji") for i in range(10)], [])


def sheets_run(db: Databases, tree: Path, n: int, seed: int) -> dict:
    """One ``sheets`` run: two workers and a writer process against the stand-in, then count duplicated, lost and
    stale rows."""
    from devtools.sheets_standin import StandIn
    from devtools.sheets_standin_main import throwaway_service_account
    from journal.db import Journal
    from journal.models import Activity, Staff
    from journal.sheets import layout
    from journal.sheets.worker import outbox_status

    folder = Path(tempfile.mkdtemp(prefix="jejak-faults-"))
    try:
        url = db.url(folder)
        journal = Journal(url)
        _staff(journal)
        with StandIn() as standin:
            standin.create("JURNAL")
            standin.create("PEGAWAI")
            throwaway_service_account(folder / "sa.json")
            env = _env(tree, {"JEJAK_DATA_DIR": str(folder / "data"), "JEJAK_DATABASE_URL": url,
                              "JEJAK_GOOGLE_SERVICE_ACCOUNT": str(folder / "sa.json"),
                              "JEJAK_SHEETS_JOURNAL_ID": "JURNAL", "JEJAK_SHEETS_STAFF_ID": "PEGAWAI",
                              "JEJAK_SHEETS_TOKEN_URI": standin.token_uri, "JEJAK_SHEETS_API_URL": standin.api_url})
            cli = [sys.executable, "-c", "from jejak.cli import main; main()"]
            logs = [open(folder / f"worker{i}.log", "w") for i in range(2)]  # noqa: SIM115 - closed below
            workers = [subprocess.Popen([*cli, "sheets", "sync", "--terus", "--jeda", "1"], env=env, cwd=folder,
                                        stdout=log, stderr=subprocess.STDOUT) for log in logs]
            writer = subprocess.run([sys.executable, "-c", WRITER, str(n), str(seed)], env=env, cwd=folder,
                                    capture_output=True, text=True, timeout=600)
            deadline = time.monotonic() + 300
            while outbox_status(journal)["pending"] and time.monotonic() < deadline:
                time.sleep(0.5)
            time.sleep(1.5)  # a batch in flight finishes
            for w in workers:
                w.send_signal(signal.SIGINT)
            for w in workers:
                w.wait(30)
            for log in logs:
                log.close()
            worker_errors = [line for i in range(2) for line in (folder / f"worker{i}.log").read_text().splitlines()
                             if "Galat" in line or "Traceback" in line or "Error" in line]
            status = outbox_status(journal)
            with journal.session() as s:
                acts = {a.id: a for a in s.query(Activity)}
                names = {p.nip: layout.tab_name(p.name, p.sheet_name) for p in s.query(Staff)}
            books = {sid: {t: [list(r) for r in rows] for t, rows in standin.books[sid].tabs.items()}
                     for sid in ("JURNAL", "PEGAWAI")}
        journal.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    live = {i: a for i, a in acts.items() if not a.deleted}
    tab_ids: Counter = Counter()
    stale = lost = 0
    for tab in names.values():
        for r in books["JURNAL"].get(tab, [])[1:]:
            if len(r) > layout.JOURNAL_ID_COL and r[layout.JOURNAL_ID_COL]:
                tab_ids[r[layout.JOURNAL_ID_COL]] += 1
    recap_ids = Counter(r[layout.RECAP_ID_COL] for r in books["PEGAWAI"].get(layout.RECAP_SHEET, [])[1:]
                        if len(r) > layout.RECAP_ID_COL and r[0])
    by_id = {r[layout.JOURNAL_ID_COL]: r for tab in names.values() for r in books["JURNAL"].get(tab, [])[1:]
             if len(r) > layout.JOURNAL_ID_COL}
    for i, a in live.items():
        row = by_id.get(str(i))
        if tab_ids[str(i)] == 0 or recap_ids[str(i)] == 0:
            lost += 1
        elif row[2] != a.text:
            stale += 1
    return {"entries": len(live), "deleted": len(acts) - len(live),
            "writer": "ok" if writer.returncode == 0 else writer.stderr[-300:], "worker_errors": worker_errors[:3],
            "tab_rows": sum(tab_ids.values()), "recap_rows": sum(recap_ids.values()),
            "duplicated": sum(c - 1 for c in tab_ids.values() if c > 1) + sum(c - 1 for c in recap_ids.values() if c > 1),
            "lost": lost, "stale": stale, "outbox": f"{status['pending']} menunggu, {status['failed']} gagal, "
                                                    f"{status['done']} terkirim"}


def budget_run(db: Databases, tree: Path, template: Path) -> dict:
    """One ``budget`` run: two processes log the same person's day at once; the day must stay within the limit."""
    from sqlalchemy import func, select

    from jejak.services import Services
    from jejak.settings import Settings
    from jejak.setup_agent import ingest_pack
    from journal.db import Journal
    from journal.models import Activity

    folder = Path(tempfile.mkdtemp(prefix="jejak-budget-"))
    try:
        data = folder / "data"
        shutil.copytree(template, data)
        url = db.url(data)
        services = Services(Settings(data_dir=data, database_url=url, _env_file=None))
        ingest_pack(services, "dsis")  # the staff into the fresh journal (the knowledge base is a copy)
        services.close()
        nip = "199611032019121001"
        env = _env(tree, {"JEJAK_DATA_DIR": str(data), "JEJAK_DATABASE_URL": url})
        start = time.time() + 25
        procs = [subprocess.Popen([sys.executable, "-c", LOGGER, nip, str(start), w], env=env, cwd=folder,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for w in "ab"]
        outs = [p.communicate(timeout=600) for p in procs]
        j = Journal(url)
        with j.session() as s:
            rows = s.execute(select(Activity.day, func.sum(Activity.minutes), func.count())
                             .where(Activity.nip == nip).group_by(Activity.day)).all()
        j.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    statuses = Counter(w for out, _ in outs for w in out.split())
    return {"minutes": max((int(m) for _, m, _ in rows), default=0), "saved": statuses.get("saved", 0),
            "rejected": statuses.get("rejected", 0) + statuses.get("locked", 0),
            "caught_under_lock": statuses.get("locked", 0), "errors": [e[-300:] for _, e in outs if "Traceback" in e]}


def _budget_template() -> Path:
    from jejak.services import Services
    from jejak.settings import Settings
    from jejak.setup_agent import ingest_pack

    folder = Path(tempfile.mkdtemp(prefix="jejak-budget-template-")) / "data"
    services = Services(Settings(data_dir=folder, _env_file=None))
    ingest_pack(services, "dsis")
    services.graph.context.warm_up("dsis")
    services.close()
    (folder / "jejak.db").unlink()  # each run syncs its own journal
    for extra in folder.glob("jejak.db-*"):
        extra.unlink()
    return folder


def main() -> None:
    """Run the chosen scenario ``--runs`` times, printing each run's findings and a summary of faults."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("what", choices=("sheets", "budget"))
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--db", choices=("sqlite", "postgresql"), default="sqlite")
    parser.add_argument("--entries", type=int, default=400)
    parser.add_argument("--tree", type=Path, default=ROOT, help="checkout whose code the processes run")
    args = parser.parse_args()
    db = Databases(args.db)
    results = []
    template = None
    try:
        template = _budget_template() if args.what == "budget" else None
        for run in range(1, args.runs + 1):
            started = time.perf_counter()
            if args.what == "sheets":
                res = sheets_run(db, args.tree, args.entries, seed=run)
            else:
                res = budget_run(db, args.tree, template)
            res["seconds"] = round(time.perf_counter() - started, 1)
            results.append(res)
            print(f"run {run}: " + json.dumps(res, ensure_ascii=False), flush=True)
    finally:
        db.close()
        if template is not None:
            shutil.rmtree(template.parent, ignore_errors=True)
    if args.what == "sheets":
        tot = {k: sum(r[k] for r in results) for k in ("entries", "tab_rows", "recap_rows", "duplicated", "lost", "stale")}
        bad = sum(1 for r in results if r["duplicated"] or r["lost"] or r["stale"])
        print(f"{args.db}: {len(results)} runs, entries {tot['entries']}, rows in tabs {tot['tab_rows']} "
              f"(+ {tot['recap_rows']} in {'Aktivitas_sheet'}), duplicated {tot['duplicated']}, lost {tot['lost']}, "
              f"stale {tot['stale']}; runs with a fault: {bad}")
    else:
        over = [r["minutes"] for r in results if r["minutes"] > 660]
        print(f"{args.db}: {len(results)} runs, minutes stored per run {[r['minutes'] for r in results]}; "
              f"over 660: {len(over)}")


if __name__ == "__main__":
    main()
