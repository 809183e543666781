"""Secrets never printed: every line the command line prints and every log line is masked.

Masked are the configured secrets themselves (Telegram token, LLM key, the database
password, the service account's private key) wherever they appear (a Bot API URL, an
upstream error text, a traceback), and anything shaped like a secret: API keys (``sk-...``,
``AIza...``), bearer tokens, Telegram bot tokens, passwords in URLs and PEM private keys.
``install_logging`` puts a masking formatter on the root logger's handler, so python-telegram-bot,
httpx, LangChain and our own modules are all covered.
"""
from __future__ import annotations

import json
import logging
import re
import sys

MASK = "***"
PATTERNS = (
    (re.compile(r"-----BEGIN [A-Z ]*PRIVATE KEY-----.*?-----END [A-Z ]*PRIVATE KEY-----", re.S), MASK),
    (re.compile(r"\b(sk|rk|pk)-[A-Za-z0-9_\-]{12,}"), MASK),  # OpenAI, Anthropic and the like
    (re.compile(r"\bAIza[0-9A-Za-z_\-]{30,}"), MASK),  # Google API keys
    (re.compile(r"\b\d{5,}:[A-Za-z0-9_\-]{30,}"), MASK),  # Telegram bot tokens
    (re.compile(r"(?i)\b(bearer|token|basic)\s+[A-Za-z0-9._\-+/=]{12,}"), r"\1 " + MASK),
    (re.compile(r"(?i)\b((?:api[_-]?key|access[_-]?token|password|passwd|secret|key)=)[^\s&\"']+"), r"\1" + MASK),
    (re.compile(r"(?<=://)([^:/@\s]+):[^@\s/]+@"), r"\1:" + MASK + "@"),  # user:password@host
)


class Redactor:
    def __init__(self, secrets=()):
        self.secrets = sorted({s for s in secrets if s and len(s) >= 4}, key=len, reverse=True)

    @classmethod
    def from_settings(cls, settings) -> Redactor:
        return cls(secret_values(settings))

    def __call__(self, text: str) -> str:
        text = str(text)
        for secret in self.secrets:
            text = text.replace(secret, MASK)
        for pattern, repl in PATTERNS:
            text = pattern.sub(repl, text)
        return text


def secret_values(settings) -> list[str]:
    """The secrets of a configuration, as they could appear in text."""
    from urllib.parse import quote

    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    out = []
    for name in ("telegram_token", "llm_api_key", "web_secret"):
        value = getattr(settings, name, None)
        value = value.get_secret_value() if hasattr(value, "get_secret_value") else value
        if value:
            out += [value, quote(value, safe="")]
    if getattr(settings, "database_url", None):
        try:
            password = make_url(settings.database_url).password
        except ArgumentError:  # an unparsable URL: the user:password@ pattern still masks it
            password = None
        if password:
            out += [password, quote(password, safe="")]
    path = getattr(settings, "google_service_account", None)
    if path:
        try:
            key = json.loads(path.read_text(encoding="utf-8")).get("private_key")
        except (OSError, ValueError, AttributeError):
            key = None
        if key:
            out += [key, key.replace("\n", "\\n")]
    return out


class RedactingFormatter(logging.Formatter):
    """Masks every line; without ``tracebacks`` an exception shows as one ``Type: message`` line."""

    def __init__(self, redact: Redactor, fmt: str, tracebacks: bool = False):
        super().__init__(fmt)
        self.redact = redact
        self.tracebacks = tracebacks

    def format(self, record: logging.LogRecord) -> str:
        if record.exc_info and not self.tracebacks:
            exc = record.exc_info[1]
            record = logging.makeLogRecord({**record.__dict__, "exc_info": None, "exc_text": None,
                                            "stack_info": None})
            record.msg = f"{record.getMessage()} ({type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else '-'})"
            record.args = None
        return self.redact(super().format(record))


LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class StderrHandler(logging.StreamHandler):
    """Writes to whatever ``sys.stderr`` is at the time (tests swap it)."""

    def __init__(self):
        logging.Handler.__init__(self)

    @property
    def stream(self):  # type: ignore[override]
        return sys.stderr


def install_logging(redact: Redactor, level: int = logging.WARNING, *, tracebacks: bool = False):
    """One stderr handler on the root logger, masking every line (replaces earlier handlers);
    tracebacks only when asked for (``--verbose``). Returns a function that undoes it (for
    callers that run a command inside a longer-lived process, such as the tests)."""
    root = logging.getLogger()
    before = (root.level, list(root.handlers),
              {n: logging.getLogger(n).level for n in ("httpx", "httpcore", "apscheduler", "chromadb", "urllib3")})
    for h in list(root.handlers):
        if getattr(h, "jejak", False):
            root.removeHandler(h)
    handler = StderrHandler()
    handler.jejak = True  # type: ignore[attr-defined]
    handler.setFormatter(RedactingFormatter(redact, LOG_FORMAT, tracebacks))
    root.addHandler(handler)
    root.setLevel(level)
    for noisy in ("httpx", "httpcore", "apscheduler", "chromadb", "urllib3"):
        logging.getLogger(noisy).setLevel(max(level, logging.WARNING) if level > logging.DEBUG else logging.INFO)

    def undo() -> None:
        root.removeHandler(handler)
        for h in before[1]:
            if h not in root.handlers:
                root.addHandler(h)
        root.setLevel(before[0])
        for name, lvl in before[2].items():
            logging.getLogger(name).setLevel(lvl)

    return undo
