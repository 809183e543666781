"""Plain text becomes journal entries: analysis, follow-up questions, the saved-entry
keyboard (confirm / edit / delete with confirmation and undo) and edited messages.
Handlers stay thin: the analysis graph and its journal-kept conversation decide what a
message is (``agent.conversation``); every change goes through ``journal``."""
from __future__ import annotations

import asyncio
import logging

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.constants import ChatAction
from telegram.ext import CallbackQueryHandler, ContextTypes, MessageHandler, filters

from bot import texts
from bot.access import person_of, registered, services, user_lock
from bot.corrections import menu_button, unsure_rows
from bot.people import Person
from bot.registration import unregistered_text
from bot.robustness import edit_or_send, send_text
from journal import activities, corrections, entries
from journal import conversation as C

log = logging.getLogger(__name__)

CHANNEL = "telegram"


def source_ref(chat_id: int, message_id: int) -> str:
    """The reference of a chat message saved as entries, so a repeated update or an edit finds them."""
    return f"tg:{chat_id}:{message_id}"


def saved_keyboard(activity_ids: list[int], results: list[dict] | None = None) -> InlineKeyboardMarkup | None:
    """The keyboard under a saved or edited entry. Every button of a saved entry is built here:
    confirm / edit / delete, the candidates of what the analyst was not certain of (one tap
    decides), and 🔧 to correct any part of the analysis."""
    if not activity_ids:
        return None
    by_id = {r.get("activity_id"): r for r in results or ()}
    rows = []
    for i in activity_ids:
        rows.append([
            InlineKeyboardButton(texts.BUTTON_CONFIRM.format(id=i), callback_data=f"act:ok:{i}"),
            InlineKeyboardButton(texts.BUTTON_EDIT.format(id=i), callback_data=f"act:edit:{i}"),
            InlineKeyboardButton(texts.BUTTON_DELETE.format(id=i), callback_data=f"act:del:{i}"),
        ])
        rows += unsure_rows(by_id.get(i) or {})
        rows.append([menu_button(i)])
    return InlineKeyboardMarkup(rows)


entry_buttons = saved_keyboard  # the name the commands and benchmarks know


def delete_keyboard(activity_id: int, origin: int | None) -> InlineKeyboardMarkup:
    """The Yes / No buttons of a delete question."""
    tail = f":{origin}" if origin else ""
    return InlineKeyboardMarkup([[
        InlineKeyboardButton(texts.BUTTON_DELETE_YES.format(id=activity_id), callback_data=f"del:yes:{activity_id}{tail}"),
        InlineKeyboardButton(texts.BUTTON_DELETE_NO, callback_data=f"del:no:{activity_id}"),
    ]])


def undo_keyboard(activity_id: int) -> InlineKeyboardMarkup:
    """The button undoing a deletion."""
    return InlineKeyboardMarkup([[InlineKeyboardButton(texts.BUTTON_UNDO.format(id=activity_id),
                                                       callback_data=f"del:undo:{activity_id}")]])


def reply_of(result) -> str:
    """The text to send for a graph result: the reply, with the follow-up question unless it already holds it."""
    if result.question and result.question not in (result.reply or ""):
        return f"{result.reply}\n\n{result.question}".strip()
    return result.reply or result.question or ""


async def analyse(context: ContextTypes.DEFAULT_TYPE, person: Person, text: str, *, ref: str | None,
                  activity_id: int | None = None, files: list[dict] | None = None):
    """Run the graph for one message: new entries, an answer, a cancel... or an edit of ``activity_id``."""
    from agent.runner import edit_text, log_text

    graph = services(context).graph
    clock = context.bot_data["clock"]
    now = clock.now() if clock.fixed else None  # tests and the benchmark set the day
    executor = context.bot_data["analysis_executor"]  # first come, first served; the rest of the bot stays free
    if activity_id is not None:
        return await edit_text(graph, activity_id=activity_id, nip=person.nip, text=text, now=now, executor=executor)
    return await log_text(graph, nip=person.nip, text=text, channel=CHANNEL, source_ref=ref, now=now,
                          executor=executor, files=files)


async def answer(context, person: Person, result, placeholder) -> None:
    """Show a graph result in place of the placeholder; a corrected returned entry goes back to the supervisor."""
    from bot.review import tell_supervisor

    markup = saved_keyboard(result.activity_ids, result.results) if result.status == "saved" else None
    await edit_or_send(context, placeholder, reply_of(result), reply_markup=markup)
    if result.status == "saved":
        await tell_supervisor(context, person, result)


