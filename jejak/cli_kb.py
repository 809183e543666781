"""``jejak ingest`` and ``jejak kb ...``."""
from __future__ import annotations

import json
import time
from pathlib import Path

import typer

from jejak import texts as T
from jejak.cli_apps import app, kb_app

PROGRESS_LOG_EVERY_S = 5.0  # progress lines when the output is not a terminal
DEFAULT_QUERIES = Path(__file__).resolve().parent.parent / "knowledge" / "samples" / "dsis" / "kb-queries.jsonl"


def _settings():
    from jejak.settings import Settings

    return Settings()


def _console():
    from rich.console import Console

    return Console(width=120)


@app.command("ingest", help=T.INGEST_HELP)
def ingest(
    paths: list[Path] = typer.Argument(..., help="Berkas atau folder"),
    agency_id: str | None = typer.Option(None, "--instansi", "-i", help="Kode instansi, mis. dsis"),
    doc_type: str | None = typer.Option(None, "--type", "-t", help="berakhlak/probis/pokin/skp/staff/other"),
) -> None:
    """Ingest documents into an agency's knowledge base with a progress bar, then sync staff and SKP to the journal."""
    from functools import partial

    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn
    from rich.table import Table

    from ingest.limits import IngestLimits
    from ingest.pipeline import IngestProgress, ingest_paths
    from jejak.services import Services
    from journal.errors import JournalError
    from journal.staff import sync_staff

    settings = _settings()
    agency_id = agency_id or settings.default_instansi
    services = Services(settings)
    console = _console()
    try:
        with Progress(TextColumn(T.INGEST_PROGRESS), BarColumn(), MofNCompleteColumn(),
                      TextColumn("{task.description}"), console=console, transient=True) as bar:
            task = bar.add_task("", total=None)
            last = [0.0]

            def progress(event: IngestProgress) -> None:
                if not console.is_terminal:  # a log, not a screen: one line every few seconds
                    now = time.monotonic()
                    if now - last[0] >= PROGRESS_LOG_EVERY_S:
                        last[0] = now
                        typer.echo(event.describe(), err=True)
                    return
                if event.stage == "embed":
                    bar.update(task, total=event.total, completed=event.done, description=event.describe())
                else:
                    bar.update(task, total=None, completed=0, description=event.describe())

            report = ingest_paths(services.knowledge, paths, agency_id=agency_id, doc_type=doc_type,
                                  limits=IngestLimits.of(settings), progress=progress,
                                  sync=partial(sync_staff, services.journal, agency_id), sync_errors=(JournalError,))
        table = Table(title=T.INGEST_TITLE.format(agency_id=agency_id))
        for col in T.INGEST_COLS:
            table.add_column(col)
        for d in report.documents:
            table.add_row(Path(d.path).name, d.doc_type, d.status, str(d.pages), str(d.chunks))
        console.print(table)
        console.print(T.INGEST_TOTAL.format(files=report.files, pages=report.pages, chunks=report.chunks))
        if report.skipped:
            skipped = Table(title=T.INGEST_SKIPPED_TITLE)
            for col in T.INGEST_SKIPPED_COLS:
                skipped.add_column(col, overflow="fold")
            for path, reason in report.skipped:
                skipped.add_row(str(path), reason)
            console.print(skipped)
        for note in report.notes:
            console.print(T.INGEST_NOTE.format(note=note), markup=False)
        if report.staff or report.skps:
            n_staff, n_rhk = sync_staff(services.journal, agency_id, report.staff, report.skps)
            console.print(T.INGEST_SYNCED.format(staff=n_staff, rhk=n_rhk))
        if not report.documents:
            from ingest.errors import IngestError

            raise IngestError(T.INGEST_NOTHING)
    finally:
        services.close()


@kb_app.command("list", help="Daftar dokumen yang sudah diingest.")
def kb_list(agency_id: str | None = typer.Option(None, "--instansi", "-i")) -> None:
    """List the documents in the knowledge base."""
    from rich.table import Table

    from jejak.services import Services

    services = Services(_settings())
    try:
        docs = services.knowledge.list_documents(agency_id)
    finally:
        services.close()
    if not docs:
        typer.echo(T.LIST_EMPTY)
        return
    table = Table(title=T.LIST_TITLE)
    for col in T.LIST_COLS:
        table.add_column(col)
    for d in docs:
        table.add_row(d.agency_id, d.doc_id, d.type, str(d.version), str(d.chunks), d.ingested_at)
    _console().print(table)


