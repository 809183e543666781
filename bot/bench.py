"""``jejak bench bot``: many simulated users at once against the real application.

A throw-away data folder gets the sample pack (dsis) and ``users`` extra
fictional staff linked to Telegram; the application long-polls the emulator;
each user sends ``messages`` complete activity lines one after another and
waits for the answer. Latency is from sending to the moment the answer
replaced "Sedang menganalisis..." (timestamps of the emulator), so polling
does not inflate it.
"""
from __future__ import annotations

import asyncio
import random
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import httpx

from bot.emulator import ANALYZING_PREFIX, BotRunner, Emulator

SAMPLE_PACK = Path(__file__).resolve().parent.parent / "knowledge" / "samples" / "dsis"
FIRST_ID = 810_000_000
ACTIVITIES = (  # short durations: several lines a day stay under the daily maximum
    "menyusun laporan monitoring aplikasi CAPI {k} 30 menit, 1 laporan",
    "rapat koordinasi tim integrasi data {k} 45 menit, 1 notulen",
    "memperbaiki bug modul entri sensus {k} 40 menit, 1 modul",
    "menyiapkan bahan bimtek petugas lapangan {k} 30 menit, 1 bahan paparan",
    "memeriksa keamanan server pusat data {k} 20 menit, 1 laporan",
    "membuat rancangan antarmuka web monitoring {k} 45 menit, 1 mockup",
)


@dataclass
class BenchResult:
    users: int
    think: float = 0.0
    sent: int = 0
    answered: int = 0
    duplicated: int = 0
    saved: int = 0
    analysis_ms: float = float("nan")  # mean time inside the graph, from the journal
    seconds: float = 0.0
    latencies: list[float] = field(default_factory=list)
    warm_latencies: list[float] = field(default_factory=list)

    @property
    def lost(self) -> int:
        return self.sent - self.answered

    def pct(self, values: list[float], q: float) -> float:
        if not values:
            return float("nan")
        ordered = sorted(values)
        return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]

    def lines(self) -> list[str]:
        rate = self.answered / self.seconds if self.seconds else 0.0
        lat = self.latencies
        return [
            f"pengguna serentak     : {self.users} (jeda rata-rata antar pesan {self.think:g} s)",
            f"pesan terkirim        : {self.sent} dalam {self.seconds:.1f} s",
            f"pesan/detik           : {rate:.1f}",
            f"latensi balasan p50   : {self.pct(lat, 0.5) * 1000:.0f} ms",
            f"latensi balasan p95   : {self.pct(lat, 0.95) * 1000:.0f} ms",
            f"latensi maks          : {max(lat) * 1000 if lat else float('nan'):.0f} ms",
            f"pesan pertama (dingin): p50 {self.pct(self.warm_latencies, 0.5) * 1000:.0f} ms, "
            f"p95 {self.pct(self.warm_latencies, 0.95) * 1000:.0f} ms (tidak dihitung)",
            f"balasan hilang        : {self.lost}",
            f"balasan ganda         : {self.duplicated}",
            f"entri tersimpan       : {self.saved}",
            f"analisis (di graph)   : rata-rata {self.analysis_ms:.0f} ms per entri",
        ]


def _prepare(folder: Path, users: int, echo: Callable[[str], None]):
    from ingest.pipeline import ingest_paths
    from jejak.services import Services
    from jejak.settings import Settings
    from journal.staff import sync_staff
    from knowledge.models import Staff

    settings = Settings(data_dir=folder, _env_file=None)
    svc = Services(settings)
    try:
        files = [p for p in sorted(SAMPLE_PACK.iterdir()) if p.suffix in (".csv", ".md")]
        report = ingest_paths(svc.knowledge, files, instansi="dsis")
        bench_staff = [
            Staff(nip=f"2000{i:014d}", name=f"Pegawai Uji {i:02d}", jabatan="Pranata Komputer Ahli Pertama",
                  unit="Tim Pengembangan Aplikasi", supervisor_nip="198108232004122002", role="pegawai",
                  telegram_id=FIRST_ID + i, timezone="Asia/Jakarta", instansi="dsis")
            for i in range(users)
        ]
        sync_staff(svc.journal, "dsis", list(report.staff) + bench_staff, report.skps)
        echo(f"data uji siap: {report.chunks} potongan, {len(bench_staff)} pegawai simulasi")
    finally:
        svc.close()
    return settings


