"""The LLM analyst: one structured-output call per activity (assess + explain),
choosing only among the retrieved candidates. Timeout, error or an invalid
answer -> the embedded analyst's answer, with the reason recorded."""
from __future__ import annotations

import concurrent.futures as cf
import json
import logging
import re
import threading

from langchain_core.messages import BaseMessage
from pydantic import BaseModel, Field, ValidationError

from agent import prompts as P
from agent.analyst.embedded import EmbeddedAnalyst
from agent.analyst.types import Assessment, Candidate, Match, level_for
from knowledge.berakhlak import NAMES, VALUES, by_name

log = logging.getLogger(__name__)


class ValueChoice(BaseModel):
    nilai: str = Field(description="nama nilai BerAKHLAK")
    skor: float = Field(ge=0, le=1, description="kekuatan 0..1")
    bukti: str = Field(default="", description="perilaku yang cocok, singkat")


class LlmAnswer(BaseModel):
    """Penilaian satu kegiatan ASN."""

    berakhlak: list[ValueChoice] = Field(min_length=1, max_length=7)
    probis_id: str | None = None
    probis_skor: float = Field(default=0, ge=0, le=100)
    pokin_id: str | None = None
    pokin_skor: float = Field(default=0, ge=0, le=100)
    rhk_id: str | None = None
    rhk_skor: float = Field(default=0, ge=0, le=100)
    penjelasan: str = Field(default="", max_length=1200)


class InvalidAnswer(ValueError):
    pass


_EXECUTOR: cf.ThreadPoolExecutor | None = None
_EXECUTOR_LOCK = threading.Lock()


def _executor() -> cf.ThreadPoolExecutor:
    global _EXECUTOR
    with _EXECUTOR_LOCK:
        if _EXECUTOR is None:
            _EXECUTOR = cf.ThreadPoolExecutor(max_workers=8, thread_name_prefix="jejak-llm")
        return _EXECUTOR


def _lines(cands: list[Candidate]) -> str:
    if not cands:
        return P.NO_CANDIDATES
    return "\n".join(f"- {c.id}: {c.text}" + (f" | {c.detail}" if c.detail else "") for c in cands)


def build_messages(text: str, candidates: dict[str, list[Candidate]], profile: dict | None, structured: bool):
    """The chat messages asking the model to assess one activity against the given candidates."""
    guides = "\n".join(f"- {v.name}: {'; '.join(v.guides)}" for v in VALUES)
    human = P.HUMAN.format(
        jabatan=(profile or {}).get("jabatan") or "-", unit=(profile or {}).get("unit") or "-",
        activity=text.replace("</kegiatan>", ""), value_guides=guides,
        probis=_lines(candidates.get("probis", [])), pokin=_lines(candidates.get("pokin", [])),
        rhk=_lines(candidates.get("rhk", [])),
    )
    if not structured:
        human += P.JSON_INSTRUCTION
    return [("system", P.SYSTEM.format(values=", ".join(NAMES))), ("human", human)]


def parse_answer(raw) -> LlmAnswer:
    """An ``LlmAnswer`` from whatever the model returned; InvalidAnswer otherwise."""
    try:
        if isinstance(raw, LlmAnswer):
            return raw
        if isinstance(raw, BaseModel) and not isinstance(raw, BaseMessage):
            return LlmAnswer.model_validate(raw.model_dump())
        if isinstance(raw, dict):
            return LlmAnswer.model_validate(raw)
        content = getattr(raw, "content", raw)
        if isinstance(content, list):
            content = "".join(p.get("text", "") if isinstance(p, dict) else str(p) for p in content)
        m = re.search(r"\{.*\}", str(content), re.S)
        if not m:
            raise InvalidAnswer("jawaban bukan JSON")
        return LlmAnswer.model_validate(json.loads(m.group(0)))
    except (ValidationError, json.JSONDecodeError) as exc:
        raise InvalidAnswer(f"struktur jawaban salah ({type(exc).__name__})") from exc


