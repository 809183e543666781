"""The dashboard's own user error; ``web.app`` shows every ``UserError`` as an error page."""
from __future__ import annotations

from knowledge.errors import UserError


class WebError(UserError):
    """A request the dashboard refuses (e.g. an upload of the wrong kind); one Indonesian line."""
