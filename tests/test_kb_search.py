"""Hybrid search over the sample pack: exact codes, paraphrases, filters and citations."""
from knowledge.base import KnowledgeBase
from knowledge.retrieval import hybrid_search


def test_exact_code_is_found_first(sample_kb):
    hits = sample_kb.search("PB-1.2", agency_id="dsis", k=3)
    assert hits[0].record_id == "PB-1.2"
    assert hits[0].lexical is not None


def test_lexical_only_match_is_found(sample_kb):
    """A NIP means nothing to the embedder; BM25 finds it."""
    nip = "199611032019121001"
    hits = sample_kb.search(nip, agency_id="dsis", types=["staff"], k=3)
    assert hits[0].record_id == nip
    snap = sample_kb.snapshot("dsis")
    dense_only = [h for h in hybrid_search(sample_kb.store, sample_kb.embeddings, snap, nip, types=["staff"], k=3)
                  if h.lexical is None]
    assert all(h.record_id != nip for h in dense_only)


def test_paraphrase_is_found_by_meaning(sample_kb):
    hits = sample_kb.search("ngoding halaman login sama API backend aplikasi survei", agency_id="dsis",
                            types=["probis"], k=5)
    assert "PB-1.2.1" in [h.record_id for h in hits]
    assert hits[0].dense is not None


def test_abbreviation_in_query(sample_kb):
    hits = sample_kb.search("bimtek aplikasi CAPI buat operator provinsi", agency_id="dsis", types=["probis"], k=5)
    assert "PB-4.2" in [h.record_id for h in hits]


def test_type_filter_and_citations(sample_kb):
    hits = sample_kb.search("rekap absen dan cuti", agency_id="dsis", types=["skp"], k=5)
    assert hits and all(h.doc_type == "skp" for h in hits)
    assert all(h.citation.startswith("skp.csv baris ") for h in hits)
    rec = hits[0].metadata["record"]
    assert '"rhk"' in rec and hits[0].metadata["record_id"].count("/") == 1
    pdf_hit = sample_kb.search("arti nilai akuntabel", agency_id="dsis", types=["berakhlak"], k=1)[0]
    assert pdf_hit.citation.startswith("berakhlak-panduan.pdf hlm. ")
    md_hit = sample_kb.search("visi bps", agency_id="dsis", types=["other"], k=1)[0]
    assert md_hit.citation.startswith("profil-dsis.md § ")


def test_filter_by_agency(sample_kb, tmp_path, embeddings):
    from ingest.pipeline import ingest_paths

    other = tmp_path / "lain.md"
    other.write_text("# Dinas Lain\n\nPengembangan aplikasi sensus pertanian di dinas lain.\n", encoding="utf-8")
    kb = KnowledgeBase.open(embeddings=embeddings, path=tmp_path / "chroma")
    ingest_paths(kb, [other], agency_id="dinas-lain")
    ingest_paths(kb, [tmp_path / "lain.md"], agency_id="Dinas Kedua")
    assert {h.metadata["agency"] for h in kb.search("aplikasi sensus", agency_id="dinas-lain", k=5)} == {"dinas-lain"}
    assert {h.metadata["agency"] for h in kb.search("aplikasi sensus", agency_id=None, k=5)} == {"dinas-lain", "Dinas Kedua"}
    assert kb.search("aplikasi sensus", agency_id="dsis", k=5) == []  # dsis lives in another store
    assert sorted(kb.agencies()) == ["Dinas Kedua", "dinas-lain"]


def test_snapshot_is_cached_until_the_collection_changes(kb, tmp_path):
    from ingest.pipeline import ingest_paths

    p = tmp_path / "a.md"
    p.write_text("Rapat koordinasi tim.", encoding="utf-8")
    ingest_paths(kb, [p], agency_id="uji")
    first = kb.snapshot("uji")
    kb.search("rapat", agency_id="uji")
    assert kb.snapshot("uji") is first
    p.write_text("Rapat koordinasi tim infrastruktur.", encoding="utf-8")
    ingest_paths(kb, [p], agency_id="uji")
    assert kb.snapshot("uji") is not first


def test_reopened_store_sees_the_same_documents(sample_kb, embeddings):
    path = sample_kb.store.client.get_settings().persist_directory
    again = KnowledgeBase.open(embeddings=embeddings, path=path)
    assert [d.doc_id for d in again.list_documents("dsis")] == [d.doc_id for d in sample_kb.list_documents("dsis")]


def test_saved_index_is_used_by_a_new_process_until_the_collection_changes(kb, tmp_path, embeddings):
    from ingest.pipeline import ingest_paths

    p = tmp_path / "a.md"
    p.write_text("Rapat koordinasi tim infrastruktur.", encoding="utf-8")
    ingest_paths(kb, [p], agency_id="uji")
    assert list((tmp_path / "chroma-index").glob("*.pkl"))  # saved by the ingest, before any search
    rev = kb.snapshot("uji").rev
    again = KnowledgeBase.open(embeddings=embeddings, path=tmp_path / "chroma")
    import knowledge.index_cache as cache

    loaded = cache.load(again.index_dir, "uji", rev)
    assert loaded is not None and loaded.ids == kb.snapshot("uji").ids
    assert again.search("rapat koordinasi", agency_id="uji", k=1)[0].metadata["source"] == "a.md"
    p.write_text("Pelatihan aplikasi.", encoding="utf-8")
    ingest_paths(kb, [p], agency_id="uji")
    third = KnowledgeBase.open(embeddings=embeddings, path=tmp_path / "chroma")
    snap = third.snapshot("uji")
    assert snap.rev != rev and snap.texts == ["Pelatihan aplikasi."]
    assert cache.load(third.index_dir, "uji", rev) is None  # the saved copy now carries the new revision
