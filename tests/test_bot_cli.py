"""`jejak bot` and `jejak bench bot` on the command line."""

from jejak.cli import main


def _run(args):
    try:
        main(args)
    except SystemExit as exc:
        return exc.code or 0
    return 0


def test_bot_without_token_says_what_to_do(settings, capsys):
    assert _run(["bot"]) == 1
    assert "JEJAK_TELEGRAM_TOKEN" in capsys.readouterr().err


def test_help_lists_bot_commands(capsys):
    _run(["--help"])
    assert "bot" in capsys.readouterr().out
    _run(["bench", "bot", "--help"])
    out = capsys.readouterr().out
    assert "--users" in out and "--think" in out
