"""The journal's user errors (one Indonesian line each); ``journal.db`` re-exports them."""
from __future__ import annotations

from knowledge.errors import UserError


class JournalError(UserError):
    """A problem the user can fix; the message is Indonesian and fits one line."""


class Refused(JournalError):
    """The data itself was refused (a limit); nothing of the transaction was saved."""
