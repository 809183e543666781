"""RHK word coverage: a rare word shared with the activity decides between RHK."""
from knowledge.glossary import builtin
from knowledge.text import coverage, idf_table as _idf
from agent.retrieve import with_coverage
from agent.analyst.types import Candidate

tokens = builtin().tokens
acronyms = builtin().acronyms


def idf_table(texts):
    return _idf([tokens(t) for t in texts])


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
    assert [c.id for c in out] == [c.id for c in cands] and out[0].coverage > out[1].coverage > out[2].coverage


def test_short_forms_match_written_short_or_in_full():
    spj = acronyms("nyusun berkas SPJ yg numpuk")
    assert spj == acronyms("Verifikasi dan penyusunan surat pertanggungjawaban kegiatan") != frozenset()
    assert not spj & acronyms("Laporan pertanggungjawaban bendahara. Keluaran: LPJ bendahara")
    assert acronyms("rapat biasa tanpa singkatan") == frozenset() and acronyms(None) == frozenset()
    # only the longest form counts: BAST is not any "berita acara" (an UAT report here)
    assert acronyms("sosialisasi fitur BAST otomatis") == {"berita acara serah terima"}
    assert not acronyms("BAST") & acronyms("berita acara UAT dan catatan rilis")


def test_a_short_form_named_above_the_candidate_counts_half(embeddings):
    """ "uji aplikasi CAWI" is the testing step of the process that names CAWI: the
    step inherits its parent's terms, at half weight (a parent also names what only
    one of its children does)."""
    import json

    import numpy as np

    from agent.analyst.cascade import build
    from agent.analyst.matching import INHERITED, candidate_features
    from agent.analyst.vectors import Vectors
    from agent.retrieve import with_scope

    rows = [("P", None, "Pembangunan aplikasi pengumpulan data", "Aplikasi CAPI/CAWI yang siap dipakai"),
            ("P.1", "P", "Pengujian aplikasi dan rilis", "Laporan hasil uji"),
            ("Q", None, "Layanan helpdesk", "Tiket gangguan yang terselesaikan")]
    metas = [{"type": "probis", "record": json.dumps({"id": i, "parent": p, "name": n, "output": o})}
             for i, p, n, o in rows]
    tree = build(metas, [True] * len(metas)).trees["probis"]
    assert tree.scope("P.1") == tree.text("P") and tree.scope("P") == ""
    cands = with_scope([Candidate(id=i, text=n, kind="probis", search_text=f"{n}. Keluaran: {o}")
                        for i, _, n, o in rows], tree)
    vectors = Vectors(embeddings)
    text = "jalanin 25 skenario uji antarmuka aplikasi CAWI"
    col = candidate_features(vectors.query(text), text, cands, vectors)[:, 10]
    assert np.allclose(col, [1.0, INHERITED, 0.0]) and 0 < INHERITED < 1
    assert with_scope(cands, None) is cands


def _ranker_data(n_items=40, seed=3):
    """Items whose labelled candidate is the one with the shared short form (column
    10) even though its similarity is a little lower: the pattern a fit must find."""
    import numpy as np

    from agent.analyst.calibrate import ItemFeatures
    from agent.analyst.matching import N_FEATURES

    rng = np.random.default_rng(seed)
    out = []
    for k in range(n_items):
        fx = np.zeros((4, N_FEATURES))
        fx[:, 0] = 0.85 + rng.normal(0, 0.01, 4)
        want = int(rng.integers(4))
        fx[want, 10] = 1.0
        fx[want, 0] -= 0.01
        if k % 4 == 0:  # a quarter where similarity alone is right and no short form is shared
            fx[:, 10] = 0.0
            fx[want, 0] += 0.05
        ids = [f"RHK-{i}" for i in range(4)]
        out.append(ItemFeatures(np.zeros((7, 3)), np.zeros(7), {"rhk": (ids, fx)}, {"rhk": ids[want]}))
    return out


def test_conditional_logit_learns_what_decides_and_keeps_similarity_at_one():
    from agent.analyst.calibrate_match import _Top1, fit_ranker
    from agent.analyst.matching import DEFAULT_MATCH

    data = _ranker_data()
    p = fit_ranker(data, "rhk", l2=0.1)
    assert p["j_acronym"] > 0.02  # outweighs the similarity gap it must overcome
    top1 = _Top1(data, "rhk")
    assert top1({**DEFAULT_MATCH["rhk"], **p}) == 1.0 > top1(DEFAULT_MATCH["rhk"])
    assert fit_ranker([], "rhk", l2=0.1) == {}


def test_rhk_percent_reads_as_the_chance_the_choice_is_right():
    """Top choices above a similarity of 0.85 are right, those below are not (their
    items are labelled with no RHK): the percent crosses 50 there, and "none" is
    answered below it."""
    import numpy as np

    from agent.analyst.calibrate import ItemFeatures
    from agent.analyst.calibrate_match import fit_matching
    from agent.analyst.matching import N_FEATURES, percent

    data = []
    for u in np.linspace(0.70, 1.0, 61):
        fx = np.zeros((2, N_FEATURES))
        fx[:, 0] = [u, 0.5]
        want = "RHK-1" if u > 0.85 else None
        data.append(ItemFeatures(np.zeros((7, 3)), np.zeros(7), {"rhk": (["RHK-1", "RHK-2"], fx)}, {"rhk": want}))
    p = fit_matching(data)["rhk"]
    assert abs(p["center"] - 0.85) < 0.015
    assert percent(0.80, p) < 20.0 < 80.0 < percent(0.90, p)
    assert percent(0.83, p) < p["min_pct"] < percent(0.87, p)
