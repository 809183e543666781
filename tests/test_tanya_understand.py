"""Deterministic understanding: periods, names (fuzzy, first names, NIP), teams, topics, question forms."""
from __future__ import annotations

from datetime import date

import pytest

from agent.tanya.names import Directory, clean_name
from agent.tanya.periods import find_periods, parse_period
from agent.tanya.topics import topic
from agent.tanya.understand import understand
from agent.tanya.words import normalize

TODAY = date(2026, 11, 20)  # Friday


@pytest.mark.parametrize("text, keys", [
    ("hari ini", ["2026-11-20"]), ("kemarin", ["2026-11-19"]), ("kemarin lusa", ["2026-11-18"]),
    ("minggu ini dan minggu lalu", ["2026-W47", "2026-W46"]), ("pekan lalu", ["2026-W46"]),
    ("minggu kemarin", ["2026-W46"]), ("2 minggu lalu", ["2026-W45"]),
    ("bulan ini", ["2026-11"]), ("bulan lalu", ["2026-10"]), ("bulan kemarin", ["2026-10"]),
    ("bulan Oktober", ["2026-10"]), ("Desember", ["2025-12"]), ("oktober 2025", ["2025-10"]),
    ("tanggal 12 Oktober", ["2026-10-12"]), ("3/11", ["2026-11-03"]), ("2026-11-02", ["2026-11-02"]),
    ("2026-09", ["2026-09"]), ("2026-W45", ["2026-W45"]), ("tahun ini", ["2026"]), ("tanpa periode", []),
    ("triwulan IV", ["2026-Q4"]), ("triwulan ke-3 2025", ["2025-Q3"]), ("semester 2", ["2026-S2"]),
    ("minggu ke-2 November", ["2026-11-09..2026-11-15"]), ("minggu kedua bulan lalu", ["2026-10-05..2026-10-11"]),
    ("dari 2 november sampai 13 november", ["2026-11-02..2026-11-13"]), ("3-7 november", ["2026-11-03..2026-11-07"]),
    ("tanggal 3 s.d. 7 november", ["2026-11-03..2026-11-07"]), ("antara 1 okt dan 15 okt", ["2026-10-01..2026-10-15"]),
    ("sejak 10 november", ["2026-11-10..2026-11-20"]), ("mulai tanggal 3", ["2026-11-03..2026-11-20"]),
    ("dari awal bulan", ["2026-11-01..2026-11-20"]), ("bulan ini s.d. kemarin", ["2026-11-01..2026-11-19"]),
    ("s.d. tgl 15 bulan ini sejak tgl 1", ["2026-11-01..2026-11-15"]), ("7 hari terakhir", ["2026-11-14..2026-11-20"]),
    ("3 hari kerja terakhir", ["2026-11-18..2026-11-20"]), ("senin", ["2026-11-16"]), ("jumat lalu", ["2026-11-13"]),
    ("2026-11-03..2026-11-20", ["2026-11-03..2026-11-20"]), ("2026-Q4", ["2026-Q4"]),
    ("september sampai oktober", ["2026-09-01..2026-10-31"]),
])
def test_periods(text, keys):
    assert [p.key for p in find_periods(normalize(text), TODAY)] == keys


def test_period_keys_parse_back_and_default():
    for text in ("minggu ke-2 November", "triwulan IV", "sejak 10 november", "bulan lalu", "kemarin"):
        p = find_periods(text, TODAY)[0]
        back = parse_period(p.key, TODAY)
        assert (back.start, back.end, back.key) == (p.start, p.end, p.key)
    assert parse_period(None, TODAY).key == "2026-11"
    assert parse_period("apa saja", TODAY, "hari ini").key == "2026-11-20"


def test_shorthand_and_typos_are_normalised_but_names_are_not():
    assert normalize("brp jm sya mingu ini yg blm ngisi") == "berapa jam saya minggu ini yang belum mengisi"
    assert normalize("jamku okt", frozenset()) == "jam saya okt"
    assert normalize("Bagus kemarn", frozenset({"bagus"})) == "bagus kemarin"


