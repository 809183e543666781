"""Staff, roles and registrations as the bot needs them (sync; run in threads)."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select, update

from journal.db import Journal
from journal.models import Registration, Staff
from journal.outbox import enqueue

ROLE_RANK = {"pegawai": 0, "atasan": 1, "penilai": 2, "admin": 3}


@dataclass(frozen=True)
class Person:
    """A registered staff member, detached from any session."""

    nip: str
    name: str
    agency_id: str
    role: str
    jabatan: str | None
    unit: str | None
    telegram_id: int | None
    timezone: str
    supervisor_nip: str | None
    sheet_link: str | None
    blocked: bool

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"

    @property
    def is_supervisor(self) -> bool:
        return self.role in ("atasan", "penilai", "admin")


def _person(s: Staff) -> Person:
    return Person(
        nip=s.nip, name=s.name, agency_id=s.agency_id, role=s.role or "pegawai", jabatan=s.jabatan,
        unit=s.unit.name if s.unit else None, telegram_id=s.telegram_id, timezone=s.timezone or "Asia/Jakarta",
        supervisor_nip=s.supervisor_nip, sheet_link=s.sheet_link, blocked=bool(s.blocked_bot),
    )


def by_telegram(journal: Journal, telegram_id: int) -> Person | None:
    with journal.session() as s:
        row = s.scalar(select(Staff).where(Staff.telegram_id == telegram_id, Staff.active.is_(True)))
        return _person(row) if row else None


def by_nip(journal: Journal, nip: str) -> Person | None:
    with journal.session() as s:
        row = s.get(Staff, nip)
        return _person(row) if row else None


def registered(journal: Journal, agency_id: str | None = None) -> list[Person]:
    """Active staff linked to Telegram who have not blocked the bot."""
    with journal.session() as s:
        q = select(Staff).where(Staff.telegram_id.is_not(None), Staff.active.is_(True),
                                Staff.blocked_bot.is_(False))
        if agency_id:
            q = q.where(Staff.agency_id == agency_id)
        return [_person(r) for r in s.scalars(q.order_by(Staff.nip))]


def admins(journal: Journal, agency_id: str) -> list[Person]:
    return [p for p in registered(journal, agency_id) if p.is_admin]


def team(journal: Journal, supervisor_nip: str) -> list[Person]:
    with journal.session() as s:
        rows = s.scalars(select(Staff).where(Staff.supervisor_nip == supervisor_nip, Staff.active.is_(True))
                         .order_by(Staff.name))
        return [_person(r) for r in rows]


def supervisors(journal: Journal) -> list[Person]:
    """Registered staff who have at least one active subordinate."""
    with journal.session() as s:
        nips = set(s.scalars(select(Staff.supervisor_nip).where(Staff.supervisor_nip.is_not(None),
                                                                Staff.active.is_(True))))
    return [p for p in registered(journal) if p.nip in nips]


def set_blocked(journal: Journal, telegram_id: int, blocked: bool) -> bool:
    """Mark (or unmark) the staff member behind a chat; True when something changed."""
    with journal.session() as s:
        res = s.execute(update(Staff).where(Staff.telegram_id == telegram_id, Staff.blocked_bot.is_not(blocked))
                        .values(blocked_bot=blocked))
        return bool(res.rowcount)


# ------------------------------------------------------------------ registration
@dataclass(frozen=True)
class RegistrationOutcome:
    status: str  # linked / pending / already_pending / unknown / taken
    person: Person | None = None
    registration_id: int | None = None


def request_link(journal: Journal, telegram_id: int, nip: str) -> RegistrationOutcome:
    with journal.session() as s:
        staff = s.get(Staff, nip)
        if staff is None or not staff.active:
            return RegistrationOutcome("unknown")
        if staff.telegram_id == telegram_id:
            staff.blocked_bot = False
            return RegistrationOutcome("linked", _person(staff))
        open_req = s.scalar(select(Registration).where(Registration.telegram_id == telegram_id,
                                                       Registration.status == "pending"))
        if open_req is not None:
            return RegistrationOutcome("already_pending", _person(staff), open_req.id)
        reg = Registration(telegram_id=telegram_id, nip=nip)
        s.add(reg)
        s.flush()
        return RegistrationOutcome("pending", _person(staff), reg.id)


@dataclass(frozen=True)
class Decision:
    registration_id: int
    status: str
    nip: str
    telegram_id: int
    person: Person | None
    changed: bool


def decide(journal: Journal, registration_id: int, admin: Person, approve: bool) -> Decision:
    """Approve or reject a pending registration; only an admin of the same agency may."""
    from bot.errors import BotError
    from bot import texts

    with journal.session() as s:
        reg = s.get(Registration, registration_id)
        staff = s.get(Staff, reg.nip) if reg else None
        if reg is None or staff is None:
            raise BotError(texts.ACTIVITY_NOT_FOUND.format(id=registration_id))
        if not admin.is_admin or staff.agency_id != admin.agency_id:
            raise BotError(texts.SCOPE_DENIED)
        if reg.status != "pending":
            return Decision(reg.id, reg.status, reg.nip, reg.telegram_id, _person(staff), False)
        reg.status = "approved" if approve else "rejected"
        reg.decided_by = admin.nip
        if approve:
            s.execute(update(Staff).where(Staff.telegram_id == reg.telegram_id, Staff.nip != staff.nip)
                      .values(telegram_id=None))
            staff.telegram_id = reg.telegram_id
            staff.blocked_bot = False
            enqueue(s, "staff", nip=staff.nip, payload={"telegram_id": reg.telegram_id})
        s.flush()
        return Decision(reg.id, reg.status, reg.nip, reg.telegram_id, _person(staff), True)
