"""Preparing a data folder with the sample agency (used by demo, eval and bench)."""
from __future__ import annotations

from pathlib import Path

SAMPLE_PACK = Path(__file__).resolve().parent.parent / "knowledge" / "samples" / "dsis"
DEVSET = Path(__file__).resolve().parent.parent / "agent" / "data" / "devset.jsonl"


def has_sample(services, agency_id: str) -> bool:
    """True when the agency has documents and staff in this data folder."""
    from journal.staff import list_staff

    return bool(services.knowledge.list_documents(agency_id)) and bool(list_staff(services.journal, agency_id))


def ingest_pack(services, agency_id: str, pack: Path = SAMPLE_PACK) -> tuple[int, int, int]:
    """Ingest a folder of an agency's documents and sync its staff and SKP (idempotent);
    (documents, staff, rhk)."""
    from ingest.pipeline import ingest_paths
    from journal.staff import sync_staff

    report = ingest_paths(services.knowledge, [pack], agency_id=agency_id,
                          max_file_mb=services.settings.max_file_mb)
    n_staff, n_rhk = sync_staff(services.journal, agency_id, report.staff, report.skps)
    return len(report.documents), n_staff, n_rhk


