"""The bot's small pure parts: splitting, rate limit, duplicate ids, NIP parsing."""
from bot.registration import looks_like_nip
from bot.robustness import RateLimit, SeenUpdates, split_text


def test_split_text_keeps_every_character_within_the_limit():
    text = "\n".join(f"baris {i} " + "kata " * 30 for i in range(200))
    parts = split_text(text, limit=4096)
    assert len(parts) > 1 and all(len(p) <= 4096 for p in parts)
    assert "".join(parts).replace("\n", "").replace(" ", "") == text.replace("\n", "").replace(" ", "")
    assert split_text("pendek") == ["pendek"] and split_text("") == [""]
    assert all(len(p) <= 10 for p in split_text("x" * 35, limit=10))


def test_rate_limit_is_per_user_and_sliding():
    now = [0.0]
    limit = RateLimit(2, clock=lambda: now[0])
    assert limit.allow(1) and limit.allow(1) and not limit.allow(1)
    assert limit.allow(2)
    assert limit.should_warn(1) and not limit.should_warn(1)
    now[0] = 61.0
    assert limit.allow(1) and limit.should_warn(1)
    assert RateLimit(0).allow(1)


def test_seen_updates_is_bounded():
    seen = SeenUpdates(size=2)
    assert seen.add(1) and not seen.add(1)
    seen.add(2)
    seen.add(3)
    assert seen.add(1)  # forgotten after two newer ids


def test_nip_with_separators():
    assert looks_like_nip("1992 0718 2015 0310 03") == "199207182015031003"
    assert looks_like_nip("199207182015031003") == "199207182015031003"
    assert looks_like_nip("rapat 2 jam") is None


def test_bench_cpu_split_reports_each_process_per_message():
    import os

    from devtools.bench_cpu import CpuSplit, process_cpu

    assert process_cpu(os.getpid()) > 0 and process_cpu(None) != process_cpu(None)  # NaN when unknown
    split = CpuSplit({"bot": os.getpid()})
    split.start()
    sum(i * i for i in range(300_000))  # some CPU in this process
    split.stop()
    assert split.used["bot"] >= 0 and split.used["driver"] > 0
    line = split.lines(messages=10, seconds=1.0)[0]
    assert line.startswith("CPU per pesan (ms)") and "bot " in line and "driver " in line


def test_analysis_workers_setting_sizes_the_bot_analysis_pool(tmp_path):
    from bot.app import _default_workers
    from jejak.settings import Settings

    assert _default_workers(Settings(data_dir=tmp_path, analysis_workers=3, _env_file=None)) == 3
    import os

    assert _default_workers(Settings(data_dir=tmp_path, _env_file=None)) == (os.cpu_count() or 1) + 1
    assert _default_workers(Settings(data_dir=tmp_path, llm="openai:gpt-4o-mini", _env_file=None)) == 16


def test_analysis_threads_yield_the_cpu_to_the_event_loop():
    import os
    import sys
    import threading

    import pytest

    from bot.app import ANALYSIS_NICE, _analysis_thread

    if sys.platform != "linux":
        pytest.skip("per-thread nice values are a Linux feature")
    mine = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
    seen = {}

    def work():
        _analysis_thread()
        seen["nice"] = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())

    t = threading.Thread(target=work)
    t.start()
    t.join()
    assert seen["nice"] == min(19, mine + ANALYSIS_NICE)
    assert os.getpriority(os.PRIO_PROCESS, threading.get_native_id()) == mine  # the caller keeps its own
