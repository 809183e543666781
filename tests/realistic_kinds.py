"""Questions of our own for the kinds of question added after the second blind set (issue 15): people called by
position or nickname, teams as "anak2 <tim>", queues narrowed to people or someone else's, breakdowns asked
as "RHK mana aja" or by status, codes of processes and of the performance tree, topics by meaning, questions
after sentences of context. Worded here, not taken from either blind set; expected answers computed in plain
Python over the realistic journal (``tests.realistic_questions.Data``)."""
from __future__ import annotations

from collections import Counter
from datetime import date

from tests.realistic_questions import LAST_WEEK, NOV, OCT, THIS_WEEK, TODAY, Cases, Data

START = date(2026, 1, 1)
NETWORK = r"jaringan|\bwan\b|\bvpn\b|router|bandwidth|vsat|koneksi|switch|firewall|\blink\b"


def kinds(d: Data) -> list[tuple[str, str, dict]]:  # noqa: C901 - one line per question
    """``(asker first name, question, expect)``."""
    n, h = d.nip, d.hours
    C = Cases(d)
    num, ids, people, groups, refusal = C.num, C.ids, C.people, C.groups, C.refusal
    everyone = [s["nip"] for s in d.staff]

    def ranking(asker, q, nips, fn, top=None, reverse=True):
        rows = sorted(((fn(p), d.firsts([p])[0]) for p in nips), key=lambda x: (-x[0] if reverse else x[0], x[1]))
        rows = rows[:top] if top else rows
        C.append((asker, q, {"type": "ranking", "names": [x[1] for x in rows], "values": [x[0] for x in rows]}))

    # people by position, nickname, or an ordinary word standing where a name goes
    num("Dewi", "bendahara pengeluaran minggu lalu total jamnya", h(d.sel([n("Siti")], *LAST_WEEK)), "jam")
    num("Hendra", "kabag umum oktober brp jam", h(d.sel([n("Dewi")], *OCT)), "jam")
    num("Putu", "entri katim integrasi minggu ini ada berapa", len(d.sel([n("Bayu")], *THIS_WEEK)), "entri")
    num("Bayu", "laras bulan lalu jamnya brp", h(d.sel([n("Larasati")], *OCT)), "jam")
    num("Rina", "jumlah entri yuni minggu ini", len(d.sel([n("Yuniar")], *THIS_WEEK)), "entri")
    num("Teguh", "kegiatan bagus kemarin ada berapa", len(d.sel([n("Bagus")], date(2026, 11, 25), date(2026, 11, 25))),
        "entri")
    num("Dewi", "jam melati dan dimas minggu lalu total", h(d.sel([n("Melati"), n("Dimas")], *LAST_WEEK)), "jam")
    refusal("Nadia", "jam atasan saya bulan ini")
    refusal("Kristian", "berapa jam kerja koordinator layanan minggu lalu")
    # teams as "anak2 / orang2 <tim>"
    people("Hendra", "orang2 infra yg minggu ini blm ngisi sama sekali siapa",
           [p for p in d.unit("Tim Infrastruktur TI") if not d.sel([p], *THIS_WEEK)])
    num("Putu", "total jam anak-anak pengembangan aplikasi bulan lalu", h(d.sel(d.unit("Tim Pengembangan Aplikasi"), *OCT)),
        "jam")
    num("Teguh", "anak2 saya bulan ini entrinya berapa", len(d.sel(d.reports("Teguh"), *NOV)), "entri")
    refusal("Teguh", "temen2 layanan kemarin pada ngisi brp jam")
    # queues: narrowed to people, or someone else's
    waiting = [a for a in d.sel(d.reports("Rina", True), START, TODAY, status="submitted") if a["nip"] == n("Galih")]
    num("Rina", "punya galih yg masih nunggu persetujuan saya brp", len(waiting), "entri")
    ids("Dewi", "entri melati yg pernah saya balikin", [a for a in d.sel([n("Melati")], START, TODAY)
                                                    if (n("Dewi"), a["id"]) in d.returns])
    refusal("Galih", "antrean review bu rina isinya apa aja")
    num("Fajar", "entri saya yg belum diperiksa pak bayu ada brp", len(d.sel([n("Fajar")], START, TODAY,
                                                                             status="submitted")), "entri")
    # breakdowns
    tm = d.sel(d.reports("Bayu"), *OCT)
    groups("Bayu", "oktober kemarin entri tim saya berapa yg approved, berapa yg returned, berapa yg submitted",
           "status", "entri", dict(Counter(a["status"] for a in tm)))
    gl = d.sel([n("Galih")], *OCT)
    groups("Rina", "jam galih oktober nyebar ke rhk mana aja", "rhk", "jam",
           {k: round(sum(a["minutes"] for a in gl if a["rhk_code"] == k) / 60, 2) for k in {a["rhk_code"] for a in gl}})
    kr = d.sel([n("Kristian")], *NOV)
    groups("Teguh", "jam kristian bulan ini dipecah per probisnya", "probis", "jam",
           {k: round(sum(a["minutes"] for a in kr if a["probis_id"] == k) / 60, 2) for k in {a["probis_id"] for a in kr}})
    # rankings
    ranking("Hendra", "3 besar jumlah entri minggu lalu", everyone, lambda p: len(d.sel([p], *LAST_WEEK)), top=3)
    ranking("Dewi", "urutin bawahan saya dari jam paling banyak sampai paling sedikit oktober", d.reports("Dewi"),
            lambda p: h(d.sel([p], *OCT)))
    # codes of a process and of the performance tree
    num("Hendra", "jam untuk PK-1.2.4 bulan lalu se-direktorat",
        h([a for a in d.sel(everyone, *OCT) if a["pokin_id"] == "PK-1.2.4"]), "jam")
    num("Bayu", "berapa entri tim saya di proses PB-2.3.1 bulan ini",
        len([a for a in d.sel(d.reports("Bayu"), *NOV) if a["probis_id"] == "PB-2.3.1"]), "entri")
    # topics by meaning
    ids("Teguh", "kerjaan bagus yg nyangkut jaringan bulan ini", d.sel([n("Bagus")], *NOV, text=NETWORK))
    ids("Dewi", "entri stok opname / persediaan di bagian umum oktober",
        d.sel(d.unit("Bagian Umum"), *OCT, text=r"stock opname|stok opname|persediaan"))
    ids("Putu", "yang ditangani Andi soal akun SSO minggu lalu", d.sel([n("Andi")], *LAST_WEEK, text=r"\bsso\b"))
    # measures of one entry, minutes, the gap to the standard, days filled as a share, entries per person
    nd = d.sel([n("Nadia")], *NOV)
    num("Nadia", "rata-rata durasi per kegiatan saya bulan ini", round(h(nd) / len(nd), 2), "jam/entri")
    num("Nadia", "brp menit total saya kemarin", sum(a["minutes"] for a in d.sel([n("Nadia")], date(2026, 11, 25),
                                                                                 date(2026, 11, 25))), "menit")
    lw = d.sel([n("Fajar")], *LAST_WEEK)
    num("Fajar", "minggu lalu saya kurang berapa jam lagi dari standar", round(7.5 * 5 - h(lw), 2), "jam")
    wd = d.workdays(*NOV)
    num("Galih", "berapa persen hari kerja bulan ini yg sudah saya isi",
        round(100 * len({a["day"] for a in d.sel([n("Galih")], *NOV)} & set(wd)) / len(wd), 1), "persen")
    tm = d.reports("Rina")
    num("Rina", "anggota tim saya rata-rata per orang berapa entri bulan lalu", round(len(d.sel(tm, *OCT)) / len(tm), 2),
        "entri")
    # people left out, the asker's own unit, several holders of a position, a weekday of a named week
    num("Teguh", "total jam tim saya selain bagus bulan ini", h(d.sel([p for p in d.reports("Teguh") if p != n("Bagus")],
                                                                      *NOV)), "jam")
    num("Dewi", "jam unit kerja saya minggu lalu", h(d.sel(d.unit("Bagian Umum"), *LAST_WEEK)), "jam")
    refusal("Melati", "jam teman satu bagian saya bulan ini")
    leads = [n("Rina"), n("Bayu"), n("Teguh")]
    num("Hendra", "jam kerja para ketua tim minggu ini", h(d.sel(leads, *THIS_WEEK)), "jam")
    tue = date(2026, 11, 17)
    num("Bayu", "rizky selasa minggu lalu ngisi berapa jam", h(d.sel([n("Rizky")], tue, tue)), "jam")
    short = d.sel([n("Siti")], *OCT)
    ids("Dewi", "kegiatan siti yang paling singkat di oktober", [a for a in short if a["minutes"] == min(
        x["minutes"] for x in short)])
    # comparisons of three teams, in words, with the change in percent; typos in names and teams
    units = ["Tim Integrasi Data", "Tim Infrastruktur TI", "Tim Layanan dan Dukungan TI"]
    groups("Hendra", "bandingkan tim integrasi, tim infra dan tim layanan minggu lalu", "unit", "jam",
           {u.lower(): h(d.sel(d.unit(u), *LAST_WEEK)) for u in units})
    C.append(("Dewi", "melati lebih rajin dari dimas nggak bulan lalu", {"type": "comparison", "unit": "entri", "values": {
        "Melati": len(d.sel([n("Melati")], *OCT)), "Dimas": len(d.sel([n("Dimas")], *OCT))}}))
    C.append(("Bayu", "jam tim saya november dibanding oktober naik berapa persen", {
        "type": "comparison", "unit": "jam", "values": {"November": h(d.sel(d.reports("Bayu"), *NOV)),
                                                        "Oktober": h(d.sel(d.reports("Bayu"), *OCT))}}))
    num("Rina", "jam galhi minggu lalu", h(d.sel([n("Galih")], *LAST_WEEK)), "jam")
    num("Hendra", "jam tim integrsi data minggu lalu", h(d.sel(d.unit("Tim Integrasi Data"), *LAST_WEEK)), "jam")
    ids("Nadia", "ada entri yang perlu saya perbaiki?", d.sel([n("Nadia")], START, TODAY, status="returned"))
    # a question after context
    num("Hendra", "Minggu depan ada rapat pimpinan soal capaian kinerja. Saya perlu data pendukung. "
                  "Berapa jam kerja bagian umum bulan lalu?", h(d.sel(d.unit("Bagian Umum"), *OCT)), "jam")
    return C
