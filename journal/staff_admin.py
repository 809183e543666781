"""An admin's changes to staff: role, Telegram link and unlink, and the pending registrations.

Only an admin of the person's agency may change them (``journal.scope``); each change
reaches the ``Data_Pegawai`` sheet through the outbox in the same transaction.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, update

from journal.db import Journal
from journal.errors import JournalError
from journal.models import Registration, Staff
from journal.outbox import enqueue
from journal.scope import ScopeError, authorize
from knowledge.models import ROLES


@dataclass(frozen=True)
class PendingRegistration:
    id: int
    telegram_id: int
    nip: str
    name: str
    linked_to: int | None  # the Telegram account holding the NIP now
    created_at: datetime


def _admin_of(s, admin_nip: str, nip: str) -> Staff:
    scope = authorize(s, admin_nip, [nip])
    if scope.role != "admin":
        raise ScopeError("Hanya admin instansi yang dapat mengubah data pegawai.")
    return s.get(Staff, nip)


def pending_registrations(journal: Journal, admin_nip: str) -> list[PendingRegistration]:
    """The agency's pending registrations, for its admin only."""
    with journal.session() as s:
        scope = authorize(s, admin_nip)
        if scope.role != "admin":
            raise ScopeError("Hanya admin instansi yang dapat melihat pendaftaran.")
        rows = s.execute(select(Registration, Staff).join(Staff, Staff.nip == Registration.nip)
                         .where(Registration.status == "pending", Staff.agency_id == scope.agency_id)
                         .order_by(Registration.id)).all()
        return [PendingRegistration(r.id, r.telegram_id, r.nip, st.name, st.telegram_id, r.created_at)
                for r, st in rows]


def set_role(journal: Journal, admin_nip: str, nip: str, role: str) -> None:
    """Change a staff member's role (admin only; an admin cannot drop their own admin role)."""
    if role not in ROLES:
        raise JournalError(f"Peran '{role}' tidak dikenal; pilih: {', '.join(ROLES)}.")
    with journal.session() as s:
        staff = _admin_of(s, admin_nip, nip)
        if staff.nip == admin_nip and role != "admin":
            raise JournalError("Anda tidak dapat mencabut peran admin Anda sendiri; minta admin lain.")
        staff.role = role


def unlink(journal: Journal, admin_nip: str, nip: str) -> int | None:
    """Disconnect the person's Telegram account; the id it had."""
    with journal.session() as s:
        staff = _admin_of(s, admin_nip, nip)
        old, staff.telegram_id = staff.telegram_id, None
        if old is not None:
            enqueue(s, "staff", nip=staff.nip, payload={"telegram_id": None})
        return old


def link(journal: Journal, admin_nip: str, nip: str, telegram_id: int) -> None:
    """Connect a Telegram account to the person (taken from whoever had it)."""
    with journal.session() as s:
        staff = _admin_of(s, admin_nip, nip)
        s.execute(update(Staff).where(Staff.telegram_id == int(telegram_id), Staff.nip != staff.nip)
                  .values(telegram_id=None))
        staff.telegram_id, staff.blocked_bot = int(telegram_id), False
        enqueue(s, "staff", nip=staff.nip, payload={"telegram_id": int(telegram_id)})
