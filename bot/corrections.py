"""One-tap corrections of an entry's analysis in chat.

Under a saved entry the kinds the analyst was not certain of show their likeliest
candidates and "Tidak ada" as buttons (one tap decides); 🔧 Koreksi opens every kind's
candidates and the seven values as toggles. A tap goes through ``agent.corrections``:
the journal records who changed what, the Sheets row follows, and the analyst learns
from the entry at once.
"""
from __future__ import annotations

import asyncio
import re

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import CallbackQueryHandler, ContextTypes

from bot import texts as T
from bot.access import registered, services
from bot.people import Person
from bot.robustness import send_text
from journal.corrections import labels_of
from knowledge.berakhlak import NAMES

KIND_KEYS = {"r": "rhk", "p": "probis", "k": "pokin"}
KEY_OF = {v: k for k, v in KIND_KEYS.items()}
CHOICES = 3  # candidates offered per kind
CALLBACK = re.compile(r"^(kor:(m|[rpk]):(\d+)(?::(\d|x))?|nil:(\d+):(\d))$")


def _label(code: str, text: str | None) -> str:
    short = (text or "")[:22]
    return f"{code} {short}".strip()


def choice_row(activity_id: int, kind: str, alternatives: list[dict], current: str | None = None) -> list:
    """One row of buttons choosing among the alternatives of a kind (the current choice ticked), plus "none"."""
    key = KEY_OF[kind]
    row = [InlineKeyboardButton(("✓ " if a.get("id") == current else "") + _label(a["id"], a.get("text")),
                                callback_data=f"kor:{key}:{activity_id}:{i}")
           for i, a in enumerate(alternatives[:CHOICES])]
    row.append(InlineKeyboardButton(("✓ " if current is None else "") + T.NONE_BUTTON,
                                    callback_data=f"kor:{key}:{activity_id}:x"))
    return row


def unsure_rows(result: dict) -> list[list]:
    """For a saved entry's result: the kinds without an answer, each as a row of choices."""
    rows = []
    aid = result.get("activity_id")
    for kind in ("rhk", "probis", "pokin"):
        alts = (result.get("alternatives") or {}).get(kind) or []
        if aid and alts and not result.get(kind):
            rows.append([InlineKeyboardButton(T.UNSURE_HEAD.format(kind=T.KINDS[kind], id=aid), callback_data="noop")])
            rows.append(choice_row(aid, kind, [{"id": a["id"], "text": a.get("name")} for a in alts]))
    return rows


def menu_button(activity_id: int) -> InlineKeyboardButton:
    """The button that opens an entry's corrections menu."""
    return InlineKeyboardButton(T.MENU_BUTTON.format(id=activity_id), callback_data=f"kor:m:{activity_id}")


def menu(labels) -> InlineKeyboardMarkup:
    """The corrections menu of an entry: RHK, process and tree choices, then the BerAKHLAK values to toggle."""
    rows = []
    for kind in ("rhk", "probis", "pokin"):
        alts = labels.alternatives.get(kind) or []
        if not alts and labels.current.get(kind) is None:
            continue
        rows.append([InlineKeyboardButton(T.KINDS[kind] + ":", callback_data="noop")])
        rows.append(choice_row(labels.activity_id, kind, alts, labels.current.get(kind)))
    values = [InlineKeyboardButton(("✓ " if name in labels.values else "") + name,
                                   callback_data=f"nil:{labels.activity_id}:{i}") for i, name in enumerate(NAMES)]
    rows.append([InlineKeyboardButton(T.VALUES_HEAD, callback_data="noop")])
    rows += [values[:4], values[4:]]
    return InlineKeyboardMarkup(rows)


@registered
async def on_button(update: Update, context: ContextTypes.DEFAULT_TYPE, person: Person) -> None:
    """Apply a correction chosen with a button, and show the menu again with the new choice."""
    from agent.corrections import correct

    query = update.callback_query
    m = CALLBACK.match(query.data or "")
    svc = services(context)
    chat_id = query.message.chat_id if query.message else update.effective_user.id
    activity_id = int(m.group(3) or m.group(5))
    labels = await asyncio.to_thread(labels_of, svc.journal, activity_id, person.nip)
    if m.group(2) == "m":
        await query.answer()
        await send_text(context, chat_id, T.MENU.format(id=activity_id), reply_markup=menu(labels))
        return
    ctx = svc.graph.context
    if m.group(5):  # a value toggled
        name = NAMES[int(m.group(6))]
        values = [v for v in labels.values if v != name] if name in labels.values else list(labels.values) + [name]
        changes = await asyncio.to_thread(correct, ctx, activity_id, person.nip, codes={}, values=values)
    else:
        kind = KIND_KEYS[m.group(2)]
        pick = m.group(4)
        alts = labels.alternatives.get(kind) or []
        code = "-" if pick == "x" else (alts[int(pick)]["id"] if int(pick) < len(alts) else None)
        if code is None:
            await query.answer(T.GONE, show_alert=True)
            return
        changes = await asyncio.to_thread(correct, ctx, activity_id, person.nip, codes={kind: code})
    fresh = await asyncio.to_thread(labels_of, svc.journal, activity_id, person.nip)
    await query.answer(T.DONE if changes else T.SAME)
    if query.message is not None:
        await query.edit_message_reply_markup(menu(fresh))
    if changes:
        lines = [T.CHANGE.format(field=T.KINDS.get(c.field, T.VALUES_HEAD), old=c.old_value or T.CORRECTION_NONE,
                                 new=c.new_value or T.CORRECTION_NONE) for c in changes]
        await send_text(context, chat_id, T.CORRECTED.format(id=activity_id) + "\n" + "\n".join(lines))


async def on_label(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A heading button ("Probis:"): nothing to do but stop the spinner."""
    await update.callback_query.answer()


def handlers() -> list:
    """The corrections menu's handlers."""
    return [CallbackQueryHandler(on_button, pattern=CALLBACK), CallbackQueryHandler(on_label, pattern=r"^noop$")]
