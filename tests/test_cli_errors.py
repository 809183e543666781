"""Every error a user or operator can cause is one Indonesian line and exit code 1: usage
mistakes, refused ``jejak log`` entries, Chroma or PostgreSQL out of reach, a missing database,
a full disk, a read-only data folder. A traceback only with ``jejak --verbose``."""
from __future__ import annotations

import os
import shutil
import tempfile
from datetime import date, timedelta
from pathlib import Path

import pytest

from jejak.cli import main
from tests.conftest import journal_env
from tests.fixtures_agent import FAJAR


@pytest.fixture
def cli(settings, monkeypatch, capsys):
    """``jejak`` in this process on the test's data folder: (exit code, stdout, stderr)."""
    for key, value in journal_env(settings).items():
        monkeypatch.setenv(key, value)

    def run(*argv: str, **env: str) -> tuple[int, str, str]:
        for key, value in env.items():
            monkeypatch.setenv(key, value)
        code = 0
        try:
            main(list(argv))
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 1
        out = capsys.readouterr()
        return code, out.out, out.err

    return run


def _one_line(code: int, out: str, err: str, *needles: str) -> str:
    assert code == 1, (code, out, err)
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("Galat:"), err
    assert "Traceback" not in out + err
    for needle in needles:
        assert needle in lines[0], lines[0]
    return lines[0]


@pytest.mark.parametrize("argv, needle", [
    (["log"], "Missing argument 'text'"),
    (["log", "rapat 1 jam"], "Missing option '--nip'"),
    (["log", "--nip", "1", "rapat", "tambahan"], "unexpected extra argument"),
    (["tidak-ada"], "No such command 'tidak-ada'"),
    (["rekap", "--nip", "1"], "Pilih satu periode"),  # the product's own BadParameter
    (["kb", "search", "rapat", "--k", "0"], "--k"),
])
def test_usage_errors_are_one_line(cli, argv, needle):
    _one_line(*cli(*argv), needle, "--help")


@pytest.mark.parametrize("text, extra, needle", [
    ("rapat koordinasi 1 jam, 1 notulen", ["--tanggal", (date.today() + timedelta(days=3)).isoformat()],
     "belum terjadi"),
    ("rapat koordinasi 1 jam, 1 notulen", ["--tanggal", (date.today() - timedelta(days=30)).isoformat()],
     "7 hari"),
    ("rapat koordinasi 25 jam, 1 notulen", [], "24 jam"),
    ("rapat koordinasi " * 80 + "1 jam, 1 notulen", [], "terlalu panjang"),
    ("qwrtzx bvnmkl pqrstv", [], "Saya mencatat kegiatan kerja"),
])
def test_a_refused_log_exits_1_with_its_reason(cli, agent_data, text, extra, needle):
    code, out, err = cli("log", "--nip", FAJAR, *extra, text)
    assert code == 1 and needle in out and "Traceback" not in out + err


def test_an_output_longer_than_its_column_is_refused_the_same_on_every_database(cli, agent_data):
    code, out, err = cli("log", "--nip", FAJAR, "menyusun laporan 1 jam, 1 " + "rekapitulasi" * 25)
    assert code == 1 and "Keluaran terlalu panjang (300 karakter; batas 255)" in out, out + err
    code, out, _ = cli("log", "--nip", FAJAR, "menyusun laporan 1 jam, 1 rekapitulasi")
    assert code == 0 and "Tersimpan" in out  # nothing left waiting from the refused one


def test_a_saved_log_still_exits_0(cli, agent_data):
    code, out, _ = cli("log", "--nip", FAJAR, "rapat koordinasi tim 1 jam, 1 notulen")
    assert code == 0 and "Tersimpan" in out


@pytest.mark.parametrize("argv, needle", [
    (["log", "--nip", FAJAR, "--tanggal", "besok", "rapat 1 jam"], "Tanggal 'besok' tidak dikenali"),  # JejakError
    (["koreksi", "1", "--nip", FAJAR], "Sebutkan yang dikoreksi"),  # JejakError
])
def test_a_user_error_of_the_command_line_is_one_line(cli, argv, needle):
    """Caught once, in jejak.cli, as the UserError base every layer's error shares."""
    line = _one_line(*cli(*argv), needle)
    assert "--help" not in line  # not a usage mistake: the line says what to change itself


