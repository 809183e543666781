"""The short Indonesian explanation of an assessment, with its sources."""
from __future__ import annotations

from agent import texts as M
from agent.analyst.types import Assessment, Match
from knowledge.glossary import Lexicon

MAX_CHARS = 600


def _short(text: str, n: int) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


def suggestion_for(description: str, a: Assessment, has_knowledge: bool) -> str | None:
    """One concrete suggestion when the text is too vague to assess well."""
    if len(set(Lexicon.default().tokens(description))) < 3:
        return M.SUGGEST_VAGUE
    if has_knowledge and a.probis is None and a.pokin is None and len(set(Lexicon.default().tokens(description))) < 5:
        return M.SUGGEST_NO_MATCH
    return None


def path_text(m: Match, depth: int = 2) -> str:
    """``IKU01 › RK01.2``: the node with the nodes above it (the last ``depth``)."""
    path = m.path or [m.id]
    shown = M.PATH_JOIN.join(path[-depth:])
    return (M.PATH_LONG + shown) if len(path) > depth else shown


def unsure_line(a: Assessment, kind: str, n: int = 2) -> str | None:
    """The line for a kind the analyst is not certain of: its likeliest candidates."""
    alts = a.alternatives.get(kind) or []
    if not alts:
        return None
    options = M.UNSURE_JOIN.join(M.UNSURE_OPTION.format(id=m.id, name=_short(m.text, 45)) for m in alts[:n])
    return M.UNSURE_LINE.format(kind=M.KIND_LABELS[kind], options=options)


def explain(a: Assessment, description: str, *, has_knowledge: bool, budget: int = MAX_CHARS) -> Assessment:
    """Fill ``a.explanation``, ``a.citations`` and ``a.suggestion`` (explanation <= ``budget`` chars)."""
    citations: list[str] = [M.BERAKHLAK_SOURCE]
    lines: list[str] = []
    if a.analyst != "embedded" and a.explanation:
        lines.append(_short(a.explanation, 240))
    if a.berakhlak:
        first = a.berakhlak[0]
        lines.append(M.VALUES_LINE.format(values=", ".join(a.berakhlak),
                                          evidence=_short(a.evidence.get(first, ""), 90),
                                          source=M.BERAKHLAK_SOURCE))
    if a.probis:
        lines.append(M.PROBIS_LINE.format(path=path_text(a.probis), name=_short(a.probis.text, 70),
                                          level=M.LEVEL_NAMES[a.probis.level], score=a.probis.score,
                                          source=a.probis.citation))
        citations.append(a.probis.citation)
    elif has_knowledge:
        lines.append(unsure_line(a, "probis") or M.NO_PROBIS)
    if a.pokin:
        lines.append(M.POKIN_LINE.format(path=path_text(a.pokin), indicator=_short(a.pokin.detail or a.pokin.text, 70),
                                         level=M.LEVEL_NAMES[a.pokin.level], score=a.pokin.score,
                                         source=a.pokin.citation))
        citations.append(a.pokin.citation)
    elif has_knowledge:
        lines.append(unsure_line(a, "pokin") or M.NO_POKIN)
    if a.rhk:
        lines.append(M.RHK_LINE.format(id=a.rhk.id, name=_short(a.rhk.text, 60), score=a.rhk.score,
                                       source=a.rhk.citation))
        citations.append(a.rhk.citation)
    elif a.alternatives.get("rhk"):
        lines.append(unsure_line(a, "rhk"))
    a.suggestion = a.suggestion or suggestion_for(description, a, has_knowledge)
    if a.suggestion:  # right after the values: the explanation is cut from the end when too long
        lines.insert(1 if a.berakhlak else 0, M.SUGGESTION.format(text=a.suggestion))
    if a.analyst_note and a.analyst == "embedded":
        lines.append(M.ANALYST_FALLBACK.format(why=_short(a.analyst_note, 60)))
    text = "\n".join(lines)
    while len(text) > budget and len(lines) > 1:
        lines.pop()
        text = "\n".join(lines)
    a.explanation = _short(text, budget) if len(text) > budget else text
    a.citations = [c for c in dict.fromkeys(citations) if c]
    return a
