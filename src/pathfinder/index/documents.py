"""How a credential becomes text for the indexes: the dense text, the lexical (BM25) text and its content
hash."""

from __future__ import annotations

import hashlib

from pathfinder.domain import Credential

# Dense embeddings of averaged token vectors (WordLlama) blur when fed whole syllabi; the head of the
# description carries the topic. Measured on evals/retrieval.jsonl (docs/RETRIEVAL.md).
DENSE_DESCRIPTION_CHARS = 150
LEXICAL_DESCRIPTION_CHARS = 600


def dense_text(c: Credential) -> str:
    """Title, skills, outcomes and the start of the description: what the credential is about."""
    parts = [c.title, c.title]
    parts += [s.label for s in c.skills]
    parts += list(c.learning_outcomes)[:8]
    if c.subject:
        parts.append(c.subject)
    if c.description:
        parts.append(c.description[:DENSE_DESCRIPTION_CHARS])
    return ". ".join(p for p in parts if p)


def lexical_text(c: Credential) -> str:
    """Title (weighted by repetition), skill labels, outcomes, subject, provider and description head."""
    parts = [c.title] * 3
    parts += [s.label for s in c.skills] * 2
    parts += list(c.learning_outcomes)
    parts += [c.subject or "", c.provider]
    if c.description:
        parts.append(c.description[:LEXICAL_DESCRIPTION_CHARS])
    return " \n".join(p for p in parts if p)


def content_hash(c: Credential) -> str:
    """Hash of everything about the entry (a change anywhere makes it 'updated')."""
    return hashlib.sha256(c.model_dump_json().encode()).hexdigest()[:32]


def text_hash(text: str, embedder_name: str) -> str:
    """Key of a stored vector: the embedded text and the embedder that embedded it."""
    return hashlib.sha256(f"{embedder_name}\x00{text}".encode()).hexdigest()[:32]
