"""Ingest round trips: a real PDF, idempotency, replacement on change, removal, folders."""
import pytest

from ingest.pipeline import ingest_paths
from knowledge.errors import KnowledgeError

PAGES = [
    "Panduan Layanan\nPetugas helpdesk menjawab tiket pengguna dalam dua jam kerja.",
    "Keamanan Data\nSetiap pegawai menjaga kerahasiaan data responden sesuai undang-undang statistik.",
]


def test_pdf_round_trip_keeps_page_numbers(kb, tmp_path, make_pdf):
    pdf = make_pdf(tmp_path / "panduan.pdf", PAGES)
    report = ingest_paths(kb, [pdf], agency_id="uji", doc_type="berakhlak")
    assert report.files == 1 and report.pages == 2 and report.chunks >= 2 and not report.skipped
    hits = kb.search("rahasia data responden", agency_id="uji", k=1)
    assert hits[0].metadata["page"] == 2
    assert hits[0].citation == "panduan.pdf hlm. 2"
    assert hits[0].doc_type == "berakhlak"
    m = hits[0].metadata
    for key in ("agency", "doc_id", "source", "content_hash", "version", "ingested_at", "section"):
        assert m.get(key) not in (None, ""), key
    assert m["agency"] == "uji" and m["version"] == 1


def test_same_file_again_changes_nothing(kb, tmp_path):
    doc = tmp_path / "catatan.md"
    doc.write_text("# Catatan\n\nRapat koordinasi tim integrasi data setiap Senin.\n", encoding="utf-8")
    first = ingest_paths(kb, [doc], agency_id="uji")
    before = kb.store.get("uji")["ids"]
    again = ingest_paths(kb, [doc], agency_id="uji")
    assert first.documents[0].status == "baru"
    assert again.documents[0].status == "tidak berubah"
    assert kb.store.get("uji")["ids"] == before
    assert kb.list_documents("uji")[0].version == 1


def test_changed_file_replaces_old_chunks_and_bumps_version(kb, tmp_path):
    doc = tmp_path / "catatan.md"
    doc.write_text("# Catatan\n\nPemeliharaan server pusat data tiap bulan.\n", encoding="utf-8")
    ingest_paths(kb, [doc], agency_id="uji")
    doc.write_text("# Catatan\n\nPelatihan aplikasi CAPI untuk operator provinsi.\n", encoding="utf-8")
    report = ingest_paths(kb, [doc], agency_id="uji")
    assert report.documents[0].status == "diperbarui"
    [info] = kb.list_documents("uji")
    assert info.version == 2
    stored = kb.store.get("uji")
    texts = [t for t, m in zip(stored["documents"], stored["metadatas"], strict=True) if m.get("kind") != "pointer"]
    assert all("CAPI" in t for t in texts) and not any("server" in t for t in texts)
    assert all(h.metadata["version"] == 2 for h in kb.search("server pusat data", agency_id="uji"))


def test_readers_never_see_two_versions(kb, tmp_path):
    """A new version is invisible until the pointer switches to it; then the old one is."""
    from knowledge.base import ChunkIn

    kb.put_document("uji", doc_id="a.md", source="a.md", content_hash="h1",
                    chunks=[ChunkIn("Anggaran rapat koordinasi", {})], doc_type="other")
    # the moment after the new version is added and before the pointer switches to it
    vec = kb.embeddings.embed_documents_np(["Anggaran rapat koordinasi versi dua"])
    kb.store.add("uji", ["a.md::v2::00000"], ["Anggaran rapat koordinasi versi dua"],
                 [{"doc_id": "a.md", "version": 2, "source": "a.md", "type": "other", "pv": 1}], vec)
    kb.store.bump("uji")
    kb.forget("uji")
    assert [h.metadata["version"] for h in kb.search("anggaran rapat koordinasi", agency_id="uji", k=5)] == [1]
    kb._point("uji", "a.md", {"source": "a.md", "content_hash": "h2"}, 2)  # the switch
    kb.store.bump("uji")
    kb.forget("uji")
    assert [h.metadata["version"] for h in kb.search("anggaran rapat koordinasi", agency_id="uji", k=5)] == [2]


def test_remove_document(kb, tmp_path):
    doc = tmp_path / "hapus.txt"
    doc.write_text("Dokumen sementara tentang inventaris barang milik negara.", encoding="utf-8")
    ingest_paths(kb, [doc], agency_id="uji")
    assert kb.remove("hapus.txt", "uji") == 1
    assert kb.list_documents("uji") == []
    assert kb.search("inventaris", agency_id="uji") == []
    with pytest.raises(KnowledgeError, match="tidak ada"):
        kb.remove("hapus.txt", "uji")


def test_folder_ingest_and_docx(kb, tmp_path):
    import docx

    folder = tmp_path / "paket"
    (folder / "sub").mkdir(parents=True)
    d = docx.Document()
    d.add_heading("Tugas Tim Infrastruktur", level=1)
    d.add_paragraph("Mengelola jaringan pusat dan daerah serta pusat data.")
    d.save(folder / "sub" / "tugas.docx")
    (folder / "catatan.txt").write_text("Helpdesk melayani satker.", encoding="utf-8")
    (folder / ".tersembunyi.txt").write_text("abaikan", encoding="utf-8")
    report = ingest_paths(kb, [folder], agency_id="uji")
    assert sorted(d.doc_id for d in report.documents) == ["catatan.txt", "tugas.docx"]
    hit = kb.search("jaringan pusat daerah", agency_id="uji", k=1)[0]
    assert hit.metadata["source"] == "tugas.docx" and hit.metadata["section"] == "Tugas Tim Infrastruktur"


def test_progress_callback_sees_every_file(kb, tmp_path):
    files = []
    for i in range(2):
        p = tmp_path / f"f{i}.txt"
        p.write_text(f"Catatan nomor {i} tentang tiket layanan.", encoding="utf-8")
        files.append(p)
    seen = []
    ingest_paths(kb, files, agency_id="uji", progress=lambda e: seen.append((e.path.name, e.file_no, e.files, e.stage)))
    assert [s for s in seen if s[3] == "start"] == [("f0.txt", 1, 2, "start"), ("f1.txt", 2, 2, "start")]
    assert ("f1.txt", 2, 2, "embed") in seen
