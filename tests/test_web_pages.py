"""What the pages show and do: the team figures of ``journal.monitor``, the review queue with
its analysis and correction history, reviews that notify through the bot's queue, exports,
the person's page, questions, and the admin's staff and registrations."""
from __future__ import annotations

import io
import re

from journal.models import Activity, ChatNotice, Registration, Review, Staff


def _lead(web):
    return web.staff("atasan")


def _team(web) -> list[dict]:
    return [s for s in web.sj.org.staff if s["supervisor_nip"] == _lead(web)["nip"]]


def _submitted(web, nip: str) -> list[int]:
    return [e["id"] for e in web.sj.entries if e["nip"] == nip and e["status"] == "submitted"]


def test_team_page_shows_the_monitor_figures(web):
    from devtools import tanya_synth as synth
    from journal import calendar as cal
    from journal.monitor import team_view

    with web.services.journal.session() as s:
        view = team_view(s, web.staff("penilai")["nip"], cal.week_of(synth.TODAY), today=synth.TODAY,
                         standard_hours=7.5)
    html = web.client("penilai").get("/tim?periode=minggu").text
    assert f"<b>{view.pending_total}</b><span>menunggu tinjauan" in html
    for m in view.members:
        assert m.name in html
    silent = [m for m in view.members if not m.logged]  # the synthetic idle member logs nothing this week
    assert silent and all(m.name in html.split("Tidak mengisi")[1] for m in silent)
    assert "belum mengisi" in html and "<svg" in html and "Sebaran nilai BerAKHLAK" in html


def test_team_page_filters_by_unit(web):
    html = web.client("penilai").get("/tim?periode=bulan&unit=Tim+2").text
    tim2 = {s["name"] for s in web.sj.org.staff if s["unit"] == "Tim 2" and s["role"] == "pegawai"}
    tim3 = {s["name"] for s in web.sj.org.staff if s["unit"] == "Tim 3" and s["role"] == "pegawai"}
    members = html.split('id="members"')[1].split("</table>")[0]
    assert all(n in members for n in tim2) and not any(n in members for n in tim3)
    r = web.client("penilai").get("/tim?pegawai=" + web.staff("pegawai")["nip"], follow_redirects=False)
    assert r.headers["location"] == "/pegawai/" + web.staff("pegawai")["nip"]


def test_charts_say_so_when_a_period_is_empty(web):
    from datetime import date

    from web import charts

    html = charts.bars([("Akuntabel", 0.0)], empty_text="Belum ada nilai")
    assert "Belum ada nilai" in html and "bar-fill" not in html
    assert "Belum ada entri" in charts.daily_hours([date(2026, 11, 2)], {}, standard_hours=7.5, today=date(2026, 11, 3))
    assert "Belum ada anggota" in charts.heatmap([], [date(2026, 11, 2)], standard_minutes=450, today=date(2026, 11, 3))
    # a person's page in a month without entries
    html = web.client("pegawai").get(f"/pegawai/{web.staff('pegawai')['nip']}?bulan=2026-06").text
    assert "Belum ada entri pada Juni 2026" in html and "Belum ada entri pada periode ini" in html


def test_exports_use_the_report_builders(web):
    client = web.client("atasan")
    xlsx = client.get("/tim/ekspor?format=xlsx&periode=bulan")
    assert xlsx.headers["content-type"].startswith("application/vnd.openxmlformats")
    from openpyxl import load_workbook

    wb = load_workbook(io.BytesIO(xlsx.content))
    assert wb.sheetnames and "attachment" in xlsx.headers["content-disposition"]
    pdf = client.get("/tim/ekspor?format=pdf&periode=minggu")
    assert pdf.content.startswith(b"%PDF")
    csv = client.get("/tim/ekspor?format=csv&periode=bulan").content.decode("utf-8-sig")
    nips = {line.split(",")[0] for line in csv.splitlines()[1:]}
    assert nips and nips <= {s["nip"] for s in _team(web)}
    r = web.client("atasan").get("/tim/ekspor?format=csv&unit=Tim+2")
    assert r.status_code == 403 and "di luar cakupan" in r.text
    assert client.get("/tim/ekspor?format=docx").status_code == 400


