"""Chat-model loading for the LLM analyst (LangChain ``init_chat_model``)."""
from __future__ import annotations

from agent.errors import ChatModelError

PROVIDER_PACKAGES = {
    "openai": "langchain-openai", "google_genai": "langchain-google-genai",
    "anthropic": "langchain-anthropic", "ollama": "langchain-ollama",
}


def split_spec(spec: str) -> tuple[str | None, str]:
    """'openai:gpt-4o-mini' -> ('openai', 'gpt-4o-mini'); a bare name -> (None, name)."""
    if ":" in spec:
        provider, model = spec.split(":", 1)
        return provider.strip() or None, model.strip()
    return None, spec.strip()


def load_chat_model(settings):
    """The chat model named by ``settings.llm`` ("provider:model"), or an
    OpenAI-compatible server at ``settings.llm_base_url``."""
    from langchain.chat_models import init_chat_model

    spec = getattr(settings, "llm", None) or ""
    base_url = getattr(settings, "llm_base_url", None)
    key = getattr(settings, "llm_api_key", None)
    key = key.get_secret_value() if hasattr(key, "get_secret_value") else key
    provider, model = split_spec(spec) if spec else ("openai", "default")
    kwargs = {"temperature": 0, "timeout": getattr(settings, "llm_timeout", 20.0)}
    if base_url:
        provider = "openai" if provider in (None, "openai") else provider
        kwargs["base_url"] = base_url
        kwargs["api_key"] = key or "tidak-perlu"
    elif key:
        kwargs["api_key"] = key
    try:
        return init_chat_model(model, model_provider=provider, **kwargs)
    except ImportError as exc:
        pkg = PROVIDER_PACKAGES.get(provider or "", f"paket penyedia '{provider}'")
        raise ChatModelError(
            f"Model '{spec or model}' butuh {pkg}; pasang dengan 'pip install {pkg}' atau kosongkan JEJAK_LLM."
        ) from exc
    except ValueError as exc:
        raise ChatModelError(
            f"Model LLM '{spec}' tidak dikenali; tulis seperti 'openai:gpt-4o-mini' atau kosongkan JEJAK_LLM."
        ) from exc
