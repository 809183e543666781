"""The analysis graph: intake -> parse -> validate -> retrieve -> assess -> explain -> save -> reply.

``compile_graph`` is the LangGraph graph alone: its collaborators come at run time as the
``AgentContext`` (``context_schema``), so tests run it with fakes. ``build_graph`` pairs it
with a context built from the knowledge base, the journal and the configuration: that is
what the CLI, the bot and batch runs hold. Routers decide from the state what comes next;
only ``save`` writes to the journal.
"""
from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from langgraph.graph import END, START, StateGraph
from langgraph.runtime import Runtime

from agent.analyst import calibration
from agent.analyst.embedded import EmbeddedAnalyst
from agent.analyst.vectors import Vectors
from agent.configuration import AgentConfig
from agent.context import AgentContext
from agent.errors import AgentError
from agent.nodes import analysis, intake, output
from agent.state import AgentInput, AgentOutput, AgentState
from knowledge.embeddings import embedder_name


def make_context(*, knowledge, journal, config, chat_model=None, embeddings=None) -> AgentContext:
    """The collaborators of one process: ``config`` is jejak Settings (or an object with its names)."""
    cfg = AgentConfig.from_settings(config)
    embeddings = embeddings if embeddings is not None else getattr(knowledge, "embeddings", None)
    if embeddings is None:
        raise AgentError("Analis butuh embedder: buka basis pengetahuan (KnowledgeBase) atau berikan embeddings.")
    data_dir = getattr(config, "data_dir", None)
    vectors = Vectors(embeddings, cache_dir=Path(data_dir) / "cache" if data_dir else None)
    embedded = EmbeddedAnalyst(vectors, calibration.load(cfg.calibration_file, embedder_name(embeddings)))
    analyst: Any = embedded
    if chat_model is not None:
        from agent.analyst.llm import LlmAnalyst

        analyst = LlmAnalyst(chat_model, embedded, timeout=cfg.llm_timeout)
    return AgentContext(knowledge=knowledge, journal=journal, config=cfg, vectors=vectors,
                        embedded=embedded, analyst=analyst)


def _answered(state: AgentState) -> bool:
    """A reply was decided before any analysis (a refusal, a question, a cancel)."""
    return state.get("reply") is not None


def _finish(state: AgentState) -> Literal["save", "reply"]:
    """An early reply still writes what the conversation changed (a cancel, a queued question)."""
    return "save" if state.get("conversation") is not None and state.get("mode", "log") != "analyze" else "reply"


def after_intake(state: AgentState) -> Literal["parse", "validate", "save", "reply"]:
    """Route after intake: an early reply ends the turn, a waiting answer completes entries, otherwise parse."""
    if _answered(state):
        return _finish(state)
    return "validate" if state.get("entries") else "parse"


def after_parse(state: AgentState) -> Literal["validate", "save", "reply"]:
    """Route after parsing: a refusal or question ends the turn, otherwise validate."""
    return _finish(state) if _answered(state) else "validate"


def after_validate(state: AgentState) -> Literal["retrieve", "save", "reply"]:
    """Route after validation: a refusal or question ends the turn, otherwise retrieve candidates."""
    return _finish(state) if _answered(state) else "retrieve"


def after_explain(state: AgentState) -> Literal["save", "reply"]:
    """Route after the explanation: analyze mode only replies, the other modes save first."""
    return "reply" if state.get("mode") == "analyze" else "save"


def start(state: AgentState, runtime: Runtime[AgentContext]) -> dict:
    """The entry node: intake, plus the start time for the reply's latency."""
    return {**intake.intake(state, runtime), "t0": time.perf_counter()}


def compile_graph():
    """The graph alone (collaborators are given as ``context`` when it runs)."""
    g = StateGraph(AgentState, context_schema=AgentContext, input_schema=AgentInput, output_schema=AgentOutput)
    g.add_node("intake", start)
    g.add_node("parse", intake.parse)
    g.add_node("validate", intake.validate)
    g.add_node("retrieve", analysis.retrieve)
    g.add_node("assess", analysis.assess)
    g.add_node("explain", analysis.explain)
    g.add_node("save", output.save)
    g.add_node("reply", output.reply)
    g.add_edge(START, "intake")
    g.add_conditional_edges("intake", after_intake)
    g.add_conditional_edges("parse", after_parse)
    g.add_conditional_edges("validate", after_validate)
    g.add_edge("retrieve", "assess")
    g.add_edge("assess", "explain")
    g.add_conditional_edges("explain", after_explain)
    g.add_edge("save", "reply")
    g.add_edge("reply", END)
    return g.compile()


@dataclass
class Analysis:
    """The compiled graph with the collaborators it runs with."""

    graph: Any
    context: AgentContext

    def invoke(self, state: dict) -> dict:
        return self.graph.invoke(state, context=self.context)

    def stream(self, state: dict, **kwargs):
        return self.graph.stream(state, context=self.context, **kwargs)


def build_graph(*, knowledge, journal, config, chat_model=None, embeddings=None) -> Analysis:
    """The graph and its context for this process (the CLI, the bot, batch runs, tests)."""
    return Analysis(compile_graph(), make_context(knowledge=knowledge, journal=journal, config=config,
                                                  chat_model=chat_model, embeddings=embeddings))