def test_review_queue_shows_analysis_evidence_and_correction_history(web):
    from journal.corrections import Choice, correct

    member = _team(web)[0]
    aid = _submitted(web, member["nip"])[0]
    old = next(e["rhk_code"] for e in web.sj.entries if e["id"] == aid)
    new = "RHK-1" if old != "RHK-1" else "RHK-2"
    correct(web.services.journal, aid, member["nip"], rhk=Choice(new, "Hasil kerja"))
    html = web.client("atasan").get(f"/tinjauan?pegawai={member['nip']}").text
    card = html.split(f'id="entry-{aid}"')[1].split("</article>")[0]
    assert "Riwayat koreksi" in card and f"<b>{member['name']}</b> mengubah RHK" in card
    assert f"<s>{old}</s> → {new}" in card
    assert "dikoreksi oleh" in card and "Probis" in card and "PB-" in card


def test_approve_return_and_comment_from_the_web_queue_chat_notices(web):
    client = web.client("atasan")
    token = web.csrf(client)
    member = _team(web)[1]
    first, second, third = _submitted(web, member["nip"])[:3]
    hx = {"HX-Request": "true"}
    r = client.post(f"/tinjauan/{first}", data={"aksi": "approve", "csrf": token}, headers=hx)
    assert r.status_code == 200 and "Disetujui" in r.text and "Pegawai diberi tahu lewat bot" in r.text
    r = client.post(f"/tinjauan/{second}", data={"aksi": "return", "csrf": token}, headers=hx)
    assert "Tuliskan komentar" in r.text and r.headers["HX-Retarget"] == "#flash"
    r = client.post(f"/tinjauan/{second}", data={"aksi": "return", "komentar": "Lengkapi jumlah halaman", "csrf": token},
                    headers=hx)
    assert "Dikembalikan" in r.text and "Lengkapi jumlah halaman" in r.text
    client.post(f"/tinjauan/{third}", data={"aksi": "comment", "komentar": "Bagus", "csrf": token})
    with web.services.journal.session() as s:
        assert [s.get(Activity, i).status for i in (first, second, third)] == ["approved", "returned", "submitted"]
        notices = [n.payload for n in s.query(ChatNotice).order_by(ChatNotice.id)]
    assert [(n["activity_id"], n["action"]) for n in notices] == [(first, "approve"), (second, "return"),
                                                                  (third, "comment")]
    assert notices[1]["comment"] == "Lengkapi jumlah halaman" and notices[0]["owner_telegram_id"] == member["telegram_id"]
    from bot.web import messages
    from journal.notices import due

    _, kind, notice = due(web.services.journal)[1]
    [(chat, text)] = messages(web.services.journal, kind, notice)
    assert chat == member["telegram_id"] and "dikembalikan" in text and "Lengkapi jumlah halaman" in text


def test_bulk_approve(web):
    client = web.client("atasan")
    ids = [i for m in _team(web) for i in _submitted(web, m["nip"])][:4]
    r = client.post("/tinjauan/massal", data={"ids": [str(i) for i in ids], "csrf": web.csrf(client)},
                    headers={"HX-Request": "true"})
    assert "4 entri disetujui" in r.text
    with web.services.journal.session() as s:
        assert {s.get(Activity, i).status for i in ids} == {"approved"}
        assert s.query(Review).filter(Review.activity_id.in_(ids), Review.action == "approve").count() == 4
        assert s.query(ChatNotice).count() == 4
    r = client.post("/tinjauan/massal", data={"ids": [str(ids[0])], "csrf": web.csrf(client)},
                    headers={"HX-Request": "true"})
    assert "hanya entri yang diajukan" in r.text  # already approved: said, not done twice


