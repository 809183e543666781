"""A free TCP port on the loopback interface, for the servers devtools starts (emulator, PostgreSQL)."""
from __future__ import annotations

import socket


def free_port() -> int:
    """A loopback port that is free now, for servers started by tests and benches."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]
