"""Benchmarks of the knowledge base: search latency, cold start, memory, ingest speed.

Figures are printed, never asserted. The generated search corpus is cached in
``<data_dir>/bench/chroma`` (one collection per size), so only the first run
pays for embedding 10,000 chunks.
"""
from __future__ import annotations

import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from devtools.processes import child_env
from jejak.setup_agent import SAMPLE_PACK

ROOT = Path(__file__).resolve().parent.parent  # the cold-start processes run here (python -c imports from the cwd)

_VERBS = ("Menyusun", "Mengembangkan", "Menguji", "Memantau", "Mengevaluasi", "Mengoordinasikan", "Melaksanakan",
          "Memelihara", "Merancang", "Memvalidasi", "Mendokumentasikan", "Menganalisis", "Melatih", "Mengelola")
_OBJECTS = ("aplikasi CAPI survei", "dashboard monitoring lapangan", "jaringan VPN satker", "server pusat data",
            "metadata kegiatan statistik", "layanan helpdesk tiket", "laporan kinerja triwulan", "anggaran DIPA",
            "modul administrasi mitra", "API pertukaran data", "program validasi isian", "cadangan basis data",
            "pemindaian kerentanan web", "SPJ perjalanan dinas", "rencana kerja tahunan", "bimtek operator provinsi")
_CONTEXTS = ("untuk sensus pertanian", "bagi BPS provinsi", "sesuai standar SPBE", "bersama tim integrasi data",
             "pada triwulan berjalan", "menjelang rilis aplikasi", "untuk kementerian mitra", "di lingkungan DSIS",
             "dengan target 95 persen", "sesuai jadwal kegiatan", "bagi satker kabupaten/kota", "secara berkala")
_TYPES = ("probis", "pokin", "skp", "other", "berakhlak")


def corpus(n: int, seed: int = 7) -> list[tuple[str, dict]]:
    """``n`` synthetic DSIS-like chunks with realistic metadata."""
    rnd = random.Random(seed)
    out = []
    for i in range(n):
        sentences = [f"{rnd.choice(_VERBS)} {rnd.choice(_OBJECTS)} {rnd.choice(_CONTEXTS)}." for _ in range(rnd.randint(2, 4))]
        kind = _TYPES[i % len(_TYPES)]
        code = f"GEN-{i // 100}.{i % 100}"
        out.append((f"Kegiatan {code}: " + " ".join(sentences),
                    {"type": kind, "row": i + 2, "record_id": code, "section": f"Bagian {i // 250}"}))
    return out


def queries(n: int, seed: int = 11) -> list[str]:
    """Reproducible synthetic queries, numbered so none repeats (and none is served from a cache)."""
    rnd = random.Random(seed)
    return [f"{rnd.choice(_VERBS).lower()} {rnd.choice(_OBJECTS)} {rnd.choice(_CONTEXTS)} {i}" for i in range(n)]


