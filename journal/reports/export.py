"""Write a recap to files in one of the offline formats (xlsx, pdf, png, csv)."""
from __future__ import annotations

from pathlib import Path

from journal.recap import Recap

FORMATS = ("xlsx", "pdf", "png", "sheets", "csv")


def default_name(recap: Recap, fmt: str) -> str:
    """A file name for an exported recap that says what it covers and is safe on every filesystem."""
    key = "".join(c if c.isalnum() or c in "-_" else "_" for c in recap.target.key)
    return f"rekap-{recap.target.kind}-{key}-{recap.period.key}.{fmt}"


def write_files(recap: Recap, fmt: str, out: Path | None = None) -> list[Path]:
    """The files written: one for xlsx/pdf/csv, three PNG charts (``-jam``, ``-nilai``, ``-rhk``) for png."""
    path = Path(out) if out else Path(default_name(recap, fmt))
    if path.is_dir() or (out is not None and (str(out).endswith(("/", "\\")) or not path.suffix)):
        path.mkdir(parents=True, exist_ok=True)
        path = path / default_name(recap, fmt)
    path.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "xlsx":
        from journal.reports.xlsx import to_bytes

        path.write_bytes(to_bytes(recap))
        return [path]
    if fmt == "pdf":
        from journal.reports.pdf import build_pdf

        path.write_bytes(build_pdf(recap))
        return [path]
    if fmt == "csv":
        from journal.reports.ekinerja import to_csv

        path.write_bytes(to_csv(recap))
        return [path]
    if fmt == "png":
        from journal.reports.charts import all_charts

        written = []
        for name, data in all_charts(recap).items():
            p = path.with_name(f"{path.stem}-{name}.png")
            p.write_bytes(data)
            written.append(p)
        return written
    raise ValueError(fmt)
