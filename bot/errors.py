"""The bot's one global error handler, and its own domain error.

Handlers do not catch user errors: a ``UserError`` of any layer (a refused review, a scope
the person lacks, an undo too late...) reaches ``on_error``, which answers with its one
Indonesian line. Anything else is a bug: logged with its traceback, and the person gets a
short apology.
"""
from __future__ import annotations

import logging

from telegram import Update
from telegram.error import BadRequest, Forbidden, NetworkError
from telegram.ext import ContextTypes

from bot import texts
from bot.robustness import mark_blocked
from knowledge.errors import UserError

log = logging.getLogger(__name__)
ALERT_LIMIT = 200  # characters Telegram shows in the answer to a pressed button


class BotError(UserError):
    """A bot problem the user or operator can fix; Indonesian, one line."""


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Log the error with its update; tell the user briefly what happened."""
    err = context.error
    if isinstance(err, NetworkError) and not isinstance(err, BadRequest):  # the Bot API is unreachable:
        health = context.bot_data.get("api_health")  # told once per outage, and no reply could get through
        if health is not None:
            health.failed(err)
            return
    if isinstance(err, Forbidden) and isinstance(update, Update) and update.effective_chat:
        await mark_blocked(context, update.effective_chat.id)
        return
    user_error = isinstance(err, UserError)
    if user_error:
        log.info("user error on update %s: %s", getattr(update, "update_id", "?"), err)
    else:
        log.error("error while handling update %s", getattr(update, "update_id", "?"), exc_info=err)
    if not isinstance(update, Update) or update.effective_chat is None:
        return
    if user_error and update.callback_query is not None:
        await _alert(update, str(err))
    text = texts.ERROR_USER.format(message=err) if user_error else texts.ERROR_GENERIC
    try:
        await context.bot.send_message(update.effective_chat.id, text)
    except Exception:  # noqa: BLE001 - the reply itself failed; logged, nothing more to do
        log.warning("could not send the error reply to chat %s", update.effective_chat.id, exc_info=True)


async def _alert(update: Update, message: str) -> None:
    """A pressed button that could not do its job: the reason on the button too (stops its spinner)."""
    try:
        await update.callback_query.answer(message[:ALERT_LIMIT], show_alert=True)
    except BadRequest as exc:  # answered already by the handler, or too old: the chat line still says it
        log.info("could not answer the button of update %s: %s", update.update_id, exc)
