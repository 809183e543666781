"""Drain the Sheets outbox (``journal.outbox``): batches, upsert by entry id, back-off.

Each batch takes the due operations in id order and sends the CURRENT journal
state of every activity they name (several ops on one entry collapse into one
write), so order per employee is kept by construction. Per spreadsheet a batch
costs at most four requests (see ``writer``).

Deletes: the row stays where it is (formulas and row numbers keep working),
its original-workflow columns are cleared and ``Status`` reads ``dihapus``;
the entry id stays so a later restore updates the same row.

Several workers at once (``jejak sheets sync --terus`` processes, bots draining every 30 s):
a batch is CLAIMED atomically (one UPDATE ... WHERE id IN (due ops, on PostgreSQL
``FOR UPDATE SKIP LOCKED``) RETURNING id, setting ``status = 'sending'`` and a lease in
``next_attempt_at``), so no two workers take the same op, and a claim whose worker died is
due again when its lease runs out. Writing then happens under the spreadsheets' leases
(``journal.sheets.lease``): the tabs' keys and last rows are read fresh for every batch and
written before any other writer may read, so rows are never placed on a row another writer
just filled, and the journal state sent is never older than what the previous writer sent.

Quota (429), server errors (5xx) and outages leave the operations pending with
``attempts`` + 1 and ``next_attempt_at`` pushed back exponentially (with jitter,
at least Retry-After); nothing is lost and any later worker drains them.
A refusal (other 4xx, e.g. a protected tab) is retried employee by employee so
the others still go through; the refused ones are marked ``failed`` with
``last_error`` (``jejak sheets sync --ulang-gagal`` queues them again).
"""
from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import func, select, update

from journal.models import Activity, SheetOp, Staff, utcnow
from journal.sheets import layout
from journal.sheets.errors import SheetsError, SheetsNotConfigured, SheetsUnavailable
from journal.sheets.lease import Leases, lease_name
from journal.sheets.writer import BookWriter, TabSpec

# a claimed op is due again after this long if its worker never finished it (it died): short, since
# sending an op twice is harmless (keyed rows under the spreadsheet's lease, current state sent)
CLAIM_SECONDS = 60.0
PENDING = ("pending", "sending")  # 'sending': claimed by a worker
BUSY = "spreadsheet sedang ditulis pekerja lain terlalu lama; operasi dikembalikan ke antrean"

JOURNAL_SPEC = TabSpec(layout.JOURNAL_COLUMNS, layout.JOURNAL_ID_COL)
RECAP_SPEC = TabSpec(layout.RECAP_COLUMNS, layout.RECAP_ID_COL)
STAFF_SPEC = TabSpec(layout.STAFF_COLUMNS, 0)


@dataclass
class DrainResult:
    ops_done: int = 0
    rows_written: int = 0
    requests: int = 0
    batches: int = 0
    error: str | None = None
    next_attempt_at: datetime | None = None
    failed: int = 0
    entries: set[int] = field(default_factory=set)


def backoff_seconds(attempts: int, retry_after: float | None = None, *, base: float = 10.0,
                    cap: float = 3600.0, rng: Callable[[], float] = random.random) -> float:
    """Exponential back-off with 'equal jitter', never shorter than Retry-After."""
    delay = min(cap, base * 2 ** max(0, attempts - 1))
    delay = delay / 2 + rng() * delay / 2
    return max(delay, retry_after or 0.0)


