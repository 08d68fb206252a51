"""The Chroma adapter: a content-addressed vector collection per embedder, embedded or on a Chroma server.

Records are keyed by `record_key(content hash, embedder)`, so every index version is a set of keys: a new
version adds only the records it lacks and old versions stay readable until garbage-collected. We always pass
vectors (Chroma's default embedding function would download a model) and telemetry is off.
"""

from __future__ import annotations

import hashlib
import queue
import re
import threading
from collections.abc import Iterable, Sequence
from pathlib import Path
from urllib.parse import urlparse

import numpy as np

from pathfinder.errors import PathfinderError, StoreUnavailable
from pathfinder.settings import Settings

ADD_BATCH = 5_000  # Chroma accepts at most 5,461 records per add
GET_BATCH = 5_000


def record_key(content_hash: str, embedder_name: str) -> str:
    return hashlib.sha256(f"{embedder_name}\x00{content_hash}".encode()).hexdigest()[:32]


def collection_name(embedder_name: str, dim: int) -> str:
    slug = re.sub(r"[^a-zA-Z0-9._-]+", "-", embedder_name).strip("-._")[:200]
    return f"pf-{slug}-{dim}"


def _server_hint(url: str) -> str:
    return (
        f"The Chroma server at {url} cannot be reached. Start it (e.g. `chroma run --host 127.0.0.1 --port "
        "8000 --path .pathfinder/chroma-server`) or unset PATHFINDER_CHROMA_URL to use the embedded store."
    )


def open_client(settings: Settings):
    """An embedded PersistentClient under index_dir/chroma, or an HttpClient when settings.chroma_url is
    set."""
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    chroma_settings = ChromaSettings(anonymized_telemetry=False, allow_reset=False)
    if settings.chroma_url:
        url = urlparse(
            settings.chroma_url if "://" in settings.chroma_url else f"http://{settings.chroma_url}"
        )
        try:
            client = chromadb.HttpClient(
                host=url.hostname or "localhost",
                port=url.port or 8000,
                ssl=url.scheme == "https",
                settings=chroma_settings,
            )
            client.heartbeat()
        except Exception as e:  # connection refused, DNS, TLS: all mean "not reachable"
            raise StoreUnavailable(_server_hint(settings.chroma_url)) from e
        return client
    path = settings.index_dir / "chroma"
    path.mkdir(parents=True, exist_ok=True)
    try:
        return chromadb.PersistentClient(path=str(path), settings=chroma_settings)
    except Exception as e:
        raise PathfinderError(
            f"The Chroma store at {path} cannot be opened ({e}). Delete that folder and rebuild with "
            "`pathfinder index --full`."
        ) from e


def _network_errors() -> tuple[type[BaseException], ...]:
    try:
        import httpx
    except ImportError:
        return (OSError,)
    return (OSError, httpx.TransportError)


class _GuardedCollection:
    """A Chroma collection whose calls turn a lost connection (server stopped mid-session) into
    StoreUnavailable."""

    def __init__(self, collection, where: str) -> None:
        self._collection, self._where, self._errors = collection, where, _network_errors()

    def __getattr__(self, name: str):
        attr = getattr(self._collection, name)
        if not callable(attr):
            return attr

        def call(*args, **kwargs):
            try:
                return attr(*args, **kwargs)
            except self._errors as e:
                raise StoreUnavailable(_server_hint(self._where)) from e

        return call


