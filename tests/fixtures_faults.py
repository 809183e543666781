"""Running ``jejak`` as a real process with its own environment: ``run_jejak``."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import ROOT


@dataclass
class Run:
    code: int
    out: str
    err: str

    @property
    def text(self) -> str:
        return self.out + self.err


def run_jejak(args, env: dict[str, str], *, cwd: Path, timeout: float = 180, stop_after: float | None = None) -> Run:
    """``jejak <args>`` in a fresh process (no JEJAK_* from this one, no .env); ``stop_after``
    seconds then Ctrl+C (for the bot)."""
    base = {k: v for k, v in os.environ.items() if not k.startswith("JEJAK_")}
    base.update(PYTHONPATH=str(ROOT), PYTHONUNBUFFERED="1", **env)
    cmd = [sys.executable, "-c", "from jejak.cli import main; main()", *map(str, args)]
    proc = subprocess.Popen(cmd, cwd=cwd, env=base, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if stop_after is not None:
        try:
            out, err = proc.communicate(timeout=stop_after)
        except subprocess.TimeoutExpired:
            proc.send_signal(signal.SIGINT)
            out, err = proc.communicate(timeout=60)
    else:
        out, err = proc.communicate(timeout=timeout)
    return Run(proc.returncode, out, err)


@pytest.fixture
def jejak_process():
    return run_jejak
