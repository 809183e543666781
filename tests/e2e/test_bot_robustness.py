"""Bad input and Telegram's own errors: nothing a user sends crashes the bot."""
from datetime import UTC, datetime

from sqlalchemy import select

from bot import reminders
from devtools.emulator import is_saved
from journal.db import Journal
from journal.models import Activity, Staff
from tests.fixtures_bot import FAJAR, NADIA, SITI

NIP_NADIA = "199802152022012001"


def _journal(settings):
    return Journal(settings.db_url)


def test_unsupported_content_group_chat_and_unknown_command(bot_runner, tg_user):
    nadia = tg_user(NADIA, "Nadia")
    nadia.message(sticker={"file_id": "s1", "file_unique_id": "us1", "width": 512, "height": 512,
                           "is_animated": False, "is_video": False, "type": "regular"})
    nadia.wait("stiker belum bisa diproses")
    nadia.message(voice={"file_id": "v1", "file_unique_id": "uv1", "duration": 3})
    nadia.wait("pesan suara belum bisa diproses")
    nadia.message(location={"latitude": -6.2, "longitude": 106.8})
    nadia.wait("lokasi belum bisa diproses")
    nadia.send("/tidak_ada")
    nadia.wait("Perintah tidak dikenal")
    nadia.send("/hari_ni")  # a slip names the command meant
    nadia.wait("maksud Anda /hari_ini?")
    group = tg_user(NADIA, "Nadia", chat_id=-100123, chat_type="group")
    group.send("rapat koordinasi 2 jam")
    group.wait("hanya melayani obrolan pribadi")


def test_a_crashing_handler_gets_a_short_answer_and_the_bot_goes_on(bot_runner, tg_user):
    nadia = tg_user(NADIA, "Nadia")
    nadia.send("/hari_ini")
    today = nadia.wait("Belum ada kegiatan")
    nadia.press(today, "act:ok:99999999999999999999999")  # forged: too large for the database
    nadia.wait("terjadi kesalahan")
    nadia.send("/hari_ini")
    nadia.wait("Belum ada kegiatan")


def test_a_user_error_raised_in_a_handler_is_one_indonesian_line_from_the_one_error_handler(bot_runner, tg_user):
    """/tim of a person without a team (ScopeError) and an undo of an entry never deleted (JournalError):
    the handlers do not catch them; bot.errors.on_error answers with the error's own line."""
    from bot import texts

    fajar = tg_user(FAJAR, "Fajar")  # pegawai: no team
    fajar.send("/tim")
    line = fajar.wait("Tampilan tim hanya")["text"]
    assert line == texts.ERROR_USER.format(
        message="Tampilan tim hanya untuk atasan, penilai, atau admin yang memiliki anggota tim.")
    nadia = tg_user(NADIA, "Nadia")
    nadia.send("/hari_ini")
    today = nadia.wait("Belum ada kegiatan")
    nadia.press(today, "del:undo:1")  # a button pressed on an entry that was never deleted
    line = nadia.wait("tidak bisa dikembalikan")["text"]
    assert line == texts.ERROR_USER.format(
        message="Entri #1 tidak bisa dikembalikan: tidak ada di entri Anda yang dihapus.")
    nadia.send("/hari_ini")  # one line each, nothing after it, and the bot goes on
    assert "Belum ada kegiatan" in nadia.wait()["text"]


def test_long_reply_is_split(bot_runner, tg_user, bot_settings):
    nadia = tg_user(NADIA, "Nadia")
    today = bot_runner.application.bot_data["clock"].today("WIB")
    j = _journal(bot_settings)
    with j.session() as s:
        for i in range(40):
            s.add(Activity(nip=NIP_NADIA, agency_id="dsis", day=today, minutes=10,
                           text=f"kegiatan nomor {i} " + "uraian panjang " * 12))
    j.close()
    nadia.send("/hari_ini")
    first = nadia.wait("Kegiatan")
    rest = nadia.wait("Total:")
    assert len(first["text"]) <= 4096 and rest["message_id"] > first["message_id"]
    assert "kegiatan nomor 39" in first["text"] + rest["text"]


def test_blocked_user_is_marked_skipped_and_unmarked_when_back(bot_runner, tg_user, tg_emulator, bot_settings):
    fajar = tg_user(FAJAR, "Fajar")
    tg_emulator.control("block", chatId=FAJAR)
    bot_runner.clock.set(datetime(2026, 11, 25, 9, 5, tzinfo=UTC))
    bot_runner.call(reminders.run_due(bot_runner.application, reminders.DAILY))
    j = _journal(bot_settings)
    with j.session() as s:
        assert s.scalar(select(Staff.blocked_bot).where(Staff.telegram_id == FAJAR)) is True
    tg_emulator.control("block", chatId=FAJAR, blocked=False)
    fajar.send("/bantuan")
    fajar.wait("/hari_ini")
    with j.session() as s:
        assert s.scalar(select(Staff.blocked_bot).where(Staff.telegram_id == FAJAR)) is False
    j.close()


def test_duplicate_update_is_processed_once(bot_runner, tg_user, bot_settings):
    nadia = tg_user(NADIA, "Nadia")
    first = nadia.message(text="rapat evaluasi aplikasi 1 jam, 1 notulen")
    nadia.wait(is_saved)
    nadia.update(update_id=first["update_id"], message={
        **nadia._common(), "message_id": first["message_id"], "text": "rapat evaluasi aplikasi 1 jam, 1 notulen"})
    nadia.send("/hari_ini")
    today = nadia.wait("Total:")["text"]
    assert today.count("rapat evaluasi") == 1
    j = _journal(bot_settings)
    with j.session() as s:
        assert len(list(s.scalars(select(Activity.id)))) == 1
    j.close()


def test_rate_limit_and_retries_after_flood_and_network_errors(make_bot, bot_settings, tg_user, tg_emulator):
    bot = make_bot(bot_settings.model_copy(update={"rate_limit_per_minute": 2}))
    siti = tg_user(SITI, "Siti")
    for i in range(4):
        siti.send(f"menyusun SPJ perjalanan dinas nomor {i} 1 jam, 1 dokumen")
    siti.wait("Terlalu banyak pesan")
    siti.quiet(1.0)
    replies = [m.get("text") or "" for m in siti.messages()]
    assert sum("Terlalu banyak" in t for t in replies) == 1  # warned once, not per message
    assert len(replies) == 3  # two answers and one warning; the other lines were not analysed

    tg_emulator.control("fault", method="sendMessage", kind="flood", count=1, retry_after=1)
    tg_emulator.control("fault", method="sendMessage", kind="network", count=2)
    nadia = tg_user(NADIA, "Nadia")
    nadia.send("/bantuan")
    nadia.wait("/hari_ini", timeout=20)
    assert bot.application.running
