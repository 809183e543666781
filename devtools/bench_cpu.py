"""CPU time per process during ``jejak bench bot``: where the machine's cores went.

Read from ``/proc/<pid>/stat`` (Linux); elsewhere the figures are NaN and the
bench still runs. The driver's own share comes from ``os.times()``.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path


def process_cpu(pid: int | None) -> float:
    """User + system CPU seconds of ``pid`` so far (NaN when unknown)."""
    if pid is None:
        return float("nan")
    try:
        raw = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return float("nan")
    fields = raw.rsplit(")", 1)[1].split()  # the command name may contain spaces
    utime, stime = int(fields[11]), int(fields[12])  # fields 14 and 15 of stat(5)
    return (utime + stime) / os.sysconf("SC_CLK_TCK")


def own_cpu() -> float:
    """This process's own CPU seconds (user and system), the driver's share of the machine."""
    t = os.times()
    return t.user + t.system


def load_average() -> tuple[float, float, float] | None:
    """The load averages, or None where the platform has none."""
    try:
        return os.getloadavg()
    except OSError:
        return None


@dataclass
class CpuSplit:
    """CPU seconds per part of the bench between ``start`` and ``stop``."""

    pids: dict[str, int | None]
    start_cpu: dict[str, float] = field(default_factory=dict)
    used: dict[str, float] = field(default_factory=dict)
    load_before: tuple[float, float, float] | None = None
    load_after: tuple[float, float, float] | None = None

    def _read(self) -> dict[str, float]:
        out = {name: process_cpu(pid) for name, pid in self.pids.items()}
        out["driver"] = own_cpu()
        return out

    def start(self) -> None:
        self.load_before = load_average()
        self.start_cpu = self._read()

    def stop(self) -> None:
        now = self._read()
        self.used = {k: now[k] - self.start_cpu.get(k, float("nan")) for k in now}
        self.load_after = load_average()

    def lines(self, messages: int, seconds: float) -> list[str]:
        if not self.used:
            return []
        per = {k: v * 1000 / messages if messages else float("nan") for k, v in self.used.items()}
        total = sum(self.used.values())
        cores = os.cpu_count() or 1
        busy = total / seconds / cores * 100 if seconds else float("nan")
        parts = ", ".join(f"{k} {per[k]:.0f}" for k in self.used)
        lines = [f"CPU per pesan (ms)    : {parts}; total {total * 1000 / max(messages, 1):.0f} "
                 f"({busy:.0f}% dari {cores} inti selama pengukuran)"]
        if self.load_before and self.load_after:
            lines.append(f"load average          : {self.load_before[0]:.2f} sebelum, {self.load_after[0]:.2f} sesudah")
        return lines
