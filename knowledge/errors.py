"""The one base of every error a person using JEJAK can cause, and the knowledge base's own.

Each layer subclasses ``UserError`` once (``KnowledgeError`` here, ``IngestError``,
``JournalError``, ``SheetsError``, ``AgentError``, ``BotError``, ``WebError``, ``JejakError``)
and raises it with one Indonesian line saying what went wrong and what to do. The CLI, the
bot and the dashboard each catch ``UserError`` in one place and show that line as it is;
anything else is a bug and is reported as one.
"""


class UserError(Exception):
    """A problem the user or operator can fix; ``str(exc)`` is one Indonesian line."""


class KnowledgeError(UserError):
    """A knowledge-base problem the user can fix; Indonesian, one line."""
