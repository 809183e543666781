"""Every route of the dashboard as every role and as nobody: 200 with only in-scope data,
403 outside the role's scope, and a redirect to the login page without a session."""
from __future__ import annotations

import csv
import io

import pytest

from tests.fixtures_web import ROLES


def _members(sj, unit: str) -> list[dict]:
    return [s for s in sj.org.staff if s["unit"] == unit and s["role"] == "pegawai"]


def _submitted(sj, nip: str) -> int:
    return next(e["id"] for e in sj.entries if e["nip"] == nip and e["status"] == "submitted")


@pytest.fixture
def site(web, tmp_path):
    """The site plus the things routes point at: entries of two teams, evidence, a registration."""
    from journal.models import Evidence, Registration

    sj = web.sj
    me = web.staff("pegawai")
    other = _members(sj, "Tim 2")[0]
    folder = sj.settings.evidence_dir
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "notulen.txt").write_text("notulen rapat")
    own_entry = _submitted(sj, me["nip"])
    with sj.journal.session() as s:
        ev = Evidence(activity_id=own_entry, path=str(folder / "notulen.txt"), sha256="0" * 64, mime="text/plain",
                      size=13)
        s.add(ev)
        reg = Registration(telegram_id=777001, nip=other["nip"])
        s.add(reg)
        s.flush()
        ids = {"ev": ev.id, "reg": reg.id}
    web.ids = dict(ids, own=me["nip"], team1=me["nip"], team2=other["nip"], entry1=_submitted(sj, _members(sj, "Tim 1")[1]["nip"]),
                   entry2=_submitted(sj, other["nip"]))
    return web


REVIEWERS = {"atasan", "penilai", "admin"}
ALL = set(ROLES)
# (method, path template, form, roles allowed, status when allowed)
ROUTES = [
    ("GET", "/", None, ALL, 303),
    ("GET", "/tim", None, REVIEWERS, 200),
    ("GET", "/tim?periode=minggu", None, REVIEWERS, 200),
    ("GET", "/tim?periode=bulan&unit=Tim+1", None, REVIEWERS, 200),
    ("GET", "/tim/ekspor?format=csv&periode=bulan", None, REVIEWERS, 200),
    ("GET", "/tim/ekspor?format=xlsx&periode=minggu", None, REVIEWERS, 200),
    ("GET", "/tinjauan", None, REVIEWERS, 200),
    ("GET", "/saya", None, ALL, 303),
    ("GET", "/pegawai/{own}", None, ALL, 200),
    ("GET", "/pegawai/{team1}?bulan=2026-10", None, ALL, 200),
    ("GET", "/pegawai/{team2}", None, {"penilai", "admin"}, 200),
    ("GET", "/bukti/{ev}", None, ALL, 200),
    ("GET", "/tanya", None, ALL, 200),
    ("POST", "/tanya", {"pertanyaan": "berapa jam saya minggu ini?"}, ALL, 200),
    ("POST", "/tinjauan/{entry1}", {"aksi": "comment", "komentar": "lampirkan notulen"}, REVIEWERS, 303),
    ("POST", "/tinjauan/{entry2}", {"aksi": "comment", "komentar": "lampirkan notulen"}, {"penilai", "admin"}, 303),
    ("POST", "/tinjauan/massal", {}, REVIEWERS, 303),
    ("GET", "/admin", None, {"admin"}, 200),
    ("GET", "/admin/pegawai", None, {"admin"}, 200),
    ("GET", "/admin/sistem", None, {"admin"}, 200),
    ("POST", "/admin/pegawai/{team2}", {"aksi": "peran", "peran": "pegawai"}, {"admin"}, 303),
    ("POST", "/admin/pendaftaran/{reg}", {"keputusan": "tolak"}, {"admin"}, 303),
    ("POST", "/admin/dokumen/tidak-ada.csv/hapus", {}, {"admin"}, 400),
]


def _visible(site, role: str) -> set[str]:
    from journal.scope import scope_of

    with site.services.journal.session() as s:
        return set(scope_of(s, site.staff(role)["nip"]).nips)


@pytest.mark.parametrize("role", ROLES)
def test_every_route_as_every_role(site, role):
    client = site.client(role)
    token = site.csrf(client)
    visible = _visible(site, role)
    me = site.staff(role)
    allowed_names = {s["name"] for s in site.sj.org.staff if s["nip"] in visible or s["nip"] == me["supervisor_nip"]}
    outside = {s["name"] for s in site.sj.org.staff} - allowed_names
    for method, template, form, roles, ok_status in ROUTES:
        path = template.format(**site.ids)
        if method == "GET":
            r = client.get(path, follow_redirects=False)
        else:
            r = client.post(path, data={**(form or {}), "csrf": token}, follow_redirects=False)
        expected = ok_status if role in roles else 403
        if template == "/pegawai/{team1}?bulan=2026-10" and role == "pegawai":
            expected = 200  # the first pegawai of team 1 is the pegawai logged in
        if template == "/bukti/{ev}" and role == "pegawai":
            expected = 200  # the evidence is of their own entry
        assert r.status_code == expected, (role, method, path, r.status_code, r.text[-400:])
        if r.status_code == 200 and "text/html" in r.headers["content-type"]:
            leaked = sorted(n for n in outside if n in r.text)
            assert not leaked, (role, path, leaked)
        if r.status_code == 200 and "text/csv" in r.headers["content-type"]:
            rows = list(csv.reader(io.StringIO(r.content.decode("utf-8-sig"))))[1:]
            assert rows and {row[0] for row in rows} <= visible, (role, path)


def test_pegawai_of_another_team_and_their_entries_are_refused(site):
    client = site.client("atasan")
    token = site.csrf(client)
    assert site.ids["team2"] not in _visible(site, "atasan")
    r = client.get(f"/pegawai/{site.ids['team2']}")
    assert r.status_code == 403 and "Akses ditolak" in r.text
    r = client.post(f"/tinjauan/{site.ids['entry2']}", data={"aksi": "approve", "csrf": token})
    assert r.status_code == 403 and "bukan anggota tim Anda" in r.text
    from journal.models import Activity

    with site.services.journal.session() as s:
        assert s.get(Activity, site.ids["entry2"]).status == "submitted"


@pytest.mark.parametrize("method, template, form", [(m, t, f) for m, t, f, _, _ in ROUTES])
def test_every_route_without_a_session_goes_to_the_login_page(site, method, template, form):
    client = site.client("anon")
    path = template.format(**site.ids)
    r = client.get(path, follow_redirects=False) if method == "GET" else \
        client.post(path, data=form or {}, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/masuk", (path, r.status_code)


def test_a_form_without_the_session_token_is_refused(site):
    client = site.client("atasan")
    r = client.post(f"/tinjauan/{site.ids['entry1']}", data={"aksi": "approve"})
    assert r.status_code == 403 and "Formulir kedaluwarsa" in r.text
    r = client.post(f"/tinjauan/{site.ids['entry1']}", data={"aksi": "approve", "csrf": "palsu"})
    assert r.status_code == 403
    from journal.models import Activity

    with site.services.journal.session() as s:
        assert s.get(Activity, site.ids["entry1"]).status == "submitted"
