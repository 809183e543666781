"""The command line's own user error (a bad option value, nothing to do); one Indonesian line.

Every layer's error subclasses ``knowledge.errors.UserError``; ``jejak.failures`` turns any of
them into the one line the CLI prints, so no list of error classes is kept here.
"""
from __future__ import annotations

from knowledge.errors import UserError


class JejakError(UserError):
    """A command used in a way it cannot run; the message says what to change."""
