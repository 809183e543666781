"""Everyday commands of a registered person: /bantuan /hari_ini /rekap /ubah /ajukan /hapus /lihat."""
from __future__ import annotations

import asyncio

from telegram import InputFile, Update
from telegram.ext import CommandHandler, ContextTypes

from bot import documents, texts
from bot.access import registered, services, user_lock
from bot.activity_flow import ask_delete, run_edit
from bot.people import Person
from bot.review import ids_and_text
from bot.robustness import send_text
from journal import calendar, entries
from journal import conversation as C

SPREADSHEET_URL = "https://docs.google.com/spreadsheets/d/{id}"


def _clock(context: ContextTypes.DEFAULT_TYPE):
    return context.bot_data["clock"]


def _hours(minutes: int) -> str:
    return calendar.fmt_hours(minutes / 60) + " jam"


def _pct(minutes: int, standard_hours: float) -> int:
    return round(100 * minutes / 60 / standard_hours) if standard_hours else 0


@registered
async def bantuan(update: Update, context: ContextTypes.DEFAULT_TYPE, person: Person) -> None:
    """/bantuan: the help, with the supervisor's and admin's commands for those who have them."""
    text = texts.HELP
    if person.is_supervisor:
        text += texts.HELP_SUPERVISOR
    if person.is_admin:
        text += texts.HELP_ADMIN
    await send_text(context, update.effective_chat.id, text)


@registered
async def hari_ini(update: Update, context: ContextTypes.DEFAULT_TYPE, person: Person) -> None:
    """/hari_ini: today's entries and hours against the daily standard."""
    settings = services(context).settings
    today = _clock(context).today(person.timezone)
    label = calendar.day(today).label
    rows = await asyncio.to_thread(entries.between, services(context).journal, person.nip, today, today)
    if not rows:
        await update.effective_message.reply_text(texts.TODAY_EMPTY.format(day=label))
        return
    lines = [texts.TODAY_HEAD.format(day=label)]
    for e in rows:
        lines.append(texts.TODAY_LINE.format(
            id=e.id, time=f"{e.start} " if e.start else "", text=e.text,
            minutes=f" ({calendar.fmt_minutes(e.minutes)})" if e.minutes else ""))
    total = sum(e.minutes or 0 for e in rows)
    lines.append("")
    standard = f"{settings.daily_standard_hours:g}".replace(".", ",")
    lines.append(texts.TODAY_TOTAL.format(hours=_hours(total), standard=standard,
                                          pct=_pct(total, settings.daily_standard_hours)))
    await send_text(context, update.effective_chat.id, "\n".join(lines))


@registered
async def rekap(update: Update, context: ContextTypes.DEFAULT_TYPE, person: Person) -> None:
    """/rekap minggu|bulan: the person's recap of the week or month with a chart of hours."""
    arg = (context.args[0].lower() if context.args else "")
    if arg not in ("minggu", "bulan"):
        await update.effective_message.reply_text(texts.REKAP_USAGE)
        return
    svc = services(context)
    today = _clock(context).today(person.timezone)
    period = calendar.week_of(today) if arg == "minggu" else calendar.month_of(today)
    recap = await asyncio.to_thread(documents.person_recap, svc.journal, svc.settings, person.nip, period, today)
    if not recap.total_entries:
        await update.effective_message.reply_text(texts.REKAP_EMPTY.format(label=period.label))
        return
    minutes = round(recap.total_hours * 60)
    caption = "\n".join([
        texts.REKAP_HEAD.format(label=period.label, name=person.name),
        texts.REKAP_BODY.format(
            count=recap.total_entries, days=len(recap.daily), hours=_hours(minutes),
            standard=_hours(round(recap.standard_total * 60)), pct=round(recap.fill_percent),
            values=", ".join(f"{v} ({n})" for v, n in recap.values.most_common(3)) or texts.NONE),
    ])
    png = await asyncio.to_thread(documents.hours_chart, recap)
    await update.effective_message.reply_photo(InputFile(png, filename=f"rekap-{period.key}.png"),
                                               caption=caption)


async def _recent_list(update: Update, context, person: Person, head: str) -> None:
    rows = await asyncio.to_thread(entries.recent, services(context).journal, person.nip, 5)
    lines = [head] + [texts.RECENT_LINE.format(id=e.id, day=calendar.fmt_day(e.day), text=e.text) for e in rows]
    if not rows:
        lines.append(texts.NO_RECENT)
    await send_text(context, update.effective_chat.id, "\n".join(lines))


def _entry_id(context) -> int | None:
    if not context.args:
        return None
    raw = context.args[0].lstrip("#")
    return int(raw) if raw.isdigit() else None


