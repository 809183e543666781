"""save and reply: the journal is written first, then the reply is composed."""
from __future__ import annotations

import time
from typing import Any

from langgraph.runtime import Runtime

from agent import texts as M
from agent.analyst.types import Assessment, Match
from agent.context import AgentContext
from agent.nodes.intake import waiting_lines
from agent.parse import ParsedEntry
from agent.state import AgentState
from agent.validate import output_for_journal
from journal import activities as A
from journal import conversation as C
from journal.calendar import fmt_day, fmt_minutes
from journal.errors import Refused

CHOICES = 4  # candidates kept with a saved entry per kind: what a one-tap correction offers


def assessment_columns(a: Assessment, latency_ms: float | None) -> dict[str, Any]:
    """The journal's assessment columns for an analyst's answer."""
    return {
        "analyst": a.analyst, "analyst_note": a.analyst_note, "latency_ms": latency_ms,
        "berakhlak": list(a.berakhlak), "berakhlak_scores": dict(a.scores), "berakhlak_evidence": dict(a.evidence),
        "primary_value": a.berakhlak[0] if a.berakhlak else None,
        "probis_id": a.probis.id if a.probis else None, "probis_name": a.probis.text if a.probis else None,
        "probis_level": a.probis.level if a.probis else "none", "probis_score": a.probis.score if a.probis else 0.0,
        "pokin_id": a.pokin.id if a.pokin else None,
        "pokin_text": (a.pokin.detail or a.pokin.text) if a.pokin else None,
        "pokin_level": a.pokin.level if a.pokin else "none", "pokin_score": a.pokin.score if a.pokin else 0.0,
        "rhk_code": a.rhk.id if a.rhk else None, "rhk_text": a.rhk.text if a.rhk else None,
        "rhk_score": a.rhk.score if a.rhk else 0.0,
        "explanation": a.explanation, "citations": list(a.citations),
        "alternatives": {kind: [{"id": m.id, "text": m.text} for m in ms[:CHOICES]]
                         for kind, ms in a.alternatives.items()},
    }


def activity_fields(e: ParsedEntry) -> dict[str, Any]:
    """The journal columns of a parsed entry."""
    output, volume = output_for_journal(e)
    return {"day": e.day, "start": e.start, "end": e.end, "minutes": e.minutes, "text": e.text,
            "description": e.description, "output": output, "volume": volume}


def _latency(state: dict) -> float | None:
    t0 = state.get("t0")
    n = max(1, len(state.get("entries") or []))
    return round((time.perf_counter() - t0) * 1000 / n, 1) if t0 else None


def save(state: AgentState, runtime: Runtime[AgentContext]) -> dict:
    """The one node that writes: the entries with the conversation's changes in one transaction, an
    edited entry, or, when nothing is saved, only the conversation (a cancel, a queued question)."""
    ctx = runtime.context
    mode, nip = state.get("mode", "log"), state["nip"]
    if not state.get("assessments"):
        if state.get("conversation") is not None:
            C.update(ctx.journal, nip, state["conversation"], state.get("channel"))
        return {}
    lat = _latency(state)
    pairs = [(activity_fields(e), assessment_columns(a, lat))
             for e, a in zip(state["entries"], state["assessments"], strict=True)]
    budget = ctx.config.max_minutes_per_day
    try:
        if mode == "edit":
            fields, cols = pairs[0]
            A.update_activity(ctx.journal, state["activity_id"], fields, cols, nip=nip, max_minutes=budget)
            if state.get("conversation") is not None:
                C.update(ctx.journal, nip, state["conversation"], state.get("channel"))
            ids = [state["activity_id"]]
        else:
            ids = A.save_activities(ctx.journal, nip, state["profile"]["agency_id"], pairs,
                                    channel=state.get("channel") or "cli", source_ref=state.get("source_ref"),
                                    evidence=[e.files for e in state["entries"]],
                                    conversation_changes=state.get("conversation"), max_minutes=budget)
    except Refused as exc:  # over the day (another message was saved since validation) or a text too long
        return refused(ctx, state, str(exc))
    return {"activity_ids": ids, "status": "saved"}


