"""The environment of the child processes devtools starts (a second bot, a worker, an ingest)."""
from __future__ import annotations

import os
from collections.abc import Callable


def child_env(keep: Callable[[str], bool] = lambda name: False, **values: str) -> dict[str, str]:
    """This process's environment without its ``JEJAK_`` settings (except those ``keep`` accepts), plus
    ``values``: a child is configured by what the run gives it, never by the developer's own settings."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("JEJAK_") or keep(k)}
    env.update(values)
    return env
