"""What every route needs: the app's ``Web`` (services, auth, pages), the person logged in,
and a form that passed the CSRF check."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request

from web import texts as T
from web.auth import Auth, LinkLimiter, Me
from web.render import Pages


@dataclass
class Web:
    """Kept on ``app.state.web``."""

    services: Any
    auth: Auth
    pages: Pages
    limiter: LinkLimiter
    base_url: str
    today: Callable[[], date]

    @property
    def journal(self):
        return self.services.journal

    @property
    def settings(self):
        return self.services.settings


def web(request: Request) -> Web:
    """The app's services, stored on the Starlette app when it was created."""
    return request.app.state.web


def login(request: Request) -> Me:
    """The person of a valid session (``NotLoggedIn`` otherwise); blocking: call from a thread."""
    me = web(request).auth.require(request)
    request.state.me = me
    return me


async def posted(request: Request) -> tuple[Me, Any]:
    """For POST routes: the person and the submitted form, its CSRF token checked."""
    me = await run_in_threadpool(login, request)
    form = await request.form()
    web(request).auth.check_csrf(request, me, form)
    return me, form


def need_admin(me: Me) -> None:
    """Refuse (403) anyone but an admin."""
    if not me.admin:
        raise HTTPException(403, detail=T.ADMIN_ONLY)
