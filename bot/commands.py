"""Everyday commands of a registered person: /bantuan /hari_ini /rekap /ubah /hapus /lihat."""
from __future__ import annotations

import asyncio

from telegram import InputFile, Update
from telegram.ext import CommandHandler, ContextTypes

from bot import documents, entries, texts
from bot.access import registered, services, user_lock
from bot.logging import analyse, entry_buttons, reply_of
from bot.people import Person
from bot.robustness import edit_or_send, send_text
from journal import calendar

SPREADSHEET_URL = "https://docs.google.com/spreadsheets/d/{id}"


def _clock(context: ContextTypes.DEFAULT_TYPE):
    return context.bot_data["clock"]


def _hours(minutes: int) -> str:
    return f"{minutes / 60:.1f}".replace(".", ",") + " jam"


def _pct(minutes: int, standard_hours: float) -> int:
    return round(100 * minutes / 60 / standard_hours) if standard_hours else 0


@registered
async def bantuan(update: Update, context: ContextTypes.DEFAULT_TYPE, person: Person) -> None:
    text = texts.HELP
    if person.is_supervisor:
        text += texts.HELP_SUPERVISOR
    if person.is_admin:
        text += texts.HELP_ADMIN
    await send_text(context, update.effective_chat.id, text)


@registered
async def hari_ini(update: Update, context: ContextTypes.DEFAULT_TYPE, person: Person) -> None:
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
            minutes=f" ({e.minutes} menit)" if e.minutes else ""))
    total = sum(e.minutes or 0 for e in rows)
    lines.append("")
    standard = f"{settings.daily_standard_hours:g}".replace(".", ",")
    lines.append(texts.TODAY_TOTAL.format(hours=_hours(total), standard=standard,
                                          pct=_pct(total, settings.daily_standard_hours)))
    await send_text(context, update.effective_chat.id, "\n".join(lines))


@registered
async def rekap(update: Update, context: ContextTypes.DEFAULT_TYPE, person: Person) -> None:
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
    lines = [head] + [texts.RECENT_LINE.format(id=e.id, day=e.day.isoformat(), text=e.text) for e in rows]
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
    activity_id = _entry_id(context)
    new_text = " ".join(context.args[1:]).strip()
    if activity_id is None:
        await _recent_list(update, context, person, texts.UBAH_USAGE)
        return
    journal = services(context).journal
    if await asyncio.to_thread(entries.get_own, journal, person.nip, activity_id) is None:
        await update.effective_message.reply_text(texts.ACTIVITY_NOT_FOUND.format(id=activity_id))
        return
    if not new_text:
        context.user_data["edit_id"] = activity_id
        entry = await asyncio.to_thread(entries.get_own, journal, person.nip, activity_id)
        await update.effective_message.reply_text(texts.ASK_EDIT.format(id=activity_id, text=entry.text))
        return
    async with user_lock(context, update.effective_user.id):
        placeholder = await update.effective_message.reply_text(texts.ANALYZING)
        result = await analyse(context, person, new_text, ref=None, activity_id=activity_id)
    head = texts.EDITED_HEAD.format(id=activity_id) if result.status == "saved" else ""
    markup = entry_buttons(result.activity_ids) if result.status == "saved" else None
    await edit_or_send(context, placeholder, head + reply_of(result), reply_markup=markup)


@registered
async def hapus(update: Update, context: ContextTypes.DEFAULT_TYPE, person: Person) -> None:
    activity_id = _entry_id(context)
    if activity_id is None:
        await _recent_list(update, context, person, texts.HAPUS_USAGE)
        return
    ok = await asyncio.to_thread(entries.delete, services(context).journal, person.nip, activity_id)
    text = texts.DELETED if ok else texts.ACTIVITY_NOT_FOUND
    await update.effective_message.reply_text(text.format(id=activity_id))


@registered
async def lihat(update: Update, context: ContextTypes.DEFAULT_TYPE, person: Person) -> None:
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
    from agent.runner import cancel_pending

    editing = context.user_data.pop("edit_id", None) is not None
    async with user_lock(context, update.effective_user.id):
        pending = await asyncio.to_thread(cancel_pending, services(context).journal, person.nip)
    text = texts.FOLLOWUP_CANCELLED if (pending or editing) else texts.NOTHING_TO_CANCEL
    await update.effective_message.reply_text(text)


def handlers() -> list:
    return [
        CommandHandler(["bantuan", "help"], bantuan),
        CommandHandler("hari_ini", hari_ini),
        CommandHandler("rekap", rekap),
        CommandHandler("ubah", ubah),
        CommandHandler("hapus", hapus),
        CommandHandler("lihat", lihat),
        CommandHandler("batal", batal),
    ]
