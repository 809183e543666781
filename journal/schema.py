"""Bringing an existing journal database up to the current tables.

``create_all`` makes the tables a database lacks but never adds a column to a table it
already has; a journal created by an earlier version gains its new (nullable) columns
here, the same way on SQLite and PostgreSQL.
"""
from __future__ import annotations

from sqlalchemy import inspect, text
from sqlalchemy.engine import Engine

from journal.models import Base


def add_missing_columns(engine: Engine) -> list[str]:
    """``ALTER TABLE ... ADD COLUMN`` for every nullable model column a table lacks; their names."""
    inspector = inspect(engine)
    added = []
    with engine.begin() as conn:
        for table in Base.metadata.sorted_tables:
            if not inspector.has_table(table.name):
                continue
            have = {c["name"] for c in inspector.get_columns(table.name)}
            for col in table.columns:
                if col.name in have or not col.nullable:
                    continue
                kind = col.type.compile(dialect=engine.dialect)
                conn.execute(text(f'ALTER TABLE {table.name} ADD COLUMN "{col.name}" {kind}'))
                added.append(f"{table.name}.{col.name}")
    return added
