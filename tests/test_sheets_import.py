"""``jejak sheets import``: the original n8n workflow's spreadsheets, served by the stand-in."""
from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

from sqlalchemy import func, select

from journal.models import Activity, SheetOp, Staff
from journal.sheets import layout

N8N = Path(__file__).resolve().parent.parent / "knowledge" / "samples" / "n8n"


def _csv(name: str) -> list[list[str]]:
    with (N8N / name).open(encoding="utf-8") as fh:
        return list(csv.reader(fh))


def _legacy_books(standin):
    staff = _csv("data_pegawai_n8n.csv")
    first, second = staff[1], staff[2]
    row = lambda p, text, day, values="Akuntabel", probis="Ya": [  # noqa: E731
        p[0], p[1], text, day, values, p[4], probis, "Tidak", "Analisis kebutuhan dan perancangan aplikasi" if probis == "Ya" else "", ""]
    tab1 = [list(layout.JOURNAL_ORIGINAL),
            row(first, "Memimpin rapat koordinasi pengembangan aplikasi", "03/11/2025", "Kolaboratif, Harmonis"),
            row(first, "Menandatangani laporan bulanan", "04/11/2025"),
            row(first, "Menandatangani laporan bulanan", "04/11/2025")]  # the same twice: both kept
    tab2 = [list(layout.JOURNAL_ORIGINAL), row(second, "Review kode modul SOBAT", "05/11/2025", "Kompeten", "Tidak")]
    standin.create("PEGAWAI", tabs={
        "Data_Pegawai": staff, "Probis": _csv("probis_n8n.csv"), "Pokin": _csv("pokin_n8n.csv"),
        "Aktivitas_sheet": [["Nip", "Nama", "Aktivitas", "Tanggal", "chatID"],
                            [first[0], first[1], "Menandatangani laporan bulanan", "04/11/2025", first[4]]],
    })
    standin.create("JURNAL", tabs={first[5]: tab1, second[5]: tab2})
    return first, second


def test_import_then_again_adds_nothing(run_cli, sheets_env, standin, journal):
    first, second = _legacy_books(standin)
    res = run_cli("sheets", "import", "--instansi", "dsis")
    assert res.exit_code == 0, res.output
    assert "4 aktivitas baru" in res.output and "12 pegawai" in res.output and "tabel probis: 1" in res.output
    with journal.session() as s:
        assert s.scalar(select(func.count()).select_from(Staff)) == 12
        person = s.get(Staff, first[0])
        assert person.sheet_name == first[5] and person.telegram_id == int(first[4])
        acts = s.scalars(select(Activity).where(Activity.nip == first[0]).order_by(Activity.id)).all()
        assert [a.day for a in acts] == [date(2025, 11, 3), date(2025, 11, 4), date(2025, 11, 4)]
        assert {a.channel for a in acts} == {"import"} and {a.status for a in acts} == {"approved"}
        assert acts[0].assessment.berakhlak == ["kolaboratif", "harmonis"]
        assert acts[0].assessment.probis_level != "none" and acts[0].assessment.pokin_level == "none"
        ids = [a.id for a in acts]
    tab = standin.rows("JURNAL", first[5])
    assert tab[0] == list(layout.JOURNAL_COLUMNS)
    assert [r[layout.JOURNAL_ID_COL] for r in tab[1:]] == [str(i) for i in ids]
    recap = standin.rows("PEGAWAI", "Aktivitas_sheet")
    assert recap[0][layout.RECAP_ID_COL] == "ID Entri" and recap[1][layout.RECAP_ID_COL] == str(ids[1])

    again = run_cli("sheets", "import", "--instansi", "dsis")
    assert again.exit_code == 0, again.output
    assert "0 aktivitas baru" in again.output and "(4 sudah ada)" in again.output
    with journal.session() as s:
        assert s.scalar(select(func.count()).select_from(Activity)) == 4

    # the knowledge base got the probis and pokin sheets
    found = run_cli("kb", "search", "pembangunan aplikasi sensus", "--instansi", "dsis", "--type", "probis", "--json")
    assert found.exit_code == 0 and "Pembangunan aplikasi sensus dan survei" in found.output


def test_edit_of_an_imported_entry_updates_its_legacy_row(run_cli, sheets_env, standin, journal):
    from journal.outbox import enqueue

    first, _ = _legacy_books(standin)
    assert run_cli("sheets", "import").exit_code == 0
    with journal.session() as s:
        s.execute(SheetOp.__table__.delete())  # staff rows already match the sheet
        act = s.scalars(select(Activity).where(Activity.nip == first[0]).order_by(Activity.id)).first()
        act.text = "Memimpin rapat koordinasi rilis SOBAT"
        enqueue(s, "upsert", nip=act.nip, activity_id=act.id)
    res = run_cli("sheets", "sync")
    assert res.exit_code == 0, res.output
    tab = standin.rows("JURNAL", first[5])
    assert len(tab) == 4 and tab[1][2] == "Memimpin rapat koordinasi rilis SOBAT" and tab[1][14] == "disetujui"
