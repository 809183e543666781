"""What keeps the bot standing: long messages split, retries with back-off,
a Bot API outage logged once and ridden out, duplicate updates dropped, a
per-user rate limit, blocked users marked, content the bot cannot use
explained, and a state file that is never torn."""
from __future__ import annotations

import asyncio
import logging
import os
import tempfile
import time
from collections import OrderedDict, defaultdict, deque
from pathlib import Path
from typing import Any

from telegram import Update
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter
from telegram.ext import ApplicationHandlerStop, BaseRateLimiter, ContextTypes, PicklePersistence

from bot import texts

log = logging.getLogger(__name__)

TELEGRAM_LIMIT = 4096


def split_text(text: str, limit: int = TELEGRAM_LIMIT) -> list[str]:
    """Pieces of at most ``limit`` characters, cut at paragraph, line or word ends."""
    text = text or ""
    parts: list[str] = []
    while len(text) > limit:
        cut = max(text.rfind("\n\n", 0, limit), text.rfind("\n", 0, limit))
        if cut < limit // 2:
            cut = text.rfind(" ", 0, limit)
        if cut < limit // 2:
            cut = limit
        parts.append(text[:cut].rstrip())
        text = text[cut:].lstrip()
    if text or not parts:
        parts.append(text)
    return parts


class ApiHealth:
    """Whether the Bot API answers, told once per episode: the first failure is logged as a
    warning, the ones after it only at debug level, and the first success after them says the
    API is back. Fed by ``RetryingLimiter`` (every request) and the error handler (polling failures,
``bot.errors.on_error``)."""

    def __init__(self):
        self.down_since: float | None = None
        self.failures = 0

    def failed(self, exc: BaseException) -> None:
        self.failures += 1
        if self.down_since is None:
            self.down_since = time.monotonic()
            log.warning("Bot API tidak dapat dijangkau (%s: %s); bot terus mencoba lagi", type(exc).__name__, exc)
        else:
            log.debug("Bot API masih tidak dapat dijangkau (%d kali): %s", self.failures, exc)

    def ok(self) -> None:
        if self.down_since is not None:
            log.warning("Bot API kembali tersambung setelah %.0f detik (%d kegagalan)",
                        time.monotonic() - self.down_since, self.failures)
            self.down_since, self.failures = None, 0


class RetryingLimiter(BaseRateLimiter[dict]):
    """Retries flood control (RetryAfter) and network errors with back-off.

    Sending is what this guards; ``getUpdates`` keeps python-telegram-bot's own
    retry loop. A blocked chat (Forbidden) and bad requests are not retried.
    Every answer and network failure is reported to ``health``.
    """

    def __init__(self, max_retries: int = 4, base_delay: float = 0.5, max_delay: float = 30.0,
                 health: ApiHealth | None = None):
        self.max_retries = max_retries
        self.base_delay = base_delay
        self.max_delay = max_delay
        self.health = health or ApiHealth()

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None

    async def process_request(self, callback, args, kwargs, endpoint, data, rate_limit_args):
        attempt = 0
        while True:
            try:
                result = await callback(*args, **kwargs)
                self.health.ok()
                return result
            except RetryAfter as exc:
                last: Exception = exc
                wait = exc.retry_after.total_seconds() if hasattr(exc.retry_after, "total_seconds") \
                    else float(exc.retry_after)
                reason = f"flood control {wait:.1f}s"
            except (BadRequest, Forbidden):
                self.health.ok()  # the API answered
                raise
            except NetworkError as exc:
                if endpoint == "getUpdates":
                    raise  # python-telegram-bot's polling loop retries it (and tells ApiHealth)
                last = exc
                self.health.failed(exc)
                wait = min(self.max_delay, self.base_delay * 2 ** attempt)
                reason = f"network error {exc}"
            attempt += 1
            if attempt > self.max_retries:
                raise last
            log.debug("telegram %s: %s, retry %d in %.1fs", endpoint, reason, attempt, wait)
            await asyncio.sleep(min(wait, self.max_delay))


