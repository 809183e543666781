"""The conversation with one person, kept in the journal: a small explicit state machine.

The state says what the person's next message may be:

- ``items``: activities waiting for a missing duration or output (parsed entries as
  dicts, with the ``field`` asked); the first one is the one asked about, and
  ``question`` is what was asked. Every other complete item was saved already.
- ``edit``: ``{"activity_id": N}``: the next message is the new text of entry N
  ("Ubah" button, ``/ubah N``, ``/ajukan N``).
- ``review``: ``{"activity_id": N, "action": "return"|"comment"}``: the next message
  is the reviewer's reason or comment.
- ``file``: evidence received without saying which entry it belongs to, waiting for
  the person to pick one.

Every message is classified against this state (``agent.conversation``); ``/batal``
cancels one thing at a time, the most specific first (review, edit, file, asked item).
"""
from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from journal.db import Journal
from journal.models import Conversation

SLOTS = ("review", "edit", "file")  # cancelled in this order before the asked item


def _row(s: Session, nip: str) -> Conversation | None:
    return s.get(Conversation, nip)


def load(journal: Journal, nip: str) -> dict[str, Any]:
    """The person's conversation state ({} when nothing is open)."""
    with journal.session() as s:
        row = _row(s, nip)
        return dict(row.state or {}) if row else {}


def write(s: Session, nip: str, changes: dict[str, Any], channel: str | None = None) -> None:
    """Apply ``changes`` (a value of None removes the key) within the caller's transaction."""
    row = _row(s, nip)
    state = dict(row.state or {}) if row else {}
    for k, v in changes.items():
        if v is None or v == []:
            state.pop(k, None)
        else:
            state[k] = v
    if not state.get("items"):
        state.pop("question", None)
    if row is None:
        if state:
            s.add(Conversation(nip=nip, channel=channel or "cli", state=state))
        return
    if not state:
        s.delete(row)
        return
    row.state = state
    if channel:
        row.channel = channel


def update(journal: Journal, nip: str, changes: dict[str, Any], channel: str | None = None) -> None:
    """Apply conversation changes in their own transaction."""
    with journal.session() as s:
        write(s, nip, changes, channel)


def take(journal: Journal, nip: str, slot: str) -> Any:
    """Remove ``slot`` and return what it held (None when it was empty)."""
    with journal.session() as s:
        row = _row(s, nip)
        value = (row.state or {}).get(slot) if row else None
        if value is not None:
            write(s, nip, {slot: None})
        return value


def put_items(journal: Journal, nip: str, items: list[dict], question: str | None, channel: str | None = None) -> None:
    """Replace the waiting items, keeping the question only while something waits."""
    update(journal, nip, {"items": items, "question": question if items else None}, channel)


def question(journal: Journal, nip: str) -> str | None:
    """The question the person still has to answer, if any."""
    return load(journal, nip).get("question")


def cancel_one(journal: Journal, nip: str, next_question=None) -> tuple[str | None, Any]:
    """Cancel the one open thing ``/batal`` means: (slot name, what it held), or (None, None).

    Cancelling the asked item moves the question to the next waiting item;
    ``next_question(item)`` words it."""
    with journal.session() as s:
        row = _row(s, nip)
        state = dict(row.state or {}) if row else {}
        for slot in SLOTS:
            if state.get(slot) is not None:
                write(s, nip, {slot: None})
                return slot, state[slot]
        items = list(state.get("items") or [])
        if not items:
            return None, None
        dropped, rest = items[0], items[1:]
        ask = next_question(rest[0]) if rest and next_question else None
        write(s, nip, {"items": rest, "question": ask})
        return "items", dropped


def clear(journal: Journal, nip: str) -> bool:
    """Drop everything open for the person; True when something was."""
    with journal.session() as s:
        row = _row(s, nip)
        if row is None:
            return False
        s.delete(row)
        return True


def clear_all(journal: Journal, nips) -> int:
    """Clear the open conversations of several people; how many had one."""
    return sum(clear(journal, nip) for nip in nips)
