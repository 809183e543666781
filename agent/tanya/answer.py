"""Indonesian answers from tool results, showing their basis.

The facts of an answer (``Answer.facts``, the tool's result) always carry:
- ``kind``: hours, count, measure, groups, top, compare, missing, filled, below, values, activities,
  pending, queue, rhk, predikat, knowledge, refused, error, help, ambiguous;
- ``period``: ``{"label", "key", "start", "end", "assumed", "workdays"}`` (``None`` = all time);
- ``people``: the people counted (``nip``, ``name`` and their figures), ``who`` and ``scope_note``;
- ``filters``: what narrowed the entries (rhk, nilai, proses, topik, status, bukti);
- ``entry_ids``: every entry counted.
And, by kind, the figures asked for: ``value`` + ``unit`` + ``measure`` (a number),
``groups`` ``{"by", "unit", "values": {key: number}, "labels"}``, ``ranking``
``{"unit", "rows": [{"name", "value"}]}``, ``compare`` ``{"unit", "values": {label: number}}``,
``names`` (the people answering a "who" question). The text shows the same figures.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from agent import texts as T
from journal.calendar import number as num  # every figure in the product's one number style


@dataclass
class Answer:
    text: str
    facts: dict[str, Any] = field(default_factory=dict)  # the tool result the answer is built on
    calls: list[tuple[str, dict]] = field(default_factory=list)  # tool calls made
    understood: bool = True

    @property
    def refused(self) -> bool:
        return self.facts.get("kind") == "refused"


def figure(value, unit: str, measure: str | None = None) -> str:
    """A value with its unit or measure, as the answer shows it."""
    return (T.MEASURE_FORMAT.get(measure or "") or T.UNIT_TEXT.get(unit, "{v} " + unit)).format(v=num(value))


def _date(iso: str) -> str:
    y, m, d = iso.split("-")
    return f"{d}/{m}/{y}"


def period_text(p: dict | None) -> str:
    """A period as its label, with its dates when the label does not show them."""
    if not p:
        return T.ALL_TIME
    if "/" in p["label"] or p["start"] == p["end"]:
        return p["label"]
    end = p.get("through") or p["end"]
    return T.PERIOD.format(label=p["label"], start=_date(p["start"]), end=_date(max(end, p["start"])))


def names_text(names: list[str]) -> str:
    """Names joined for a sentence, without a final period doubling the sentence's own."""
    return ", ".join(names).rstrip(".")


def _filters(r: dict) -> str:
    f = r.get("filters") or {}
    out = ""
    if f.get("rhk"):
        out += T.FILTER_RHK.format(rhk=f["rhk"])
    if f.get("nilai"):
        out += T.FILTER_VALUE.format(value=f["nilai"])
    if f.get("proses"):
        out += T.FILTER_PROCESS.format(processes=" / ".join(f["proses"]))
    if f.get("pokin"):
        out += T.FILTER_POKIN.format(pokin=f["pokin"])
    if f.get("topik"):
        out += T.FILTER_TOPIC.format(topic=f["topik"])
    if f.get("status"):
        out += T.FILTER_STATUS.format(status=T.STATUS_TEXT.get(f["status"], f["status"]))
    if f.get("bukti") is not None:
        out += T.FILTER_EVIDENCE[bool(f["bukti"])]
    return out


def cites(ids: list[int], limit: int = 15) -> str:
    """The entry ids an answer is based on, shortened after ``limit`` so the reply stays readable."""
    if not ids:
        return T.CITES_NONE
    shown = ids[:limit]
    more = T.CITES_MORE.format(n=len(ids) - len(shown)) if len(ids) > len(shown) else ""
    return T.CITES.format(ids=", ".join(f"#{i}" for i in shown), more=more)


def _notes(r: dict) -> list[str]:
    out = []
    p = r.get("period")
    if p and p.get("assumed"):
        out.append(T.ASSUMED.format(period=period_text(p)))
    if r.get("scope_note"):
        out.append(r["scope_note"][0].upper() + r["scope_note"][1:] + ".")
    return out


def render(r: dict[str, Any]) -> str:
    """The Indonesian answer text for a tool result, chosen by its kind."""
    kind = r.get("kind")
    if kind == "refused":
        return T.REFUSED.format(message=r["message"])
    if kind == "error":
        return T.ERROR.format(message=r["message"])
    return _RENDER[kind](r)


def _with_basis(lines: list[str], r: dict, ids: bool = True) -> str:
    lines = [x for x in lines if x] + _notes(r)
    if ids:
        lines.append(cites(r.get("entry_ids", [])))
    return "\n".join(lines)


