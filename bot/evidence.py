"""Photos and documents become evidence of an activity.

- ``#12`` in the caption: attached to entry 12 (the person's own);
- a caption that is an activity ("demo aplikasi ke direktur 10.00-11.00, 1 notulen"):
  the activity is logged (through the same graph as text) and the file attached to it,
  also when a question is asked first;
- no caption, or one that only describes the file: the bot asks which of today's
  entries it belongs to (buttons) instead of guessing.

The file's real type is read from its content (``ingest.filetype``) and must agree
with its name and declared MIME type. Files are kept under ``settings.evidence_dir``
named by their SHA-256, so the same file sent twice is stored once.
"""
from __future__ import annotations

import asyncio
import hashlib
import mimetypes
import os
import re
import tempfile
from pathlib import Path

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import CallbackQueryHandler, ContextTypes, MessageHandler, filters

from bot import texts
from bot.access import registered, services, user_lock
from bot.people import Person
from ingest.filetype import matches
from journal import activities, entries
from journal import conversation as C
from journal.errors import JournalError

ALLOWED_MIME = {
    "image/jpeg", "image/png", "image/webp", "image/heic", "application/pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "application/msword", "application/vnd.ms-excel", "text/plain", "text/csv",
}
ENTRY_RE = re.compile(r"#(\d+)")
PICK = re.compile(r"^ev:(pick|no):(\d+)$")


def human_size(n: int) -> str:
    """A file size for messages (KB or MB)."""
    return f"{n / 1024 / 1024:.1f} MB" if n >= 1024 * 1024 else f"{max(1, n // 1024)} KB"


def save_file(folder: Path, data: bytes, mime: str | None, name: str | None = None) -> tuple[Path, str]:
    """Store evidence under its content hash (the same file once), written atomically."""
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


def pick_keyboard(rows) -> InlineKeyboardMarkup:
    """Buttons choosing which entry a file is evidence for, and one to cancel."""
    buttons = [[InlineKeyboardButton(texts.BUTTON_PICK.format(id=e.id, text=e.text[:40]), callback_data=f"ev:pick:{e.id}")]
               for e in rows]
    buttons.append([InlineKeyboardButton(texts.BUTTON_DELETE_NO, callback_data="ev:no:0")])
    return InlineKeyboardMarkup(buttons)


async def _download(msg, media, settings, mime: str, name: str | None) -> dict | str:
    """The file saved under the evidence folder (path, sha256, mime, size), or the refusal to send."""
    limit = settings.evidence_max_mb * 1024 * 1024
    tg_file = await media.get_file()
    data = bytes(await tg_file.download_as_bytearray())
    if len(data) > limit:
        return texts.EVIDENCE_TOO_BIG.format(size=human_size(len(data)), limit=f"{settings.evidence_max_mb:g}")
    ok, kind = matches(data, name or "foto.jpg", mime)
    if not ok:
        return texts.EVIDENCE_FAKE.format(name=name or mime)
    path, digest = await asyncio.to_thread(save_file, settings.evidence_dir, data, mime, name)
    return {"path": str(path), "sha256": digest, "mime": mime, "size": len(data)}


@registered
async def on_file(update: Update, context: ContextTypes.DEFAULT_TYPE, person: Person) -> None:
    """A photo or document: evidence for an entry (the one it answers, or chosen with buttons), or a rejected file."""
    from agent.conversation import is_activity

    msg = update.effective_message
    settings = services(context).settings
    journal = services(context).journal
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
    caption = (msg.caption or "").strip()
    named = ENTRY_RE.search(caption)
    today = context.bot_data["clock"].today(person.timezone)
    if named and await asyncio.to_thread(entries.get_own, journal, person.nip, int(named[1])) is None:
        await msg.reply_text(texts.ACTIVITY_NOT_FOUND.format(id=int(named[1])))
        return
    saved = await _download(msg, media, settings, mime, name)
    if isinstance(saved, str):
        await msg.reply_text(saved)
        return
    if named:
        await msg.reply_text(await _attach(journal, person, int(named[1]), saved, kind))
        return
    if caption and is_activity(caption, today):
        from bot.activity_flow import log_message, source_ref

        async with user_lock(context, update.effective_user.id):
            await log_message(context, person, msg, caption, source_ref(msg.chat_id, msg.message_id), [saved])
        return
    rows = await asyncio.to_thread(entries.between, journal, person.nip, today, today)
    if not rows:
        await msg.reply_text(texts.EVIDENCE_NO_ACTIVITY)
        return
    await asyncio.to_thread(C.update, journal, person.nip, {"file": {**saved, "kind": kind}}, "telegram")
    await msg.reply_text(texts.EVIDENCE_WHICH.format(kind=kind), reply_markup=pick_keyboard(rows[-8:]))


async def _attach(journal, person: Person, activity_id: int, saved: dict, kind: str) -> str:
    """Attach the saved file to the entry; the reply (saved, or no such entry of this person)."""
    try:
        await asyncio.to_thread(activities.attach_evidence, journal, activity_id, person.nip, path=saved["path"],
                                sha256=saved["sha256"], mime=saved["mime"], size=saved["size"])
    except JournalError:  # not found or not the person's: said in the chat, the file stays unattached
        return texts.ACTIVITY_NOT_FOUND.format(id=activity_id)
    return texts.EVIDENCE_SAVED.format(kind=kind, size=human_size(saved["size"]), id=activity_id)


@registered
async def on_pick(update: Update, context: ContextTypes.DEFAULT_TYPE, person: Person) -> None:
    """Attach the waiting file to the entry chosen with a button."""
    query = update.callback_query
    m = PICK.match(query.data or "")
    await query.answer()
    journal = services(context).journal
    saved = await asyncio.to_thread(C.take, journal, person.nip, "file")
    if saved is None:
        await query.edit_message_text(texts.EVIDENCE_GONE)
        return
    if m[1] == "no":
        await query.edit_message_text(texts.FILE_CANCELLED)
        return
    kind = saved.get("kind", texts.KIND_DOCUMENT)
    await query.edit_message_text(await _attach(journal, person, int(m[2]), saved, kind))


def handlers() -> list:
    """The evidence handlers."""
    return [MessageHandler(filters.UpdateType.MESSAGE & (filters.PHOTO | filters.Document.ALL), on_file),
            CallbackQueryHandler(on_pick, pattern=PICK)]