class AtomicPicklePersistence(PicklePersistence):
    """``PicklePersistence`` that never leaves a torn file: python-telegram-bot writes the pickle
    in place, so a bot killed mid-write could not start again. Written under a temporary name
    of its own, then renamed (overrides its two private dump methods)."""

    def _dump_singlefile(self) -> None:
        self._dump_file(self.filepath, {
            "conversations": self.conversations, "user_data": self.user_data, "chat_data": self.chat_data,
            "bot_data": self.bot_data, "callback_data": self.callback_data,
        })

    def _dump_file(self, filepath: Path, data: object) -> None:
        import pickle

        from telegram.ext._picklepersistence import _BotPickler

        filepath = Path(filepath)
        fd, tmp = tempfile.mkstemp(dir=filepath.parent, prefix=filepath.name + ".", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as fh:
                _BotPickler(self.bot, fh, protocol=pickle.HIGHEST_PROTOCOL).dump(data)
            os.replace(tmp, filepath)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise


class SeenUpdates:
    """Bounded memory of processed update ids."""

    def __init__(self, size: int = 10_000):
        self.size = size
        self._ids: OrderedDict[int, None] = OrderedDict()

    def add(self, update_id: int) -> bool:
        """True when the id is new."""
        if update_id in self._ids:
            return False
        self._ids[update_id] = None
        if len(self._ids) > self.size:
            self._ids.popitem(last=False)
        return True


class RateLimit:
    """At most ``per_minute`` events per user in any sliding minute."""

    def __init__(self, per_minute: int, clock=time.monotonic):
        self.per_minute = per_minute
        self.clock = clock
        self._events: dict[int, deque] = defaultdict(deque)
        self._warned: dict[int, float] = {}

    def allow(self, user_id: int) -> bool:
        if self.per_minute <= 0:
            return True
        now = self.clock()
        q = self._events[user_id]
        while q and now - q[0] >= 60:
            q.popleft()
        if len(q) >= self.per_minute:
            return False
        q.append(now)
        return True

    def should_warn(self, user_id: int) -> bool:
        """Warn once per minute, not on every extra message."""
        now = self.clock()
        if now - self._warned.get(user_id, -1e9) >= 60:
            self._warned[user_id] = now
            return True
        return False


async def drop_duplicates(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Group -2 handler: an update id seen before stops here."""
    seen: SeenUpdates = context.bot_data["seen_updates"]
    if not seen.add(update.update_id):
        log.info("duplicate update %s dropped", update.update_id)
        raise ApplicationHandlerStop


async def private_only(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Group -1 handler: group chats get one short explanation and nothing else."""
    chat = update.effective_chat
    if chat is None or chat.type == "private":
        return
    if update.effective_message and not update.callback_query:
        await send_text(context, chat.id, texts.GROUP_CHAT)
    raise ApplicationHandlerStop


async def unsupported(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A message kind the bot does not read (sticker, voice, ...): say what it can read."""
    msg = update.effective_message
    kind = "other"
    for name in texts.KIND_NAMES:
        if getattr(msg, name, None):
            kind = name
            break
    await msg.reply_text(texts.UNSUPPORTED.format(kind=texts.KIND_NAMES[kind]))


async def unknown_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A command the bot does not know: the nearest known one when it looks like a slip ("/hari_ni"), and /bantuan."""
    await update.effective_message.reply_text(unknown_command_text(update.effective_message.text or ""))


def unknown_command_text(text: str) -> str:
    """The reply to an unknown command, naming the command meant when one is close enough."""
    import difflib

    word = text.split()[0].lstrip("/").split("@")[0].lower() if text.split() else ""
    known = [c for c, _ in texts.COMMAND_MENU] + ["start"]
    close = difflib.get_close_matches(word, known, n=1, cutoff=0.75)
    return texts.UNKNOWN_COMMAND_NEAR.format(command=close[0]) if close else texts.UNKNOWN_COMMAND


async def send_text(context: ContextTypes.DEFAULT_TYPE, chat_id: int, text: str, **kwargs: Any) -> list:
    """Send ``text`` in as many messages as needed; a blocked chat is marked and skipped.

    Keyword arguments (e.g. ``reply_markup``) go with the last piece.
    """
    sent = []
    parts = split_text(text)
    try:
        for i, part in enumerate(parts):
            extra = kwargs if i == len(parts) - 1 else {}
            sent.append(await context.bot.send_message(chat_id, part, **extra))
    except Forbidden:
        await mark_blocked(context, chat_id)
    return sent


async def edit_or_send(context: ContextTypes.DEFAULT_TYPE, placeholder, text: str, **kwargs: Any) -> None:
    """Replace the placeholder with the first piece of ``text``; further pieces follow."""
    parts = split_text(text)
    try:
        if len(parts) == 1:
            await placeholder.edit_text(parts[0], **kwargs)
            return
        await placeholder.edit_text(parts[0])
        for i, part in enumerate(parts[1:], start=1):
            extra = kwargs if i == len(parts) - 1 else {}
            await context.bot.send_message(placeholder.chat_id, part, **extra)
    except Forbidden:
        await mark_blocked(context, placeholder.chat_id)


async def mark_blocked(context: ContextTypes.DEFAULT_TYPE, chat_id: int, blocked: bool = True) -> None:
    """Record that a chat blocked (or unblocked) the bot, so reminders skip it."""
    from journal.registration import set_blocked

    journal = context.bot_data["services"].journal
    changed = await asyncio.to_thread(set_blocked, journal, chat_id, blocked)
    if changed:
        log.info("chat %s %s the bot", chat_id, "blocked" if blocked else "unblocked")
