"""Webhook mode (`jejak bot --webhook-url URL --port N`): the emulator posts updates to the bot."""
from devtools.emulator import is_saved
from tests.fixtures_bot import NADIA


def test_webhook_mode_answers_commands_and_logs(make_webhook_bot, bot_settings, tg_user):
    make_webhook_bot(bot_settings)
    nadia = tg_user(NADIA, "Nadia")
    nadia.send("/start")
    nadia.wait("sudah terhubung")
    nadia.send("menyusun laporan monev aplikasi 2 jam, 1 laporan")
    nadia.wait(is_saved)
