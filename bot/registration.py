"""/start, NIP registration and the admin's approve/reject buttons."""
from __future__ import annotations

import asyncio
import logging
import re

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import CallbackQueryHandler, CommandHandler, ContextTypes

from bot import people, texts
from bot.access import person_of, services
from bot.robustness import send_text
from journal import registration
from journal.calendar import tidy

log = logging.getLogger(__name__)

NIP_RE = re.compile(r"^\s*(\d[\d .-]{16,30}\d)\s*$")


def looks_like_nip(text: str) -> str | None:
    """The 18 digits of a NIP typed with or without separators, else None."""
    m = NIP_RE.match(text or "")
    if not m:
        return None
    return re.sub(r"\D", "", m[1])


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/start: greet a registered person, or ask an unknown one for their NIP."""
    person = await person_of(update, context)
    if person is not None:
        await update.effective_message.reply_text(texts.WELCOME_BACK.format(name=person.name))
        return
    await update.effective_message.reply_text(texts.ASK_NIP)


async def unregistered_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Plain text from someone not linked yet: a NIP starts registration; anything else is refused,
    saying that the request is still waiting when there is one."""
    msg = update.effective_message
    text = msg.text or ""
    user = update.effective_user
    journal = services(context).journal
    digits = looks_like_nip(text)
    if digits is None:
        waiting = await asyncio.to_thread(registration.pending_request, journal, user.id)
        if waiting:
            await msg.reply_text(texts.REG_WAITING.format(nip=waiting))
            return
        digits_only = re.sub(r"\D", "", text)
        await msg.reply_text(texts.NIP_INVALID if digits_only and len(digits_only) >= 8 else texts.NOT_REGISTERED)
        return
    if len(digits) != 18:
        await msg.reply_text(texts.NIP_INVALID)
        return
    outcome = await asyncio.to_thread(registration.request_link, journal, user.id, digits)
    if outcome.status == "unknown":
        await msg.reply_text(texts.NIP_UNKNOWN.format(nip=digits))
    elif outcome.status == "linked":
        p = await asyncio.to_thread(people.by_nip, journal, digits)
        await msg.reply_text(texts.LINKED.format(name=p.name, jabatan=p.jabatan or "-"))
    elif outcome.status == "already_pending":
        await msg.reply_text(texts.REG_WAITING.format(nip=outcome.nip))
    else:
        taken = outcome.status == "taken"
        await msg.reply_text((texts.NIP_TAKEN if taken else texts.REG_PENDING).format(nip=digits))
        sent = await _notify_admins(context, outcome, user)
        if not sent:
            await msg.reply_text(texts.REG_NO_ADMIN)


async def _notify_admins(context: ContextTypes.DEFAULT_TYPE, outcome, user) -> int:
    journal = services(context).journal
    admins = await asyncio.to_thread(people.admins, journal, outcome.agency_id)
    who = " ".join(x for x in (user.first_name, user.last_name) if x) or "-"
    if user.username:
        who += f" (@{user.username})"
    text = texts.REG_ADMIN_REQUEST.format(id=outcome.registration_id, nip=outcome.nip, name=outcome.name,
                                          unit=outcome.unit or "-", who=who, telegram_id=user.id)
    if outcome.status == "taken":
        text += "\n" + texts.REG_ADMIN_TAKEN.format(telegram_id=outcome.current_telegram_id)
    buttons = InlineKeyboardMarkup([[
        InlineKeyboardButton(texts.BUTTON_APPROVE, callback_data=f"reg:ok:{outcome.registration_id}"),
        InlineKeyboardButton(texts.BUTTON_REJECT, callback_data=f"reg:no:{outcome.registration_id}"),
    ]])
    count = 0
    for admin in admins:
        if await send_text(context, admin.telegram_id, text, reply_markup=buttons):
            count += 1
    return count


async def decide(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """An admin's approve / reject button: decide the registration and tell the applicant (and a replaced account)."""
    query = update.callback_query
    _, verdict, reg_id = query.data.split(":")
    admin = await person_of(update, context)
    if admin is None or not admin.is_admin:
        await query.answer(texts.ADMIN_ONLY, show_alert=True)
        return
    journal = services(context).journal
    d = await asyncio.to_thread(registration.decide, journal, int(reg_id), admin.nip, verdict == "ok")
    await query.answer()
    if not d.changed:
        await query.edit_message_text(texts.REG_DONE_ALREADY.format(id=d.registration_id,
                                                                    status=texts.REG_STATUS.get(d.status, d.status)))
        return
    if d.status == "approved":
        await query.edit_message_text(tidy(texts.REG_APPROVED_ADMIN.format(id=d.registration_id, name=d.name,
                                                                           admin=admin.name)))
        await send_text(context, d.telegram_id, texts.REG_APPROVED_USER.format(name=d.name))
        if d.previous_telegram_id:
            await send_text(context, d.previous_telegram_id, texts.REG_UNLINKED.format(nip=d.nip))
    else:
        await query.edit_message_text(tidy(texts.REG_REJECTED_ADMIN.format(id=d.registration_id, nip=d.nip,
                                                                           admin=admin.name)))
        await send_text(context, d.telegram_id, texts.REG_REJECTED_USER.format(nip=d.nip))
    log.info("registration %s %s by %s", d.registration_id, d.status, admin.nip)


def handlers() -> list:
    """The registration handlers."""
    return [
        CommandHandler("start", start),
        CallbackQueryHandler(decide, pattern=r"^reg:(ok|no):\d+$"),
    ]
