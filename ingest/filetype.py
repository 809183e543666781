"""A file's real type read from its first bytes, compared with what its name and MIME type claim.

An executable renamed ``.pdf`` or a text file renamed ``.jpg`` is caught here, whatever
the sender's client declared.
"""
from __future__ import annotations

import codecs
import io
import zipfile
from pathlib import Path

# what a name's suffix or a declared MIME type claims, as one of the kinds below
CLAIMS = {
    ".jpg": "jpeg", ".jpeg": "jpeg", ".png": "png", ".webp": "webp", ".heic": "heic", ".pdf": "pdf",
    ".docx": "docx", ".xlsx": "xlsx", ".pptx": "pptx", ".doc": "ole", ".xls": "ole", ".txt": "text", ".csv": "text",
    ".md": "text",
    "image/jpeg": "jpeg", "image/png": "png", "image/webp": "webp", "image/heic": "heic", "application/pdf": "pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "xlsx",
    "application/vnd.openxmlformats-officedocument.presentationml.presentation": "pptx",
    "application/msword": "ole", "application/vnd.ms-excel": "ole", "text/plain": "text", "text/csv": "text",
    "text/markdown": "text",
}
_OOXML = {"word/": "docx", "xl/": "xlsx", "ppt/": "pptx"}


def sniff(data: bytes) -> str:
    """The kind of file ``data`` is: jpeg, png, webp, heic, pdf, docx, xlsx, pptx, ole, text, or unknown."""
    head = data[:16]
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "webp"
    if data[4:12] in (b"ftypheic", b"ftypheix", b"ftypmif1", b"ftyphevc"):
        return "heic"
    if head.startswith(b"%PDF-"):
        return "pdf"
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "ole"
    if head.startswith(b"PK\x03\x04"):
        try:
            names = zipfile.ZipFile(io.BytesIO(data)).namelist()
        except zipfile.BadZipFile:
            return "unknown"
        for prefix, kind in _OOXML.items():
            if any(n.startswith(prefix) for n in names):
                return kind
        return "unknown"
    if b"\x00" not in data[:4096]:
        try:
            codecs.getincrementaldecoder("utf-8")().decode(data[:4096], final=False)
            return "text"
        except UnicodeDecodeError:
            return "unknown"
    return "unknown"


def claimed(name: str | None, mime: str | None) -> set[str]:
    """The kinds a file's name and declared MIME type claim."""
    out = set()
    if name and Path(name).suffix.lower() in CLAIMS:
        out.add(CLAIMS[Path(name).suffix.lower()])
    if mime and mime in CLAIMS:
        out.add(CLAIMS[mime])
    return out


def matches(data: bytes, name: str | None, mime: str | None) -> tuple[bool, str]:
    """(content agrees with every claim, the content's kind)."""
    kind = sniff(data)
    claims = claimed(name, mime)
    return bool(claims) and kind != "unknown" and claims <= {kind}, kind
