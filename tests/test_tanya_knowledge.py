"""Process names in questions resolved through the agency's knowledge base."""
from __future__ import annotations

from datetime import date

from agent.tanya.names import Directory
from agent.tanya.tools import Toolbox
from journal.scope import Scope
from tests.fixtures_tanya import DEFAULTS


def test_process_phrase_resolved_by_knowledge_search(sample_kb, journal):
    box = Toolbox(journal, "1", Directory([]), today=date(2026, 11, 20), knowledge=sample_kb,
                  standard_hours=DEFAULTS["standard_hours"])
    scope = Scope("1", "Uji", "admin", "dsis", None, frozenset({"1"}))
    found = box.resolve_process(scope, "penyusunan anggaran")
    assert "PB-5.1" in [i for i, _ in found], found
    assert box.resolve_process(scope, "helpdesk tiket gangguan")[0][0] == "PB-4.1"
