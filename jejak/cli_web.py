"""``jejak web`` (the dashboard) and ``jejak web tautan`` (a login link)."""
from __future__ import annotations

import typer

from jejak.cli_apps import app

web_app = typer.Typer(help="Dasbor web untuk atasan, penilai, dan admin.", invoke_without_command=True)
app.add_typer(web_app, name="web")


@web_app.callback()
def web_command(
    ctx: typer.Context,
    host: str = typer.Option("127.0.0.1", "--host", help="Alamat yang didengarkan (0.0.0.0 untuk semua)."),
    port: int = typer.Option(8080, "--port", help="Port."),
    workers: int = typer.Option(1, "--workers", help="Jumlah proses pekerja (pakai PostgreSQL bila lebih dari 1)."),
) -> None:
    """Jalankan dasbor web (masuk lewat tautan sekali pakai dari /web di bot)."""
    if ctx.invoked_subcommand is not None:
        return
    import uvicorn

    from jejak.settings import Settings
    from jejak.web_wiring import secret
    from journal.db import Journal

    settings = Settings()
    secret(settings)  # made once here, before any worker starts,
    Journal(settings.db_url).close()  # and so are the journal's tables (workers would race to create them)
    typer.echo(f"Dasbor berjalan di http://{host}:{port} (tautan masuk memakai {settings.web_url}). "
               "Ctrl+C untuk berhenti.")
    uvicorn.run("jejak.web_wiring:create", factory=True, host=host, port=port, workers=workers,
                log_level="warning", proxy_headers=True)


@web_app.command("tautan")
def link_command(nip: str = typer.Option(..., "--nip", help="NIP yang akan masuk.")) -> None:
    """Cetak tautan masuk sekali pakai (berlaku 10 menit) untuk admin tanpa Telegram."""
    from jejak.services import Services
    from jejak.settings import Settings
    from jejak.web_wiring import login_link

    settings = Settings()
    services = Services(settings)
    try:
        typer.echo(login_link(settings, services, nip))
    finally:
        services.close()
    typer.echo("Berlaku 10 menit, sekali pakai.", err=True)
