"""The conversation corpus: 133 messy chat scenarios written blind (from the rules, not the parser),
each played through the emulator and the real bot with the clock at the scenario's time, and
checked against the facts stored in the journal (entries, minutes, dates, outputs, owner,
status, evidence, waiting questions, account links), the turns refused or warned, and who
was told what."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.e2e.corpus_play import REFUSAL, WARNING, Journalist, Player, assign

CORPUS = Path(__file__).parent / "data" / "chat_corpus.jsonl"
SCENARIOS = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]
FIELDS = ("day", "minutes", "start", "end", "output", "volume", "status", "evidence", "deleted")


@pytest.fixture(scope="module")
def player(tg_emulator, bot_template, bot_embeddings, tmp_path_factory):
    from pydantic import SecretStr

    from bot.app import build_application
    from bot.clock import Clock
    from devtools.emulator import BotRunner
    from jejak.services import Services
    from jejak.settings import Settings
    from journal.db import Journal

    data = tmp_path_factory.mktemp("corpus") / "data"
    shutil.copytree(bot_template, data)
    settings = Settings(data_dir=data, _env_file=None, telegram_token=SecretStr("424242:JEJAK-CORPUS"),
                        telegram_base_url=tg_emulator.url, rate_limit_per_minute=0)
    clock = Clock()

    def build():
        svc = Services(settings)
        svc.__dict__["embeddings"] = bot_embeddings
        return build_application(settings, svc, clock=clock)

    runner = BotRunner(build).start()
    journal = Journal(settings.db_url)
    try:
        yield Player(tg_emulator, "424242:JEJAK-CORPUS", Journalist(journal), clock)
    finally:
        journal.close()
        runner.stop()


def _refused(texts: list[str]) -> bool:
    return any(mark in t for t in texts for mark in REFUSAL)


@pytest.mark.parametrize("scenario", SCENARIOS, ids=[s["id"] for s in SCENARIOS])
def test_scenario(player, scenario):
    seen = player.play(scenario)
    expect = scenario["expect"]
    problems = []
    for actor, wants in expect.get("entries", {}).items():
        nip = player.nip(actor) or player.j.linked(player.tg(actor))
        rows = player.j.entries(nip) if nip else []
        if expect.get("exact") and len(rows) != len(wants):
            problems.append(f"{actor}: {len(rows)} entries stored, {len(wants)} expected: "
                            f"{[(r['text'], r['minutes'], r['output']) for r in rows]}")
        got = assign(rows, wants)
        if got is None:
            problems.append(f"{actor}: entries do not match {[w['text_has'] for w in wants]}: "
                            f"{[r['text'] for r in rows]}")
            continue
        for w in wants:
            row = got[w["ref"]]
            for f in FIELDS:
                if f in w and row[f] != w[f] and not (f == "volume" and w[f] is not None and row[f] == float(w[f])):
                    problems.append(f"{actor} {w['ref']} {f}: stored {row[f]!r}, expected {w[f]!r} ({row['text']!r})")
    for actor, n in (expect.get("pending") or {}).items():
        nip = player.nip(actor) or player.j.linked(player.tg(actor))
        waiting = player.j.pending(nip) if nip else 0
        if waiting != n:
            problems.append(f"{actor}: {waiting} items waiting, {n} expected")
    for actor, nip in (expect.get("linked") or {}).items():
        if player.j.linked(player.tg(actor)) != nip:
            problems.append(f"{actor}: linked to {player.j.linked(player.tg(actor))}, expected {nip}")
    for i in expect.get("refused_turns") or []:
        if not _refused(seen["turns"][i]):
            problems.append(f"turn {i} not refused: {seen['turns'][i]}")
    warned = set(expect.get("warned_turns") or [])
    for i, texts in enumerate(seen["turns"]):
        if (i in warned) != any(WARNING in t for t in texts):
            problems.append(f"turn {i} {'not ' if i in warned else ''}warned: {texts}")
    for actor, needles in (expect.get("notified") or {}).items():
        told = " ".join(seen["seen"].get(player.tg(actor), [])).lower()
        for needle in needles:
            if needle.lower() not in told:
                problems.append(f"{actor} was not told '{needle}'")
    assert not problems, "\n".join(problems + [f"replies: {seen['turns']}"])
