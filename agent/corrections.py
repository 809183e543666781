"""Correcting an entry's analysis by code (``jejak koreksi``, the bot's correction buttons).

A code is checked against what it may be: a node of the agency's process map or performance
tree, or one of the entry owner's own RHK; "-" means none fits. The journal records the
change and the entry becomes an example the analyst learns from at once.
"""
from __future__ import annotations

from agent.errors import AgentError
from journal import activities, corrections
from journal.corrections import Choice

NONE = "-"
KINDS = ("rhk", "probis", "pokin")
LABELS = {"rhk": "RHK", "probis": "probis", "pokin": "pokin"}


def choice(ctx, agency_id: str, owner_nip: str, kind: str, code: str) -> Choice:
    """The ``Choice`` for ``code`` of ``kind`` (``-``: none fits); an unknown code is refused."""
    code = (code or "").strip()
    if code in (NONE, ""):
        return Choice(None)
    if kind == "rhk":
        rows = {r.code.lower(): r for r in ctx.person_rhk(owner_nip)}
        row = rows.get(code.lower())
        if row is None:
            known = ", ".join(sorted(r.code for r in rows.values())) or "tidak ada"
            raise AgentError(f"RHK '{code}' tidak ada di SKP pemilik entri; pilih salah satu: {known}, atau '-'.")
        return Choice(row.code, row.text)
    agency = ctx.agency(agency_id)
    tree = agency.tree(kind) if agency is not None else None
    lookup = {i.lower(): n for i, n in tree.index.items()} if tree is not None else {}
    node = lookup.get(code.lower())
    if node is None:
        raise AgentError(f"Kode {LABELS[kind]} '{code}' tidak ada di dokumen instansi {agency_id}; "
                         f"lihat daftar dengan 'jejak kb search \"{code}\" --type {kind}', atau tulis '-'.")
    return Choice(tree.ids[node], tree.names[node])


def correct(ctx, activity_id: int, actor_nip: str, *, codes: dict[str, str], values: list[str] | None = None):
    """Apply corrections given as codes; the recorded changes."""
    act = activities.get_activity(ctx.journal, activity_id)
    chosen = {kind: choice(ctx, act.agency_id, act.nip, kind, code) for kind, code in codes.items()}
    kwargs = dict(chosen)
    if values is not None:
        kwargs["values"] = values
    changes = corrections.correct(ctx.journal, activity_id, actor_nip, **kwargs)
    ctx.forget_examples(act.agency_id)
    return changes


def confirm(ctx, activity_id: int, nip: str):
    """Confirm an activity's analysis and forget the agency's cached examples, which now include it."""
    act = corrections.confirm(ctx.journal, activity_id, nip)
    ctx.forget_examples(act.agency_id)
    return act
