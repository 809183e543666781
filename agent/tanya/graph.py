"""Answering questions about recorded performance.

With a chat model: a LangGraph tool-calling agent (agent node <-> ToolNode)
over the tools of ``agent.tanya.tools``. Without one (or when it fails): the
deterministic understanding of ``agent.tanya.understand`` calls the same tools.
Either way a refusal from a tool's scope check is the answer, whatever the
model wrote.
"""
from __future__ import annotations

import logging
import time
from datetime import date, datetime
from zoneinfo import ZoneInfo

from agent import texts as T
from agent.tanya import prompts
from agent.tanya.answer import Answer, basis_line, render
from agent.tanya.names import Directory
from agent.tanya.tools import Toolbox
from agent.tanya.topics import Vocabulary
from agent.tanya.understand import understand
from journal import facts
from journal.models import Staff
from journal.scope import scope_of

log = logging.getLogger(__name__)
CATALOG_TTL = 300.0
MAX_STEPS = 8


class Tanya:
    """Question answering for one journal; long-lived (bot, CLI, bench).

    The caller passes the configured values (``jejak.settings`` holds their defaults): the zone used
    when the asker has none, the daily standard hours and the holidays; ``knowledge`` is anything with
    ``search(query, **kw)`` (process names), ``chat_model`` an optional LangChain chat model.
    """

    def __init__(self, journal, *, timezone: str, standard_hours: float, holidays=(), knowledge=None,
                 chat_model=None):
        self.journal, self.knowledge, self.chat_model = journal, knowledge, chat_model
        self.timezone, self.standard_hours, self.holidays = timezone, standard_hours, tuple(holidays)
        self._directories: dict[str, tuple[int, Directory]] = {}
        self._catalogs: dict[str, tuple[float, list]] = {}
        self._vocabularies: dict[str, tuple[float, Vocabulary]] = {}

    def today(self, zone: str | None = None) -> date:
        """Today in the asker's zone (WIB/WITA/WIT or IANA), else the configured one."""
        from journal.calendar import zone_name

        return datetime.now(ZoneInfo(zone_name(zone, self.timezone))).date()

    def directory(self, agency_id: str) -> Directory:
        from sqlalchemy import func, select

        from journal.models import Unit

        with self.journal.session() as s:
            count = s.scalar(select(func.count(Staff.nip)).where(Staff.agency_id == agency_id))
            cached = self._directories.get(agency_id)
            if cached and cached[0] == count:
                return cached[1]
            people = s.execute(select(Staff.nip, Staff.name, Staff.unit_id, Staff.jabatan, Staff.supervisor_nip)
                               .where(Staff.agency_id == agency_id)).all()
            units = s.execute(select(Unit.id, Unit.name).where(Unit.agency_id == agency_id)).all()
        d = Directory([(p.nip, p.name) for p in people], [(i, name) for i, name in units],
                      {p.nip: p.unit_id for p in people if p.unit_id is not None},
                      {p.nip: p.jabatan or "" for p in people}, {p.nip: p.supervisor_nip for p in people})
        self._directories[agency_id] = (count, d)
        return d

    def catalog(self, agency_id: str) -> list[tuple[str, str]]:
        hit = self._catalogs.get(agency_id)
        if hit and time.monotonic() - hit[0] < CATALOG_TTL:
            return hit[1]
        with self.journal.session() as s:
            rows = facts.probis_in_journal(s, agency_id)
        self._catalogs[agency_id] = (time.monotonic(), rows)
        return rows

    def vocabulary(self, agency_id: str) -> Vocabulary:
        hit = self._vocabularies.get(agency_id)
        if hit and time.monotonic() - hit[0] < CATALOG_TTL:
            return hit[1]
        with self.journal.session() as s:
            vocab = Vocabulary(facts.texts(s, agency_id))
        self._vocabularies[agency_id] = (time.monotonic(), vocab)
        return vocab

    def toolbox(self, asker_nip: str, today: date | None = None) -> Toolbox:
        with self.journal.session() as s:
            scope = scope_of(s, asker_nip)
            zone = s.get(Staff, scope.nip).timezone
        return Toolbox(self.journal, scope.nip, self.directory(scope.agency_id), today=today or self.today(zone),
                       knowledge=self.knowledge, standard_hours=self.standard_hours,
                       holidays=self.holidays, probis_catalog=lambda: self.catalog(scope.agency_id),
                       visible=scope.nips, vocabulary=lambda: self.vocabulary(scope.agency_id))

    def ask(self, asker_nip: str, question: str, today: date | None = None) -> Answer:
        box = self.toolbox(asker_nip, today)
        if self.chat_model is None:
            return deterministic(box, question)
        try:
            return with_model(box, self.chat_model, question)
        except Exception as exc:  # a failing model must not leave the asker without an answer
            log.warning("model tanya gagal (%s); memakai jalur deterministik", type(exc).__name__, exc_info=True)
            ans = deterministic(box, question)
            ans.text = f"{ans.text}\n{T.LLM_FALLBACK}"
            return ans


