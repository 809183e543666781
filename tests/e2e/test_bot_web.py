"""/web in the bot gives a one-time login link; a review done on the dashboard reaches the
employee in chat through the bot's queued notices."""
from __future__ import annotations

import re

from devtools.emulator import is_saved, saved_ids
from tests.fixtures_bot import NADIA, RINA
from tests.fixtures_web import form_token


def _site(bot_settings, bot_embeddings):
    from starlette.testclient import TestClient

    from jejak.services import Services
    from jejak.web_wiring import build

    services = Services(bot_settings)
    services.__dict__["embeddings"] = bot_embeddings
    return TestClient(build(bot_settings, services)), services


def test_web_link_from_the_bot_and_a_web_review_told_in_chat(bot_runner, tg_user, bot_settings, bot_embeddings):
    rina, nadia = tg_user(RINA, "Rina"), tg_user(NADIA, "Nadia")
    nadia.send("rapat koordinasi tim aplikasi 09.00-10.30, 1 notulen")
    [entry] = saved_ids(nadia.wait(is_saved))

    rina.send("/web")
    text = rina.wait("/masuk/")["text"]
    assert "sekali pakai" in text and "10 menit" in text
    token = re.search(r"/masuk/(\S+)", text).group(1)
    client, services = _site(bot_settings, bot_embeddings)
    try:
        page = client.get(f"/masuk/{token}")
        assert "Rina Kusumawardani" in page.text
        client.post(f"/masuk/{token}", data={"csrf": form_token(page.text)})
        queue = client.get("/tinjauan")
        assert f'id="entry-{entry}"' in queue.text
        r = client.post(f"/tinjauan/{entry}", data={"aksi": "approve", "csrf": form_token(queue.text)},
                        headers={"HX-Request": "true"})
        assert "Disetujui" in r.text
        told = nadia.wait("disetujui oleh", timeout=20)["text"]
        assert f"#{entry}" in told and "Rina Kusumawardani" in told
        import time

        from journal.notices import counts

        deadline = time.monotonic() + 10  # marked sent right after the message went out
        while counts(services.journal).get("sent") != 1 and time.monotonic() < deadline:
            time.sleep(0.1)
        assert counts(services.journal) == {"sent": 1}
        rina.send("/web")
        second = re.search(r"/masuk/(\S+)", rina.wait(lambda m: "/masuk/" in m.get("text", "") and token not in m["text"])["text"]).group(1)
        assert second != token and client.get(f"/masuk/{token}").status_code == 400  # the first is used up
    finally:
        client.close()
        services.close()
