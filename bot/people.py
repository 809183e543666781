"""Staff and roles as the bot reads them (sync; run in threads). Changes go through ``journal.registration``."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from journal.db import Journal
from journal.models import DEFAULT_TIMEZONE, Staff


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
        unit=s.unit.name if s.unit else None, telegram_id=s.telegram_id, timezone=s.timezone or DEFAULT_TIMEZONE,
        supervisor_nip=s.supervisor_nip, sheet_link=s.sheet_link, blocked=bool(s.blocked_bot),
    )


def by_telegram(journal: Journal, telegram_id: int) -> Person | None:
    """The active person linked to a Telegram account, or None."""
    with journal.session() as s:
        row = s.scalar(select(Staff).where(Staff.telegram_id == telegram_id, Staff.active.is_(True)))
        return _person(row) if row else None


def by_nip(journal: Journal, nip: str) -> Person | None:
    """A person by NIP, or None."""
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
    """The agency's admins who can be reached on Telegram."""
    return [p for p in registered(journal, agency_id) if p.is_admin]


def team(journal: Journal, supervisor_nip: str) -> list[Person]:
    """A supervisor's active direct reports, by name."""
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
