"""Every domain exception a user can cause, gathered for the CLI and the bot."""
from __future__ import annotations

import importlib

_ERRORS = (
    ("knowledge.errors", "KnowledgeError"),
    ("ingest.errors", "IngestError"),
    ("journal.db", "JournalError"),
    ("agent.errors", "AgentError"),
    ("journal.sheets.errors", "SheetsError"),
    ("bot.errors", "BotError"),
)


def user_errors() -> tuple[type[BaseException], ...]:
    """The exception classes a user can cause, so the CLI and the bot show their message instead of a traceback."""
    found = []
    for module, name in _ERRORS:
        try:
            found.append(getattr(importlib.import_module(module), name))
        except (ModuleNotFoundError, AttributeError):
            continue
    return tuple(found)
