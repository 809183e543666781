"""The analysis agent: one LangGraph graph from a chat line to a saved, explained entry."""
