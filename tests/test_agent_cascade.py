"""The SKP cascade: a person's RHK belongs to the node of their supervisor's RHK
or to one of its descendants, and that node guides the pokin choice."""
import json

from agent.analyst.cascade import build, cascade_for
from agent.analyst.vectors import Vectors
from agent.retrieve import gather, rhk_candidates
from journal.activities import person_rhk
from tests.fixtures_agent import NADIA, SITI


def _meta(kind, rec):
    return {"type": kind, "record": json.dumps(rec), "source": f"{kind}.csv", "row": 2}


def test_supervisor_node_bounds_the_home(embeddings):
    metas = [
        _meta("pokin", {"id": "A", "statement": "Tertibnya pengelolaan keuangan kantor", "parent": None}),
        _meta("pokin", {"id": "A.1", "statement": "Tersusunnya SPJ kegiatan", "parent": "A"}),
        _meta("pokin", {"id": "B", "statement": "Tersusunnya SPJ perjalanan dinas luar negeri", "parent": None}),
        _meta("staff", {"nip": "boss", "supervisor_nip": None}),
        _meta("staff", {"nip": "me", "supervisor_nip": "boss"}),
        _meta("skp", {"nip": "boss", "period": "2026", "rhk": {"id": "R1", "text": "Tertibnya pengelolaan keuangan"}}),
    ]
    cascade = build(metas, [True] * len(metas))
    vectors = Vectors(embeddings)
    # with the supervisor's RHK, only A and its descendants are eligible
    home = cascade.home(vectors, "pokin", "me", "2026", "R9", "Tersusunnya SPJ perjalanan dinas", "R1")
    assert home in {"A", "A.1"}
    assert cascade.trees["pokin"].ancestors("A.1") == ["A"] and cascade.trees["pokin"].subtree("A") == {"A", "A.1"}
    # without one, the best fit anywhere
    assert cascade.home(vectors, "pokin", "me", "2026", "R8", "Tersusunnya SPJ perjalanan dinas luar negeri",
                        None) == "B"


def test_sample_agency_rhk_get_their_homes(agent_services):
    services = agent_services
    ctx = services.graph.context
    ctx.warm_up("dsis")
    assert cascade_for(services.knowledge, "dsis") is cascade_for(services.knowledge, "dsis")  # cached
    text = "fix 4 tiket bug SOBAT: validasi NIK, paging, export excel"
    q = ctx.vectors.query(ctx.query_text(text))
    found = gather(services.knowledge, ctx.vectors, text, q, "dsis", 8, rhk_candidates(person_rhk(services.journal, NADIA)))
    homes = {c.id: c.home for c in found["rhk"]}
    # Nadia's RHK-2 (bug fixes) supports her lead's "modul administrasi mitra SOBAT": the SOBAT branch
    assert homes["RHK-2"]["pokin"].startswith("PK-1.1.2")
    pokin_ids = {c.id for c in found["pokin"]}
    assert all(h["pokin"] in pokin_ids for h in homes.values())  # every home node is a candidate
    # the bendahara's RHK stay under the Bagian Umum branch of the tree
    found = gather(services.knowledge, ctx.vectors, "setor PPh 21", ctx.vectors.query("setor PPh 21"), "dsis", 8,
                   rhk_candidates(person_rhk(services.journal, SITI)))
    assert all(c.home["pokin"].startswith("PK-1.5") for c in found["rhk"])