class SheetsWorker:
    def __init__(self, journal, settings, *, client=None, batch_size: int = 1000,
                 clock: Callable[[], datetime] = utcnow, rng: Callable[[], float] = random.random):
        if not settings.sheets_enabled:
            raise SheetsNotConfigured()
        self.journal, self.settings = journal, settings
        self._client, self.batch_size, self.clock, self.rng = client, batch_size, clock, rng
        self.leases = Leases(journal)
        self.books = [sid for sid in (settings.sheets_journal_id, settings.sheets_staff_id) if sid]

    @property
    def client(self):
        if self._client is None:
            from journal.sheets.client import open_client

            self._client = open_client(self.settings)
        return self._client

    def drain(self, *, max_batches: int | None = None) -> DrainResult:
        """Send every due operation; stop at the first outage or quota answer (the rest waits)."""
        result = DrainResult()
        names = [lease_name(sid) for sid in self.books]
        while max_batches is None or result.batches < max_batches:
            ops = self._claim()
            if not ops:
                break
            result.batches += 1
            if not self.leases.acquire(names):
                self._unclaim(ops)
                result.error = BUSY
                break
            try:
                go_on = self._batch(ops, names, result)
            finally:
                self.leases.release(names)
            if not go_on:
                break
        return result

    def _batch(self, ops: list[SheetOp], names: list[str], result: DrainResult) -> bool:
        """Send one claimed batch under the leases; False when draining should stop."""
        try:
            self._send(ops, result, names)
        except SheetsUnavailable as exc:
            result.error = str(exc)
            result.next_attempt_at = self._postpone(ops, exc)
            return False
        except SheetsError as exc:
            return self._isolate(ops, exc, result, names)
        self._done(ops)
        result.ops_done += len(ops)
        return True

    def _isolate(self, ops: list[SheetOp], exc: SheetsError, result: DrainResult, names: list[str]) -> bool:
        """A refused batch: send each employee's operations alone, so one protected or broken tab
        does not block everyone else. Returns False when draining should stop."""
        groups: dict[str, list[SheetOp]] = {}
        for op in ops:
            groups.setdefault(op.nip or "", []).append(op)
        refused = 0
        for i, group in enumerate(groups.values()):
            if len(groups) == 1 or (i >= 2 and refused == i):  # refused everywhere: a global problem
                result.error = str(exc)
                result.failed += self._fail([o for g in list(groups.values())[i:] for o in g], str(exc))
                return False
            try:
                self._send(group, result, names)
            except SheetsUnavailable as err:
                result.error = str(err)
                result.next_attempt_at = self._postpone([o for g in list(groups.values())[i:] for o in g], err)
                return False
            except SheetsError as err:
                refused += 1
                result.error = str(err)
                result.failed += self._fail(group, str(err))
                continue
            self._done(group)
            result.ops_done += len(group)
        return True

    # outbox bookkeeping ----------------------------------------------
    def _claim(self) -> list[SheetOp]:
        """Take the next due ops for this worker alone (atomic on both databases)."""
        now = self.clock()
        with self.journal.session() as s:
            due = (select(SheetOp.id).where(SheetOp.status.in_(PENDING), SheetOp.next_attempt_at <= now)
                   .order_by(SheetOp.id).limit(self.batch_size))
            if s.get_bind().dialect.name == "postgresql":
                due = due.with_for_update(skip_locked=True)
            ids = list(s.scalars(
                update(SheetOp).where(SheetOp.id.in_(due.scalar_subquery()))
                .values(status="sending", next_attempt_at=now + timedelta(seconds=CLAIM_SECONDS))
                .returning(SheetOp.id), execution_options={"synchronize_session": False}))
            if not ids:
                return []
            return list(s.scalars(select(SheetOp).where(SheetOp.id.in_(ids)).order_by(SheetOp.id)))

    def _unclaim(self, ops: list[SheetOp]) -> None:
        with self.journal.session() as s:
            s.execute(update(SheetOp).where(SheetOp.id.in_([o.id for o in ops]), SheetOp.status == "sending")
                      .values(status="pending", next_attempt_at=self.clock()))

    def _done(self, ops: list[SheetOp]) -> None:
        with self.journal.session() as s:
            s.execute(update(SheetOp).where(SheetOp.id.in_([o.id for o in ops]))
                      .values(status="done", last_error=None))

    def _postpone(self, ops: list[SheetOp], exc: SheetsUnavailable) -> datetime:
        now = self.clock()
        first = None
        with self.journal.session() as s:
            for op in ops:
                attempts = op.attempts + 1
                at = now + timedelta(seconds=backoff_seconds(attempts, exc.retry_after, rng=self.rng))
                first = at if first is None or at < first else first
                s.execute(update(SheetOp).where(SheetOp.id == op.id).values(
                    status="pending", attempts=attempts, next_attempt_at=at, last_error=exc.detail))
        return first

    def _fail(self, ops: list[SheetOp], message: str) -> int:
        with self.journal.session() as s:
            s.execute(update(SheetOp).where(SheetOp.id.in_([o.id for o in ops]))
                      .values(status="failed", attempts=SheetOp.attempts + 1, last_error=message))
        return len(ops)

    # sending ----------------------------------------------------------
    def _send(self, ops: list[SheetOp], result: DrainResult, names: list[str]) -> None:
        """Read the journal state of ``ops`` and the tabs' keys, then write (under the leases)."""
        books: dict[str, BookWriter] = {}
        try:
            self._write(ops, books, result, names)
        finally:
            result.requests += sum(b.requests for b in books.values())

    def _write(self, ops: list[SheetOp], books: dict[str, BookWriter], result: DrainResult,
               names: list[str]) -> None:
        jid, rid = self.settings.sheets_journal_id, self.settings.sheets_staff_id
        with self.journal.session() as s:
            act_ids = list(dict.fromkeys(o.activity_id for o in ops if o.activity_id is not None))
            acts = {a.id: a for a in s.scalars(select(Activity).where(Activity.id.in_(act_ids)))} if act_ids else {}
            nips = {o.nip for o in ops if o.nip} | {a.nip for a in acts.values()}
            staff = {p.nip: p for p in s.scalars(select(Staff).where(Staff.nip.in_(nips)))} if nips else {}
            staff_ops = list(dict.fromkeys(o.nip for o in ops if o.op == "staff" and o.nip in staff))

            def book(sid: str) -> BookWriter:
                return books.setdefault(sid, BookWriter(self.client, sid))

            tabs: dict[str, dict[str, TabSpec]] = {}
            for aid in act_ids:
                a = acts.get(aid)
                person = staff.get(a.nip if a else next((o.nip for o in ops if o.activity_id == aid), None))
                if person is None:
                    continue
                if jid:
                    tabs.setdefault(jid, {})[layout.tab_name(person.name, person.sheet_name)] = JOURNAL_SPEC
                if rid:
                    tabs.setdefault(rid, {})[layout.RECAP_SHEET] = RECAP_SPEC
            if rid and staff_ops:
                tabs.setdefault(rid, {})[layout.STAFF_SHEET] = STAFF_SPEC
            for sid, wanted in tabs.items():
                book(sid).prepare(wanted)

            for aid in act_ids:
                a = acts.get(aid)
                person = staff.get(a.nip if a else next((o.nip for o in ops if o.activity_id == aid), None))
                if person is None:
                    continue
                gone = a is None or a.deleted or _last_op(ops, aid) == "delete"
                skip_new = gone or a.status == "draft"
                tab = layout.tab_name(person.name, person.sheet_name)
                if jid:
                    row = layout.deleted_row(aid) if gone else layout.journal_row(a, person, a.assessment)
                    book(jid).put(tab, str(aid), row, only_existing=skip_new)
                if rid:
                    row = layout.deleted_recap_row(aid) if gone else layout.recap_row(a, person)
                    book(rid).put(layout.RECAP_SHEET, str(aid), row, only_existing=skip_new)
                result.entries.add(aid)
            for nip in staff_ops:
                book(rid).put(layout.STAFF_SHEET, nip, layout.staff_row(staff[nip]))
        if not self.leases.renew(names):  # this batch took longer than the lease: another writer may be in
            raise SheetsUnavailable("lease spreadsheet habis")
        for b in books.values():
            result.rows_written += b.flush()


