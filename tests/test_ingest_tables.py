"""Header recognition: our sample-pack tables and the n8n workflow's sheets become records."""
from ingest.pipeline import ingest_paths
from ingest.tables import detect, recognize
from knowledge.models import PokinNode, Process, Skp, Staff


def rows(*lines):
    return [(i, list(r)) for i, r in enumerate(lines, start=2)]


def test_our_probis_header():
    header = ["kode", "nama_proses", "level", "induk", "unit_pemilik", "keluaran", "kategori"]
    found = recognize(header, rows(["PB-1", "Pengembangan aplikasi", "1", "PB-0", "Tim Aplikasi", "Aplikasi siap", "pelaksanaan"]))
    [(n, rec)] = found.records
    assert found.doc_type == "probis" and n == 2
    assert rec == Process(id="PB-1", name="Pengembangan aplikasi", level=1, parent="PB-0", owner_unit="Tim Aplikasi",
                          output="Aplikasi siap", attributes={"kategori": "pelaksanaan"})


def test_n8n_headers_case_space_underscore_insensitive():
    assert detect(["No", "Nama_Proses", "Keluaran", "Kategori"])[0] == "probis"
    assert detect(["NAMA PROSES", "keluaran"])[0] == "probis"
    assert detect(["Kode", "SKPD Pengampu", "Indikator Kinerja", "Target"])[0] == "pokin"
    assert detect(["Kode", "SKPD_Pengampu", "Indikator", "Target"])[0] == "pokin"
    assert detect(["Nip", "Nama", "Jabatan", "Departemen", "IDtelegram", "NamaFile", "LinkFile"])[0] == "staff"
    assert detect(["nip", "periode", "kode_rhk", "rhk", "rhk_atasan", "aspek", "indikator", "target", "jenis"])[0] == "skp"
    assert detect(["tanggal", "kegiatan"]) is None


def test_n8n_pokin_and_staff_records():
    pokin = recognize(["Kode", "SKPD Pengampu", "Indikator Kinerja", "Target"],
                      rows(["1.1", "Tim Pengembangan Aplikasi", "Jumlah aplikasi yang dikembangkan", "6 aplikasi"]))
    node = pokin.records[0][1]
    assert isinstance(node, PokinNode) and node.id == "1.1" and node.unit == "Tim Pengembangan Aplikasi"
    assert node.indicators[0].text == "Jumlah aplikasi yang dikembangkan" and node.indicators[0].target == "6 aplikasi"
    staff = recognize(["Nip", "Nama", "Jabatan", "Departemen", "IDtelegram", "NamaFile", "LinkFile"],
                      rows(["199001012020121001", "Ani", "Statistisi", "Tim Data", "12345", "Jurnal_Ani", "https://x"]))
    person = staff.records[0][1]
    assert isinstance(person, Staff) and person.unit == "Tim Data" and person.telegram_id == 12345
    assert person.role == "pegawai" and person.attributes == {"namafile": "Jurnal_Ani", "linkfile": "https://x"}


def test_our_pokin_splits_indicators_and_targets():
    header = ["kode", "level", "pernyataan", "indikator", "target", "induk", "unit_penanggung_jawab"]
    found = recognize(header, rows(["PK-1", "Tematik", "Meningkatnya layanan", "Kepuasan | Indeks SPBE", "85% | 4,0", "", "DSIS"]))
    node = found.records[0][1]
    assert [(i.text, i.target) for i in node.indicators] == [("Kepuasan", "85%"), ("Indeks SPBE", "4,0")]
    assert node.level == "Tematik" and node.parent is None


def test_skp_rows_and_trajectory():
    header = ["nip", "periode", "kode_rhk", "rhk", "rhk_atasan", "aspek", "indikator", "target", "jenis"]
    found = recognize(header, rows(["1990", "2026", "RHK-1", "Tersedianya aplikasi", "", "kuantitas", "Jumlah", "6 aplikasi", "trajectory"],
                                   ["1990", "2026", "RHK-2", "Integrasi data", "RHK-1", "kualitas", "Persen", "80%", "non-trajectory"],
                                   ["", "2026", "RHK-3", "Tanpa NIP", "", "", "", "", ""]))
    recs = [r for _, r in found.records]
    assert all(isinstance(r, Skp) for r in recs)
    assert [r.rhk[0].trajectory for r in recs] == [True, False]
    assert recs[1].rhk[0].supervisor_rhk == "RHK-1"
    assert found.bad_rows == [4]


