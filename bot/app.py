"""All the wiring of the Telegram bot in one place: ``build_application``."""
from __future__ import annotations

import asyncio
import hashlib
import logging
import os
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor

from telegram import BotCommand, Update
from telegram.ext import Application, ApplicationBuilder, MessageHandler, PersistenceInput, TypeHandler, filters

from bot import (
    activity_flow,
    admin,
    commands,
    corrections,
    escalation,
    evidence,
    registration,
    reminders,
    review,
    sheets_job,
    tanya,
    team,
    texts,
    web,
)
from bot.clock import Clock
from bot.errors import BotError, on_error
from bot.robustness import (
    ApiHealth,
    AtomicPicklePersistence,
    RateLimit,
    RetryingLimiter,
    SeenUpdates,
    drop_duplicates,
    private_only,
    unknown_command,
    unsupported,
)

log = logging.getLogger(__name__)

WARM_UP_TEXT = "rapat koordinasi tim 2 jam, 1 notulen"


def build_application(settings, services, *, clock: Clock | None = None, concurrency: int = 64,
                      analysis_workers: int | None = None, warm_up: bool = True) -> Application:
    """The python-telegram-bot application with every handler, job and service attached.

    ``services`` (a ``jejak.services.Services``) is created by the caller once
    and closed when the application shuts down.
    """
    if settings.telegram_token is None or not settings.telegram_token.get_secret_value():
        raise BotError(texts.NO_TOKEN)
    health = ApiHealth()
    builder = (
        ApplicationBuilder()
        .token(settings.telegram_token.get_secret_value())
        .concurrent_updates(concurrency)
        .rate_limiter(RetryingLimiter(health=health))
        # a small pool: httpx checks every idle connection on each request, and Bot API calls are short
        .connection_pool_size(min(concurrency, 16))
        .pool_timeout(30)
        .persistence(_persistence(settings))
        .post_init(_post_init)
        .post_shutdown(_post_shutdown)
    )
    if settings.telegram_base_url:
        base = settings.telegram_base_url.rstrip("/")
        builder = builder.base_url(f"{base}/bot").base_file_url(f"{base}/file/bot")
    application = builder.build()
    application.bot_data.update(
        services=services,
        clock=clock or Clock(),
        seen_updates=SeenUpdates(),
        api_health=health,
        rate_limit=RateLimit(settings.rate_limit_per_minute),
        warm_up=warm_up,
        # analyses run here, not in the loop's default executor, so the quick lookups of newly arrived
        # messages (registration, already saved?) never queue behind them; first come, first served
        analysis_executor=ThreadPoolExecutor(analysis_workers or _default_workers(settings),
                                             thread_name_prefix="analysis", initializer=_analysis_thread),
    )
    add_handlers(application)
    application.add_error_handler(on_error)
    return application


def _persistence(settings) -> AtomicPicklePersistence:
    """Per-user chat state (an entry chosen with "Ubah" and not yet rewritten) kept across restarts.

    Follow-up questions live in the journal; this file holds only what the handlers
    keep in ``user_data``."""
    settings.ensure_dirs()
    return AtomicPicklePersistence(
        settings.data_dir / "bot-state.pickle",
        store_data=PersistenceInput(bot_data=False, chat_data=False, user_data=True, callback_data=False),
        update_interval=5,
    )


def _default_workers(settings) -> int:
    """Analyses at once: an LLM waits on the network; the embedded analyst is CPU-bound, and
    its Python part holds the GIL, so one per core plus one to fill the gaps. More threads only
    contend (50 messages at once on 2 cores: 8 workers cost 46-52 ms of CPU per message, 3 cost 40-44)."""
    if settings.analysis_workers:
        return settings.analysis_workers
    if settings.llm or settings.llm_base_url:
        return 16
    return max(1, os.cpu_count() or 1) + 1


SWITCH_INTERVAL = 0.0005  # seconds a thread waits for the GIL before asking its holder to let go (Python: 0.005)


def responsive_gil() -> None:
    """The event loop waits at most half a millisecond, not five, for analysis threads to hand over
    the GIL: it takes it back dozens of times per message (every socket read, every reply).
    bench bot --messages 1: placeholder p95 ~1.1 s -> ~0.6 s, answers p95 ~1.5 s -> ~1.35 s.

    A switch of the whole interpreter, so the process that runs the bot sets it in its entry
    point (``jejak bot``; the emulator's ``BotRunner``), not ``build_application``."""
    sys.setswitchinterval(SWITCH_INTERVAL)


