"""The passage-vector cache is written by several processes at once (two bots, a bot and the
CLI): every persist succeeds and a reader never meets a half-written file."""
from __future__ import annotations

import subprocess
import sys

from tests.conftest import ROOT

WRITER = r"""
import sys
import numpy as np
from agent.analyst.vectors import Vectors

class Embedder:
    spec = "uji"
    def embed_documents_np(self, texts):
        return np.array([[len(t), 1.0, float(i)] for i, t in enumerate(texts)], dtype=np.float32)

who, folder = sys.argv[1], sys.argv[2]
v = Vectors(Embedder(), cache_dir=folder)
for i in range(25):
    v.documents([f"{who} teks {i} " + "x" * 2000 * (i % 5)])
    v.persist()
print("ok")
"""

READER = r"""
import logging, sys
from pathlib import Path
from agent.analyst.vectors import Vectors

class Embedder:
    spec = "uji"

bad = []
logging.basicConfig(level=logging.WARNING)
logging.getLogger("agent.analyst.vectors").addHandler(type("H", (logging.Handler,), {"emit": lambda s, r: bad.append(r)})())
seen = 0
for _ in range(300):
    if (Path(sys.argv[1]) / "vectors-uji.npz").exists():
        Vectors(Embedder(), cache_dir=sys.argv[1])
        seen += 1
print("read", seen, "bad", len(bad))
"""


def test_processes_persisting_at_once_never_fail_or_tear_the_file(tmp_path):
    folder = tmp_path / "cache"
    procs = [subprocess.Popen([sys.executable, "-c", WRITER, f"p{i}", str(folder)], cwd=ROOT,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for i in range(4)]
    reader = subprocess.Popen([sys.executable, "-c", READER, str(folder)], cwd=ROOT,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    outs = [p.communicate(timeout=120) for p in procs]
    assert all(p.returncode == 0 and out.strip() == "ok" for p, (out, _) in zip(procs, outs, strict=True)), outs
    out, err = reader.communicate(timeout=120)
    assert reader.returncode == 0, err
    assert out.split()[-1] == "0", out + err  # no unreadable cache was ever met
    assert [p.name for p in folder.iterdir()] == ["vectors-uji.npz"]  # no temporary file left behind

    import numpy as np

    with np.load(folder / "vectors-uji.npz", allow_pickle=False) as data:
        assert len(data["texts"]) == data["vectors"].shape[0] >= 25
