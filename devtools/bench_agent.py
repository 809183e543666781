"""``jejak bench analyze``: the whole graph per activity with the embedded analyst."""
from __future__ import annotations

import asyncio
import json
import resource
import statistics
import tempfile
import time
from datetime import datetime
from pathlib import Path

import typer

from devtools import texts as T
from jejak.setup_agent import DEVSET, has_sample, ingest_pack


def _texts() -> list[str]:
    """Dev-set activities without their own date or duration (the bench adds a short one)."""
    from datetime import date

    from agent.parse import parse_entry

    rows = [json.loads(l) for l in DEVSET.read_text(encoding="utf-8").splitlines() if l.strip()]
    today = date.today()
    out = []
    for r in rows:
        e = parse_entry(r["text"], today)
        if e.minutes is None and not e.day_explicit:
            out.append(r["text"])
    return out


def _staff(services, agency_id: str) -> list[str]:
    from journal.staff import list_staff

    return [s.nip for s in list_staff(services.journal, agency_id)]


def second_process_setup(data_dir: str, agency_id: str) -> float:
    """Seconds a new process needs on the same data folder (vector cache on disk) to be ready."""
    import subprocess
    import sys

    from devtools.processes import child_env

    env = child_env(lambda k: k not in ("JEJAK_DATABASE_URL", "JEJAK_CHROMA_URL"), JEJAK_DATA_DIR=data_dir)
    code = ("import time; t=time.perf_counter(); from jejak.settings import Settings; "
            "from jejak.services import Services; s=Services(Settings()); "
            f"s.graph.context.warm_up({agency_id!r}); print(time.perf_counter()-t); s.close()")
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    return float(out.stdout.strip().splitlines()[-1])


def run_bench(settings, *, n: int, concurrency: int) -> None:
    """Log ``n`` activities one after another, then a concurrent burst (``concurrency`` at a time), in a throwaway
    journal, and print the latencies."""
    from agent.runner import log_text, log_text_sync
    from jejak.services import Services

    agency_id = settings.default_instansi
    tmp = tempfile.TemporaryDirectory(prefix="jejak-bench-")
    # a fresh journal so the day totals never block; the limits are not what is measured
    bench_settings = settings.model_copy(update={
        "data_dir": Path(tmp.name), "database_url": None, "chroma_url": None, "max_minutes_per_day": 100_000,
    })
    services = Services(bench_settings)
    try:
        typer.echo(T.ANALYZE_SETUP.format(path=tmp.name), err=True)
        if not has_sample(services, agency_id):
            ingest_pack(services, agency_id)
        graph = services.graph
        t0 = time.perf_counter()
        graph.context.warm_up(agency_id)
        warm = time.perf_counter() - t0
        nips = _staff(services, agency_id)
        texts = _texts()
        now = datetime.now()

        def line(i: int) -> str:
            return f"{texts[i % len(texts)]} ({i}) 1 menit, 1 dokumen"

        log_text_sync(graph, nip=nips[0], text=line(10_000), now=now)  # first call: lazy imports
        lat = []
        for i in range(n):
            t = time.perf_counter()
            r = log_text_sync(graph, nip=nips[i % len(nips)], text=line(i), now=now)
            lat.append((time.perf_counter() - t) * 1000)
            if r.status != "saved":
                typer.echo(f"[{r.status}] {r.reply[:100]}", err=True)
        m = max(n, 4 * concurrency)

        async def burst() -> float:
            sem = asyncio.Semaphore(concurrency)

            async def one(i: int) -> None:
                async with sem:
                    await log_text(graph, nip=nips[i % len(nips)], text=line(n + i), channel="bench", now=now)

            t = time.perf_counter()
            await asyncio.gather(*(one(i) for i in range(m)))
            return time.perf_counter() - t

        wall = asyncio.run(burst())
    finally:
        services.close()
    try:
        warm2 = second_process_setup(tmp.name, agency_id)
    finally:
        tmp.cleanup()
    first = lat[:min(n, len(nips))] or [0.0]  # each person's first message
    q = statistics.quantiles(lat, n=100) if len(lat) >= 2 else lat * 99
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    typer.echo(T.ANALYZE_RESULT.format(n=n, p50=statistics.median(lat), p95=q[94], max=max(lat), conc=concurrency,
                                     m=m, tput=m / wall, warm=warm, rss=rss, warm2=warm2, people=len(first),
                                     first_mean=statistics.mean(first), first_max=max(first)))
