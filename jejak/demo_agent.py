"""``jejak demo``: the sample agency set up and a scripted conversation, offline.

Idempotent: the demo's own entries of today from an earlier run are removed
first (through the journal, so the Sheets outbox stays consistent).
"""
from __future__ import annotations

from datetime import UTC

import typer

from jejak import texts as T
from jejak.setup_agent import SAMPLE_PACK, ingest_pack

CHANNEL = "demo"

# (NIP, message): different employees, a multi-activity message, a follow-up answered, a greeting
SCRIPT = (
    ("199802152022012001", "slicing halaman form kontrak mitra di SOBAT 08.00-10.30, 3 halaman selesai"),
    ("199611032019121001", "Kegiatan hari ini:\n1. melayani permintaan data IPM dari Bappeda 1 jam, 1 tabel\n"
                           "2. menyusun program validasi Susenas 2,5 jam, 1 program\n"
                           "3. rakor tim integrasi data soal API 45 menit, 1 notulen"),
    ("199004262014032002", "verifikasi SPJ honor narasumber kegiatan bimtek"),
    ("199004262014032002", "2 jam, 12 dokumen"),
    ("199405222018022001", "bimtek aplikasi CAWI untuk operator BPS kabupaten 09.00-11.00, 1 laporan"),
    ("199109302015031002", "cek backup harian server produksi dan uji restore 1 database, 90 menit, 1 berita acara"),
    ("199207182015031003", "selamat pagi"),
)


def _today(journal, nip: str):
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from journal.activities import staff_profile

    return datetime.now(UTC).astimezone(ZoneInfo(staff_profile(journal, nip).timezone)).date()


def _clean_previous(journal, nips: set[str]) -> None:
    from datetime import timedelta

    from journal.activities import delete_activity, list_activities
    from journal.conversation import clear_all

    for nip in nips:
        today = _today(journal, nip)
        for a in list_activities(journal, nip, today - timedelta(days=1), today):
            if a.channel == CHANNEL:
                delete_activity(journal, a.id)
    clear_all(journal, nips)


def run_demo(settings) -> None:
    """Set up the sample agency and play a scripted conversation of a few staff members, printing the replies."""
    from agent.runner import log_text_sync
    from jejak.services import Services
    from journal.activities import day_summary, staff_profile
    from journal.calendar import fmt_minutes
    from journal.models import SheetOp

    agency_id = settings.default_instansi
    services = Services(settings)
    try:
        typer.echo(T.INGESTING.format(agency_id=agency_id, pack=SAMPLE_PACK))
        docs, staff, rhk = ingest_pack(services, agency_id)
        typer.echo(T.READY.format(docs=docs, staff=staff, rhk=rhk))
        graph = services.graph
        analyst = getattr(graph.context.analyst, "name", "embedded")
        typer.echo(T.DEMO_TITLE.format(agency_id=agency_id, analyst=analyst))
        nips = {nip for nip, _ in SCRIPT}
        _clean_previous(services.journal, nips)
        for nip, text in SCRIPT:
            p = staff_profile(services.journal, nip)
            typer.echo(T.DEMO_USER.format(name=p.name, jabatan=p.jabatan, text=text))
            result = log_text_sync(graph, nip=nip, text=text, channel=CHANNEL)
            typer.echo(T.DEMO_BOT.format(reply=result.reply))
        typer.echo(T.DEMO_SUMMARY_TITLE)
        for nip in dict.fromkeys(n for n, _ in SCRIPT):
            n, minutes = day_summary(services.journal, nip, _today(services.journal, nip))
            if n:
                typer.echo(T.DEMO_SUMMARY_LINE.format(name=staff_profile(services.journal, nip).name,
                                                      n=n, duration=fmt_minutes(minutes)))
        with services.journal.session() as s:
            waiting = s.query(SheetOp).filter(SheetOp.status == "pending").count()
        typer.echo(T.DEMO_OUTBOX.format(n=waiting))
        typer.echo(T.DEMO_NEXT.format(nip=SCRIPT[0][0]))
    finally:
        services.close()
