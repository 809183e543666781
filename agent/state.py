"""The graph state: one chat message (or edit, or batch line) on its way to a reply."""
from __future__ import annotations

from typing import Any, TypedDict


class AgentState(TypedDict, total=False):
    # input
    nip: str | None
    text: str
    channel: str
    source_ref: str | None
    now: Any  # datetime; aware (converted to the person's zone) or naive local time
    mode: str  # "log" (save), "edit" (re-assess an entry), "analyze" (no saving)
    activity_id: int | None  # for "edit"
    instansi: str | None  # for "analyze" without a person
    day: Any  # default date for entries that name none (CLI --tanggal)
    files: list[dict]  # evidence sent with the message (a photo's caption is the activity)
    # working data
    profile: dict[str, Any] | None
    today: Any  # date in the person's zone
    entries: list[Any]  # ParsedEntry
    rejections: list[str]
    warnings: list[list[str]]
    route: str  # next step chosen by a node
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
    # output
    status: str  # "saved" | "followup" | "rejected" | "analyzed"
    question: str | None
    reply: str
    activity_ids: list[int]
    results: list[dict[str, Any]]