def test_person_page_has_calendar_rhk_values_and_predikat(web):
    member = _team(web)[0]
    html = web.client("atasan").get(f"/pegawai/{member['nip']}?bulan=2026-11").text
    assert 'class="calendar"' in html and "Progres RHK" in html and "RHK-1" in html
    assert "Nilai BerAKHLAK dari waktu ke waktu" in html and "Usulan predikat" in html
    assert any(p in html for p in ("Baik", "Sangat Baik", "Kurang", "Butuh Perbaikan", "Belum dapat diusulkan"))
    first = next(e for e in web.sj.entries if e["nip"] == member["nip"] and e["day"].month == 11)
    assert f'id="e{first["id"]}"' in html
    assert web.client("atasan").get(f"/pegawai/{member['nip']}?bulan=13-2026").status_code == 400


def test_tanya_answers_with_a_table_and_entry_links(web):
    client = web.client("atasan")
    r = client.post("/tanya", data={"pertanyaan": "berapa jam tim saya minggu ini?", "csrf": web.csrf(client)},
                    headers={"HX-Request": "true"})
    assert r.status_code == 200 and "jam" in r.text and "answer-table" in r.text
    assert re.search(r'href="/pegawai/\d+\?bulan=2026-11#e\d+"', r.text)
    other = next(s for s in web.sj.org.staff if s["unit"] == "Tim 2")
    r = client.post("/tanya", data={"pertanyaan": f"berapa jam {other['name']} minggu ini?", "csrf": web.csrf(client)})
    assert "Akses ditolak" in r.text or "tidak berhak" in r.text


def test_admin_changes_roles_links_and_decides_registrations(web):
    client = web.client("admin")
    token = web.csrf(client)
    member = _team(web)[0]
    r = client.post(f"/admin/pegawai/{member['nip']}", data={"aksi": "peran", "peran": "atasan", "csrf": token},
                    headers={"HX-Request": "true"})
    assert "sekarang Atasan" in r.text
    client.post(f"/admin/pegawai/{member['nip']}", data={"aksi": "putus", "csrf": token})
    with web.services.journal.session() as s:
        row = s.get(Staff, member["nip"])
        assert row.role == "atasan" and row.telegram_id is None
        s.add(Registration(telegram_id=424242, nip=member["nip"]))
    r = client.post(f"/admin/pegawai/{member['nip']}", data={"aksi": "hubungkan", "telegram_id": "12ab", "csrf": token},
                    headers={"HX-Request": "true"})
    assert "harus angka" in r.text
    html = client.get("/admin/pegawai").text
    reg = re.search(r'/admin/pendaftaran/(\d+)', html).group(1)
    r = client.post(f"/admin/pendaftaran/{reg}", data={"keputusan": "setujui", "csrf": token},
                    headers={"HX-Request": "true"})
    assert "disetujui" in r.text
    with web.services.journal.session() as s:
        assert s.get(Staff, member["nip"]).telegram_id == 424242
    from bot.web import messages
    from journal.notices import due

    [(_, kind, decision)] = due(web.services.journal)
    assert kind == "registration" and decision.status == "approved"
    assert messages(web.services.journal, kind, decision)[0][0] == 424242  # the applicant hears of it
    r = client.post(f"/admin/pegawai/{web.staff('admin')['nip']}", data={"aksi": "peran", "peran": "pegawai",
                                                                          "csrf": token})
    assert r.status_code == 400 and "peran admin Anda sendiri" in r.text


def test_system_page_shows_the_outbox_and_masks_secrets(web):
    from pydantic import SecretStr

    web.services.settings.telegram_token = SecretStr("123:rahasia-sekali")
    web.services.settings.database_url = "postgresql+psycopg://jejak:sandi@db/jejak"
    html = web.client("admin").get("/admin/sistem").text
    assert "Antrean Google Sheets" in html and 'id="outbox-pending"' in html
    assert "rahasia-sekali" not in html and "sandi" not in html and "JEJAK_TELEGRAM_TOKEN" in html
