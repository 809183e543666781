"""The whole graph on a real journal: follow-ups, restarts, save before reply, edits."""
from datetime import UTC, datetime

from agent.graph import build_graph
from agent.runner import cancel, edit_text, edit_text_sync, log_text, log_text_sync, pending_question
from journal.db import Journal
from journal.models import Activity, Assessment, Conversation, SheetOp
from tests.fixtures_agent import KRISTIAN, NADIA, SITI

NOW = datetime(2026, 11, 25, 10, 0)


def _count(journal, model):
    with journal.session() as s:
        return s.query(model).count()


def test_followup_across_two_calls(agent_graph, agent_services):
    journal = agent_services.journal
    r = log_text_sync(agent_graph, nip=SITI, text="verifikasi SPJ honor narasumber", now=NOW)
    assert r.status == "followup" and r.question and "Berapa lama" in r.question
    assert _count(journal, Activity) == 0 and _count(journal, Conversation) == 1
    r = log_text_sync(agent_graph, nip=SITI, text="2 jam, 12 dokumen", now=NOW)
    assert r.status == "saved" and len(r.activity_ids) == 1
    res = r.results[0]
    assert (res["minutes"], res["output"], res["volume"]) == (120, "dokumen", 12)
    assert res["text"] == "verifikasi SPJ honor narasumber"
    assert _count(journal, Conversation) == 0


def test_followup_survives_restart(agent_graph, agent_services, settings):
    r = log_text_sync(agent_graph, nip=NADIA, text="rapat dengan tim SOBAT", channel="telegram", now=NOW)
    assert r.status == "followup"
    agent_services.journal.close()
    journal = Journal(settings.db_url)  # a new process, same data folder
    try:
        graph = build_graph(knowledge=agent_services.knowledge, journal=journal, config=settings)
        assert pending_question(journal, NADIA) == r.question
        r2 = log_text_sync(graph, nip=NADIA, text="1 jam, 1 notulen", channel="cli", now=NOW)
        assert r2.status == "saved"
        with journal.session() as s:
            a = s.get(Activity, r2.activity_ids[0])
            assert a.minutes == 60 and a.output == "notulen"
    finally:
        journal.close()


def test_cancel(agent_graph, agent_services):
    log_text_sync(agent_graph, nip=NADIA, text="rapat dengan tim SOBAT", now=NOW)
    r = log_text_sync(agent_graph, nip=NADIA, text="batal", now=NOW)
    assert r.status == "cancelled" and "Dibatalkan" in r.reply
    assert cancel(agent_services.journal, NADIA).kind is None


def test_save_happens_before_reply(agent_graph, agent_services):
    journal = agent_services.journal
    order = []
    state = {"mode": "log", "nip": NADIA, "text": "slicing halaman kontrak mitra SOBAT 2 jam, 2 halaman",
             "channel": "cli", "now": NOW}
    for update in agent_graph.stream(state, stream_mode="updates"):
        node = next(iter(update))
        order.append(node)
        if node == "save":
            assert _count(journal, Activity) == 1 and _count(journal, Assessment) == 1
            with journal.session() as s:
                assert s.query(SheetOp).filter(SheetOp.op == "upsert").count() == 1
        if node == "reply":
            assert "Tersimpan" in update["reply"]["reply"]
    assert order.index("save") < order.index("reply")


def test_multi_activity_message(agent_graph, agent_services):
    msg = "Kegiatan hari ini:\n1. rapat tim 1 jam, 1 notulen\n2. perbaikan bug SOBAT 2 jam, 3 tiket"
    r = log_text_sync(agent_graph, nip=NADIA, text=msg, now=NOW)
    assert r.status == "saved" and len(r.activity_ids) == 2
    assert r.reply.count("Tersimpan") == 2


async def test_async_contract_and_edit(agent_graph, agent_services):
    r = await log_text(agent_graph, nip=NADIA, text="perbaikan bug SOBAT 1 jam, 2 tiket", channel="telegram",
                       source_ref="tg:1:2", now=NOW)
    assert r.status == "saved"
    aid = r.activity_ids[0]
    r2 = await edit_text(agent_graph, activity_id=aid, nip=NADIA, text="perbaikan bug SOBAT 3 jam, 5 tiket", now=NOW)
    assert r2.status == "saved" and r2.activity_ids == [aid]
    with agent_services.journal.session() as s:
        a = s.get(Activity, aid)
        assert a.minutes == 180 and a.volume == 5 and a.source_ref == "tg:1:2"
        assert s.query(SheetOp).filter(SheetOp.activity_id == aid).count() == 2
    r3 = await edit_text(agent_graph, activity_id=aid, nip=SITI, text="apa saja 1 jam, 1 dokumen", now=NOW)
    assert r3.status == "rejected" and "bukan milik Anda" in r3.reply
    r4 = edit_text_sync(agent_graph, activity_id=aid, nip=NADIA, text="perbaikan bug SOBAT 2 jam", now=NOW)
    assert r4.results[0]["minutes"] == 120


def test_time_zone_of_the_person(agent_graph):

    late = datetime(2026, 11, 25, 16, 30, tzinfo=UTC)  # 01:30 on the 26th in Papua (WIT)
    r = log_text_sync(agent_graph, nip=KRISTIAN, text="cek backup server produksi 1 jam, 1 laporan", now=late)
    assert r.results[0]["day"] == "2026-11-26"


async def test_async_run_is_one_task_in_the_given_executor(agent_graph, agent_services, monkeypatch):
    """The whole graph runs as one job in the caller's executor (the bot's analysis pool),
    not one thread hand-off per node in the loop's default executor."""
    import threading
    from concurrent.futures import ThreadPoolExecutor

    class Counting(ThreadPoolExecutor):
        jobs = 0

        def submit(self, fn, /, *args, **kwargs):
            Counting.jobs += 1
            return super().submit(fn, *args, **kwargs)

    threads = set()
    real_save = agent_services.journal.session

    def session():
        threads.add(threading.current_thread().name)
        return real_save()

    monkeypatch.setattr(agent_services.journal, "session", session)
    with Counting(1, thread_name_prefix="analysis-test") as pool:
        r = await log_text(agent_graph, nip=NADIA, text="rapat tim 1 jam, 1 notulen", channel="telegram",
                           source_ref="tg:1:9", now=NOW, executor=pool)
        assert r.status == "saved"
        r = await edit_text(agent_graph, activity_id=r.activity_ids[0], nip=NADIA, text="rapat tim 2 jam, 1 notulen",
                            now=NOW, executor=pool)
    assert r.status == "saved" and Counting.jobs == 2
    assert threads and all(t.startswith("analysis-test") for t in threads)
