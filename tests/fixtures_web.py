"""Fixtures for the web dashboard: the app on the generated agency journal, and browsers that log in.

- ``web``: a ``WebSite`` over ``synth_journal`` (today fixed at the journal's "today");
  ``web.client(role)`` is a ``TestClient`` logged in as the first person with that role
  (``"anon"``: nobody), ``web.csrf(client)`` the token its forms carry.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

import pytest

ROLES = ("pegawai", "atasan", "penilai", "admin")


@dataclass
class WebSite:
    app: object
    services: object
    sj: object  # the SynthJournal
    clients: dict = field(default_factory=dict)

    def staff(self, role: str) -> dict:
        return next(s for s in self.sj.org.staff if s["role"] == role)

    def login(self, nip: str):
        from starlette.testclient import TestClient

        from journal.weblogin import issue

        client = TestClient(self.app, base_url="http://testserver")
        token = issue(self.services.journal, nip)
        page = client.get(f"/masuk/{token}")
        assert page.status_code == 200, page.text
        r = client.post(f"/masuk/{token}", data={"csrf": form_token(page.text)}, follow_redirects=False)
        assert r.status_code == 303, r.text
        client.nip = nip
        return client

    def client(self, role: str):
        if role not in self.clients:
            from starlette.testclient import TestClient

            self.clients[role] = TestClient(self.app) if role == "anon" else self.login(self.staff(role)["nip"])
        return self.clients[role]

    def csrf(self, client) -> str:
        return form_token(client.get("/tanya").text)


def form_token(html: str) -> str:
    return re.search(r'name="csrf" value="([^"]+)"', html).group(1)


@pytest.fixture
def web(synth_journal, embeddings):
    from devtools import tanya_synth as synth
    from jejak.services import Services
    from jejak.web_wiring import build

    services = Services(synth_journal.settings)
    services.__dict__["journal"] = synth_journal.journal  # the journal the fixture filled
    services.__dict__["embeddings"] = embeddings  # loaded once per run
    app = build(synth_journal.settings, services, today=lambda: synth.TODAY)
    site = WebSite(app, services, synth_journal)
    yield site
    for c in site.clients.values():
        c.close()
    if "knowledge" in services.__dict__:
        services.knowledge.close()
