"""What an analyst returns: one contract for the embedded and the LLM analyst."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

LEVELS = ("exact", "high", "semantic", "context", "none")


def level_for(score: float) -> str:
    """Match level as the original workflow grades it (score in percent)."""
    if score >= 100:
        return "exact"
    if score >= 70:
        return "high"
    if score >= 40:
        return "semantic"
    if score >= 20:
        return "context"
    return "none"


@dataclass
class Match:
    id: str
    text: str
    score: float  # percent, 0..100
    level: str
    citation: str = ""
    detail: str | None = None  # e.g. the pokin indicator, the RHK indicator
    path: list[str] = field(default_factory=list)  # probis / pokin: ids from the root down to this node


@dataclass
class Candidate:
    """A retrieved record the analysts may choose (never anything else)."""

    id: str
    text: str  # name / statement / RHK text
    kind: str  # probis / pokin / rhk
    citation: str = ""
    detail: str | None = None
    search_text: str = ""  # what is embedded and matched
    unit: str | None = None  # owner unit of the process / pokin node
    parent: str | None = None  # parent node (probis / pokin) or the supervisor's RHK code (RHK)
    owner: str | None = None  # RHK: the person's NIP
    period: str | None = None  # RHK: the SKP period
    path: list[str] = field(default_factory=list)  # probis / pokin: ids from the root down to this node


@dataclass
class Assessment:
    berakhlak: list[str]  # selected, strongest first
    ranking: list[str]  # all seven, strongest first
    scores: dict[str, float]  # calibrated probability per value
    evidence: dict[str, str]  # selected value -> matching guide or indicator
    probis: Match | None = None
    pokin: Match | None = None
    rhk: Match | None = None
    analyst: str = "embedded"
    analyst_note: str | None = None
    explanation: str = ""
    suggestion: str | None = None
    citations: list[str] = field(default_factory=list)
    # per kind (probis, pokin, rhk): the candidates in the analyst's order, best first (the
    # next ones are what a user picks from to correct the answer)
    alternatives: dict[str, list[Match]] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
