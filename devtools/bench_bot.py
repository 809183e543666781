"""``jejak bench bot``: many simulated users at once against the real application.

A throw-away data folder gets the sample pack (dsis) and ``users`` extra
fictional staff linked to Telegram; ``jejak bot`` runs as its own process and
long-polls the emulator; each user sends ``messages`` complete activity lines
one after another and waits for the answer (one long poll of the emulator
collects the answers of all users, so the driver stays cheap). Latency is from sending to the moment the answer
replaced "Sedang menganalisis..." (timestamps of the emulator), so polling
does not inflate it.
"""
from __future__ import annotations

import asyncio
import random
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from devtools.bench_cpu import CpuSplit
from devtools.emulator import ANALYZING_PREFIX, Emulator
from jejak.setup_agent import SAMPLE_PACK

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
    ack_latencies: list[float] = field(default_factory=list)  # until "Sedang menganalisis" appeared
    cpu: CpuSplit | None = None  # CPU seconds of bot, emulator and driver during the measured run

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
            f"tanda diproses p95    : {self.pct(self.ack_latencies, 0.95) * 1000:.0f} ms "
            "(sampai 'Sedang menganalisis' muncul)",
            f"pesan pertama (dingin): p50 {self.pct(self.warm_latencies, 0.5) * 1000:.0f} ms, "
            f"p95 {self.pct(self.warm_latencies, 0.95) * 1000:.0f} ms (tidak dihitung)",
            f"balasan hilang        : {self.lost}",
            f"balasan ganda         : {self.duplicated}",
            f"entri tersimpan       : {self.saved}",
            f"analisis (di graph)   : rata-rata {self.analysis_ms:.0f} ms per entri",
        ] + (self.cpu.lines(self.answered, self.seconds) if self.cpu else [])


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
        report = ingest_paths(svc.knowledge, files, agency_id="dsis")
        bench_staff = [
            Staff(nip=f"2000{i:014d}", name=f"Pegawai Uji {i:02d}", jabatan="Pranata Komputer Ahli Pertama",
                  unit="Tim Pengembangan Aplikasi", supervisor_nip="198108232004122002", role="pegawai",
                  telegram_id=FIRST_ID + i, timezone="Asia/Jakarta", agency_id="dsis")
            for i in range(users)
        ]
        sync_staff(svc.journal, "dsis", list(report.staff) + bench_staff, report.skps)
        echo(f"data uji siap: {report.chunks} potongan, {len(bench_staff)} pegawai simulasi")
    finally:
        svc.close()
    return settings


class Inbox:
    """One long poll (``/control/changes``) for all simulated users, so the
    driver costs little next to the bot: each user waits on a future."""

    def __init__(self, client: httpx.AsyncClient, url: str, token: str):
        self.client, self.url, self.token = client, url, token
        self.since = 0
        self.waiting: dict[int, tuple[int, int, asyncio.Future]] = {}  # chat -> (after id, sent ms, future)
        self.acks: dict[int, float] = {}  # chat -> when the placeholder of the awaited answer appeared (s)

    def expect(self, chat: int, after: int, sent_ms: int) -> asyncio.Future:
        fut = asyncio.get_running_loop().create_future()
        self.waiting[chat] = (after, sent_ms, fut)
        self.acks.pop(chat, None)
        return fut

    async def run(self) -> None:
        while True:
            r = await self.client.post(f"{self.url}/control/changes",
                                       json={"token": self.token, "since": self.since, "timeout": 5})
            for m in r.json()["result"]:  # in order of change; ``rev`` never ties (ms stamps can)
                self.since = max(self.since, m["rev"])
                chat = int(m["chat_id"] if "chat_id" in m else m["chat"]["id"])
                after, sent_ms, fut = self.waiting.get(chat, (0, 0, None))
                if m["message_id"] > after and m["time"] > sent_ms:
                    self.acks.setdefault(chat, m["time"] / 1000)
                if (m.get("text") or "").startswith(ANALYZING_PREFIX):
                    continue
                if fut is not None and not fut.done() and m["message_id"] > after and m["final_at"] > sent_ms:
                    fut.set_result(m)