@registered
async def ubah(update: Update, context: ContextTypes.DEFAULT_TYPE, person: Person) -> None:
    """/ubah N teks: rewrite an entry from new text; without a number, the recent entries to choose from."""
    activity_id = _entry_id(context)
    new_text = " ".join(context.args[1:]).strip()
    if activity_id is None:
        await _recent_list(update, context, person, texts.UBAH_USAGE)
        return
    journal = services(context).journal
    entry = await asyncio.to_thread(entries.get_own, journal, person.nip, activity_id)
    if entry is None:
        await update.effective_message.reply_text(texts.ACTIVITY_NOT_FOUND.format(id=activity_id))
        return
    if not new_text:
        await asyncio.to_thread(C.update, journal, person.nip, {"edit": {"activity_id": activity_id}}, "telegram")
        await update.effective_message.reply_text(texts.ASK_EDIT.format(id=activity_id, text=entry.text))
        return
    await run_edit(update, context, person, activity_id, new_text)


@registered
async def ajukan(update: Update, context: ContextTypes.DEFAULT_TYPE, person: Person) -> None:
    """/ajukan N teks: the entry is corrected (re-analysed) and submitted again; /ajukan N: the next message is the correction."""
    ids, text = ids_and_text(context.args)
    if len(ids) != 1:
        await send_text(context, update.effective_chat.id, texts.AJUKAN_USAGE)
        return
    svc = services(context)
    entry = await asyncio.to_thread(entries.get_own, svc.journal, person.nip, ids[0])
    if entry is None or entry.status != "returned":
        why = texts.NOT_RETURNED.format(id=ids[0], status=texts.STATUS_NAMES.get(entry.status, entry.status)) if entry \
            else texts.NOT_YOURS.format(id=ids[0])
        await send_text(context, update.effective_chat.id, why)
        return
    if not text:
        await asyncio.to_thread(C.update, svc.journal, person.nip, {"edit": {"activity_id": ids[0]}}, "telegram")
        await send_text(context, update.effective_chat.id, texts.ASK_CORRECTION.format(id=ids[0], text=entry.text))
        return
    await run_edit(update, context, person, ids[0], text)


@registered
async def hapus(update: Update, context: ContextTypes.DEFAULT_TYPE, person: Person) -> None:
    """/hapus N: delete an entry after confirming; without a number, the recent entries to choose from."""
    activity_id = _entry_id(context)
    if activity_id is None:
        await _recent_list(update, context, person, texts.HAPUS_USAGE)
        return
    await ask_delete(context, update.effective_chat.id, person, activity_id)


@registered
async def lihat(update: Update, context: ContextTypes.DEFAULT_TYPE, person: Person) -> None:
    """/lihat: the link to the person's sheet, or this month's workbook when there is no sheet."""
    svc = services(context)
    link = sheet_link(svc.settings, person)
    if link:
        await update.effective_message.reply_text(texts.LIHAT_SHEET.format(link=link))
        return
    today = _clock(context).today(person.timezone)
    period = calendar.month_of(today)
    recap = await asyncio.to_thread(documents.person_recap, svc.journal, svc.settings, person.nip, period, today)
    data = await asyncio.to_thread(documents.workbook, recap)
    await update.effective_message.reply_document(
        InputFile(data, filename=f"jejak-{person.nip}-{period.key}.xlsx"),
        caption=texts.LIHAT_XLSX.format(label=period.label))


def sheet_link(settings, person: Person) -> str | None:
    """The person's own sheet (LinkFile), else the journal spreadsheet holding their tab; None without Sheets."""
    if not settings.sheets_enabled:
        return None
    if person.sheet_link:
        return person.sheet_link
    if settings.sheets_journal_id:
        return SPREADSHEET_URL.format(id=settings.sheets_journal_id)
    return None


@registered
async def batal(update: Update, context: ContextTypes.DEFAULT_TYPE, person: Person) -> None:
    """Cancel the one thing open: a pending review reason, an edit, a file to place, or the asked item."""
    from agent.runner import cancel

    async with user_lock(context, update.effective_user.id):
        done = await asyncio.to_thread(cancel, services(context).journal, person.nip)
    if done.kind == "review":
        text = texts.REVIEW_SLOT_CANCELLED.format(id=done.value["activity_id"])
    elif done.kind == "file":
        text = texts.FILE_CANCELLED
    else:
        text = done.reply
    await update.effective_message.reply_text(text)


def handlers() -> list:
    """The everyday commands' handlers."""
    return [
        CommandHandler(["bantuan", "help"], bantuan),
        CommandHandler("hari_ini", hari_ini),
        CommandHandler("rekap", rekap),
        CommandHandler("ubah", ubah),
        CommandHandler("ajukan", ajukan),
        CommandHandler("hapus", hapus),
        CommandHandler("lihat", lihat),
        CommandHandler("batal", batal),
    ]
