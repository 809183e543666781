"""The daily escalation: each supervisor hears which of their reports logged nothing for
``JEJAK_ESCALATION_DAYS`` working days (once a day, claimed in ``SentNotice``)."""
from __future__ import annotations

import asyncio
from datetime import date
from datetime import time as dtime

from telegram.ext import Application, ContextTypes


async def run_escalation(application: Application, today: date | None = None) -> int:
    """Tell each supervisor who of their reports logged nothing for N working days; once a day."""
    from journal.models import SentNotice, Staff
    from journal.monitor import idle_staff, supervisors
    from journal.monitor_view import render_escalation

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


def schedule(application: Application) -> None:
    """The escalation once a day on working days, at the reminder time of the instance's time zone."""
    svc = application.bot_data.get("services")
    if application.job_queue is not None and svc is not None:
        from zoneinfo import ZoneInfo

        hh, mm = (int(x) for x in svc.settings.reminder_time.split(":"))
        application.job_queue.run_daily(_escalation_job, time=dtime(hh, mm, tzinfo=ZoneInfo(svc.settings.timezone)),
                                        days=(0, 1, 2, 3, 4), name="tanya-escalation")