def _pick(kind: str, cid: str | None, score: float, candidates: dict[str, list[Candidate]]) -> Match | None:
    if cid is None or str(cid).strip().lower() in ("", "null", "none", "-"):
        return None
    by_id = {c.id: c for c in candidates.get(kind, [])}
    c = by_id.get(str(cid).strip())
    if c is None:
        raise InvalidAnswer(f"{kind} '{str(cid)[:40]}' bukan kandidat")
    pct = max(0.0, min(100.0, float(score)))
    if pct < 20:
        return None
    detail = c.detail.split("|")[0].strip() if c.detail else None
    return Match(id=c.id, text=c.text, score=pct, level=level_for(pct), citation=c.citation, detail=detail)


def to_assessment(ans: LlmAnswer, base: Assessment, candidates: dict[str, list[Candidate]], name: str) -> Assessment:
    """Turn the model's answer into an Assessment, keeping the embedded one's values for what the model left out."""
    chosen, scores, evidence = [], {}, {}
    for v in ans.berakhlak:
        try:
            canon = by_name(v.nilai).name
        except KeyError as exc:
            raise InvalidAnswer(f"nilai '{v.nilai[:30]}' bukan BerAKHLAK") from exc
        if canon not in chosen:
            chosen.append(canon)
            scores[canon] = round(float(v.skor), 3)
            evidence[canon] = v.bukti[:200] or base.evidence.get(canon, "")
    rest = [n for n in base.ranking if n not in chosen]
    for n in rest:
        scores[n] = min(base.scores.get(n, 0.0), min(scores.values()) if scores else 1.0)
    return Assessment(
        berakhlak=chosen, ranking=chosen + rest, scores=scores, evidence=evidence,
        probis=_pick("probis", ans.probis_id, ans.probis_skor, candidates),
        pokin=_pick("pokin", ans.pokin_id, ans.pokin_skor, candidates),
        rhk=_pick("rhk", ans.rhk_id, ans.rhk_skor, candidates),
        analyst=name, explanation=" ".join(ans.penjelasan.split())[:400],
        alternatives=_with_choice(base, ans),
    )


def _with_choice(base: Assessment, ans: LlmAnswer) -> dict:
    """The embedded analyst's order of the candidates, with the LLM's choice first."""
    out = {}
    for kind, cid in (("probis", ans.probis_id), ("pokin", ans.pokin_id), ("rhk", ans.rhk_id)):
        alts = list(base.alternatives.get(kind, []))
        first = [m for m in alts if m.id == str(cid or "").strip()]
        out[kind] = first + [m for m in alts if m not in first]
    return out


class LlmAnalyst:
    def __init__(self, chat_model, embedded: EmbeddedAnalyst, timeout: float = 20.0):
        self.model = chat_model
        self.embedded = embedded
        self.timeout = timeout
        model_name = getattr(chat_model, "model_name", None) or getattr(chat_model, "model", None)
        self.name = f"llm:{model_name or type(chat_model).__name__}"
        try:
            self._runnable, self._structured = chat_model.with_structured_output(LlmAnswer), True
        except NotImplementedError:
            self._runnable, self._structured = chat_model, False

    def warm_up(self) -> None:
        self.embedded.warm_up()

    def _ask(self, text: str, candidates: dict[str, list[Candidate]], profile: dict | None) -> LlmAnswer:
        msgs = build_messages(text, candidates, profile, self._structured)
        future = _executor().submit(self._runnable.invoke, msgs)
        return parse_answer(future.result(timeout=self.timeout))

    def assess(self, inputs) -> Assessment:
        """The LLM chooses among the embedded analyst's first candidates of each kind (never anything else)."""
        base = self.embedded.assess(inputs)
        candidates = {kind: [Candidate(id=m.id, text=m.text, kind=kind, citation=m.citation, detail=m.detail)
                             for m in alts] for kind, alts in base.alternatives.items()}
        text, profile = inputs.query.text, inputs.profile
        try:
            ans = self._ask(text, candidates, profile)
            return to_assessment(ans, base, candidates, self.name)
        except cf.TimeoutError:
            why = f"LLM tidak menjawab dalam {self.timeout:g} detik"
        except InvalidAnswer as exc:
            why = f"jawaban LLM ditolak: {exc}"
        except Exception as exc:  # noqa: BLE001 - any provider failure falls back, and is recorded
            why = f"LLM galat {type(exc).__name__}"
            log.warning("LLM analyst failed, embedded analyst answers: %s", exc)
        base.analyst_note = why
        return base
