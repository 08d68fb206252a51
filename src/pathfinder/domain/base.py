"""The base of every domain type: a frozen pydantic model that forbids unknown fields."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict


class Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    def __eq__(self, other: Any) -> bool:
        """pydantic's equality for these models (frozen, no extra or private fields, no generics: the same
        type and the same field values), without its general checks: a re-index compares every catalogue
        entry and its nested skills with the served ones (docs/RETRIEVAL.md, "Kept lines")."""
        if type(other) is type(self):
            return self.__dict__ == other.__dict__
        return super().__eq__(other)
