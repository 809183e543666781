"""/tim: a supervisor's team for today, this week or this month, with the review buttons of ``bot.review``.

Whose entries are shown is decided by ``journal.scope``; a person without a team gets its
``ScopeError`` line from ``bot.errors``.
"""
from __future__ import annotations

import asyncio

from telegram import Update
from telegram.ext import CommandHandler, ContextTypes

from bot import texts as T
from bot.access import registered, services
from bot.people import Person
from bot.review import review_keyboard
from bot.robustness import send_text


@registered
async def tim(update: Update, context: ContextTypes.DEFAULT_TYPE, person: Person) -> None:
    """/tim [hari|minggu|bulan]: the supervisor's team view, with buttons for entries waiting for review."""
    from journal import calendar as cal
    from journal.monitor import team_view
    from journal.monitor_view import render_team

    arg = (context.args or [""])[0].lower() if context.args else ""
    if arg not in ("", "hari", "minggu", "bulan"):
        await send_text(context, update.effective_chat.id, T.TIM_USAGE)
        return
    today = context.bot_data["clock"].today(person.timezone)
    period = cal.week_of(today) if arg == "minggu" else cal.month_of(today) if arg == "bulan" else cal.day(today)
    svc = services(context)

    def build():
        with svc.journal.session() as s:
            view = team_view(s, person.nip, period, today=today, standard_hours=svc.settings.daily_standard_hours,
                             holidays=svc.settings.holidays)
            return render_team(view), [e.id for e in view.pending]

    text, pending = await asyncio.to_thread(build)  # a person without a team: ScopeError, told by bot.errors
    await send_text(context, update.effective_chat.id, text, reply_markup=review_keyboard(pending))


def handlers() -> list:
    """The /tim handler."""
    return [CommandHandler("tim", tim)]
