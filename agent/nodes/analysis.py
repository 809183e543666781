"""retrieve, assess, explain: the analysis of every accepted entry."""
from __future__ import annotations

import time

from agent.analyst.types import Candidate
from agent.context import AgentContext
from agent.explain import explain as explain_one
from agent.retrieve import gather, rhk_candidates


def instansi_of(ctx: AgentContext, state: dict) -> str | None:
    if state.get("mode") == "analyze":
        return state.get("instansi") or ((state.get("profile") or {}).get("agency_id"))
    return (state.get("profile") or {}).get("agency_id") or ctx.config.default_instansi


def retrieve(ctx: AgentContext, state: dict) -> dict:
    t0 = time.perf_counter()
    instansi = instansi_of(ctx, state)
    ctx.warm_up(instansi)
    nip = state.get("nip")
    rhk: list[Candidate] = []
    if nip and ctx.journal is not None and (state.get("mode") != "analyze" or state.get("profile")):
        rhk = rhk_candidates(ctx.person_rhk(nip), ctx.skp_citations(instansi))
    lex = lexicon_of(ctx, state, instansi)
    qvecs, cands = [], []
    for e in state["entries"]:
        text = e.description or e.text
        q = ctx.vectors.query(ctx.query_text(text, lex))
        qvecs.append(q)
        cands.append(gather(ctx.knowledge, ctx.vectors, text, q, instansi, ctx.config.retrieval_k, rhk,
                            ctx.rhk_idf(instansi) if rhk else None, lex))
    return {"qvecs": qvecs, "candidates": cands, "latencies": [(time.perf_counter() - t0) * 1000]}


def lexicon_of(ctx: AgentContext, state: dict, instansi: str | None):
    """The agency's glossary as this person reads it (their jabatan and unit choose among meanings)."""
    profile = state.get("profile") or {}
    job = " ".join(p for p in (profile.get("jabatan"), profile.get("unit")) if p)
    return ctx.lexicon(instansi, job)


def assess(ctx: AgentContext, state: dict) -> dict:
    lex = lexicon_of(ctx, state, instansi_of(ctx, state))
    out = []
    for e, q, c in zip(state["entries"], state["qvecs"], state["candidates"]):
        out.append(ctx.analyst.assess(e.description or e.text, q, c, state.get("profile"), lex))
    return {"assessments": out}


def explain(ctx: AgentContext, state: dict) -> dict:
    for e, a, c in zip(state["entries"], state["assessments"], state["candidates"]):
        explain_one(a, e.description or e.text, has_knowledge=bool(c.get("probis") or c.get("pokin")))
    return {"assessments": state["assessments"]}
