"""Hostile files for ``jejak ingest``: time and peak memory of each, with the default limits.

    python -m devtools.hostile [--tree PATH] [--keep DIR]

Made here, in a temporary folder: a 3 MB DOCX whose text inflates to 1 GB, an XLSX of
100,000 rows, the same with JEJAK_MAX_ROWS raised to 200,000 (then the chunk limit stops it),
an XLSX that claims a million rows with two cells, and a 3,000-page PDF. Each is ingested by a
fresh ``jejak ingest`` process; its wall time and peak RSS (``wait4``) are printed with the
reason it was skipped.
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

from devtools.processes import child_env

ROOT = Path(__file__).resolve().parent.parent


def docx_bomb(path: Path, inflated_mb: int = 1024) -> Path:
    """A valid DOCX (python-docx's template) whose document.xml holds ``inflated_mb`` of text."""
    import docx

    seed = path.with_suffix(".seed.docx")
    docx.Document().save(str(seed))
    para = ("<w:p><w:r><w:t>" + "rapat koordinasi tim " * 200 + "</w:t></w:r></w:p>").encode()
    with zipfile.ZipFile(seed) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as out:
        for info in src.infolist():
            if info.filename != "word/document.xml":
                out.writestr(info, src.read(info))
                continue
            xml = src.read(info).decode()
            head, tail = xml.split("<w:body>", 1)
            member = zipfile.ZipInfo("word/document.xml")
            member.compress_type = zipfile.ZIP_DEFLATED
            with out.open(member, "w", force_zip64=True) as fh:
                fh.write((head + "<w:body>").encode())
                written = 0
                block = para * 256
                while written < inflated_mb * 1024 * 1024:
                    fh.write(block)
                    written += len(block)
                fh.write(tail.encode())
    seed.unlink()
    return path


def xlsx_rows(path: Path, rows: int) -> Path:
    """An XLSX with ``rows`` process rows, to hit the row limit."""
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Probis")
    ws.append(["Kode", "Nama_Proses", "Keluaran"])
    for i in range(rows):
        ws.append([f"PB-{i}", f"Proses bisnis nomor {i} pengolahan data", "laporan"])
    wb.save(str(path))
    return path


def xlsx_sparse(path: Path) -> Path:
    """An XLSX that claims a million rows with two cells, to check the loader does not trust its dimensions."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws["A1"], ws["XFD1048576"] = "Kode", "ujung"
    wb.save(str(path))
    return path


def pdf_pages(path: Path, pages: int) -> Path:
    """A PDF of ``pages`` pages, to hit the page limit."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("helvetica", size=11)
    for i in range(pages):
        pdf.add_page()
        pdf.cell(0, 10, f"Halaman {i} pedoman pelayanan")
    pdf.output(str(path))
    return path


def ingest(tree: Path, path: Path, data: Path, env_extra: dict[str, str]) -> tuple[float, float, str]:
    """(seconds, peak RSS in MB, the reason or status line) of one ``jejak ingest`` process."""
    env = child_env(PYTHONPATH=str(tree), JEJAK_DATA_DIR=str(data), **env_extra)
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", "from jejak.cli import main; main()", "ingest", str(path),
                             "--instansi", "uji"], env=env, cwd=data.parent, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True)
    out = proc.stdout.read()
    _, _, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - started
    lines = out.splitlines()
    start = next((i for i, line in enumerate(lines) if "Dilewati" in line), None)
    if start is None:
        reason = lines[-1] if lines else ""
    else:  # the reason column of the 'Dilewati' table, unfolded
        reason = " ".join(line.split("│")[2].strip() for line in lines[start:] if line.count("│") >= 3)
    return seconds, usage.ru_maxrss / 1024, " ".join(reason.split())


def main() -> None:
    """Make the hostile files and ingest each in a fresh process, printing time, peak memory and the refusal."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--tree", type=Path, default=ROOT)
    parser.add_argument("--keep", type=Path, help="keep the generated files here")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="jejak-hostile-"))
    try:
        cases = [
            ("DOCX 1 GB inflated", docx_bomb(folder / "bom.docx"), {}),
            ("XLSX 100,000 rows", xlsx_rows(folder / "probis-100k.xlsx", 100_000), {}),
            ("XLSX 100,000 rows, JEJAK_MAX_ROWS=200000", folder / "probis-100k.xlsx", {"JEJAK_MAX_ROWS": "200000"}),
            ("XLSX claiming 1,048,576 rows", xlsx_sparse(folder / "jarang.xlsx"), {}),
            ("PDF 3,000 pages", pdf_pages(folder / "panduan.pdf", 3000), {}),
        ]
        for name, path, env in cases:
            data = folder / f"data-{path.stem}-{len(env)}"
            seconds, rss, reason = ingest(args.tree, path, data, env)
            size = path.stat().st_size / 1024 / 1024
            print(f"{name} ({size:.1f} MB): {seconds:.1f} s, peak RSS {rss:.0f} MB -> {reason}", flush=True)
        if args.keep:
            args.keep.mkdir(parents=True, exist_ok=True)
            for _, path, _ in cases:
                shutil.copy(path, args.keep / path.name)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
