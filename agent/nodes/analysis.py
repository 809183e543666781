"""retrieve, assess, explain: the analysis of every accepted entry."""
from __future__ import annotations

import time
from dataclasses import replace

from langgraph.runtime import Runtime

from agent.analyst.candidates import rhk_candidates
from agent.analyst.embedded import Inputs
from agent.analyst.scoring import Query
from agent.analyst.types import Candidate
from agent.context import AgentContext
from agent.explain import explain as explain_one
from agent.state import AgentState


def agency_of(ctx: AgentContext, state: dict) -> str | None:
    """The agency to search: analyze mode may name one, otherwise the staff member's or the configured default."""
    if state.get("mode") == "analyze":
        return state.get("agency_id") or ((state.get("profile") or {}).get("agency_id"))
    return (state.get("profile") or {}).get("agency_id") or ctx.config.default_instansi


def make_inputs(ctx: AgentContext, texts: list[str], agency_id: str | None, nip: str | None,
                profile: dict | None, use_examples: bool = True) -> list[Inputs]:
    """What the analyst weighs for each text: the activity read through the agency's glossary as
    the person's job means it, the agency's trees, the person's own RHK and where they work."""
    ctx.warm_up(agency_id)
    profile = profile or {}
    rhk: list[Candidate] = []
    if nip and ctx.journal is not None and profile:
        rhk = rhk_candidates(ctx.person_rhk(nip), ctx.skp_citations(agency_id))
    job = " ".join(p for p in (profile.get("jabatan"), profile.get("unit")) if p)
    lex = ctx.lexicon(agency_id, job)
    agency = ctx.agency(agency_id)
    where = (agency.units.get(nip or "") if agency else None) or \
        ", ".join(p for p in (profile.get("unit"), profile.get("jabatan")) if p)
    idf = ctx.rhk_idf(agency_id) if rhk else {}
    examples = ctx.examples(agency_id) if use_examples else None
    out = []
    for text in texts:
        q = Query.of(text, ctx.vectors.query(ctx.query_text(text, lex)), lex, where or None)
        near = examples.nearest(q.vec, q.tokens, nip) if examples is not None else {}
        out.append(Inputs(q, agency, rhk, idf, near, profile=profile or None))
    return out


def retrieve(state: AgentState, runtime: Runtime[AgentContext]) -> dict:
    """Gather the candidates for every entry, timing it for the reply's latency."""
    ctx = runtime.context
    t0 = time.perf_counter()
    inputs = make_inputs(ctx, [e.description or e.text for e in state["entries"]], agency_of(ctx, state),
                         state.get("nip"), state.get("profile"))
    return {"candidates": inputs, "latencies": [(time.perf_counter() - t0) * 1000]}


def assess(state: AgentState, runtime: Runtime[AgentContext]) -> dict:
    """Let the configured analyst assess every entry against its candidates."""
    return {"assessments": [runtime.context.analyst.assess(inputs) for inputs in state["candidates"]]}


def explain(state: AgentState, runtime: Runtime[AgentContext]) -> dict:
    """Each assessment with its explanation, citations and suggestion (new objects, the state is not mutated)."""
    return {"assessments": [explain_one(replace(a), e.description or e.text, has_knowledge=inputs.agency is not None)
                            for e, a, inputs in zip(state["entries"], state["assessments"], state["candidates"],
                                                    strict=True)]}
