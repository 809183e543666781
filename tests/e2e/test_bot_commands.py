"""/hari_ini, /rekap with its chart, /lihat, /ubah and /hapus through the emulator."""
import io

from openpyxl import load_workbook

from devtools.emulator import is_saved, saved_ids
from tests.fixtures_bot import NADIA


def _log(user, text):
    user.send(text)
    return user.wait(is_saved)


def test_today_recap_with_chart_and_month_xlsx(bot_runner, tg_user, tg_emulator):
    nadia = tg_user(NADIA, "Nadia")
    nadia.send("/hari_ini")
    nadia.wait("Belum ada kegiatan")
    _log(nadia, "rapat koordinasi tim aplikasi 09.00-10.30, 1 notulen")
    _log(nadia, "menguji aplikasi CAPI sensus 3 jam, 1 laporan uji")

    nadia.send("/hari_ini")
    today = nadia.wait("Total:")["text"]
    assert "rapat koordinasi" in today and "menguji aplikasi" in today
    assert "4,5 jam dari standar 7,5 jam (60%)" in today

    nadia.send("/rekap")
    nadia.wait("/rekap minggu")
    nadia.send("/rekap minggu")
    recap = nadia.wait(lambda m: "photo" in m)
    assert "Rekap Minggu" in recap["caption"] and "Entri: 2" in recap["caption"]
    png = tg_emulator.download(recap["photo"][0]["file_id"])
    assert png.startswith(b"\x89PNG") and int.from_bytes(png[16:20], "big") == 1200  # the recap layer's chart

    nadia.send("/lihat")
    doc = nadia.wait(lambda m: "document" in m)
    assert doc["document"]["file_name"].endswith(".xlsx")
    book = load_workbook(io.BytesIO(tg_emulator.download(doc["document"]["file_id"])))
    assert book.active.title == "Ringkasan" and "Nadia Putri Maharani" in str(book.active["B2"].value)
    rows = list(book["Aktivitas"].iter_rows(values_only=True))
    assert rows[0][:3] == ("NIP", "Nama", "Tanggal") and len(rows) == 3
    assert any("rapat koordinasi" in r[3] for r in rows[1:])


def test_ubah_and_hapus_own_entries_only(bot_runner, tg_user):
    nadia = tg_user(NADIA, "Nadia")
    saved = _log(nadia, "menyusun dokumen spesifikasi kebutuhan aplikasi 2 jam, 1 dokumen")
    [activity_id] = saved_ids(saved)
    nadia.send("/ubah")
    assert f"#{activity_id}" in nadia.wait("Gunakan /ubah")["text"]
    nadia.send(f"/ubah {activity_id} menyusun dokumen spesifikasi kebutuhan aplikasi 5 jam, 1 dokumen")
    nadia.wait(f"Entri #{activity_id} diperbarui")
    nadia.send("/hari_ini")
    assert "(5 jam)" in nadia.wait("Total:")["text"]
    nadia.send("/hapus 99999")
    nadia.wait("tidak ditemukan")
    nadia.send(f"/hapus {activity_id}")
    ask = nadia.wait(f"Hapus entri #{activity_id}?")
    nadia.press(ask, f"del:yes:{activity_id}")
    nadia.wait_edit(ask, f"Entri #{activity_id} dihapus")
    nadia.send("/hari_ini")
    nadia.wait("Belum ada kegiatan")