@kb_app.command("remove", help="Hapus satu dokumen (id dokumen atau nama berkas).")
def kb_remove(doc: str, agency_id: str | None = typer.Option(None, "--instansi", "-i")) -> None:
    """Remove one document from an agency's knowledge base."""
    from jejak.services import Services

    settings = _settings()
    agency_id = agency_id or settings.default_instansi
    services = Services(settings)
    try:
        n = services.knowledge.remove(doc, agency_id)
    finally:
        services.close()
    typer.echo(T.REMOVED.format(doc=doc, agency_id=agency_id, chunks=n))


@kb_app.command("search", help="Cari di basis pengetahuan (hybrid: makna + kata).")
def kb_search(
    query: str,
    agency_id: str | None = typer.Option(None, "--instansi", "-i"),
    doc_type: list[str] | None = typer.Option(None, "--type", "-t"),
    k: int = typer.Option(5, "--k", "-k", min=1, max=100),
    as_json: bool = typer.Option(False, "--json", help="Keluaran JSON"),
) -> None:
    """Search an agency's knowledge base and print the hits (or JSON)."""
    from jejak.services import Services

    settings = _settings()
    agency_id = agency_id or settings.default_instansi
    services = Services(settings)
    try:
        hits = services.knowledge.search(query, agency_id=agency_id, types=doc_type or None, k=k)
    finally:
        services.close()
    if as_json:
        typer.echo(json.dumps([{"rank": i, "score": round(h.score, 5), "type": h.doc_type, "citation": h.citation,
                                "record_id": h.record_id, "dense": h.dense, "lexical": h.lexical, "text": h.text,
                                "metadata": h.metadata} for i, h in enumerate(hits, start=1)],
                              ensure_ascii=False, indent=2))
        return
    if not hits:
        typer.echo(T.SEARCH_EMPTY.format(query=query, agency_id=agency_id))
        return
    from rich.table import Table

    table = Table()
    for col in T.SEARCH_COLS:
        table.add_column(col, overflow="fold")
    for i, h in enumerate(hits, start=1):
        snippet = " ".join(h.text.split())
        table.add_row(str(i), f"{h.score:.4f}", h.doc_type, h.citation, snippet[:160])
    _console().print(table)


@kb_app.command("eval", help="Ukur recall@5 dan MRR pada kueri berlabel.")
def kb_eval(
    data: Path = typer.Option(DEFAULT_QUERIES, "--data", help="JSONL kueri berlabel"),
    agency_id: str | None = typer.Option(None, "--instansi", "-i"),
    k: int = typer.Option(5, "--k", "-k", min=1),
) -> None:
    """Measure retrieval quality (recall@k, MRR) on labelled queries; an agency with no documents is measured on
    a throwaway copy of the queries' sample pack."""
    import tempfile

    from ingest.pipeline import ingest_paths
    from jejak.services import Services
    from knowledge.base import KnowledgeBase
    from knowledge.evaluation import evaluate, load_queries

    settings = _settings()
    agency_id = agency_id or settings.default_instansi
    queries = load_queries(data)
    services = Services(settings)
    tmp = None
    try:
        kb = services.knowledge
        if not kb.list_documents(agency_id):
            tmp = tempfile.TemporaryDirectory(prefix="jejak-eval-")
            typer.echo(T.EVAL_INGESTING.format(agency_id=agency_id, pack=data.parent))
            kb = KnowledgeBase.open(embeddings=services.embeddings, path=Path(tmp.name))
            ingest_paths(kb, [data.parent], agency_id=agency_id, max_file_mb=settings.max_file_mb)
        result = evaluate(kb, queries, agency_id=agency_id, k=k)
    finally:
        services.close()
        if tmp is not None:
            tmp.cleanup()
    typer.echo(T.EVAL_SUMMARY.format(n=len(result.results), k=k, recall=result.recall,
                                     hit=result.hit_rate, mrr=result.mrr))
    if result.misses:
        typer.echo(T.EVAL_MISSES.format(n=len(result.misses)))
        for r in result.misses:
            typer.echo(T.EVAL_MISS.format(query=r.query, found=r.found, total=len(r.relevant), top=", ".join(r.top)))
