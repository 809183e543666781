"""What the bot, the CLI and batch runs call: one chat line in, a ``LogResult`` out."""
from __future__ import annotations

import asyncio
from concurrent.futures import Executor
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from typing import Any

from journal import conversation as C
from knowledge.errors import UserError


@dataclass
class LogResult:
    status: str  # "saved" | "followup" | "rejected" | "cancelled" | "noted"
    reply: str  # Indonesian text for the user
    question: str | None = None  # the question still open after this message, if any
    activity_ids: list[int] = field(default_factory=list)
    results: list[dict] = field(default_factory=list)  # per entry: parsed fields + assessment

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _result(out: dict) -> LogResult:
    return LogResult(
        status=out.get("status") or "rejected", reply=out.get("reply") or "", question=out.get("question"),
        activity_ids=list(out.get("activity_ids") or []), results=list(out.get("results") or []),
    )


def _log_input(nip: str, text: str, channel: str, source_ref: str | None, now: datetime | None,
               files: list[dict] | None = None) -> dict:
    return {"mode": "log", "nip": nip, "text": text, "channel": channel, "source_ref": source_ref, "now": now,
            "files": list(files or [])}


def _edit_input(activity_id: int, nip: str, text: str, now: datetime | None) -> dict:
    return {"mode": "edit", "nip": nip, "text": text, "activity_id": activity_id, "now": now, "channel": "edit"}


async def _run(graph, state: dict, executor: Executor | None) -> LogResult:
    """The whole graph in one worker thread: its nodes are synchronous, and ``ainvoke``
    would hop to a thread and back for every node (about 8 hand-offs per message)."""
    try:
        return _result(await asyncio.get_running_loop().run_in_executor(executor, graph.invoke, state))
    except UserError as exc:  # a user's mistake (of any layer) becomes a reply, never a crash
        return LogResult(status="rejected", reply=str(exc))


async def log_text(graph, *, nip: str, text: str, channel: str, source_ref: str | None = None,
                   now: datetime | None = None, executor: Executor | None = None,
                   files: list[dict] | None = None) -> LogResult:
    """Run the graph on one chat message: an answer to the open question, new activities, a cancel...
    (``agent.conversation``). ``files`` are attached to the entries the message saves (a caption).

    ``executor`` runs the graph (the event loop's default executor when None)."""
    return await _run(graph, _log_input(nip, text, channel, source_ref, now, files), executor)


async def edit_text(graph, *, activity_id: int, nip: str, text: str, now: datetime | None = None,
                    executor: Executor | None = None) -> LogResult:
    """Re-parse and re-assess an existing entry (edited message, /ubah)."""
    return await _run(graph, _edit_input(activity_id, nip, text, now), executor)


def log_text_sync(graph, *, nip: str, text: str, channel: str = "cli", source_ref: str | None = None,
                  now: datetime | None = None, day: date | None = None) -> LogResult:
    """Log a message synchronously, for the CLI and batch jobs."""
    return _result(graph.invoke({**_log_input(nip, text, channel, source_ref, now), "day": day}))


def edit_text_sync(graph, *, activity_id: int, nip: str, text: str, now: datetime | None = None) -> LogResult:
    """Rewrite a logged activity from new text synchronously, for the CLI."""
    return _result(graph.invoke(_edit_input(activity_id, nip, text, now)))


def analyze_text(graph, text: str, *, agency_id: str | None = None, nip: str | None = None,
                 now: datetime | None = None) -> dict:
    """Assess one activity without saving (batch, eval): the first entry's result."""
    out = graph.invoke({"mode": "analyze", "text": text, "nip": nip, "agency_id": agency_id, "now": now})
    results = out.get("results") or []
    return results[0] if results else {}


@dataclass
class Cancelled:
    kind: str | None  # "items" | "edit" | "review" | "file" | None (nothing was open)
    value: Any  # what the slot held
    reply: str  # for "items", "edit" and None; the caller words "review" and "file"


def cancel(journal, nip: str) -> Cancelled:
    """``/batal``: cancel the one thing open (the asked item only, never the whole message)."""
    from agent import conversation as conv
    from agent import texts as M
    from agent.nodes.intake import waiting_lines
    from agent.parse import ParsedEntry

    kind, value = C.cancel_one(journal, nip, conv.ask)
    if kind is None:
        return Cancelled(None, None, M.NOTHING_TO_CANCEL)
    if kind == "edit":
        return Cancelled(kind, value, M.EDIT_CANCELLED.format(id=value["activity_id"]))
    if kind != "items":
        return Cancelled(kind, value, "")
    rest = C.load(journal, nip).get("items") or []
    what = conv.short(ParsedEntry.from_dict(value["entry"]).text)
    return Cancelled(kind, value, "\n\n".join([M.CANCELLED.format(what=what)] + waiting_lines(rest)))


def pending_question(journal, nip: str) -> str | None:
    """The question the staff member still has to answer, if any."""
    return C.question(journal, nip)