def _who(r: dict) -> str:
    people = r.get("people", [])
    return people[0]["name"] if len(people) == 1 else r.get("who") or T.WHO_SCOPE


def _measure(r: dict) -> str:
    f, per, people = _filters(r), period_text(r["period"]), r["people"]
    kind = r["kind"]
    if kind in ("hours", "count") and len(people) == 1:
        tpl = T.COUNT_ONE if kind == "count" else T.HOURS_ONE
        return _with_basis([tpl.format(name=people[0]["name"], hours=num(r["total_hours"]), entries=r["total_entries"],
                                       period=per, filters=f)], r)
    if kind in ("hours", "count"):
        tpl = T.COUNT_MANY if kind == "count" else T.HOURS_MANY
        lines = [tpl.format(who=r["who"][0].upper() + r["who"][1:], hours=num(r["total_hours"]),
                            entries=r["total_entries"], period=per, filters=f)]
        lines += [T.PERSON_LINE.format(name=p["name"], hours=num(p["hours"]), entries=p["entries"]) for p in people]
        return _with_basis(lines, r)
    extra = ""
    if r["measure"] in ("rata_hari_terisi", "hari_terisi", "rata_entri_hari_terisi"):
        extra = T.EXTRA_DAYS.format(days=r["days_filled"])
    elif r["measure"] in ("rata_hari_kerja", "persen_standar", "hari_kosong", "rata_entri_hari_kerja"):
        extra = T.EXTRA_WORKDAYS.format(n=r["period"]["workdays"])
    if len(people) > 1:
        extra += T.EXTRA_PEOPLE.format(n=len(people))
    what = T.MEASURE_TEXT[r["measure"]]
    if len(people) == 1:
        return _with_basis([T.MEASURE_ONE.format(what=what.capitalize(), name=people[0]["name"], period=per, filters=f,
                                                 value=figure(r["value"], r["unit"], r.get("measure")), hours=num(r["total_hours"]),
                                                 entries=r["total_entries"], extra=extra)], r)
    lines = [T.MEASURE_MANY.format(what=what.capitalize(), who=r["who"], period=per, filters=f,
                                   value=figure(r["value"], r["unit"], r.get("measure")), hours=num(r["total_hours"]),
                                   entries=r["total_entries"], extra=extra)]
    lines += [T.PERSON_VALUE_LINE.format(name=p["name"], value=figure(p["value"], r["unit"], r.get("measure")), hours=num(p["hours"]),
                                         entries=p["entries"]) for p in people]
    return _with_basis(lines, r)


def _groups(r: dict) -> str:
    g = r["groups"]
    what = T.MEASURE_TEXT[r["measure"]].capitalize()
    lines = [T.GROUPS_HEAD.format(what=what, by=T.GROUP_TEXT[g["by"]], who=_who(r), period=period_text(r["period"]),
                                  filters=_filters(r), hours=num(r["total_hours"]), entries=r["total_entries"])]
    order = sorted(g["values"], key=lambda k: str(k)) if g["by"] in ("minggu", "hari", "bulan", "rhk", "probis",
                                                                     "pokin") else \
        sorted(g["values"], key=lambda k: (-g["values"][k], str(g["labels"].get(k, k))))
    lines += [T.GROUP_LINE.format(label=g["labels"].get(k, k), value=figure(g["values"][k], g["unit"], r.get("measure"))) for k in order]
    return _with_basis(lines, r)


def _missing(r: dict) -> str:
    per = period_text(r["period"])
    if r["kind"] == "filled":
        line = (T.FILLED.format(period=per, n=len(r["names"]), checked=r["checked"], names=names_text(r["names"]))
                if r["names"] else T.FILLED_NONE.format(checked=r["checked"], period=per))
    elif not r["names"]:
        line = T.MISSING_NONE.format(checked=r["checked"], period=per)
    else:
        line = T.MISSING.format(period=per, n=len(r["names"]), checked=r["checked"], names=names_text(r["names"]))
    return _with_basis([line], r, ids=r["kind"] == "filled")


