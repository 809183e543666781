"""Admin from chat: a CSV, PDF, DOCX or XLSX with the caption /ingest, then /kb."""
import io

from tests.conftest import SAMPLE_PACK
from tests.fixtures_bot import NADIA, PUTU

CSV = (
    b"kode,nama_proses,level,induk,unit_pemilik,keluaran,kategori\n"
    b"PB-9,Pengelolaan arsip digital direktorat,1,PB-0,Bagian Umum,Arsip digital tertata,pelaksanaan\n"
)


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

    admin.send_document(_docx(), name="sop-layanan.docx", caption="/ingest",
                        mime="application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    report = admin.wait(lambda m: "Ingest selesai" in (m.get("text") or ""))["text"]
    assert "sop-layanan.docx" in report and "potongan: 0" not in report
    admin.send_document(_xlsx(), name="pokin-tambahan.xlsx", caption="/ingest",
                        mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    report = admin.wait(lambda m: "Ingest selesai" in (m.get("text") or ""))["text"]
    assert "pokin-tambahan.xlsx" in report and "potongan: 2" in report

    admin.send_document(b"x", name="gambar.gif", mime="image/gif", caption="/ingest")
    admin.wait("tidak didukung")

    admin.send("/kb")
    listing = admin.wait("Dokumen basis pengetahuan")["text"]
    assert "probis-arsip.csv" in listing and "panduan-berakhlak.pdf" in listing and "pegawai.csv" in listing
    assert "sop-layanan.docx" in listing and "pokin-tambahan.xlsx" in listing


def _docx() -> bytes:
    from docx import Document

    doc = Document()
    doc.add_heading("SOP Layanan Helpdesk", level=1)
    doc.add_paragraph("Setiap tiket dijawab paling lambat satu hari kerja dan dicatat di aplikasi helpdesk.")
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def _xlsx() -> bytes:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["kode", "level", "pernyataan", "indikator", "target", "induk", "unit_penanggung_jawab"])
    ws.append(["PK-9.1", "Operasional", "Meningkatnya kecepatan layanan helpdesk", "Tiket selesai 1 hari",
               "90%", "", "Tim Layanan"])
    ws.append(["PK-9.2", "Operasional", "Terpeliharanya arsip digital", "Arsip terindeks", "100%", "",
               "Bagian Umum"])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()