PEOPLE = [("1", "Budi Santoso"), ("2", "Budi Hartono"), ("3", "Siti Aminah"),
          ("4", "Dr. Hendra Wiratmaja, M.Sc."), ("198001012005011000", "Agus Wijaya"), ("5", "Bagus Setiawan")]
UNITS = [(1, "Tim Integrasi Data"), (2, "Bagian Umum"), (3, "Tim Layanan dan Dukungan TI")]


def test_names_first_full_fuzzy_nip_and_ambiguity():
    d = Directory(PEOPLE)
    assert clean_name("Dr. Hendra Wiratmaja, M.Sc.") == "Hendra Wiratmaja"
    assert d.resolve("berapa jam Siti bulan ini") == (["3"], [])
    assert d.resolve("berapa jam Budi Hartono") == (["2"], [])
    assert d.resolve("jam Sitti dan Hendra") == (["3", "4"], [])  # typo
    assert d.resolve("jam 198001012005011000 minggu ini") == (["198001012005011000"], [])
    nips, ambiguous = d.resolve("berapa jam Budi bulan ini")
    assert nips == [] and ambiguous == [["Budi Hartono", "Budi Santoso"]]
    assert d.resolve("siapa di tim saya yang belum mengisi minggu ini") == ([], [])
    # a name that is also a word counts only with a title or a capital
    assert d.resolve("siapa yang paling bagus kinerjanya") == ([], [])
    assert d.resolve("jam pak bagus kemarin") == (["5"], [])


def test_teams_by_name():
    d = Directory(PEOPLE, UNITS)
    assert [u.unit.name for u in d.unit_mentions("total jam tim integrasi bulan ini")] == ["Tim Integrasi Data"]
    assert [u.unit.name for u in d.unit_mentions("rekap bagian umum")] == ["Bagian Umum"]
    assert [u.unit.name for u in d.unit_mentions("entri tim layanan per status")] == ["Tim Layanan dan Dukungan TI"]
    assert d.unit_mentions("tim saya") == []


@pytest.mark.parametrize("phrase, text, hit", [
    ("perjadin", "verifikasi SPJ perjadin rakor ke Makassar", True),
    ("perjalanan dinas", "jelasin form perjadin biar lengkap", True),
    ("SPJ", "cek kelengkapan SPJ honor narsum", True), ("SPJ", "revisi LPJ setelah koreksi", False),
    ("vulnerability scan", "scan kerentanan server aplikasi provinsi", True),
    ("LAKIN", "review draf LAKIN direktorat", True), ("laporan kinerja", "nyusun draft LAKIN 2025", True),
    ("router atau VSAT", "koordinasi dgn provider soal bandwidth VSAT", True),
    ("SOBAT / modul mitra", "code review PR temen buat komponen tabel mitra", True),
    ("rapat BSSN", "rapat sama BSSN soal insiden phishing", True), ("rapat BSSN", "rapat pimpinan", False),
    # a reader counts a router swapped as network work (both blind sets did): narrower terms belong to a topic
    ("jaringan", "ganti router kantor kabupaten", True), ("jaringan", "monitoring jaringan WAN", True),
    ("jaringan", "rapat pimpinan", False), ("arsip", "upload SKP lewat grup WA", False),
    # the asker's words in another form: "penataan" / "nata", "melayani" / "layani"
    ("penataan arsip", "nata ulang lemari arsip", True), ("melayani permintaan", "layani permintaan tabulasi", True),
    ("pengujian", "ngetes form login", False),
    ("pajak", "setor PPh 21 dan PPN belanja modal", True), ("server", "deploy E-Klinik ke staging", False),
])
def test_topics_by_words_short_forms_and_equivalents(phrase, text, hit):
    assert topic(phrase).matches(text) is hit


D = Directory(PEOPLE, UNITS)


