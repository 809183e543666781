"""On-disk copy of a collection's search snapshot (BM25 index, vectors, texts).

Building the snapshot of 10,000 chunks takes seconds (fetch and tokenise
everything); a fresh process such as ``jejak kb search`` loads the pickled copy
instead when the collection's revision is unchanged. The files live next to the
Chroma folder (``<data>/chroma-index/``), are written atomically and are only
ever read by this code from the user's own data folder.
"""
from __future__ import annotations

import logging
import os
import pickle
import tempfile
from pathlib import Path

from knowledge.retrieval import Snapshot
from knowledge.store import collection_name

log = logging.getLogger(__name__)
FORMAT = 3  # 2: tokens read through the glossary, which the snapshot carries; 3: its agency named agency_id


def _file(folder: Path, agency_id: str) -> Path:
    return folder / f"{collection_name(agency_id)}.pkl"


def load(folder: Path | None, agency_id: str, rev: int) -> Snapshot | None:
    """The saved index of an agency, or None when missing, unreadable or of another revision (then it is rebuilt)."""
    if folder is None:
        return None
    path = _file(folder, agency_id)
    if not path.exists():
        return None
    try:
        with path.open("rb") as fh:
            fmt, snap = pickle.load(fh)
    except (OSError, pickle.UnpicklingError, EOFError, ValueError, AttributeError, ImportError) as exc:
        log.warning("indeks tersimpan %s tidak terbaca (%s); dibangun ulang", path, exc)
        return None
    if fmt != FORMAT or not isinstance(snap, Snapshot) or snap.rev != rev or snap.agency_id != agency_id:
        return None
    return snap


def save(folder: Path | None, snap: Snapshot) -> None:
    """Save an agency's index atomically; a folder that cannot be written only costs a rebuild next start."""
    if folder is None:
        return
    try:
        folder.mkdir(parents=True, exist_ok=True)
        snap.masks.clear()
        fd, tmp = tempfile.mkstemp(dir=folder, suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as fh:
                pickle.dump((FORMAT, snap), fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, _file(folder, snap.agency_id))
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError as exc:  # a read-only data folder (or a full disk) only costs speed
        log.warning("indeks pencarian tidak bisa disimpan di %s: %s", folder, exc)


def remove(folder: Path, agency_id: str) -> None:
    """Delete an agency's saved index, so the next search rebuilds it."""
    _file(folder, agency_id).unlink(missing_ok=True)
