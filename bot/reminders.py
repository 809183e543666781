"""Daily reminders and the weekly supervisor digest.

Schedules live in the journal's ``Schedule`` table and become jobs each time
the bot starts: one job per schedule and time zone (WIB, WITA, WIT), so 16:00
means 16:00 where each person is. ``SentNotice`` makes sure nobody gets the
same notice twice on one day, across restarts. Time comes from the
application's clock, which tests set.
"""
from __future__ import annotations

import asyncio
import logging
from datetime import date, datetime, time, timedelta
from textwrap import shorten
from zoneinfo import ZoneInfo

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError
from telegram.error import Forbidden
from telegram.ext import Application, ContextTypes

from bot import people, texts
from bot.people import Person
from bot.review import MAX_BUTTONS, review_keyboard
from journal import calendar, entries, registration
from journal.db import Journal
from journal.models import Schedule, SentNotice

log = logging.getLogger(__name__)

DAILY = "pengingat_harian"
WEEKLY = "ringkasan_mingguan"
CATCH_UP = timedelta(hours=4)  # a reminder missed while the bot was down is still sent this long after


def ensure_schedules(journal: Journal, settings) -> list[Schedule]:
    """The stored schedules, with the two defaults created from settings the first time."""
    with journal.session() as s:
        if s.get(Schedule, DAILY) is None:
            s.add(Schedule(name=DAILY, kind="reminder", at=settings.reminder_time, weekday=None))
        if s.get(Schedule, WEEKLY) is None:
            s.add(Schedule(name=WEEKLY, kind="digest", at=settings.reminder_time, weekday=settings.digest_weekday))
        s.flush()
        return list(s.scalars(select(Schedule).order_by(Schedule.name)))


def _at(schedule: Schedule) -> time:
    hh, mm = schedule.at.split(":")
    return time(int(hh), int(mm))


async def install(application: Application) -> list[str]:
    """Create the jobs of every enabled schedule; returns the job names."""
    svc = application.bot_data["services"]
    schedules = await asyncio.to_thread(ensure_schedules, svc.journal, svc.settings)
    names = []
    for sch in schedules:
        if not sch.enabled:
            continue
        days = tuple(range(7)) if sch.weekday is None else (sch.weekday,)
        for label, zone in calendar.ZONES.items():
            at = _at(sch).replace(tzinfo=ZoneInfo(zone))
            name = f"{sch.name}@{label}"
            application.job_queue.run_daily(_job, at, days=days, name=name,
                                            data={"schedule": sch.name, "zone": zone})
            names.append(name)
    application.job_queue.run_once(_catch_up, 5, name="catch_up")
    return names


async def _job(context: ContextTypes.DEFAULT_TYPE) -> None:
    await run_due(context.application, context.job.data["schedule"], zone=context.job.data["zone"])


async def _catch_up(context: ContextTypes.DEFAULT_TYPE) -> None:
    for name in (DAILY, WEEKLY):
        await run_due(context.application, name)


def _claim(journal: Journal, nip: str, kind: str, day: date) -> bool:
    try:
        with journal.session() as s:
            s.add(SentNotice(nip=nip, kind=kind, day=day))
        return True
    except IntegrityError:
        return False


def _unclaim(journal: Journal, nip: str, kind: str, day: date) -> None:
    with journal.session() as s:
        s.execute(delete(SentNotice).where(SentNotice.nip == nip, SentNotice.kind == kind, SentNotice.day == day))


def _due(sch: Schedule, local: datetime, holidays) -> bool:
    start = datetime.combine(local.date(), _at(sch), tzinfo=local.tzinfo)
    if not start <= local < start + CATCH_UP:
        return False
    if sch.weekday is not None:
        return local.weekday() == sch.weekday
    return calendar.is_working_day(local.date(), holidays)


