"""The old evaluation set of ``jejak eval tanya``: questions with expected facts over the stored
synthetic journal (``data/journal_synth.json``; both written by ``devtools.tanya_synth``)."""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path

QUESTIONS = Path(__file__).parent / "data" / "questions.jsonl"


@dataclass
class Case:
    asker: str
    question: str
    expect: dict


def load_questions(path: Path = QUESTIONS) -> list[Case]:
    """Read the old evaluation questions and their expected facts."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [Case(r["asker"], r["question"], r["expect"]) for r in rows]


def check(expect: dict, facts: dict) -> bool:
    """Does the answer carry the expected facts?"""
    for key, want in expect.items():
        got = facts.get(key)
        if isinstance(want, float) or (isinstance(want, int) and isinstance(got, float)):
            if got is None or abs(float(got) - float(want)) > 0.01:
                return False
        elif isinstance(want, list):
            if sorted(got or []) != sorted(want):
                return False
        elif got != want:
            return False
    return True


def run_eval(tanya, cases: list[Case], today: date) -> tuple[float, list[tuple[Case, object, bool]]]:
    """Ask every question; the share answered correctly and each result."""
    results = []
    for c in cases:
        ans = tanya.ask(c.asker, c.question, today=today)
        results.append((c, ans, check(c.expect, ans.facts)))
    return sum(ok for _, _, ok in results) / max(len(results), 1), results


