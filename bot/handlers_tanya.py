"""/tanya, /tim, review (inline buttons, /setujui, /kembalikan, /komentar), /ajukan,
and the daily escalation to supervisors.

Everything reads through ``journal.scope``; what a person may see or change is
decided there, not here.
"""
from __future__ import annotations

import asyncio
import logging
import re
from datetime import date, time as dtime

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import Application, CallbackQueryHandler, CommandHandler, ContextTypes

from bot import texts_tanya as T
from bot.access import registered, services
from bot.people import Person
from bot.robustness import split_text

log = logging.getLogger(__name__)
CALLBACK = re.compile(r"^rv:(a|r|c):(\d+)$")
MAX_BUTTONS = 8


def review_keyboard(activity_ids: list[int]) -> InlineKeyboardMarkup | None:
    """Approve / return / comment buttons, one row per entry (for /tim and digests)."""
    rows = [[InlineKeyboardButton(T.BTN_APPROVE.format(id=i), callback_data=f"rv:a:{i}"),
             InlineKeyboardButton(T.BTN_RETURN.format(id=i), callback_data=f"rv:r:{i}"),
             InlineKeyboardButton(T.BTN_COMMENT.format(id=i), callback_data=f"rv:c:{i}")]
            for i in activity_ids[:MAX_BUTTONS]]
    return InlineKeyboardMarkup(rows) if rows else None


def _today(context: ContextTypes.DEFAULT_TYPE, person: Person) -> date:
    return context.bot_data["clock"].today(person.timezone)


async def _reply(update: Update, text: str, markup=None) -> None:
    parts = split_text(text)
    for i, part in enumerate(parts):
        await update.effective_message.reply_text(part, reply_markup=markup if i == len(parts) - 1 else None)


def _user_error(exc: Exception) -> str | None:
    from jejak.errors import user_errors

    return str(exc) if isinstance(exc, user_errors()) else None


@registered
async def tanya(update: Update, context: ContextTypes.DEFAULT_TYPE, person: Person) -> None:
    from agent.tanya.graph import from_services

    question = " ".join(context.args or []).strip()
    if not question:
        await _reply(update, T.TANYA_USAGE)
        return
    qa = from_services(services(context))
    answer = await asyncio.to_thread(qa.ask, person.nip, question, _today(context, person))
    await _reply(update, answer.text)


@registered
async def tim(update: Update, context: ContextTypes.DEFAULT_TYPE, person: Person) -> None:
    from journal import calendar as cal
    from journal.monitor import team_view
    from journal.monitor_view import render_team

    arg = (context.args or [""])[0].lower() if context.args else ""
    if arg not in ("", "hari", "minggu", "bulan"):
        await _reply(update, T.TIM_USAGE)
        return
    today = _today(context, person)
    period = cal.week_of(today) if arg == "minggu" else cal.month_of(today) if arg == "bulan" else cal.day(today)
    svc = services(context)

    def build():
        with svc.journal.session() as s:
            view = team_view(s, person.nip, period, today=today, standard_hours=svc.settings.daily_standard_hours,
                             holidays=svc.settings.holidays)
            return render_team(view), [e.id for e in view.pending]

    try:
        text, pending = await asyncio.to_thread(build)
    except Exception as exc:  # domain errors become the reply; anything else goes to the error handler
        if _user_error(exc) is None:
            raise
        await _reply(update, _user_error(exc))
        return
    await _reply(update, text, review_keyboard(pending))


async def _apply(context, person: Person, activity_id: int, action: str, comment: str | None) -> str:
    """Run the review, tell the employee; returns the reply for the reviewer."""
    from journal import facts
    from journal.monitor_view import owner_message, render_review
    from journal.review import review

    svc = services(context)
    notice = await asyncio.to_thread(review, svc.journal, person.nip, activity_id, action, comment)
    with svc.journal.session() as s:
        owner = facts.names(s, [notice.owner_nip]).get(notice.owner_nip, notice.owner_nip)
    reply = render_review(notice, owner)
    message = owner_message(notice)
    if message and not await _notify(context, notice.owner_telegram_id, message):
        reply += "\n" + T.NOT_DELIVERED
    return reply


async def _notify(context, telegram_id: int | None, text: str) -> bool:
    if not telegram_id:
        return False
    try:
        await context.bot.send_message(telegram_id, text)
        return True
    except Exception:  # noqa: BLE001 - the review is saved; the reviewer is told it was not delivered
        log.warning("pemberitahuan ke %s gagal", telegram_id, exc_info=True)
        return False


async def _guarded(update: Update, coro) -> None:
    try:
        text = await coro
    except Exception as exc:
        if _user_error(exc) is None:
            raise
        text = _user_error(exc)
    if update.callback_query:
        await update.callback_query.answer()
    await _reply(update, text)