async def run_due(application: Application, schedule_name: str, *, zone: str | None = None) -> int:
    """Send the notices of one schedule that are due now; returns how many were sent."""
    svc = application.bot_data["services"]
    clock = application.bot_data["clock"]
    journal = svc.journal
    with journal.session() as s:
        sch = s.get(Schedule, schedule_name)
    if sch is None or not sch.enabled:
        return 0
    if sch.kind == "digest":
        targets = await asyncio.to_thread(people.supervisors, journal)
    else:
        targets = await asyncio.to_thread(people.registered, journal)
    if zone is not None:
        targets = [p for p in targets if calendar.zone_name(p.timezone) == zone]
    sent = 0
    for person in targets:
        local = clock.local(person.timezone)
        if not _due(sch, local, svc.settings.holidays):
            continue
        today = local.date()
        markup = None
        if sch.kind == "digest":
            text, pending = await asyncio.to_thread(digest, journal, svc.settings, person, today)
            markup = review_keyboard(pending)
        else:
            if person.nip in await asyncio.to_thread(entries.logged_on, journal, [person.nip], today):
                continue
            text = texts.REMINDER.format(name=person.name, day=calendar.day(today).label)
        if text is None or not await asyncio.to_thread(_claim, journal, person.nip, sch.kind, today):
            continue
        if await _send(application, person, text, markup):
            sent += 1
        else:
            await asyncio.to_thread(_unclaim, journal, person.nip, sch.kind, today)
    if sent:
        log.info("%s: %d sent", schedule_name, sent)
    return sent


async def _send(application: Application, person: Person, text: str, markup=None) -> bool:
    """Send a notice (buttons under its last part); False when it should be retried later."""
    from bot.robustness import split_text

    try:
        parts = split_text(text)
        for i, part in enumerate(parts):
            await application.bot.send_message(person.telegram_id, part,
                                               reply_markup=markup if i == len(parts) - 1 else None)
        return True
    except Forbidden:
        journal = application.bot_data["services"].journal
        await asyncio.to_thread(registration.set_blocked, journal, person.telegram_id, True)
        log.info("%s blocked the bot; marked and skipped", person.nip)
        return True  # the claim stays: a blocked chat is not retried today
    except Exception:  # noqa: BLE001 - logged; the claim is released so a later run retries
        log.warning("could not send a notice to %s", person.nip, exc_info=True)
        return False


def digest(journal: Journal, settings, supervisor: Person, today: date) -> tuple[str | None, list[int]]:
    """The weekly digest of a supervisor's team and the ids of the entries it offers review buttons for."""
    members = people.team(journal, supervisor.nip)
    if not members:
        return None, []
    period = calendar.week_of(today)
    week = entries.team_week(journal, [m.nip for m in members], period.start, today)
    workdays = calendar.working_days(period.start, today, settings.holidays)
    standard = len(workdays) * settings.daily_standard_hours
    lines = [texts.DIGEST_HEAD.format(label=period.label)]
    for m in members:
        lines.append(texts.DIGEST_LINE.format(name=m.name, days=week.days.get(m.nip, 0),
                                              hours=f"{week.minutes.get(m.nip, 0) / 60:.1f}".replace(".", ","),
                                              standard=f"{standard:g}".replace(".", ",")))
    idle = [m.name for m in members if not week.days.get(m.nip)]
    if idle:
        lines.append(texts.DIGEST_IDLE.format(names=", ".join(idle)))
    spread = ", ".join(f"{v} {n}" for v, n in week.values.most_common()) or texts.NONE
    lines.append(texts.DIGEST_VALUES.format(values=spread))
    lines.append(texts.DIGEST_PENDING.format(count=len(week.pending)))
    names = {m.nip: m.name for m in members}
    shown = week.pending[:MAX_BUTTONS]
    for e in shown:
        lines.append(texts.DIGEST_PENDING_LINE.format(id=e.id, day=f"{e.day:%d/%m}", name=names.get(e.nip, e.nip),
                                                      text=shorten(e.text, 80, placeholder="...")))
    if len(week.pending) > len(shown):
        lines.append(texts.DIGEST_PENDING_MORE.format(count=len(week.pending) - len(shown)))
    return "\n".join(lines), [e.id for e in shown]
