"""The bot mirrors the journal to Google Sheets: its repeating job drains the outbox (Sheets stand-in)."""
from bot import sheets_job
from devtools.emulator import is_saved, saved_ids
from journal.sheets.layout import RECAP_SHEET
from tests.fixtures_bot import NADIA

NIP_NADIA = "199802152022012001"


def test_an_entry_logged_in_chat_reaches_the_sheet_when_the_job_runs(make_bot, bot_settings, sheets_settings,
                                                                    standin, tg_user):
    keys = ("google_service_account", "sheets_journal_id", "sheets_staff_id", "sheets_token_uri", "sheets_api_url")
    settings = bot_settings.model_copy(update={k: getattr(sheets_settings, k) for k in keys})
    bot = make_bot(settings)
    [job] = bot.application.job_queue.get_jobs_by_name(sheets_job.NAME)
    assert job.job.trigger.interval.total_seconds() == sheets_job.INTERVAL

    nadia = tg_user(NADIA, "Nadia")
    nadia.send("menguji aplikasi CAPI sensus 3 jam, 1 laporan uji")
    [activity_id] = saved_ids(nadia.wait(is_saved))
    assert "menguji aplikasi CAPI" not in str(standin.books["JURNAL"].tabs)  # queued, not sent yet

    bot.call(job.run(bot.application))
    rows = [r for tab in standin.books["JURNAL"].tabs.values() for r in tab]
    mine = [r for r in rows if str(activity_id) in r and any("menguji aplikasi CAPI" in c for c in r)]
    assert len(mine) == 1
    assert any(str(activity_id) in r for r in standin.rows("PEGAWAI", RECAP_SHEET))

    # /lihat: the journal spreadsheet holding her tab, or her own sheet once the staff list names one (LinkFile)
    nadia.send("/lihat")
    assert "docs.google.com/spreadsheets/d/JURNAL" in nadia.wait("Lembar kegiatan Anda")["text"]
    from journal.models import Staff

    journal = bot.application.bot_data["services"].journal
    with journal.session() as s:
        s.get(Staff, NIP_NADIA).sheet_link = "https://docs.google.com/spreadsheets/d/NADIA-SENDIRI"
    nadia.send("/lihat")
    assert "NADIA-SENDIRI" in nadia.wait("NADIA-SENDIRI")["text"]
