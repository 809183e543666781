"""Trees of any depth from the table layouts agencies use: business process maps
(proses bisnis) and performance trees (pohon kinerja, rencana aksi).

Three ways a sheet says where a node belongs, all understood:
- a parent column (``Induk``, ``Kode Induk``, ``Parent``) naming the parent's code;
- the code itself: ``T1.S1.I01`` sits under ``T1.S1``, ``1.1.2`` under ``1.1``, and
  ``RK01.2`` under ``IKU01`` (the same number under another prefix);
- a flat sheet whose columns are the levels (``Sasaran Strategis, Program, Kegiatan,
  Sub Kegiatan`` or ``Standar, Proses, Sub Proses``), each row repeating the texts of
  its parents: every distinct text becomes a node under the one to its left, and
  ``Indikator <level>`` columns belong to that level.

Columns are recognised by name whatever their case, spacing or underscores; columns
not understood are kept in ``attributes``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from knowledge.models import EXAMPLE_KEY, Indicator, PokinNode, Process

ID = ("kode", "kodeproses", "kodenode", "kodepokin", "kodesubkegiatan", "kodekegiatan", "koderencanaaksi",
      "kodeindikator", "id", "nomor", "no", "nourut")
PARENT = ("induk", "kodeinduk", "parent", "kodeparent", "indukkode", "idinduk", "kodeatasan")
LEVEL = ("level", "tingkat", "levelnode", "jenjang")
KIND = ("jenis", "tipe")
NAME = ("namaproses", "nama", "prosesbisnis", "pernyataan", "uraian", "kondisi", "namakegiatan",
        "sasarankinerja", "sasaran")
# activities written as examples of the node's work (they teach the analyst from day one)
EXAMPLES = ("contohkegiatan", "contohaktivitas", "contohkegiatanharian", "rencanaaksi", "contoh")
OUTPUT = ("keluaran", "output", "keluaranindikator", "hasil", "produk", "keluaranproses")
INDICATOR = ("indikator", "indikatorkinerja", "keluaranindikator", "indikatorkinerjautama", "ukuran")
UNIT = ("unit", "unitpemilik", "unitkerja", "pelaksana", "penanggungjawab", "pj", "unitpenanggungjawab",
        "skpdpengampu", "pengampu", "pemilikproses", "bidangurusanunit", "opd", "pemilik", "bidangurusan")
# headers that name a level of a flat sheet (left to right = top to bottom)
HIERARCHY = ("visi", "misi", "tujuan", "sasaranstrategis", "sasaranpembangunan", "sasaranprogram", "sasarankegiatan",
             "sasaran", "programunggulan", "programunggulanbupati", "programprioritas", "program", "programopd",
             "outcome", "urusan", "kegiatan", "subkegiatan", "standar", "proses", "subproses", "aktivitas",
             "outputprioritas", "iku", "indikatorkinerjautama", "rencanakinerja")
SEPARATORS = ".-_/"


def norm(header: str) -> str:
    """A header without spaces, separators (``_ - . /``) or brackets, so variants match the same column."""
    return re.sub(r"[\s_\-./()]+", "", (header or "").strip().lower())


def _find(keys: list[str], aliases: tuple[str, ...], taken: set[int]) -> int | None:
    """The first free column named like ``aliases`` (in their order of preference), each alias
    exactly or as the start of a longer name ("Kode Probis", "Nama Proses Bisnis", "Uraian Kinerja")."""
    for alias in aliases:
        for exact in (True, False):
            for i, k in enumerate(keys):
                if i in taken or len(alias) < 3 and not exact:
                    continue
                if k == alias if exact else (k.startswith(alias) and not _other_role(k, alias)):
                    return i
    return None


def _other_role(key: str, alias: str) -> bool:
    """A longer name that belongs to another part ("Kode Induk" is no id, "Nama Pegawai" no node)."""
    rest = key[len(alias):]
    return any(w in rest for w in ("induk", "parent", "atasan", "pegawai", "satuan", "unit"))


@dataclass
class Layout:
    """Which column plays which part."""

    kind: str  # probis / pokin
    cols: dict[str, int]  # role -> column
    levels: list[int] = field(default_factory=list)  # flat sheets: the level columns, top first
    level_indicators: dict[int, list[int]] = field(default_factory=dict)  # level column -> its indicator columns
    targets: list[int] = field(default_factory=list)

    @property
    def flat(self) -> bool:
        return len(self.levels) >= 2


def _repeats(rows: list[list[str]], col: int) -> bool:
    values = [r[col].strip() for r in rows if col < len(r) and r[col].strip()]
    return bool(values) and len(set(values)) < len(values)


def layout(kind: str, header: list[str], rows: list[tuple[int, list[str]]]) -> Layout | None:
    """The layout of a probis or pokin table, or None when it does not look like one."""
    keys = [norm(h) for h in header]
    cells = [r for _, r in rows]
    taken: set[int] = set()
    cols: dict[str, int] = {}
    for role, aliases in (("parent", PARENT), ("level", LEVEL), ("kind", KIND)):
        i = _find(keys, aliases, taken)
        if i is not None:
            cols[role] = i
            taken.add(i)
    levels = [i for i, k in enumerate(keys) if k in HIERARCHY and i not in taken]
    # a flat sheet: level columns whose upper ones repeat their texts
    if "parent" not in cols and len(levels) >= 2 and any(_repeats(cells, c) for c in levels[:-1]):
        taken |= set(levels)
        out = Layout(kind, cols, levels)
        for i, k in enumerate(keys):
            if i in taken:
                continue
            if k.startswith("indikator"):
                rest = k[len("indikator"):]
                owner = next((lv for lv in reversed(levels)
                              if rest and (keys[lv].startswith(rest) or rest.startswith(keys[lv]))), None)
                out.level_indicators.setdefault(owner if owner is not None else levels[-1], []).append(i)
                taken.add(i)
        _leaf_columns(out, keys, taken)
        return out
    i = _find(keys, ID, taken)
    if i is not None:
        cols["id"] = i
        taken.add(i)
    name = _find(keys, NAME, taken)
    if name is None:  # the first level-like column ("Proses", "Kegiatan") names the node
        name = next((c for c in levels if c not in taken), None)
    if name is None and kind == "pokin":  # a tree of indicators only (the n8n pokin sheet)
        name = _find(keys, INDICATOR, taken)
        if name is not None:
            cols["indicator"] = name
    if name is None:
        return None
    cols["name"] = name
    taken.add(name)
    out = Layout(kind, cols)
    _leaf_columns(out, keys, taken)
    return out


def _leaf_columns(out: Layout, keys: list[str], taken: set[int]) -> None:
    for role, aliases in (("id", ID), ("output", OUTPUT), ("indicator", INDICATOR), ("unit", UNIT),
                          ("examples", EXAMPLES)):
        if role in out.cols:
            continue
        i = _find(keys, aliases, taken)
        if i is not None:
            out.cols[role] = i
            taken.add(i)
    out.targets = [i for i, k in enumerate(keys) if i not in taken and (k.startswith("target") or k == "satuan")]
    taken.update(out.targets)


def _cell(row: list[str], i: int | None) -> str | None:
    if i is None or i >= len(row):
        return None
    v = row[i].strip()
    return v or None


@dataclass
class Node:
    id: str
    name: str
    row: int
    parent: str | None = None
    level: str | None = None
    output: str | None = None
    indicators: list[tuple[str, str | None]] = field(default_factory=list)
    unit: str | None = None
    attributes: dict[str, Any] = field(default_factory=dict)


def split_examples(cell: str | None) -> list[str]:
    """Example activities in one cell: one per line, or separated by ";" or "|"."""
    if not cell:
        return []
    return [p.strip(" -•\t") for p in re.split(r"[\n;|]+", cell) if len(p.strip(" -•\t")) >= 5]


def _targets(header: list[str], row: list[str], cols: list[int]) -> str | None:
    """The target cells: the value alone from one column, "Header: value" pairs from several."""
    if len(cols) == 1:
        return _cell(row, cols[0])
    parts = [f"{header[i].strip()}: {row[i].strip()}" for i in cols if i < len(row) and row[i].strip()]
    return "; ".join(parts) or None


def _flat_nodes(lay: Layout, header: list[str], rows: list[tuple[int, list[str]]]) -> tuple[list[Node], list[int]]:
    """Nodes of a flat sheet: one per distinct path of level texts."""
    nodes: dict[tuple[str, ...], Node] = {}
    counters: dict[tuple[str, ...], int] = {}
    bad: list[int] = []
    used_ids: set[str] = set()
    for n, row in rows:
        path: tuple[str, ...] = ()
        parent_id, numbers = None, ()
        texts = [(c, _cell(row, c)) for c in lay.levels]
        texts = [(c, t) for c, t in texts if t]
        if not texts:
            bad.append(n)
            continue
        for depth, (c, text) in enumerate(texts):
            path = path + (text,)
            leaf = depth == len(texts) - 1
            node = nodes.get(path)
            if node is None:
                parent_path = path[:-1]
                counters[parent_path] = counters.get(parent_path, 0) + 1
                numbers = (nodes[parent_path].attributes["_numbers"] if parent_path in nodes else ()) + \
                    (counters[parent_path],)
                own = _cell(row, lay.cols.get("id")) if leaf else None
                nid = own if own and own not in used_ids else f"{header[c].strip()} {'.'.join(map(str, numbers))}"
                used_ids.add(nid)
                node = Node(nid, text, n, parent_id, header[c].strip(), attributes={"_numbers": numbers})
                nodes[path] = node
            for ic in lay.level_indicators.get(c, ()):
                ind = _cell(row, ic)
                if ind and all(ind != t for t, _ in node.indicators):
                    node.indicators.append((ind, _targets(header, row, lay.targets) if leaf else None))
            if leaf:
                examples = split_examples(_cell(row, lay.cols.get("examples")))
                if examples:
                    node.attributes.setdefault(EXAMPLE_KEY, []).extend(examples)
                node.output = node.output or _cell(row, lay.cols.get("output"))
                node.unit = node.unit or _cell(row, lay.cols.get("unit"))
                if not lay.level_indicators.get(c) and lay.targets:
                    target = _targets(header, row, lay.targets)
                    if target and not node.indicators:
                        node.indicators.append((node.output or text, target))
            parent_id = node.id
    out = list(nodes.values())
    for node in out:
        node.attributes.pop("_numbers", None)
    return out, bad


_DIGITS = re.compile(r"\d+")
_CODE = re.compile(r"[\w.\-/]+")


def _parent_by_code(code: str, ids: set[str], order: dict[str, int]) -> str | None:
    """The node ``code`` extends: cut its last segment until a known code remains; a cut
    code that is not known may still be the same number under another prefix (RK01 -> IKU01)."""
    s = code
    while True:
        cut = max(s.rfind(sep) for sep in SEPARATORS)
        if cut <= 0:
            return None
        s = s[:cut]
        if s in ids and s != code:
            return s
        digits = _DIGITS.findall(s)
        if digits:
            same = [i for i in ids if i != code and _DIGITS.findall(i) == digits and order[i] < order[code]]
            if same:
                return max(same, key=lambda i: order[i])


def _listed_nodes(lay: Layout, header: list[str], rows: list[tuple[int, list[str]]]) -> tuple[list[Node], list[int]]:
    nodes, bad = [], []
    for n, row in rows:
        name = _cell(row, lay.cols.get("name"))
        if not name:
            bad.append(n)
            continue
        indicator = _cell(row, lay.cols.get("indicator"))
        level = _cell(row, lay.cols.get("level"))
        kind = _cell(row, lay.cols.get("kind"))
        node = Node(_cell(row, lay.cols.get("id")) or f"baris-{n}", name, n, _cell(row, lay.cols.get("parent")),
                    level or kind, _cell(row, lay.cols.get("output")), [], _cell(row, lay.cols.get("unit")))
        if kind and level:
            node.attributes["jenis"] = kind
        examples = split_examples(_cell(row, lay.cols.get("examples")))
        if examples:
            node.attributes[EXAMPLE_KEY] = examples
        if indicator:
            texts = [p.strip() for p in indicator.split("|") if p.strip()]
            targets = [p.strip() for p in (_targets(header, row, lay.targets) or "").split("|")]
            node.indicators = [(t, targets[k] if k < len(targets) and targets[k] else None)
                               for k, t in enumerate(texts)]
        elif lay.targets:
            target = _targets(header, row, lay.targets)
            if target:
                node.attributes["target"] = target
        nodes.append(node)
    if "parent" not in lay.cols:
        ids = {x.id for x in nodes}
        order = {x.id: k for k, x in enumerate(nodes)}
        for x in nodes:
            x.parent = _parent_by_code(x.id, ids, order)
    known = {x.id for x in nodes}
    for x in nodes:  # a parent that is no code ("(pilihan guru)") is not a parent
        if x.parent and x.parent not in known and not _CODE.fullmatch(x.parent):
            x.attributes["induk"] = x.parent
            x.parent = None
    return nodes, bad


def read_tree(kind: str, header: list[str], rows: list[tuple[int, list[str]]]) -> tuple[list, list[int]] | None:
    """(records with their row numbers, rows that are not nodes) of a probis or pokin table, or None."""
    lay = layout(kind, header, rows)
    if lay is None:
        return None
    nodes, bad = (_flat_nodes if lay.flat else _listed_nodes)(lay, header, rows)
    used = set(lay.cols.values()) | set(lay.levels) | set(lay.targets) | {i for v in lay.level_indicators.values()
                                                                          for i in v}
    records = []
    for node in nodes:
        row = next((r for n, r in rows if n == node.row), [])
        attrs = dict(node.attributes)
        if not lay.flat:
            attrs.update({_key(h): row[i].strip() for i, h in enumerate(header)
                          if i not in used and i < len(row) and h.strip() and row[i].strip()})
        records.append((node.row, _record(kind, node, attrs)))
    return records, bad


def _key(header: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", header.strip().lower()).strip("_")


def _record(kind: str, node: Node, attrs: dict[str, Any]):
    if kind == "probis":
        level = node.level
        output = node.output or ("; ".join(t for t, _ in node.indicators) or None)
        if level and not str(level).isdigit():
            attrs.setdefault("level", level)
        return Process(id=node.id, name=node.name, level=int(level) if level and str(level).isdigit() else None,
                       parent=node.parent, owner_unit=node.unit, output=output, attributes=attrs)
    indicators = tuple(Indicator(t, tg) for t, tg in node.indicators)
    if not indicators and node.output:
        indicators = (Indicator(node.output, attrs.pop("target", None)),)
    return PokinNode(id=node.id, statement=node.name, level=node.level, indicators=indicators, parent=node.parent,
                     unit=node.unit, attributes=attrs)


PROBIS_WORDS = ("proses", "probis", "subproses", "namaproses", "prosesbisnis")
POKIN_WORDS = ("indikator", "target", "sasaran", "iku", "rencanaaksi", "outcome", "pernyataan", "kinerja")


def kind_of(header: list[str], hint: str | None) -> str | None:
    """probis or pokin: the forced or file-name hint first, then what the headers speak of."""
    if hint in ("probis", "pokin"):
        return hint
    keys = [norm(h) for h in header]
    if any(any(w in k for w in PROBIS_WORDS) for k in keys):
        return "probis"
    if any(any(w in k for w in POKIN_WORDS) for k in keys):
        return "pokin"
    return None
