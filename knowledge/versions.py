"""Which version of each document readers see, and what a crashed write left behind.

A document version becomes visible only when it is complete: ``put_document`` writes the new
version's chunks under their own ids (``<doc>::v<N>::<n>``, marked ``pv``), then switches the
document's POINTER record (``<doc>::pointer``: one upsert, atomic) to the new version, then
deletes the old chunks. Whatever step a process dies at, readers see either the old version
or the new one, whole. ``remove`` first turns the pointer into a tombstone (version 0).

Documents stored before pointers existed have none; their latest version is the visible one
until the next write adopts them. Chunks that are not visible (a version staged by a process
that died, an old version not yet deleted) are garbage: ``garbage`` finds the ones whose
writer is gone, and the writers delete them.
"""
from __future__ import annotations

import os
import socket
import time
from typing import Any

POINTER = "pointer"
STALE_SECONDS = 3600.0  # garbage of a writer on another machine counts as abandoned after this long


def writer_id() -> str:
    """Who writes a version (host and process), to tell concurrent writers apart."""
    return f"{socket.gethostname()}:{os.getpid()}"


def pointer_id(doc_id: str) -> str:
    """The id of a document's version pointer record."""
    return f"{doc_id}::{POINTER}"


def is_pointer(meta: dict[str, Any]) -> bool:
    """The record is a version pointer, not a chunk of text."""
    return meta.get("kind") == POINTER


def live_versions(metadatas) -> dict[str, int]:
    """doc id -> its visible version (0: removed), from every record of a collection (or of one doc)."""
    pointers: dict[str, int] = {}
    legacy: dict[str, int] = {}
    for m in metadatas:
        d = m.get("doc_id", "")
        if is_pointer(m):
            pointers[d] = int(m.get("version", 0))
        elif not m.get("pv"):
            legacy[d] = max(legacy.get(d, 0), int(m.get("version", 0)))
    return {**legacy, **pointers}


def visible(meta: dict[str, Any], live: dict[str, int], pointed: set[str]) -> bool:
    """Whether a chunk (not a pointer) belongs to its document's visible version."""
    d, v = meta.get("doc_id", ""), int(meta.get("version", 0))
    if d in pointed:
        return v == live.get(d)
    return not meta.get("pv") and v == live.get(d)


def visibility(metadatas) -> list[bool]:
    """For each record, whether a search may see it: chunks of their document's live version only, never pointers."""
    metadatas = list(metadatas)
    live = live_versions(metadatas)
    pointed = {m.get("doc_id", "") for m in metadatas if is_pointer(m)}
    return [not is_pointer(m) and visible(m, live, pointed) for m in metadatas]


def _abandoned(meta: dict[str, Any], now: float) -> bool:
    """Written by a process that is gone (this machine), or long enough ago (another machine)."""
    writer = str(meta.get("writer") or "")
    host, _, pid = writer.rpartition(":")
    if host == socket.gethostname() and pid.isdigit():
        if int(pid) == os.getpid():
            return False
        try:
            os.kill(int(pid), 0)
        except ProcessLookupError:
            return True
        except PermissionError:  # alive, someone else's
            return False
        return False
    return now - float(meta.get("written_at") or 0) > STALE_SECONDS


def garbage(ids, metadatas, *, everything: bool = False) -> list[str]:
    """Ids of invisible chunks whose writer is gone (``everything``: also those of this process),
    and of tombstones whose chunks are all gone."""
    ids, metadatas = list(ids), list(metadatas)
    now = time.time()
    shown = visibility(metadatas)
    out = [i for i, m, s in zip(ids, metadatas, shown, strict=True)
           if not s and not is_pointer(m) and (everything or _abandoned(m, now))]
    dropped = set(out)
    left = {m.get("doc_id") for i, m in zip(ids, metadatas, strict=True) if not is_pointer(m) and i not in dropped}
    out += [i for i, m in zip(ids, metadatas, strict=True)
            if is_pointer(m) and int(m.get("version", 0)) == 0 and m.get("doc_id") not in left]
    return out
