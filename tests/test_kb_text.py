"""Indonesian tokenisation and structure-aware chunking."""
from ingest.chunking import chunk_text
from knowledge.glossary import builtin
from knowledge.text import stem


def tokenize(text):
    return builtin().tokenize(text)


def expand_query(text):
    return builtin().annotate(text)


def test_codes_kept_whole_and_split():
    toks = tokenize("Proses PB-1.2.1 dan RHK-3")
    assert "pb-1.2.1" in toks and "pb" in toks and "rhk-3" in toks


def test_abbreviations_expanded_and_stopwords_dropped():
    toks = tokenize("ikut rakor dan monev di kantor")
    assert {stem(w) for w in ("rakor", "rapat", "koordinasi", "monitoring", "evaluasi")} <= set(toks)
    assert "dan" not in toks and "di" not in toks
    assert "rapat koordinasi" in expand_query("rakor tim")


def test_light_stemmer_meets_affixed_forms():
    assert stem("pengembangan") == stem("mengembangkan")
    assert stem("pembangunan") == stem("membangun")
    assert stem("laporannya") == stem("laporan")


def test_chunks_keep_heading_path_and_do_not_cut_list_items():
    text = "# Profil\n\n## Misi\n\n" + "\n".join(f"{i}. Misi nomor {i} " + "kata " * 40 for i in range(1, 6))
    text += "\n\n## Visi\n\nMenjadi rujukan data.\n"
    chunks = chunk_text(text, max_chars=500)
    assert all(c.section for c in chunks)
    misi = [c for c in chunks if c.section == "Profil > Misi"]
    assert len(misi) >= 2
    for c in misi:
        assert c.text.startswith("Profil > Misi\n")
        for line in c.text.splitlines()[1:]:  # every item complete
            assert line.strip().endswith("kata")
    assert chunks[-1].section == "Profil > Visi" and "rujukan data" in chunks[-1].text


def test_single_overlong_paragraph_is_split_at_sentences():
    para = " ".join(f"Kalimat nomor {i} tentang data." for i in range(100))
    chunks = chunk_text(para, max_chars=300)
    assert len(chunks) > 1 and all(len(c.text) <= 300 for c in chunks)
    assert all(c.text.rstrip().endswith(".") for c in chunks)


def test_pdf_numbered_headings_start_sections():
    page = ("Panduan Perilaku\n1. Akuntabel\nDefinisi: Bertanggung jawab.\nPanduan perilaku:\n   a. Jujur.\n"
            "2. Kompeten\nDefinisi: Terus belajar.\n")
    chunks = chunk_text(page, page=1, headings=[], plain_headings=True)
    assert [c.section for c in chunks] == ["Panduan Perilaku > Akuntabel", "Panduan Perilaku > Kompeten"]
    assert "a. Jujur." in chunks[0].text and chunks[0].page == 1
