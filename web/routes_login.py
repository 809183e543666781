"""Login by a one-time link, logout, and the home page that sends each role to its page."""
from __future__ import annotations

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import RedirectResponse
from starlette.routing import Route

from journal import weblogin
from journal.models import Staff
from web.guard import posted, web


def _client(request: Request) -> str:
    return request.client.host if request.client else "?"


def home(request: Request):
    """Send a logged-in person to their start page (reviewers to their team, others to their own page)."""
    me = web(request).auth.me(request)
    if me is None:
        return RedirectResponse("/masuk", status_code=303)
    return RedirectResponse("/tim" if me.reviewer else f"/pegawai/{me.nip}", status_code=303)


def login_page(request: Request):
    """The login page, which says how to get a link from the bot."""
    w = web(request)
    if w.auth.me(request) is not None:
        return RedirectResponse("/", status_code=303)
    return w.pages.render(request, "login.html", {"left": request.query_params.get("keluar") == "1"})


def confirm(request: Request):
    """The link opens a page with one button: link previews (chat apps fetch links) never use it up."""
    w = web(request)
    w.limiter.hit(_client(request))
    token = request.path_params["token"]
    nip = weblogin.peek(w.journal, token)
    with w.journal.session() as s:
        name = s.get(Staff, nip).name
    csrf, signed = w.auth.login_token()
    response = w.pages.render(request, "login_confirm.html", {"name": name, "token": token, "csrf": csrf})
    w.auth.keep_login_token(response, signed)
    return response


async def enter(request: Request):
    """Use up the login link (the confirm page's button) and start a session."""
    w = web(request)
    w.limiter.hit(_client(request))
    form = await request.form()
    w.auth.check_login_token(request, form)
    session = await run_in_threadpool(weblogin.redeem, w.journal, request.path_params["token"],
                                      session_hours=w.settings.web_session_hours)
    response = RedirectResponse("/", status_code=303)
    w.auth.start(response, session)
    return response


async def logout(request: Request):
    """End the session (a POST with CSRF token, so no link can log someone out)."""
    me, _ = await posted(request)
    response = RedirectResponse("/masuk?keluar=1", status_code=303)
    await run_in_threadpool(web(request).auth.stop, response, me)
    return response


def routes() -> list[Route]:
    """The login and logout routes."""
    return [Route("/", home), Route("/masuk", login_page), Route("/masuk/{token}", confirm),
            Route("/masuk/{token}", enter, methods=["POST"]), Route("/keluar", logout, methods=["POST"])]
