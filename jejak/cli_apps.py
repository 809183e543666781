"""The typer apps of the ``jejak`` command; feature modules add commands to them."""
from __future__ import annotations

import typer

app = typer.Typer(
    help="JEJAK ASN: jurnal aktivitas kinerja ASN yang dinilai terhadap proses bisnis, "
    "pohon kinerja, SKP dan nilai BerAKHLAK.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
kb_app = typer.Typer(help="Basis pengetahuan instansi: daftar, hapus, cari, evaluasi.", no_args_is_help=True)
sheets_app = typer.Typer(help="Cermin Google Sheets: status, sinkron, bangun ulang, impor.", no_args_is_help=True)
eval_app = typer.Typer(help="Evaluasi mutu analisis (tanpa subperintah: penilaian aktivitas).")

app.add_typer(kb_app, name="kb")
app.add_typer(sheets_app, name="sheets")
app.add_typer(eval_app, name="eval")
