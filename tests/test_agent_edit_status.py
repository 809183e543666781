"""Issue 6: a returned entry edited by its owner goes back to the supervisor."""
from datetime import datetime

from agent.runner import edit_text_sync, log_text_sync
from journal.activities import set_status
from journal.models import Activity, Review
from tests.fixtures_agent import NADIA

NOW = datetime(2026, 11, 25, 10, 0)


def _status(journal, aid):
    with journal.session() as s:
        return s.get(Activity, aid).status


def test_editing_a_returned_entry_submits_it_again(agent_graph, agent_services):
    journal = agent_services.journal
    aid = log_text_sync(agent_graph, nip=NADIA, text="perbaikan bug SOBAT 1 jam, 2 tiket", now=NOW).activity_ids[0]
    set_status(journal, aid, "returned")
    r = edit_text_sync(agent_graph, activity_id=aid, nip=NADIA, text="perbaikan bug login SOBAT 2 jam, 3 tiket",
                       now=NOW)
    assert r.status == "saved"
    assert _status(journal, aid) == "submitted"
    with journal.session() as s:
        actions = [rv.action for rv in s.query(Review).filter(Review.activity_id == aid)]
    assert actions == ["resubmit"]


def test_editing_an_approved_entry_keeps_its_status(agent_graph, agent_services):
    journal = agent_services.journal
    aid = log_text_sync(agent_graph, nip=NADIA, text="perbaikan bug SOBAT 1 jam, 2 tiket", now=NOW).activity_ids[0]
    set_status(journal, aid, "approved")
    edit_text_sync(agent_graph, activity_id=aid, nip=NADIA, text="perbaikan bug SOBAT 2 jam, 2 tiket", now=NOW)
    assert _status(journal, aid) == "approved"
