"""The Admin pages: documents, staff and registrations, system (Sheets outbox, notices, settings)."""
from __future__ import annotations

from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import RedirectResponse
from starlette.routing import Route

from journal import registration, staff_admin
from journal.models import Staff
from journal.notices import queue_registration
from journal.scope import authorize
from knowledge.models import DOC_TYPES, ROLES
from web import admin
from web import texts as T
from web.guard import login, need_admin, posted, web
from web.render import is_htmx


def _docs_context(w, me) -> dict:
    return {"documents": admin.documents(w.services.knowledge, me.agency_id), "doc_types": DOC_TYPES}


def documents_page(request: Request):
    """The admin page of the agency's documents."""
    me = login(request)
    need_admin(me)
    w = web(request)
    return w.pages.render(request, "admin_dokumen.html", _docs_context(w, me))


async def upload(request: Request):
    """Ingest an uploaded document into the agency's knowledge base (in a thread: ingesting blocks)."""
    me, form = await posted(request)
    need_admin(me)
    w = web(request)
    file = form.get("berkas")
    if file is None or not getattr(file, "filename", ""):
        raise HTTPException(400, detail=T.UPLOAD_NONE)
    data = await file.read()
    doc_type = str(form.get("jenis", "")) or None
    if doc_type and doc_type not in DOC_TYPES:
        doc_type = None

    def run():
        report = admin.ingest_upload(w.services, me.agency_id, file.filename, data, doc_type)
        return {"report": report, **_docs_context(w, me)}

    ctx = await run_in_threadpool(run)
    if not is_htmx(request):
        return RedirectResponse("/admin", status_code=303)
    return w.pages.render(request, "_admin_docs.html", ctx)


async def remove(request: Request):
    """Remove a document from the agency's knowledge base."""
    me, _ = await posted(request)
    need_admin(me)
    w = web(request)
    doc_id = request.path_params["doc_id"]

    def run():
        n = w.services.knowledge.remove(doc_id, me.agency_id)
        return {"flash": T.REMOVED.format(name=doc_id, chunks=n), **_docs_context(w, me)}

    ctx = await run_in_threadpool(run)
    if not is_htmx(request):
        return RedirectResponse("/admin", status_code=303)
    return w.pages.render(request, "_admin_docs.html", ctx)


def _staff_context(w, me) -> dict:
    with w.journal.session() as s:
        people = admin.staff(s, me.agency_id)
    return {"people": people, "roles": ROLES, "registrations": staff_admin.pending_registrations(w.journal, me.nip)}


def staff_page(request: Request):
    """The admin page of the agency's staff and pending registrations."""
    me = login(request)
    need_admin(me)
    w = web(request)
    return w.pages.render(request, "admin_pegawai.html", _staff_context(w, me))


async def change_staff(request: Request):
    """Change one staff member as the admin asked: their role, or unlink or link their Telegram account."""
    me, form = await posted(request)
    need_admin(me)
    w = web(request)
    nip, action = request.path_params["nip"], str(form.get("aksi", ""))

    def run():
        with w.journal.session() as s:
            authorize(s, me.nip, [nip])
            name = s.get(Staff, nip).name
        if action == "peran":
            role = str(form.get("peran", ""))
            staff_admin.set_role(w.journal, me.nip, nip, role)
            flash = T.ROLE_SET.format(name=name, role=T.ROLE_NAMES.get(role, role))
        elif action == "putus":
            staff_admin.unlink(w.journal, me.nip, nip)
            flash = T.UNLINKED.format(name=name)
        elif action == "hubungkan":
            raw = str(form.get("telegram_id", "")).strip()
            if not raw.isdigit():
                raise HTTPException(400, detail=T.BAD_TELEGRAM_ID)
            staff_admin.link(w.journal, me.nip, nip, int(raw))
            flash = T.LINKED.format(telegram_id=raw, name=name)
        else:
            raise HTTPException(400, detail=T.NOT_FOUND)
        return {"flash": flash, **_staff_context(w, me)}

    ctx = await run_in_threadpool(run)
    if not is_htmx(request):
        return RedirectResponse("/admin/pegawai", status_code=303)
    return w.pages.render(request, "_admin_staff.html", ctx)


async def decide(request: Request):
    """Approve or reject a registration; the bot tells the applicant."""
    me, form = await posted(request)
    need_admin(me)
    w = web(request)
    approve = str(form.get("keputusan", "")) == "setujui"

    def run():
        d = registration.decide(w.journal, int(request.path_params["id"]), me.nip, approve)
        queue_registration(w.journal, d)  # the bot tells the applicant (and an account it replaced)
        return {"flash": T.DECIDED.get(d.status, "").format(name=d.name), **_staff_context(w, me)}

    ctx = await run_in_threadpool(run)
    if not is_htmx(request):
        return RedirectResponse("/admin/pegawai", status_code=303)
    return w.pages.render(request, "_admin_staff.html", ctx)


def system_page(request: Request):
    """The admin page of the system's state: the Sheets outbox, pending notices and the settings in effect."""
    me = login(request)
    need_admin(me)
    w = web(request)
    from journal.notices import counts
    from journal.sheets.worker import outbox_status

    return w.pages.render(request, "admin_sistem.html", {
        "outbox": outbox_status(w.journal), "sheets_on": w.settings.sheets_enabled, "notices": counts(w.journal),
        "settings": admin.settings_rows(w.settings)})


def routes() -> list[Route]:
    """The admin pages' routes."""
    return [Route("/admin", documents_page), Route("/admin/dokumen", upload, methods=["POST"]),
            Route("/admin/dokumen/{doc_id}/hapus", remove, methods=["POST"]),
            Route("/admin/pegawai", staff_page), Route("/admin/pegawai/{nip}", change_staff, methods=["POST"]),
            Route("/admin/pendaftaran/{id:int}", decide, methods=["POST"]),
            Route("/admin/sistem", system_page)]
