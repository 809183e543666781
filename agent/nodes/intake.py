"""intake, parse and validate: from the raw message to complete, checked entries.

In "log" mode intake first reads the person's conversation (``journal.conversation``)
and classifies the message (``agent.conversation.classify``): an answer completes the
item asked about, a new activity is parsed on its own (the waiting items stay waiting),
a cancel drops only the item asked about, and anything else gets the open question
again. Validation then saves every complete item and queues every incomplete one.
"""
from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from langgraph.runtime import Runtime

from agent import conversation as conv
from agent import texts as M
from agent.context import AgentContext
from agent.errors import UnknownStaffError
from agent.parse import ParsedEntry, fill_from_answer, parse_entry, parse_message
from agent.state import AgentState
from agent.validate import DayBudget, check_date, check_length, missing_field, overlap_warning
from agent.worktext import is_personal, is_work_text, looks_like_code
from journal import activities as A
from journal import conversation as C


def _today(now, tz_name: str):
    if now is None:
        now = datetime.now(UTC)
    if now.tzinfo is not None:
        now = now.astimezone(ZoneInfo(tz_name))
    return now.date()


def intake(state: AgentState, runtime: Runtime[AgentContext]) -> dict:
    """Load the staff profile and the day, and pick up a waiting conversation before anything is parsed."""
    ctx = runtime.context
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
        return {**out, **converse(ctx, state, out["today"])}
    return out


def waiting_lines(queue: list[dict], queued_now: list[dict] = ()) -> list[str]:
    """What is still waiting: the question about the first item, and the items just queued behind it."""
    if not queue:
        return []
    lines = [M.QUEUED.format(what=conv.short(i["entry"]["text"])) for i in queued_now if i is not queue[0]]
    lines.append(M.WAITING.format(question=conv.ask(queue[0])))
    if len(queue) > 1:
        lines.append(M.WAITING_MORE.format(n=len(queue) - 1))
    return lines


def _early(status: str, lines: list[str], queue: list[dict]) -> dict:
    return {"status": status, "reply": "\n\n".join(lines + waiting_lines(queue)),
            "question": conv.ask(queue[0]) if queue else None}


def converse(ctx: AgentContext, state: dict, today) -> dict:
    """What this message is, given what is open: the state machine's one step."""
    nip, text = state["nip"], state["text"]
    open_ = C.load(ctx.journal, nip)
    edit = open_.get("edit")
    if edit is not None:
        done = {"conversation": {"edit": None}}  # the edit slot is used up (written by the save node)
        if conv.is_cancel(text):
            return {**done, "status": "cancelled", "reply": M.EDIT_CANCELLED.format(id=edit["activity_id"])}
        return {**done, "mode": "edit", "activity_id": int(edit["activity_id"])}
    queue = list(open_.get("items") or [])
    kind = conv.classify(text, queue[0] if queue else None, today)
    if kind == conv.CANCEL:
        if not queue:
            return _early("cancelled", [M.NOTHING_TO_CANCEL], [])
        dropped, rest = queue[0], queue[1:]
        what = conv.short(ParsedEntry.from_dict(dropped["entry"]).text)
        return {**_early("cancelled", [M.CANCELLED.format(what=what)], rest),
                "conversation": {"items": rest, "question": conv.ask(rest[0]) if rest else None}}
    if kind == conv.THANKS:
        return _early("noted", [M.THANKS], queue)
    if kind == conv.OTHER:
        return _early("followup", [M.NOT_AN_ANSWER], queue)
    if kind == conv.MANAGE:
        command, number = conv.manage_request(text)
        return _early("noted", [M.MANAGE_HINT.format(command=command, number=number or M.MANAGE_NUMBER)], queue)
    if kind == conv.ANSWER:
        item = queue[0]
        entry = fill_from_answer(ParsedEntry.from_dict(item["entry"]), text, today)
        return {"entries": [entry], "queue": queue[1:], "answering": True,
                "source_ref": item.get("source_ref") or state.get("source_ref"),
                "channel": item.get("channel") or state.get("channel")}
    return {"queue": queue}


