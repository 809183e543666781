"""Daily reminders in each person's zone and the weekly digest, on a controlled clock."""
from datetime import UTC, datetime

from sqlalchemy import func, select, update

from bot import reminders, sheets_job
from bot.clock import Clock
from devtools.emulator import buttons, is_saved, saved_ids
from journal.db import Journal
from journal.models import Activity, SentNotice, Staff
from tests.fixtures_bot import FAJAR, NADIA, RINA

NIP_ANDI = "199405222018022001"  # WITA
ANDI = 900000010
WEDNESDAY_1530_WIB = datetime(2026, 11, 25, 8, 30, tzinfo=UTC)  # 16:30 WITA
WEDNESDAY_1605_WIB = datetime(2026, 11, 25, 9, 5, tzinfo=UTC)
SATURDAY_1605_WIB = datetime(2026, 11, 28, 9, 5, tzinfo=UTC)
FRIDAY_1605_WIB = datetime(2026, 11, 27, 9, 5, tzinfo=UTC)


def _link(settings, nip, telegram_id):
    j = Journal(settings.db_url)
    with j.session() as s:
        s.execute(update(Staff).where(Staff.nip == nip).values(telegram_id=telegram_id))
    j.close()


def _status(settings, activity_id):
    j = Journal(settings.db_url)
    with j.session() as s:
        status = s.get(Activity, activity_id).status
    j.close()
    return status


def test_reminders_follow_each_zone_skip_loggers_and_never_repeat(make_bot, bot_settings, tg_user):
    _link(bot_settings, NIP_ANDI, ANDI)
    clock = Clock(WEDNESDAY_1530_WIB)
    bot = make_bot(bot_settings, clock)
    nadia, andi, fajar = tg_user(NADIA), tg_user(ANDI), tg_user(FAJAR)
    app = bot.application

    assert bot.call(reminders.run_due(app, reminders.DAILY, zone="Asia/Jakarta")) == 0  # 15:30 WIB
    bot.call(reminders.run_due(app, reminders.DAILY, zone="Asia/Makassar"))  # 16:30 WITA
    assert "belum mencatat kegiatan hari ini (25 November 2026)" in andi.wait("Halo Andi")["text"]

    nadia.send("rapat koordinasi tim aplikasi 2 jam, 1 notulen")
    nadia.wait(is_saved)
    clock.set(WEDNESDAY_1605_WIB)
    sent = bot.call(reminders.run_due(app, reminders.DAILY, zone="Asia/Jakarta"))
    assert sent >= 4  # Rina, Putu, Fajar, Siti, Hendra: everyone in WIB who has not logged
    fajar.wait("belum mencatat")
    assert nadia.quiet(0.3) == []  # she logged today
    assert bot.call(reminders.run_due(app, reminders.DAILY)) == 0  # never twice the same day
    assert andi.quiet(0.1) == [] and fajar.quiet(0.1) == []

    clock.set(SATURDAY_1605_WIB)
    assert bot.call(reminders.run_due(app, reminders.DAILY)) == 0  # weekend


def test_weekly_digest_and_schedules_recreated_after_restart(make_bot, bot_settings, tg_user):
    clock = Clock(FRIDAY_1605_WIB)
    bot = make_bot(bot_settings, clock)
    nadia, rina = tg_user(NADIA), tg_user(RINA)
    nadia.send("menguji aplikasi CAPI sensus 3 jam, 1 laporan uji")
    [aid] = saved_ids(nadia.wait(is_saved))
    bot.call(reminders.run_due(bot.application, reminders.WEEKLY))
    message = rina.wait("Ringkasan mingguan")
    digest = message["text"]
    assert "Nadia Putri Maharani" in digest and "3,0 dari" in digest and "menunggu tinjauan Anda: 1" in digest
    assert f"#{aid} 27/11 Nadia Putri Maharani, S.Tr.Stat.: menguji aplikasi CAPI" in digest
    assert (f"✅ #{aid}", f"rv:a:{aid}") in buttons(message) and (f"↩️ #{aid}", f"rv:r:{aid}") in buttons(message)

    rina.press(message, f"rv:a:{aid}")
    assert f"#{aid}" in rina.wait("disetujui")["text"]
    assert "disetujui oleh" in nadia.wait("disetujui oleh")["text"]
    assert _status(bot_settings, aid) == "approved"
    bot.stop()

    again = make_bot(bot_settings, Clock(FRIDAY_1605_WIB))
    jobs = {j.name for j in again.application.job_queue.jobs()}
    assert {"ringkasan_mingguan@WIB", "pengingat_harian@WIT"} <= jobs
    assert sheets_job.NAME not in jobs  # Sheets not configured: no outbox job
    assert again.call(reminders.run_due(again.application, reminders.WEEKLY)) == 0
    j = Journal(bot_settings.db_url)
    with j.session() as s:
        assert s.scalar(select(func.count()).select_from(SentNotice).where(SentNotice.kind == "digest")) >= 1
    j.close()
