"""Fixtures of the analysis agent: the sample agency ingested once per session
(copied into each test's data folder), graphs on it, and fake chat models."""
from __future__ import annotations

import shutil
import time
from pathlib import Path
from typing import Any

import pytest
from langchain_core.language_models.chat_models import BaseChatModel
from langchain_core.messages import AIMessage
from langchain_core.outputs import ChatGeneration, ChatResult
from langchain_core.runnables import RunnableLambda

NADIA = "199802152022012001"  # Pranata Komputer, Tim Pengembangan Aplikasi
FAJAR = "199611032019121001"  # Statistisi, Tim Integrasi Data
SITI = "199004262014032002"  # Bendahara, Bagian Umum
KRISTIAN = "199109302015031002"  # WIT
PACK_FILES = ("pegawai.csv", "probis.csv", "pokin.csv", "skp.csv")


@pytest.fixture(scope="session")
def agent_template(tmp_path_factory, embeddings) -> Path:
    """A data folder with the sample agency's tables ingested and staff synced."""
    from ingest.pipeline import ingest_paths
    from jejak.services import Services
    from jejak.settings import Settings
    from journal.staff import sync_staff

    root = tmp_path_factory.mktemp("agent-template")
    pack = root / "pack"
    pack.mkdir()
    src = Path(__file__).resolve().parent.parent / "knowledge" / "samples" / "dsis"
    for name in PACK_FILES:
        shutil.copy(src / name, pack / name)
    services = Services(Settings(data_dir=root / "data", _env_file=None))
    try:
        report = ingest_paths(services.knowledge, [pack], agency_id="dsis")
        sync_staff(services.journal, "dsis", report.staff, report.skps)
        services.graph.context.warm_up("dsis")  # saves the vector cache into the template
    finally:
        services.close()
    return root / "data"


@pytest.fixture
def agent_data(agent_template, settings) -> Path:
    """This test's data folder: a copy of the template (KB + journal)."""
    shutil.copytree(agent_template, settings.data_dir, dirs_exist_ok=True)
    return settings.data_dir


@pytest.fixture
def agent_services(agent_data, settings):
    from jejak.services import Services

    services = Services(settings)
    yield services
    services.close()


@pytest.fixture
def agent_graph(agent_services):
    return agent_services.graph


class FakeStructuredChatModel(BaseChatModel):
    """A chat model with ``with_structured_output`` that replays answers.

    Each answer is a dict (validated into the schema), an exception to raise,
    or anything else returned as is. ``delay`` makes it slow; ``calls`` keeps
    the messages it received."""

    answers: list[Any] = []
    delay: float = 0.0
    calls: list[Any] = []
    model_name: str = "fake-structured"

    @property
    def _llm_type(self) -> str:
        return "fake-structured"

    def _generate(self, messages, stop=None, run_manager=None, **kwargs) -> ChatResult:
        return ChatResult(generations=[ChatGeneration(message=AIMessage(content="{}"))])

    def with_structured_output(self, schema, **kwargs):
        def run(messages):
            self.calls.append(messages)
            if self.delay:
                time.sleep(self.delay)
            answer = self.answers[min(len(self.calls) - 1, len(self.answers) - 1)]
            if isinstance(answer, Exception):
                raise answer
            return schema.model_validate(answer) if isinstance(answer, dict) else answer

        return RunnableLambda(run)


@pytest.fixture
def fake_llm():
    def make(answers, delay: float = 0.0) -> FakeStructuredChatModel:
        return FakeStructuredChatModel(answers=list(answers), delay=delay, calls=[])

    return make
