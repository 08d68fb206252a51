"""Checking files people upload: size limit, safe names (no path traversal), and text rather than binary."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from charset_normalizer import from_bytes

from pathfinder.errors import UploadError

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")
SNIFF_BYTES = 64 * 1024


def safe_filename(name: str, default: str = "upload") -> str:
    """The last path component of `name` with anything but letters, digits, '.', '_' and '-' replaced.

    Directory parts (either slash), leading dots and control characters go, so the result can never point
    outside the folder it is joined to.
    """
    base = re.split(r"[\\/]", name or "")[-1]
    base = unicodedata.normalize("NFKD", base).encode("ascii", "ignore").decode()
    base = _UNSAFE.sub("_", base).lstrip("._-")[:120]
    return base or default


def looks_like_text(data: bytes) -> bool:
    """True when the first 64 KB decode as text in some encoding (UTF-8, Latin-1, UTF-16 with a BOM...)."""
    sample = data[:SNIFF_BYTES]
    if not sample:
        return False
    if sample.startswith(_BOMS):
        return True
    if b"\x00" in sample:
        return False
    try:
        sample.decode("utf-8")
        return True
    except UnicodeDecodeError as e:
        if e.start >= len(sample) - 4:  # a multi-byte character cut by the sample boundary
            return True
    best = from_bytes(sample).best()
    return best is not None and best.chaos < 0.2


def check_upload(name: str, data: bytes, *, max_mb: float, suffixes: tuple[str, ...]) -> str:
    """The safe file name for an upload, or UploadError saying what to fix (size, type, binary content)."""
    safe = safe_filename(name)
    size_mb = len(data) / 1_000_000
    if size_mb > max_mb:
        raise UploadError(
            f"{safe} is {size_mb:.1f} MB; the limit is {max_mb:g} MB. Split the file, or raise "
            "PATHFINDER_MAX_UPLOAD_MB (and server.maxUploadSize in .streamlit/config.toml)."
        )
    suffix = Path(safe).suffix.lower()
    if suffix not in suffixes:
        raise UploadError(f"{safe} is not one of the accepted types ({', '.join(suffixes)}); save it as one of those.")
    if not looks_like_text(data):
        raise UploadError(
            f"{safe} is empty or not a text file (it looks binary). Upload the CSV/JSON itself, not a "
            "spreadsheet (.xlsx) or an archive: export it as UTF-8 CSV first."
        )
    return safe


def save_upload(data: bytes, folder: Path, name: str) -> Path:
    """Write `data` under `folder` with a safe name (never outside it); an existing name gets a numeric suffix."""
    folder.mkdir(parents=True, exist_ok=True)
    safe = safe_filename(name)
    target = folder / safe
    n = 1
    while target.exists():
        target = folder / f"{Path(safe).stem}-{n}{Path(safe).suffix}"
        n += 1
    if not target.resolve().is_relative_to(folder.resolve()):
        raise UploadError(f"{name!r} is not a usable file name; rename the file and upload it again.")
    target.write_bytes(data)
    return target
