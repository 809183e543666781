"""Every bad input is skipped with a one-line Indonesian reason while the others go on."""
import pytest

from ingest.errors import IngestError
from ingest.pipeline import ingest_paths


@pytest.fixture
def good(tmp_path):
    p = tmp_path / "baik.md"
    p.write_text("# Baik\n\nRapat koordinasi anggaran.\n", encoding="utf-8")
    return p


def _run(kb, good, bad, **kw):
    report = ingest_paths(kb, [bad, good], agency_id="uji", **kw)
    assert [d.doc_id for d in report.documents] == ["baik.md"], report.skipped
    assert len(report.skipped) == 1
    path, reason = report.skipped[0]
    assert "\n" not in reason and reason
    assert {d.doc_id for d in kb.list_documents("uji")} == {"baik.md"}  # nothing half-written
    return reason


def test_missing_path(kb, good, tmp_path):
    assert "tidak ditemukan" in _run(kb, good, tmp_path / "tidak-ada.pdf")


def test_unsupported_type(kb, good, tmp_path):
    p = tmp_path / "gambar.png"
    p.write_bytes(b"\x89PNG\r\n")
    assert "tidak didukung" in _run(kb, good, p)


def test_empty_file(kb, good, tmp_path):
    p = tmp_path / "kosong.txt"
    p.write_text("")
    assert "kosong" in _run(kb, good, p)


def test_whitespace_only_file(kb, good, tmp_path):
    p = tmp_path / "spasi.md"
    p.write_text("   \n\n  ")
    assert "tidak berisi teks" in _run(kb, good, p)


def test_corrupt_pdf(kb, good, tmp_path):
    p = tmp_path / "rusak.pdf"
    p.write_bytes(b"%PDF-1.4\n this is not really a pdf \x00\x01")
    assert "PDF rusak" in _run(kb, good, p)


def test_encrypted_pdf(kb, good, tmp_path, make_pdf):
    p = make_pdf(tmp_path / "terkunci.pdf", ["Rahasia negara."], password="rahasia")
    assert "kata sandi" in _run(kb, good, p)


def test_scanned_pdf_without_text_layer(kb, good, tmp_path, make_pdf):
    p = make_pdf(tmp_path / "pindaian.pdf", ["", ""])
    reason = _run(kb, good, p)
    assert "pindaian" in reason and "OCR" in reason


def test_file_over_size_limit(kb, good, tmp_path):
    p = tmp_path / "besar.txt"
    p.write_text("data " * 50_000, encoding="utf-8")
    assert "melebihi batas" in _run(kb, good, p, max_file_mb=0.1)


def test_corrupt_docx_and_xlsx(kb, good, tmp_path):
    for name in ("rusak.docx", "rusak.xlsx"):
        p = tmp_path / name
        p.write_bytes(b"bukan zip")
        report = ingest_paths(kb, [p], agency_id="uji")
        assert not report.documents and "rusak" in report.skipped[0][1]


def test_binary_text_refused(kb, good, tmp_path):
    p = tmp_path / "biner.txt"
    p.write_bytes(b"abc\x00\x01\x02def")
    assert "biner" in _run(kb, good, p)


def test_non_utf8_text_is_read_as_cp1252_with_a_note(kb, tmp_path):
    p = tmp_path / "lama.txt"
    p.write_bytes("Laporan kegiatan caf\u00e9 \u2013 rapat anggaran".encode("cp1252"))
    report = ingest_paths(kb, [p], agency_id="uji")
    assert report.documents and any("cp1252" in n for n in report.notes)
    assert "café – rapat" in kb.store.get("uji")["documents"][0]


def test_unknown_type_option_is_refused(kb, good):
    with pytest.raises(IngestError, match="tidak dikenal"):
        ingest_paths(kb, [good], agency_id="uji", doc_type="resep")


def test_two_files_with_one_name_in_one_run_do_not_replace_each_other(kb, tmp_path):
    for year, text in (("2025", "Rapat anggaran 2025."), ("2026", "Rapat anggaran 2026.")):
        (tmp_path / year).mkdir()
        (tmp_path / year / "catatan.md").write_text(text, encoding="utf-8")
    report = ingest_paths(kb, [tmp_path / "2025", tmp_path / "2026"], agency_id="uji")
    assert [d.path for d in report.documents] == [str(tmp_path / "2025" / "catatan.md")]
    [(path, reason)] = report.skipped
    assert path.endswith("2026/catatan.md") and "ganti nama" in reason and "2025" in reason
    assert kb.search("rapat anggaran", agency_id="uji", k=1)[0].text == "Rapat anggaran 2025."