@registered
async def on_button(update: Update, context: ContextTypes.DEFAULT_TYPE, person: Person) -> None:
    m = CALLBACK.match(update.callback_query.data or "")
    if not m:
        await update.callback_query.answer()
        return
    kind, activity_id = m[1], int(m[2])
    if kind == "a":
        await _guarded(update, _apply(context, person, activity_id, "approve", None))
        return
    await update.callback_query.answer()
    await _reply(update, (T.ASK_RETURN if kind == "r" else T.ASK_COMMENT).format(id=activity_id))


def _id_and_text(args: list[str]) -> tuple[int | None, str]:
    if not args or not args[0].lstrip("#").isdigit():
        return None, ""
    return int(args[0].lstrip("#")), " ".join(args[1:]).strip()


def _review_command(action: str, usage: str, *, needs_text: bool):
    """A /setujui, /kembalikan or /komentar handler: ``/<cmd> <no> [teks]``."""

    @registered
    async def command(update: Update, context: ContextTypes.DEFAULT_TYPE, person: Person) -> None:
        aid, text = _id_and_text(context.args)
        if aid is None or (needs_text and not text):
            await _reply(update, usage)
            return
        await _guarded(update, _apply(context, person, aid, action, text if needs_text else None))

    return command


setujui = _review_command("approve", T.SETUJUI_USAGE, needs_text=False)
kembalikan = _review_command("return", T.KEMBALIKAN_USAGE, needs_text=True)
komentar = _review_command("comment", T.KOMENTAR_USAGE, needs_text=True)


@registered
async def ajukan(update: Update, context: ContextTypes.DEFAULT_TYPE, person: Person) -> None:
    from journal.monitor_texts import REVIEW_DONE, TO_SUPERVISOR_RESUBMIT
    from journal.review import resubmit
    from journal.staff import get_staff

    aid, text = _id_and_text(context.args)
    if aid is None:
        await _reply(update, T.AJUKAN_USAGE)
        return
    svc = services(context)

    async def go() -> str:
        notice = await asyncio.to_thread(resubmit, svc.journal, person.nip, aid, text or None)
        boss = await asyncio.to_thread(get_staff, svc.journal, notice.supervisor_nip) if notice.supervisor_nip else None
        if boss is not None and boss.telegram_id:
            await _notify(context, boss.telegram_id, TO_SUPERVISOR_RESUBMIT.format(
                actor=person.name, id=aid, day=notice.day, text=notice.text))
        return REVIEW_DONE["resubmit"].format(id=aid, owner=person.name, comment="")

    await _guarded(update, go())


async def run_escalation(application: Application, today: date | None = None) -> int:
    """Tell each supervisor who of their reports logged nothing for N working days; once a day."""
    from journal.monitor import idle_staff, supervisors
    from journal.monitor_view import render_escalation
    from journal.models import SentNotice, Staff

    svc = application.bot_data["services"]
    days = svc.settings.escalation_days
    sent = 0
    for nip in await asyncio.to_thread(lambda: _with(svc, lambda s: supervisors(s))):
        boss = await asyncio.to_thread(lambda: _with(svc, lambda s: s.get(Staff, nip)))
        if boss is None or not boss.telegram_id or boss.blocked_bot:
            continue
        day = today or application.bot_data["clock"].today(boss.timezone)
        rows = await asyncio.to_thread(lambda: _with(svc, lambda s: idle_staff(
            s, nip, today=day, days=days, holidays=svc.settings.holidays)))
        if not rows:
            continue
        claimed = await asyncio.to_thread(lambda: _with(svc, lambda s: _claim(s, SentNotice, nip, day)))
        if claimed:
            await application.bot.send_message(boss.telegram_id, render_escalation(rows, days))
            sent += 1
    return sent


def _with(svc, fn):
    with svc.journal.session() as s:
        return fn(s)


def _claim(s, SentNotice, nip: str, day: date) -> bool:
    if s.query(SentNotice).filter_by(nip=nip, kind="escalation", day=day).first():
        return False
    s.add(SentNotice(nip=nip, kind="escalation", day=day))
    return True


async def _escalation_job(context: ContextTypes.DEFAULT_TYPE) -> None:
    await run_escalation(context.application)


def register(application: Application) -> None:
    application.add_handlers([
        CommandHandler("tanya", tanya), CommandHandler("tim", tim), CommandHandler("setujui", setujui),
        CommandHandler("kembalikan", kembalikan), CommandHandler("komentar", komentar),
        CommandHandler("ajukan", ajukan), CallbackQueryHandler(on_button, pattern=CALLBACK),
    ])
    svc = application.bot_data.get("services")
    if application.job_queue is not None and svc is not None:
        from zoneinfo import ZoneInfo

        hh, mm = (int(x) for x in svc.settings.reminder_time.split(":"))
        application.job_queue.run_daily(_escalation_job, time=dtime(hh, mm, tzinfo=ZoneInfo(svc.settings.timezone)),
                                        days=(0, 1, 2, 3, 4), name="tanya-escalation")
