"""A follow-up question survives a restart: a new application on the same data folder takes the answer."""
from tests.fixtures_bot import NADIA


def test_answer_after_restart_completes_the_entry(make_bot, bot_settings, tg_user):
    first = make_bot(bot_settings)
    nadia = tg_user(NADIA, "Nadia")
    nadia.send("rapat koordinasi persiapan sensus 2 jam")
    nadia.wait("Apa hasil kegiatan")
    first.stop()

    nadia.send("1 notulen")  # arrives while the bot is down
    make_bot(bot_settings)
    saved = nadia.wait("Tersimpan")["text"]
    assert "120 menit" in saved and "1 notulen" in saved
