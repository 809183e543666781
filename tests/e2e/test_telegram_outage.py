"""The Bot API failing (500s, the server gone, not there yet at start) never stops the bot: it
retries with back-off, logs each outage once, and answers again when the API is back."""
from __future__ import annotations

import logging
import threading
import time

from devtools.emulator import Emulator, SimUser
from tests.fixtures_bot import NADIA


def _outage_lines(caplog, needle: str) -> list[str]:
    return [r.getMessage() for r in caplog.records if needle in r.getMessage()]


def test_the_bot_rides_out_500s_and_a_stopped_api_and_picks_up_again(make_bot, bot_settings, caplog):
    caplog.set_level(logging.WARNING)
    emu = Emulator().start()
    port = int(emu.url.rsplit(":", 1)[1])
    token = bot_settings.telegram_token.get_secret_value()
    try:
        bot = make_bot(bot_settings.model_copy(update={"telegram_base_url": emu.url}))
        nadia = SimUser(emu, NADIA, "Nadia", token=token)
        nadia.send("/bantuan")
        nadia.wait("/hari_ini")

        emu.control("fault", method="getUpdates", kind="server", count=3)  # HTTP 500 three times
        emu.control("fault", method="sendMessage", kind="server", count=2)
        nadia.send("/bantuan")
        nadia.wait("/hari_ini", timeout=40)

        emu.stop(keep_client=True)  # the API is gone, longer than the 7.5 s that used to kill the bot
        time.sleep(9)
        assert bot.application.running and bot.error is None
        emu.start(port=port, first_update_id=10_000)
        back = SimUser(emu, NADIA, "Nadia", token=token)
        back.send("/bantuan")
        back.wait("/hari_ini", timeout=60)
        assert bot.application.running and bot.error is None
        bot.stop()  # before the emulator goes: that would be one more outage
    finally:
        emu.stop()
    down = _outage_lines(caplog, "Bot API tidak dapat dijangkau")
    up = _outage_lines(caplog, "Bot API kembali tersambung")
    assert 1 <= len(down) <= 2 and len(up) == len(down)  # once per episode (the 500s, the outage), not per retry
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]


def test_a_bot_started_while_the_api_is_down_waits_for_it(make_bot, bot_settings, caplog):
    caplog.set_level(logging.WARNING)
    emu = Emulator().start()
    port = int(emu.url.rsplit(":", 1)[1])
    emu.stop(keep_client=True)
    token = bot_settings.telegram_token.get_secret_value()
    later = threading.Timer(6.0, lambda: emu.start(port=port))
    later.start()
    try:
        bot = make_bot(bot_settings.model_copy(update={"telegram_base_url": f"http://127.0.0.1:{port}"}))
        nadia = SimUser(emu, NADIA, "Nadia", token=token)
        nadia.send("/bantuan")
        nadia.wait("/hari_ini", timeout=30)
        bot.stop()
    finally:
        later.join()
        emu.stop()
    assert len(_outage_lines(caplog, "Bot API tidak dapat dijangkau")) == 1
