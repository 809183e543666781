"""Fixtures for the Sheets mirror, recaps and reports: a local Sheets stand-in,
a throw-away service account and a small journal."""
from __future__ import annotations

import json
from datetime import date, timedelta

import pytest


@pytest.fixture(scope="session")
def service_account_info():
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                            serialization.NoEncryption()).decode()
    return {
        "type": "service_account", "project_id": "jejak-uji", "private_key_id": "uji",
        "private_key": pem, "client_email": "jejak@jejak-uji.iam.gserviceaccount.com",
        "client_id": "1", "token_uri": "https://oauth2.googleapis.com/token",
    }


@pytest.fixture
def standin():
    from devtools.sheets_standin import StandIn

    with StandIn() as s:
        s.create("JURNAL", "Jurnal Harian DSIS")
        s.create("PEGAWAI", "Data Pegawai DSIS")
        yield s


@pytest.fixture
def sheets_settings(settings, standin, service_account_info, tmp_path):
    path = tmp_path / "sa.json"
    path.write_text(json.dumps(service_account_info))
    return settings.model_copy(update={
        "google_service_account": path, "sheets_journal_id": "JURNAL", "sheets_staff_id": "PEGAWAI",
        "sheets_token_uri": standin.token_uri, "sheets_api_url": standin.api_url,
    })


@pytest.fixture
def sheets_env(sheets_settings, monkeypatch):
    """The same configuration as environment variables, for the CLI."""
    from tests.conftest import journal_env

    s = sheets_settings
    for key, value in journal_env(s).items():
        monkeypatch.setenv(key, value)
    for key, value in {
        "GOOGLE_SERVICE_ACCOUNT": s.google_service_account,
        "SHEETS_JOURNAL_ID": s.sheets_journal_id, "SHEETS_STAFF_ID": s.sheets_staff_id,
        "SHEETS_TOKEN_URI": s.sheets_token_uri, "SHEETS_API_URL": s.sheets_api_url,
    }.items():
        monkeypatch.setenv(f"JEJAK_{key}", str(value))
    return s


TEAM = (
    ("199001012015011001", "Andi Saputra, S.Kom.", "Pranata Komputer Ahli Muda", "198108232004122002", 7001),
    ("199202022016022002", "Sari Wulandari, S.ST.", "Statistisi Ahli Pertama", "198108232004122002", 7002),
    ("198108232004122002", "Rina Kusumawardani, S.ST., M.T.", "Ketua Tim", None, 7003),
)


def add_team(journal, unit_name: str = "Tim Pengembangan Aplikasi", agency: str = "dsis") -> list[str]:
    from journal.models import Agency, RhkRow, Staff, Unit

    with journal.session() as s:
        s.merge(Agency(id=agency, name="Direktorat Sistem Informasi Statistik"))
        unit = Unit(agency_id=agency, name=unit_name)
        s.add(unit)
        s.flush()
        for nip, name, jab, sup, tg in TEAM:
            s.add(Staff(nip=nip, agency_id=agency, name=name, jabatan=jab, unit_id=unit.id,
                        supervisor_nip=sup, telegram_id=tg, role="atasan" if sup is None else "pegawai"))
        s.flush()
        s.add(RhkRow(nip=TEAM[0][0], period="2025", code="RHK-1", text="Tersusunnya modul aplikasi SOBAT",
                     aspect="kuantitas", indicator="Jumlah modul", target="12 modul", trajectory=True))
        s.add(RhkRow(nip=TEAM[0][0], period="2025", code="RHK-2", text="Terlaksananya uji keamanan aplikasi",
                     aspect="kualitas", indicator="Persentase temuan ditindaklanjuti", target="90%",
                     trajectory=False))
    return [t[0] for t in TEAM]


def add_activity(journal, nip: str, day: date, text: str, *, minutes: int = 120, rhk: str | None = "RHK-1",
                 volume: float | None = 1, output: str | None = "modul", values=("akuntabel", "kompeten"),
                 probis=("PB-1.2", "Pembangunan aplikasi pengumpulan data"), status: str = "submitted",
                 enqueue: bool = True) -> int:
    from journal.models import Activity, Assessment
    from journal.outbox import enqueue as put

    with journal.session() as s:
        a = Activity(nip=nip, agency_id="dsis", day=day, minutes=minutes, text=text, description=text,
                     output=output, volume=volume, status=status, channel="cli")
        a.assessment = Assessment(
            analyst="embedded", berakhlak=list(values), primary_value=values[0] if values else None,
            probis_id=probis[0] if probis else None, probis_name=probis[1] if probis else None,
            probis_level="high" if probis else "none", probis_score=0.8 if probis else 0.0,
            pokin_id="PK-1.1" if probis else None, pokin_text="Tersedianya aplikasi statistik",
            pokin_level="semantic" if probis else "none", rhk_code=rhk,
            rhk_text="Tersusunnya modul aplikasi SOBAT" if rhk == "RHK-1" else ("Uji keamanan" if rhk else None))
        s.add(a)
        s.flush()
        if enqueue:
            put(s, "upsert", nip=nip, activity_id=a.id)
        return a.id


@pytest.fixture
def team(journal):
    return add_team(journal)


@pytest.fixture
def month_entries(journal, team):
    """November 2025 (a closed month) for Andi: 4 h + 2 h on 18 of the 20 working days (none on 11 and 19)."""
    ids = []
    d = date(2025, 11, 3)
    while d <= date(2025, 11, 28):
        if d.weekday() < 5 and d.day not in (11, 19):
            ids.append(add_activity(journal, team[0], d, f"Membangun modul SOBAT bagian {d.day}", minutes=240,
                                    enqueue=False))
            ids.append(add_activity(journal, team[0], d, "Rapat koordinasi tim pengembangan aplikasi",
                                    minutes=120, rhk="RHK-2", volume=None, output=None,
                                    values=("kolaboratif", "harmonis"), enqueue=False))
        d += timedelta(days=1)
    add_activity(journal, team[1], date(2025, 11, 4), "Menyusun metadata kegiatan statistik", minutes=300,
                 rhk=None, volume=None, output=None, enqueue=False)
    return ids


@pytest.fixture
def run_cli(settings, monkeypatch):
    """Run ``jejak <args>`` in-process on the test's data folder; returns the click Result."""
    from typer.testing import CliRunner

    from jejak.cli import load_commands
    from jejak.cli_apps import app
    from tests.conftest import journal_env

    load_commands()
    for key, value in journal_env(settings).items():
        monkeypatch.setenv(key, value)

    def run(*args: str):
        return CliRunner().invoke(app, [str(a) for a in args], catch_exceptions=False)

    return run
