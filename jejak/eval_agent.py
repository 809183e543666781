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

from jejak import texts as T


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
    """Print each data set's metrics and the pooled ones (blind and final sets), as a table or JSON."""
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


def run_learning(settings, as_json: bool) -> None:
    """``--belajar``: every blind set replayed in order on a copy of the workspace."""
    import shutil
    import tempfile
    from datetime import date

    from agent.evaluation.datasets import load_items
    from agent.evaluation.replay import KINDS, replay
    from agent.evaluation.run import resolver, with_ids
    from jejak.services import Services

    services, datasets = workspace(settings)
    services.close()
    results = []
    with tempfile.TemporaryDirectory(prefix="jejak-belajar-") as tmp:
        for d in (d for d in datasets if d.blind):
            copy = Path(tmp) / d.label.replace(" ", "_")
            shutil.copytree(settings.data_dir / "eval", copy)
            svc = Services(settings.model_copy(update={"data_dir": copy, "database_url": None, "chroma_url": None}))
            try:
                typer.echo(T.LEARN_RUN.format(name=d.label), err=True)
                names = {k: {r.id: (r.name if k == "probis" else r.statement)
                             for r in svc.knowledge.records(d.agency, k)} for k in ("probis", "pokin")}
                items = with_ids(load_items(d.items), resolver(svc.knowledge, d.agency))
                results.append(replay(svc.graph, svc.journal, d.label, d.agency, items, names, date.today()))
            finally:
                svc.close()
    if as_json:
        typer.echo(json.dumps({r.name: {k: {"tenths": r.tenths(k), "with_example": r.with_example(k)}
                                        for k in KINDS} for r in results}, ensure_ascii=False))
        return
    for r in results:
        typer.echo(T.LEARN_HEAD.format(name=r.name))
        for k in KINDS:
            acc, n = r.with_example(k)
            tenths = " ".join("-" if v is None else f"{v:.2f}" for v in r.tenths(k))
            typer.echo(T.LEARN_ROW.format(kind=k, tenths=tenths, acc=_fmt(acc), n=n))


def run_eval(settings, data: Path | None, *, agency_id: str | None, fit: bool, as_json: bool,
             out: Path | None = None) -> None:
    """Evaluate the data sets (or one file) and report; with ``fit``, calibrate on the non-final sets first."""
    from agent.evaluation.datasets import SAMPLE_PACK, Dataset
    from agent.evaluation.run import evaluate

    if data is not None:
        from jejak.services import Services

        services = Services(settings)
        agency = agency_id or settings.default_instansi
        datasets = [Dataset(data.stem, agency, SAMPLE_PACK, data, blind=False)]
    else:
        services, datasets = workspace(settings)
    try:
        if fit:
            _fit(services, datasets, out or settings.data_dir / "calibration.json")
        results = [evaluate(services.graph, services.knowledge, d) for d in datasets]
    finally:
        services.close()
    report(results, as_json)


def _fit(services, datasets, out: Path) -> None:
    """Collect every non-final set's features, report each agency held out, fit on all and save."""
    from agent.analyst import calibrate as C
    from agent.analyst import calibration
    from agent.evaluation.datasets import load_items
    from agent.evaluation.metrics import score
    from agent.evaluation.run import resolver, with_ids
    from journal.activities import staff_profile
    from knowledge.embeddings import embedder_name

    def profile(nip):
        p = staff_profile(services.journal, nip)
        return p and {"nip": p.nip, "name": p.name, "agency_id": p.agency_id, "jabatan": p.jabatan, "unit": p.unit}

    ctx = services.graph.context
    items, used = [], []
    for d in (d for d in datasets if not d.final):
        typer.echo(T.FIT_COLLECT.format(name=d.label), err=True)
        rows = with_ids(load_items(d.items), resolver(services.knowledge, d.agency))
        items += C.collect(ctx, d.name, d.agency, rows, profile)
        used.append((d.name, d.items))
    held = {}
    if len({it.agency for it in items}) < 2:
        typer.echo(T.FIT_ONE_AGENCY)
    typer.echo(T.FIT_HEAD)
    for agency, (test, preds) in C.leave_one_agency_out(items).items():
        labels = [{**it.labels, "berakhlak": [n for n, g in zip(C.NAMES, it.values_gold, strict=True) if g]}
                  for it in test]
        m = score(labels, preds)
        held[agency] = m.to_dict()
        typer.echo(_row(agency, m))
    fit = C.fit_all(items)
    cal = {**fit.params(), "provenance": C.provenance(embedder_name(services.embeddings), used, held)}
    typer.echo(T.EVAL_SAVED.format(path=C.save(cal, out)))
    ctx.embedded.params = calibration.load(out, embedder_name(services.embeddings))  # the report uses it
