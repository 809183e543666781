"""Review in chat: ✅/↩️/💬 buttons, /setujui (several entries at once), /kembalikan, /komentar,
and the supervisor told when a returned entry comes back (its owner's /ajukan is in ``bot.commands``).

After ↩️ or 💬 (or /kembalikan N with no reason) the reviewer's next plain message is
the reason: a ``review`` slot in the journal-kept conversation, cancelled by /batal.
"""
from __future__ import annotations

import asyncio
import logging
import re

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import CallbackQueryHandler, CommandHandler, ContextTypes

from bot import texts as T
from bot.access import registered, services
from bot.people import Person
from bot.robustness import send_text
from journal import conversation as C
from journal.errors import JournalError

log = logging.getLogger(__name__)
CALLBACK = re.compile(r"^rv:(a|r|c):(\d+)$")
MAX_BUTTONS = 8
ACTIONS = {"a": "approve", "r": "return", "c": "comment"}


def review_keyboard(activity_ids: list[int]) -> InlineKeyboardMarkup | None:
    """Approve / return / comment buttons, one row per entry (for /tim and digests)."""
    rows = [[InlineKeyboardButton(T.BTN_APPROVE.format(id=i), callback_data=f"rv:a:{i}"),
             InlineKeyboardButton(T.BTN_RETURN.format(id=i), callback_data=f"rv:r:{i}"),
             InlineKeyboardButton(T.BTN_COMMENT.format(id=i), callback_data=f"rv:c:{i}")]
            for i in activity_ids[:MAX_BUTTONS]]
    return InlineKeyboardMarkup(rows) if rows else None


async def apply(context, person: Person, activity_id: int, action: str, comment: str | None) -> str:
    """Run the review, tell the employee; the reply for the reviewer (a refusal when it cannot be done)."""
    from journal import facts
    from journal.monitor_view import owner_message, render_review
    from journal.review import review

    svc = services(context)
    try:
        notice = await asyncio.to_thread(review, svc.journal, person.nip, activity_id, action, comment)
    except JournalError as exc:  # one line per entry: /setujui 12 13 14 goes on after a refused one
        return T.REVIEW_REFUSED.format(id=activity_id, why=exc)
    with svc.journal.session() as s:
        owner = facts.names(s, [notice.owner_nip]).get(notice.owner_nip, notice.owner_nip)
    reply = render_review(notice, owner)
    message = owner_message(notice)
    if message and not await notify(context, notice.owner_telegram_id, message):
        reply += "\n" + T.NOT_DELIVERED
    return reply


async def notify(context, telegram_id: int | None, text: str) -> bool:
    """Send a review notice; False when it could not be delivered (the review itself is already saved)."""
    if not telegram_id:
        return False
    try:
        await context.bot.send_message(telegram_id, text)
        return True
    except Exception:  # noqa: BLE001 - the review is saved; the reviewer is told it was not delivered
        log.warning("pemberitahuan ke %s gagal", telegram_id, exc_info=True)
        return False


async def take_reason(context, person: Person, text: str) -> str | None:
    """The reviewer's plain message when a reason is awaited: the review's reply; None otherwise."""
    from agent.conversation import is_cancel

    slot = await asyncio.to_thread(C.take, services(context).journal, person.nip, "review")
    if slot is None:
        return None
    if is_cancel(text):
        return T.REVIEW_CANCELLED.format(id=slot["activity_id"])
    return await apply(context, person, int(slot["activity_id"]), slot["action"], text)


async def ask_reason(context, person: Person, activity_id: int, action: str) -> str:
    """Remember that the next message is the reason for a return or a comment, and the question asking for it."""
    await asyncio.to_thread(C.update, services(context).journal, person.nip,
                            {"review": {"activity_id": activity_id, "action": action}}, "telegram")
    return (T.ASK_RETURN if action == "return" else T.ASK_COMMENT).format(id=activity_id)


@registered
async def on_button(update: Update, context: ContextTypes.DEFAULT_TYPE, person: Person) -> None:
    """A review button: approve at once, or ask for the reason of a return or comment."""
    m = CALLBACK.match(update.callback_query.data or "")
    await update.callback_query.answer()
    if not m:
        return
    action, activity_id = ACTIONS[m[1]], int(m[2])
    if action == "approve":
        await send_text(context, update.effective_chat.id, await apply(context, person, activity_id, "approve", None))
        return
    await send_text(context, update.effective_chat.id, await ask_reason(context, person, activity_id, action))


def ids_and_text(args: list[str]) -> tuple[list[int], str]:
    """Leading entry numbers ("12 13", "#12,") and the text after them."""
    ids = []
    rest = list(args or [])
    while rest and re.fullmatch(r"#?\d+,?", rest[0]):
        ids.append(int(rest.pop(0).strip("#,")))
    return ids, " ".join(rest).strip()


@registered
async def setujui(update: Update, context: ContextTypes.DEFAULT_TYPE, person: Person) -> None:
    """/setujui N [M ...]: approve entries."""
    ids, _ = ids_and_text(context.args)
    if not ids:
        await send_text(context, update.effective_chat.id, T.SETUJUI_USAGE)
        return
    await asyncio.to_thread(C.take, services(context).journal, person.nip, "review")  # an explicit command wins
    lines = [await apply(context, person, i, "approve", None) for i in dict.fromkeys(ids)]
    await send_text(context, update.effective_chat.id, "\n".join(lines))


def _reason_command(action: str, usage: str):
    """/kembalikan or /komentar: ``/<cmd> <no> [alasan]``; without a reason the next message is the reason."""

    @registered
    async def command(update: Update, context: ContextTypes.DEFAULT_TYPE, person: Person) -> None:
        ids, text = ids_and_text(context.args)
        if len(ids) != 1:
            await send_text(context, update.effective_chat.id, usage)
            return
        if not text:
            await send_text(context, update.effective_chat.id, await ask_reason(context, person, ids[0], action))
            return
        await asyncio.to_thread(C.take, services(context).journal, person.nip, "review")  # an explicit command wins
        await send_text(context, update.effective_chat.id, await apply(context, person, ids[0], action, text))

    return command


kembalikan = _reason_command("return", T.KEMBALIKAN_USAGE)
komentar = _reason_command("comment", T.KOMENTAR_USAGE)


async def tell_supervisor(context, person: Person, result) -> None:
    """A returned entry corrected by its owner is back in the queue: the supervisor hears of it."""
    from journal.calendar import fmt_day
    from journal.staff import get_staff
    from journal.texts import TO_SUPERVISOR_RESUBMIT

    for r in result.results:
        if not r.get("resubmitted"):
            continue
        await context.bot.send_message(person.telegram_id, T.RESUBMITTED.format(id=r["activity_id"]))
        if not person.supervisor_nip:
            continue
        boss = await asyncio.to_thread(get_staff, services(context).journal, person.supervisor_nip)
        if boss is not None and boss.telegram_id:
            from datetime import date

            await notify(context, boss.telegram_id, TO_SUPERVISOR_RESUBMIT.format(
                actor=person.name, id=r["activity_id"], day=fmt_day(date.fromisoformat(r["day"])), text=r["text"]))


def handlers() -> list:
    """The review handlers."""
    return [CommandHandler("setujui", setujui), CommandHandler("kembalikan", kembalikan),
            CommandHandler("komentar", komentar),
            CallbackQueryHandler(on_button, pattern=CALLBACK)]