def _below(r: dict) -> str:
    per = period_text(r["period"])
    above = r.get("direction") == "atas"
    if r.get("custom"):  # a limit of the question's own: "kurang dari separuh standar", "di bawah 3,5 jam"
        limit = figure(r["standard_hours"], r["limit_unit"], r["measure"])
        head = (T.LIMIT_ABOVE if above else T.LIMIT_BELOW).format(
            what=T.MEASURE_TEXT[r["measure"]].capitalize(), limit=limit, period=per, n=len(r["people"]), checked=r["checked"])
        lines = [head] + [T.BELOW_LINE.format(name=p["name"], hours=figure(p["value"], r["limit_unit"], r["measure"]))
                          for p in r["people"]]
        return _with_basis(lines, r)
    std = num(r["standard_hours"])
    if not r["people"]:
        return _with_basis([(T.ABOVE_NONE if above else T.BELOW_NONE).format(std=std, period=per, checked=r["checked"])],
                           r, ids=False)
    head = (T.ABOVE if above else T.BELOW).format(std=std, period=per, n=len(r["people"]), checked=r["checked"])
    return _with_basis([head] + [T.BELOW_LINE.format(name=p["name"], hours=figure(p["hours"], "jam")) for p in r["people"]],
                       r)


def _values(r: dict) -> str:
    who, per, f = _who(r), period_text(r["period"]), _filters(r)
    if r.get("value_name"):
        return _with_basis([T.VALUE_COUNT.format(value=r["value_name"], n=r["count"], entries=r["entries"], who=who,
                                                 period=per, filters=f)], r)
    if not r["entries"]:
        return _with_basis([T.VALUES_NONE.format(period=per, who=who, filters=f)], r, ids=False)
    lines = [T.VALUES_HEAD.format(period=per, who=who, entries=r["entries"], filters=f)]
    lines += [T.VALUES_COUNT_LINE.format(value=v, n=n) for v, n in sorted(r["counts"].items(), key=lambda x: -x[1])]
    if r["even"]:
        lines.append(T.VALUES_EVEN.format(n=next(iter(r["counts"].values()))))
    else:
        lines += [T.VALUES_MOST.format(values=", ".join(r["most"])), T.VALUES_RAREST.format(values=", ".join(r["rarest"]))]
    return _with_basis(lines, r)


def _activities(r: dict) -> str:
    f, per, who = _filters(r), period_text(r["period"]), _who(r)
    if r.get("latest") and r["entries"]:
        return _with_basis([T.LATEST.format(who=who, filters=f)] + [_entry_line(e) for e in r["entries"]], r)
    if not r["total"]:
        return _with_basis([T.ACTIVITIES_NONE.format(who=who, period=per, filters=f)], r, ids=False)
    shown = T.ACTIVITIES_SHOWN.format(n=len(r["entries"])) if r["total"] > len(r["entries"]) else ""
    lines = [T.ACTIVITIES.format(total=r["total"], who=who, period=per, filters=f, hours=num(r["total_hours"]),
                                 shown=shown)]
    lines += [_entry_line(e) for e in r["entries"]]
    return _with_basis(lines, r)


def _entry_line(e: dict) -> str:
    return T.ACTIVITY_LINE.format(**dict(e, day=_date(e["day"]), status=T.STATUS_SHORT.get(e["status"], e["status"])))


def _compare(r: dict) -> str:
    a, b, d = r["a"], r["b"], r["diff"]
    people = r.get("by") == "pegawai"
    label = (lambda x: x["who"]) if people else (lambda x: period_text(x["period"]))
    short = (lambda x: x["who"]) if people else (lambda x: x["period"]["label"])
    context = period_text(a["period"]) if people else r.get("who", "")
    outcome = T.COMPARE_SAME.format(a=short(a), b=short(b)) if d == 0 else T.COMPARE_DIFF.format(
        a=short(a), b=short(b), diff=figure(abs(d), r["unit"], r.get("measure")), direction=T.UP if d > 0 else T.DOWN,
        pct=T.COMPARE_PCT.format(pct=num(abs(r["change_pct"]))) if r.get("change_pct") is not None else "")
    return _with_basis([T.COMPARE.format(
        what=T.MEASURE_TEXT[r["measure"]].capitalize(), who=context, filters=_filters(r),
        a_period=label(a), a_value=figure(a["value"], r["unit"], r.get("measure")), a_entries=a["entries"],
        b_period=label(b), b_value=figure(b["value"], r["unit"], r.get("measure")), b_entries=b["entries"],
        outcome=outcome)], r)


def _top(r: dict) -> str:
    what, per, f = T.MEASURE_TEXT[r["measure"]], period_text(r["period"]), _filters(r)
    rows = r["ranking"]["rows"]
    if r.get("n") and r["n"] > 1:
        tpl = T.TOP_N_MIN if r["order"] == "min" else T.TOP_N_MAX
        lines = [tpl.format(n=r["n"], what=what, period=per, filters=f)]
    else:
        tpl = T.TOP_MIN if r["order"] == "min" else T.TOP_MAX
        lines = [tpl.format(what=what.capitalize(), period=per, filters=f, names=", ".join(r["names"]) or "-",
                            value=figure(r["value"], r["unit"], r.get("measure")))]
    lines += [T.TOP_LINE.format(i=i, name=x["name"], value=figure(x["value"], r["unit"]))
              for i, x in enumerate(rows[:max(r.get("n") or 0, 10)], 1)]
    return _with_basis(lines, r)


