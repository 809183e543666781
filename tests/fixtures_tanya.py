"""Fixtures for monitoring, review, predikat and questions: the generated agency
journal (13 staff in a head / team leads / members hierarchy plus an admin)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest
from langchain_core.language_models.chat_models import BaseChatModel
from langchain_core.messages import AIMessage
from langchain_core.outputs import ChatGeneration, ChatResult

from jejak.settings import Settings

# the configured values a Tanya is built with (their defaults live in jejak.settings only)
DEFAULTS = dict(timezone=Settings.model_fields["timezone"].default,
                standard_hours=Settings.model_fields["daily_standard_hours"].default)


@dataclass
class SynthJournal:
    journal: object
    org: object
    entries: list
    settings: object

    def nip(self, first_name: str) -> str:
        return next(s["nip"] for s in self.org.staff if s["name"].split()[0] == first_name)

    def name(self, first_name: str) -> str:
        return next(s["name"] for s in self.org.staff if s["name"].split()[0] == first_name)

    def entries_of(self, first_name: str, status: str | None = None) -> list[dict]:
        nip = self.nip(first_name)
        return [e for e in self.entries if e["nip"] == nip and (status is None or e["status"] == status)]


@pytest.fixture
def synth_journal(settings, journal, monkeypatch):
    """The evaluation journal written to the data folder the CLI uses."""
    from devtools import tanya_synth as synth
    from tests.conftest import journal_env

    for key, value in journal_env(settings).items():
        monkeypatch.setenv(key, value)
    org, entries = synth.small(journal)
    return SynthJournal(journal, org, entries, settings)


@pytest.fixture
def cli(synth_journal):
    """Run ``jejak`` through ``jejak.cli.main``; returns ``(exit code, stdout + stderr)``."""
    import contextlib
    import io

    from jejak.cli import main

    def run(*args: str) -> tuple[int, str]:
        out = io.StringIO()
        code = 0
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
            try:
                main(list(args))
            except SystemExit as exc:
                code = exc.code if isinstance(exc.code, int) else 1
        return code, out.getvalue()

    return run


class ScriptedChatModel(BaseChatModel):
    """Replays scripted AI messages; records the tools it was bound to and what it saw."""

    script: list[Any]
    bound: list[str] = []
    seen: list[list[Any]] = []

    @property
    def _llm_type(self) -> str:
        return "scripted"

    def bind_tools(self, tools, **kwargs):
        self.bound = [t.name for t in tools]
        return self

    def _generate(self, messages, stop=None, run_manager=None, **kwargs) -> ChatResult:
        self.seen.append(list(messages))
        step = self.script[len(self.seen) - 1]
        if isinstance(step, Exception):
            raise step
        return ChatResult(generations=[ChatGeneration(message=step)])


def call(name: str, args: dict, i: int = 1) -> AIMessage:
    return AIMessage(content="", tool_calls=[{"name": name, "args": args, "id": f"call_{i}", "type": "tool_call"}])


@pytest.fixture(scope="module")
def realistic(tmp_path_factory):
    """``(tanya, today)`` over the realistic evaluation journal (the blind sets' journal), one per module."""
    from agent.tanya.check import realistic_tanya
    from journal.db import Journal

    journal = Journal(f"sqlite:///{tmp_path_factory.mktemp('realistic')}/journal.db")
    yield realistic_tanya(journal, **DEFAULTS)
    journal.close()
