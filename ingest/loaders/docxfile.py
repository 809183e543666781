"""DOCX, read as a stream: headings become Markdown headings, list items "- ", table rows
"- a | b | c", all in document order.

``word/document.xml`` is parsed element by element (lxml ``iterparse``) and each finished
paragraph or table is dropped from memory, so a large document costs its text, not a tree
of it; the container's inflated size is bounded first (``ingest.limits.check_zip``).
"""
from __future__ import annotations

import zipfile
from pathlib import Path

from ingest import texts as T
from ingest.errors import IngestError
from ingest.limits import IngestLimits, check_zip
from ingest.loaders.document import Loaded, Page

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
BODY = "word/document.xml"


def _style_names(z: zipfile.ZipFile) -> dict[str, str]:
    """styleId -> lower-case style name ('Heading1' -> 'heading 1')."""
    from lxml import etree

    try:
        raw = z.read("word/styles.xml")
    except KeyError:
        return {}
    names = {}
    for style in etree.fromstring(raw, parser=etree.XMLParser(resolve_entities=False, huge_tree=False)).iter(f"{W}style"):
        sid = style.get(f"{W}styleId")
        name = style.find(f"{W}name")
        if sid:
            names[sid] = (name.get(f"{W}val") if name is not None else sid).lower()
    return names


def _text(p) -> str:
    out = []
    for el in p.iter(f"{W}t", f"{W}tab", f"{W}br", f"{W}cr"):
        if el.tag == f"{W}t":
            out.append(el.text or "")
        elif el.tag == f"{W}tab":
            out.append("\t")
        else:
            out.append("\n")
    return "".join(out).strip()


def _line(p, styles: dict[str, str]) -> str:
    text = _text(p)
    if not text:
        return ""
    ref = p.find(f"{W}pPr/{W}pStyle")
    sid = (ref.get(f"{W}val") if ref is not None else None) or ""
    style = styles.get(sid, sid.lower())
    if style.startswith("heading") or style.startswith("judul"):
        level = "".join(c for c in style if c.isdigit()) or "1"
        return "#" * min(int(level), 6) + " " + text
    if style.startswith("list") or p.find(f"{W}pPr/{W}numPr") is not None:
        return "- " + text
    return text


def _row(tr) -> str:
    cells = [" ".join(_text(p) for p in tc.iter(f"{W}p")).strip() for tc in tr.iterchildren(f"{W}tc")]
    return "- " + " | ".join(cells) if any(cells) else ""


def load_docx(path: Path, limits: IngestLimits | None = None, on_read=None) -> Loaded:
    """Read a DOCX's paragraphs and tables by streaming its XML, after checking the archive is not a zip bomb."""
    from lxml import etree

    check_zip(path, limits or IngestLimits(), T.DOCX_CORRUPT)
    lines: list[str] = []
    try:
        with zipfile.ZipFile(path) as z:
            styles = _style_names(z)
            with z.open(BODY) as fh:
                depth = 0  # inside a table (tables nest)
                for event, el in etree.iterparse(fh, events=("start", "end"), tag=(f"{W}p", f"{W}tbl", f"{W}tr"),
                                                 resolve_entities=False, huge_tree=True):
                    if el.tag == f"{W}tbl":
                        depth += 1 if event == "start" else -1
                        if event == "end" and depth == 0:
                            lines.append("")
                            _drop(el)
                        continue
                    if event != "end":
                        continue
                    if el.tag == f"{W}tr" and depth == 1:
                        row = _row(el)
                        if row:
                            lines.append(row)
                    elif el.tag == f"{W}p" and depth == 0:
                        lines += [_line(el, styles), ""]
                        _drop(el)
                        if on_read and len(lines) % 1000 < 2:
                            on_read(len(lines) // 2, T.UNIT_ROWS)
    except (zipfile.BadZipFile, KeyError, ValueError, etree.XMLSyntaxError) as exc:
        raise IngestError(T.DOCX_CORRUPT) from exc
    text = "\n".join(lines)
    if not text.strip():
        raise IngestError(T.NO_TEXT)
    return Loaded(pages=[Page(text)], n_pages=1)


def _drop(el) -> None:
    """Free a finished element and what came before it (iterparse keeps the tree otherwise)."""
    el.clear()
    parent = el.getparent()
    if parent is not None:
        while el.getprevious() is not None:
            del parent[0]
