"""Hostile and oversized files are refused while being read, each with the limit it hit;
long ingests report rows read and chunks embedded; a file whose staff cannot be saved to the
journal is not stored (on SQLite and PostgreSQL)."""
from __future__ import annotations

import struct
import zipfile
from pathlib import Path

import pytest

from ingest.limits import IngestLimits
from ingest.pipeline import ingest_paths


def _only_skip(kb, path: Path, limits: IngestLimits) -> str:
    report = ingest_paths(kb, [path], agency_id="uji", limits=limits)
    assert not report.documents and len(report.skipped) == 1, report.skipped
    assert kb.list_documents("uji") == []
    reason = report.skipped[0][1]
    assert "\n" not in reason
    return reason


def _docx(path: Path, paragraphs: list[str]) -> Path:
    import docx

    d = docx.Document()
    d.add_heading("Pedoman", level=1)
    for p in paragraphs:
        d.add_paragraph(p)
    d.save(str(path))
    return path


def test_a_docx_that_inflates_past_the_limit_is_refused_before_inflating(kb, tmp_path):
    path = _docx(tmp_path / "bom.docx", ["rapat koordinasi " * 20_000] * 10)  # ~3.4 MB of XML, ~20 KB zipped
    assert path.stat().st_size < 100_000
    reason = _only_skip(kb, path, IngestLimits(max_uncompressed_mb=1))
    assert "melebihi batas 1 MB (JEJAK_MAX_UNCOMPRESSED_MB)" in reason


def test_a_zip_member_larger_than_it_declares_is_refused_as_corrupt(kb, tmp_path):
    path = _docx(tmp_path / "bohong.docx", ["pemeliharaan server pusat data " * 2000])
    raw = bytearray(path.read_bytes())
    name = b"word/document.xml"
    at = raw.find(b"PK\x01\x02" + b"", 0)
    while at != -1:  # the central directory entry of document.xml: declare 100 bytes only
        if raw[at + 46: at + 46 + len(name)] == name:
            raw[at + 24: at + 28] = struct.pack("<I", 100)
        at = raw.find(b"PK\x01\x02", at + 4)
    path.write_bytes(bytes(raw))
    with zipfile.ZipFile(path) as z:
        assert z.getinfo("word/document.xml").file_size == 100
    assert "DOCX rusak" in _only_skip(kb, path, IngestLimits())


def test_docx_is_read_in_order_with_headings_lists_and_tables(kb, tmp_path):
    import docx

    d = docx.Document()
    d.add_heading("Tugas Tim", level=1)
    d.add_paragraph("Memelihara server.", style="List Bullet")
    table = d.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Kegiatan", "Target"
    table.cell(1, 0).text, table.cell(1, 1).text = "Backup harian", "365"
    d.add_paragraph("Penutup laporan.")
    path = tmp_path / "tugas.docx"
    d.save(str(path))
    from ingest.loaders import load

    text = load(path).pages[0].text
    assert text.index("# Tugas Tim") < text.index("- Memelihara server.") < text.index(
        "- Backup harian | 365") < text.index("Penutup laporan.")


def _xlsx(path: Path, rows: int, sparse: bool = False) -> Path:
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Probis")
    ws.append(["Kode", "Nama_Proses", "Keluaran"])
    for i in range(rows):
        ws.append([f"PB-{i}", f"Proses nomor {i}", "laporan"])
    wb.save(str(path))
    if sparse:  # a cell far away: a sheet that claims a million rows
        from openpyxl import load_workbook

        wb = load_workbook(str(path))
        wb["Probis"]["C1000000"] = "ujung"
        wb.save(str(path))
    return path


def test_too_many_rows_and_cells_are_refused_while_reading(kb, tmp_path):
    reason = _only_skip(kb, _xlsx(tmp_path / "probis.xlsx", 30), IngestLimits(max_rows=20))
    assert "lebih dari 20 baris" in reason and "JEJAK_MAX_ROWS" in reason
    reason = _only_skip(kb, _xlsx(tmp_path / "jarang.xlsx", 3, sparse=True), IngestLimits(max_cells=50_000))
    assert "lebih dari 50.000 sel" in reason and "JEJAK_MAX_CELLS" in reason
    csv = tmp_path / "probis.csv"
    csv.write_text("Kode,Nama_Proses,Keluaran\n" + "".join(f"PB-{i},Proses {i},laporan\n" for i in range(30)))
    assert "JEJAK_MAX_ROWS" in _only_skip(kb, csv, IngestLimits(max_rows=20))


