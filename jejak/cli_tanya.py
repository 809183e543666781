"""``jejak tanya``, ``jejak tim``, ``jejak review``, ``jejak predikat``, ``jejak eskalasi``
and ``jejak eval tanya``."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import typer

from jejak import texts as T
from jejak.cli_apps import app, eval_app


def _services():
    from jejak.services import Services
    from jejak.settings import Settings

    return Services(Settings())


def _day(text: str | None) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise typer.BadParameter(T.BAD_DAY.format(text=text)) from None


@app.command("tanya")
def tanya_command(
    question: str = typer.Argument(..., help="Pertanyaan dalam bahasa Indonesia."),
    nip: str = typer.Option(..., "--nip", help="NIP penanya (menentukan hak akses)."),
    tanggal: str = typer.Option(None, "--tanggal", help="Anggap 'hari ini' tanggal ini (YYYY-MM-DD)."),
) -> None:
    """Tanya jawab tentang kinerja yang tercatat (sesuai hak akses penanya)."""

    svc = _services()
    try:
        ans = svc.tanya.ask(nip, question, today=_day(tanggal))
    finally:
        svc.close()
    typer.echo(ans.text)


@app.command("tim")
def tim_command(
    nip: str = typer.Option(..., "--nip", help="NIP atasan, penilai, atau admin."),
    minggu: bool = typer.Option(False, "--minggu", help="Minggu berjalan."),
    bulan: bool = typer.Option(False, "--bulan", help="Bulan berjalan."),
    tanggal: str = typer.Option(None, "--tanggal", help="Hari tertentu (YYYY-MM-DD); bawaan: hari ini."),
) -> None:
    """Pantau tim: siapa mengisi, jam vs standar, entri menunggu tinjauan, nilai, progres RHK."""
    from journal import calendar as cal
    from journal.monitor import team_view
    from journal.monitor_view import render_team

    svc = _services()
    try:
        st = svc.settings
        today = _day(tanggal) or svc.tanya.today()
        period = cal.week_of(today) if minggu else cal.month_of(today) if bulan else cal.day(today)
        with svc.journal.session() as s:
            view = team_view(s, nip, period, today=today, standard_hours=st.daily_standard_hours, holidays=st.holidays)
            typer.echo(render_team(view))
    finally:
        svc.close()


@app.command("review")
def review_command(
    activity_id: int = typer.Argument(..., help="Nomor entri."),
    nip: str = typer.Option(..., "--nip", help="NIP peninjau (atau pemilik, untuk --ajukan-ulang)."),
    setujui: bool = typer.Option(False, "--setujui", help="Setujui entri."),
    kembalikan: str = typer.Option(None, "--kembalikan", help="Kembalikan entri dengan komentar."),
    komentar: str = typer.Option(None, "--komentar", help="Beri komentar tanpa mengubah status."),
    ajukan_ulang: str = typer.Option(None, "--ajukan-ulang", help="Pemilik: teks perbaikan, ajukan ulang."),
) -> None:
    """Tinjau entri: setujui, kembalikan dengan komentar, atau komentari; pemilik mengajukan ulang."""
    from journal import facts
    from journal.monitor_view import render_review
    from journal.review import resubmit, review

    chosen = [x for x in (setujui or None, kembalikan, komentar, ajukan_ulang) if x]
    if len(chosen) != 1:
        raise typer.BadParameter(T.REVIEW_ONE_ACTION)
    svc = _services()
    try:
        if ajukan_ulang:
            notice = resubmit(svc.journal, nip, activity_id, ajukan_ulang)
        else:
            action, text = ("approve", None) if setujui else ("return", kembalikan) if kembalikan else ("comment", komentar)
            notice = review(svc.journal, nip, activity_id, action, text)
        with svc.journal.session() as s:
            owner = facts.names(s, [notice.owner_nip]).get(notice.owner_nip, notice.owner_nip)
        typer.echo(render_review(notice, owner))
        if svc.settings.telegram_token is not None:
            from bot.review_notices import send_notice
            from journal.texts import CLI_NOT_DELIVERED

            if send_notice(svc.settings, svc.journal, notice) is False:
                typer.echo(CLI_NOT_DELIVERED, err=True)
    finally:
        svc.close()


@app.command("predikat")
def predikat_command(
    nip: str = typer.Option(..., "--nip", help="NIP penanya (penilai/atasan)."),
    pegawai: str = typer.Option(..., "--pegawai", help="NIP pegawai yang dinilai."),
    bulan: str = typer.Option(..., "--bulan", help="Bulan, YYYY-MM."),
    tanggal: str = typer.Option(None, "--tanggal", help="Anggap hari ini tanggal ini (YYYY-MM-DD)."),
) -> None:
    """Usulan predikat kinerja (PermenPANRB 6/2022) dengan bukti; bukan keputusan."""
    from agent.tanya.answer import render_proposal
    from journal import calendar as cal
    from journal.predikat import propose

    svc = _services()
    try:
        try:
            period = cal.month(bulan)
        except cal.PeriodError as exc:
            raise typer.BadParameter(str(exc)) from None
        today = _day(tanggal) or svc.tanya.today()
        with svc.journal.session() as s:
            typer.echo(render_proposal(propose(s, nip, pegawai, period, today=today, holidays=svc.settings.holidays)))
    finally:
        svc.close()


@app.command("eskalasi")
def eskalasi_command(
    nip: str = typer.Option(..., "--nip", help="NIP atasan."),
    hari: int = typer.Option(None, "--hari", help="Jumlah hari kerja tanpa entri (bawaan: JEJAK_ESCALATION_DAYS)."),
    tanggal: str = typer.Option(None, "--tanggal", help="Anggap hari ini tanggal ini (YYYY-MM-DD)."),
) -> None:
    """Anggota tim yang tidak mengisi jurnal N hari kerja terakhir."""
    from journal.monitor import idle_staff
    from journal.monitor_view import render_escalation

    svc = _services()
    try:
        days = hari or svc.settings.escalation_days
        today = _day(tanggal) or svc.tanya.today()
        with svc.journal.session() as s:
            rows = idle_staff(s, nip, today=today, days=days, holidays=svc.settings.holidays)
        typer.echo(render_escalation(rows, days))
    finally:
        svc.close()


@eval_app.command("tanya")
def eval_tanya_command(
    questions: Path = typer.Option(None, "--pertanyaan", help="Berkas JSONL set lama (bawaan: set bawaan)."),
    blind: Path = typer.Option(None, "--buta", help="Berkas JSONL set buta (bawaan: data/questions_blind.jsonl)."),
    wrong: bool = typer.Option(False, "--salah", help="Tampilkan pertanyaan yang dijawab salah."),
) -> None:
    """Bagian pertanyaan yang dijawab benar tanpa LLM: set lama atas jurnal sintetis, dan set buta (ditulis
    tanpa melihat kode, jawaban dihitung dengan SQL) atas jurnal realistis instansi contoh."""
    import tempfile

    from agent.tanya import check, evaldata, evaluate
    from agent.tanya.graph import Tanya
    from jejak.settings import Settings
    from journal.db import Journal

    st = Settings()
    config = dict(timezone=st.timezone, standard_hours=st.daily_standard_hours)
    with tempfile.TemporaryDirectory() as tmp:
        journal = Journal(f"sqlite:///{tmp}/tanya-eval.db")
        try:
            data = evaldata.read(evaldata.SYNTH_FILE)
            evaldata.populate_plain(journal, data)
            entries = data["entries"]
            cases = evaluate.load_questions(questions or evaluate.QUESTIONS)
            share, results = evaluate.run_eval(Tanya(journal, **config), cases, date.fromisoformat(data["today"]))
        finally:
            journal.close()
        real = Journal(f"sqlite:///{tmp}/tanya-blind.db")
        try:
            tanya, today = check.realistic_tanya(real, **config)
            blind_cases = check.load_blind(blind or check.BLIND)
            blind_results = check.run_blind(tanya, blind_cases, today)
        finally:
            real.close()
    if wrong:
        for case, ans, ok in results:
            if not ok:
                typer.echo(f"SALAH (lama)  {case.question}\n   diharapkan {case.expect}; jawaban: {ans.text.splitlines()[0]}")
        for case, ans, ok in blind_results:
            if not ok:
                typer.echo(f"SALAH ({case.id})  {case.question}\n   diharapkan {case.expect}; jawaban: "
                           f"{ans.text.splitlines()[0]}")
    refused = [ok for c, _, ok in results if c.expect.get("kind") == "refused"]
    typer.echo(f"set lama, jurnal sintetis ({len(entries)} entri): benar {sum(ok for *_, ok in results)}/"
               f"{len(results)} = {share:.3f}; penolakan {sum(refused)}/{len(refused)}".replace(".", ","))
    sc = check.scores(blind_results)
    typer.echo(f"set buta, jurnal realistis: benar {sc['semua']} (ganjil {sc['ganjil']}, genap {sc['genap']}); "
               f"penolakan {sc['penolakan']} (target >= 0,9; penolakan 100%)")
