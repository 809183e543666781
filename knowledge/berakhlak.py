"""The seven ASN core values BerAKHLAK (SE MenPANRB 20/2021).

Definitions and the three behaviour guides of each value are the official
ones. ``indicators`` describe how the value shows in daily work of any job
family (statistician, IT, teacher, health worker, finance, front desk,
administration, planner, auditor); ``keywords`` are lower-case cue words and
abbreviations typically seen in activity texts.
"""
from __future__ import annotations

from knowledge.models import BerakhlakValue

BERORIENTASI_PELAYANAN = BerakhlakValue(
    key="berorientasi_pelayanan",
    name="Berorientasi Pelayanan",
    definition="Komitmen memberikan pelayanan prima demi kepuasan masyarakat.",
    guides=(
        "Memahami dan memenuhi kebutuhan masyarakat",
        "Ramah, cekatan, solutif, dan dapat diandalkan",
        "Melakukan perbaikan tiada henti",
    ),
    indicators=(
        "Melayani permintaan data atau informasi dari pengguna dengan cepat dan tepat",
        "Menjawab pertanyaan dan konsultasi pengguna layanan secara ramah",
        "Menangani tiket helpdesk atau keluhan pengguna hingga tuntas",
        "Menggali kebutuhan pengguna sebelum merancang layanan atau aplikasi",
        "Memperbaiki gangguan aplikasi, jaringan, atau perangkat agar layanan kembali normal",
        "Melayani pasien atau peserta didik sesuai standar pelayanan",
        "Memproses berkas, surat, atau permohonan masyarakat tepat waktu",
        "Menyampaikan informasi persyaratan dan prosedur layanan dengan jelas",
        "Menindaklanjuti saran, pengaduan, dan hasil survei kepuasan",
        "Menyederhanakan alur layanan agar lebih mudah bagi pengguna",
        "Menyiapkan bahan, data, atau dokumen yang diminta pimpinan atau unit lain",
        "Mendampingi pengguna saat uji coba atau pemakaian aplikasi baru",
        "Memberikan pendampingan atau bimbingan teknis kepada satuan kerja daerah",
        "Menyusun panduan, FAQ, atau materi sosialisasi bagi pengguna",
    ),
    keywords=(
        "melayani", "layanan", "pelayanan", "pengguna", "konsultasi", "helpdesk",
        "tiket", "keluhan", "pengaduan", "permintaan", "permohonan", "menjawab",
        "membantu", "pendampingan", "pasien", "siswa", "peserta didik", "masyarakat",
        "pelanggan", "front office", "pst", "loket", "survei kepuasan", "skm",
        "user", "request", "troubleshoot", "gangguan", "perbaikan", "support",
        "kebutuhan pengguna", "responden", "sosialisasi", "faq",
    ),
)

AKUNTABEL = BerakhlakValue(
    key="akuntabel",
    name="Akuntabel",
    definition="Bertanggung jawab atas kepercayaan yang diberikan.",
    guides=(
        "Melaksanakan tugas dengan jujur, bertanggung jawab, cermat, disiplin, dan berintegritas tinggi",
        "Menggunakan kekayaan dan barang milik negara secara bertanggung jawab, efektif, dan efisien",
        "Tidak menyalahgunakan kewenangan jabatan",
    ),
    indicators=(
        "Menyusun laporan pertanggungjawaban (SPJ/LPJ) kegiatan",
        "Melaporkan hasil pekerjaan kepada atasan",
        "Mengarsipkan dokumen secara tertib",
        "Menyelesaikan pekerjaan sesuai tenggat dan target SKP",
        "Mengisi jurnal kinerja harian dan presensi dengan jujur",
        "Memeriksa ulang data, angka, atau dokumen sebelum diserahkan",
        "Menatausahakan keuangan, kuitansi, dan bukti transaksi sesuai ketentuan",
        "Mencatat dan memelihara barang milik negara (BMN) serta inventaris",
        "Menggunakan anggaran dan fasilitas kantor secara efisien",
        "Menyusun berita acara, notulen, atau dokumentasi kegiatan",
        "Menindaklanjuti temuan audit atau hasil pemeriksaan",
        "Menyusun laporan kinerja, laporan bulanan, atau laporan realisasi",
        "Menjalankan prosedur (SOP) dan validasi sesuai aturan",
        "Mencatat rekam medis atau nilai peserta didik secara benar",
        "Tidak menerima gratifikasi dan menolak konflik kepentingan",
    ),
    keywords=(
        "laporan", "melaporkan", "lapor", "spj", "lpj", "pertanggungjawaban",
        "arsip", "mengarsipkan", "dokumentasi", "notulen", "berita acara", "bast",
        "kuitansi", "verifikasi", "validasi", "memeriksa", "pemeriksaan", "cek",
        "realisasi", "anggaran", "bmn", "inventaris", "presensi", "absensi",
        "jurnal", "rekap", "tepat waktu", "deadline", "lakin", "lkj", "sakip",
        "audit", "temuan", "tindak lanjut", "sop", "rekam medis", "pajak",
    ),
)

