"""The chat-model factory and the translation of LLM-server failures into errors that name the fix."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any, Protocol

from pathfinder.errors import BadModelReply, LLMError
from pathfinder.settings import OPENAI_DEFAULT_URL, Settings

DEFAULT_MAX_RETRIES = 0  # the responder retries itself, inside the reply's deadline (llm/rounds.py)


class ChatModel(Protocol):
    """What the LLM responder needs of a chat model: LangChain's `ChatOpenAI` (`build_chat_model`) or the
    shipped `pathfinder.testing.FakeChatModel`."""

    def bind_tools(self, tools: Sequence[Any], **kwargs: Any) -> Any: ...

    def invoke(self, messages: list[Any], *args: Any, **kwargs: Any) -> Any: ...

    def stream(self, messages: list[Any], *args: Any, **kwargs: Any) -> Iterator[Any]: ...


def build_chat_model(
    settings: Settings, *, max_retries: int = DEFAULT_MAX_RETRIES, streaming: bool = True
) -> ChatModel:
    """A `langchain_openai.ChatOpenAI` for `settings.chat_model` at `settings.openai_base_url` (any
    OpenAI-compatible server: OpenAI, Ollama, vLLM, LM Studio). Raises MissingAPIKey without a key."""
    from langchain_openai import ChatOpenAI

    return ChatOpenAI(
        model=settings.chat_model,
        api_key=settings.require_openai_key(),
        base_url=settings.llm_base_url,
        timeout=settings.llm_timeout_s,
        max_retries=max_retries,
        streaming=streaming,
        temperature=0.2,
        # max_tokens in the body itself: LangChain renames its own max_tokens to max_completion_tokens, which
        # llama.cpp's servers and older OpenAI-compatible servers ignore (see docs/LLM.md)
        extra_body={"max_tokens": settings.llm_max_tokens},
    )


def _server(settings: Settings | None) -> str:
    return settings.llm_base_url if settings else OPENAI_DEFAULT_URL


# Where a parse error of the client libraries comes from: an exception raised in these packages while reading
# a
# reply is the server's fault; one raised in our own code inside the block is a bug and is not translated.
CLIENT_PACKAGES = (
    "openai",
    "langchain_openai",
    "langchain_core",
    "langchain",
    "httpx",
    "httpcore",
    "json",
    "pydantic",
    "pydantic_core",
)


def raised_by_client(error: BaseException) -> bool:
    """Whether the innermost frame of `error`'s traceback is in one of the LLM client packages."""
    tb = error.__traceback__
    if tb is None:
        return False
    while tb.tb_next is not None:
        tb = tb.tb_next
    module = str(tb.tb_frame.f_globals.get("__name__", ""))
    return module.split(".", 1)[0] in CLIENT_PACKAGES


@contextmanager
def translated_errors(settings: Settings | None = None) -> Iterator[None]:
    """Turn openai/langchain exceptions raised inside the block into LLMError / BadModelReply."""
    import openai

    server = _server(settings)
    try:
        yield
    except openai.AuthenticationError as e:
        raise LLMError(
            f"The LLM server at {server} refused the API key (401). Check OPENAI_API_KEY "
            "(for a local server any non-empty value usually works)."
        ) from e
    except openai.PermissionDeniedError as e:
        raise LLMError(
            f"The LLM server at {server} denied access (403); check OPENAI_API_KEY's permissions."
        ) from e
    except openai.RateLimitError as e:
        raise LLMError(
            f"The LLM server at {server} is rate-limiting requests (429) and still was after retrying. "
            "Wait a minute and try again, or use the offline mode (unset OPENAI_API_KEY)."
        ) from e
    except openai.NotFoundError as e:
        model = settings.chat_model if settings else "the configured model"
        raise LLMError(
            f"The LLM server at {server} does not know model {model!r} (404). Set PATHFINDER_CHAT_MODEL "
            "to a model it serves."
        ) from e
    except openai.APITimeoutError as e:
        timeout = settings.llm_timeout_s if settings else "the configured"
        raise LLMError(
            f"The LLM server at {server} did not answer within {timeout} s. Try again, or raise "
            "PATHFINDER_LLM_TIMEOUT_S for a slow local model."
        ) from e
    except openai.APIConnectionError as e:
        raise LLMError(
            f"Cannot reach the LLM server at {server}. Is the server at OPENAI_BASE_URL running?"
        ) from e
    except openai.APIResponseValidationError as e:
        raise BadModelReply(
            f"The LLM server at {server} sent a reply that is not a valid chat completion."
        ) from e
    except openai.APIStatusError as e:
        raise LLMError(
            f"The LLM server at {server} failed with HTTP {e.status_code}; try again later."
        ) from e
    except (
        ValueError,
        KeyError,
        TypeError,
        AttributeError,
        IndexError,
    ) as e:  # JSONDecodeError is a ValueError
        if not raised_by_client(e):
            raise  # a bug of ours (or of a fake model) stays a bug, with its traceback
        # The client could not parse what the server sent: a malformed reply.
        raise BadModelReply(
            f"The LLM server at {server} sent a malformed reply ({type(e).__name__}); check that it is "
            "OpenAI-compatible, or use the offline mode."
        ) from e
