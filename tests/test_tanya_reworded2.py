"""Other wordings of the second blind set's questions with odd ids (the half looked at while developing; the
even half is only ever scored): each must get the answer of the question it rewords. Wordings ours, expected
answers from the blind set (computed there by SQL)."""
from __future__ import annotations

import pytest

from agent.tanya.check import BLIND, check_blind, load_blind

BLIND2 = {c.id: c for c in load_blind(BLIND.with_name("questions_blind2.jsonl")) if c.number % 2 == 1}
REWORDED = [
    ('r001', 'berapa total jam anak-anak infra selama bulan ini'),
    ('r003', 'oktober kmrn jam kerja sy brp'),
    ('r009', 'jam kerja ketua tim integrasi bulan ini'),
    ('r013', 'berapa rata-rata jam saya tiap hari kerja bulan ini'),
    ('r021', 'sejak awal triwulan IV saya sudah catat berapa jam'),
    ('r025', 'total jam saya bulan ini yang sudah ada lampirannya'),
    ('r029', 'jam tim integrasi data Q4 totalnya berapa'),
    ('r031', 'jam saya 10 hari kerja terakhir'),
    ('r033', 'rincian jam saya bulan ini berdasarkan RHK'),
    ('r037', 'jam tim saya oktober nyebar ke proses bisnis mana aja'),
    ('r041', 'jam Bagus triwulan 4 dibagi per RHK'),
    ('r043', 'minggu lalu entri saya: berapa yang disetujui, dikembalikan, dan masih diajukan'),
    ('r047', 'sebaran status semua entri pegawai minggu ini'),
    ('r051', 'jam tiap anggota tim saya minggu lalu'),
    ('r053', 'top 3 jam se-direktorat bulan ini'),
    ('r055', 'ranking jam tim saya pekan lalu'),
    ('r057', 'lima orang dengan jam terbanyak oktober'),
    ('r059', 'bandingin jam Kristian sama Bagus bulan ini'),
    ('r063', 'siapa yang jamnya paling banyak di tim saya minggu lalu'),
    ('r065', 'urutin 5 orang yang jamnya paling sedikit minggu lalu'),
    ('r067', 'entri bawahan saya minggu lalu yang menyangkut server'),
    ('r069', 'kegiatan jaringan tim infra minggu ini termasuk saya'),
    ('r071', 'kegiatan Oktaviani terkait VPN bulan oktober'),
    ('r073', 'apa saja kerjaan Fajar soal dashboard minggu lalu'),
    ('r077', 'entri saya minggu lalu yang berhubungan dengan arsip'),
    ('r083', 'kegiatan saya bulan ini yang ada hubungannya dengan honor mitra'),
    ('r087', 'siapa yang mengerjakan LAKIN bulan ini dan apa saja'),
    ('r091', 'yang menunggu persetujuan saya ada berapa entri'),
    ('r093', 'entri apa saja yang harus saya approve'),
    ('r095', 'daftar entri saya yang direturn'),
    ('r099', 'entri Teguh yang belum saya setujui apa saja'),
    ('r105', 'entri saya yang masih menunggu persetujuan atasan ada berapa'),
    ('r107', 'jumlah entri Kristian dan Bagus yang sudah saya kembalikan'),
    ('r109', 'anggota tim saya yang belum isi tanggal 24 nov siapa'),
    ('r113', 'orang-orang integrasi yang belum ngisi hari ini'),
    ('r115', 'siapa yang 5 hari kerja terakhir nggak ngisi sama sekali'),
    ('r117', 'pegawai mana yang capaian jamnya bulan ini di bawah 40% standar'),
    ('r119', 'anggota tim saya yang jamnya kurang dari 37,5 jam minggu lalu'),
    ('r128', 'anak2 bagian umum siapa yg belum ngisi hari ini'),
    ('r131', 'antrean review pak Teguh ada berapa'),
    ('r137', 'tim infra vs tim layanan, jam bulan ini'),
    ('r145', 'jam saya plus tim saya bulan ini berapa'),
    ('r151', 'jam Bagus tanggal 23 november'),
    ('r153', 'Sore ini saya ada rapat koordinasi dengan pimpinan. Berapa total jam tim layanan bulan Oktober?'),
    ('r155', 'jam kerja bendahara bulan ini'),
    ('r159', 'jam Nadia untuk PB-1.3.1 bulan lalu'),
    ('r165', 'total jam pokin PK-1.3.1 se-direktorat bulan ini'),
    ('r167', 'siapa paling banyak entri yang dikembalikan bulan ini'),
]



@pytest.mark.parametrize("case_id, question", REWORDED, ids=[f"{i}:{q}" for i, q in REWORDED])
def test_reworded_odd_blind2_questions(realistic, case_id, question):
    tanya, today = realistic
    case = BLIND2.get(case_id) or _refusal(case_id)
    ans = tanya.ask(case.asker, question, today=today)
    assert check_blind(case.expect, ans.facts), (case.question, ans.calls, ans.text[:300])


def _refusal(case_id: str):
    """A scope refusal of the even half (security bugs may be looked at in either half)."""
    case = {c.id: c for c in load_blind(BLIND.with_name("questions_blind2.jsonl"))}[case_id]
    assert case.expect["type"] == "refusal"
    return case