KOMPETEN = BerakhlakValue(
    key="kompeten",
    name="Kompeten",
    definition="Terus belajar dan mengembangkan kapabilitas.",
    guides=(
        "Meningkatkan kompetensi diri untuk menjawab tantangan yang selalu berubah",
        "Membantu orang lain belajar",
        "Melaksanakan tugas dengan kualitas terbaik",
    ),
    indicators=(
        "Mengikuti pelatihan, bimtek, webinar, diklat, atau kursus daring",
        "Mempelajari regulasi, pedoman, atau teknologi baru yang terkait tugas",
        "Membagikan ilmu kepada rekan (knowledge sharing, coaching, mentoring)",
        "Menjadi narasumber, fasilitator, atau instruktur",
        "Menyusun materi ajar, modul, atau bahan pelatihan",
        "Mengembangkan, menguji, dan memperbaiki program atau aplikasi dengan standar yang baik",
        "Mengolah dan menganalisis data dengan metode yang tepat",
        "Menyusun kajian, naskah, atau dokumen teknis berkualitas",
        "Menerapkan standar mutu (quality assurance, code review, uji kualitas data)",
        "Melakukan tindakan medis atau pembelajaran sesuai kompetensi profesi",
        "Mendokumentasikan pengetahuan dalam manual atau wiki",
        "Mengerjakan tugas teknis secara tuntas dan teliti",
        "Mengikuti uji kompetensi atau sertifikasi jabatan fungsional",
    ),
    keywords=(
        "pelatihan", "bimtek", "diklat", "webinar", "workshop", "seminar", "kursus",
        "belajar", "mempelajari", "sertifikasi", "uji kompetensi", "narasumber",
        "fasilitator", "instruktur", "mengajar", "materi", "modul", "sharing",
        "coaching", "mentoring", "analisis", "mengolah", "olah data", "coding",
        "develop", "mengembangkan", "programming", "testing", "uji", "review",
        "kajian", "menyusun", "merancang", "desain", "perbaikan kualitas", "latsar",
    ),
)

HARMONIS = BerakhlakValue(
    key="harmonis",
    name="Harmonis",
    definition="Saling peduli dan menghargai perbedaan.",
    guides=(
        "Menghargai setiap orang apapun latar belakangnya",
        "Suka menolong orang lain",
        "Membangun lingkungan kerja yang kondusif",
    ),
    indicators=(
        "Membantu rekan kerja yang mengalami kesulitan atau beban kerja tinggi",
        "Menghargai pendapat yang berbeda dalam rapat dan diskusi",
        "Berkomunikasi dengan santun kepada atasan, rekan, dan pengguna",
        "Menggantikan tugas rekan yang sedang cuti atau sakit",
        "Ikut serta dalam kegiatan kebersamaan kantor (olahraga, syukuran, bakti sosial)",
        "Menjenguk atau memberi dukungan kepada rekan yang tertimpa musibah",
        "Menerima masukan dari atasan dan rekan dengan terbuka",
        "Melayani semua orang tanpa membedakan latar belakang",
        "Menjaga kebersihan dan kerapian ruang kerja bersama",
        "Menyelesaikan perbedaan pendapat secara musyawarah",
        "Menyambut dan membimbing pegawai baru atau peserta magang",
        "Berdiskusi dan berkonsultasi dengan atasan secara terbuka",
        "Mendengarkan dan menanggapi keluhan atau pertanyaan dengan empati",
        "Memperhatikan kondisi siswa, pasien, atau rekan secara personal",
        "Memberi umpan balik yang membangun kepada anggota tim",
        "Menjaga hubungan baik dengan mitra kerja dan pihak yang dilayani",
        "Menyambut tamu, siswa, atau pengunjung dengan ramah",
    ),
    keywords=(
        "membantu rekan", "menolong", "bantu", "rekan", "teman", "diskusi",
        "musyawarah", "menghargai", "santun", "sopan", "kebersamaan", "senam",
        "olahraga", "syukuran", "takziah", "menjenguk", "bakti sosial", "gotong royong",
        "kerja bakti", "menggantikan", "piket", "magang", "pegawai baru", "masukan",
        "konsultasi dengan atasan", "silaturahmi", "halal bihalal", "kondusif",
    ),
)

