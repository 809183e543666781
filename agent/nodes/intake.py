"""intake, parse and validate: from the raw message to complete, checked entries
(or a follow-up question, or a polite refusal)."""
from __future__ import annotations

from datetime import datetime, timezone
from zoneinfo import ZoneInfo

from agent import messages as M
from agent.context import AgentContext
from agent.errors import UnknownStaffError
from agent.parse import ParsedEntry, fill_from_answer, parse_entry, parse_message
from agent.validate import DayBudget, check_date, check_length, is_work_text, missing_field, question_for
from journal import activities as A


def _today(now, tz_name: str):
    if now is None:
        now = datetime.now(timezone.utc)
    if now.tzinfo is not None:
        now = now.astimezone(ZoneInfo(tz_name))
    return now.date()


def intake(ctx: AgentContext, state: dict) -> dict:
    mode = state.get("mode", "log")
    nip = state.get("nip")
    profile = None
    if nip and ctx.journal is not None:
        p = A.staff_profile(ctx.journal, nip)
        if p is None and mode != "analyze":
            raise UnknownStaffError(nip)
        profile = p and {"nip": p.nip, "name": p.name, "agency_id": p.agency_id, "timezone": p.timezone,
                         "jabatan": p.jabatan, "unit": p.unit}
    tz = (profile or {}).get("timezone") or ctx.config.timezone
    out = {"profile": profile, "today": _today(state.get("now"), tz), "rejections": [], "warnings": [],
           "activity_ids": [], "question": None}
    if mode == "log":
        pending = A.get_pending(ctx.journal, nip)
        if pending is not None:
            return {**out, **answer_pending(ctx, state, pending, out["today"])}
    return {**out, "route": "parse"}


def answer_pending(ctx: AgentContext, state: dict, pending, today) -> dict:
    text = state["text"].strip()
    if text.lower() in M.CANCEL_WORDS:
        A.clear_pending(ctx.journal, state["nip"])
        return {"route": "reply", "status": "rejected", "reply": M.CANCELLED}
    saved = pending.state
    entries = [ParsedEntry.from_dict(e) for e in saved["entries"]]
    i = saved.get("asking", 0)
    if text.lower() in M.NO_OUTPUT_ANSWERS and entries[i].output is None and entries[i].minutes is not None:
        entries[i].output, entries[i].volume = "-", None
    else:
        fill_from_answer(entries[i], text, today)
    return {"route": "validate", "entries": entries,
            "source_ref": state.get("source_ref") or saved.get("source_ref"),
            "channel": state.get("channel") or pending.channel}


def parse(ctx: AgentContext, state: dict) -> dict:
    text, mode = state["text"], state.get("mode", "log")
    if mode != "analyze":
        problem = check_length(text, ctx.config.min_text_len, ctx.config.max_text_len)
        if problem:
            return {"route": "reply", "status": "rejected", "reply": problem}
        if not is_work_text(text):
            return {"route": "reply", "status": "rejected", "reply": M.NOT_WORK}
    if mode == "log":
        entries = parse_message(text, state["today"], state.get("day"))
    else:
        entries = [parse_entry(text.replace("\n", " "), state["today"], state.get("day"))]
    if not entries:
        return {"route": "reply", "status": "rejected", "reply": M.NOT_WORK}
    if mode == "edit":
        old = A.get_activity(ctx.journal, state["activity_id"], state["nip"])
        e = entries[0]
        if not e.day_explicit:
            e.day = old.day
        if e.minutes is None:
            e.minutes, e.start, e.end = old.minutes, old.start, old.end
        if e.output is None:
            e.output, e.volume = old.output, old.volume
    return {"route": "validate", "entries": entries}


def validate(ctx: AgentContext, state: dict) -> dict:
    mode = state.get("mode", "log")
    entries: list[ParsedEntry] = state["entries"]
    if mode == "analyze":
        return {"route": "retrieve", "warnings": [[] for _ in entries]}
    today, nip = state["today"], state["nip"]
    rejections: list[str] = []
    for i, e in enumerate(entries):
        problem = check_date(e, today, ctx.config.max_days_back)
        if problem:
            rejections.append(M.REJECTED_ITEM.format(what=_short(e.text), why=problem))
            e.notes.append("rejected")
    if mode == "log":
        for i, e in enumerate(entries):
            field = None if "rejected" in e.notes else missing_field(e)
            if field:
                question = question_for(e, field)
                A.put_pending(ctx.journal, nip, state.get("channel") or "cli", {
                    "entries": [x.to_dict() for x in entries], "asking": i, "field": field,
                    "source_ref": state.get("source_ref"),
                }, question)
                return {"route": "reply", "status": "followup", "question": question, "reply": question}
    exclude = state.get("activity_id") if mode == "edit" else None
    days = {e.day for e in entries if "rejected" not in e.notes}
    rows = A.day_rows(ctx.journal, nip, days, exclude)  # one query for the budget and the near-duplicates
    budget = DayBudget({d: sum(r[2] for r in rs) for d, rs in rows.items()}, ctx.config.max_minutes_per_day)
    kept, warnings = [], []
    for e in entries:
        if "rejected" in e.notes:
            continue
        problem = budget.check(e)
        if problem:
            rejections.append(M.REJECTED_ITEM.format(what=_short(e.text), why=problem))
            continue
        dup = A.duplicate_of(rows[e.day], e.text, ctx.config.duplicate_threshold)
        warnings.append([M.DUPLICATE.format(id=dup)] if dup else [])
        kept.append(e)
    if not kept:
        if mode == "log":
            A.clear_pending(ctx.journal, nip)
        return {"route": "reply", "status": "rejected", "rejections": rejections, "entries": [],
                "reply": "\n".join(rejections)}
    return {"route": "retrieve", "entries": kept, "rejections": rejections, "warnings": warnings}


def _short(text: str, n: int = 50) -> str:
    return text if len(text) <= n else text[: n - 3] + "..."