async def _user(client: httpx.AsyncClient, inbox: Inbox, uid: int, messages: int, timeout: float,
                result: BenchResult, warm: bool, think: float, after: int) -> int:
    chat = {"id": uid, "type": "private", "first_name": "Uji"}
    sender = {"id": uid, "is_bot": False, "first_name": "Uji"}
    rounds = [(True, 0)] if warm else [(False, k) for k in range(1, messages + 1)]
    rng = random.Random(uid)
    for is_warm, k in rounds:
        if think and not is_warm:
            await asyncio.sleep(rng.expovariate(1 / think))  # a person typing the next line
        text = ACTIVITIES[(uid + k) % len(ACTIVITIES)].format(k=f"{uid % 1000}-{k}")
        sent_at = time.time()
        answer = inbox.expect(uid, after, int(sent_at * 1000))
        await client.post(f"{inbox.url}/sendMessage", json={"botToken": inbox.token, "from": sender, "chat": chat,
                                                            "date": int(sent_at), "text": text})
        if not is_warm:
            result.sent += 1
        try:
            final = await asyncio.wait_for(answer, timeout)
        except TimeoutError:
            continue
        after = final["message_id"]
        latency = final["final_at"] / 1000 - sent_at
        if is_warm:
            result.warm_latencies.append(latency)
        else:
            result.answered += 1
            result.latencies.append(latency)
            result.ack_latencies.append(inbox.acks.get(uid, final["time"] / 1000) - sent_at)
    return after


class BotProcess:
    """``jejak bot`` as its own process, the way an agency runs it, long-polling the emulator."""

    def __init__(self, data_dir: Path, token: str, base_url: str):

        from devtools.processes import child_env

        # how the bot is tuned may be measured; nothing else leaks in
        env = child_env(lambda k: k == "JEJAK_ANALYSIS_WORKERS", JEJAK_DATA_DIR=str(data_dir),
                        JEJAK_TELEGRAM_TOKEN=token, JEJAK_TELEGRAM_BASE_URL=base_url,
                        JEJAK_RATE_LIMIT_PER_MINUTE="10000")
        self.env, self.cwd = env, data_dir.parent  # no .env of the repository
        self.proc: subprocess.Popen | None = None
        self.log: list[str] = []

    def start(self, timeout: float = 600) -> BotProcess:
        code = "from jejak.cli import main; main(['bot'])"
        self.proc = subprocess.Popen([sys.executable, "-c", code], cwd=self.cwd, env=self.env, text=True,
                                     stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        ready = threading.Event()

        def read() -> None:
            for line in self.proc.stderr:
                self.log.append(line.rstrip())
                if "bot ready" in line:
                    ready.set()
        threading.Thread(target=read, daemon=True).start()
        deadline = time.monotonic() + timeout
        while not ready.wait(0.2):
            if self.proc.poll() is not None or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError("bot tidak siap: " + " | ".join(self.log[-5:]))
        return self

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGINT)  # a clean shutdown, like Ctrl+C
            try:
                self.proc.wait(30)
            except subprocess.TimeoutExpired:
                self.proc.kill()


def run_bench(*, users: int = 50, messages: int = 3, timeout: float = 30.0, think: float = 0.0,
              echo: Callable[[str], None] = print) -> BenchResult:
    """``think`` = mean seconds a user waits before the next line (0: all send at once, back to back)."""
    emulator = Emulator().start()
    tmp = tempfile.TemporaryDirectory(prefix="jejak-bench-")
    result = BenchResult(users=users, think=think)
    bot = None
    token = "777:BENCH"
    try:
        settings = _prepare(Path(tmp.name) / "data", users, echo)
        started = time.perf_counter()
        bot = BotProcess(settings.data_dir, token, emulator.url).start()
        echo(f"bot (proses 'jejak bot' tersendiri) siap dalam {time.perf_counter() - started:.1f} s "
             "(termasuk pemanasan analisis)")
        afters = {FIRST_ID + i: 0 for i in range(users)}

        async def drive(warm: bool) -> float:
            async with httpx.AsyncClient(timeout=60, limits=httpx.Limits(max_connections=8)) as client:
                inbox = Inbox(client, emulator.url, token)
                poller = asyncio.create_task(inbox.run())
                t0 = time.perf_counter()
                ids = list(afters)
                done = await asyncio.gather(*(_user(client, inbox, uid, messages, timeout, result, warm, think,
                                                    afters[uid]) for uid in ids))
                secs = time.perf_counter() - t0
                afters.update(zip(ids, done, strict=True))
                poller.cancel()
                return secs

        asyncio.run(drive(True))
        result.cpu = CpuSplit({"bot": bot.proc.pid, "emulator": emulator.proc.pid})
        result.cpu.start()
        result.seconds = asyncio.run(drive(False))
        result.cpu.stop()
        time.sleep(1.0)  # late duplicates would arrive now
        for i in range(users):
            replies = emulator.control("messages", token=token, chatId=FIRST_ID + i, after=0)
            result.duplicated += max(0, len(replies) - (messages + 1))
        bot.stop()
        result.saved, result.analysis_ms = _saved(settings)
    finally:
        if bot is not None:
            bot.stop()
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

