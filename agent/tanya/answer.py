"""Indonesian answers from tool results, citing the entries and figures used."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from agent.tanya import texts as T


@dataclass
class Answer:
    text: str
    facts: dict[str, Any] = field(default_factory=dict)  # the tool result the answer is built on
    calls: list[tuple[str, dict]] = field(default_factory=list)  # tool calls made
    understood: bool = True

    @property
    def refused(self) -> bool:
        return self.facts.get("kind") == "refused"


def _num(x: float) -> str:
    return f"{x:g}".replace(".", ",")


def _filters(r: dict) -> str:
    out = ""
    if r.get("rhk"):
        out += T.FILTER_RHK.format(rhk=r["rhk"])
    if r.get("value"):
        out += T.FILTER_VALUE.format(value=r["value"])
    if r.get("processes"):
        out += T.FILTER_PROCESS.format(processes=" / ".join(r["processes"]))
    return out


def _cites(ids: list[int], total: int) -> str:
    if not ids:
        return ""
    more = T.CITES_MORE.format(n=total - len(ids)) if total > len(ids) else ""
    return T.CITES.format(ids=", ".join(f"#{i}" for i in ids), more=more)


def render(r: dict[str, Any]) -> str:
    kind = r.get("kind")
    if kind == "refused":
        return T.REFUSED.format(message=r["message"])
    if kind == "error":
        return T.ERROR.format(message=r["message"])
    return _RENDER[kind](r)


def _hours(r: dict) -> str:
    f, people = _filters(r), r["people"]
    if len(people) == 1:
        p = people[0]
        tpl = T.COUNT_ONE if r["kind"] == "count" else T.HOURS_ONE
        lines = [tpl.format(name=p["name"], hours=_num(p["hours"]), entries=p["entries"], period=r["period"], filters=f)]
    else:
        tpl = T.COUNT_MANY if r["kind"] == "count" else T.HOURS_MANY
        lines = [tpl.format(hours=_num(r["total_hours"]), entries=r["total_entries"], period=r["period"], filters=f)]
        lines += [T.PERSON_LINE.format(name=p["name"], hours=_num(p["hours"]), entries=p["entries"]) for p in people]
    lines.append(_cites(r["entry_ids"], r["total_entries"]))
    return "\n".join(x for x in lines if x)


def _missing(r: dict) -> str:
    if not r["names"]:
        return T.MISSING_NONE.format(checked=r["checked"], period=r["period"])
    return T.MISSING.format(period=r["period"], n=len(r["names"]), checked=r["checked"], names=", ".join(r["names"]))


def _below(r: dict) -> str:
    std = _num(r["standard_hours"])
    if not r["people"]:
        return T.BELOW_NONE.format(std=std, period=r["period"], checked=r["checked"])
    head = T.BELOW.format(std=std, period=r["period"], n=len(r["people"]), checked=r["checked"])
    return "\n".join([head] + [T.BELOW_LINE.format(name=p["name"], hours=_num(p["hours"])) for p in r["people"]])


def _values(r: dict) -> str:
    who = ", ".join(r["people"]) if len(r["people"]) <= 3 else f"{len(r['people'])} pegawai"
    if r.get("value"):
        return T.VALUE_COUNT.format(value=r["value"], n=r["count"], who=who, period=r["period"])
    lines = [T.VALUES_HEAD.format(period=r["period"], who=who, entries=r["entries"])]
    lines += [T.VALUES_LINE.format(value=v, n=n) for v, n in sorted(r["counts"].items(), key=lambda x: -x[1])]
    lines += [T.VALUES_MOST.format(values=", ".join(r["most"])), T.VALUES_RAREST.format(values=", ".join(r["rarest"]))]
    return "\n".join(lines)


def _activities(r: dict) -> str:
    f = _filters(r)
    if not r["total"]:
        return T.ACTIVITIES_NONE.format(period=r["period"], filters=f)
    shown = T.ACTIVITIES_SHOWN.format(n=len(r["entries"])) if r["total"] > len(r["entries"]) else ""
    lines = [T.ACTIVITIES.format(total=r["total"], period=r["period"], filters=f, shown=shown)]
    lines += [T.ACTIVITY_LINE.format(**e) for e in r["entries"]]
    return "\n".join(lines)


def _compare(r: dict) -> str:
    a, b, d = r["a"], r["b"], r["diff_hours"]
    return T.COMPARE.format(a_period=a["period"], a_hours=_num(a["hours"]), a_entries=a["entries"],
                            b_period=b["period"], b_hours=_num(b["hours"]), b_entries=b["entries"],
                            diff=_num(abs(d)), direction=T.UP if d > 0 else T.DOWN if d < 0 else T.SAME)


def _top(r: dict) -> str:
    tpl = T.TOP_MIN if r["order"] == "min" else T.TOP_MAX
    lines = [tpl.format(period=r["period"], names=", ".join(r["names"]) or "-", hours=_num(r["hours"]))]
    lines += [T.TOP_LINE.format(name=p["name"], hours=_num(p["hours"])) for p in r["people"]]
    return "\n".join(lines)


def _pending(r: dict) -> str:
    if not r["total"]:
        return T.PENDING_NONE
    shown = T.ACTIVITIES_SHOWN.format(n=len(r["entries"])) if r["total"] > len(r["entries"]) else ""
    return "\n".join([T.PENDING.format(total=r["total"], shown=shown)] + [T.PENDING_LINE.format(**e) for e in r["entries"]])


def _rhk(r: dict) -> str:
    if not r["rows"]:
        return T.RHK_NONE.format(period=r["period"])
    return "\n".join([T.RHK_HEAD.format(period=r["period"])] + [
        T.RHK_LINE.format(name=x["name"], rhk=x["rhk"], entries=x["entries"], hours=_num(x["hours"]), volume=x["volume"])
        for x in r["rows"]])


def render_proposal(p) -> str:
    shown = sum(1 for n in p.values.values() if n)
    lines = [T.PREDIKAT_HEAD.format(name=p.name, period=p.period.label),
             T.PREDIKAT_BODY.format(hasil=p.hasil_kerja, ratio=p.mean_ratio, perilaku=p.perilaku, shown=shown,
                                    entries=p.entries, predikat=p.predikat), T.PREDIKAT_EVIDENCE]
    for e in p.rhk:
        tpl = T.PREDIKAT_RHK_T if e.expected else T.PREDIKAT_RHK_N
        lines.append(tpl.format(code=e.code, text=e.text, realised=_num(e.realised), expected=_num(round(e.expected or 0, 1)),
                                target=e.target or "-", entries=e.entries))
    vals = ", ".join(f"{v} {n}" for v, n in p.values.most_common()) or "-"
    lines.append(T.PREDIKAT_VALUES.format(values=vals))
    return "\n".join(lines)


def _knowledge(r: dict) -> str:
    if not r["hits"]:
        return T.KNOWLEDGE_NONE
    return "\n".join(T.KNOWLEDGE_LINE.format(**h) for h in r["hits"])


_RENDER = {"hours": _hours, "count": _hours, "missing": _missing, "below": _below, "values": _values,
           "activities": _activities, "compare": _compare, "top": _top, "pending": _pending, "rhk": _rhk,
           "predikat": lambda r: render_proposal(r["proposal"]), "knowledge": _knowledge}
