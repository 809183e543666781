"""Mirror the journal to Google Sheets from the bot: a repeating job drains the outbox.

Every change to an entry queues an operation (``journal.outbox``); this job
sends them with ``journal.sheets.worker.drain_if_configured`` in a thread every
``INTERVAL`` seconds. Without Sheets settings no job is created. A failed drain
is logged and the operations stay queued for the next run.
"""
from __future__ import annotations

import asyncio
import logging

from telegram.ext import Application, ContextTypes

log = logging.getLogger(__name__)

NAME = "sheets_outbox"
INTERVAL = 30.0  # seconds between drains


def install(application: Application, interval: float = INTERVAL) -> list[str]:
    """Create the drain job when Sheets is configured; returns its name (or nothing)."""
    if not application.bot_data["services"].settings.sheets_enabled:
        return []
    application.job_queue.run_repeating(_job, interval, first=interval, name=NAME)
    return [NAME]


async def _job(context: ContextTypes.DEFAULT_TYPE) -> None:
    await drain(context.application)


async def drain(application: Application):
    """One drain of the outbox; the worker's ``DrainResult``, or None when it failed or Sheets is off."""
    from journal.sheets.worker import drain_if_configured

    svc = application.bot_data["services"]
    try:
        result = await asyncio.to_thread(drain_if_configured, svc.journal, svc.settings)
    except Exception:  # noqa: BLE001 - logged; the operations stay queued and the next run retries
        log.exception("draining the Sheets outbox failed; retrying in the next run")
        return None
    if result is None:
        return None
    if result.error:
        log.warning("Sheets outbox: %d sent, %d failed, stopped: %s (next attempt %s)",
                    result.ops_done, result.failed, result.error, result.next_attempt_at)
    elif result.ops_done:
        log.info("Sheets outbox: %d operations sent, %d rows written", result.ops_done, result.rows_written)
    return result
