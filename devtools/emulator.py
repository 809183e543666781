"""Drive the telegram-test-api Bot API emulator (tests/e2e/emulator.js) from Python.

Used by the end-to-end tests and by ``jejak bench bot``: start the emulator on
a free loopback port, run the real application against it in a thread, and
play simulated users through the emulator's client HTTP API.
"""
from __future__ import annotations

import asyncio
import base64
import itertools
import shutil
import subprocess
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

from devtools.ports import free_port

E2E_DIR = Path(__file__).resolve().parent.parent / "tests" / "e2e"
TOKEN = "123456:JEJAK-TEST-TOKEN"
ANALYZING_PREFIX = "Sedang menganalisis"


class EmulatorUnavailable(RuntimeError):
    pass


class Emulator:
    """The Node process of telegram-test-api with our Bot API additions."""

    def __init__(self, folder: Path = E2E_DIR):
        self.folder = folder
        self.proc: subprocess.Popen | None = None
        self.url = ""
        self.http = httpx.Client(timeout=30)

    @staticmethod
    def available(folder: Path = E2E_DIR) -> bool:
        return bool(shutil.which("node")) and (folder / "node_modules" / "telegram-test-api").is_dir()

    def start(self, port: int | None = None, first_update_id: int | None = None) -> Emulator:
        """Start on ``port`` (default: a free one); a restart on the same port can go on with
        the update ids, as Telegram would."""
        if not self.available(self.folder):
            raise EmulatorUnavailable("node or tests/e2e/node_modules missing: run `make node`")
        port = port or free_port()
        extra = [str(first_update_id)] if first_update_id else []
        self.proc = subprocess.Popen(["node", "emulator.js", str(port), *extra], cwd=self.folder,
                                     stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        line = self.proc.stdout.readline()
        if not line.startswith("READY"):
            self.stop()
            raise EmulatorUnavailable(f"emulator did not start: {line.strip()}")
        self.url = line.split()[1]
        threading.Thread(target=self._drain, daemon=True).start()
        return self

    def _drain(self) -> None:
        for _ in self.proc.stdout:  # keep the pipe from filling up
            pass

    def stop(self, *, keep_client: bool = False) -> None:
        """Stop the process (``keep_client``: to start it again on the same port)."""
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
        if not keep_client:
            self.http.close()

    def post(self, route: str, **body: Any) -> Any:
        r = self.http.post(f"{self.url}{route}", json=body)
        r.raise_for_status()
        return r.json().get("result")

    def control(self, endpoint: str, **body: Any) -> Any:
        return self.post(f"/control/{endpoint}", **body)

    def reset(self) -> None:
        self.control("reset")

    def download(self, file_id: str) -> bytes:
        r = self.http.get(f"{self.url}/control/file/{file_id}")
        r.raise_for_status()
        return r.content


class SimUser:
    """One simulated Telegram user talking to the bot through the emulator."""

    _ids = itertools.count(1)

    def __init__(self, emulator: Emulator, user_id: int, first_name: str = "Uji", token: str = TOKEN,
                 chat_id: int | None = None, chat_type: str = "private"):
        self.emu = emulator
        self.user_id = user_id
        self.chat_id = chat_id or user_id
        self.chat_type = chat_type
        self.first_name = first_name
        self.token = token
        self.cursor = 0

    # ---------------------------------------------------------------- sending
    def _common(self) -> dict:
        return {
            "from": {"id": self.user_id, "is_bot": False, "first_name": self.first_name, "username": f"u{self.user_id}"},
            "chat": {"id": self.chat_id, "type": self.chat_type, "first_name": self.first_name},
        }

    def send(self, text: str) -> None:
        """A text message (a command when it starts with /) through the emulator's client API."""
        body = {**self._common(), "botToken": self.token, "date": int(time.time()), "text": text}
        if text.startswith("/"):
            body["entities"] = [{"offset": 0, "length": len(text.split()[0]), "type": "bot_command"}]
            self.emu.post("/sendCommand", **body)
        else:
            self.emu.post("/sendMessage", **body)

    def update(self, **update: Any) -> dict:
        """A raw update (edited message, photo, sticker, duplicate id...) through /control/update."""
        return self.emu.control("update", token=self.token, update=update)

    def message(self, **fields: Any) -> dict:
        """A message with arbitrary content; returns {update_id, message_id}."""
        return self.update(message={**self._common(), **fields})

    def send_text_get_id(self, text: str) -> int:
        return self.message(text=text)["message_id"]

    def edit(self, message_id: int, text: str) -> dict:
        return self.update(edited_message={**self._common(), "message_id": message_id, "text": text,
                                           "edit_date": int(time.time())})

    def upload(self, data: bytes, *, name: str, mime: str) -> dict:
        return self.emu.control("file", data=base64.b64encode(data).decode(), name=name, mime=mime)

    def send_photo(self, data: bytes, caption: str | None = None) -> dict:
        f = self.upload(data, name="foto.jpg", mime="image/jpeg")
        photo = [{**f, "width": 640, "height": 480}]
        return self.message(photo=photo, **({"caption": caption} if caption else {}))

    def send_document(self, data: bytes, *, name: str, mime: str, caption: str | None = None,
                      declared_size: int | None = None) -> dict:
        f = self.upload(data, name=name, mime=mime)
        if declared_size is not None:
            f["file_size"] = declared_size
        doc = {**f, "file_name": name, "mime_type": mime}
        return self.message(document=doc, **({"caption": caption} if caption else {}))

    def press(self, bot_message: dict, data: str) -> None:
        """Press an inline button of a bot message (the emulator's client API)."""
        msg = {"message_id": bot_message["message_id"], "date": int(time.time()),
               "chat": {"id": self.chat_id, "type": self.chat_type}, "text": bot_message.get("text", ""),
               "from": {"id": 666, "is_bot": True, "first_name": "JEJAK"}}
        if bot_message.get("reply_markup"):
            msg["reply_markup"] = bot_message["reply_markup"]
        self.emu.post("/sendCallback", botToken=self.token, data=data, message=msg,
                      **{"from": self._common()["from"]})

    # ---------------------------------------------------------------- reading
    def messages(self, after: int = 0) -> list[dict]:
        return self.emu.control("messages", token=self.token, chatId=self.chat_id, after=after)

    def wait(self, pred: Callable[[dict], bool] | str | None = None, timeout: float = 15.0,
             interval: float = 0.05) -> dict:
        """The next bot message (after earlier waits) whose final text matches ``pred``.

        ``pred`` is a substring of the text/caption or a function of the message;
        the "sedang menganalisis" placeholder counts once it has been edited.
        """
        if isinstance(pred, str):
            needle = pred
            pred = lambda m: needle in text_of(m)  # noqa: E731
        deadline = time.monotonic() + timeout
        seen: list[str] = []
        while True:
            for m in self.messages(self.cursor):
                if text_of(m).startswith(ANALYZING_PREFIX):
                    break  # wait for the answer to replace it
                if pred is None or pred(m):
                    self.cursor = m["message_id"]
                    return m
                seen.append(text_of(m)[:200])
            if time.monotonic() > deadline:
                raise AssertionError(f"no matching bot message within {timeout}s; got {seen[-5:]}")
            time.sleep(interval)

    def wait_edit(self, message: dict, pred: Callable[[dict], bool] | str, timeout: float = 15.0) -> dict:
        """The same bot message once an edit makes it match ``pred``."""
        if isinstance(pred, str):
            needle = pred
            pred = lambda m: needle in text_of(m)  # noqa: E731
        deadline = time.monotonic() + timeout
        while True:
            current = next((m for m in self.messages(message["message_id"] - 1)
                            if m["message_id"] == message["message_id"]), None)
            if current is not None and pred(current):
                return current
            if time.monotonic() > deadline:
                raise AssertionError(f"message {message['message_id']} not edited as expected: {current}")
            time.sleep(0.05)

    def quiet(self, seconds: float = 0.5) -> list[dict]:
        """Messages that arrive within ``seconds`` (for 'nothing more was sent')."""
        time.sleep(seconds)
        return self.messages(self.cursor)


def text_of(m: dict) -> str:
    """A message's text, or its caption for media messages."""
    return m.get("text") or m.get("caption") or ""


def buttons(m: dict) -> list[tuple[str, str]]:
    """A message's inline buttons as (label, callback data) pairs."""
    markup = m.get("reply_markup") or {}
    return [(b["text"], b.get("callback_data", "")) for row in markup.get("inline_keyboard", []) for b in row]


def saved_ids(m: dict) -> list[int]:
    """Entry ids of a saved-entry answer, read from its confirm buttons."""
    return [int(data.rsplit(":", 1)[1]) for _, data in buttons(m) if data.startswith("act:ok:")]


def is_saved(m: dict) -> bool:
    """The bot's answer confirms at least one saved entry."""
    return bool(saved_ids(m))


def is_question(m: dict) -> bool:
    """The bot's answer asks a question (a question mark and no buttons to press)."""
    return "?" in text_of(m) and not buttons(m)


class BotRunner:
    """The real application, long-polling the emulator from a background thread."""

    def __init__(self, build: Callable[[], Any], webhook_port: int | None = None):
        self.build = build
        self.webhook_port = webhook_port
        self.application = None
        self.loop: asyncio.AbstractEventLoop | None = None
        self.thread: threading.Thread | None = None
        self.error: BaseException | None = None

    def start(self, timeout: float = 60) -> BotRunner:
        ready = threading.Event()
        self.thread = threading.Thread(target=self._run, args=(ready,), daemon=True)
        self.thread.start()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            app = self.application
            if self.error:
                raise self.error
            if app is not None and app.running and app.updater.running:
                return self
            time.sleep(0.02)
        raise TimeoutError("bot did not start")

    def _run(self, ready: threading.Event) -> None:
        self.loop = asyncio.new_event_loop()
        asyncio.set_event_loop(self.loop)
        try:
            self.application = self.build()
            from bot.app import responsive_gil, serve

            responsive_gil()  # as `jejak bot` does: this runner is the bot's entry point in tests and benches

            settings = self.application.bot_data["services"].settings
            if self.webhook_port:
                serve(self.application, settings, webhook_url=f"http://127.0.0.1:{self.webhook_port}",
                      port=self.webhook_port, listen="127.0.0.1", stop_signals=None, close_loop=False)
            else:
                serve(self.application, settings, webhook_url=None, poll_interval=0.0, timeout=2,
                      stop_signals=None, close_loop=False)
        except BaseException as exc:  # noqa: BLE001 - handed to the test thread
            self.error = exc
        finally:
            self.loop.close()

    def call(self, coro, timeout: float = 30) -> Any:
        """Run a coroutine on the bot's loop and wait for it (e.g. a reminder run)."""
        return asyncio.run_coroutine_threadsafe(coro, self.loop).result(timeout)

    def stop(self, timeout: float = 30) -> None:
        if self.application is not None and self.loop is not None and self.loop.is_running():
            self.loop.call_soon_threadsafe(self.application.stop_running)
        if self.thread is not None:
            self.thread.join(timeout)
        if self.error:
            raise self.error
