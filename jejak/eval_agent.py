"""``jejak eval``: quality of the analysis on a labelled set, on the sample agency.

When the data folder has no sample agency, it is ingested into a temporary
folder first, so the command works on a fresh machine.
"""
from __future__ import annotations

import json
import tempfile
from pathlib import Path

import typer

from jejak import texts_agent as T
from jejak import texts_eval as TE
from jejak.setup_agent import SAMPLE_PACK, has_sample, ingest_sample


def _services_with_sample(settings, instansi: str):
    """(services, tempdir or None): the configured data folder, or a temporary one with the pack."""
    from jejak.services import Services

    services = Services(settings)
    if has_sample(services, instansi):
        return services, None
    services.close()
    tmp = tempfile.TemporaryDirectory(prefix="jejak-eval-")
    services = Services(settings.model_copy(update={"data_dir": Path(tmp.name), "database_url": None,
                                                    "chroma_url": None}))
    typer.echo(T.INGESTING.format(instansi=instansi, pack=SAMPLE_PACK), err=True)
    ingest_sample(services, instansi)
    return services, tmp


def run_eval(settings, data: Path, *, instansi: str | None, fit: bool, as_json: bool) -> None:
    from agent.evaluate import instansi_for, load_items, run
    from agent.runner import analyze_text

    instansi = instansi or settings.default_instansi
    items = load_items(data)
    services, tmp = _services_with_sample(settings, instansi)
    try:
        graph = services.graph
        if fit:
            _fit(services, graph, items, instansi)
        preds, metrics = run(items, lambda it: analyze_text(
            graph, it["text"], instansi=instansi_for(it, instansi), nip=it.get("nip")))
    finally:
        services.close()
        if tmp is not None:
            tmp.cleanup()
    if as_json:
        typer.echo(json.dumps(metrics.to_dict(), ensure_ascii=False))
        return
    typer.echo(T.EVAL_HEAD.format(path=data, n=metrics.n, np=metrics.counts.get("probis", 0),
                                  nr=metrics.counts.get("rhk", 0)))
    for name, m in metrics.per_value.items():
        typer.echo(T.EVAL_VALUES.format(name=name, **m))
    typer.echo(T.EVAL_SUMMARY.format(**metrics.to_dict()))
    fmt = lambda v: "-" if v is None else f"{v:.3f}"  # noqa: E731
    typer.echo(T.EVAL_TOP1.format(probis=fmt(metrics.probis_top1), pokin=fmt(metrics.pokin_top1),
                                  rhk=fmt(metrics.rhk_top1)))


def _fit(services, graph, items, instansi: str) -> None:
    from datetime import date

    from agent.analyst import calibrate as C
    from journal.activities import person_rhk, staff_profile

    def unit(nip):
        p = staff_profile(services.journal, nip)
        return p.unit if p else None

    data = C.collect(graph.context, items, date.today(), instansi,
                     lambda nip: person_rhk(services.journal, nip), unit)
    for folds, seeds in ((2, (1, 2, 3)), (5, (7,))):
        typer.echo(TE.EVAL_CV.format(folds=folds, splits=len(seeds), **C.cross_validate(data, folds, seeds)))
    C.save(C.fit_all(data))
    typer.echo(T.EVAL_SAVED.format(path=C.V.CALIBRATION_FILE))
