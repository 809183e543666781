"""/tanya, /tim (with the review buttons of ``bot.review``) and the daily escalation to supervisors.

Everything reads through ``journal.scope``; what a person may see or change is
decided there, not here.
"""
from __future__ import annotations

import asyncio
import logging
from datetime import date, time as dtime

from telegram import Update
from telegram.ext import Application, CommandHandler, ContextTypes

from bot import texts_tanya as T
from bot.access import registered, services
from bot.people import Person
from bot.review import review_keyboard
from bot.robustness import split_text

log = logging.getLogger(__name__)


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
    """/tanya: answer a question about the journal, within what the asker may see."""
    question = " ".join(context.args or []).strip()
    if not question:
        await _reply(update, T.TANYA_USAGE)
        return
    qa = services(context).tanya
    answer = await asyncio.to_thread(qa.ask, person.nip, question, _today(context, person))
    await _reply(update, answer.text)


@registered
async def tim(update: Update, context: ContextTypes.DEFAULT_TYPE, person: Person) -> None:
    """/tim [hari|minggu|bulan]: the supervisor's team view, with buttons for entries waiting for review."""
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


async def run_escalation(application: Application, today: date | None = None) -> int:
    """Tell each supervisor who of their reports logged nothing for N working days; once a day."""
    from journal.monitor import idle_staff, supervisors
    from journal.monitor_view import render_escalation
    from journal.models import SentNotice, Staff

    svc = application.bot_data["services"]
    days = svc.settings.escalation_days
    sent = 0
    # the closures below close over the loop's nip and day, but each is awaited within its own iteration
    for nip in await asyncio.to_thread(lambda: _with(svc, lambda s: supervisors(s))):
        boss = await asyncio.to_thread(lambda: _with(svc, lambda s: s.get(Staff, nip)))  # noqa: B023 - awaited here
        if boss is None or not boss.telegram_id or boss.blocked_bot:
            continue
        day = today or application.bot_data["clock"].today(boss.timezone)
        rows = await asyncio.to_thread(lambda: _with(svc, lambda s: idle_staff(
            s, nip, today=day, days=days, holidays=svc.settings.holidays)))  # noqa: B023 - awaited here
        if not rows:
            continue
        claimed = await asyncio.to_thread(lambda: _with(svc, lambda s: _claim(s, SentNotice, nip, day)))  # noqa: B023
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
    """Add /tanya and /tim, and the daily escalation job on working days at the reminder time."""
    application.add_handlers([CommandHandler("tanya", tanya), CommandHandler("tim", tim)])
    svc = application.bot_data.get("services")
    if application.job_queue is not None and svc is not None:
        from zoneinfo import ZoneInfo

        hh, mm = (int(x) for x in svc.settings.reminder_time.split(":"))
        application.job_queue.run_daily(_escalation_job, time=dtime(hh, mm, tzinfo=ZoneInfo(svc.settings.timezone)),
                                        days=(0, 1, 2, 3, 4), name="tanya-escalation")
