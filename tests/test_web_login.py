"""Login by one-time link: single use, 10 minutes, rate-limited; signed HttpOnly SameSite session
cookies that expire and end at logout; the secret kept in the data folder; ``jejak web tautan``."""
from __future__ import annotations

import os
import stat
from datetime import timedelta

from sqlalchemy import update

from journal.models import WebLogin, utcnow
from journal.weblogin import issue
from tests.fixtures_web import form_token


def _anon(web):
    from starlette.testclient import TestClient

    return TestClient(web.app)


def test_a_link_opens_one_session_and_only_once(web):
    nip = web.staff("atasan")["nip"]
    token = issue(web.services.journal, nip)
    client = _anon(web)
    page = client.get(f"/masuk/{token}")  # opening the link (or a chat's link preview) does not use it
    assert page.status_code == 200 and web.staff("atasan")["name"] in page.text
    page = client.get(f"/masuk/{token}")
    r = client.post(f"/masuk/{token}", data={"csrf": form_token(page.text)}, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/"
    cookie = r.headers["set-cookie"]
    assert "jejak_sesi=" in cookie and "HttpOnly" in cookie and "SameSite=lax" in cookie.replace("Lax", "lax")
    assert client.get("/tim").status_code == 200
    again = _anon(web)
    r = again.get(f"/masuk/{token}")
    assert r.status_code == 400 and "sudah dipakai" in r.text
    r = again.post(f"/masuk/{token}", data={"csrf": "x"}, follow_redirects=False)
    assert r.status_code in (400, 403)
    assert again.get("/tim", follow_redirects=False).headers["location"] == "/masuk"


def test_the_login_form_needs_its_own_token(web):
    token = issue(web.services.journal, web.staff("admin")["nip"])
    client = _anon(web)
    client.get(f"/masuk/{token}")
    r = client.post(f"/masuk/{token}", data={"csrf": "tebakan"}, follow_redirects=False)
    assert r.status_code == 403
    r = _anon(web).post(f"/masuk/{token}", data={}, follow_redirects=False)  # a form posted from elsewhere
    assert r.status_code == 403
    page = client.get(f"/masuk/{token}")  # still unused: it works from the real page
    r = client.post(f"/masuk/{token}", data={"csrf": form_token(page.text)}, follow_redirects=False)
    assert r.status_code == 303


def test_an_expired_link_is_refused(web):
    token = issue(web.services.journal, web.staff("atasan")["nip"])
    with web.services.journal.session() as s:
        s.execute(update(WebLogin).values(expires_at=utcnow() - timedelta(seconds=1)))
    r = _anon(web).get(f"/masuk/{token}")
    assert r.status_code == 400 and "kedaluwarsa" in r.text


def test_an_unknown_nip_gets_no_link(web):
    import pytest

    from journal.weblogin import LinkError

    with pytest.raises(LinkError, match="tidak terdaftar"):
        issue(web.services.journal, "000000000000000000")


def test_logout_ends_the_session_even_for_a_copied_cookie(web):
    client = web.login(web.staff("penilai")["nip"])
    stolen = dict(client.cookies)
    r = client.post("/keluar", data={"csrf": web.csrf(client)}, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/masuk?keluar=1"
    other = _anon(web)
    other.cookies.update(stolen)
    assert other.get("/tim", follow_redirects=False).headers["location"] == "/masuk"


def test_sessions_expire_and_a_tampered_cookie_is_nobody(web):
    client = web.login(web.staff("atasan")["nip"])
    assert client.get("/tim").status_code == 200
    value = client.cookies["jejak_sesi"]
    forged = _anon(web)
    forged.cookies.set("jejak_sesi", value[:-3] + ("AAA" if not value.endswith("AAA") else "BBB"))
    assert forged.get("/tim", follow_redirects=False).status_code == 303
    with web.services.journal.session() as s:
        s.execute(update(WebLogin).values(session_until=utcnow() - timedelta(seconds=1)))
    assert client.get("/tim", follow_redirects=False).headers["location"] == "/masuk"


def test_a_deactivated_person_is_logged_out(web):
    from journal.models import Staff

    nip = web.staff("atasan")["nip"]
    client = web.login(nip)
    with web.services.journal.session() as s:
        s.get(Staff, nip).active = False
    assert client.get("/tim", follow_redirects=False).status_code == 303


def test_link_use_is_rate_limited_per_address(web):
    client = _anon(web)
    codes = [client.get(f"/masuk/tebakan-{i}").status_code for i in range(12)]
    assert codes[:10] == [400] * 10 and codes[10:] == [429, 429]
    assert "Terlalu banyak percobaan" in client.get("/masuk/lagi").text


def test_pages_carry_security_headers(web):
    r = web.client("atasan").get("/tim")
    assert "default-src 'self'" in r.headers["content-security-policy"]
    assert r.headers["referrer-policy"] == "no-referrer" and r.headers["x-frame-options"] == "DENY"
    assert "cdn" not in r.text.lower() and 'src="/static/htmx.min.js"' in r.text
    assert web.client("anon").get("/static/htmx.min.js").status_code == 200


def test_the_secret_is_generated_once_and_private(settings):
    from jejak.web_wiring import SECRET_FILE, secret

    first = secret(settings)
    path = settings.data_dir / SECRET_FILE
    assert len(first) >= 40 and secret(settings) == first
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    from pydantic import SecretStr

    assert secret(settings.model_copy(update={"web_secret": SecretStr("dari-lingkungan")})) == "dari-lingkungan"


def test_jejak_web_tautan_prints_a_working_link(cli, web):
    code, out = cli("web", "tautan", "--nip", web.staff("admin")["nip"])
    assert code == 0, out
    link = next(line for line in out.splitlines() if "/masuk/" in line)
    assert link.startswith("http://127.0.0.1:8080/masuk/")
    token = link.rsplit("/", 1)[1]
    client = _anon(web)
    page = client.get(f"/masuk/{token}")
    r = client.post(f"/masuk/{token}", data={"csrf": form_token(page.text)}, follow_redirects=False)
    assert r.status_code == 303 and client.get("/admin/sistem").status_code == 200
    code, out = cli("web", "tautan", "--nip", "123")
    assert code == 1 and "Galat: NIP 123 tidak terdaftar" in out


def test_an_unexpected_failure_is_one_indonesian_line(web, monkeypatch):
    from starlette.testclient import TestClient

    from web import team

    def broken(*a, **kw):
        raise RuntimeError("boom")

    monkeypatch.setattr(team, "build", broken)
    client = web.login(web.staff("atasan")["nip"])
    quiet = TestClient(web.app, raise_server_exceptions=False, cookies=dict(client.cookies))
    r = quiet.get("/tim")
    assert r.status_code == 500 and "Terjadi gangguan di server" in r.text and "boom" not in r.text
