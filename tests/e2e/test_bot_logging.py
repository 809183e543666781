"""Logging a day: follow-up question, confirm/edit/delete buttons, edited messages."""
from sqlalchemy import select

from devtools.emulator import buttons, is_question, is_saved, saved_ids
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
    (label_ok, ok), (label_edit, edit), (label_del, delete) = buttons(saved)[:3]
    assert buttons(saved)[-1][1].startswith("kor:m:")  # every saved entry can be corrected
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


def test_one_tap_corrections_are_recorded_and_learned(bot_runner, tg_user, bot_settings):
    """🔧 opens the candidates: one tap sets the probis, another toggles a value; the journal
    records who changed what, the Sheets row is queued, and the entry becomes an example."""
    from journal.models import Assessment, Correction, SheetOp

    nadia = tg_user(NADIA, "Nadia")
    nadia.send("perbaiki bug tombol simpan di modul kontrak SOBAT 2 jam, 1 tiket")
    saved = nadia.wait(is_saved)
    activity_id = saved_ids(saved)[0]
    nadia.press(saved, f"kor:m:{activity_id}")
    menu = nadia.wait(f"Koreksi analisis entri #{activity_id}")
    probis = [(label, data) for label, data in buttons(menu) if data.startswith(f"kor:p:{activity_id}:")]
    assert len(probis) >= 2 and probis[-1][0].endswith("Tidak ada")
    label, pick = next((lb, d) for lb, d in probis if not lb.startswith("✓") and not d.endswith(":x"))
    nadia.press(menu, pick)
    done = nadia.wait(f"Analisis entri #{activity_id} dikoreksi")
    assert "Probis:" in done["text"]
    value = next(d for lb, d in buttons(menu) if d.startswith(f"nil:{activity_id}:") and not lb.startswith("✓"))
    nadia.press(menu, value)
    nadia.wait(lambda m: "Nilai BerAKHLAK:" in (m.get("text") or "") and "dikoreksi" in (m.get("text") or ""))
    j = Journal(bot_settings.db_url)
    with j.session() as s:
        a = s.scalar(select(Assessment).where(Assessment.activity_id == activity_id))
        fixes = list(s.scalars(select(Correction).where(Correction.activity_id == activity_id)))
        ops = list(s.scalars(select(SheetOp).where(SheetOp.activity_id == activity_id)))
    j.close()
    assert a.probis_id == label.split()[0] and a.probis_level == "manual" and a.verified_how == "koreksi"
    assert {f.field for f in fixes} == {"probis", "nilai"} and {f.actor_nip for f in fixes} == {"199802152022012001"}
    assert len(ops) >= 2  # the new row and its correction reach Sheets through the outbox
