"""The kinds of question added after the second blind set (``tests/realistic_kinds.py``), asked on the
realistic journal; and the pieces that read them: stems, positions, nicknames, paragraphs."""
from __future__ import annotations

import pytest

from agent.tanya import evaldata
from agent.tanya.check import check_blind
from tests.realistic_kinds import kinds
from tests.realistic_questions import Data

DATA = Data(evaldata.read())
CASES = kinds(DATA)



@pytest.mark.parametrize("asker, question, expect", CASES, ids=[q[:60] for _, q, _ in CASES])
def test_kinds_of_question(realistic, asker, question, expect):
    tanya, today = realistic
    ans = tanya.ask(DATA.nip(asker), question, today=today)
    assert check_blind(expect, ans.facts), (ans.calls, ans.text[:400])


def test_names_nicknames_and_name_like_words_where_a_name_goes():
    from agent.tanya.names import Directory

    d = Directory([("1", "Oktaviani Putri Lestari"), ("2", "Bagus Setiawan"), ("3", "Wahyu Adi Kurniawan"),
                   ("4", "Kristian Mambor")])
    assert d.resolve("jam okta bulan ini") == (["1"], [])  # a nickname starts a first name
    assert d.resolve("entri bagus kemarin") == (["2"], [])  # an ordinary word after "entri"
    assert d.resolve("kris vs bagus") == (["4", "2"], [])  # ... or joined to a name
    assert d.resolve("siapa yang kinerjanya bagus") == ([], [])
    assert d.resolve("td dia bilang jadi") == ([], [])  # "tadi", "jadi" are no typo of "Adi"


def test_positions_teams_of_people_and_paragraphs(realistic):
    tanya, today = realistic
    d = tanya.directory("dsis")
    found = {q: [sorted(m.nips) for m in d.position_mentions(q)] for q in (
        "jam bendahara", "kabag umum", "ketua tim layanan", "rata-rata per kepala")}
    assert found == {"jam bendahara": [[DATA.nip("Siti")]], "kabag umum": [[DATA.nip("Dewi")]],
                     "ketua tim layanan": [[DATA.nip("Putu")]], "rata-rata per kepala": []}
    ans = tanya.ask(DATA.nip("Teguh"), "entri yg dikembalikan bu dewi ke bawahannya bulan ini", today=today)
    assert ans.refused  # her team, not the asker's
    ans = tanya.ask(DATA.nip("Hendra"), "Saya sedang menyiapkan bahan rapat dengan pak Teguh. Berapa jam tim "
                                        "integrasi minggu lalu?", today=today)
    assert ans.calls[0][1]["pegawai"] == "unit:Tim Integrasi Data"


def test_stems_of_formal_and_chat_forms():
    from agent.tanya.stems import shares_stem, stems

    assert shares_stem("penataan", stems("nata ulang lemari arsip"))
    assert shares_stem("ngerjain", stems("pekerjaan rumah tangga kantor"))
    assert not shares_stem("rapat", stems("rekap presensi"))
