"""Structure-aware chunking of text.

Units are paragraphs, list items (with their continuation lines) and table
rows; they are packed into chunks of at most ``max_chars`` without being cut,
and a new heading always starts a new chunk. Every chunk carries its heading
path (``Profil > Misi``) at the top, so a chunk's text says what it is about.
Only a single unit longer than the limit is split, at sentence boundaries.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

MAX_CHARS = 900
_MD_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")
_LIST_ITEM = re.compile(r"^\s*(?:[-*+•]|\d{1,3}[.)]|[a-zA-Z][.)])\s+")
_SENTENCE = re.compile(r"(?<=[.!?;])\s+")


@dataclass
class TextChunk:
    text: str
    section: str | None
    page: int | None = None


def _plain_heading(line: str, nxt: str | None) -> bool:
    """A PDF line that looks like a heading: short, no final punctuation, text follows."""
    s = line.strip()
    return (
        3 <= len(s) <= 70
        and s[0].isupper()
        and not s.endswith((".", ",", ";", ":", ")"))
        and not _LIST_ITEM.match(s)
        and len(s.split()) <= 9
        and nxt is not None
        and bool(nxt.strip())
    )


def _numbered_heading(line: str, nxt: str | None) -> bool:
    """A PDF line like ``3. Kompeten``: numbered, flush left, short, no final punctuation."""
    return (
        bool(re.match(r"^\d{1,2}[.)]\s+[A-Z]", line))
        and len(line.split()) <= 6
        and not line.rstrip().endswith((".", ",", ";", ":"))
        and nxt is not None
        and bool(nxt.strip())
    )


def _split_long(unit: str, max_chars: int) -> list[str]:
    if len(unit) <= max_chars:
        return [unit]
    parts, cur = [], ""
    for sent in _SENTENCE.split(unit):
        while len(sent) > max_chars:  # a sentence longer than a chunk: cut at a space
            cut = sent.rfind(" ", 0, max_chars)
            cut = cut if cut > 0 else max_chars
            if cur:
                parts.append(cur)
                cur = ""
            parts.append(sent[:cut].strip())
            sent = sent[cut:].strip()
        if cur and len(cur) + 1 + len(sent) > max_chars:
            parts.append(cur)
            cur = sent
        else:
            cur = f"{cur} {sent}".strip()
    if cur:
        parts.append(cur)
    return parts


def _units(lines: list[str], headings: list[str], plain_headings: bool):
    """Yield ('heading', level, text) or ('unit', text) from lines."""
    buf: list[str] = []
    kind = None

    def flush():
        nonlocal buf, kind
        if buf:
            text = " ".join(x.strip() for x in buf).strip() if kind != "row" else buf[0].strip()
            buf, kind = [], None
            if text:
                return ("unit", text)
        buf, kind = [], None
        return None

    for idx, line in enumerate(lines):
        nxt = lines[idx + 1] if idx + 1 < len(lines) else None
        m = _MD_HEADING.match(line)
        numbered = plain_headings and _numbered_heading(line, nxt)
        if m or numbered or (plain_headings and not buf and _plain_heading(line, nxt)):
            if (u := flush()):
                yield u
            title = m.group(2) if m else _LIST_ITEM.sub("", line) if numbered else line
            yield ("heading", len(m.group(1)) if m else 3 if numbered else 2, title.strip())
            continue
        if not line.strip():
            if (u := flush()):
                yield u
            continue
        if line.lstrip().startswith("|"):
            if (u := flush()):
                yield u
            if not re.fullmatch(r"[\s|:\-]+", line):
                buf, kind = [line], "row"
                if (u := flush()):
                    yield u
            continue
        if _LIST_ITEM.match(line):
            if (u := flush()):
                yield u
            buf, kind = [line], "item"
            continue
        buf.append(line)
        kind = kind or "para"
    if (u := flush()):
        yield u


def chunk_text(text: str, *, page: int | None = None, headings: list[str] | None = None,
               plain_headings: bool = False, max_chars: int = MAX_CHARS) -> list[TextChunk]:
    """Chunks of one page/document; ``headings`` carries the heading path across pages."""
    stack = headings if headings is not None else []
    chunks: list[TextChunk] = []
    body: list[str] = []

    def section() -> str | None:
        return " > ".join(h for _, h in stack) or None

    def emit():
        if body:
            sec = section()
            head = f"{sec}\n" if sec else ""
            chunks.append(TextChunk(head + "\n".join(body), sec, page))
            body.clear()

    size = 0
    for item in _units(text.replace("\r\n", "\n").split("\n"), [], plain_headings):
        if item[0] == "heading":
            emit()
            size = 0
            _, level, title = item
            while stack and stack[-1][0] >= level:
                stack.pop()
            stack.append((level, title))
            continue
        for piece in _split_long(item[1], max_chars):
            if body and size + len(piece) + 1 > max_chars:
                emit()
                size = 0
            body.append(piece)
            size += len(piece) + 1
    emit()
    return chunks