def test_every_layers_user_error_shares_one_base():
    from agent.errors import AgentError
    from bot.errors import BotError
    from ingest.errors import IngestError
    from jejak.errors import JejakError
    from journal.errors import JournalError
    from journal.sheets.errors import SheetsError
    from knowledge.errors import KnowledgeError, UserError
    from web.errors import WebError

    for error in (KnowledgeError, IngestError, JournalError, SheetsError, AgentError, BotError, WebError, JejakError):
        assert issubclass(error, UserError), error


def _closed_port() -> int:
    from devtools.ports import free_port

    return free_port()


def test_chroma_server_out_of_reach(cli):
    _one_line(*cli("kb", "search", "rapat", JEJAK_CHROMA_URL=f"http://127.0.0.1:{_closed_port()}"),
              "Server Chroma http://127.0.0.1:", "JEJAK_CHROMA_URL")


def test_postgresql_out_of_reach_or_missing_database(cli, pg_server):
    port = _closed_port()
    line = _one_line(*cli("tim", "--nip", "1", JEJAK_DATABASE_URL=f"postgresql+psycopg://jejak:rahasia@127.0.0.1:{port}/jejak"),
                     f"127.0.0.1:{port}/jejak tidak dapat dihubungi", "JEJAK_DATABASE_URL")
    assert "rahasia" not in line
    _one_line(*cli("sheets", "status", JEJAK_DATABASE_URL=pg_server.pg.url("tidak_ada")),
              "Basis data 'tidak_ada' tidak ada", "createdb tidak_ada")


def test_verbose_shows_the_traceback_masked(cli):
    port = _closed_port()
    code, out, err = cli("--verbose", "tim", "--nip", "1",
                         JEJAK_DATABASE_URL=f"postgresql+psycopg://jejak:rahasia@127.0.0.1:{port}/jejak")
    assert code == 1 and "Traceback" in err and "OperationalError" in err and "rahasia" not in err


def test_a_full_disk_is_one_line(cli, settings):
    """SQLite reports a full disk as SQLITE_FULL; ``max_page_count`` makes it say so for real."""
    from sqlalchemy import event
    from sqlalchemy.engine import Engine

    def tiny(dbapi_conn, _record):
        dbapi_conn.execute("PRAGMA max_page_count=3")

    event.listen(Engine, "connect", tiny)
    try:
        _one_line(*cli("sheets", "status"), "Disk penuh", "jejak.db")
    finally:
        event.remove(Engine, "connect", tiny)


@pytest.fixture
def read_only_data(jejak_process):
    """A data folder with a journal in it, then made read-only: a read-only bind mount under
    root (whom file modes do not stop), file modes otherwise."""
    import subprocess

    base = Path(tempfile.mkdtemp(prefix="jejak-ro-"))
    data = base / "data"
    assert jejak_process(["sheets", "status"], {"JEJAK_DATA_DIR": str(data)}, cwd=base).code == 0  # the journal
    if os.geteuid() == 0:
        view = base / "ro"
        view.mkdir()
        subprocess.run(["mount", "--bind", str(data), str(view)], check=True)
        subprocess.run(["mount", "-o", "remount,ro,bind", str(view)], check=True)
    else:
        view = data
        for path in [data, *data.rglob("*")]:
            path.chmod(0o555 if path.is_dir() else 0o444)
    try:
        yield base, {"JEJAK_DATA_DIR": str(view)}
    finally:
        if view != data:
            subprocess.run(["umount", str(view)], check=True)
        else:
            for path in [data, *data.rglob("*")]:
                path.chmod(0o755 if path.is_dir() else 0o644)
        shutil.rmtree(base)


@pytest.mark.parametrize("argv", [["sheets", "status"], ["tim", "--nip", "1"]])
def test_a_read_only_data_folder_is_one_line(read_only_data, jejak_process, argv):
    base, env = read_only_data
    run = jejak_process(argv, env, cwd=base)
    _one_line(run.code, run.out, run.err, "jejak.db")
    assert "hanya-baca" in run.err
