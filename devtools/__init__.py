"""Development tooling for JEJAK ASN, not the product: nothing in the product imports it.

Its dependencies are the ``[dev]`` extra. When it is installed, ``jejak.cli`` adds the
``jejak bench ...`` commands (``devtools.commands``); the tests use the rest.

- ``commands``, ``texts``: the ``jejak bench`` group and its Indonesian output.
- ``bench_kb`` (search, ingest), ``bench_agent`` (analyze), ``bench_bot`` + ``bench_cpu`` (bot),
  ``bench_sheets`` (rekap, sheets), ``bench_tanya``, ``bench_web``: the benchmarks.
- ``emulator``: drives the Telegram Bot API emulator of ``tests/e2e`` (process, simulated users,
  the application in a thread).
- ``sheets_standin`` (+ ``sheets_standin_main`` to serve it by hand): a local Google Sheets v4 API.
- ``postgres``: a throw-away PostgreSQL server; ``ports``: a free loopback port.
- ``bulk_journal``, ``tanya_journal``: synthetic journals (bulk for benches, realistic for ``jejak eval tanya``).
- ``faults``, ``hostile``: runs with real processes (concurrent workers, hostile files); see the README.
"""