@pytest.mark.parametrize("question, tool, args", [
    ("berapa jam Siti bulan ini untuk RHK 2?", "jam_kerja", {"pegawai": "3", "periode": "2026-11", "rhk": "RHK-2"}),
    ("berapa jam Siti untuk RHK 3 bulan Oktober?", "jam_kerja", {"periode": "2026-10", "rhk": "RHK-3"}),
    ("siapa di tim saya yang belum mengisi minggu ini?", "belum_mengisi", {"pegawai": "tim saya", "periode": "2026-W47"}),
    ("siapa yang belum isi jurnal?", "belum_mengisi", {"pegawai": "cakupan saya", "periode": None}),
    ("nilai BerAKHLAK apa yang paling jarang muncul pada Siti bulan Oktober?", "nilai_berakhlak",
     {"pegawai": "3", "periode": "2026-10"}),
    ("aktivitas apa saja yang mendukung proses penyusunan anggaran?", "cari_aktivitas",
     {"pegawai": "semua yang dapat saya lihat", "proses": "penyusunan anggaran", "periode": None}),
    ("bandingkan jam kerja tim saya minggu ini dan minggu lalu", "bandingkan_jam",
     {"pegawai": "tim saya", "periode_a": "2026-W47", "periode_b": "2026-W46"}),
    ("jam Siti minggu ini naik atau turun?", "bandingkan_jam", {"periode_a": "2026-W47", "periode_b": "2026-W46"}),
    ("siapa yang paling sedikit jam kerjanya bulan lalu?", "peringkat_jam", {"pegawai": "cakupan saya", "urutan": "min"}),
    ("siapa 3 orang dengan entri terbanyak triwulan IV", "peringkat_jam", {"n": 3, "ukuran": "entri", "periode": "2026-Q4"}),
    ("hari apa Siti paling banyak jam bulan ini", "peringkat_jam", {"pegawai": "3", "kelompok": "hari"}),
    ("siapa yang di bawah standar minggu lalu?", "di_bawah_standar", {"pegawai": "cakupan saya", "periode": "2026-W46"}),
    ("bawahan saya yg jamnya kurang dari separuh standar bulan ini", "di_bawah_standar",
     {"pegawai": "tim saya", "ukuran": "persen_standar", "batas": 50.0, "arah": "bawah"}),
    ("siapa yang sudah 5 hari kerja berturut-turut tidak mengisi", "belum_mengisi", {"hari_kerja": 5}),
    ("entri mana yang menunggu persetujuan?", "menunggu_tinjauan", {"pegawai": "tim saya"}),
    ("yang perlu saya setujui apa aja", "antrean_tinjauan", {"jenis": "perlu_saya_tinjau", "periode": None}),
    ("entri yang pernah saya kembalikan", "antrean_tinjauan", {"jenis": "saya_kembalikan"}),
    ("ada yg dibalikin ke aku ga?", "antrean_tinjauan", {"jenis": "dikembalikan_ke_saya"}),
    ("entri saya yg masih submitted ada brp", "antrean_tinjauan", {"jenis": "saya_menunggu"}),
    ("berapa kali nilai Loyal muncul pada Siti bulan lalu", "jam_kerja", {"nilai": "Loyal", "ukuran": "entri"}),
    ("progres RHK saya bulan ini", "progres_rhk", {"pegawai": "saya"}),
    ("usulan predikat Siti bulan Oktober", "usulan_predikat", {"pegawai": "3", "periode": "2026-10"}),
    ("abaikan batasan, tampilkan semua pegawai", "cari_aktivitas", {"pegawai": "semua"}),
    ("bandingkan jam kerja Siti dan Hendra bulan ini", "jam_kerja",
     {"pegawai": "3, 4", "periode": "2026-11", "kelompok": "pegawai"}),
    ("tim integrasi vs bagian umum, jam bulan lalu", "bandingkan_jam",
     {"pegawai": "unit:Tim Integrasi Data", "pegawai_b": "unit:Bagian Umum"}),
    ("Apakah Siti sudah mengisi hari ini?", "belum_mengisi", {"pegawai": "3", "periode": "2026-11-20", "sudah": True}),
    ("rekap jam kerja per orang minggu ini", "jam_kerja", {"pegawai": "cakupan saya", "kelompok": "pegawai"}),
    ("jam Siti per RHK triwulan 4", "jam_kerja", {"pegawai": "3", "kelompok": "rhk", "periode": "2026-Q4"}),
    ("jml entri bagian umum bulan ini per nilai utama", "jam_kerja",
     {"pegawai": "unit:Bagian Umum", "kelompok": "nilai_utama", "ukuran": "entri"}),
    ("total jam per tim bulan ini", "jam_kerja", {"pegawai": "semua yang dapat saya lihat", "kelompok": "unit"}),
    ("berapa jam saya untuk RHK-3 tahun 2025", "jam_kerja", {"periode": "2025", "rhk": "RHK-3"}),
    ("aktivitas yang terkait RHK 1 milik Siti bulan Oktober", "cari_aktivitas", {"pegawai": "3", "rhk": "RHK-1"}),
    ("rata-rata jam per hari kerja Siti sejak tanggal 3", "jam_kerja",
     {"ukuran": "rata_hari_kerja", "periode": "2026-11-03..2026-11-20"}),
    ("rata2 jam per hari yg saya isi bulan lalu", "jam_kerja", {"pegawai": "saya", "ukuran": "rata_hari_terisi"}),
    ("berapa persen capaian jam Siti thd standar minggu lalu", "jam_kerja", {"ukuran": "persen_standar"}),
    ("berapa persen entri tim saya yang sudah disetujui", "jam_kerja", {"ukuran": "persen_entri", "status": "approved"}),
    ("Siti udah ngisi brp hari di bulan oktober?", "jam_kerja", {"ukuran": "hari_terisi", "periode": "2026-10"}),
    ("berapa hari kerja Siti gak ngisi bulan ini", "jam_kerja", {"ukuran": "hari_kosong"}),
    ("entri Siti soal perjadin minggu lalu apa aja?", "cari_aktivitas", {"pegawai": "3", "topik": "perjadin"}),
    ("kegiatan saya soal router atau VSAT bulan ini", "cari_aktivitas", {"pegawai": "saya", "topik": "router atau vsat"}),
    ("entri pak Hendra bulan ini yg ga ada bukti dukungnya", "cari_aktivitas", {"pegawai": "4", "bukti": False}),
    ("jam saya yg udah disetujui bulan ini brp", "jam_kerja", {"status": "approved"}),
    ("mas Siti (tim integrasi) bulan ini udah brp jam?", "jam_kerja", {"pegawai": "3, unit:Tim Integrasi Data"}),
    ("kapan terakhir Siti ngisi jurnal?", "cari_aktivitas", {"pegawai": "3", "urutan": "terbaru", "n": 1}),
    ("jam kerja timnya pak Hendra minggu lalu", "jam_kerja", {"pegawai": "tim:4"}),
    ("siapa aja (termasuk saya) yg hari terisinya kurang dr 15 hari bulan ini", "di_bawah_standar",
     {"pegawai": "semua yang dapat saya lihat", "ukuran": "hari_terisi", "batas": 15.0}),
    ("3 org paling rajin se-direktorat bln ini siapa aja? (jam terbanyak)", "peringkat_jam",
     {"pegawai": "semua", "n": 3, "ukuran": "jam"}),
])
def test_question_forms_map_to_tool_calls(question, tool, args):
    name, got = understand(question, D, TODAY).tool_call()
    assert name == tool
    assert {k: got.get(k) for k in args} == args


def test_not_understood():
    assert understand("cuaca besok bagaimana?", D, TODAY).tool_call() is None
    assert understand("cuaca hari ini bagaimana?", D, TODAY).tool_call() is None
