"""The dashboard as an ASGI application: ``create_app(services, secret=..., base_url=...)``.

``services`` is the product's wiring (``jejak.services.Services``: journal, knowledge base,
question answering, settings); the app keeps no state of its own beyond what it is given,
so any number of workers can serve it against one PostgreSQL journal. Routes live in the
``web.routes_*`` modules; every one of them asks ``journal.scope`` who may see what.
"""
from __future__ import annotations

import logging
from collections.abc import Callable
from contextlib import asynccontextmanager
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Mount
from starlette.staticfiles import StaticFiles

from knowledge.errors import UserError
from web import texts as T
from web.auth import Auth, CsrfError, LinkLimiter, NotLoggedIn, RateLimited
from web.guard import Web, web
from web.render import Pages, is_htmx

log = logging.getLogger(__name__)
HERE = Path(__file__).resolve().parent
SECURITY_HEADERS = {
    "content-security-policy": "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
                               "img-src 'self' data:; frame-ancestors 'none'; form-action 'self'; base-uri 'none'",
    "x-frame-options": "DENY",
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",  # a login link never leaks through the Referer header
}


class SecurityHeaders:
    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                names = {k.lower() for k, _ in headers}
                headers += [(k.encode(), v.encode()) for k, v in SECURITY_HEADERS.items() if k.encode() not in names]
                if scope["path"].startswith("/static/"):
                    headers.append((b"cache-control", b"public, max-age=86400"))
                else:
                    headers.append((b"cache-control", b"no-store"))
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, send_with_headers)


def create_app(services, *, secret: str, base_url: str | None = None,
               today: Callable[[], date] | None = None, on_close: Callable[[], None] | None = None) -> Starlette:
    """``today`` gives the date the pages count to (tests fix it); ``on_close`` runs at shutdown."""
    from web import routes_admin, routes_login, routes_person, routes_review, routes_tanya, routes_team

    settings = services.settings
    base_url = (base_url or settings.web_url).rstrip("/")
    zone = ZoneInfo(settings.timezone)
    routes = []
    for module in (routes_login, routes_team, routes_review, routes_person, routes_tanya, routes_admin):
        routes += module.routes()
    routes.append(Mount("/static", StaticFiles(directory=HERE / "static"), name="static"))
    @asynccontextmanager
    async def lifespan(_app):
        yield
        if on_close is not None:
            on_close()

    app = Starlette(routes=routes, lifespan=lifespan, middleware=[Middleware(SecurityHeaders)], exception_handlers={
        NotLoggedIn: _to_login, CsrfError: _csrf, RateLimited: _rate_limited, HTTPException: _http_error,
        UserError: _user_error, Exception: _server_error,
    })
    app.state.web = Web(
        services=services,
        auth=Auth(services.journal, secret, session_hours=settings.web_session_hours,
                  secure=base_url.startswith("https://")),
        pages=Pages(HERE / "templates"),
        limiter=LinkLimiter(),
        base_url=base_url,
        today=today or (lambda: datetime.now(zone).date()),
    )
    return app


def _to_login(request: Request, exc: Exception) -> Response:
    if is_htmx(request):
        return Response(status_code=401, headers={"HX-Redirect": "/masuk"})
    return RedirectResponse("/masuk", status_code=303)


def _csrf(request: Request, exc: Exception) -> Response:
    return web(request).pages.error(request, T.CSRF_FAILED, 403)


def _rate_limited(request: Request, exc: Exception) -> Response:
    return web(request).pages.error(request, T.LOGIN_RATE_LIMITED, 429)


def _http_error(request: Request, exc: HTTPException) -> Response:
    message = exc.detail if exc.status_code != 404 else T.NOT_FOUND
    return web(request).pages.error(request, message, exc.status_code)


def _user_error(request: Request, exc: Exception) -> Response:
    """Every error a person can cause (``UserError`` of any layer): its one line, 403 for a scope refusal."""
    from journal.scope import ScopeError

    return web(request).pages.error(request, str(exc), 403 if isinstance(exc, ScopeError) else 400)


def _server_error(request: Request, exc: Exception) -> Response:
    """Anything unexpected: one Indonesian line for the person (the server logs the traceback)."""
    log.error("galat tak terduga pada %s %s", request.method, request.url.path, exc_info=exc)
    return web(request).pages.error(request, T.SERVER_ERROR, 500)
