"""Warm-up prepares every RHK of the agency, and the vector cache carries it to the next process."""
import numpy as np

from agent.analyst.candidates import rhk_candidates
from agent.analyst.vectors import Vectors
from journal.activities import agency_rhk, person_rhk
from tests.fixtures_agent import NADIA


def test_agency_rhk_are_everyones_rows(agent_services):
    rows = agency_rhk(agent_services.journal, "dsis")
    assert {r.code for r in person_rhk(agent_services.journal, NADIA)} <= {r.code for r in rows if r.nip == NADIA}
    assert len({r.nip for r in rows}) > 5
    assert agency_rhk(agent_services.journal, "tidak-ada") == []


def test_vector_cache_on_disk_holds_every_rhk(agent_services, agent_data):
    texts = [c.search_text for c in rhk_candidates(agency_rhk(agent_services.journal, "dsis"))]
    (cache,) = (agent_data / "cache").glob("vectors-*.npz")
    with np.load(cache, allow_pickle=False) as data:
        saved = set(map(str, data["texts"]))
    assert set(texts) <= saved
    # a new process (a new embedder object: nothing shared in memory) reads them back from disk
    class SameModel:
        spec = agent_services.knowledge.embeddings.spec

        def embed_documents(self, texts):
            raise AssertionError("embedded again instead of read from the cache")

    model = SameModel()
    fresh = Vectors(model, cache_dir=agent_data / "cache")
    assert fresh.documents(texts).shape[0] == len(texts)
