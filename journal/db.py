"""Engine and sessions for the journal: SQLite file by default, PostgreSQL by URL.

A database that cannot be reached, does not exist, refuses the login, is read-only or sits
on a full disk becomes a ``JournalError`` with one Indonesian line (never the password).
"""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from journal import limits
from journal import texts as T
from journal.errors import JournalError
from journal.models import Base
from journal.schema import add_missing_columns


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=10000")
    cur.close()


def where_of(url: str) -> str:
    """The database named for a message: the SQLite file, or host:port/name (no credentials)."""
    u = make_url(url)
    if u.get_backend_name() == "sqlite":
        return u.database or ":memory:"
    return f"{u.host or 'localhost'}:{u.port or 5432}/{u.database or ''}"


def describe(exc: DBAPIError, url: str) -> str:
    """One Indonesian line for a database failure the operator can fix."""
    u = make_url(url)
    where = where_of(url)
    text = str(getattr(exc, "orig", exc)).strip()
    low = text.lower()
    first = text.splitlines()[0][:160] if text else type(exc).__name__
    if "database or disk is full" in low or "no space left" in low:
        return T.DB_FULL.format(where=where)
    if "readonly" in low or "read-only" in low:
        return T.DB_READONLY.format(where=where)
    if "unable to open database" in low:
        return T.DB_CANNOT_OPEN.format(where=where)
    if "database is locked" in low:
        return T.DB_LOCKED.format(where=where)
    if "does not exist" in low and "database" in low:
        return T.DB_MISSING.format(name=u.database or "", where=f"{u.host or 'localhost'}:{u.port or 5432}")
    if "password authentication failed" in low or "no password supplied" in low or "role" in low and "does not exist" in low:
        return T.DB_AUTH.format(where=where, user=u.username or "")
    if isinstance(exc, OperationalError) and u.get_backend_name() != "sqlite":
        detail = "koneksi ditolak" if "refused" in low else ("waktu habis" if "timeout" in low or "timed out" in low
                                                               else "koneksi gagal")
        return T.DB_UNREACHABLE.format(where=where, detail=detail)
    # the driver's own first line: it names the problem, and PostgreSQL never puts the password in it
    return T.DB_FAILED.format(where=where, detail=first.replace(u.password or "\x00", "***"))


class Journal:
    """The activity journal. Create one per process and ``close()`` it at the end."""

    def __init__(self, url: str):
        self.url = url
        if url.startswith("sqlite:///"):
            Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
            self.engine: Engine = create_engine(url, connect_args={"check_same_thread": False})
            event.listen(self.engine, "connect", _sqlite_pragmas)
        else:
            self.engine = create_engine(url, pool_pre_ping=True)
        event.listen(self.engine, "before_cursor_execute", limits.strip_nul_parameters, retval=True)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        event.listen(self._sessions, "before_flush", limits.before_flush)
        try:
            Base.metadata.create_all(self.engine)
            add_missing_columns(self.engine)
        except (OperationalError, DBAPIError) as exc:
            self.engine.dispose()
            raise JournalError(describe(exc, url)) from exc

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: committed when the block ends, rolled back on error."""
        s = self._sessions()
        try:
            yield s
            s.commit()
        except OperationalError as exc:
            _rollback(s)
            raise JournalError(describe(exc, self.url)) from exc
        except BaseException:
            _rollback(s)
            raise
        finally:
            s.close()

    def close(self) -> None:
        self.engine.dispose()


def _rollback(s: Session) -> None:
    """Roll back; a connection that is already gone has nothing to roll back."""
    try:
        s.rollback()
    except OperationalError:
        s.invalidate()