LOYAL = BerakhlakValue(
    key="loyal",
    name="Loyal",
    definition="Berdedikasi dan mengutamakan kepentingan bangsa dan negara.",
    guides=(
        "Memegang teguh ideologi Pancasila, Undang-Undang Dasar Negara Republik Indonesia Tahun 1945, setia kepada NKRI serta pemerintahan yang sah",
        "Menjaga nama baik sesama ASN, pimpinan, instansi, dan negara",
        "Menjaga rahasia jabatan dan negara",
    ),
    indicators=(
        "Mengikuti upacara bendera, apel pagi, dan peringatan hari nasional",
        "Melaksanakan perintah dan disposisi pimpinan sesuai ketentuan",
        "Menjaga kerahasiaan data responden, pasien, atau data pribadi",
        "Menjaga keamanan akun, kata sandi, dan sistem informasi instansi",
        "Melaksanakan tugas sesuai kebijakan dan program pemerintah",
        "Menjaga nama baik instansi dalam pelayanan dan di media sosial",
        "Bersedia bertugas di luar jam kerja atau di daerah saat dibutuhkan",
        "Menyelesaikan tugas tambahan dari atasan dengan sungguh-sungguh",
        "Mendukung pencapaian target dan kinerja organisasi",
        "Mematuhi kode etik, disiplin PNS, dan jam kerja",
        "Menyebarluaskan informasi resmi dan capaian instansi",
        "Menggunakan produk dalam negeri dan aplikasi resmi pemerintah",
        "Menyiapkan jadwal, bahan, dan keperluan tugas pimpinan",
        "Mengelola keuangan negara dan menyetor kewajiban ke kas negara sesuai peraturan",
        "Melaksanakan pengawasan atau audit secara objektif demi kepentingan negara",
        "Menindaklanjuti arahan, teguran, dan masukan pimpinan dengan sungguh-sungguh",
        "Menyusun naskah dinas dan dokumen resmi atas nama pimpinan atau instansi",
        "Membina semangat kebangsaan peserta didik atau masyarakat",
    ),
    keywords=(
        "upacara", "apel", "hari kemerdekaan", "hut ri", "hari pancasila", "korpri",
        "disposisi", "perintah", "arahan pimpinan", "arahan", "tugas tambahan",
        "lembur", "kerahasiaan", "rahasia", "keamanan data", "keamanan informasi",
        "password", "hak akses", "data pribadi", "nama baik", "kode etik",
        "disiplin", "kebijakan", "program pemerintah", "surat tugas",
        "dinas luar", "piket", "target organisasi", "iku",
    ),
)

ADAPTIF = BerakhlakValue(
    key="adaptif",
    name="Adaptif",
    definition="Terus berinovasi dan antusias dalam menggerakkan ataupun menghadapi perubahan.",
    guides=(
        "Cepat menyesuaikan diri menghadapi perubahan",
        "Terus berinovasi dan mengembangkan kreativitas",
        "Bertindak proaktif",
    ),
    indicators=(
        "Merevisi pekerjaan dengan cepat setelah menerima masukan atau koreksi",
        "Menyesuaikan rencana kerja ketika ada perubahan kebijakan atau jadwal",
        "Mencoba dan memakai aplikasi, metode, atau teknologi baru",
        "Mengusulkan ide perbaikan atau inovasi proses kerja",
        "Mengotomasi pekerjaan manual dengan skrip, formulir daring, atau aplikasi",
        "Mendigitalkan dokumen, layanan, atau arsip",
        "Mengidentifikasi masalah lebih awal dan menawarkan solusi",
        "Melakukan migrasi sistem, pembaruan versi, atau penyesuaian regulasi baru",
        "Menggunakan metode pembelajaran atau pelayanan yang kreatif",
        "Menyesuaikan cara kerja saat bekerja daring, hibrida, atau di lapangan",
        "Mengambil inisiatif menyelesaikan pekerjaan tanpa menunggu diminta",
        "Menyusun prototipe, purwarupa, atau uji coba fitur baru",
        "Mempelajari dan menerapkan aplikasi atau sistem kerja baru",
        "Menerapkan kurikulum, metode, atau kebijakan baru dalam pekerjaan",
        "Mengikuti sosialisasi aturan baru lalu menyesuaikan cara kerja",
        "Memperbaiki kesalahan segera setelah mendapat teguran atau temuan",
    ),
    keywords=(
        "revisi", "merevisi", "perbaikan", "memperbaiki", "koreksi", "masukan",
        "inovasi", "ide", "usulan", "kreatif", "baru", "pembaruan", "update",
        "upgrade", "migrasi", "otomasi", "otomatisasi", "digitalisasi", "script",
        "prototipe", "mockup", "uji coba", "piloting", "penyesuaian", "perubahan",
        "menyesuaikan", "proaktif", "inisiatif", "transformasi", "daring", "hybrid",
        "dashboard", "aplikasi baru",
    ),
)

