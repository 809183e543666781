"""The graph state: one chat message (or edit, or batch line) on its way to a reply."""
from __future__ import annotations

from typing import Any, TypedDict


class AgentInput(TypedDict, total=False):
    """What a caller gives: one chat message, an edit, or a batch line."""

    nip: str | None
    text: str
    channel: str
    source_ref: str | None
    now: Any  # datetime; aware (converted to the person's zone) or naive local time
    mode: str  # "log" (save), "edit" (re-assess an entry), "analyze" (no saving)
    activity_id: int | None  # for "edit"
    agency_id: str | None  # for "analyze" without a person
    day: Any  # default date for entries that name none (CLI --tanggal)
    files: list[dict]  # evidence sent with the message (a photo's caption is the activity)


class AgentOutput(TypedDict, total=False):
    """What a caller gets back."""

    status: str  # "saved" | "followup" | "rejected" | "analyzed" | "cancelled" | "noted"
    question: str | None
    reply: str
    activity_ids: list[int]
    results: list[dict[str, Any]]


class AgentState(AgentInput, AgentOutput, total=False):
    """The message on its way through the graph."""

    profile: dict[str, Any] | None
    today: Any  # date in the person's zone
    entries: list[Any]  # ParsedEntry
    rejections: list[str]
    warnings: list[list[str]]
    t0: float  # perf_counter at intake
    candidates: list[Any]  # analyst.embedded.Inputs per entry
    assessments: list[Any]  # analyst.types.Assessment
    latencies: list[float]
    # the conversation (journal.conversation)
    queue: list[dict]  # items waiting for an answer after this message, the asked one first
    queued_now: list[dict]  # items of this message that wait
    answering: bool  # the message answered the asked item
    conversation: dict  # changes written with the saved entries
    old_status: str | None  # "edit": the entry's status before (a returned entry is resubmitted)
