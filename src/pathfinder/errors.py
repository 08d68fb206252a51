"""Errors a user can act on. The message of a PathfinderError is shown to the user as it is, so it says the
fix."""

from __future__ import annotations


class PathfinderError(Exception):
    """Base of every error the app and CLI show to a user (no traceback)."""


class CatalogueError(PathfinderError):
    """A catalogue file cannot be read at all (empty, not a catalogue, unreadable)."""


class MappingError(PathfinderError):
    """A column-mapping file is malformed."""


class TaxonomyError(PathfinderError):
    """The skills taxonomy is missing or cannot be read."""


class IndexNotBuilt(PathfinderError):
    """No index exists yet; the message names the command that builds it."""


class IndexMismatch(PathfinderError):
    """The index was built with another embedder or dimension than the one configured."""


class StoreUnavailable(PathfinderError):
    """The vector store (e.g. a Chroma server) cannot be reached."""


class ProfileError(PathfinderError):
    """A learner profile is missing, malformed or was changed by someone else meanwhile."""


class ProfileConflict(ProfileError):
    """Two writers changed the same profile; the later save is refused rather than lost."""


class PlanningError(PathfinderError):
    """No pathway can be planned (e.g. no goal set)."""


class MissingAPIKey(PathfinderError):
    """The LLM path was asked for without OPENAI_API_KEY."""


class LLMError(PathfinderError):
    """The language model server failed (auth, rate limit, timeout)."""


class BadModelReply(LLMError):
    """The model's reply could not be used, even after one re-ask."""


class PromptError(PathfinderError):
    """A prompt template is missing or was rendered without a variable it needs."""


class UploadError(PathfinderError):
    """An uploaded file was refused (too large, binary, unsafe name)."""


class StorageError(PathfinderError):
    """The database (SQLite or PostgreSQL) cannot be reached, stayed busy beyond the retry budget, is full or
    read-only."""
