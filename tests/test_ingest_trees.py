"""Trees of any depth in the layouts agencies use: a parent column, parents in the codes, or flat
sheets repeating their parents' texts; example activities in a Contoh Kegiatan column; an
agency's own glossary sheet."""
from ingest.tables import recognize
from knowledge.models import PokinNode, Process


def rows(*lines):
    return [(i, list(r)) for i, r in enumerate(lines, start=2)]


def _by_id(found):
    return {rec.id: rec for _, rec in found.records}


def test_parent_from_code_prefix_and_from_the_same_number_under_another_prefix():
    header = ["Kode", "Uraian", "Indikator", "Target 2026", "Penanggung Jawab"]
    found = recognize(header, rows(
        ["T1", "Meningkatnya derajat kesehatan", "IKS", "0,40", "Kapus"],
        ["T1.S1", "Meningkatnya kesehatan ibu", "Kematian ibu", "0", "Bidan"],
        ["T1.S1.I01", "Pelayanan ibu hamil", "Cakupan K6", "100", "Bidan"],
        ["IKU01", "Indeks kepuasan layanan", "IKM", "80", "Kapus"],
        ["RK01.2", "Survei kepuasan pasien", "Jumlah survei", "2", "TU"],
    ), hint="pokin")
    nodes = _by_id(found)
    assert found.doc_type == "pokin"
    assert nodes["T1.S1"].parent == "T1" and nodes["T1.S1.I01"].parent == "T1.S1" and nodes["T1"].parent is None
    assert nodes["RK01.2"].parent == "IKU01"  # RK01 is not a node; IKU01 carries its number
    assert nodes["T1.S1"].indicators[0].text == "Kematian ibu" and nodes["T1.S1"].unit == "Bidan"


def test_flat_sheet_levels_become_nodes_with_their_indicators():
    header = ["Sasaran Strategis", "Indikator Sasaran", "Program", "Kegiatan", "Sub Kegiatan",
              "Kode Sub Kegiatan", "Indikator Sub Kegiatan", "Satuan", "Target 2026"]
    found = recognize(header, rows(
        ["Pelayanan publik meningkat", "IKM PATEN", "Program Pelayanan", "Penyelenggaraan PATEN",
         "Pelayanan administrasi terpadu", "7.01.02.2.02.0001", "Dokumen layanan", "Dokumen", "2.400"],
        ["Pelayanan publik meningkat", "IKM PATEN", "Program Pelayanan", "Penyelenggaraan PATEN",
         "Pengaduan dan survei kepuasan", "7.01.02.2.02.0003", "Laporan survei", "Laporan", "2"],
        ["Trantib terjaga", "Indeks trantib", "Program Trantib", "Koordinasi trantibum",
         "Sinergitas dengan Polri dan TNI", "7.01.04.2.01.0001", "Rapat koordinasi", "Kali", "12"],
    ), hint="pokin")
    nodes = _by_id(found)
    leaf = nodes["7.01.02.2.02.0003"]
    assert isinstance(leaf, PokinNode) and leaf.level == "Sub Kegiatan"
    assert leaf.indicators[0].text == "Laporan survei" and "Target 2026: 2" in leaf.indicators[0].target
    kegiatan = nodes[leaf.parent]
    assert kegiatan.statement == "Penyelenggaraan PATEN" and kegiatan.level == "Kegiatan"
    program = nodes[kegiatan.parent]
    sasaran = nodes[program.parent]
    assert sasaran.statement == "Pelayanan publik meningkat" and sasaran.parent is None
    assert [i.text for i in sasaran.indicators] == ["IKM PATEN"]  # "Indikator Sasaran" belongs to the sasaran
    assert nodes["7.01.02.2.02.0001"].parent == leaf.parent  # siblings share their parents, once each
    assert sum(1 for n in nodes.values() if n.level == "Sasaran Strategis") == 2


def test_flat_process_sheet_and_example_activities():
    header = ["No", "Standar", "Proses", "Sub Proses", "Output", "Penanggung Jawab", "Contoh Kegiatan"]
    found = recognize(header, rows(
        ["1", "Standar Proses", "Perencanaan Pembelajaran", "Menyusun modul ajar", "Modul ajar", "Guru",
         "bikin modul ajar bab 3; revisi ATP kelas 8"],
        ["2", "Standar Proses", "Pelaksanaan Pembelajaran", "Mengajar di kelas", "Jurnal mengajar", "Guru", ""],
    ), hint="probis")
    procs = _by_id(found)
    assert found.doc_type == "probis"
    modul = procs["1"]
    assert isinstance(modul, Process) and modul.name == "Menyusun modul ajar" and modul.output == "Modul ajar"
    assert modul.attributes["contoh_kegiatan"] == ["bikin modul ajar bab 3", "revisi ATP kelas 8"]
    assert procs[modul.parent].name == "Perencanaan Pembelajaran"
    assert procs[procs[modul.parent].parent].name == "Standar Proses"


def test_headers_named_by_their_start_and_a_code_before_a_row_number():
    header = ["No", "Kode Probis", "Nama Proses Bisnis", "Level", "Kode Induk", "Keluaran", "Unit Pelaksana"]
    found = recognize(header, rows(["1", "DS.01", "Perencanaan", "1", "", "Renstra", "Sekretariat"],
                                   ["2", "DS.01.01", "Penyusunan Renja", "2", "DS.01", "Renja", "Sekretariat"]),
                      hint="probis")
    procs = _by_id(found)
    assert set(procs) == {"DS.01", "DS.01.01"} and procs["DS.01.01"].parent == "DS.01"
    assert procs["DS.01.01"].owner_unit == "Sekretariat" and procs["DS.01.01"].level == 2


def test_agency_glossary_sheet_wins_over_the_built_in_meaning(tmp_path, embeddings):
    from ingest.pipeline import ingest_paths
    from knowledge.base import KnowledgeBase
    from knowledge.glossary import builtin

    sheet = tmp_path / "glosarium.csv"
    sheet.write_text("Singkatan,Kepanjangan,Bidang\nSOBAT,sistem mitra statistik,ti\nST,sensus tani,statistik\n",
                     encoding="utf-8")
    kb = KnowledgeBase.open(embeddings=embeddings, path=tmp_path / "chroma")
    try:
        report = ingest_paths(kb, [sheet], agency_id="uji")
        assert report.documents[0].doc_type == "glossary"
        g = kb.glossary("uji")
        assert g.expand("cek SOBAT") == "cek sistem mitra statistik"
        assert g.expand("bikin ST") == "bikin sensus tani" and builtin().expand("bikin ST") == "bikin surat tugas"
        hits = kb.search("SOBAT", agency_id="uji", types=["glossary"], k=1)
        assert hits and "sistem mitra statistik" in hits[0].text
    finally:
        kb.close()
