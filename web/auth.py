"""Who is asking: the signed session cookie, CSRF on every form, and the rate limit of links.

The cookie holds ``{sid, nip, csrf}`` signed with the dashboard's secret (itsdangerous,
timestamped): it cannot be forged or altered, it is HttpOnly and SameSite=Lax, Secure
behind https. Its session row in the journal (``journal.weblogin``) is checked on every
request, so logout and expiry hold whichever worker answers. Every POST carries the
session's CSRF token (a form field, or the ``X-CSRF-Token`` header HTMX sends).
"""
from __future__ import annotations

import hmac
import secrets
import time
from collections import deque
from dataclasses import dataclass

from itsdangerous import BadSignature, URLSafeTimedSerializer
from starlette.requests import Request
from starlette.responses import Response

from journal import weblogin
from journal.models import Staff

COOKIE = "jejak_sesi"
PRE_COOKIE = "jejak_masuk"  # the login form's own CSRF token, before there is a session
CSRF_HEADER = "x-csrf-token"


class NotLoggedIn(Exception):
    """No valid session: the person is sent to the login page."""


class CsrfError(Exception):
    """A form without the session's token."""


class RateLimited(Exception):
    """Too many login attempts from one address."""


@dataclass(frozen=True)
class Me:
    nip: str
    name: str
    role: str
    agency_id: str
    sid: int
    csrf: str

    @property
    def reviewer(self) -> bool:
        return self.role in ("atasan", "penilai", "admin")

    @property
    def admin(self) -> bool:
        return self.role == "admin"


class Auth:
    def __init__(self, journal, secret: str, *, session_hours: float, secure: bool):
        self.journal = journal
        self.session_hours = session_hours
        self.secure = secure
        self._signer = URLSafeTimedSerializer(secret, salt="jejak-web-session")
        self._pre = URLSafeTimedSerializer(secret, salt="jejak-web-login")

    # sessions ---------------------------------------------------------------
    def me(self, request: Request) -> Me | None:
        raw = request.cookies.get(COOKIE)
        if not raw:
            return None
        try:
            data = self._signer.loads(raw, max_age=int(self.session_hours * 3600))
        except BadSignature:
            return None
        if not weblogin.active(self.journal, data["sid"], data["nip"]):
            return None
        with self.journal.session() as s:
            staff = s.get(Staff, data["nip"])
            return Me(staff.nip, staff.name, staff.role or "pegawai", staff.agency_id, int(data["sid"]), data["csrf"])

    def require(self, request: Request) -> Me:
        me = self.me(request)
        if me is None:
            raise NotLoggedIn()
        return me

    def start(self, response: Response, session: weblogin.WebSession) -> None:
        value = self._signer.dumps({"sid": session.id, "nip": session.nip, "csrf": secrets.token_urlsafe(24)})
        response.set_cookie(COOKIE, value, max_age=int(self.session_hours * 3600), httponly=True,
                            samesite="lax", secure=self.secure, path="/")
        response.delete_cookie(PRE_COOKIE, path="/")

    def stop(self, response: Response, me: Me | None) -> None:
        if me is not None:
            weblogin.end(self.journal, me.sid)
        response.delete_cookie(COOKIE, path="/")

    # CSRF -------------------------------------------------------------------
    @staticmethod
    def check_csrf(request: Request, me: Me, form) -> None:
        sent = request.headers.get(CSRF_HEADER) or (form.get("csrf") if form is not None else None) or ""
        if not hmac.compare_digest(str(sent), me.csrf):
            raise CsrfError()

    def login_token(self) -> tuple[str, str]:
        """A token for the login form and its signed copy for a short-lived cookie (double submit)."""
        token = secrets.token_urlsafe(24)
        return token, self._pre.dumps(token)

    def keep_login_token(self, response: Response, signed: str) -> None:
        response.set_cookie(PRE_COOKIE, signed, max_age=900, httponly=True, samesite="lax", secure=self.secure,
                            path="/")

    def check_login_token(self, request: Request, form) -> None:
        try:
            expected = self._pre.loads(request.cookies.get(PRE_COOKIE, ""), max_age=900)
        except BadSignature:
            raise CsrfError() from None
        if not hmac.compare_digest(str(form.get("csrf") or ""), expected):
            raise CsrfError()


class LinkLimiter:
    """At most ``limit`` uses of login links per client address in ``window`` seconds (per process)."""

    def __init__(self, limit: int = 10, window: float = 60.0):
        self.limit, self.window = limit, window
        self._hits: dict[str, deque] = {}

    def hit(self, address: str) -> None:
        now = time.monotonic()
        q = self._hits.setdefault(address, deque())
        while q and now - q[0] > self.window:
            q.popleft()
        if len(q) >= self.limit:
            raise RateLimited()
        q.append(now)
        if len(self._hits) > 10_000:  # forget idle addresses
            for key in [k for k, v in self._hits.items() if not v or now - v[-1] > self.window]:
                del self._hits[key]