def test_sample_pack_records_rebuilt_from_store(sample_kb, sample_kb_report):
    report = sample_kb_report[1]
    assert len(report.staff) >= 10 and {s.role for s in report.staff} >= {"pegawai", "atasan", "penilai", "admin"}
    assert len(report.skps) >= 3
    probis = sample_kb.records("dsis", "probis")
    assert probis and all(isinstance(p, Process) for p in probis) and probis[0].id == "PB-0"
    pokin = sample_kb.records("dsis", "pokin")
    assert any(n.id == "PK-1" and len(n.indicators) == 2 for n in pokin)
    skps = sample_kb.records("dsis", "skp")
    assert {s.nip for s in skps} == {s.nip for s in report.skps}
    assert sum(len(s.rhk) for s in skps) == sum(len(s.rhk) for s in report.skps)
    staff = sample_kb.records("dsis", "staff")
    assert {s.nip for s in staff} == {s.nip for s in report.staff}
    assert sample_kb.records("dsis", "probis") is not sample_kb.records("dsis", "probis")  # callers get a copy


def test_records_cache_follows_changes(kb, tmp_path):
    csv = tmp_path / "probis.csv"
    csv.write_text("kode,nama_proses,keluaran\nPB-1,Analisis kebutuhan,Dokumen kebutuhan\n", encoding="utf-8")
    ingest_paths(kb, [csv], agency_id="uji")
    assert [p.id for p in kb.records("uji", "probis")] == ["PB-1"]
    csv.write_text("kode,nama_proses,keluaran\nPB-1,Analisis kebutuhan,Dokumen kebutuhan\nPB-2,Pembangunan aplikasi,Aplikasi\n",
                   encoding="utf-8")
    ingest_paths(kb, [csv], agency_id="uji")
    assert [p.id for p in kb.records("uji", "probis")] == ["PB-1", "PB-2"]
    kb.remove("probis.csv", "uji")
    assert kb.records("uji", "probis") == []


def test_xlsx_every_sheet_and_unknown_headers_as_text(kb, tmp_path):
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Probis"
    ws.append(["No", "Nama_Proses", "Keluaran", "Kategori"])
    ws.append([1, "Pengelolaan jaringan", "Jaringan andal", "Pelaksanaan"])
    ws2 = wb.create_sheet("Pegawai")
    ws2.append(["Nip", "Nama", "Jabatan", "Departemen", "IDtelegram", "NamaFile", "LinkFile"])
    ws2.append(["199001012020121001", "Ani", "Statistisi", "Tim Data", 12345, "Jurnal_Ani", "https://x"])
    ws2.append([199001012020121002, "Budi", "Statistisi", "Tim Data", None, None, None])  # NIP typed as a number
    ws3 = wb.create_sheet("Catatan")
    ws3.append(["tanggal", "kegiatan"])
    ws3.append(["2026-01-05", "Rapat koordinasi persiapan sensus"])
    wb.save(tmp_path / "migrasi.xlsx")
    report = ingest_paths(kb, [tmp_path / "migrasi.xlsx"], agency_id="uji")
    assert report.documents[0].chunks == 4
    assert [p.id for p in kb.records("uji", "probis")] == ["1"]
    assert report.staff[0].nip == "199001012020121001" and report.staff[0].telegram_id == 12345
    assert any("tidak presisi" in n and "Pegawai" in n for n in report.notes)
    assert any("tidak dikenali" in n and "Catatan" in n for n in report.notes)
    hit = kb.search("persiapan sensus", agency_id="uji", k=1)[0]
    assert hit.metadata["section"] == "Catatan" and hit.metadata["row"] == 2 and hit.doc_type == "other"


def test_csv_with_unknown_headers_is_ingested_as_text(kb, tmp_path):
    csv = tmp_path / "lain.csv"
    csv.write_text("judul;isi\nRencana;Migrasi server ke pusat data baru\n", encoding="utf-8")
    report = ingest_paths(kb, [csv], agency_id="uji")
    assert report.documents and any("sebagai teks" in n for n in report.notes)
    assert "Migrasi server" in kb.search("migrasi server", agency_id="uji", k=1)[0].text
