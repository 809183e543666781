"""Start-up, /start of a linked user and /bantuan, through the emulator."""
from telegram.ext import CommandHandler

from bot.texts import COMMAND_MENU as MENU
from tests.fixtures_bot import NADIA, RINA

REVIEW_COMMANDS = ("/tanya", "/ajukan", "/tim", "/setujui", "/kembalikan", "/komentar")


def test_start_links_known_telegram_id_and_help_lists_commands(bot_runner, tg_user):
    nadia = tg_user(NADIA, "Nadia")
    nadia.send("/start")
    assert "Nadia Putri Maharani" in nadia.wait("sudah terhubung")["text"]
    nadia.send("/bantuan")
    text = nadia.wait("/hari_ini")["text"]
    assert "/rekap" in text and "/lihat" in text
    jobs = {j.name for j in bot_runner.application.job_queue.jobs()}
    assert {"pengingat_harian@WIB", "pengingat_harian@WITA", "pengingat_harian@WIT"} <= jobs


def test_help_lists_the_question_and_review_commands_and_the_menu_has_handlers(bot_runner, tg_user):
    rina = tg_user(RINA, "Rina")  # atasan: sees the supervisor's part too
    rina.send("/bantuan")
    text = rina.wait("/hari_ini")["text"]
    assert all(c in text for c in REVIEW_COMMANDS), text
    nadia = tg_user(NADIA, "Nadia")
    nadia.send("/bantuan")
    mine = nadia.wait("/hari_ini")["text"]
    assert "/tanya" in mine and "/ajukan" in mine and "/setujui" not in mine
    handled = {c for group in bot_runner.application.handlers.values() for h in group
               if isinstance(h, CommandHandler) for c in h.commands}
    menu = {c for c, _ in MENU}
    assert {c.lstrip("/") for c in REVIEW_COMMANDS} <= menu <= handled


def test_a_running_bot_takes_the_gil_back_quickly(bot_runner):
    """Analysis threads hand the GIL to the event loop after 0.5 ms, not Python's 5 ms."""
    import sys

    from bot.app import SWITCH_INTERVAL

    assert bot_runner.application.running
    assert sys.getswitchinterval() == SWITCH_INTERVAL < 0.005
