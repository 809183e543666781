"""Who may see whom: the one access rule used by every tool, command and handler.

- pegawai: only themselves;
- atasan: themselves plus their direct and indirect reports (recursive over
  ``supervisor_nip``);
- penilai: everyone in their unit, plus their own reports and themselves;
- admin: everyone in their agency.

``authorize`` is the single entry point: it returns the asker's ``Scope`` and
raises ``ScopeError`` (an Indonesian one-liner) when any requested person lies
outside it.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from journal import texts as T
from journal.errors import JournalError
from journal.models import Staff


class ScopeError(JournalError):
    """The asker may not see (or act on) the requested person or entry."""

@dataclass(frozen=True)
class Scope:
    nip: str
    name: str
    role: str
    agency_id: str
    unit_id: int | None
    nips: frozenset[str]  # everyone the asker may see, themselves included

    @property
    def team(self) -> frozenset[str]:
        """Everyone visible except the asker."""
        return self.nips - {self.nip}

    def allows(self, nip: str) -> bool:
        return nip in self.nips

def reports_of(session: Session, nip: str) -> set[str]:
    """Direct and indirect reports of ``nip`` (recursive CTE, any depth)."""
    base = select(Staff.nip).where(Staff.supervisor_nip == nip).cte("reports", recursive=True)
    tree = base.union(select(Staff.nip).join(base, Staff.supervisor_nip == base.c.nip))
    found = set(session.scalars(select(tree.c.nip)))
    found.discard(nip)
    return found

def _visible(session: Session, me: Staff) -> set[str]:
    if me.role == "admin":
        return set(session.scalars(select(Staff.nip).where(Staff.agency_id == me.agency_id)))
    if me.role == "pegawai":
        return {me.nip}
    out = {me.nip} | reports_of(session, me.nip)
    if me.role == "penilai" and me.unit_id is not None:
        out |= set(session.scalars(select(Staff.nip).where(Staff.unit_id == me.unit_id)))
    return out

def scope_of(session: Session, asker_nip: str) -> Scope:
    """Who the asker is and whose entries they may see; an unknown NIP raises."""
    me = session.get(Staff, str(asker_nip).strip())
    if me is None:
        raise ScopeError(T.SCOPE_UNKNOWN_NIP.format(nip=asker_nip))
    return Scope(me.nip, me.name, me.role or "pegawai", me.agency_id, me.unit_id,
                 frozenset(_visible(session, me)))

def authorize(session: Session, asker_nip: str, targets: Iterable[str] = ()) -> Scope:
    """The asker's scope; ``ScopeError`` if any of ``targets`` lies outside it."""
    scope = scope_of(session, asker_nip)
    outside = sorted(set(targets) - scope.nips)
    if outside:
        names = dict(session.execute(select(Staff.nip, Staff.name).where(Staff.nip.in_(outside))).all())
        who = ", ".join(names.get(n, n) for n in outside[:3]) + (" dan lainnya" if len(outside) > 3 else "")
        raise ScopeError(
            f"Akses ditolak: sebagai {scope.role} Anda tidak berhak melihat data {who}; "
            "tanyakan hanya tentang pegawai dalam cakupan Anda."
        )
    return scope

def agency_nips(session: Session, agency_id: str) -> set[str]:
    """Every NIP of an agency."""
    return set(session.scalars(select(Staff.nip).where(Staff.agency_id == agency_id)))
