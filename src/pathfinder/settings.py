"""One Settings object, read from PATHFINDER_* variables and .env, built once at the edge (app, CLI,
tests)."""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Literal

from pydantic import AliasChoices, Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from pathfinder.errors import MissingAPIKey

OPENAI_DEFAULT_URL = "https://api.openai.com/v1"  # when OPENAI_BASE_URL is unset or empty
PROJECT_ROOT = (
    Path(__file__).resolve().parents[2]
)  # the checkout (development files: evals/, docs/, ../shared)
PACKAGE_DATA = Path(str(resources.files("pathfinder")))  # shipped with the package: corpus/, prompts/
BUNDLED_CORPUS = PACKAGE_DATA / "corpus"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="PATHFINDER_", env_file=".env", extra="ignore")

    data_dir: Path = Field(
        default_factory=lambda: Path.cwd() / ".pathfinder",
        description="where the index, profiles and conversations are "
        "kept (default: .pathfinder in the working folder)",
    )
    corpus_dir: Path = Field(BUNDLED_CORPUS, description="the bundled catalogue and taxonomy")
    shared_data_dir: Path = Field(
        PROJECT_ROOT.parent / "shared" / "data", description="real public data sets (ESCO, edX, ...)"
    )
    taxonomy_dir: Path | None = Field(
        None, description="a taxonomy imported with `pathfinder taxonomy import`; the bundled one when unset"
    )
    embedder: Literal["offline", "openai", "hash"] = Field(
        "offline",
        description="offline (WordLlama, shipped weights), openai (any compatible server), hash (tests)",
    )
    embedding_model: str = Field("text-embedding-3-small", description="embedding model for embedder=openai")
    chat_model: str = Field("gpt-4o-mini", description="chat model for the LLM responder")
    openai_api_key: SecretStr | None = Field(
        None,
        validation_alias=AliasChoices("OPENAI_API_KEY", "PATHFINDER_OPENAI_API_KEY"),
        description="enables the LLM path; unset means offline mode",
    )
    openai_base_url: str | None = Field(
        None,
        validation_alias=AliasChoices("OPENAI_BASE_URL", "PATHFINDER_OPENAI_BASE_URL"),
        description="any OpenAI-compatible server (Ollama, vLLM, LM Studio)",
    )
    llm_timeout_s: float = Field(
        60.0, gt=0, description="seconds one LLM request may wait for the server (capped by the deadline)"
    )
    llm_deadline_s: float = Field(
        180.0, gt=0, description="seconds for one whole LLM reply, every tool round and retry included"
    )
    llm_max_tokens: int = Field(700, gt=0, description="tokens the model may write per request (max_tokens)")
    llm_mode: Literal["tools", "lead"] = Field(
        "tools",
        description="tools: the model answers with the assistant's tools; lead: one request without tools, "
        "the model writes a short opening above the catalogue's own answer (a small local model on a slow "
        "machine, see docs/LLM.md)",
    )
    llm_tool_choice: Literal["omit", "auto", "required", "none"] = Field(
        "omit",
        description="tool_choice sent with the tools: omit (the server's default), auto, required, none; "
        "llama_cpp.server with chatml-function-calling needs auto (see docs/LLM.md)",
    )
    llm_streaming: bool = Field(
        True,
        description="stream model requests (false: one JSON reply per request, for servers that cannot "
        "stream tool calls)",
    )
    llm_tool_results: Literal["tool", "user"] = Field(
        "tool",
        description="how tool results are sent back: tool messages, or user messages for chat formats that "
        "drop role tool",
    )
    chroma_url: str | None = Field(
        None, description="http://host:port of a Chroma server; embedded when unset"
    )
    database_url: str | None = Field(
        None,
        description="profiles, conversations, notes: a SQLite path or sqlite:/// URL (under data_dir when "
        "unset), or postgresql://user:password@host:port/db for PostgreSQL (production, several hosts)",
        repr=False,  # may hold the database password
    )
    index_url: str | None = Field(
        None,
        description="share index versions between hosts: postgresql://… (usually the same as "
        "PATHFINDER_DATABASE_URL) or a SQLite path; each host caches them under data_dir/index. Unset: the "
        "index lives only in data_dir",
        repr=False,  # may hold the database password
    )
    index_poll_seconds: float = Field(
        2.0, ge=0, description="with index_url: how often a host checks which index version to serve"
    )
    history_token_budget: int = Field(3000, gt=0, description="tokens of chat history sent to the LLM")
    demo: bool = Field(
        False,
        description="DEMO ONLY: a 'continue as guest' button (a throw-away learner account per browser "
        "session) and self sign-up; `make run` turns it on, keep it off in deployment",
    )
    signup: bool = Field(True, description="learners may create their own account on the sign-in page")
    session_idle_minutes: float = Field(
        30.0, gt=0, description="a signed-in session ends after this long idle"
    )
    session_max_hours: float = Field(
        12.0, gt=0, description="a signed-in session ends this long after sign-in"
    )
    retain_conversations_days: int | None = Field(
        None,
        gt=0,
        description="conversations untouched this many days are deleted; unset keeps them until erased",
    )
    retain_uploads_days: int | None = Field(
        None, gt=0, description="uploaded catalogue files are deleted after this many days; unset keeps them"
    )
    retain_advisor_notes_days: int | None = Field(
        None,
        gt=0,
        description="advisor notes older than this many days are deleted; unset keeps them until erased",
    )
    retain_audit_days: int | None = Field(
        None,
        gt=0,
        description="audit-log entries older than this many days are deleted (the purge itself is logged); "
        "unset keeps them",
    )
    sso_role_claim: str | None = Field(
        None,
        description="single sign-on: the ID-token claim holding the user's role(s), e.g. groups; unset makes "
        "every SSO user a learner",
    )
    sso_roles: dict[str, Literal["learner", "advisor", "maintainer", "admin"]] = Field(
        default_factory=dict,
        description='single sign-on: claim value -> role, as JSON, e.g. {"career-advisors": "advisor"}; '
        "values not listed give learner",
    )
    client_address_header: str | None = Field(
        None,
        description="behind a reverse proxy: the header it sets (e.g. X-Forwarded-For) whose last address is "
        "the client's, for the per-address sign-in throttle; unset uses the connection's address",
    )
    max_upload_mb: float = Field(20.0, gt=0, description="largest catalogue or credential upload accepted")

    @field_validator("openai_base_url", "chroma_url", "database_url", "index_url", mode="before")
    @classmethod
    def _blank_is_unset(cls, value: object) -> object:
        """An empty or blank value means unset: docker-compose passes `OPENAI_BASE_URL: ${OPENAI_BASE_URL:-}`
        as "" when the host has none, and "" as a base URL made every LLM request fail (a relative URL)."""
        return None if isinstance(value, str) and not value.strip() else value

    @property
    def llm_base_url(self) -> str:
        """Where LLM and embedding requests go, always explicit: the client libraries read OPENAI_BASE_URL
        themselves when given none, and take an empty one (compose's `${OPENAI_BASE_URL:-}`) as the URL."""
        return self.openai_base_url or OPENAI_DEFAULT_URL

    @property
    def llm_enabled(self) -> bool:
        return self.openai_api_key is not None and bool(self.openai_api_key.get_secret_value())

    def require_openai_key(self) -> str:
        if not self.llm_enabled:
            raise MissingAPIKey(
                "No OPENAI_API_KEY is set. Set it (and OPENAI_BASE_URL for a local server such as Ollama) "
                "or use the offline mode."
            )
        assert self.openai_api_key is not None
        return self.openai_api_key.get_secret_value()

    @property
    def index_dir(self) -> Path:
        return self.data_dir / "index"

    @property
    def database_path(self) -> str:
        """The SQLite file, or the PostgreSQL URL as it is (`storage.database.open_database` takes both)."""
        if self.database_url:
            return self.database_url.removeprefix("sqlite:///")
        return str(self.data_dir / "pathfinder.sqlite3")
