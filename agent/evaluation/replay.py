"""``jejak eval --belajar``: a labelled set replayed in order as its users would use it.

Each line is logged (analysed with everything confirmed so far, then saved to the
journal), and then confirmed or corrected to its labels through the same journal
function ``jejak koreksi`` uses. The
next line is analysed with that example learned. Reported: top-1 per tenth of the
replay, and top-1 on the lines whose labelled node already had a confirmed example.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from agent.evaluation.run import uses_agency
from agent.runner import analyze_text
from journal import activities, corrections
from journal.corrections import Choice

KINDS = ("probis", "pokin", "rhk")
TENTHS = 10


@dataclass
class Replay:
    name: str
    # per kind: (position, right, the label had an example before) of every labelled line
    seen: dict[str, list[tuple[int, bool, bool]]] = field(default_factory=lambda: {k: [] for k in KINDS})

    def tenths(self, kind: str) -> list[float | None]:
        rows = self.seen[kind]
        if not rows:
            return [None] * TENTHS
        n = max(p for p, _, _ in rows) + 1
        out = []
        for t in range(TENTHS):
            part = [r for p, r, _ in rows if t * n / TENTHS <= p < (t + 1) * n / TENTHS]
            out.append(round(sum(part) / len(part), 3) if part else None)
        return out

    def with_example(self, kind: str) -> tuple[float | None, int]:
        """Top-1 on the lines whose label had at least one confirmed example before them."""
        part = [r for _, r, had in self.seen[kind] if had]
        return (round(sum(part) / len(part), 3) if part else None), len(part)


def _choice(kind: str, label, names: dict[str, dict[str, str]]) -> Choice:
    return Choice(label, names.get(kind, {}).get(label) if label else None)


def replay(graph, journal, name: str, agency: str, items: list[dict], names: dict[str, dict[str, str]],
           day: date) -> Replay:
    """Replay ``items`` (labels as node ids) in order; ``names`` maps each kind's codes to their texts."""
    ctx = graph.context
    out = Replay(name)
    confirmed: dict[str, set] = {k: set() for k in KINDS}
    for pos, it in enumerate(items):
        nip = it.get("nip")
        if not nip or not uses_agency(it):
            continue
        pred = analyze_text(graph, it["text"], agency_id=agency, nip=nip)
        for kind in KINDS:
            gold = it.get(kind)
            if not gold:
                continue
            first = ((pred.get("alternatives") or {}).get(kind) or [{}])[0].get("id")
            key = (nip, gold) if kind == "rhk" else gold
            out.seen[kind].append((pos, first == gold, key in confirmed[kind]))
        [aid] = activities.save_activities(journal, nip, agency, [(
            {"day": day, "minutes": 60, "text": it["text"], "description": it["text"]},
            {"analyst": "embedded", "berakhlak": pred.get("berakhlak") or []})], channel="eval")
        # the user confirms or corrects: either way the entry ends up with the labels
        corrections.correct(journal, aid, nip, **{k: _choice(k, it.get(k), names) for k in KINDS if k in it},
                            **({"values": it["berakhlak"]} if it.get("berakhlak") else {}))
        for kind in KINDS:
            if it.get(kind):
                confirmed[kind].add((nip, it[kind]) if kind == "rhk" else it[kind])
        ctx.forget_examples(agency)
    return out
