"""``jejak koreksi`` and ``jejak konfirmasi``: correct or confirm an entry's analysis."""
from __future__ import annotations

import typer

from jejak import texts as T
from jejak.cli_apps import app


def _services():
    from jejak.services import Services
    from jejak.settings import Settings

    return Services(Settings())


@app.command("koreksi", help=T.KOREKSI_HELP)
def koreksi(
    activity_id: int = typer.Argument(..., help="Nomor entri"),
    nip: str = typer.Option(..., "--nip", help="NIP yang mengoreksi (pemilik entri atau atasannya)"),
    rhk: str | None = typer.Option(None, "--rhk", help="Kode RHK pemilik entri, atau '-' bila tidak ada"),
    probis: str | None = typer.Option(None, "--probis", help="Kode proses bisnis, atau '-' bila tidak ada"),
    pokin: str | None = typer.Option(None, "--pokin", help="Kode pohon kinerja, atau '-' bila tidak ada"),
    nilai: str | None = typer.Option(None, "--nilai", help='Nilai BerAKHLAK, dipisah koma: "Akuntabel,Kompeten"'),
) -> None:
    """Correct an entry's analysis; the corrected entry becomes an example the analyst learns from."""
    from agent.corrections import correct
    from jejak.errors import JejakError

    codes = {k: v for k, v in (("rhk", rhk), ("probis", probis), ("pokin", pokin)) if v is not None}
    values = [v.strip() for v in nilai.split(",") if v.strip()] if nilai is not None else None
    if not codes and values is None:
        raise JejakError(T.NOTHING)
    svc = _services()
    try:
        changes = correct(svc.graph.context, activity_id, nip, codes=codes, values=values)
    finally:
        svc.close()
    if not changes:
        typer.echo(T.UNCHANGED.format(id=activity_id))
        return
    typer.echo(T.CORRECTED.format(id=activity_id))
    for c in changes:
        typer.echo(T.CHANGE.format(field=T.FIELDS.get(c.field, c.field), old=c.old_value or T.NONE,
                                   new=c.new_value or T.NONE))


@app.command("konfirmasi", help=T.KONFIRMASI_HELP)
def konfirmasi(
    activity_id: int = typer.Argument(..., help="Nomor entri"),
    nip: str = typer.Option(..., "--nip", help="NIP pemilik entri"),
) -> None:
    """Confirm an entry's analysis; the confirmed entry becomes an example the analyst learns from."""
    from agent.corrections import confirm

    svc = _services()
    try:
        confirm(svc.graph.context, activity_id, nip)
    finally:
        svc.close()
    typer.echo(T.CONFIRMED.format(id=activity_id))