def peak_mb() -> float:
    """The process's peak resident memory in MB (``ru_maxrss`` is in KB on Linux)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _percentile(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def ensure_corpus(kb, size: int, echo: Callable[[str], None]) -> str:
    """The collection ``bench-<size>``, generated and embedded once."""
    from knowledge.base import ChunkIn

    agency_id = f"bench-{size}"
    docs = kb.list_documents(agency_id)
    if docs and sum(d.chunks for d in docs) == size:
        return agency_id
    if docs:
        kb.store.drop(agency_id)
    t0 = time.perf_counter()
    step = 500
    items = corpus(size)
    for start in range(0, size, step):
        part = items[start : start + step]
        kb.put_document(agency_id, doc_id=f"gen-{start // step:03d}", source=f"generated-{start // step:03d}.csv",
                        content_hash=f"gen-{size}-{start}", chunks=[ChunkIn(t, m) for t, m in part], doc_type="other")
        echo(f"  korpus {agency_id}: {min(start + step, size)}/{size} potongan ({time.perf_counter() - t0:.0f} dtk)")
    return agency_id


def cold_start(data_dir: Path, agency_id: str, runs: int = 3, fresh_index: bool = False) -> tuple[float, bool]:
    """Median wall time of ``jejak kb search`` as a fresh process, and whether torch got imported."""
    from knowledge import index_cache

    if fresh_index:
        index_cache.remove(data_dir / "chroma-index", agency_id)
    env = child_env(JEJAK_DATA_DIR=str(data_dir))
    code = ("import sys\ntry:\n    from jejak.cli import main\n"
            f"    main(['kb', 'search', 'rapat koordinasi anggaran', '--instansi', '{agency_id}', '--json'])\n"
            "finally:\n    print('TORCH', 'torch' in sys.modules)")
    times, torch = [], False
    for _ in range(runs):
        t0 = time.perf_counter()
        out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
        times.append(time.perf_counter() - t0)
        if out.returncode != 0:
            raise RuntimeError(out.stderr.strip().splitlines()[-1] if out.stderr.strip() else "cold start gagal")
        torch = torch or "TORCH True" in out.stdout
    return statistics.median(times), torch


def run_search_bench(settings, *, sizes: list[int], n_queries: int, echo: Callable[[str], None]) -> None:
    """Time index building and searches over synthetic corpora of each size, and print a table."""
    from knowledge.base import KnowledgeBase
    from knowledge.embeddings import load_embeddings

    bench_dir = settings.data_dir / "bench"
    kb = KnowledgeBase.open(embeddings=load_embeddings(settings.embedder), path=bench_dir / "chroma")
    echo(f"Embedder: {settings.embedder}; kueri per ukuran: {n_queries}; k=5")
    rows = []
    for size in sizes:
        agency_id = ensure_corpus(kb, size, echo)
        kb.forget(agency_id, saved=True)
        t0 = time.perf_counter()
        kb.snapshot(agency_id)  # fetch, tokenise, index, save
        build = time.perf_counter() - t0
        qs = [f"{q} ({size})" for q in queries(n_queries, seed=size)]  # never in the embedding cache
        kb.search("pemanasan", agency_id=agency_id, k=5)
        lat = []
        for q in qs:
            t0 = time.perf_counter()
            kb.search(q, agency_id=agency_id, k=5)
            lat.append((time.perf_counter() - t0) * 1000)
        warm = []  # the same queries again: their embeddings are cached, so this is retrieval alone
        for q in qs:
            t0 = time.perf_counter()
            kb.search(q, agency_id=agency_id, k=5)
            warm.append((time.perf_counter() - t0) * 1000)
        typed = []
        for q in qs[: max(5, n_queries // 5)]:
            t0 = time.perf_counter()
            kb.search(q + " x", agency_id=agency_id, types=["probis", "skp"], k=5)
            typed.append((time.perf_counter() - t0) * 1000)
        rows.append((size, _percentile(lat, 50), _percentile(lat, 95), _percentile(typed, 95),
                     _percentile(warm, 50), _percentile(warm, 95), build))
    kb.close()
    echo("")
    echo(f"{'potongan':>9} {'p50 ms':>8} {'p95 ms':>8} {'p95 filter jenis':>17} {'tanpa embed p50/p95':>20} "
         f"{'bangun indeks dtk':>18}")
    for size, p50, p95, p95t, w50, w95, build in rows:
        echo(f"{size:>9} {p50:>8.1f} {p95:>8.1f} {p95t:>17.1f} {w50:>11.1f} / {w95:<6.1f} {build:>18.2f}")
    echo(f"Beban mesin (load average 1 menit, {os.cpu_count()} inti): {os.getloadavg()[0]:.1f}")
    echo(f"Memori puncak proses benchmark: {peak_mb():.0f} MB")
    for size in sizes:
        first, _ = cold_start(bench_dir, f"bench-{size}", runs=1, fresh_index=True)
        secs, torch = cold_start(bench_dir, f"bench-{size}")
        echo(f"Cold start 'jejak kb search' ({size} potongan): {secs:.2f} dtk (median 3x, indeks tersimpan), "
             f"{first:.2f} dtk tanpa indeks tersimpan; torch diimpor: {'ya' if torch else 'tidak'}")


def _make_pdf(path: Path, pages: int) -> Path:
    from fpdf import FPDF

    rnd = random.Random(3)
    pdf = FPDF()
    pdf.set_font("helvetica", size=10)
    for p in range(pages):
        pdf.add_page()
        pdf.set_font("helvetica", "B", 12)
        pdf.cell(0, 8, f"Bab {p + 1}. Panduan kerja {rnd.choice(_OBJECTS)}", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("helvetica", size=10)
        for _ in range(6):
            para = " ".join(f"{rnd.choice(_VERBS)} {rnd.choice(_OBJECTS)} {rnd.choice(_CONTEXTS)}." for _ in range(5))
            pdf.multi_cell(0, 5, para)
            pdf.ln(2)
    pdf.output(str(path))
    return path


def run_ingest_bench(settings, *, pdf_pages: int, echo: Callable[[str], None]) -> None:
    """Time ingesting the sample pack and a generated PDF, and print pages and chunks per second."""
    from ingest.pipeline import ingest_paths
    from knowledge.base import KnowledgeBase
    from knowledge.embeddings import load_embeddings

    emb = load_embeddings(settings.embedder)
    with tempfile.TemporaryDirectory(prefix="jejak-bench-") as tmp:
        tmp_path = Path(tmp)
        kb = KnowledgeBase.open(embeddings=emb, path=tmp_path / "chroma")
        pdf = _make_pdf(tmp_path / "panduan-generated.pdf", pdf_pages)
        echo(f"{'masukan':<28} {'berkas':>6} {'halaman':>8} {'potongan':>9} {'detik':>7} {'hlm/dtk':>8} {'ptg/dtk':>8}")
        for label, paths in (("paket contoh dsis", [SAMPLE_PACK]), (f"PDF buatan {pdf_pages} hlm", [pdf])):
            t0 = time.perf_counter()
            report = ingest_paths(kb, paths, agency_id="bench-ingest", max_file_mb=settings.max_file_mb)
            secs = time.perf_counter() - t0
            echo(f"{label:<28} {report.files:>6} {report.pages:>8} {report.chunks:>9} {secs:>7.2f} "
                 f"{report.pages / secs:>8.1f} {report.chunks / secs:>8.1f}")
        t0 = time.perf_counter()
        again = ingest_paths(kb, [SAMPLE_PACK], agency_id="bench-ingest")
        echo(f"ingest ulang paket contoh (tidak berubah): {time.perf_counter() - t0:.2f} dtk, "
             f"{sum(d.status == 'tidak berubah' for d in again.documents)}/{again.files} berkas tidak berubah")
        kb.close()
    echo(f"Memori puncak: {peak_mb():.0f} MB; beban mesin (load average 1 menit, {os.cpu_count()} inti): "
         f"{os.getloadavg()[0]:.1f}")
