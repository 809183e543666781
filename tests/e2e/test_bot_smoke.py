"""Start-up, /start of a linked user and /bantuan, through the emulator."""
from tests.fixtures_bot import NADIA


def test_start_links_known_telegram_id_and_help_lists_commands(bot_runner, tg_user):
    nadia = tg_user(NADIA, "Nadia")
    nadia.send("/start")
    assert "Nadia Putri Maharani" in nadia.wait("sudah terhubung")["text"]
    nadia.send("/bantuan")
    text = nadia.wait("/hari_ini")["text"]
    assert "/rekap" in text and "/lihat" in text
    jobs = {j.name for j in bot_runner.application.job_queue.jobs()}
    assert {"pengingat_harian@WIB", "pengingat_harian@WITA", "pengingat_harian@WIT"} <= jobs
