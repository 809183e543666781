"""A follow-up question survives a restart: a new application on the same data folder takes the answer."""
from devtools.emulator import is_question, is_saved, saved_ids
from journal.db import Journal
from journal.models import Activity, Conversation
from tests.fixtures_bot import NADIA

NIP_NADIA = "199802152022012001"


def test_answer_after_restart_completes_the_entry(make_bot, bot_settings, tg_user):
    first = make_bot(bot_settings)
    nadia = tg_user(NADIA, "Nadia")
    nadia.send("rapat koordinasi persiapan sensus 2 jam")
    nadia.wait(is_question)
    first.stop()

    nadia.send("1 notulen")  # arrives while the bot is down
    make_bot(bot_settings)
    [activity_id] = saved_ids(nadia.wait(is_saved))
    j = Journal(bot_settings.db_url)
    with j.session() as s:
        row = s.get(Activity, activity_id)
        assert row.minutes == 120 and "rapat koordinasi" in row.text
        assert s.get(Conversation, NIP_NADIA) is None
    j.close()


def test_an_entry_chosen_with_ubah_is_still_being_edited_after_restart(make_bot, bot_settings, tg_user):
    from devtools.emulator import buttons

    first = make_bot(bot_settings)
    nadia = tg_user(NADIA, "Nadia")
    nadia.send("menguji aplikasi CAPI sensus 2 jam, 1 laporan uji")
    saved = nadia.wait(is_saved)
    [activity_id] = saved_ids(saved)
    edit = next(data for _, data in buttons(saved) if data.startswith("act:edit:"))
    nadia.press(saved, edit)
    nadia.wait("Kirim teks baru")
    first.stop()

    make_bot(bot_settings)
    nadia.send("menguji aplikasi CAPI sensus 3 jam, 1 laporan uji")
    nadia.wait(f"Entri #{activity_id} diperbarui")
    j = Journal(bot_settings.db_url)
    with j.session() as s:
        assert s.get(Activity, activity_id).minutes == 180
    j.close()
