"""Plain text becomes journal entries: analysis, follow-up questions,
confirm/edit/delete buttons and edited messages. Handlers stay thin; the
analysis agent's graph does the work."""
from __future__ import annotations

import asyncio
import logging

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.constants import ChatAction
from telegram.ext import CallbackQueryHandler, ContextTypes, MessageHandler, filters

from bot import entries, texts
from bot.access import person_of, registered, services, user_lock
from bot.people import Person
from bot.registration import unregistered_text
from bot.robustness import edit_or_send, send_text

log = logging.getLogger(__name__)

CHANNEL = "telegram"


def source_ref(chat_id: int, message_id: int) -> str:
    return f"tg:{chat_id}:{message_id}"


def entry_buttons(activity_ids: list[int]) -> InlineKeyboardMarkup | None:
    if not activity_ids:
        return None
    rows = [[
        InlineKeyboardButton(texts.BUTTON_CONFIRM.format(id=i), callback_data=f"act:ok:{i}"),
        InlineKeyboardButton(texts.BUTTON_EDIT.format(id=i), callback_data=f"act:edit:{i}"),
        InlineKeyboardButton(texts.BUTTON_DELETE.format(id=i), callback_data=f"act:del:{i}"),
    ] for i in activity_ids]
    return InlineKeyboardMarkup(rows)


def reply_of(result) -> str:
    if result.status == "followup" and result.question and result.question not in (result.reply or ""):
        return f"{result.reply}\n\n{result.question}".strip()
    return result.reply or result.question or ""


async def analyse(context: ContextTypes.DEFAULT_TYPE, person: Person, text: str, *, ref: str | None,
                  activity_id: int | None = None):
    """Run the graph for one message: a new entry, a follow-up answer, or an edit."""
    from agent.runner import edit_text, log_text

    graph = services(context).graph
    clock = context.bot_data["clock"]
    now = clock.now() if clock.fixed else None  # tests and the benchmark set the day
    executor = context.bot_data["analysis_executor"]  # first come, first served; the rest of the bot stays free
    if activity_id is not None:
        return await edit_text(graph, activity_id=activity_id, nip=person.nip, text=text, now=now, executor=executor)
    return await log_text(graph, nip=person.nip, text=text, channel=CHANNEL, source_ref=ref, now=now,
                          executor=executor)


async def on_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    person = await person_of(update, context)
    if person is None:
        await unregistered_text(update, context)
        return
    msg = update.effective_message
    user_id = update.effective_user.id
    limiter = context.bot_data["rate_limit"]
    if not limiter.allow(user_id):
        if limiter.should_warn(user_id):
            await msg.reply_text(texts.RATE_LIMITED)
        return
    ref = source_ref(msg.chat_id, msg.message_id)
    journal = services(context).journal
    async with user_lock(context, user_id):
        done = await asyncio.to_thread(entries.by_source, journal, ref)
        if done:
            log.info("message %s already saved as %s", ref, done)
            return
        edit_id = context.user_data.pop("edit_id", None)
        # the "working" signs go out while the analysis runs, not before it
        shown = asyncio.create_task(_show_working(context, msg))
        try:
            result = await analyse(context, person, msg.text, ref=ref, activity_id=edit_id)
        finally:
            placeholder = await shown
        head = texts.EDITED_HEAD.format(id=edit_id) if edit_id and result.status == "saved" else ""
        markup = entry_buttons(result.activity_ids) if result.status == "saved" else None
        await edit_or_send(context, placeholder, head + reply_of(result), reply_markup=markup)


async def _show_working(context: ContextTypes.DEFAULT_TYPE, msg):
    """Typing action and the "sedang menganalisis" message the answer will replace."""
    await context.bot.send_chat_action(msg.chat_id, ChatAction.TYPING)
    return await msg.reply_text(texts.ANALYZING)


@registered
async def on_edited(update: Update, context: ContextTypes.DEFAULT_TYPE, person: Person) -> None:
    msg = update.edited_message
    if not msg.text:
        return
    ref = source_ref(msg.chat_id, msg.message_id)
    journal = services(context).journal
    async with user_lock(context, update.effective_user.id):
        ids = await asyncio.to_thread(entries.by_source, journal, ref)
        if not ids:
            log.info("edited message %s has no entry; ignored", ref)
            return
        result = await analyse(context, person, msg.text, ref=ref, activity_id=ids[0])
        markup = entry_buttons(result.activity_ids) if result.status == "saved" else None
        await send_text(context, msg.chat_id, texts.EDIT_FROM_MESSAGE.format(id=ids[0]) + reply_of(result),
                        reply_markup=markup)


@registered
async def on_button(update: Update, context: ContextTypes.DEFAULT_TYPE, person: Person) -> None:
    query = update.callback_query
    _, action, raw_id = query.data.split(":")
    activity_id = int(raw_id)
    journal = services(context).journal
    chat_id = query.message.chat_id if query.message else update.effective_user.id
    if action == "edit":
        entry = await asyncio.to_thread(entries.get_own, journal, person.nip, activity_id)
        if entry is None:
            await query.answer(texts.ACTIVITY_NOT_FOUND.format(id=activity_id), show_alert=True)
            return
        context.user_data["edit_id"] = activity_id
        await query.answer()
        await send_text(context, chat_id, texts.ASK_EDIT.format(id=activity_id, text=entry.text))
        return
    op = entries.confirm if action == "ok" else entries.delete
    ok = await asyncio.to_thread(op, journal, person.nip, activity_id)
    if not ok:
        await query.answer(texts.ACTIVITY_NOT_FOUND.format(id=activity_id), show_alert=True)
        return
    done = texts.CONFIRMED if action == "ok" else texts.DELETED
    await query.answer(done.format(id=activity_id))
    if query.message is not None:
        await _drop_buttons(query, activity_id)
    await send_text(context, chat_id, done.format(id=activity_id))


async def _drop_buttons(query, activity_id: int) -> None:
    markup = query.message.reply_markup
    rows = [r for r in (markup.inline_keyboard if markup else ())
            if not any((b.callback_data or "").endswith(f":{activity_id}") for b in r)]
    await query.edit_message_reply_markup(InlineKeyboardMarkup(rows) if rows else None)


def handlers() -> list:
    return [
        MessageHandler(filters.UpdateType.EDITED_MESSAGE & filters.TEXT & ~filters.COMMAND, on_edited),
        MessageHandler(filters.UpdateType.MESSAGE & filters.TEXT & ~filters.COMMAND, on_text),
        CallbackQueryHandler(on_button, pattern=r"^act:(ok|edit|del):\d+$"),
    ]