def parse(state: AgentState, runtime: Runtime[AgentContext]) -> dict:
    """Refuse text that is not work, then split the message into entries."""
    ctx = runtime.context
    text, mode = state["text"], state.get("mode", "log")
    queue = state.get("queue") or []
    if mode != "analyze":
        problem = check_length(text, ctx.config.min_text_len, ctx.config.max_text_len)
        if problem:
            return _early("rejected", [problem], queue)
        if looks_like_code(text) or not is_work_text(text, has_time=any(c.isdigit() for c in text)):
            return _early("rejected", [M.NOT_WORK], queue)
    if mode == "analyze":
        entries = [parse_entry(text.replace("\n", " "), state["today"], state.get("day"))]
    else:
        entries = parse_message(text, state["today"], state.get("day"))
    if not entries:
        return _early("rejected", [M.NOT_WORK], queue)
    for e in entries:
        e.files = list(state.get("files") or [])
    if mode == "edit":
        if len(entries) > 1:
            return {"status": "rejected", "reply": M.EDIT_MANY.format(n=len(entries))}
        old = A.get_activity(ctx.journal, state["activity_id"], state["nip"])
        e = entries[0]
        if not e.day_explicit:
            e.day = old.day
        if e.minutes is None:
            e.minutes, e.start, e.end = old.minutes, old.start, old.end
        if e.output is None:
            e.output, e.volume = old.output, old.volume
        return {"entries": entries, "old_status": old.status}
    return {"entries": entries}


def validate(state: AgentState, runtime: Runtime[AgentContext]) -> dict:
    """Refuse entries that break the rules, and queue a question for those missing a duration or output."""
    ctx = runtime.context
    mode = state.get("mode", "log")
    entries: list[ParsedEntry] = state["entries"]
    if mode == "analyze":
        return {"warnings": [[] for _ in entries]}
    today, nip = state["today"], state["nip"]
    rejections: list[str] = []
    complete, incomplete = [], []
    for e in entries:
        problem = None
        if is_personal(e.text) or not is_work_text(e.text, has_time=e.minutes is not None):
            problem = M.NOT_WORK_ITEM
        problem = problem or check_date(e, today, ctx.config.max_days_back)
        if problem:
            rejections.append(M.REJECTED_ITEM.format(what=conv.short(e.text), why=problem))
        elif mode == "log" and missing_field(e):
            incomplete.append(conv.waiting_item(e, source_ref=state.get("source_ref"), channel=state.get("channel")))
        else:
            complete.append(e)
    exclude = state.get("activity_id") if mode == "edit" else None
    rows = A.day_rows(ctx.journal, nip, {e.day for e in complete}, exclude)  # budget, duplicates, overlaps
    budget = DayBudget({d: sum(r.minutes for r in rs) for d, rs in rows.items()}, ctx.config.max_minutes_per_day)
    kept, warnings = [], []
    for e in complete:
        problem = budget.check(e)
        if problem:
            rejections.append(M.REJECTED_ITEM.format(what=conv.short(e.text), why=problem))
            continue
        w = []
        dup = A.duplicate_of(rows[e.day], e.text, ctx.config.duplicate_threshold)
        if dup:
            w.append(M.DUPLICATE.format(id=dup))
        overlap = overlap_warning(e, rows[e.day], kept)
        if overlap:
            w.append(overlap)
        warnings.append(w)
        kept.append(e)
    out = {"rejections": rejections, "entries": kept, "warnings": warnings}
    if mode == "log":
        rest = state.get("queue") or []
        queue = incomplete + rest if state.get("answering") else rest + incomplete
        changes = {"items": queue, "question": conv.ask(queue[0]) if queue else None}
        out.update(queue=queue, question=changes["question"], conversation={**(state.get("conversation") or {}),
                                                                             **changes}, queued_now=incomplete)
    if not kept:
        status = "followup" if mode == "log" and out["queue"] and (incomplete or state.get("answering")) \
            else "rejected"
        lines = rejections + (waiting_lines(out["queue"], incomplete) if mode == "log" else [])
        return {**out, "status": status, "reply": "\n\n".join(lines)}
    return out
