"""Review notices sent outside the running bot (e.g. after ``jejak review``)."""
from __future__ import annotations

import asyncio
import logging

log = logging.getLogger(__name__)


async def _send(settings, chat_id: int, text: str) -> None:
    from telegram import Bot

    kw = {}
    if settings.telegram_base_url:
        base = settings.telegram_base_url.rstrip("/")
        kw = {"base_url": f"{base}/bot", "base_file_url": f"{base}/file/bot"}
    async with Bot(settings.telegram_token.get_secret_value(), **kw) as bot:
        await bot.send_message(chat_id, text)


def notice_message(journal, notice) -> tuple[int | None, str | None]:
    """Who hears of a review (the employee) or a resubmission (the supervisor), and the message."""
    from journal.models import Staff
    from journal.monitor_view import owner_message
    from journal.texts import TO_SUPERVISOR_RESUBMIT

    if notice.action == "resubmit":
        with journal.session() as s:
            boss = s.get(Staff, notice.supervisor_nip) if notice.supervisor_nip else None
            chat = boss.telegram_id if boss else None
        return chat, TO_SUPERVISOR_RESUBMIT.format(actor=notice.actor_name, id=notice.activity_id, day=notice.day,
                                                   text=notice.text)
    return notice.owner_telegram_id, owner_message(notice)


def send_notice(settings, journal, notice) -> bool | None:
    """Tell the employee (review) or the supervisor (resubmit) by Telegram.

    ``None`` when there is nothing to send or no bot token; ``False`` when sending failed.
    """
    if settings.telegram_token is None or not settings.telegram_token.get_secret_value():
        return None
    chat, text = notice_message(journal, notice)
    if not chat or not text:
        return None
    try:
        asyncio.run(_send(settings, chat, text))
        return True
    except Exception:  # noqa: BLE001 - the review is saved; the caller reports the failed message
        log.warning("pemberitahuan Telegram untuk entri %s gagal", notice.activity_id, exc_info=True)
        return False
