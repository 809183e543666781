"""``jejak log``, ``jejak analyze``, ``jejak eval`` and ``jejak demo``."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import typer

from jejak import texts as T
from jejak.cli_apps import app, eval_app


def _settings(**overrides):
    from jejak.settings import Settings

    return Settings(**overrides)


def _dumps(obj) -> str:
    return json.dumps(obj, ensure_ascii=False, default=str)


def _is_tty() -> bool:
    return sys.stdin.isatty() and sys.stdout.isatty()


@app.command("log", help=T.LOG_HELP)
def log(
    text: str = typer.Argument(..., help="Teks kegiatan, mis. 'rakor tim 09.00-10.30, 1 notulen'"),
    nip: str = typer.Option(..., "--nip", help="NIP pegawai"),
    as_json: bool = typer.Option(False, "--json", help="Cetak hasil lengkap sebagai JSON"),
    tanggal: str | None = typer.Option(None, "--tanggal", help="Tanggal bila teks tidak menyebutnya (YYYY-MM-DD)"),
) -> None:
    """Log one activity for a staff member through the whole graph, and print the reply (or JSON)."""
    from datetime import date

    from agent.runner import log_text_sync
    from jejak.errors import JejakError
    from jejak.services import Services

    day = None
    if tanggal:
        try:
            day = date.fromisoformat(tanggal)
        except ValueError as exc:
            raise JejakError(T.BAD_DATE.format(value=tanggal)) from exc
    services = Services(_settings())
    try:
        result = log_text_sync(services.graph, nip=nip, text=text, channel="cli", day=day)
        while result.status == "followup" and _is_tty() and not as_json:
            typer.echo(result.question)
            answer = typer.prompt(T.ANSWER_PROMPT)
            result = log_text_sync(services.graph, nip=nip, text=answer, channel="cli")
    finally:
        services.close()
    typer.echo(_dumps(result.to_dict()) if as_json else result.reply)
    if result.status == "rejected":  # refused (future date, too long, over the day, not work...): fix and retry
        raise typer.Exit(1)


def _read_jsonl(path: Path) -> list[dict]:
    from jejak.errors import JejakError

    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise JejakError(T.BAD_LINE.format(n=n)) from exc
        text = obj.get("text") or obj.get("stage") or obj.get("activity") if isinstance(obj, dict) else None
        if not text:
            raise JejakError(T.NO_TEXT.format(n=n))
        rows.append({"id": obj.get("id", n), "text": str(text)})
    return rows


ANALYZE_KEYS = ("berakhlak", "berakhlak_ranking", "berakhlak_scores", "probis", "pokin", "rhk",
                "explanation", "citations", "analyst")


@app.command("analyze", help=T.ANALYZE_HELP)
def analyze(
    jsonl: Path = typer.Option(..., "--jsonl", exists=True, dir_okay=False, help="Masukan JSONL"),
    out: Path | None = typer.Option(None, "--out", "-o", help="Keluaran JSONL (bawaan: layar)"),
    agency_id: str | None = typer.Option(None, "--instansi", "-i", help="Instansi untuk probis/pokin"),
    nip: str | None = typer.Option(None, "--nip", help="NIP untuk pencocokan RHK"),
) -> None:
    """Analyze activities from a JSONL file without saving, one output line per input line."""
    from agent.runner import analyze_text
    from jejak.services import Services

    rows = _read_jsonl(jsonl)
    services = Services(_settings())
    lines = []
    try:
        graph = services.graph
        for row in rows:
            res = analyze_text(graph, row["text"], agency_id=agency_id, nip=nip)
            lines.append(_dumps({"id": row["id"], **{k: res.get(k) for k in ANALYZE_KEYS}}))
    finally:
        services.close()
    if out:
        out.write_text("\n".join(lines) + "\n", encoding="utf-8")
        typer.echo(T.ANALYZED.format(n=len(lines), out=out))
    else:
        for line in lines:
            typer.echo(line)


@eval_app.callback(invoke_without_command=True, help=T.EVAL_HELP)
def evaluate(
    ctx: typer.Context,
    data: Path | None = typer.Option(None, "--data", exists=True, dir_okay=False,
                                        help="JSONL berlabel instansi di folder data (bawaan: semua set evaluasi)"),
    agency_id: str | None = typer.Option(None, "--instansi", "-i"),
    fit: bool = typer.Option(False, "--fit", help="Kalibrasi ulang parameter analis tertanam pada set ini"),
    belajar: bool = typer.Option(False, "--belajar", help="Putar ulang tiap set buta sebagai pengguna: belajar dari "
                                                         "konfirmasi dan koreksi, akurasi per sepersepuluh"),
    as_json: bool = typer.Option(False, "--json", help="Cetak metrik sebagai JSON"),
    out: Path | None = typer.Option(None, "--out", help="Berkas kalibrasi yang ditulis --fit "
                                                           "(bawaan: calibration.json di folder data)"),
) -> None:
    """Evaluate the analyst on the labelled sets (or one file), optionally fitting a new calibration first."""
    if ctx.invoked_subcommand is not None:
        return
    from jejak.eval_agent import run_eval, run_learning

    if belajar:
        run_learning(_settings(), as_json)
        return
    run_eval(_settings(), data, agency_id=agency_id, fit=fit, as_json=as_json, out=out)


@app.command("demo", help=T.DEMO_HELP)
def demo() -> None:
    """Run the offline demo on the sample agency."""
    from jejak.demo_agent import run_demo

    run_demo(_settings())
