"""``jejak bench ...``: the development commands, added to the ``jejak`` app when devtools is installed.

``jejak.cli`` imports this module (the one place the product looks for devtools, and only if it
is there); importing it adds the ``bench`` group. Each command is a thin shell around a
``devtools.bench_*`` module, which prints figures and asserts nothing: speed is measured here and
reported, never tested.
"""
from __future__ import annotations

from pathlib import Path

import typer

from devtools import texts as T
from jejak.cli_apps import app

bench_app = typer.Typer(help=T.BENCH_HELP, no_args_is_help=True)
app.add_typer(bench_app, name="bench")


def _settings():
    from jejak.settings import Settings

    return Settings()


@bench_app.command("search", help=T.SEARCH_HELP)
def bench_search(
    sizes: list[int] = typer.Option([100, 10_000], "--size", help="Ukuran korpus"),
    queries: int = typer.Option(50, "--queries", "-q", help="Jumlah kueri per ukuran"),
) -> None:
    """Time knowledge-base search per corpus size."""
    from devtools.bench_kb import run_search_bench

    run_search_bench(_settings(), sizes=sizes, n_queries=queries, echo=typer.echo)


@bench_app.command("ingest", help=T.INGEST_HELP)
def bench_ingest(pages: int = typer.Option(40, "--pages", help="Halaman PDF buatan")) -> None:
    """Time ingesting documents."""
    from devtools.bench_kb import run_ingest_bench

    run_ingest_bench(_settings(), pdf_pages=pages, echo=typer.echo)


@bench_app.command("analyze", help=T.ANALYZE_HELP)
def bench_analyze(
    n: int = typer.Option(100, "--n", help="Jumlah kegiatan berurutan"),
    concurrency: int = typer.Option(8, "--concurrency", "-c", help="Permintaan bersamaan"),
) -> None:
    """Time the whole agent graph per activity, sequential and concurrent."""
    from devtools.bench_agent import run_bench

    run_bench(_settings(), n=n, concurrency=concurrency)


@bench_app.command("bot")
def bench_bot(
    users: int = typer.Option(50, "--users", help="Jumlah pengguna simulasi serentak."),
    messages: int = typer.Option(3, "--messages", help="Pesan per pengguna."),
    timeout: float = typer.Option(30.0, "--timeout", help="Batas tunggu balasan (detik)."),
    think: float = typer.Option(0.0, "--think", help="Jeda rata-rata antar pesan seorang pengguna (detik); "
                                "0 = semua mengirim serentak tanpa jeda."),
) -> None:
    """Ukur bot lewat emulator Bot API: pesan/detik, latensi p50/p95, balasan hilang/ganda."""
    from devtools.bench_bot import run_bench

    result = run_bench(users=users, messages=messages, timeout=timeout, think=think, echo=typer.echo)
    for line in result.lines():
        typer.echo(line)


@bench_app.command("rekap", help=T.REKAP_HELP)
def bench_rekap(
    pegawai: int = typer.Option(1000, "--pegawai"),
    entri: int = typer.Option(66000, "--entri"),
    bulan: str = typer.Option("2026-11", "--bulan"),
) -> None:
    """Time building a month's recap for a large synthetic agency."""
    from devtools.bench_sheets import run_rekap

    typer.echo(T.REKAP.format(**run_rekap(staff=pegawai, entries=entri, month_key=bulan)))


@bench_app.command("sheets", help=T.SHEETS_HELP)
def bench_sheets(
    entri: int = typer.Option(1000, "--entri"),
    pegawai: int = typer.Option(200, "--pegawai"),
    kuota: int = typer.Option(60, "--kuota", help="Kuota stand-in, permintaan per menit (minimal 8)"),
) -> None:
    """Time the Sheets sync against the local stand-in under a request quota."""
    from devtools.bench_sheets import run_sheets

    if kuota < 8:
        raise typer.BadParameter(T.SHEETS_QUOTA_LOW)
    typer.echo(T.SHEETS.format(**run_sheets(entries=entri, staff=pegawai, quota=kuota)))


@bench_app.command("tanya")
def bench_tanya(
    entries: int = typer.Option(100_000, "--entri", help="Jumlah entri jurnal sintetis."),
    questions: int = typer.Option(200, "--pertanyaan", help="Jumlah pertanyaan yang diukur."),
    db: Path = typer.Option(None, "--db", help="Simpan/pakai ulang jurnal sintetis di berkas ini."),
) -> None:
    """Latensi jawaban p50/p95 tanpa LLM atas jurnal sintetis (bawaan 100.000 entri)."""
    from devtools.bench_tanya import run

    typer.echo(T.TANYA_RESULT.format(**run(_settings(), entries=entries, questions=questions, db=db,
                                          echo=typer.echo)))


@bench_app.command("web")
def bench_web(
    staff: int = typer.Option(200, "--pegawai", help="Pegawai dalam satu unit."),
    months: int = typer.Option(3, "--bulan", help="Bulan entri."),
    requests: int = typer.Option(60, "--permintaan", help="Permintaan yang diukur per halaman."),
) -> None:
    """Latensi p50/p95 halaman Tim dan antrean Tinjauan untuk satu unit sintetis."""
    from devtools.bench_web import run

    for line in run(staff=staff, months=months, requests=requests):
        typer.echo(line)
