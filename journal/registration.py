"""Linking Telegram accounts to staff: requests, the admin's decision, blocked chats.

A NIP already linked to an active account is never taken over silently: the request
is marked ``taken`` (the newcomer is told to contact the admin, the admin sees which
account holds the NIP now), and approving it reports the previous account so that it
can be told it was unlinked.
"""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select, update

from journal.db import Journal
from journal.errors import JournalError
from journal.models import Registration, Staff
from journal.outbox import enqueue


@dataclass(frozen=True)
class LinkRequest:
    status: str  # linked / pending / already_pending / unknown / taken
    nip: str
    name: str | None = None
    agency_id: str | None = None
    unit: str | None = None
    registration_id: int | None = None
    current_telegram_id: int | None = None  # the account holding the NIP now (status "taken")


def request_link(journal: Journal, telegram_id: int, nip: str) -> LinkRequest:
    """Ask to link a Telegram account to a NIP: already linked, already pending, a new request, or a taken NIP."""
    with journal.session() as s:
        staff = s.get(Staff, nip)
        if staff is None or not staff.active:
            return LinkRequest("unknown", nip)
        info = dict(nip=nip, name=staff.name, agency_id=staff.agency_id, unit=staff.unit.name if staff.unit else None)
        if staff.telegram_id == telegram_id:
            staff.blocked_bot = False
            return LinkRequest("linked", **info)
        open_req = s.scalar(select(Registration).where(Registration.telegram_id == telegram_id,
                                                       Registration.status == "pending"))
        if open_req is not None:
            return LinkRequest("already_pending", registration_id=open_req.id, **info)
        reg = Registration(telegram_id=telegram_id, nip=nip)
        s.add(reg)
        s.flush()
        status = "taken" if staff.telegram_id else "pending"
        return LinkRequest(status, registration_id=reg.id, current_telegram_id=staff.telegram_id, **info)


def pending_request(journal: Journal, telegram_id: int) -> str | None:
    """The NIP an account is waiting to be linked to, if any."""
    with journal.session() as s:
        return s.scalar(select(Registration.nip).where(Registration.telegram_id == telegram_id,
                                                       Registration.status == "pending"))


@dataclass(frozen=True)
class Decision:
    registration_id: int
    status: str
    nip: str
    name: str
    telegram_id: int
    changed: bool
    previous_telegram_id: int | None = None  # unlinked by this approval


def decide(journal: Journal, registration_id: int, admin_nip: str, approve: bool) -> Decision:
    """Approve or reject a pending registration; only an admin of the same agency may."""
    with journal.session() as s:
        reg = s.get(Registration, registration_id)
        staff = s.get(Staff, reg.nip) if reg else None
        admin = s.get(Staff, admin_nip)
        if reg is None or staff is None:
            raise JournalError(f"Permintaan pendaftaran #{registration_id} tidak ditemukan.")
        if admin is None or admin.role != "admin" or staff.agency_id != admin.agency_id:
            raise JournalError("Hanya admin instansi pegawai itu yang dapat memutuskan pendaftaran ini.")
        if reg.status != "pending":
            return Decision(reg.id, reg.status, reg.nip, staff.name, reg.telegram_id, False)
        reg.status = "approved" if approve else "rejected"
        reg.decided_by = admin.nip
        previous = None
        if approve:
            previous = staff.telegram_id if staff.telegram_id not in (None, reg.telegram_id) else None
            s.execute(update(Staff).where(Staff.telegram_id == reg.telegram_id, Staff.nip != staff.nip)
                      .values(telegram_id=None))
            staff.telegram_id = reg.telegram_id
            staff.blocked_bot = False
            enqueue(s, "staff", nip=staff.nip, payload={"telegram_id": reg.telegram_id})
        s.flush()
        return Decision(reg.id, reg.status, reg.nip, staff.name, reg.telegram_id, True, previous)


def set_blocked(journal: Journal, telegram_id: int, blocked: bool) -> bool:
    """Mark (or unmark) the staff member behind a chat; True when something changed."""
    with journal.session() as s:
        res = s.execute(update(Staff).where(Staff.telegram_id == telegram_id, Staff.blocked_bot.is_not(blocked))
                        .values(blocked_bot=blocked))
        return bool(res.rowcount)
