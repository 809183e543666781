"""Admin work from chat: a document with the caption /ingest goes into the
agency's knowledge base; /kb lists the documents."""
from __future__ import annotations

import asyncio
import logging
import re
import time
from pathlib import Path

from telegram import Update
from telegram.ext import CommandHandler, ContextTypes, MessageHandler, filters

from bot import texts
from bot.access import admin_only, services
from bot.evidence import human_size
from bot.people import Person
from bot.robustness import send_text

log = logging.getLogger(__name__)

INGEST_SUFFIXES = {".pdf", ".docx", ".xlsx", ".csv", ".md", ".txt"}
PROGRESS_EVERY_S = 1.0


def upload_dir(settings) -> Path:
    """Where documents sent to the bot are kept for ingesting."""
    return settings.data_dir / "uploads"


def safe_name(name: str | None) -> str:
    """A sent file's name reduced to safe characters, so it cannot point outside the upload folder."""
    name = Path(name or "dokumen").name
    return re.sub(r"[^\w.\-]+", "_", name) or "dokumen"


def sync_journal(journal, report, agency_id: str) -> None:
    """Staff and SKP rows found by the ingest go into the journal (when that module is present)."""
    if not (report.staff or report.skps):
        return
    from journal import staff as staff_mod

    staff_mod.sync_staff(journal, agency_id, report.staff, report.skps)


def run_ingest(svc, path: Path, agency_id: str, progress) -> object:
    """Ingest an uploaded file into the agency's knowledge base, syncing its staff and SKP to the journal (blocking)."""
    from functools import partial

    from ingest.limits import IngestLimits
    from ingest.pipeline import ingest_paths
    from journal.errors import JournalError
    from journal.staff import sync_staff

    report = ingest_paths(svc.knowledge, [path], agency_id=agency_id, limits=IngestLimits.of(svc.settings),
                          progress=progress, sync=partial(sync_staff, svc.journal, agency_id),
                          sync_errors=(JournalError,))
    sync_journal(svc.journal, report, agency_id)
    return report


def report_text(name: str, report) -> str:
    """The ingest report as a chat message: what was read, what was skipped and why."""
    lines = [texts.INGEST_DONE.format(name=name, files=report.files, pages=report.pages, chunks=report.chunks,
                                      staff=len(report.staff), skps=len(report.skps))]
    lines += [texts.INGEST_SKIPPED.format(path=Path(p).name, reason=r) for p, r in report.skipped]
    lines += list(report.notes)
    return "\n".join(lines)


@admin_only
async def ingest_document(update: Update, context: ContextTypes.DEFAULT_TYPE, person: Person) -> None:
    """/ingest with a file: store it and ingest it into the admin's agency, reporting progress in the chat."""
    msg = update.effective_message
    doc = msg.document
    svc = services(context)
    if doc is None:
        await msg.reply_text(texts.INGEST_NEED_FILE)
        return
    name = safe_name(doc.file_name)
    if Path(name).suffix.lower() not in INGEST_SUFFIXES:
        await msg.reply_text(texts.INGEST_BAD_TYPE.format(name=name))
        return
    limit = svc.settings.max_file_mb
    if doc.file_size and doc.file_size > limit * 1024 * 1024:
        await msg.reply_text(texts.INGEST_TOO_BIG.format(name=name, size=human_size(doc.file_size), limit=f"{limit:g}"))
        return
    status = await msg.reply_text(texts.INGEST_START.format(name=name))
    folder = upload_dir(svc.settings) / person.agency_id
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    tg_file = await doc.get_file()
    await tg_file.download_to_drive(custom_path=path)

    loop = asyncio.get_running_loop()
    last = [0.0]

    def progress(event):  # called from the ingest thread: rows/pages read, chunks embedded, time left
        now = time.monotonic()
        if now - last[0] < PROGRESS_EVERY_S:
            return
        last[0] = now
        asyncio.run_coroutine_threadsafe(
            status.edit_text(texts.INGEST_PROGRESS.format(name=name, step=event.describe())), loop)

    report = await asyncio.to_thread(run_ingest, svc, path, person.agency_id, progress)
    log.info("admin %s ingested %s: %d chunks", person.nip, name, report.chunks)
    await send_text(context, msg.chat_id, report_text(name, report))


@admin_only
async def ingest_command(update: Update, context: ContextTypes.DEFAULT_TYPE, person: Person) -> None:
    """/ingest without a file: say how to send one."""
    await update.effective_message.reply_text(texts.INGEST_NEED_FILE)


@admin_only
async def kb(update: Update, context: ContextTypes.DEFAULT_TYPE, person: Person) -> None:
    """/kb: the documents in the admin's agency's knowledge base."""
    svc = services(context)
    docs = await asyncio.to_thread(svc.knowledge.list_documents, person.agency_id)
    if not docs:
        await update.effective_message.reply_text(texts.KB_EMPTY.format(agency_id=person.agency_id))
        return
    lines = [texts.KB_HEAD.format(agency_id=person.agency_id)]
    lines += [texts.KB_LINE.format(name=d.source, type=d.type, chunks=d.chunks) for d in docs]
    await send_text(context, update.effective_chat.id, "\n".join(lines))


def handlers() -> list:
    """The admin commands' handlers."""
    return [
        MessageHandler(filters.UpdateType.MESSAGE & filters.ATTACHMENT & filters.CaptionRegex(r"^\s*/ingest\b"),
                       ingest_document),
        CommandHandler("ingest", ingest_command),
        CommandHandler("kb", kb),
    ]
