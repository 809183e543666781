"""Staff, units and SKP targets (RHK) in the journal, synced from ingested records.

``sync_staff`` upserts: running it again with the same lists changes nothing,
and a changed row (new Telegram id, new supervisor) is updated in place. Only
``knowledge.models`` records come in; nothing else of ours is imported.
"""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from journal.calendar import zone_name
from journal.db import Journal
from journal.models import Agency, RhkRow, Unit
from journal.models import Staff as StaffRow
from journal.outbox import enqueue
from knowledge.models import ROLES, Skp, Staff


def _unit(session: Session, agency_id: str, name: str | None, cache: dict) -> int | None:
    if not name:
        return None
    key = (agency_id, name)
    if key not in cache:
        row = session.scalar(select(Unit).where(Unit.agency_id == agency_id, Unit.name == name))
        if row is None:
            row = Unit(agency_id=agency_id, name=name)
            session.add(row)
            session.flush()
        cache[key] = row.id
    return cache[key]


def _attr(attrs: dict, *keys: str) -> str | None:
    return next((attrs[k] for k in keys if attrs.get(k)), None)


def _sheet_row(row: StaffRow, unit: str | None) -> dict:
    """The staff row in the n8n ``Data_Pegawai`` columns, for the Sheets mirror."""
    return {"Nip": row.nip, "Nama": row.name, "Jabatan": row.jabatan or "", "Departemen": unit or "",
            "IDtelegram": str(row.telegram_id or ""), "NamaFile": row.sheet_name or "", "LinkFile": row.sheet_link or ""}


def sync_staff(journal: Journal, agency_id: str, staff: list[Staff], skps: list[Skp]) -> tuple[int, int]:
    """Upsert the agency, its units, staff and RHK rows; returns (staff synced, RHK synced)."""
    n_staff = n_rhk = 0
    with journal.session() as s:
        if s.get(Agency, agency_id) is None:
            s.add(Agency(id=agency_id, name=agency_id))
            s.flush()
        units: dict = {}
        for person in staff:
            row = s.get(StaffRow, person.nip)
            is_new = row is None
            if row is None:
                row = StaffRow(nip=person.nip, agency_id=agency_id, name=person.name)
                s.add(row)
            row.agency_id = person.agency_id or agency_id
            if s.get(Agency, row.agency_id) is None:
                s.add(Agency(id=row.agency_id, name=row.agency_id))
                s.flush()
            row.name = person.name
            row.jabatan = person.jabatan or row.jabatan
            row.unit_id = _unit(s, row.agency_id, person.unit, units) or row.unit_id
            row.supervisor_nip = person.supervisor_nip or row.supervisor_nip
            row.role = person.role if person.role in ROLES else "pegawai"
            row.timezone = zone_name(person.timezone)
            if person.telegram_id is not None:
                other = s.scalar(select(StaffRow).where(StaffRow.telegram_id == person.telegram_id,
                                                        StaffRow.nip != person.nip))
                if other is not None:
                    other.telegram_id = None  # the id moved to another person
                    s.flush()
                row.telegram_id = person.telegram_id
            row.sheet_name = _attr(person.attributes, "namafile", "nama_file") or row.sheet_name
            row.sheet_link = _attr(person.attributes, "linkfile", "link_file") or row.sheet_link
            row.attributes = {**(row.attributes or {}), **person.attributes}
            if is_new or s.is_modified(row):
                enqueue(s, "staff", nip=row.nip, payload=_sheet_row(row, person.unit))
            s.flush()
            n_staff += 1
        known = set(s.scalars(select(StaffRow.nip)))
        for skp in skps:
            if skp.nip not in known:
                continue
            for rhk in skp.rhk:
                row = s.scalar(select(RhkRow).where(RhkRow.nip == skp.nip, RhkRow.period == skp.period,
                                                    RhkRow.code == rhk.id))
                if row is None:
                    row = RhkRow(nip=skp.nip, period=skp.period, code=rhk.id, text=rhk.text)
                    s.add(row)
                row.text = rhk.text
                row.supervisor_rhk = rhk.supervisor_rhk
                row.aspect = rhk.aspect
                row.indicator = rhk.indicator
                row.target = rhk.target
                row.trajectory = rhk.trajectory
                row.source = rhk.attributes.get("source") or row.source
                n_rhk += 1
    return n_staff, n_rhk


def get_staff(journal: Journal, nip: str) -> StaffRow | None:
    """A staff member by NIP, or None."""
    with journal.session() as s:
        return s.get(StaffRow, nip)


def staff_by_telegram(journal: Journal, telegram_id: int) -> StaffRow | None:
    """The staff member linked to a Telegram account, or None."""
    with journal.session() as s:
        return s.scalar(select(StaffRow).where(StaffRow.telegram_id == int(telegram_id)))


def list_rhk(journal: Journal, nip: str, period: str | None = None) -> list[RhkRow]:
    """A person's RHK rows, optionally of one period."""
    with journal.session() as s:
        q = select(RhkRow).where(RhkRow.nip == nip)
        if period:
            q = q.where(RhkRow.period == period)
        return list(s.scalars(q.order_by(RhkRow.period, RhkRow.id)))


def list_staff(journal: Journal, agency_id: str | None = None) -> list[StaffRow]:
    """All staff, optionally of one agency, by NIP."""
    with journal.session() as s:
        q = select(StaffRow)
        if agency_id:
            q = q.where(StaffRow.agency_id == agency_id)
        return list(s.scalars(q.order_by(StaffRow.nip)))
