"""Admin from chat: a CSV or PDF with the caption /ingest, then /kb."""
from tests.conftest import SAMPLE_PACK
from tests.fixtures_bot import NADIA, PUTU

CSV = (
    "kode,nama_proses,level,induk,unit_pemilik,keluaran,kategori\n"
    "PB-9,Pengelolaan arsip digital direktorat,1,PB-0,Bagian Umum,Arsip digital tertata,pelaksanaan\n"
).encode()


def test_admin_ingests_csv_and_pdf_and_lists_documents(bot_runner, tg_user):
    admin, nadia = tg_user(PUTU, "Putu"), tg_user(NADIA, "Nadia")
    nadia.send_document(CSV, name="probis-arsip.csv", mime="text/csv", caption="/ingest")
    nadia.wait("hanya untuk admin")

    admin.send_document(CSV, name="probis-arsip.csv", mime="text/csv", caption="/ingest")
    report = admin.wait("Ingest selesai")["text"]
    status = [m["text"] for m in admin.messages()]
    assert any("sedang memproses" in t or t.startswith("Memproses") for t in status)  # progress shown
    assert "probis-arsip.csv" in report and "potongan: 1" in report

    pdf = (SAMPLE_PACK / "berakhlak-panduan.pdf").read_bytes()
    admin.send_document(pdf, name="panduan-berakhlak.pdf", mime="application/pdf", caption="/ingest")
    report = admin.wait("Ingest selesai", timeout=90)["text"]
    assert "halaman: " in report and "halaman: 0" not in report

    admin.send_document(b"x", name="gambar.gif", mime="image/gif", caption="/ingest")
    admin.wait("tidak didukung")

    admin.send("/kb")
    listing = admin.wait("Dokumen basis pengetahuan")["text"]
    assert "probis-arsip.csv" in listing and "panduan-berakhlak.pdf" in listing and "pegawai.csv" in listing
