"""Analysts: the embedded (default, offline) one and the LLM one, same contract."""
