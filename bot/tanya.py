"""/tanya: a question about recorded performance, answered by the tanya graph (``agent.tanya``).

What the asker may see is decided by ``journal.scope`` inside the graph, not here.
"""
from __future__ import annotations

import asyncio

from telegram import Update
from telegram.ext import CommandHandler, ContextTypes

from bot import texts as T
from bot.access import registered, services
from bot.people import Person
from bot.robustness import send_text


@registered
async def tanya(update: Update, context: ContextTypes.DEFAULT_TYPE, person: Person) -> None:
    """/tanya: answer a question about the journal, within what the asker may see."""
    question = " ".join(context.args or []).strip()
    if not question:
        await send_text(context, update.effective_chat.id, T.TANYA_USAGE)
        return
    qa = services(context).tanya
    answer = await asyncio.to_thread(qa.ask, person.nip, question, context.bot_data["clock"].today(person.timezone))
    await send_text(context, update.effective_chat.id, answer.text)


def handlers() -> list:
    """The /tanya handler."""
    return [CommandHandler("tanya", tanya)]
