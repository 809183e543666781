"""The same data on SQLite and PostgreSQL: text limits and NUL bytes, checked before writing.

PostgreSQL refuses a VARCHAR(n) value longer than n characters and any NUL byte in text;
SQLite takes both silently. So that a journal behaves the same on both, every flush checks
the new and changed rows first: NUL bytes are removed (from plain and JSON columns), and a
text longer than its column (``Text`` columns: ``TEXT_LIMIT`` characters) is refused with a
``journal.errors.Refused`` naming the field and the limit. Query parameters lose their NUL bytes too,
so a lookup with a NUL in it finds nothing instead of failing on PostgreSQL.
"""
from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, String, inspect

from journal import texts as T
from journal.errors import Refused

TEXT_LIMIT = 20_000  # characters in a column without its own length (Text)
NUL = "\x00"


def without_nul(value: Any) -> Any:
    """``value`` with NUL bytes removed from every string in it (lists and dicts too)."""
    if isinstance(value, str):
        return value.replace(NUL, "") if NUL in value else value
    if isinstance(value, dict):
        return {without_nul(k): without_nul(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return type(value)(without_nul(v) for v in value)
    return value


def _has_nul(value: Any) -> bool:
    if isinstance(value, str):
        return NUL in value
    if isinstance(value, dict):
        return any(_has_nul(k) or _has_nul(v) for k, v in value.items())
    if isinstance(value, (list, tuple)):
        return any(_has_nul(v) for v in value)
    return False


def _where(table: str, obj: Any) -> str:
    key = {"staff": "nip", "rhk": "nip", "activity": "id"}.get(table)
    value = getattr(obj, key, None) if key else None
    if value in (None, ""):
        return ""
    if table == "rhk":
        value = f"{value} {getattr(obj, 'code', '')}".strip()
    return T.WHERE.format(what=T.WHAT.get(table, table), key=value)


def check_row(obj: Any) -> None:
    """Clean and check one mapped object's loaded column values (see the module docstring)."""
    state = inspect(obj)
    mapper = state.mapper
    table = mapper.local_table.name
    loaded = state.dict
    for attr in mapper.column_attrs:
        if attr.key not in loaded:
            continue
        value = loaded[attr.key]
        col_type = attr.columns[0].type
        if isinstance(value, str) and isinstance(col_type, String):
            if NUL in value:
                value = value.replace(NUL, "")
                setattr(obj, attr.key, value)
            limit = col_type.length or TEXT_LIMIT
            if len(value) > limit:
                label = T.LABELS.get((table, attr.key), attr.key)
                raise Refused(T.TOO_LONG.format(label=label, n=len(value), limit=limit,
                                                     where=_where(table, obj)))
        elif isinstance(col_type, JSON) and _has_nul(value):
            setattr(obj, attr.key, without_nul(value))


def before_flush(session, _context, _instances) -> None:
    """SQLAlchemy hook: check every new or changed row against the column limits before it is written."""
    for obj in [*session.new, *session.dirty]:
        check_row(obj)


def strip_nul_parameters(_conn, _cursor, statement, parameters, _context, executemany):
    """``before_cursor_execute`` (retval): query parameters without NUL bytes."""
    if executemany and isinstance(parameters, (list, tuple)):
        if any(_has_nul(p) for p in parameters):
            parameters = type(parameters)(without_nul(p) for p in parameters)
    elif _has_nul(parameters):
        parameters = without_nul(parameters)
    return statement, parameters
