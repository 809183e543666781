"""The embedded analyst's fitted parameters, with where they came from.

``jejak eval --fit --out FILE`` writes them with their provenance: the embedder they were
fitted for, the data sets and their hash, the date and the held-out scores. A calibration
fitted for another embedder is refused (its weights mean nothing for other vectors). The
package ships one for the default embedder; a data folder's own ``calibration.json`` or
``JEJAK_CALIBRATION`` replaces it.
"""
from __future__ import annotations

import json
from pathlib import Path

from agent.errors import AgentError
from knowledge.berakhlak import VALUES

PACKAGED = Path(__file__).with_name("calibration.json")
DEFAULTS = {
    "values": {
        "w_rel": 40.0, "w_abs": 0.0, "w_top": 0.0, "w_kw": 1.2, "w_kw2": 0.5, "abs_center": 0.82,
        "bias": {v.key: -0.5 for v in VALUES},
    },
    "select": {"threshold": 0.5, "ratio": 0.5, "max": 5, "min": 1},
}


def defaults() -> dict:
    """A deep copy of the defaults, so callers may change it without touching the module's constant."""
    return json.loads(json.dumps(DEFAULTS))


def load(path: Path | None, embedder: str) -> dict:
    """The parameters in ``path`` (or the packaged ones) over the defaults, checked against ``embedder``."""
    path = Path(path) if path else PACKAGED
    if not path.exists():
        return defaults()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise AgentError(f"Kalibrasi {path} tidak terbaca ({exc}); jalankan 'jejak eval --fit --out {path}'.") from None
    fitted_for = (data.get("provenance") or {}).get("embedder")
    if fitted_for and fitted_for != embedder:
        raise AgentError(f"Kalibrasi {path} dibuat untuk embedder '{fitted_for}', bukan '{embedder}'; jalankan "
                         f"'jejak eval --fit --out {path}' dengan embedder ini, atau pakai JEJAK_EMBEDDER={fitted_for}.")
    merged = defaults()
    for section, params in data.items():
        if isinstance(params, dict):
            merged.setdefault(section, {}).update(params)
    return merged