async def _user(client: httpx.AsyncClient, url: str, token: str, uid: int, messages: int, timeout: float,
                result: BenchResult, warm: bool, think: float) -> None:
    chat = {"id": uid, "type": "private", "first_name": "Uji"}
    sender = {"id": uid, "is_bot": False, "first_name": "Uji"}
    r = await client.post(f"{url}/control/messages", json={"token": token, "chatId": uid, "after": 0})
    earlier = r.json()["result"]
    after = earlier[-1]["message_id"] if earlier else 0  # answers of an earlier round are not this round's
    rounds = [(True, 0)] if warm else [(False, k) for k in range(1, messages + 1)]
    rng = random.Random(uid)
    for is_warm, k in rounds:
        if think and not is_warm:
            await asyncio.sleep(rng.expovariate(1 / think))  # a person typing the next line
        text = ACTIVITIES[(uid + k) % len(ACTIVITIES)].format(k=f"{uid % 1000}-{k}")
        sent_at = time.time()
        await client.post(f"{url}/sendMessage", json={"botToken": token, "from": sender, "chat": chat,
                                                     "date": int(sent_at), "text": text})
        if not is_warm:
            result.sent += 1
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            r = await client.post(f"{url}/control/wait", json={"token": token, "chatId": uid, "after": after,
                                                               "since": int(sent_at * 1000), "timeout": 5})
            final = [m for m in r.json()["result"] if not (m.get("text") or "").startswith(ANALYZING_PREFIX)]
            if final:
                after = final[-1]["message_id"]
                latency = final[0]["final_at"] / 1000 - sent_at
                if is_warm:
                    result.warm_latencies.append(latency)
                else:
                    result.answered += 1
                    result.latencies.append(latency)
                break


def run_bench(*, users: int = 50, messages: int = 3, timeout: float = 30.0, think: float = 0.0,
              echo: Callable[[str], None] = print) -> BenchResult:
    """``think`` = mean seconds a user waits before the next line (0: all send at once, back to back)."""
    import logging

    from pydantic import SecretStr

    from bot.app import build_application
    from jejak.services import Services

    logging.getLogger("httpx").setLevel(logging.WARNING)
    emulator = Emulator().start()
    tmp = tempfile.TemporaryDirectory(prefix="jejak-bench-")
    result = BenchResult(users=users, think=think)
    runner = None
    try:
        settings = _prepare(Path(tmp.name) / "data", users, echo).model_copy(update={
            "telegram_token": SecretStr("777:BENCH"), "telegram_base_url": emulator.url,
            "rate_limit_per_minute": 10_000,
        })
        token = settings.telegram_token.get_secret_value()
        started = time.perf_counter()
        runner = BotRunner(lambda: build_application(settings, Services(settings))).start(timeout=600)
        echo(f"bot siap dalam {time.perf_counter() - started:.1f} s (termasuk pemanasan analisis)")

        async def drive(warm: bool) -> float:
            limits = httpx.Limits(max_connections=users * 2 + 10)
            async with httpx.AsyncClient(timeout=60, limits=limits) as client:
                t0 = time.perf_counter()
                await asyncio.gather(*(_user(client, emulator.url, token, FIRST_ID + i, messages, timeout,
                                             result, warm, think) for i in range(users)))
                return time.perf_counter() - t0

        asyncio.run(drive(True))
        result.seconds = asyncio.run(drive(False))
        time.sleep(1.0)  # late duplicates would arrive now
        for i in range(users):
            replies = emulator.control("messages", token=token, chatId=FIRST_ID + i, after=0)
            result.duplicated += max(0, len(replies) - (messages + 1))
        result.saved, result.analysis_ms = _saved(settings)
    finally:
        if runner is not None:
            runner.stop()
        emulator.stop()
        tmp.cleanup()
    return result


def _saved(settings) -> tuple[int, float]:
    from sqlalchemy import func, select

    from journal.db import Journal
    from journal.models import Activity, Assessment

    journal = Journal(settings.db_url)
    try:
        with journal.session() as s:
            count = s.scalar(select(func.count(Activity.id)).where(Activity.nip.like("2000%"))) or 0
            mean = s.scalar(select(func.avg(Assessment.latency_ms)).join(Activity)
                            .where(Activity.nip.like("2000%")))
            return count, float(mean) if mean is not None else float("nan")
    finally:
        journal.close()

