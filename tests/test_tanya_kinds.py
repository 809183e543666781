"""The kinds of question added after the second blind set (``tests/realistic_kinds.py``), asked on the
realistic journal; and the pieces that read them: stems, positions, nicknames, paragraphs."""
from __future__ import annotations

import pytest

from agent.tanya import evaldata
from agent.tanya.check import check_blind, realistic_tanya
from tests.realistic_kinds import kinds
from tests.realistic_questions import Data

DATA = Data(evaldata.read())
CASES = kinds(DATA)


@pytest.fixture(scope="module")
def realistic(tmp_path_factory):
    from journal.db import Journal

    journal = Journal(f"sqlite:///{tmp_path_factory.mktemp('kinds')}/journal.db")
    tanya, today = realistic_tanya(journal)
    yield tanya, today
    journal.close()


@pytest.mark.parametrize("asker, question, expect", CASES, ids=[q[:60] for _, q, _ in CASES])
def test_kinds_of_question(realistic, asker, question, expect):
    tanya, today = realistic
    ans = tanya.ask(DATA.nip(asker), question, today=today)
    assert check_blind(expect, ans.facts), (ans.calls, ans.text[:400])
