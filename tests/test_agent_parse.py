"""Parsing informal Indonesian activity messages."""
from datetime import date, time

import pytest

from agent.parse import fill_from_answer, parse_entry, parse_message, split_activities
from knowledge.glossary import builtin

TODAY = date(2026, 11, 25)  # a Wednesday


@pytest.mark.parametrize("text,day", [
    ("hari ini menyusun laporan", TODAY),
    ("kemarin menyusun laporan", date(2026, 11, 24)),
    ("Senin lalu menyusun laporan", date(2026, 11, 23)),
    ("senin menyusun laporan", date(2026, 11, 23)),
    ("24/11 menyusun laporan", date(2026, 11, 24)),
    ("tgl 20/11/2026 menyusun laporan", date(2026, 11, 20)),
    ("24 Nov 2026 menyusun laporan", date(2026, 11, 24)),
    ("23 November menyusun laporan", date(2026, 11, 23)),
    ("2 hari lalu menyusun laporan", date(2026, 11, 23)),
    ("menyusun laporan", TODAY),
])
def test_dates(text, day):
    e = parse_entry(text, TODAY)
    assert e.day == day
    assert "laporan" in e.description and "24" not in e.description


@pytest.mark.parametrize("text,minutes", [
    ("rapat 08.00-10.30", 150),
    ("rapat pukul 08:00 s.d. 09:15", 75),
    ("rapat jam 8-10", 120),
    ("kmrn rapat sm vendor 13-15", 120),  # a bare range of office hours closing the item
    ("rapat vendor 13-15, 1 notulen", 120),
    ("baca dokumen hal 13-15", None),  # pages, classes, counts are not hours
    ("koreksi ujian kelas 7-9", None),
    ("input data 2-3 orang", None),
    ("rapat 2 jam", 120),
    ("rapat 1,5 jam", 90),
    ("rapat 1.5 jam", 90),
    ("rapat 90 menit", 90),
    ("rapat 1 jam 30 menit", 90),
    ("rapat setengah jam", 30),
    ("rapat", None),
])
def test_durations(text, minutes):
    assert parse_entry(text, TODAY).minutes == minutes


def test_time_range_keeps_start_and_end():
    e = parse_entry("rakor 08.00-10.30", TODAY)
    assert (e.start, e.end) == (time(8, 0), time(10, 30))


@pytest.mark.parametrize("text,output,volume", [
    ("menyusun 3 dokumen SPJ 2 jam", "dokumen", 3),
    ("menyusun 1 laporan monev", "laporan", 1),
    ("menyelesaikan 1.200 tiket", "tiket", 1200),
    ("menyusun notulen rapat", "notulen", 1),
    ("rapat dengan tim", None, None),
    ("cek backup dan uji restore 1 database, 90 menit, 1 berita acara", "berita acara", 1),
    ("uji restore 2 database, 90 menit, 1 server", "server", 1),
    ("melayani 5 pengguna dan menyusun 2 laporan", "laporan", 2),
])
def test_output_and_volume(text, output, volume):
    e = parse_entry(text, TODAY)
    assert e.output == output
    assert e.volume == volume


def test_abbreviations_expanded_for_analysis_text_kept():
    e = parse_entry("rakor monev SPJ dan BAST 1 jam", TODAY)
    assert e.text == "rakor monev SPJ dan BAST 1 jam"
    expand = builtin().expand
    for words in ("rapat koordinasi", "monitoring dan evaluasi", "surat pertanggungjawaban",
                  "berita acara serah terima"):
        assert words in expand(e.description)
    assert "tindak lanjut" in expand("TL temuan audit")
    assert expand("bimtek") == "bimbingan teknis"
    # a known term of two words is taken whole, whatever its spacing and case
    assert expand("gangguan Data  Center semalam") == "gangguan pusat data semalam"
    assert "server virtual" in expand("migrasi 4 VM")


def test_numbered_multi_activity_with_header_date():
    msg = "Kegiatan kemarin:\n1. rapat 1 jam\n2. menyusun notulen 30 menit\n3) cek email 15 menit"
    entries = parse_message(msg, TODAY)
    assert [e.minutes for e in entries] == [60, 30, 15]
    assert all(e.day == date(2026, 11, 24) for e in entries)


def test_one_activity_per_line_and_inline_numbers():
    assert len(parse_message("rapat tim 1 jam\nmenyusun notulen 30 menit", TODAY)) == 2
    _, items = split_activities("1. rapat tim 1 jam 2. menyusun notulen 30 menit")
    assert items == ["rapat tim 1 jam", "menyusun notulen 30 menit"]
    assert len(parse_message("menyusun laporan monev 2 jam", TODAY)) == 1


def test_answer_fills_missing_fields():
    e = parse_entry("verifikasi SPJ honor", TODAY)
    fill_from_answer(e, "2 jam, 12 dokumen", TODAY)
    assert (e.minutes, e.output, e.volume) == (120, "dokumen", 12)
    e = parse_entry("rapat tim", TODAY)
    fill_from_answer(e, "09.00-10.00", TODAY)
    assert e.minutes == 60 and e.output is None
    fill_from_answer(e, "daftar hadir", TODAY)
    assert e.output == "daftar hadir"
