"""Photos and documents with a caption become evidence of an activity.

The file is kept under ``settings.evidence_dir`` named by its SHA-256, so the
same file sent twice is stored once. ``#12`` in the caption names the entry;
otherwise the person's latest entry gets it.
"""
from __future__ import annotations

import asyncio
import hashlib
import mimetypes
import os
import re
import tempfile
from pathlib import Path

from telegram import Update
from telegram.ext import ContextTypes, MessageHandler, filters

from bot import entries, texts
from bot.access import registered, services
from bot.people import Person

ALLOWED_MIME = {
    "image/jpeg", "image/png", "image/webp", "image/heic", "application/pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "application/msword", "application/vnd.ms-excel", "text/plain", "text/csv",
}
ENTRY_RE = re.compile(r"#(\d+)")


def human_size(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB" if n >= 1024 * 1024 else f"{max(1, n // 1024)} KB"


def save_file(folder: Path, data: bytes, mime: str | None, name: str | None = None) -> tuple[Path, str]:
    digest = hashlib.sha256(data).hexdigest()
    ext = Path(name).suffix.lower() if name and Path(name).suffix else (mimetypes.guess_extension(mime or "") or "")
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{digest}{ext}"
    if not path.exists():  # a temporary name of its own: two processes may store the same file at once
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=digest[:16] + ".", suffix=".part")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    return path, digest


@registered
async def on_file(update: Update, context: ContextTypes.DEFAULT_TYPE, person: Person) -> None:
    msg = update.effective_message
    settings = services(context).settings
    if msg.photo:
        media, mime, name, kind = msg.photo[-1], "image/jpeg", None, texts.KIND_PHOTO
    else:
        doc = msg.document
        name = doc.file_name
        mime = doc.mime_type or mimetypes.guess_type(name or "")[0] or "application/octet-stream"
        media, kind = doc, texts.KIND_DOCUMENT
    if mime not in ALLOWED_MIME:
        await msg.reply_text(texts.EVIDENCE_BAD_TYPE.format(mime=mime))
        return
    limit = settings.evidence_max_mb * 1024 * 1024
    if media.file_size and media.file_size > limit:
        await msg.reply_text(texts.EVIDENCE_TOO_BIG.format(size=human_size(media.file_size),
                                                           limit=f"{settings.evidence_max_mb:g}"))
        return
    journal = services(context).journal
    named = ENTRY_RE.search(msg.caption or "")
    if named:
        activity_id = int(named[1])
        if await asyncio.to_thread(entries.get_own, journal, person.nip, activity_id) is None:
            await msg.reply_text(texts.ACTIVITY_NOT_FOUND.format(id=activity_id))
            return
    else:
        latest = await asyncio.to_thread(entries.recent, journal, person.nip, 1)
        if not latest:
            await msg.reply_text(texts.EVIDENCE_NO_ACTIVITY)
            return
        activity_id = latest[0].id
    tg_file = await media.get_file()
    data = bytes(await tg_file.download_as_bytearray())
    if len(data) > limit:
        await msg.reply_text(texts.EVIDENCE_TOO_BIG.format(size=human_size(len(data)),
                                                           limit=f"{settings.evidence_max_mb:g}"))
        return
    path, digest = await asyncio.to_thread(save_file, settings.evidence_dir, data, mime, name)
    await asyncio.to_thread(entries.attach, journal, person.nip, activity_id, path=str(path), sha256=digest,
                            mime=mime, size=len(data))
    await msg.reply_text(texts.EVIDENCE_SAVED.format(kind=kind, size=human_size(len(data)), id=activity_id))


def handlers() -> list:
    return [MessageHandler(filters.UpdateType.MESSAGE & (filters.PHOTO | filters.Document.ALL), on_file)]