def deterministic(box: Toolbox, question: str) -> Answer:
    """Answer without a model: read the question's intent and call the one tool it asks for."""
    intent = understand(question, box.directory, box.today, box.visible, box.knows)
    if intent.ambiguous:
        names = "; ".join(" / ".join(group) for group in intent.ambiguous)
        return Answer(T.AMBIGUOUS.format(names=names), {"kind": "ambiguous", "candidates": intent.ambiguous})
    call = intent.tool_call()
    if call is None:
        return Answer(T.HELP, {"kind": "help"}, understood=False)
    name, args = call
    result = getattr(box, name)(**{k: v for k, v in args.items() if v is not None})  # the tool's own function
    return Answer(render(result), result, [(name, args)])


def build_graph(chat_model, tools):
    """The tool-calling agent: model -> tools -> model ... until no tool call."""
    from langgraph.graph import END, START, MessagesState, StateGraph
    from langgraph.prebuilt import ToolNode

    model = chat_model.bind_tools(tools)

    def agent(state):
        return {"messages": [model.invoke(state["messages"])]}

    def route(state):
        last = state["messages"][-1]
        return "tools" if getattr(last, "tool_calls", None) else END

    g = StateGraph(MessagesState)
    g.add_node("agent", agent)
    g.add_node("tools", ToolNode(tools))
    g.add_edge(START, "agent")
    g.add_conditional_edges("agent", route, ["tools", END])
    g.add_edge("tools", "agent")
    return g.compile()


def with_model(box: Toolbox, chat_model, question: str) -> Answer:
    """Answer with a chat model choosing the tools; a refusal by a tool wins over the model's wording."""
    from langchain_core.messages import HumanMessage, SystemMessage

    with box.journal.session() as s:
        me = scope_of(s, box.asker)
    tools = box.tools()
    graph = build_graph(chat_model, tools)
    system = prompts.SYSTEM.format(name=me.name, nip=me.nip, role=me.role, today=box.today.isoformat())
    out = graph.invoke({"messages": [SystemMessage(system), HumanMessage(question)]},
                       config={"recursion_limit": 2 * MAX_STEPS + 1})
    calls = [(name, args) for name, args, _ in box.log]
    refused = [r for _, _, r in box.log if r.get("kind") == "refused"]
    if refused:  # the scope check decides, not the model's wording
        return Answer(render(refused[0]), refused[0], calls)
    final = out["messages"][-1]
    text = (final.content if isinstance(final.content, str) else str(final.content)).strip()
    result = box.log[-1][2] if box.log else {"kind": "llm"}
    if not text:
        return Answer(render(result) if box.log else T.HELP, result, calls)
    if box.log and "entry_ids" in result:  # the model's wording, the tool's basis
        text = f"{text}\n{basis_line(result)}"
    return Answer(text, result, calls)


class LazyKnowledge:
    """The knowledge base, opened on the first search (process names only need it then)."""

    def __init__(self, open_knowledge):
        self._open = open_knowledge  # () -> KnowledgeBase

    def search(self, query: str, **kw):
        return self._open().search(query, **kw)
