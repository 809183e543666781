"""``jejak sheets status|sync|rebuild|import`` and ``jejak rekap``."""
from __future__ import annotations

from pathlib import Path

import typer

from jejak import texts as T
from jejak.cli_apps import app, sheets_app


def _settings():
    from jejak.settings import Settings

    return Settings()


def _when(value) -> str:
    return value.strftime("%Y-%m-%d %H:%M:%S UTC") if value else "-"


@sheets_app.command("status", help="Antrean Sheets: menunggu, gagal, galat terakhir.")
def status() -> None:
    """Show the Sheets outbox: pending, failed and the last error."""
    from jejak.services import Services
    from journal.sheets.worker import outbox_status

    settings = _settings()
    services = Services(settings)
    try:
        st = outbox_status(services.journal)
    finally:
        services.close()
    if not settings.sheets_enabled:
        typer.echo(T.NOT_CONFIGURED)
    typer.echo(T.STATUS.format(pending=st["pending"], failed=st["failed"], done=st["done"],
                               next=_when(st["next_attempt_at"]), error=st["last_error"] or "-"))


@sheets_app.command("sync", help="Kirim sekarang semua operasi yang sudah jatuh tempo (--terus: jalan terus sebagai pekerja).")
def sync(
    retry_failed: bool = typer.Option(False, "--ulang-gagal", help="Antrekan ulang operasi yang gagal"),
    forever: bool = typer.Option(False, "--terus", help="Jangan berhenti: kuras antrean setiap --jeda detik"),
    pause: float = typer.Option(30.0, "--jeda", min=1.0, help="Jeda antarputaran untuk --terus, detik"),
) -> None:
    """Drain the Sheets outbox once, or keep draining as a worker (``--terus``)."""
    import time
    from datetime import datetime

    from jejak.services import Services
    from journal.errors import JournalError
    from journal.sheets.worker import SheetsWorker
    from journal.sheets.worker import retry_failed as requeue

    settings = _settings()
    services = Services(settings)
    try:
        if retry_failed:
            typer.echo(T.RETRIED.format(n=requeue(services.journal)))
        worker = SheetsWorker(services.journal, settings)
        while True:
            try:
                res = worker.drain()
            except JournalError as exc:  # the journal out of reach for a moment: a worker keeps going
                if not forever:
                    raise
                typer.echo(f"Galat: {exc}", err=True)
                time.sleep(pause)
                continue
            if res.failed:
                typer.echo(T.SYNC_REJECTED.format(failed=res.failed, error=res.error), err=True)
            elif res.error:
                typer.echo(T.SYNC_FAIL.format(error=res.error, ops=res.ops_done, next=_when(res.next_attempt_at)),
                           err=True)
            elif res.ops_done or not forever:
                typer.echo(T.SYNC_OK.format(ops=res.ops_done, rows=res.rows_written, requests=res.requests))
            if not forever:
                break
            wait = pause
            if res.next_attempt_at:
                wait = min(pause, max(1.0, (res.next_attempt_at - datetime.utcnow()).total_seconds()))
            time.sleep(wait)
    finally:
        services.close()
    if res.failed:
        raise typer.Exit(1)
    if res.error:
        raise typer.Exit(2)


@sheets_app.command("rebuild", help="Tulis ulang tab jurnal seorang pegawai dari jurnal.")
def rebuild(nip: str = typer.Option(..., "--nip", help="NIP pegawai")) -> None:
    """Rewrite one employee's journal tab from the journal."""
    from jejak.services import Services
    from journal.models import Staff
    from journal.sheets import layout
    from journal.sheets.client import open_client
    from journal.sheets.tabs import rebuild_employee

    settings = _settings()
    services = Services(settings)
    try:
        n = rebuild_employee(services.journal, settings, open_client(settings), nip)
        with services.journal.session() as s:
            person = s.get(Staff, nip)
            tab = layout.tab_name(person.name, person.sheet_name)
    finally:
        services.close()
    typer.echo(T.REBUILT.format(tab=tab, rows=n))


