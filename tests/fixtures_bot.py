"""Fixtures for the Telegram bot, reusable by any area.

- ``tg_emulator``: the telegram-test-api emulator (Node), one per test session.
- ``bot_template``: a data folder with the sample pack (dsis) ingested, built once.
- ``bot_settings``: Settings on a fresh copy of that folder, pointed at the emulator
  with a token of its own (so tests never see each other's updates).
- ``bot_runner``: the real application long-polling the emulator (a ``BotRunner``);
  ``bot_runner.clock`` controls the bot's time.
- ``tg_user``: ``tg_user(telegram_id)`` gives a simulated user (``SimUser``).
"""
from __future__ import annotations

import itertools
import shutil

import pytest

from tests.conftest import SAMPLE_PACK

_tokens = itertools.count(1)

# staff of the sample pack (knowledge/samples/dsis/pegawai.csv)
NADIA = 5581902374  # pegawai, team of Rina
RINA = 6034518829  # atasan
PUTU = 1294057738  # admin
FAJAR = 6627401953  # pegawai
SITI = 7019284365  # pegawai
HENDRA = 5123847761  # penilai
NIP_WAHYU = "199207182015031003"  # no Telegram id in the staff list


@pytest.fixture(scope="session")
def tg_emulator():
    from devtools.emulator import Emulator

    if not Emulator.available():
        pytest.skip("Telegram emulator not installed: run `make node`")
    emu = Emulator().start()
    yield emu
    emu.stop()


class CachedEmbeddings:
    """The session embedder with a passage cache shared by every bot the tests start
    (each application builds its own graph; the vectors of the same texts are reused)."""

    def __init__(self, inner):
        import threading

        self.inner = inner
        self._docs: dict = {}
        self._lock = threading.Lock()

    def __getattr__(self, name):
        return getattr(self.inner, name)

    def embed_documents_np(self, texts):
        import numpy as np

        texts = list(texts)
        missing = [t for t in dict.fromkeys(texts) if t not in self._docs]
        if missing:
            rows = self.inner.embed_documents_np(missing)
            with self._lock:
                self._docs.update(zip(missing, rows, strict=True))
        if not texts:
            return self.inner.embed_documents_np([])
        return np.stack([self._docs[t] for t in texts])

    def embed_documents(self, texts):
        return self.embed_documents_np(texts).tolist()

    def embed_query_np(self, text):
        return self.inner.embed_query_np(text)

    def embed_query(self, text):
        return self.inner.embed_query(text)


@pytest.fixture(scope="session")
def bot_embeddings(embeddings):
    return CachedEmbeddings(embeddings)


@pytest.fixture(scope="session")
def bot_template_report(tmp_path_factory, bot_embeddings):
    """A data folder with the sample pack ingested and its staff synced, built once; and the
    ingest report (its staff and SKP fill the PostgreSQL template the same way)."""
    from ingest.pipeline import ingest_paths
    from jejak.services import Services
    from jejak.settings import Settings
    from journal.staff import sync_staff

    folder = tmp_path_factory.mktemp("bot-template") / "data"
    svc = Services(Settings(data_dir=folder, _env_file=None))
    svc.__dict__["embeddings"] = bot_embeddings
    try:
        files = [p for p in sorted(SAMPLE_PACK.iterdir()) if p.suffix in (".csv", ".md", ".pdf")]
        report = ingest_paths(svc.knowledge, files, agency_id="dsis")
        sync_staff(svc.journal, "dsis", report.staff, report.skps)
        from bot.app import warm_up

        warm_up(svc)  # fills the passage cache once for every bot of the session
    finally:
        svc.close()
    return folder, report


@pytest.fixture(scope="session")
def bot_template(bot_template_report):
    return bot_template_report[0]


@pytest.fixture
def bot_db_url(request, db_backend, bot_template_report):
    """None (the template's SQLite copy) or a PostgreSQL database holding the template's staff."""
    if db_backend != "postgresql":
        yield None
        return
    from journal.db import Journal
    from journal.staff import sync_staff

    report = bot_template_report[1]
    server = request.getfixturevalue("pg_server")

    def fill(url):
        j = Journal(url)
        try:
            sync_staff(j, "dsis", report.staff, report.skps)
        finally:
            j.close()

    url, name = server.database(server.template("jejak_bot", fill))
    yield url
    server.pg.drop_database(name)


@pytest.fixture
def bot_settings(settings, tg_emulator, bot_template, bot_db_url, tmp_path):
    from pydantic import SecretStr

    data = tmp_path / "botdata"
    shutil.copytree(bot_template, data)
    return settings.model_copy(update={
        "data_dir": data, "database_url": bot_db_url,
        "telegram_token": SecretStr(f"{next(_tokens)}:JEJAK-{tmp_path.name}"),
        "telegram_base_url": tg_emulator.url,
        "rate_limit_per_minute": 20,
    })


@pytest.fixture
def make_bot(tg_emulator, bot_embeddings):
    """``make_bot(settings)`` starts the real application; all are stopped at the end."""
    from bot.app import build_application
    from bot.clock import Clock
    from devtools.emulator import BotRunner
    from jejak.services import Services

    runners = []

    def start(settings, clock: Clock | None = None):
        clock = clock or Clock()

        def build():
            svc = Services(settings)
            svc.__dict__["embeddings"] = bot_embeddings
            return build_application(settings, svc, clock=clock)

        runner = BotRunner(build).start()
        runner.clock = clock
        runner.settings = settings
        runners.append(runner)
        return runner

    yield start
    for r in runners:
        r.stop()
    tg_emulator.reset()


@pytest.fixture
def bot_runner(make_bot, bot_settings):
    return make_bot(bot_settings)


@pytest.fixture
def tg_user(tg_emulator, bot_settings):
    from devtools.emulator import SimUser

    token = bot_settings.telegram_token.get_secret_value()

    def make(telegram_id: int, first_name: str = "Uji", **kwargs):
        return SimUser(tg_emulator, telegram_id, first_name=first_name, token=token, **kwargs)

    return make


@pytest.fixture
def make_webhook_bot(tg_emulator, bot_embeddings):
    """Like ``make_bot`` but in webhook mode: the emulator posts updates to the bot's port."""
    from bot.app import build_application
    from bot.clock import Clock
    from devtools.emulator import BotRunner
    from devtools.ports import free_port
    from jejak.services import Services

    runners = []

    def start(settings):
        def build():
            svc = Services(settings)
            svc.__dict__["embeddings"] = bot_embeddings
            return build_application(settings, svc, clock=Clock())

        runner = BotRunner(build, webhook_port=free_port()).start()
        runners.append(runner)
        return runner

    yield start
    for r in runners:
        r.stop()