class VectorStore:
    """One Chroma collection of vectors for one embedder, addressed by record key."""

    def __init__(self, client, embedder_name: str, dim: int, where: str = "embedded") -> None:
        self.name = collection_name(embedder_name, dim)
        self.where = where
        self.dim = dim
        try:
            self._collection = client.get_or_create_collection(
                self.name,
                embedding_function=None,
                metadata={"hnsw:space": "cosine", "embedder": embedder_name},
            )
        except Exception as e:
            raise StoreUnavailable(f"Chroma refused the collection {self.name} ({e}).") from e
        if "://" in where:  # a server: a connection lost after opening must read as StoreUnavailable too
            self._collection = _GuardedCollection(self._collection, where)

    def count(self) -> int:
        return self._collection.count()

    def present(self, keys: Sequence[str]) -> set[str]:
        """Which of `keys` the collection already holds."""
        found: set[str] = set()
        for i in range(0, len(keys), GET_BATCH):
            found.update(self._collection.get(ids=list(keys[i : i + GET_BATCH]), include=[])["ids"])
        return found

    def add(self, keys: Sequence[str], vectors: np.ndarray, metadatas: Sequence[dict], progress=None) -> None:
        for i in range(0, len(keys), ADD_BATCH):
            self._collection.upsert(
                ids=list(keys[i : i + ADD_BATCH]),
                embeddings=vectors[i : i + ADD_BATCH],
                metadatas=list(metadatas[i : i + ADD_BATCH]),
            )
            if progress:
                progress(min(ADD_BATCH, len(keys) - i))

    def vectors(self, keys: Sequence[str]) -> np.ndarray:
        """The stored vectors of `keys`, in that order (raises if any is missing)."""
        out = np.zeros((len(keys), self.dim), dtype=np.float32)
        row = {k: i for i, k in enumerate(keys)}
        for i in range(0, len(keys), GET_BATCH):
            got = self._collection.get(ids=list(keys[i : i + GET_BATCH]), include=["embeddings"])
            for key, vec in zip(got["ids"], got["embeddings"]):
                out[row[key]] = vec
            if len(got["ids"]) != len(keys[i : i + GET_BATCH]):
                raise PathfinderError(
                    f"The vector store {self.name} ({self.where}) lacks records of this index version. "
                    "Rebuild with `pathfinder index --full`."
                )
        return out

    def all_keys(self) -> set[str]:
        keys: set[str] = set()
        total = self.count()
        for offset in range(0, total, GET_BATCH):
            keys.update(self._collection.get(include=[], limit=GET_BATCH, offset=offset)["ids"])
        return keys

    def delete(self, keys: Iterable[str]) -> int:
        keys = list(keys)
        for i in range(0, len(keys), ADD_BATCH):
            self._collection.delete(ids=keys[i : i + ADD_BATCH])
        return len(keys)

    def query(self, vector: np.ndarray, k: int, where: dict | None = None) -> list[tuple[str, float]]:
        """Bare Chroma top-k (HNSW, optional `where`): (key, distance) pairs. Used for comparison and
        checks."""
        res = self._collection.query(
            query_embeddings=[vector], n_results=k, where=where, include=["distances"]
        )
        return list(zip(res["ids"][0], res["distances"][0]))


class BackgroundWriter:
    """Adds records to a VectorStore from a worker thread, batch by batch, while the caller keeps embedding.

    Chroma's add (HNSW insert, SQLite) is the slowest part of a full build and runs in native code; feeding it
    each embedded batch overlaps it with embedding, tokenizing and writing the version's files. `finish`
    waits for every record and re-raises the worker's error; `check` raises it early.
    """

    def __init__(self, store: VectorStore, progress=None) -> None:
        self._store, self._progress = store, progress
        # Unbounded: the caller goes on to tokenize and write the version while Chroma catches up (at 100k the
        # queued vectors are the size of the vectors file, ~100 MB).
        self._queue: queue.Queue = queue.Queue()
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="pathfinder-store-writer", daemon=True)
        self._thread.start()

    def put(self, keys: Sequence[str], vectors: np.ndarray, metadatas: Sequence[dict]) -> None:
        self.check()
        if len(keys):
            self._queue.put((list(keys), np.asarray(vectors, dtype=np.float32), list(metadatas)))

    def check(self) -> None:
        if self._error is not None:
            raise self._error

    def finish(self) -> None:
        self._queue.put(None)
        self._thread.join()
        self.check()

    def abandon(self) -> None:
        """Stop after the batch in progress (the caller failed); records already added stay, as after a
        kill."""
        while True:
            try:
                self._queue.get_nowait()
            except queue.Empty:
                break
        self._queue.put(None)
        self._thread.join()

    def _run(self) -> None:
        while (item := self._queue.get()) is not None:
            if self._error is None:
                try:
                    self._store.add(*item, progress=self._progress)
                except BaseException as e:  # noqa: BLE001 - handed to the caller by check()/finish()
                    self._error = e


def store_location(settings: Settings) -> str:
    return settings.chroma_url or str(Path(settings.index_dir) / "chroma")
