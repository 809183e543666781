"""Fixtures of the knowledge base and ingestion tests.

- ``kb``: an empty knowledge base in ``tmp_path`` (real Chroma, default embedder).
- ``sample_kb``: the sample pack (dsis) ingested once per session; read-only.
- ``make_pdf``: ``make_pdf(path, ["page 1 text", ...])`` writes a real PDF with fpdf2.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import SAMPLE_PACK


def write_pdf(path: Path, pages: list[str], *, password: str | None = None) -> Path:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("helvetica", size=11)
    for text in pages:
        pdf.add_page()
        if text:
            pdf.multi_cell(0, 6, text)
    if password:
        pdf.set_encryption(owner_password=password, user_password=password)
    pdf.output(str(path))
    return path


@pytest.fixture
def make_pdf():
    return write_pdf


@pytest.fixture
def kb(tmp_path, embeddings):
    from knowledge.base import KnowledgeBase

    base = KnowledgeBase.open(embeddings=embeddings, path=tmp_path / "chroma")
    yield base
    base.close()


@pytest.fixture(scope="session")
def sample_kb_report(tmp_path_factory, embeddings):
    from ingest.pipeline import ingest_paths
    from knowledge.base import KnowledgeBase

    base = KnowledgeBase.open(embeddings=embeddings, path=tmp_path_factory.mktemp("kb-sample") / "chroma")
    report = ingest_paths(base, [SAMPLE_PACK], agency_id="dsis")
    return base, report


@pytest.fixture
def sample_kb(sample_kb_report):
    return sample_kb_report[0]