def test_too_many_pages_and_chunks(kb, tmp_path, make_pdf):
    pdf = make_pdf(tmp_path / "panduan.pdf", [f"Halaman {i} tentang pelayanan publik." for i in range(5)])
    assert "5 halaman melebihi batas 3 halaman (JEJAK_MAX_PAGES)" in _only_skip(kb, pdf, IngestLimits(max_pages=3))
    long = tmp_path / "panjang.md"
    long.write_text("\n\n".join(f"## Bagian {i}\n\n" + "Uraian kegiatan pelayanan data. " * 40 for i in range(30)))
    reason = _only_skip(kb, long, IngestLimits(max_chunks=5))
    assert "lebih dari 5 potongan" in reason and "JEJAK_MAX_CHUNKS" in reason


def test_progress_reports_rows_read_and_chunks_embedded(kb, tmp_path):
    from ingest.loaders import load
    from ingest.pipeline import IngestProgress

    read = []
    load(_xlsx(tmp_path / "besar.xlsx", 1200), IngestLimits(), lambda n, unit: read.append((n, unit)))
    assert read == [(500, "baris"), (1000, "baris")]
    assert IngestProgress(tmp_path / "besar.xlsx", 1, 2, "read", 1000, unit="baris").describe() == \
        "besar.xlsx (1/2): 1.000 baris dibaca"

    events = []
    report = ingest_paths(kb, [_xlsx(tmp_path / "probis.xlsx", 300)], agency_id="uji", progress=events.append)
    assert report.documents[0].chunks == 300
    embeds = [e for e in events if e.stage == "embed"]
    assert [e.done for e in embeds] == [0, 256, 300] and all(e.total == 300 for e in embeds)
    assert embeds[1].eta_s is not None and embeds[1].describe().startswith("probis.xlsx (1/1): 256/300 potongan")
    assert "sisa ±" in embeds[1].describe()


def test_a_staff_file_whose_people_cannot_be_saved_is_not_stored(kb, journal, tmp_path):
    from functools import partial

    from journal.errors import JournalError
    from journal.staff import list_staff, sync_staff

    staff = tmp_path / "pegawai.csv"
    staff.write_text("Nip,Nama,Jabatan,Departemen\n"
                     "199001012015011001,Andi Saputra,Pranata Komputer,Tim Aplikasi\n"
                     f"199202022016022002,Sari Wulandari,{'Statistisi ' * 32},Tim Aplikasi\n", encoding="utf-8")
    report = ingest_paths(kb, [staff], agency_id="uji", sync=partial(sync_staff, journal, "uji"),
                          sync_errors=(JournalError,))
    assert not report.documents and kb.list_documents("uji") == []
    reason = report.skipped[0][1]
    assert "Jabatan terlalu panjang (351 karakter; batas 255) untuk pegawai 199202022016022002" in reason
    assert list_staff(journal, "uji") == []  # the whole file's sync was rolled back
    staff.write_text(staff.read_text().replace("Statistisi " * 32, "Statistisi Ahli Pertama"), encoding="utf-8")
    report = ingest_paths(kb, [staff], agency_id="uji", sync=partial(sync_staff, journal, "uji"),
                          sync_errors=(JournalError,))
    assert [d.doc_id for d in report.documents] == ["pegawai.csv"]
    assert [s.jabatan for s in list_staff(journal, "uji")] == ["Pranata Komputer", "Statistisi Ahli Pertama"]


@pytest.mark.parametrize("field", ["output", "nul"])
def test_the_journal_refuses_or_cleans_the_same_on_both_databases(journal, team, field):
    from datetime import date

    from journal import activities
    from journal.errors import JournalError
    from journal.staff import get_staff

    if field == "output":
        with pytest.raises(JournalError, match=r"Keluaran terlalu panjang \(300 karakter; batas 255\)"):
            activities.save_activities(journal, team[0], "dsis", [
                ({"day": date(2026, 11, 24), "text": "menyusun laporan", "minutes": 60, "output": "x" * 300}, None)])
        assert activities.list_activities(journal, team[0]) == []
        return
    [aid] = activities.save_activities(journal, team[0], "dsis", [
        ({"day": date(2026, 11, 24), "text": "rapat\x00 koordinasi", "minutes": 60, "output": "no\x00tulen"},
         {"analyst": "embedded", "berakhlak": ["kolaboratif\x00"], "probis_level": "none", "pokin_level": "none",
          "explanation": "a\x00b"})])
    a = activities.get_activity(journal, aid)
    assert (a.text, a.output, a.assessment.explanation, a.assessment.berakhlak) == (
        "rapat koordinasi", "notulen", "ab", ["kolaboratif"])
    # a NUL in a lookup is dropped as well: the same answer on both databases, never a DataError
    assert get_staff(journal, "1990\x0001012015011001").nip == team[0]
