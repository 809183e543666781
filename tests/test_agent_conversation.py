"""What a message is, given what is open, and how messy lines split (fast checks; the corpus runs them
through the real bot)."""
from datetime import date, time

import pytest

from agent.conversation import ANSWER, CANCEL, MANAGE, NEW, OTHER, THANKS, classify, is_activity, manage_request
from agent.parse import parse_message
from ingest.filetype import matches, sniff

TODAY = date(2026, 11, 25)  # a Wednesday
ASKED_OUTPUT = {"field": "output"}
ASKED_BOTH = {"field": "both"}


@pytest.mark.parametrize("text,asked,kind", [
    ("2 laporan", ASKED_OUTPUT, ANSWER),
    ("hasilnya 1 draf juknis", ASKED_OUTPUT, ANSWER),
    ("gak ada sih, cuma nyimak", ASKED_OUTPUT, ANSWER),
    ("sekitar 1,5 jam, 1 notulen", ASKED_BOTH, ANSWER),
    ("pukul 10.00 s/d 11.30", ASKED_BOTH, ANSWER),
    ("oh iya kemarin juga input 20 kuitansi ke SAKTI 2 jam", ASKED_OUTPUT, NEW),
    ("habis itu rapat evaluasi sama kabag 1 jam, 1 notulen", ASKED_BOTH, NEW),
    ("hehe iya bentar ya", ASKED_OUTPUT, OTHER),
    ("skip aja yg itu", ASKED_OUTPUT, CANCEL),
    ("ga usah dicatet deh", ASKED_BOTH, CANCEL),
    ("oke makasih ya pak", ASKED_OUTPUT, THANKS),
    ("rapat tim 1 jam, 1 notulen", None, NEW),
    ("hapus yg terakhir", None, MANAGE),  # a request about a saved entry, not an activity
    ("tolong ubah entri 12 dong", ASKED_OUTPUT, MANAGE),
    ("hapus data duplikat di server 1 jam", None, NEW),
    ("ubah format laporan keuangan", None, NEW),
])
def test_classify(text, asked, kind):
    assert classify(text, asked, TODAY) == kind


@pytest.mark.parametrize("text, asked_for", [
    ("hapus yg terakhir", ("hapus", None)), ("edit kegiatan tadi", ("ubah", None)),
    ("tolong ubah entri 12 dong", ("ubah", 12)), ("hps #7", ("hapus", 7)), ("hapus laporan lama", None),
])
def test_a_request_about_a_saved_entry(text, asked_for):
    assert manage_request(text) == asked_for


def test_two_activities_on_one_line_keep_their_own_durations_and_outputs():
    a, b = parse_message("kemarin bimtek aplikasi ke operator 09.00-11.00 dapet 1 daftar hadir "
                         "setelah itu nyusun laporan bimtek 45 menit, 1 laporan", TODAY)
    assert (a.day, a.start, a.end, a.minutes, a.output) == (date(2026, 11, 24), time(9), time(11), 120, "daftar hadir")
    assert (b.day, b.minutes, b.output, b.volume) == (date(2026, 11, 24), 45, "laporan", 1)


@pytest.mark.parametrize("text,day", [
    ("5 hari yang lalu rapat 1 jam", date(2026, 11, 20)),
    ("kamis kemaren rapat 1 jam", date(2026, 11, 19)),
    ("selasa minggu lalu rapat 1 jam", date(2026, 11, 17)),
    ("tgl 2 rapat 1 jam", date(2026, 11, 2)),
    ("besok rapat 1 jam", date(2026, 11, 26)),
])
def test_dates_people_write(text, day):
    assert parse_message(text, TODAY)[0].day == day


def test_caption_is_an_activity_only_when_it_logs_work():
    assert is_activity("pasang 2 CCTV di lobi, 2 unit", TODAY)
    assert not is_activity("foto kegiatan rapat", TODAY)


def test_file_type_is_read_from_the_bytes():
    assert sniff(b"%PDF-1.7 ...") == "pdf"
    assert matches(b"%PDF-1.7 ...", "a.pdf", "application/pdf")[0]
    assert not matches(b"MZ\x90\x00" + b"\x00" * 20, "a.pdf", "application/pdf")[0]
    assert not matches(b"teks biasa", "foto.jpg", "image/jpeg")[0]
