"""``jejak eval``: quality of the analysis per agency and per data set.

Without ``--data`` every data set is measured (``agent.evaluation.datasets``): the
developers' own set on the sample agency, and the blind sets of agencies nobody
here designed. Their documents are ingested into an evaluation workspace
(``<data>/eval``, re-ingested only when a document changed), each under its own
agency id. With ``--data FILE`` a labelled set of an agency already in the data
folder is measured as it is.
"""
from __future__ import annotations

import json
from pathlib import Path

import typer

from jejak import texts_eval as T


def workspace(settings):
    """Services on the evaluation workspace, with every data set's documents and staff in it."""
    from agent.evaluation.datasets import discover
    from jejak.services import Services
    from jejak.setup_agent import ingest_pack

    services = Services(settings.model_copy(update={"data_dir": settings.data_dir / "eval", "database_url": None,
                                                    "chroma_url": None}))
    datasets = discover()
    for agency, docs in dict((d.agency, d.docs) for d in datasets).items():
        typer.echo(T.PREPARING.format(agency=agency, docs=docs), err=True)
        ingest_pack(services, agency, docs)
    return services, datasets


def _fmt(v) -> str:
    return "-" if v is None else f"{v:.3f}"


def _row(name: str, m) -> str:
    cells = [f"{name:<28}", f"{m.n:>4}"]
    for kind in ("probis", "pokin", "rhk"):
        k = m.kinds.get(kind)
        cells.append(" ".join(_fmt(getattr(k, a, None) if k else None)
                              for a in ("top1", "recall_at_k", "precision", "answered")))
    cells.append(f"{m.r_precision:.3f} {m.macro_f1:.3f}")
    return " | ".join(cells)


def report(results, as_json: bool) -> None:
    from agent.evaluation.run import pooled

    groups = {
        T.POOL_BLIND: [r for r in results if r.dataset.blind and not r.dataset.final],
        T.POOL_FINAL: [r for r in results if r.dataset.final],
    }
    if as_json:
        out = {r.dataset.label: r.metrics.to_dict() for r in results}
        out.update({name: pooled(rs).to_dict() for name, rs in groups.items() if rs})
        typer.echo(json.dumps(out, ensure_ascii=False))
        return
    typer.echo(T.TABLE_HEAD)
    for r in results:
        typer.echo(_row(r.dataset.label, r.metrics))
    for name, rs in groups.items():
        if rs:
            typer.echo(_row(name, pooled(rs)))
    typer.echo(T.TABLE_NOTE)


def run_eval(settings, data: Path | None, *, instansi: str | None, fit: bool, as_json: bool) -> None:
    from agent.evaluation.datasets import Dataset, SAMPLE_PACK
    from agent.evaluation.run import evaluate

    if data is not None:
        from jejak.services import Services

        services = Services(settings)
        agency = instansi or settings.default_instansi
        datasets = [Dataset(data.stem, agency, SAMPLE_PACK, data, blind=False)]
    else:
        services, datasets = workspace(settings)
    try:
        if fit:
            _fit(services, datasets)
        results = [evaluate(services.graph, services.knowledge, d) for d in datasets]
    finally:
        services.close()
    report(results, as_json)


def _fit(services, datasets) -> None:
    from datetime import date

    from agent.analyst import calibrate as C
    from agent.evaluation.datasets import load_items
    from journal.activities import person_rhk, staff_profile

    def unit(nip):
        p = staff_profile(services.journal, nip)
        return p.unit if p else None

    dev = next(d for d in datasets if not d.blind)
    items = load_items(dev.items)
    data = C.collect(services.graph.context, items, date.today(), dev.agency,
                     lambda nip: person_rhk(services.journal, nip), unit)
    for folds, seeds in ((2, (1, 2, 3)), (5, (7,))):
        typer.echo(T.EVAL_CV.format(folds=folds, splits=len(seeds), **C.cross_validate(data, folds, seeds)))
    C.save(C.fit_all(data))
    typer.echo(T.EVAL_SAVED.format(path=C.V.CALIBRATION_FILE))
