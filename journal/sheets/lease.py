"""Leases on spreadsheets, kept in the journal so that every process sees them.

A writer places new rows after the last row it READ; if another writer appended in between,
one of them would overwrite the other's rows. So whoever reads a spreadsheet's keys and then
writes to it holds that spreadsheet's lease for the whole read-then-write (the outbox worker
per batch, ``jejak sheets rebuild``). A lease expires by itself (``ttl``), so a writer that
died never blocks the others for long; a live writer renews it before each write and gives up
the batch when it was lost. One table, plain UPDATE and INSERT: the same on SQLite and
PostgreSQL.
"""
from __future__ import annotations

import os
import socket
import time
import uuid
from collections.abc import Callable, Iterable
from datetime import datetime, timedelta

from sqlalchemy import or_, update
from sqlalchemy.exc import IntegrityError

from journal.models import SheetLease, utcnow

TTL_SECONDS = 300.0  # longer than any batch: at most a few requests of at most 30 s each
WAIT_SECONDS = 120.0  # how long a writer waits for a busy spreadsheet before giving the batch back


def holder_id() -> str:
    """A unique holder name for this process's leases (host, pid and a random part)."""
    return f"{socket.gethostname()[:30]}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


def lease_name(spreadsheet_id: str) -> str:
    """The lease key of a spreadsheet (within the column's length)."""
    return f"sheets:{spreadsheet_id}"[:255]


class Leases:
    def __init__(self, journal, *, holder: str | None = None, ttl: float = TTL_SECONDS,
                 clock: Callable[[], datetime] = utcnow):
        self.journal, self.ttl, self.clock = journal, ttl, clock
        self.holder = holder or holder_id()

    def _take(self, name: str) -> bool:
        now = self.clock()
        until = now + timedelta(seconds=self.ttl)
        with self.journal.session() as s:
            got = s.execute(update(SheetLease).where(
                SheetLease.name == name, or_(SheetLease.holder == self.holder, SheetLease.until < now))
                .values(holder=self.holder, until=until)).rowcount
        if got:
            return True
        try:
            with self.journal.session() as s:
                s.add(SheetLease(name=name, holder=self.holder, until=until))
        except IntegrityError:  # someone holds it (or took it just now)
            return False
        return True

    def try_acquire(self, names: Iterable[str]) -> bool:
        """All of ``names`` or none (in name order, so two writers never hold one each)."""
        taken = []
        for name in sorted(set(names)):
            if not self._take(name):
                self.release(taken)
                return False
            taken.append(name)
        return True

    def acquire(self, names: Iterable[str], wait: float = WAIT_SECONDS, poll: float = 0.1) -> bool:
        names = list(names)
        deadline = time.monotonic() + wait
        while not self.try_acquire(names):
            if time.monotonic() >= deadline:
                return False
            time.sleep(poll)
        return True

    def renew(self, names: Iterable[str]) -> bool:
        """Extend the leases this holder still has; False when any was lost (expired and taken)."""
        now = self.clock()
        with self.journal.session() as s:
            for name in names:
                got = s.execute(update(SheetLease).where(SheetLease.name == name, SheetLease.holder == self.holder)
                                .values(until=now + timedelta(seconds=self.ttl))).rowcount
                if not got:
                    return False
        return True

    def release(self, names: Iterable[str]) -> None:
        names = list(names)
        if not names:
            return
        with self.journal.session() as s:
            s.execute(update(SheetLease).where(SheetLease.name.in_(names), SheetLease.holder == self.holder)
                      .values(until=datetime(2000, 1, 1)))
