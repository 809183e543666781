"""``jejak bench tanya``: answer latency (p50/p95) without an LLM over a large synthetic journal."""
from __future__ import annotations

import tempfile
import time
from pathlib import Path
from typing import Callable

from devtools import texts as T


def run(*, entries: int, questions: int, db: Path | None, echo: Callable[[str], None]) -> dict:
    """Generate (or reuse ``db``) a journal of about ``entries`` entries and time ``questions`` questions."""
    from agent.tanya import evaluate, synth
    from agent.tanya.graph import Tanya
    from journal.db import Journal

    with tempfile.TemporaryDirectory() as tmp:
        path = db or Path(tmp) / "tanya-bench.db"
        fresh = not path.exists()
        journal = Journal(f"sqlite:///{Path(path).resolve()}")
        try:
            t0 = time.perf_counter()
            org = synth.make_org(teams=20, members=9)
            if fresh:
                org, ents = synth.large(journal, n=entries)
                echo(T.TANYA_GENERATED.format(entries=len(ents), staff=len(org.staff),
                                              seconds=time.perf_counter() - t0))
            tanya = Tanya(journal)
            qs = evaluate.bench_questions(org, questions)
            evaluate.run_bench(tanya, qs[:10])  # warm-up: caches and SQLite pages
            return evaluate.run_bench(tanya, qs)
        finally:
            journal.close()
