"""Questions as evaluators and supervisors ask them, on the realistic journal of the sample agency
(three months, 20 staff, reviews, evidence, deleted entries): our own questions with answers computed
independently (``tests/realistic_questions.py``), the basis every answer shows, the calendar-aware
predikat, and the LLM path reaching the same figures through the same tools."""
from __future__ import annotations

from datetime import date

import pytest
from langchain_core.messages import AIMessage

from agent.tanya import evaldata
from agent.tanya.check import check_blind
from tests.fixtures_tanya import ScriptedChatModel, call
from tests.realistic_questions import Data, cases

DATA = Data(evaldata.read())
CASES = cases(DATA)



def ask(realistic, first: str, question: str, today: date | None = None):
    tanya, default = realistic
    return tanya.ask(DATA.nip(first), question, today=today or default)


@pytest.mark.parametrize("asker, question, expect", CASES, ids=[q for _, q, _ in CASES])
def test_own_questions(realistic, asker, question, expect):
    ans = ask(realistic, asker, question)
    assert check_blind(expect, ans.facts), (ans.calls, ans.text[:400])


def test_answers_show_their_basis(realistic):
    ans = ask(realistic, "Hendra", "berapa jam Bu Rina untuk RHK 2")
    f = ans.facts
    assert f["period"]["assumed"] and f["period"]["key"] == "2026-11"
    assert "Periode tidak disebut; dianggap November 2026 (01/11/2026 s.d. 26/11/2026)." in ans.text
    assert [p["name"] for p in f["people"]] == [DATA.name[DATA.nip("Rina")]] and f["filters"] == {"rhk": "RHK-2"}
    rows = DATA.sel([DATA.nip("Rina")], date(2026, 11, 1), date(2026, 11, 30), rhk="RHK-2")
    assert sorted(f["entry_ids"]) == sorted(a["id"] for a in rows)
    assert f"#{min(f['entry_ids'])}" in ans.text and f"{DATA.hours(rows):g}".replace(".", ",") + " jam" in ans.text


def test_scope_chosen_by_rights_is_stated_and_queues_cover_all_time(realistic):
    ans = ask(realistic, "Bayu", "siapa yang belum ngisi kemarin?")
    assert ans.facts["kind"] == "missing" and "Dalam cakupan Anda sebagai atasan: 3 pegawai." in ans.text
    ans = ask(realistic, "Rina", "entri yang perlu saya setujui")
    assert ans.facts["period"] is None and "(sepanjang waktu)" in ans.text


def test_no_value_is_both_most_and_least_frequent(realistic):
    ans = ask(realistic, "Hendra", "nilai berakhlak apa yang paling sering muncul pada Kristian hari minggu kemarin")
    assert ans.facts["kind"] == "values" and ans.facts["entries"] == 0
    assert ans.facts["most"] == [] and ans.facts["rarest"] == [] and "Paling" not in ans.text


def test_predikat_two_working_days_into_a_month_is_provisional_and_never_low(realistic):
    ans = ask(realistic, "Bayu", "usulan predikat Fajar bulan ini", today=date(2026, 11, 3))
    p = ans.facts["proposal"]
    assert p.provisional and p.predikat in (None, "Baik", "Sangat Baik")
    assert "SEMENTARA" in ans.text and "hari kerja periode ini yang berjalan" in ans.text
    assert "Kurang" not in ans.text.split("Bukti:")[0].replace(p.computed, "") or p.predikat is None
    if p.predikat is None:
        assert "belum dapat diusulkan" in ans.text
    full = ask(realistic, "Bayu", "usulan predikat Fajar bulan oktober")
    assert not full.facts["proposal"].provisional and full.facts["predikat"]


def test_llm_path_uses_the_same_tools_and_resolution(realistic):
    tanya, today = realistic
    question = "rata-rata jam per hari kerja bagian umum sejak tanggal 3"
    plain = tanya.ask(DATA.nip("Hendra"), question, today=today)
    model = ScriptedChatModel(script=[
        call("jam_kerja", {"pegawai": "unit:Bagian Umum", "periode": "sejak 3 November", "ukuran": "rata_hari_kerja"}),
        AIMessage(content="Rata-rata Bagian Umum sekitar 3 jam per hari kerja."),
    ])
    tanya.chat_model = model
    try:
        llm = tanya.ask(DATA.nip("Hendra"), question, today=today)
    finally:
        tanya.chat_model = None
    for key in ("value", "unit", "entry_ids", "people"):
        assert llm.facts[key] == plain.facts[key], key
    assert llm.facts["period"]["key"] == plain.facts["period"]["key"] == "2026-11-03..2026-11-26"
    assert llm.text.startswith("Rata-rata Bagian Umum") and "Dasar: 03/11/2026 s.d. 26/11/2026" in llm.text