KOLABORATIF = BerakhlakValue(
    key="kolaboratif",
    name="Kolaboratif",
    definition="Membangun kerja sama yang sinergis.",
    guides=(
        "Memberi kesempatan kepada berbagai pihak untuk berkontribusi",
        "Terbuka dalam bekerja sama untuk menghasilkan nilai tambah",
        "Menggerakkan pemanfaatan berbagai sumber daya untuk tujuan bersama",
    ),
    indicators=(
        "Mengikuti rapat koordinasi dengan tim, unit lain, atau instansi mitra",
        "Berkoordinasi dengan rekan yang mengerjakan bagian lain dari pekerjaan",
        "Mengerjakan tugas bersama dalam tim lintas fungsi",
        "Membagi data, dokumen, atau sumber daya dengan unit lain",
        "Mengajak pemangku kepentingan memberi masukan (FGD, diskusi, konsinyering)",
        "Menyusun atau melaksanakan perjanjian kerja sama (PKS, MoU)",
        "Melibatkan rekan, mitra, atau orang tua siswa dalam kegiatan",
        "Menyelaraskan jadwal dan pembagian tugas tim",
        "Bekerja sama dengan satuan kerja daerah atau mitra statistik",
        "Mengintegrasikan data atau sistem antarunit",
        "Menjadi panitia atau anggota tim kegiatan bersama",
        "Berkoordinasi dengan vendor, penyedia, atau pihak ketiga",
        "Menyelenggarakan atau memfasilitasi rapat dan kegiatan bersama",
        "Menghimpun data, bahan, atau masukan dari berbagai unit dan pihak",
        "Bekerja bersama auditee, pemangku kepentingan, atau pihak eksternal",
        "Melibatkan keluarga, masyarakat, atau lintas sektor dalam penanganan masalah",
    ),
    keywords=(
        "rapat", "rakor", "koordinasi", "berkoordinasi", "rapat koordinasi", "fgd",
        "diskusi", "tim", "bersama", "kerja sama", "kerjasama", "kolaborasi",
        "sinergi", "lintas unit", "lintas sektor", "mitra", "pks", "mou",
        "konsinyering", "panitia", "kepanitiaan", "integrasi", "vendor", "zoom",
        "meeting", "sprint", "daily standup", "standup", "stakeholder", "satker",
        "daerah", "pihak ketiga", "orang tua", "puskesmas", "lintas program",
    ),
)

VALUES: tuple[BerakhlakValue, ...] = (
    BERORIENTASI_PELAYANAN,
    AKUNTABEL,
    KOMPETEN,
    HARMONIS,
    LOYAL,
    ADAPTIF,
    KOLABORATIF,
)

NAMES: tuple[str, ...] = tuple(v.name for v in VALUES)
KEYS: tuple[str, ...] = tuple(v.key for v in VALUES)

_LOOKUP = {}
for _v in VALUES:
    _LOOKUP[_v.key] = _v
    _LOOKUP[_v.name.lower()] = _v
    _LOOKUP[_v.key.replace("_", " ")] = _v


def by_name(name: str) -> BerakhlakValue:
    """The value named ``name`` (case-insensitive; also accepts the key)."""
    norm = " ".join(str(name).strip().lower().replace("-", " ").split())
    if norm in _LOOKUP:
        return _LOOKUP[norm]
    norm_key = norm.replace(" ", "_")
    if norm_key in _LOOKUP:
        return _LOOKUP[norm_key]
    raise KeyError(name)
