"""Registration through the emulator: linked at once, or pending until an admin decides."""
from sqlalchemy import select

from devtools.emulator import buttons
from journal.db import Journal
from journal.models import Registration, Staff
from tests.fixtures_bot import NADIA, NIP_WAHYU, PUTU

NEWCOMER = 900000001
STRANGER = 900000002


def test_known_telegram_id_is_linked_at_once(bot_runner, tg_user):
    nadia = tg_user(NADIA, "Nadia")
    nadia.send("/start")
    assert "Nadia Putri Maharani" in nadia.wait("sudah terhubung")["text"]


def test_unknown_user_registers_and_admin_approves_from_chat(bot_runner, tg_user, bot_settings):
    wahyu, admin = tg_user(NEWCOMER, "Wahyu"), tg_user(PUTU, "Putu")
    wahyu.send("/start")
    wahyu.wait("kirim NIP")
    wahyu.send("rapat koordinasi 2 jam")  # unregistered: nothing is logged
    wahyu.wait("belum terdaftar")
    wahyu.send("1992 0718 2015 0310 03")
    wahyu.wait("dikirim ke admin")

    request = admin.wait("Permintaan pendaftaran")
    assert NIP_WAHYU in request["text"] and "Wahyu Adi Kurniawan" in request["text"]
    (approve_label, approve), (_, _reject) = buttons(request)
    assert approve.startswith("reg:ok:")
    admin.press(request, approve)
    assert "Putu" in admin.wait_edit(request, "disetujui")["text"]
    wahyu.wait("Pendaftaran disetujui")

    wahyu.send("/hari_ini")
    wahyu.wait("Belum ada kegiatan")
    j = Journal(bot_settings.db_url)
    with j.session() as s:
        assert s.get(Staff, NIP_WAHYU).telegram_id == NEWCOMER
        assert s.scalar(select(Registration.status)) == "approved"
    j.close()


def test_rejection_unknown_nip_and_non_admin_cannot_decide(bot_runner, tg_user):
    stranger, admin, nadia = tg_user(STRANGER, "Asing"), tg_user(PUTU), tg_user(NADIA)
    stranger.send("123456789012345678")
    stranger.wait("tidak ada di daftar pegawai")
    stranger.send(NIP_WAHYU)
    stranger.wait("dikirim ke admin")
    request = admin.wait("Permintaan pendaftaran")
    reject = buttons(request)[1][1]
    nadia.press(request, reject.replace("no", "ok"))  # a pegawai pressing a forged button
    admin.press(request, reject)
    admin.wait_edit(request, "ditolak")
    stranger.wait("ditolak admin")
    stranger.send("/hari_ini")
    stranger.wait("belum terdaftar")
