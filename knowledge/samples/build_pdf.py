"""Build knowledge/samples/dsis/berakhlak-panduan.pdf (sample agency guide).

Run: .venv/bin/python knowledge/samples/build_pdf.py
Uses fpdf2 with the core Helvetica font, so every text must be latin-1.
Page layout is fixed (one explicit page break per group of values) so that
labelled queries can point at a page number:
  page 1: pengantar, Berorientasi Pelayanan, Akuntabel
  page 2: Kompeten, Harmonis, Loyal
  page 3: Adaptif, Kolaboratif, penutup
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from fpdf import FPDF

OUT = Path(__file__).resolve().parent / "dsis" / "berakhlak-panduan.pdf"

TITLE = "Panduan Perilaku BerAKHLAK bagi Pegawai DSIS"
SUBTITLE = "Direktorat Sistem Informasi Statistik, Badan Pusat Statistik - Edisi 2026"

INTRO = (
    "BerAKHLAK adalah nilai dasar ASN (SE MenPANRB Nomor 20 Tahun 2021): Berorientasi "
    "Pelayanan, Akuntabel, Kompeten, Harmonis, Loyal, Adaptif, dan Kolaboratif. Panduan ini "
    "menjelaskan definisi setiap nilai, tiga panduan perilaku resminya, dan contoh penerapan "
    "dalam pekerjaan sehari-hari di DSIS. Satu kegiatan biasanya menunjukkan beberapa nilai "
    "sekaligus; misalnya melaporkan hasil kerja kepada ketua tim mencerminkan Akuntabel, "
    "Berorientasi Pelayanan, Kompeten, Harmonis, Loyal, dan Kolaboratif. Jurnal harian di "
    "JEJAK ASN memakai panduan ini untuk menandai nilai yang tampak pada setiap aktivitas."
)

# (name, definition, guides, examples); None marks a page break.
VALUES = [
    (
        "1. Berorientasi Pelayanan",
        "Komitmen memberikan pelayanan prima demi kepuasan masyarakat.",
        [
            "a. Memahami dan memenuhi kebutuhan masyarakat.",
            "b. Ramah, cekatan, solutif, dan dapat diandalkan.",
            "c. Melakukan perbaikan tiada henti.",
        ],
        [
            "Menjawab tiket helpdesk dari satker daerah dengan ramah dan menuntaskannya sesuai SLA.",
            "Menggali kebutuhan pengguna SOBAT sebelum merancang fitur administrasi mitra.",
            "Memenuhi permintaan data dari unit lain tepat waktu dan dalam format yang diminta.",
            "Menindaklanjuti hasil survei kepuasan pengguna layanan TI menjadi rencana perbaikan.",
        ],
    ),
    (
        "2. Akuntabel",
        "Bertanggung jawab atas kepercayaan yang diberikan.",
        [
            "a. Melaksanakan tugas dengan jujur, bertanggung jawab, cermat, disiplin, dan berintegritas tinggi.",
            "b. Menggunakan kekayaan dan barang milik negara secara bertanggung jawab, efektif, dan efisien.",
            "c. Tidak menyalahgunakan kewenangan jabatan.",
        ],
        [
            "Menyusun SPJ kegiatan dan LPJ bendahara secara lengkap dan tepat waktu.",
            "Melaporkan kemajuan pengembangan aplikasi kepada ketua tim setiap pekan.",
            "Mencatat perubahan konfigurasi server dan mengarsipkan berita acara uji pemulihan data.",
            "Mengisi jurnal harian JEJAK ASN dengan jujur sesuai pekerjaan yang benar-benar dilakukan.",
        ],
    ),
    None,
    (
        "3. Kompeten",
        "Terus belajar dan mengembangkan kapabilitas.",
        [
            "a. Meningkatkan kompetensi diri untuk menjawab tantangan yang selalu berubah.",
            "b. Membantu orang lain belajar.",
            "c. Melaksanakan tugas dengan kualitas terbaik.",
        ],
        [
            "Mengikuti pelatihan keamanan siber, pemrograman, atau bimtek metodologi statistik.",
            "Berbagi pengetahuan (knowledge sharing) tentang framework front-end kepada rekan tim.",
            "Menjadi narasumber bimtek aplikasi survei bagi operator BPS Provinsi.",
            "Menyusun program validasi data yang teruji dan terdokumentasi dengan baik.",
        ],
    ),
    (
        "4. Harmonis",
        "Saling peduli dan menghargai perbedaan.",
        [
            "a. Menghargai setiap orang apapun latar belakangnya.",
            "b. Suka menolong orang lain.",
            "c. Membangun lingkungan kerja yang kondusif.",
        ],
        [
            "Membantu rekan yang kewalahan menangani tiket saat puncak pelaksanaan survei.",
            "Menghargai pendapat berbeda dalam diskusi rancangan aplikasi.",
            "Menyambut dan membimbing pegawai baru serta peserta magang di tim.",
            "Ikut serta dalam kegiatan kebersamaan direktorat seperti olahraga bersama.",
        ],
    ),
    (
        "5. Loyal",
        "Berdedikasi dan mengutamakan kepentingan bangsa dan negara.",
        [
            "a. Memegang teguh ideologi Pancasila, UUD 1945, setia kepada NKRI serta pemerintahan yang sah.",
            "b. Menjaga nama baik sesama ASN, pimpinan, instansi, dan negara.",
            "c. Menjaga rahasia jabatan dan negara.",
        ],
        [
            "Menjaga kerahasiaan data mikro responden dan tidak membagikan akses server tanpa izin.",
            "Mengikuti upacara hari besar nasional dan apel pagi.",
            "Melaksanakan disposisi Direktur dengan sungguh-sungguh, termasuk siaga di luar jam kerja.",
            "Menyampaikan informasi resmi BPS secara santun di kanal layanan dan media sosial.",
        ],
    ),
    None,
    (
        "6. Adaptif",
        "Terus berinovasi dan antusias dalam menggerakkan ataupun menghadapi perubahan.",
        [
            "a. Cepat menyesuaikan diri menghadapi perubahan.",
            "b. Terus berinovasi dan mengembangkan kreativitas.",
            "c. Bertindak proaktif.",
        ],
        [
            "Merevisi rancangan antarmuka segera setelah menerima masukan dari ketua tim atau pengguna.",
            "Mengotomasi pembuatan surat kontrak dan BAST mitra yang sebelumnya dibuat manual.",
            "Menyesuaikan jadwal rilis aplikasi ketika jadwal lapangan survei berubah.",
            "Mengusulkan pemanfaatan teknologi baru untuk pemantauan jaringan.",
        ],
    ),
    (
        "7. Kolaboratif",
        "Membangun kerja sama yang sinergis.",
        [
            "a. Memberi kesempatan kepada berbagai pihak untuk berkontribusi.",
            "b. Terbuka dalam bekerja sama untuk menghasilkan nilai tambah.",
            "c. Menggerakkan pemanfaatan berbagai sumber daya untuk tujuan bersama.",
        ],
        [
            "Berkoordinasi dengan pengembang back-end dan tim pengujian sebelum rilis.",
            "Mengikuti rapat koordinasi dengan direktorat teknis pemilik survei.",
            "Membangun layanan pertukaran data bersama instansi mitra Satu Data Indonesia.",
            "Melibatkan satker daerah dalam uji coba modul baru SOBAT.",
        ],
    ),
]

CLOSING = (
    "Penutup. Nilai BerAKHLAK dinilai sebagai perilaku kerja dalam SKP bersama hasil kerja. "
    "Pegawai dianjurkan menuliskan aktivitas harian secara spesifik (apa yang dikerjakan, untuk "
    "siapa, berapa lama, dan hasilnya) agar nilai yang tampak dapat dikenali dengan tepat oleh "
    "atasan dan penilai."
)


class Guide(FPDF):
    def header(self) -> None:
        self.set_font("Helvetica", "I", 8)
        self.set_text_color(110, 110, 110)
        self.cell(0, 6, TITLE, align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(2)

    def footer(self) -> None:
        self.set_y(-14)
        self.set_font("Helvetica", "I", 8)
        self.cell(0, 8, f"Halaman {self.page_no()}", align="C")


def _para(pdf: FPDF, text: str, style: str = "", size: float = 10, h: float = 5) -> None:
    pdf.set_font("Helvetica", style, size)
    pdf.multi_cell(0, h, text, new_x="LMARGIN", new_y="NEXT")


def _value(pdf: FPDF, name, definition, guides, examples) -> None:
    pdf.ln(2)
    _para(pdf, name, "B", 13, 7)
    _para(pdf, "Definisi: " + definition, "", 10)
    pdf.ln(1)
    _para(pdf, "Panduan perilaku:", "B", 10)
    for g in guides:
        _para(pdf, "   " + g)
    pdf.ln(1)
    _para(pdf, "Contoh dalam pekerjaan di DSIS:", "B", 10)
    for e in examples:
        _para(pdf, "   - " + e)


def build(out: Path = OUT) -> Path:
    """Rebuild the sample guide PDF, byte for byte the same each time."""
    pdf = Guide(format="A4")
    pdf.set_margins(20, 15, 20)
    pdf.set_auto_page_break(True, margin=18)
    pdf.set_title(TITLE)
    pdf.set_author("Direktorat Sistem Informasi Statistik (contoh)")
    # fixed date so that rebuilding gives the same bytes
    pdf.set_creation_date(dt.datetime(2026, 1, 5, tzinfo=dt.UTC))
    pdf.add_page()
    _para(pdf, TITLE, "B", 16, 8)
    _para(pdf, SUBTITLE, "", 10)
    pdf.ln(3)
    _para(pdf, INTRO)
    for item in VALUES:
        if item is None:
            pdf.add_page()
            continue
        _value(pdf, *item)
    pdf.ln(4)
    _para(pdf, CLOSING, "I", 10)
    out.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(out))
    return out


if __name__ == "__main__":
    print(build())
