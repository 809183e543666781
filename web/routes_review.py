"""The Tinjauan page: approve, return with a comment, comment, approve several at once.
Reviews go through ``journal.review.review``; its notice is queued for the bot
(``journal.notices``), which tells the employee in chat as it does after /setujui."""
from __future__ import annotations

from pathlib import Path

from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import FileResponse, RedirectResponse
from starlette.routing import Route

from journal.errors import JournalError
from journal.models import Activity, Evidence
from journal.notices import queue_review
from journal.review import review
from journal.scope import authorize
from web import review as R
from web import texts as T
from web.guard import login, posted, web
from web.render import is_htmx


def _when(w):
    return lambda value: R.when(value, w.settings.timezone)


def queue_page(request: Request):
    """The review queue of the people the asker reviews."""
    me = login(request)
    w, q = web(request), request.query_params
    offset = int(q["dari"]) if q.get("dari", "").isdigit() else 0
    with w.journal.session() as s:
        queue = R.queue(s, me.nip, person=q.get("pegawai", ""), offset=offset)
    return w.pages.render(request, "tinjauan.html", {"queue": queue, "when": _when(w)})


async def act(request: Request):
    """Approve or return one entry, and show it reviewed."""
    me, form = await posted(request)
    w = web(request)
    activity_id = int(request.path_params["id"])
    action = str(form.get("aksi", ""))
    comment = str(form.get("komentar", "")).strip() or None

    def run():
        review(w.journal, me.nip, activity_id, action, comment, notify=queue_review(w.journal))
        with w.journal.session() as s:
            item = R.items(s, [activity_id])[0]
        item.done = T.REVIEWED.get(action, action)
        return item

    item = await run_in_threadpool(run)
    if not is_htmx(request):
        return RedirectResponse("/tinjauan", status_code=303)
    return w.pages.render(request, "_review_item.html", {"item": item, "when": _when(w),
                                                         "flash": f"#{activity_id}: {item.done}. {T.NOTIFY_QUEUED}"})


async def bulk(request: Request):
    """Approve the chosen entries one by one; those that cannot be approved are listed with the reason."""
    me, form = await posted(request)
    w = web(request)
    ids = [int(x) for x in form.getlist("ids") if str(x).isdigit()]

    def approve_all():
        done, refused = [], []
        notify = queue_review(w.journal)
        for i in dict.fromkeys(ids):
            try:
                review(w.journal, me.nip, i, "approve", None, notify=notify)
                done.append(i)
            except JournalError as exc:
                refused.append(T.BULK_REFUSED.format(id=i, why=exc))
        with w.journal.session() as s:
            queue = R.queue(s, me.nip, person=str(form.get("pegawai", "")))
        return done, refused, queue

    done, refused, queue = await run_in_threadpool(approve_all)
    message = T.BULK_DONE.format(n=len(done)) if done else T.BULK_NONE
    if not is_htmx(request):
        return RedirectResponse("/tinjauan", status_code=303)
    return w.pages.render(request, "_review_queue.html", {"queue": queue, "when": _when(w), "flash": message,
                                                          "refused": refused})


def evidence(request: Request):
    """Serve an entry's evidence file to someone allowed to see the entry, only from the evidence folder."""
    me = login(request)
    w = web(request)
    with w.journal.session() as s:
        ev = s.get(Evidence, int(request.path_params["id"]))
        act = s.get(Activity, ev.activity_id) if ev else None
        if ev is None or act is None or act.deleted:
            raise HTTPException(404)
        authorize(s, me.nip, [act.nip])
        path, mime = Path(ev.path), ev.mime
    folder = Path(w.settings.evidence_dir).resolve()
    path = path if path.is_absolute() else Path.cwd() / path
    if not path.resolve().is_relative_to(folder) or not path.exists():
        raise HTTPException(404)
    return FileResponse(path, media_type=mime or "application/octet-stream", filename=path.name)


def routes() -> list[Route]:
    """The review routes."""
    return [Route("/tinjauan", queue_page), Route("/tinjauan/massal", bulk, methods=["POST"]),
            Route("/tinjauan/{id:int}", act, methods=["POST"]), Route("/bukti/{id:int}", evidence)]