def _last_op(ops: list[SheetOp], aid: int) -> str:
    return [o.op for o in ops if o.activity_id == aid][-1]


def outbox_status(journal) -> dict:
    """Counts per status, the oldest pending op and the last error."""
    with journal.session() as s:
        counts = dict(s.execute(select(SheetOp.status, func.count()).group_by(SheetOp.status)).all())
        nxt = s.scalar(select(func.min(SheetOp.next_attempt_at)).where(SheetOp.status.in_(PENDING)))
        oldest = s.scalar(select(func.min(SheetOp.created_at)).where(SheetOp.status.in_(PENDING)))
        err = s.execute(select(SheetOp.last_error, SheetOp.attempts).where(SheetOp.last_error.is_not(None))
                        .order_by(SheetOp.id.desc()).limit(1)).first()
    return {"pending": counts.get("pending", 0) + counts.get("sending", 0), "done": counts.get("done", 0), "failed": counts.get("failed", 0),
            "next_attempt_at": nxt, "oldest_pending": oldest,
            "last_error": err[0] if err else None, "attempts": err[1] if err else 0}


def retry_failed(journal) -> int:
    """Put every failed sheet operation back in the queue; how many."""
    with journal.session() as s:
        res = s.execute(update(SheetOp).where(SheetOp.status == "failed")
                        .values(status="pending", next_attempt_at=utcnow()))
        return res.rowcount


def drain_if_configured(journal, settings) -> DrainResult | None:
    """One drain for a scheduled job (the bot's job queue); None when Sheets is not configured."""
    if not settings.sheets_enabled:
        return None
    return SheetsWorker(journal, settings).drain()
