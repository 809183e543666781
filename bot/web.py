"""/web sends a one-time login link to the dashboard; a job delivers the chat notices the
dashboard queued (a review done on the web tells the employee as /setujui does, a registration
decided there tells the applicant as the admin's buttons do)."""
from __future__ import annotations

import asyncio
import logging

from telegram import Update
from telegram.ext import Application, CommandHandler, ContextTypes

from bot import texts as T
from bot.access import registered, services
from bot.people import Person

log = logging.getLogger(__name__)
NOTICE_JOB = "chat_notices"
NOTICE_INTERVAL = 5.0  # seconds between deliveries of queued notices


@registered
async def web(update: Update, context: ContextTypes.DEFAULT_TYPE, person: Person) -> None:
    """/web: a one-time login link to the dashboard."""
    from journal.weblogin import LINK_MINUTES, issue

    svc = services(context)
    token = await asyncio.to_thread(issue, svc.journal, person.nip)
    link = f"{svc.settings.web_url.rstrip('/')}/masuk/{token}"
    # a chat's link preview only opens the confirmation page: the link is used by its button
    await update.effective_message.reply_text(T.WEB_LINK.format(minutes=LINK_MINUTES, link=link))


def messages(journal, kind: str, item) -> list[tuple[int | None, str | None]]:
    """The chat messages of a queued notice, as the bot words them when the same is done in chat."""
    from bot import texts
    from bot.review_notices import notice_message

    if kind == "review":
        return [notice_message(journal, item)]
    if item.status == "approved":
        out = [(item.telegram_id, texts.REG_APPROVED_USER.format(name=item.name))]
        if item.previous_telegram_id:
            out.append((item.previous_telegram_id, texts.REG_UNLINKED.format(nip=item.nip)))
        return out
    return [(item.telegram_id, texts.REG_REJECTED_USER.format(nip=item.nip))]


async def deliver_notices(application: Application) -> int:
    """Send the queued notices; each is marked sent, or failed and retried a few times."""
    from journal import notices

    svc = application.bot_data["services"]
    sent = 0
    for notice_id, kind, item in await asyncio.to_thread(notices.due, svc.journal):
        try:
            for chat, text in await asyncio.to_thread(messages, svc.journal, kind, item):
                if chat and text:
                    await application.bot.send_message(chat, text)
                    sent += 1
        except Exception as exc:  # noqa: BLE001 - the notice stays queued and is retried; logged
            log.warning("pemberitahuan #%s gagal dikirim", notice_id, exc_info=True)
            await asyncio.to_thread(notices.mark, svc.journal, notice_id, False, type(exc).__name__)
            continue
        await asyncio.to_thread(notices.mark, svc.journal, notice_id, True)
    return sent


async def _notice_job(context: ContextTypes.DEFAULT_TYPE) -> None:
    await deliver_notices(context.application)


def register(application: Application) -> None:
    """Add /web and the job that sends queued dashboard notices."""
    application.add_handler(CommandHandler("web", web))
    if application.job_queue is not None and application.bot_data.get("services") is not None:
        application.job_queue.run_repeating(_notice_job, NOTICE_INTERVAL, first=1.0, name=NOTICE_JOB)
