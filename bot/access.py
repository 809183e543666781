"""Who is talking: the registered person behind an update, and role checks."""
from __future__ import annotations

import asyncio
import functools
from collections.abc import Awaitable, Callable

from telegram import Update
from telegram.ext import ContextTypes

from bot import people, texts
from bot.people import Person
from journal import registration

Handler = Callable[[Update, ContextTypes.DEFAULT_TYPE, Person], Awaitable[None]]


def services(context: ContextTypes.DEFAULT_TYPE):
    """The application's services, put in ``bot_data`` by ``build_application``."""
    return context.bot_data["services"]


async def person_of(update: Update, context: ContextTypes.DEFAULT_TYPE) -> Person | None:
    """The registered person behind an update, or None; writing to the bot again means they unblocked it."""
    user = update.effective_user
    if user is None:
        return None
    journal = services(context).journal
    person = await asyncio.to_thread(people.by_telegram, journal, user.id)
    if person is not None and person.blocked:
        await asyncio.to_thread(registration.set_blocked, journal, user.id, False)
    return person


async def _deny(update: Update, text: str) -> None:
    if update.callback_query:
        await update.callback_query.answer(text, show_alert=True)
    elif update.effective_message:
        await update.effective_message.reply_text(text)


def registered(func: Handler):
    """Run ``func(update, context, person)`` only for registered staff."""

    @functools.wraps(func)
    async def wrapper(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        person = await person_of(update, context)
        if person is None:
            await _deny(update, texts.NOT_REGISTERED)
            return
        await func(update, context, person)

    return wrapper


def admin_only(func: Handler):
    """Run ``func`` only for an admin of an agency."""

    @registered
    @functools.wraps(func)
    async def wrapper(update: Update, context: ContextTypes.DEFAULT_TYPE, person) -> None:
        if not person.is_admin:
            await _deny(update, texts.ADMIN_ONLY)
            return
        await func(update, context, person)

    return wrapper


def user_lock(context: ContextTypes.DEFAULT_TYPE, user_id: int) -> asyncio.Lock:
    """One lock per user: their messages are handled in order, others run alongside."""
    locks: dict[int, asyncio.Lock] = context.bot_data.setdefault("user_locks", {})
    lock = locks.get(user_id)
    if lock is None:
        lock = locks[user_id] = asyncio.Lock()
    return lock
