"""The Tanya page: the same question answering as /tanya (``agent.tanya``), with the answer's
table and links to the entries it counted."""
from __future__ import annotations

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.routing import Route

from agent import texts as TT
from web import tanya_view
from web import texts as T
from web.guard import login, posted, web
from web.render import is_htmx


def ask_page(request: Request):
    """The empty question page."""
    login(request)
    return web(request).pages.render(request, "tanya.html", {"question": "", "answer": None})


async def ask(request: Request):
    """Answer a question about the journal, with the entries it counted as links."""
    me, form = await posted(request)
    w = web(request)
    question = str(form.get("pertanyaan", "")).strip()[:500]

    def run():
        if not question:
            return {"question": "", "answer": None, "message": T.ASK_EMPTY}
        answer = w.services.tanya.ask(me.nip, question, today=w.today())
        table = tanya_view.table(answer)
        listed = [int(x[2:]) for x in (table.links if table else []) if x and x.startswith("#e")]
        with w.journal.session() as s:
            links = tanya_view.entry_links(s, me.nip, list(answer.facts.get("entry_ids") or []) + listed)
        urls = {i: url for i, _, url in links}
        if table:  # an entry listed in the table opens on its owner's page
            table.links = [urls.get(int(x[2:])) if x and x.startswith("#e") else x for x in table.links]
        counted = set(answer.facts.get("entry_ids") or [])
        links = [x for x in links if x[0] in counted]
        text = answer.text
        if links:  # the entries counted are listed as links below the answer
            head = TT.CITES.split("{")[0]
            text = "\n".join(line for line in text.splitlines() if not line.startswith(head))
        return {"question": question, "answer": answer, "text": text, "table": table, "links": links}

    ctx = await run_in_threadpool(run)
    return w.pages.render(request, "_answer.html" if is_htmx(request) else "tanya.html", ctx)


def routes() -> list[Route]:
    """The question routes."""
    return [Route("/tanya", ask_page), Route("/tanya", ask, methods=["POST"])]
