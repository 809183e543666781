"""Logging a day: follow-up question, confirm/edit/delete buttons, edited messages."""
from sqlalchemy import select

from bot.emulator import buttons, is_question, is_saved
from journal.db import Journal
from journal.models import Activity
from tests.fixtures_bot import NADIA


def _activities(settings):
    j = Journal(settings.db_url)
    with j.session() as s:
        rows = list(s.scalars(select(Activity).order_by(Activity.id)))
    j.close()
    return rows


def test_followup_then_confirm_edit_and_delete(bot_runner, tg_user, bot_settings):
    nadia = tg_user(NADIA, "Nadia")
    nadia.send("rapat koordinasi persiapan sensus 2 jam")
    nadia.wait(is_question)
    nadia.send("1 notulen")
    saved = nadia.wait(is_saved)
    assert "BerAKHLAK" in saved["text"]
    [(label_ok, ok), (label_edit, edit), (label_del, delete)] = buttons(saved)
    activity_id = int(ok.rsplit(":", 1)[1])
    assert label_ok.startswith("Konfirmasi") and f"#{activity_id}" in label_ok

    nadia.press(saved, ok)
    nadia.wait(f"Entri #{activity_id} dikonfirmasi")

    nadia.press(saved, edit)
    nadia.wait("Kirim teks baru")
    nadia.send("rapat koordinasi persiapan sensus 3 jam, 1 notulen")
    edited = nadia.wait(f"Entri #{activity_id} diperbarui")

    nadia.press(edited, f"act:del:{activity_id}")
    ask = nadia.wait(f"Hapus entri #{activity_id}?")
    assert not _activities(bot_settings)[0].deleted  # nothing is deleted before the answer
    yes = next(data for _, data in buttons(ask) if data.startswith("del:yes:"))
    nadia.press(ask, yes)
    done = nadia.wait_edit(ask, f"Entri #{activity_id} dihapus")
    nadia.wait_edit(edited, "dihapus")  # the saved message no longer says it is saved
    [row] = _activities(bot_settings)
    assert row.id == activity_id and row.deleted and row.minutes == 180 and row.channel == "telegram"
    nadia.press(done, f"del:undo:{activity_id}")
    nadia.wait_edit(done, "dikembalikan")
    assert not _activities(bot_settings)[0].deleted


def test_batal_drops_the_open_question(bot_runner, tg_user, bot_settings):
    nadia = tg_user(NADIA, "Nadia")
    nadia.send("rapat koordinasi persiapan sensus 2 jam")
    nadia.wait(is_question)
    nadia.send("/batal")
    nadia.wait("Dibatalkan")
    nadia.send("/batal")
    nadia.wait("Tidak ada yang sedang menunggu")
    assert _activities(bot_settings) == []


def test_edited_message_updates_its_entry(bot_runner, tg_user, bot_settings):
    nadia = tg_user(NADIA, "Nadia")
    msg_id = nadia.send_text_get_id("menyusun laporan monev aplikasi 2 jam, 1 laporan")
    nadia.wait(is_saved)
    nadia.edit(msg_id, "menyusun laporan monev aplikasi 4 jam, 1 laporan")
    nadia.wait("Pesan diubah")
    [row] = _activities(bot_settings)
    assert row.minutes == 240 and row.source_ref == f"tg:{NADIA}:{msg_id}"
