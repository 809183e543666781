"""What the Admin pages show and do: documents (upload, versions, removal, what each feeds),
staff and registrations, the Sheets outbox and chat notices, and the settings (read-only)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from pydantic import SecretStr
from sqlalchemy import select

from journal.models import Staff, Unit
from web import texts as T
from web.errors import WebError

INGEST_SUFFIXES = {".pdf", ".docx", ".xlsx", ".csv", ".md", ".txt"}


@dataclass(frozen=True)
class StaffRow:
    nip: str
    name: str
    jabatan: str
    unit: str
    role: str
    telegram_id: int | None
    supervisor: str
    active: bool


def safe_name(name: str | None) -> str:
    """An uploaded file's name reduced to safe characters, so it cannot point outside the upload folder."""
    name = Path(name or "dokumen").name
    return re.sub(r"[^\w.\-]+", "_", name) or "dokumen"


def documents(knowledge, agency_id: str) -> list[tuple[object, str]]:
    """The agency's documents with what each feeds."""
    return [(d, T.DOC_FEEDS.get(d.type, T.DOC_FEEDS["other"])) for d in knowledge.list_documents(agency_id)]


def ingest_upload(services, agency_id: str, name: str, data: bytes, doc_type: str | None):
    """Save the uploaded file and ingest it (``ingest.pipeline``); staff and SKP go into the journal."""
    from ingest.pipeline import ingest_paths
    from journal.staff import sync_staff

    name = safe_name(name)
    if Path(name).suffix.lower() not in INGEST_SUFFIXES:
        raise WebError(T.UPLOAD_BAD_TYPE.format(name=name))
    limit = services.settings.max_file_mb
    if len(data) > limit * 1024 * 1024:
        raise WebError(T.UPLOAD_TOO_BIG.format(name=name, limit=f"{limit:g}"))
    folder = Path(services.settings.data_dir) / "uploads" / agency_id
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    tmp = path.with_suffix(path.suffix + ".part")
    tmp.write_bytes(data)
    tmp.replace(path)
    report = ingest_paths(services.knowledge, [path], agency_id=agency_id, doc_type=doc_type or None,
                          max_file_mb=limit)
    if report.staff or report.skps:
        sync_staff(services.journal, agency_id, report.staff, report.skps)
    return report


def staff(session, agency_id: str) -> list[StaffRow]:
    """The agency's staff as the admin page lists them, with unit and supervisor names resolved."""
    units = dict(session.execute(select(Unit.id, Unit.name).where(Unit.agency_id == agency_id)).all())
    people = list(session.scalars(select(Staff).where(Staff.agency_id == agency_id).order_by(Staff.name)))
    names = {p.nip: p.name for p in people}
    return [StaffRow(p.nip, p.name, p.jabatan or "", units.get(p.unit_id, ""), p.role or "pegawai", p.telegram_id,
                     names.get(p.supervisor_nip, p.supervisor_nip or ""), bool(p.active)) for p in people]


def settings_rows(settings) -> list[tuple[str, str]]:
    """Every setting as ``JEJAK_<NAME>`` and its value, secrets masked."""
    out = []
    for name in type(settings).model_fields:
        value = getattr(settings, name)
        if isinstance(value, SecretStr):
            shown = "••••••" if value.get_secret_value() else "-"
        elif name.endswith(("_key", "_secret", "token")) and value:
            shown = "••••••"
        elif isinstance(value, list):
            shown = ", ".join(str(v) for v in value) or "-"
        else:
            shown = "-" if value in (None, "") else re.sub(r"//([^:/@]+):[^@]*@", r"//\1:••••••@", str(value))
        out.append((f"JEJAK_{name.upper()}", shown))
    return out
