"""The analyst's scoring features and their fitting: shared words and terms, the tree a node
sits in, the person's unit and RHK, confirmed examples, the shortlist fit and the confidence."""
import json

import numpy as np

from agent.analyst import calibrate_rank as R
from agent.analyst.agency import build_tree
from agent.analyst.scoring import (
    INHERITED,
    TREE_FEATURES,
    Query,
    RhkContext,
    affinity,
    example_closeness,
    shortlist,
    tree_features,
)
from agent.analyst.vectors import Vectors
from knowledge.glossary import Lexicon, builtin
from knowledge.models import PokinNode, Process
from knowledge.text import coverage
from knowledge.text import idf_table as _idf

tokens = builtin().tokens
acronyms = builtin().acronyms
F = {name: i for i, name in enumerate(TREE_FEATURES)}


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


def test_short_forms_match_written_short_or_in_full():
    spj = acronyms("nyusun berkas SPJ yg numpuk")
    assert spj == acronyms("Verifikasi dan penyusunan surat pertanggungjawaban kegiatan") != frozenset()
    assert not spj & acronyms("Laporan pertanggungjawaban bendahara. Keluaran: LPJ bendahara")
    assert acronyms("rapat biasa tanpa singkatan") == frozenset() and acronyms(None) == frozenset()
    # only the longest form counts: BAST is not any "berita acara" (an UAT report here)
    assert acronyms("sosialisasi fitur BAST otomatis") == {"berita acara serah terima"}
    assert not acronyms("BAST") & acronyms("berita acara UAT dan catatan rilis")


def _tree(embeddings):
    rows = [
        (Process("P", "Pembangunan aplikasi pengumpulan data", 1, None, "Tim Aplikasi",
                 "Aplikasi CAPI/CAWI yang siap dipakai"), "probis.csv baris 2"),
        (Process("P.1", "Pengujian aplikasi dan rilis", 2, "P", "Tim Aplikasi", "Laporan hasil uji"),
         "probis.csv baris 3"),
        (Process("Q", "Layanan helpdesk", 1, None, "Tim Layanan TI", "Tiket gangguan yang terselesaikan"),
         "probis.csv baris 4"),
        (Process("Q.1", "Penanganan tiket gangguan jaringan", 2, "Q", "Tim Layanan TI", "Tiket selesai"),
         "probis.csv baris 5"),
    ]
    vectors = Vectors(embeddings)
    return build_tree("probis", rows).prepare(vectors, Lexicon.default()), vectors


def test_tree_arrays_paths_and_inherited_terms(embeddings):
    tree, vectors = _tree(embeddings)
    assert tree.path(1) == ["P", "P.1"] and tree.leaf.tolist() == [0, 1, 0, 1]
    c = tree.candidate(1)
    assert c.path == ["P", "P.1"] and c.parent == "P" and c.citation == "probis.csv baris 3"
    lex = Lexicon.default()
    q = Query.of("uji aplikasi CAWI versi baru", vectors.query(lex.annotate("uji aplikasi CAWI versi baru")), lex,
                 "Tim Aplikasi")
    f = tree_features(tree, q)
    # CAWI is named by P; its testing step inherits it at half weight, the helpdesk nodes not at all
    assert f[:, F["terms"]].tolist() == [1.0, INHERITED, 0.0, 0.0]
    # the person's unit owns P and P.1
    assert f[0, F["unit"]] == f[1, F["unit"]] == 1.0 and f[2, F["unit"]] < 0.5
    assert f[1, F["cover"]] > 0 and f[1, F["depth"]] == 1.0 and f[0, F["depth"]] == 0.0


def test_rhk_link_points_at_the_node_the_rhk_speaks_of(embeddings):
    tree, vectors = _tree(embeddings)
    lex = Lexicon.default()
    rhk = ["Terselesaikannya tiket gangguan jaringan satker", "Tersedianya laporan hasil uji aplikasi"]
    toks = [frozenset(lex.tokens(t)) for t in rhk]
    aff = affinity(vectors.documents(rhk), toks, tree)
    assert int(np.argmax(aff[0])) == 3 and int(np.argmax(aff[1])) in (0, 1)
    q = Query.of("cek koneksi", vectors.query("cek koneksi"), lex)
    f = tree_features(tree, q, RhkContext(vectors.documents(rhk), toks, np.array([0.9, 0.1])))
    assert int(np.argmax(f[:, F["rhk_home"]])) == 3 and f[3, F["rhk_link"]] > f[0, F["rhk_link"]]


def test_example_closeness_makes_the_nearest_example_stand_out():
    col = example_closeness(["A", "B", "C"], {"A": 0.93, "B": 0.88})
    assert col[0] > col[1] > col[2] and col[0] < 0 <= 1 + col[2]
    assert example_closeness(["A"], {}).tolist() == [example_closeness(["A"], {"B": 0.1})[0]]


def test_shortlist_fit_finds_the_feature_that_decides():
    """A synthetic set where the labelled node is always the one with the shared term: the
    conditional logit on the shortlist learns a positive weight for it."""
    rng = np.random.default_rng(3)
    groups = []
    for _ in range(60):
        x = np.zeros((30, len(TREE_FEATURES)))
        x[:, F["cos"]] = rng.normal(0.85, 0.02, 30)
        gold = int(rng.integers(30))
        x[gold, F["terms"]] = 1.0
        x[:, F["cos"]][gold] -= 0.01  # similarity alone would miss it
        g = R._group(x, gold, "probis")
        if g is not None:
            groups.append(g)
    w = R.fit_logit(groups, 0.05)
    assert w[F["terms"]] > 0
    hits = sum(int(np.argmax(x @ w)) == g for x, g in groups)
    assert hits >= 0.9 * len(groups)
    assert len(shortlist(np.zeros((100, len(TREE_FEATURES))), "probis")) == 20


def test_confidence_threshold_keeps_answers_right():
    rng = np.random.default_rng(5)
    rows = []
    for _ in range(400):
        margin = float(rng.uniform(0, 3))
        rows.append((margin, min(0.99, 0.3 + margin / 4), bool(rng.random() < min(0.98, 0.3 + margin / 3))))
    c = R.fit_confidence(rows)
    assert c["a_margin"] > 0 or c["a_prob"] > 0
    conf = np.array([1 / (1 + np.exp(-(c["a_margin"] * m + c["a_prob"] * p + c["bias"]))) for m, p, _ in rows])
    right = np.array([r for _, _, r in rows])
    answered = conf >= c["threshold"]
    assert right[answered].mean() >= R.TARGET_PRECISION and answered.mean() > 0.2


def test_pokin_tree_from_records_keeps_indicators(embeddings):
    node = PokinNode("T1.S1", "Meningkatnya kesehatan ibu", "Sasaran", (), "T1", "Bidan")
    tree = build_tree("pokin", [(node, "pokin.csv baris 3")])
    assert tree.names == ["Meningkatnya kesehatan ibu"] and tree.parent.tolist() == [-1]
    assert json.loads(json.dumps(tree.ids)) == ["T1.S1"]