ANALYSIS_NICE = 5  # how much lower the analysis threads' CPU priority is than the event loop's


def _analysis_thread() -> None:
    """Analyses yield the CPU to the event loop: updates are taken in, the "working" signs and
    finished answers go out while the cores are busy analysing. Linux keeps a nice value per
    thread; elsewhere it would lower the whole process, so the threads stay as they are there."""
    if sys.platform != "linux":
        return
    tid = threading.get_native_id()
    os.setpriority(os.PRIO_PROCESS, tid, os.getpriority(os.PRIO_PROCESS, tid) + ANALYSIS_NICE)


def webhook_path(settings) -> str:
    """An unguessable URL path derived from the token (Telegram posts updates there)."""
    token = settings.telegram_token.get_secret_value()
    return "tg-" + hashlib.sha256(token.encode()).hexdigest()[:24]


def serve(application: Application, settings, *, webhook_url: str | None = None, port: int | None = None,
          listen: str = "0.0.0.0", **run_kwargs) -> None:
    """Run until stopped: long polling by default, a webhook when ``webhook_url`` is given.

    A Bot API that does not answer (down, 5xx, network) never stops the bot: start-up retries
    until it answers, polling backs off up to 30 s, and ``ApiHealth`` logs each outage once.
    Only a refused token (``InvalidToken``) ends the run."""
    webhook_url = webhook_url or settings.webhook_url
    run_kwargs.setdefault("bootstrap_retries", -1)
    if webhook_url:
        path = webhook_path(settings)
        application.run_webhook(listen=listen, port=port or settings.webhook_port, url_path=path,
                                webhook_url=f"{webhook_url.rstrip('/')}/{path}",
                                allowed_updates=Update.ALL_TYPES, **run_kwargs)
    else:  # polling failures reach the error handler (bot.errors.on_error), which tells ApiHealth
        application.run_polling(allowed_updates=Update.ALL_TYPES, **run_kwargs)


def add_handlers(application: Application) -> None:
    """Register every handler: duplicate and private-chat filters first, features, then fallbacks for the rest."""
    application.add_handler(TypeHandler(Update, drop_duplicates), group=-2)
    application.add_handler(TypeHandler(Update, private_only), group=-1)
    for module in (registration, admin, commands, review, corrections, activity_flow, evidence, tanya, team):
        application.add_handlers(module.handlers())
    escalation.schedule(application)
    web.register(application)
    # last in group 0: only what no handler above took
    application.add_handler(MessageHandler(filters.UpdateType.MESSAGE & filters.COMMAND, unknown_command))
    application.add_handler(MessageHandler(
        filters.UpdateType.MESSAGE & ~filters.TEXT & ~filters.PHOTO & ~filters.Document.ALL, unsupported))


async def _post_init(application: Application) -> None:
    svc = application.bot_data["services"]
    if application.bot_data.get("warm_up"):
        try:
            await asyncio.to_thread(warm_up, svc)
        except Exception:  # noqa: BLE001 - the first message will load it again; logged
            log.warning("warming up the analysis failed; the first message will be slower", exc_info=True)
    names = await reminders.install(application)
    names += sheets_job.install(application)
    log.info("bot ready: %d scheduled jobs", len(names))
    try:
        await application.bot.set_my_commands([BotCommand(c, d) for c, d in texts.COMMAND_MENU])
    except Exception:  # noqa: BLE001 - the command menu is a nicety; logged and skipped
        log.warning("could not set the command menu", exc_info=True)


def warm_up(services) -> None:
    """Load the graph and analyse one sample line, so the first user does not wait for it."""
    from agent.runner import analyze_text

    started = time.perf_counter()
    analyze_text(services.graph, WARM_UP_TEXT, agency_id=services.settings.default_instansi)
    log.info("analysis warmed up in %.1fs", time.perf_counter() - started)


async def _post_shutdown(application: Application) -> None:
    application.bot_data["analysis_executor"].shutdown(wait=True)
    application.bot_data["services"].close()