@sheets_app.command("import", help="Impor spreadsheet alur kerja n8n: pegawai, probis, pokin dan aktivitas lama.")
def import_(
    staff_id: str | None = typer.Option(None, "--pegawai", help="Id spreadsheet Data_Pegawai (bawaan: JEJAK_SHEETS_STAFF_ID)"),
    journal_id: str | None = typer.Option(None, "--jurnal", help="Id spreadsheet jurnal (bawaan: JEJAK_SHEETS_JOURNAL_ID)"),
    agency_id: str | None = typer.Option(None, "--instansi", "-i", help="Kode instansi, mis. dsis"),
) -> None:
    """Import the n8n workflow's spreadsheets: staff, processes, trees and old activities."""
    from jejak.migrate import import_spreadsheets
    from jejak.services import Services
    from journal.sheets.client import open_client

    settings = _settings()
    services = Services(settings)
    staff_id = staff_id or settings.sheets_staff_id
    journal_id = journal_id or settings.sheets_journal_id
    if not (staff_id or journal_id):
        from journal.sheets.errors import SheetsNotConfigured

        services.close()
        raise SheetsNotConfigured()
    try:
        rep = import_spreadsheets(services.journal, services.knowledge, open_client(settings), staff_sid=staff_id,
                                  journal_sid=journal_id, agency_id=agency_id or settings.default_instansi,
                                  max_file_mb=settings.max_file_mb)
    finally:
        services.close()
    for note in rep.notes:
        typer.echo(f"- {note}")
    typer.echo(T.IMPORTED.format(sid=", ".join(dict.fromkeys(x for x in (staff_id, journal_id) if x)),
                                 staff=rep.staff, activities=rep.activities, skipped=rep.skipped,
                                 probis=rep.probis, pokin=rep.pokin))


@app.command("rekap", help="Rekap mingguan/bulanan pegawai, tim, unit atau instansi: xlsx, pdf, png, sheets, csv (e-Kinerja).")
def rekap(
    nip: str | None = typer.Option(None, "--nip", help="NIP pegawai"),
    unit: str | None = typer.Option(None, "--unit", help="Nama unit kerja"),
    atasan: str | None = typer.Option(None, "--atasan", help="NIP atasan: seluruh bawahannya"),
    agency_id: str | None = typer.Option(None, "--instansi", help="Kode instansi"),
    minggu: str | None = typer.Option(None, "--minggu", help="Minggu ISO, mis. 2026-W48"),
    bulan: str | None = typer.Option(None, "--bulan", help="Bulan, mis. 2026-11"),
    fmt: str = typer.Option("xlsx", "--format", "-f", help="xlsx | pdf | png | sheets | csv"),
    out: Path | None = typer.Option(None, "--out", "-o", help="Berkas atau folder keluaran"),
) -> None:
    """Build a weekly or monthly recap of a person, team, unit or agency in the chosen format."""
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from jejak.services import Services
    from journal.calendar import PeriodError, month, week
    from journal.calendar import number as num
    from journal.recap import Target, build_recap
    from journal.reports.export import FORMATS, write_files

    scopes = [(k, v) for k, v in (("pegawai", nip), ("unit", unit), ("atasan", atasan), ("instansi", agency_id)) if v]
    if len(scopes) != 1:
        raise typer.BadParameter(T.SCOPE_NEEDED)
    if bool(minggu) == bool(bulan):
        raise typer.BadParameter(T.PERIOD_NEEDED)
    if fmt not in FORMATS:
        raise typer.BadParameter(T.FORMAT_UNKNOWN.format(fmt=fmt))
    settings = _settings()
    try:
        period = week(minggu) if minggu else month(bulan)
    except PeriodError as exc:
        raise typer.BadParameter(str(exc)) from exc
    today = datetime.now(ZoneInfo(settings.timezone)).date()
    services = Services(settings)
    try:
        with services.journal.session() as s:
            recap = build_recap(s, Target(*scopes[0]), period, standard_hours=settings.daily_standard_hours,
                                holidays=settings.holidays, today=today,
                                with_entries=True if fmt in ("csv", "pdf") else None)
    finally:
        services.close()
    typer.echo(T.RECAP_LINE.format(label=recap.label, period=recap.period.label, entries=recap.total_entries,
                                   hours=num(recap.total_hours), std=num(recap.standard_total),
                                   pct=f"{recap.fill_percent:.0f}", empty=sum(len(p.missing) for p in recap.people)))
    if fmt == "sheets":
        from journal.sheets.client import open_client
        from journal.sheets.tabs import write_recap_tab

        tab = write_recap_tab(settings, open_client(settings), recap)
        typer.echo(T.SHEET_WRITTEN.format(tab=tab, sid=settings.sheets_staff_id or settings.sheets_journal_id))
        return
    for path in write_files(recap, fmt, out):
        typer.echo(T.WRITTEN.format(path=path))