async def on_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A text message: a pending review reason, or activities to log (once per message, one at a time per user)."""
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
        from bot.review import take_reason

        reviewed = await take_reason(context, person, msg.text)
        if reviewed is not None:
            await send_text(context, msg.chat_id, reviewed)
            return
        await log_message(context, person, msg, msg.text, ref)


async def log_message(context, person: Person, msg, text: str, ref: str | None, files: list[dict] | None = None):
    """The graph on one message, with the "working" signs while it runs; returns the result."""
    shown = asyncio.create_task(_show_working(context, msg))
    try:
        result = await analyse(context, person, text, ref=ref, files=files)
    finally:
        placeholder = await shown
    await answer(context, person, result, placeholder)
    return result


async def run_edit(update: Update, context, person: Person, activity_id: int, text: str) -> None:
    """/ubah N teks, /ajukan N teks: the entry re-parsed and re-analysed."""
    async with user_lock(context, update.effective_user.id):
        placeholder = await update.effective_message.reply_text(texts.ANALYZING)
        result = await analyse(context, person, text, ref=None, activity_id=activity_id)
    await answer(context, person, result, placeholder)


async def _show_working(context: ContextTypes.DEFAULT_TYPE, msg):
    """Typing action and the "sedang menganalisis" message the answer will replace."""
    await context.bot.send_chat_action(msg.chat_id, ChatAction.TYPING)
    return await msg.reply_text(texts.ANALYZING)


@registered
async def on_edited(update: Update, context: ContextTypes.DEFAULT_TYPE, person: Person) -> None:
    """An edited message re-analyses the entry it was saved as."""
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
        markup = saved_keyboard(result.activity_ids, result.results) if result.status == "saved" else None
        await send_text(context, msg.chat_id, texts.EDIT_FROM_MESSAGE.format(id=ids[0]) + reply_of(result),
                        reply_markup=markup)


async def ask_delete(context, chat_id: int, person: Person, activity_id: int, origin: int | None = None) -> None:
    """Deleting asks first: "Hapus #N?" with Yes / No."""
    entry = await asyncio.to_thread(entries.get_own, services(context).journal, person.nip, activity_id)
    if entry is None:
        await send_text(context, chat_id, texts.ACTIVITY_NOT_FOUND.format(id=activity_id))
        return
    await send_text(context, chat_id, texts.ASK_DELETE.format(id=activity_id, text=entry.text),
                    reply_markup=delete_keyboard(activity_id, origin))


@registered
async def on_button(update: Update, context: ContextTypes.DEFAULT_TYPE, person: Person) -> None:
    """The buttons under saved entries: confirm, edit, delete (asking first), and undo a deletion."""
    query = update.callback_query
    kind, action, raw_id, *origin = query.data.split(":")
    activity_id = int(raw_id)
    journal = services(context).journal
    chat_id = query.message.chat_id if query.message else update.effective_user.id
    if kind == "act" and action == "edit":
        if await asyncio.to_thread(entries.get_own, journal, person.nip, activity_id) is None:
            await query.answer(texts.ACTIVITY_NOT_FOUND.format(id=activity_id), show_alert=True)
            return
        entry = await asyncio.to_thread(entries.get_own, journal, person.nip, activity_id)
        await asyncio.to_thread(C.update, journal, person.nip, {"edit": {"activity_id": activity_id}}, CHANNEL)
        await query.answer()
        await send_text(context, chat_id, texts.ASK_EDIT.format(id=activity_id, text=entry.text))
        return
    if kind == "act" and action == "del":
        await query.answer()
        await ask_delete(context, chat_id, person, activity_id, query.message.message_id if query.message else None)
        return
    if kind == "del" and action == "no":
        await query.answer()
        await query.edit_message_text(texts.DELETE_KEPT.format(id=activity_id))
        return
    if kind == "act":  # confirm
        await asyncio.to_thread(corrections.confirm, journal, activity_id, person.nip)
        done = texts.CONFIRMED.format(id=activity_id)
    elif action == "yes":
        await asyncio.to_thread(activities.delete_activity, journal, activity_id, person.nip)
        done = texts.DELETED.format(id=activity_id, minutes=activities.UNDO_MINUTES)
    else:  # undo
        await asyncio.to_thread(activities.restore_activity, journal, activity_id, person.nip,
                                max_minutes_per_day=services(context).settings.max_minutes_per_day)
        done = texts.RESTORED.format(id=activity_id)
    await query.answer(done)
    if kind == "act":
        if query.message is not None:
            await _drop_buttons(query, activity_id)
        await send_text(context, chat_id, done)
    elif action == "yes":
        await query.edit_message_text(done, reply_markup=undo_keyboard(activity_id))
        if origin and origin[0].isdigit():  # the saved message no longer says "Tersimpan"
            await context.bot.edit_message_text(texts.DELETED_ENTRY.format(id=activity_id), chat_id=chat_id,
                                                message_id=int(origin[0]))
    else:
        await query.edit_message_text(done)


async def _drop_buttons(query, activity_id: int) -> None:
    markup = query.message.reply_markup
    rows = [r for r in (markup.inline_keyboard if markup else ())
            if not any((b.callback_data or "").endswith(f":{activity_id}") for b in r)]
    await query.edit_message_reply_markup(InlineKeyboardMarkup(rows) if rows else None)


def handlers() -> list:
    """The entry logging handlers."""
    return [
        MessageHandler(filters.UpdateType.EDITED_MESSAGE & filters.TEXT & ~filters.COMMAND, on_edited),
        MessageHandler(filters.UpdateType.MESSAGE & filters.TEXT & ~filters.COMMAND, on_text),
        CallbackQueryHandler(on_button, pattern=r"^(act:(ok|edit|del)|del:(yes|no|undo)):\d+(:\d+)?$"),
    ]
