"""``jejak bot`` (long polling or webhook)."""
from __future__ import annotations

import typer

from jejak import texts as T
from jejak.cli_apps import app


@app.command("bot")
def bot_command(
    ctx: typer.Context,
    webhook_url: str = typer.Option(None, "--webhook-url", help="URL publik untuk mode webhook."),
    port: int = typer.Option(None, "--port", help="Port lokal untuk mode webhook."),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Tampilkan log rinci."),
) -> None:
    """Jalankan bot Telegram (long polling; mode webhook dengan --webhook-url)."""
    import logging

    from telegram.error import InvalidToken

    from bot import texts
    from bot.app import build_application, responsive_gil, serve
    from bot.errors import BotError
    from jejak.redact import Redactor, install_logging
    from jejak.services import Services
    from jejak.settings import Settings

    settings = Settings()
    verbose = verbose or bool(ctx.find_root().params.get("verbose"))  # 'jejak bot -v' or 'jejak --verbose bot'
    # every line masked (the token is part of every Bot API URL); tracebacks only with --verbose
    install_logging(Redactor.from_settings(settings), logging.DEBUG if verbose else logging.INFO, tracebacks=verbose)
    webhook_url = webhook_url or settings.webhook_url
    services = Services(settings)
    try:
        application = build_application(settings, services)
    except BotError:
        services.close()
        raise
    # process-wide: this process runs the bot and nothing else, and its event loop must get the GIL
    # back from the analysis threads quickly (see responsive_gil), so the entry point sets it here
    responsive_gil()
    if webhook_url:
        typer.echo(T.BOT_RUNNING_WEBHOOK.format(url=webhook_url, port=port or settings.webhook_port))
    else:
        typer.echo(T.BOT_RUNNING_POLLING)
    try:
        serve(application, settings, webhook_url=webhook_url, port=port)
    except InvalidToken as exc:  # the Bot API refused the token: the operator has to fix it
        raise BotError(texts.BAD_TOKEN) from exc
