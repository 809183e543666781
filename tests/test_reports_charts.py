"""``jejak rekap --format png``: three chat-sized charts."""
from __future__ import annotations

from PIL import Image


def test_three_pngs_legible_in_chat(run_cli, team, month_entries, tmp_path):
    res = run_cli("rekap", "--nip", team[0], "--bulan", "2025-11", "--format", "png", "--out", tmp_path / "andi.png")
    assert res.exit_code == 0, res.output
    for name in ("jam", "nilai", "rhk"):
        path = tmp_path / f"andi-{name}.png"
        img = Image.open(path)
        assert img.format == "PNG" and img.width >= 1000 and img.height >= 400


def test_charts_of_an_empty_period_still_render(journal, team):
    from journal.calendar import week
    from journal.recap import Target, build_recap
    from journal.reports.charts import all_charts

    with journal.session() as s:
        recap = build_recap(s, Target("unit", "Tim Pengembangan Aplikasi"), week("2026-W01"), standard_hours=7.5)
    charts = all_charts(recap)
    assert set(charts) == {"jam", "nilai", "rhk"} and all(c.startswith(b"\x89PNG") for c in charts.values())
