"""RHK word coverage: a rare word shared with the activity decides between RHK."""
from agent.analyst.text import coverage, idf_table, tokens
from agent.retrieve import with_coverage
from agent.analyst.types import Candidate

RHK = [
    "Terselenggaranya pengelolaan keuangan yang tertib. Indikator: Persentase SPM yang diterbitkan tepat waktu",
    "Terselenggaranya pengelolaan keuangan yang akuntabel. Indikator: Persentase kuitansi yang dibukukan",
    "Terselenggaranya layanan kepegawaian. Indikator: Persentase usulan cuti yang diproses",
]


def test_rare_shared_word_outweighs_common_ones():
    idf = idf_table(RHK)
    assert idf[tokens("kuitansi")[0]] > idf[tokens("keuangan")[0]]
    q = set(tokens("input 30 kuitansi pengelolaan keuangan"))
    scores = [coverage(q, tokens(t), idf) for t in RHK]
    assert scores[1] == max(scores) and all(0.0 <= s <= 1.0 for s in scores)
    assert coverage(set(), tokens(RHK[0]), idf) == 0.0


def test_candidates_get_their_coverage_only_with_a_table():
    cands = [Candidate(id=f"RHK-{i}", text=t, kind="rhk", search_text=t) for i, t in enumerate(RHK, 1)]
    assert with_coverage(cands, "teliti 12 SPM", None) is cands
    out = with_coverage(cands, "teliti 12 SPM", idf_table(RHK))
    assert [c.id for c in out] == [c.id for c in cands] and out[0].coverage > out[1].coverage == 0.0