def refused(ctx: AgentContext, state: dict, why: str) -> dict:
    """Nothing was saved: the reason, and the conversation moves on as when validation refuses."""
    mode, nip = state.get("mode", "log"), state["nip"]
    lines = [why, *(state.get("rejections") or [])]
    status = "rejected"
    if mode == "log" and state.get("conversation") is not None:
        C.update(ctx.journal, nip, state["conversation"], state.get("channel"))
        queue, incomplete = state.get("queue") or [], state.get("queued_now") or []
        lines += waiting_lines(queue, incomplete)
        if queue and (incomplete or state.get("answering")):
            status = "followup"
    return {"activity_ids": [], "status": status, "reply": "\n\n".join(lines)}


def _match(m: Match | None, detail_key: str = "detail") -> dict | None:
    if m is None:
        return None
    d = {"id": m.id, "name": m.text, "level": m.level, "score": m.score, "citation": m.citation, "path": list(m.path)}
    if m.detail:
        d[detail_key] = m.detail
    return d


def result_dict(e: ParsedEntry, a: Assessment, activity_id: int | None, warnings: list[str],
                latency_ms: float | None) -> dict[str, Any]:
    """One analyzed entry as a plain dict, the shape the CLI, the bot and the web show."""
    output, volume = output_for_journal(e)
    return {
        "activity_id": activity_id, "text": e.text, "description": e.description,
        "day": e.day.isoformat() if e.day else None,
        "start": e.start.strftime("%H:%M") if e.start else None, "end": e.end.strftime("%H:%M") if e.end else None,
        "minutes": e.minutes, "output": output, "volume": volume,
        "berakhlak": list(a.berakhlak), "berakhlak_ranking": list(a.ranking), "berakhlak_scores": dict(a.scores),
        "berakhlak_evidence": dict(a.evidence),
        "probis": _match(a.probis, "output"), "pokin": _match(a.pokin, "indicator"), "rhk": _match(a.rhk, "indicator"),
        "explanation": a.explanation, "citations": list(a.citations), "suggestion": a.suggestion,
        "analyst": a.analyst, "analyst_note": a.analyst_note, "warnings": warnings, "latency_ms": latency_ms,
        "alternatives": {kind: [{"id": m.id, "name": m.text, "score": m.score} for m in ms]
                         for kind, ms in a.alternatives.items()},
        "evidence": len(e.files),
    }


def _header(mode: str, e: ParsedEntry, activity_id: int | None) -> str:
    output, volume = output_for_journal(e)
    out = f", {volume:g} {output}" if output and volume else (f", {output}" if output else "")
    template = {"log": M.SAVED_HEADER, "edit": M.UPDATED_HEADER}.get(mode, M.ANALYZED_HEADER)
    return template.format(id=activity_id, day=fmt_day(e.day), duration=fmt_minutes(e.minutes), output=out)


def reply(state: AgentState, runtime: Runtime[AgentContext]) -> dict:
    """Build the reply text and the per-entry results from the assessments."""
    if not state.get("assessments"):  # answered before any analysis (a refusal, a question, a cancel)
        return {"results": [], "activity_ids": state.get("activity_ids") or []}
    if state.get("assessments") and state.get("status") in ("rejected", "followup") \
            and state.get("mode", "log") != "analyze":  # refused when saving (``refused``)
        return {"results": [], "activity_ids": []}
    mode = state.get("mode", "log")
    ids = state.get("activity_ids") or [None] * len(state["entries"])
    lat = _latency(state)
    warnings = state.get("warnings") or [[] for _ in state["entries"]]
    parts, results = [], []
    for e, a, i, w in zip(state["entries"], state["assessments"], ids, warnings, strict=False):
        parts.append("\n".join([_header(mode, e, i), a.explanation] + list(w)))
        r = result_dict(e, a, i, list(w), lat)
        if mode == "edit":
            r["resubmitted"] = state.get("old_status") == "returned"
        results.append(r)
    parts.extend(state.get("rejections") or [])
    if mode == "log":
        parts.extend(waiting_lines(state.get("queue") or [], state.get("queued_now") or []))
    status = state.get("status") or ("analyzed" if mode == "analyze" else "saved")
    return {"reply": "\n\n".join(parts), "results": results, "status": status}
