"""Wiring: build each long-lived service once from ``Settings``.

The CLI and the bot both use this; tests build the same objects with fakes.
Everything is created lazily on first use and closed by ``close()``.
"""
from __future__ import annotations

from functools import cached_property
from typing import Any

from jejak.settings import Settings


class Services:
    def __init__(self, settings: Settings):
        self.settings = settings
        settings.ensure_dirs()

    @cached_property
    def journal(self):
        from journal.db import Journal

        return Journal(self.settings.db_url)

    @cached_property
    def embeddings(self):
        from knowledge.embeddings import load_embeddings

        return load_embeddings(self.settings.embedder)

    @cached_property
    def knowledge(self):
        """The agency knowledge base: Chroma store plus hybrid retrieval."""
        from knowledge.base import KnowledgeBase

        return KnowledgeBase.open(
            embeddings=self.embeddings,
            path=self.settings.chroma_dir,
            url=self.settings.chroma_url,
        )

    @cached_property
    def chat_model(self) -> Any | None:
        if not (self.settings.llm or self.settings.llm_base_url):
            return None
        from agent.models import load_chat_model

        return load_chat_model(self.settings)

    @cached_property
    def graph(self):
        from agent.graph import build_graph

        return build_graph(
            knowledge=self.knowledge,
            journal=self.journal,
            config=self.settings,
            chat_model=self.chat_model,
        )

    @cached_property
    def tanya(self):
        """Questions about recorded performance; the knowledge base opens on first search."""
        from agent.tanya.graph import LazyKnowledge, Tanya

        st = self.settings
        return Tanya(self.journal, timezone=st.timezone, standard_hours=st.daily_standard_hours,
                     holidays=st.holidays, knowledge=LazyKnowledge(lambda: self.knowledge),
                     chat_model=self.chat_model)

    def close(self) -> None:
        if "journal" in self.__dict__:
            self.journal.close()
        if "knowledge" in self.__dict__:
            self.knowledge.close()
