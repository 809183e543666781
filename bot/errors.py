"""The bot's one global error handler, and its own domain error."""
from __future__ import annotations

import logging

from telegram import Update
from telegram.error import BadRequest, Forbidden, NetworkError
from telegram.ext import ContextTypes

from bot import texts

log = logging.getLogger(__name__)


class BotError(Exception):
    """A bot problem the user or operator can fix; Indonesian, one line."""


def _user_errors() -> tuple[type[BaseException], ...]:
    from jejak.errors import user_errors

    return (BotError, *user_errors())


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Log the error with its update; tell the user briefly what happened."""
    err = context.error
    if isinstance(err, NetworkError) and not isinstance(err, BadRequest):  # the Bot API is unreachable:
        health = context.bot_data.get("api_health")  # told once per outage, and no reply could get through
        if health is not None:
            health.failed(err)
            return
    if isinstance(err, Forbidden) and isinstance(update, Update) and update.effective_chat:
        from bot.robustness import mark_blocked

        await mark_blocked(context, update.effective_chat.id)
        return
    user_error = isinstance(err, _user_errors())
    if user_error:
        log.info("user error on update %s: %s", getattr(update, "update_id", "?"), err)
    else:
        log.error("error while handling update %s", getattr(update, "update_id", "?"), exc_info=err)
    if not isinstance(update, Update) or update.effective_chat is None:
        return
    text = texts.ERROR_USER.format(message=err) if user_error else texts.ERROR_GENERIC
    try:
        await context.bot.send_message(update.effective_chat.id, text)
    except Exception:  # noqa: BLE001 - the reply itself failed; logged, nothing more to do
        log.warning("could not send the error reply to chat %s", update.effective_chat.id, exc_info=True)