def _pending(r: dict) -> str:
    per = T.QUEUE_PERIOD.format(period=period_text(r["period"])) if r.get("period") else ""
    if not r["total"]:
        return _with_basis([T.PENDING_NONE.format(who=r["who"], period=per)], r, ids=False)
    shown = T.ACTIVITIES_SHOWN.format(n=len(r["entries"])) if r["total"] > len(r["entries"]) else ""
    lines = [T.PENDING.format(total=r["total"], who=r["who"], period=per, shown=shown)]
    lines += [T.PENDING_LINE.format(**dict(e, day=_date(e["day"]))) for e in r["entries"]]
    return _with_basis(lines, r)


def _queue(r: dict) -> str:
    per = T.QUEUE_PERIOD.format(period=period_text(r["period"])) if r.get("period") else T.QUEUE_ALL
    if not r["total"]:
        return _with_basis([T.QUEUE_NONE[r["queue"]].format(period=per)], r, ids=False)
    shown = T.ACTIVITIES_SHOWN.format(n=len(r["entries"])) if r["total"] > len(r["entries"]) else ""
    lines = [T.QUEUE_HEAD[r["queue"]].format(total=r["total"], period=per, shown=shown)]
    lines += [_entry_line(e) for e in r["entries"]]
    return _with_basis(lines, r)


def _rhk(r: dict) -> str:
    per = period_text(r["period"])
    if not r["rows"]:
        return _with_basis([T.RHK_NONE.format(period=per)], r, ids=False)
    return _with_basis([T.RHK_HEAD.format(period=per)] + [
        T.RHK_PROGRESS_LINE.format(name=x["name"], rhk=x["rhk"], entries=x["entries"], hours=num(x["hours"]), volume=x["volume"])
        for x in r["rows"]], r)


def render_proposal(p) -> str:
    """A proposed performance rating (predikat) with the evidence it rests on."""
    shown = sum(1 for n in p.values.values() if n)
    lines = [T.PREDIKAT_HEAD.format(name=p.name, period=p.period.label),
             T.PREDIKAT_BODY.format(hasil=p.hasil_kerja, ratio=p.mean_ratio, perilaku=p.perilaku, shown=shown,
                                    entries=p.entries, predikat=p.predikat or T.PREDIKAT_NOT_PROPOSED)]
    if p.provisional:
        reasons = "; ".join(T.PREDIKAT_REASON[k].format(pct=v, n=v) for k, v in p.reasons)
        lines.append(T.PREDIKAT_PROVISIONAL.format(reasons=reasons))
        if p.predikat is None:
            lines.append(T.PREDIKAT_HELD.format(computed=p.computed))
    lines.append(T.PREDIKAT_EVIDENCE)
    for e in p.rhk:
        tpl = T.PREDIKAT_RHK_T if e.expected else T.PREDIKAT_RHK_N
        lines.append(tpl.format(code=e.code, text=e.text, realised=num(e.realised), expected=num(round(e.expected or 0, 1)),
                                target=e.target or "-", entries=e.entries))
    vals = ", ".join(f"{v} {n}" for v, n in p.values.most_common()) or "-"
    lines.append(T.PREDIKAT_VALUES.format(values=vals))
    return "\n".join(lines)


def _predikat(r: dict) -> str:
    return "\n".join([render_proposal(r["proposal"]), cites(r.get("entry_ids", []))])


def _knowledge(r: dict) -> str:
    if not r["hits"]:
        return T.KNOWLEDGE_NONE
    return "\n".join(T.KNOWLEDGE_LINE.format(**h) for h in r["hits"])


def basis_line(r: dict) -> str:
    """One line with the basis of a tool result, for answers written by an LLM."""
    who = ", ".join(p["name"] for p in r.get("people", [])[:5]) or r.get("who", "")
    return T.BASIS_LLM.format(period=period_text(r.get("period")), who=who, cites=cites(r.get("entry_ids", [])))


_RENDER = {"hours": _measure, "count": _measure, "measure": _measure, "groups": _groups, "missing": _missing,
           "filled": _missing, "below": _below, "values": _values, "activities": _activities, "compare": _compare,
           "top": _top, "pending": _pending, "queue": _queue, "rhk": _rhk, "predikat": _predikat,
           "knowledge": _knowledge}
