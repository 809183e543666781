"""Staff and SKP records found by ingest are synced into the journal."""
from journal.models import SheetOp
from journal.staff import get_staff, list_rhk, list_staff, staff_by_telegram, sync_staff
from knowledge.models import Rhk, Skp, Staff


def test_sample_pack_sync(journal, sample_kb_report):
    report = sample_kb_report[1]
    n_staff, n_rhk = sync_staff(journal, "dsis", report.staff, report.skps)
    assert n_staff == len(report.staff) and n_rhk == sum(len(s.rhk) for s in report.skps)
    rina = staff_by_telegram(journal, 6034518829)
    assert rina.role == "atasan" and rina.unit.name == "Tim Pengembangan Aplikasi"
    assert rina.timezone == "Asia/Jakarta"
    assert {s.timezone for s in list_staff(journal, "dsis")} >= {"Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura"}
    hendra = get_staff(journal, "197205141996031001")
    assert hendra.role == "penilai" and hendra.supervisor_nip is None
    rhk = list_rhk(journal, "197205141996031001", "2026")
    assert rhk[0].code == "RHK-1" and rhk[0].trajectory is True
    assert any(r.trajectory is False for r in rhk)
    # again: nothing duplicated
    assert sync_staff(journal, "dsis", report.staff, report.skps) == (n_staff, n_rhk)
    assert len(list_staff(journal, "dsis")) == n_staff


def test_n8n_staff_sheet_columns_and_updates(journal):
    ani = Staff(nip="1", name="Ani", jabatan="Statistisi", unit="Tim Data", telegram_id=111, timezone="WITA",
                attributes={"namafile": "Jurnal_Ani", "linkfile": "https://sheet/ani"})
    sync_staff(journal, "uji", [ani], [Skp(nip="1", period="2026", rhk=(Rhk(id="RHK-1", text="Olah data"),))])
    row = get_staff(journal, "1")
    assert (row.sheet_name, row.sheet_link, row.role, row.timezone) == ("Jurnal_Ani", "https://sheet/ani", "pegawai",
                                                                        "Asia/Makassar")
    with journal.session() as s:
        assert s.query(SheetOp).filter_by(op="staff", nip="1").count() == 1
    # the Telegram id moves to another person; the RHK text changes
    budi = Staff(nip="2", name="Budi", telegram_id=111)
    sync_staff(journal, "uji", [budi], [Skp(nip="1", period="2026", rhk=(Rhk(id="RHK-1", text="Olah data survei"),))])
    assert staff_by_telegram(journal, 111).nip == "2" and get_staff(journal, "1").telegram_id is None
    assert [r.text for r in list_rhk(journal, "1")] == ["Olah data survei"]
    assert get_staff(journal, "x") is None and staff_by_telegram(journal, 999) is None
