"""Upload safety for the app and the CLI: size limit, safe file names, text-not-binary, encoding, zip bombs.

`check_upload(name, data, settings)` is the one gate: it returns a `SafeUpload` (a safe name, the bytes, the
decoded text and its encoding) or raises `UploadError` with a message that says what to fix. A `.zip` upload
is opened with `unpack_zip`, which refuses archives that expand beyond the upload limit, have too many
members, compress suspiciously well (zip bombs), nest archives, or hold members with unsafe paths.
"""

from __future__ import annotations

import io
import re
import stat
import unicodedata
import zipfile
from pathlib import Path, PurePosixPath

from charset_normalizer import from_bytes
from pydantic import BaseModel

from pathfinder.domain.limits import binary_kind
from pathfinder.errors import UploadError
from pathfinder.settings import Settings

TEXT_SUFFIXES: tuple[str, ...] = (".csv", ".tsv", ".json", ".jsonl", ".ndjson", ".jsonld", ".txt", ".md")
ARCHIVE_SUFFIXES: tuple[str, ...] = (".zip",)
MAX_NAME_CHARS = 120
MAX_ZIP_MEMBERS = 200
MAX_ZIP_RATIO = 100.0  # uncompressed/compressed per member; text compresses ~5-20x, bombs ~1000x
MAX_CHAOS = 0.2  # charset-normalizer "mess" above which bytes are garbage, not text in some encoding
MAX_CONTROL_SHARE = 0.01  # share of C0 control characters (other than tab/newline) tolerated in text
WESTERN_GUESSES = {"latin_1", "iso8859_15", "cp1250", "cp1252", "mac_roman"}
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))}
_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))


class SafeUpload(BaseModel, frozen=True):
    """An upload that passed every check: a name safe to join to any folder, and its text."""

    name: str
    original_name: str
    data: bytes
    text: str
    encoding: str

    @property
    def suffix(self) -> str:
        return Path(self.name).suffix.lower()


def safe_filename(name: str) -> str:
    """The last path component of `name`, reduced to letters, digits, '.', '_' and '-'.

    Both slashes split directories, '..' and leading dots go, accents are folded to ASCII, Windows device
    names (CON, NUL...) are refused: the result never points outside the folder it is joined to.
    """
    base = re.split(r"[\\/]", (name or "").replace("\x00", ""))[-1]
    base = unicodedata.normalize("NFKD", base).encode("ascii", "ignore").decode()
    base = _UNSAFE.sub("_", base).lstrip("._-")
    if len(base) > MAX_NAME_CHARS:
        suffix = Path(base).suffix[:10]
        base = base[: MAX_NAME_CHARS - len(suffix)] + suffix
    if not base or Path(base).stem.lower() in _RESERVED:
        raise UploadError(
            f"{name!r} is not a usable file name; rename the file (letters, digits, '.', '-', '_')."
        )
    return base


def _limit_bytes(settings: Settings) -> int:
    return int(settings.max_upload_mb * 1_000_000)


def _too_large(name: str, size: int, settings: Settings, what: str = "") -> UploadError:
    return UploadError(
        f"{name}{what} is {size / 1_000_000:.1f} MB; the limit is {settings.max_upload_mb:g} MB. Split the "
        "file, or raise PATHFINDER_MAX_UPLOAD_MB (and server.maxUploadSize in .streamlit/config.toml)."
    )


def decode_text(name: str, data: bytes) -> tuple[str, str]:
    """(text, encoding) of `data`, or UploadError when it is empty, binary or garbage in every encoding."""
    if not data.strip():
        raise UploadError(f"{name} is empty. Export it again with its content.")
    if what := binary_kind(data):
        raise UploadError(f"{name} is {what}, not a text file. Export the catalogue as UTF-8 CSV or JSON.")
    text, encoding = None, ""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                text, encoding = data.decode(codec), codec
            except UnicodeDecodeError as e:
                raise UploadError(
                    f"{name} starts with a {codec} byte-order mark but is not {codec} ({e.reason}). "
                    "Save it again as UTF-8."
                ) from e
            break
    if text is None:
        if b"\x00" in data:
            raise UploadError(
                f"{name} contains NUL bytes: it is binary, not text. Export it as UTF-8 CSV or JSON."
            )
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            best = from_bytes(data).best()
            if best is None or best.chaos > MAX_CHAOS:
                raise UploadError(
                    f"{name} is not text in any encoding pathfinder recognises (it looks binary or "
                    "garbled). Save it as UTF-8 and upload it again."
                ) from None
            encoding = best.encoding
            if encoding in WESTERN_GUESSES:  # as the catalogue reader does: cp1252 is the Western superset
                try:
                    text, encoding = data.decode("cp1252"), "cp1252"
                except UnicodeDecodeError:
                    text = str(best)
            else:
                text = str(best)
    controls = sum(1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\t\n\r\f")
    if controls > MAX_CONTROL_SHARE * len(text):
        raise UploadError(
            f"{name} has {controls} control characters: it is binary or corrupted, not text. "
            "Export it again as UTF-8 CSV or JSON."
        )
    return text.lstrip("\ufeff"), encoding


def check_upload(
    name: str, data: bytes, settings: Settings, *, suffixes: tuple[str, ...] = TEXT_SUFFIXES
) -> SafeUpload:
    """The upload as a `SafeUpload`, or UploadError saying what to fix (size, name, type, binary,
    encoding)."""
    safe = safe_filename(name)
    if len(data) > _limit_bytes(settings):
        raise _too_large(safe, len(data), settings)
    suffix = Path(safe).suffix.lower()
    if suffix not in suffixes:
        raise UploadError(
            f"{safe} is not one of the accepted types ({', '.join(suffixes)}); save it as one of those."
        )
    text, encoding = decode_text(safe, data)
    return SafeUpload(name=safe, original_name=name, data=data, text=text, encoding=encoding)


def _member_path(info: zipfile.ZipInfo, archive: str) -> str:
    raw = info.filename.replace("\\", "/")
    parts = PurePosixPath(raw).parts
    if raw.startswith("/") or re.match(r"^[A-Za-z]:", raw) or ".." in parts:
        raise UploadError(
            f"{archive} holds a file with an unsafe path ({info.filename!r}); pathfinder refuses "
            "archives that write outside their folder. Re-create the archive from plain files."
        )
    if stat.S_ISLNK(info.external_attr >> 16):
        raise UploadError(
            f"{archive} holds a symbolic link ({info.filename!r}); upload the files themselves."
        )
    return raw


def _read_bounded(
    zf: zipfile.ZipFile, info: zipfile.ZipInfo, budget: int, archive: str, settings: Settings
) -> bytes:
    """The member's bytes, stopping as soon as they exceed `budget` or the ratio limit (headers can lie)."""
    ratio_cap = max(int(MAX_ZIP_RATIO * max(info.compress_size, 1)), 64 * 1024)
    cap = min(budget, ratio_cap)
    out = io.BytesIO()
    with zf.open(info) as fh:
        while chunk := fh.read(64 * 1024):
            out.write(chunk)
            if out.tell() > cap:
                if out.tell() > budget:
                    raise _too_large(archive, out.tell(), settings, " (unpacked)")
                raise UploadError(
                    f"{archive}: {info.filename} expands more than {MAX_ZIP_RATIO:g}x (a zip bomb?); "
                    "pathfinder refuses it. Upload the files uncompressed."
                )
    return out.getvalue()


def unpack_zip(
    name: str, data: bytes, settings: Settings, *, suffixes: tuple[str, ...] = TEXT_SUFFIXES
) -> list[SafeUpload]:
    """Each file in a .zip upload, checked like a single upload; UploadError for bombs and unsafe members."""
    archive = safe_filename(name)
    if len(data) > _limit_bytes(settings):
        raise _too_large(archive, len(data), settings)
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, OSError) as e:
        raise UploadError(
            f"{archive} is not a readable ZIP archive ({e}). Create it again, or upload the files."
        ) from e
    out: list[SafeUpload] = []
    with zf:
        infos = [i for i in zf.infolist() if not i.is_dir()]
        if len(infos) > MAX_ZIP_MEMBERS:
            raise UploadError(
                f"{archive} holds {len(infos)} files; the limit is {MAX_ZIP_MEMBERS}. Split it."
            )
        budget = _limit_bytes(settings)
        claimed = sum(i.file_size for i in infos)
        if claimed > budget:
            raise _too_large(archive, claimed, settings, " (unpacked)")
        names: set[str] = set()
        for info in infos:
            member = _member_path(info, archive)
            base = PurePosixPath(member).name
            if base.startswith(".") or member.startswith("__MACOSX/"):
                continue  # Finder and editor debris, not catalogue files
            if Path(base).suffix.lower() in ARCHIVE_SUFFIXES + (".gz", ".tgz", ".7z", ".rar", ".tar"):
                raise UploadError(
                    f"{archive} holds another archive ({member}); pathfinder does not unpack nested "
                    "archives. Upload the files themselves."
                )
            try:
                body = _read_bounded(zf, info, budget, archive, settings)
            except (zipfile.BadZipFile, RuntimeError, NotImplementedError, EOFError, OSError) as e:
                raise UploadError(
                    f"{archive}: {member} cannot be unpacked ({e}): the archive is damaged "
                    "or encrypted. Create it again without a password."
                ) from e
            budget -= len(body)
            upload = check_upload(base, body, settings, suffixes=suffixes)
            stem, n = upload.name, 1
            while upload.name in names:
                upload = upload.model_copy(update={"name": f"{Path(stem).stem}-{n}{Path(stem).suffix}"})
                n += 1
            names.add(upload.name)
            out.append(upload.model_copy(update={"original_name": f"{name}/{member}"}))
    if not out:
        raise UploadError(f"{archive} holds no files of an accepted type ({', '.join(suffixes)}).")
    return out


def check_uploads(
    name: str, data: bytes, settings: Settings, *, suffixes: tuple[str, ...] = TEXT_SUFFIXES
) -> list[SafeUpload]:
    """One upload as the files it stands for: the members of a .zip, else the file itself."""
    if Path(safe_filename(name)).suffix.lower() in ARCHIVE_SUFFIXES:
        return unpack_zip(name, data, settings, suffixes=suffixes)
    return [check_upload(name, data, settings, suffixes=suffixes)]


def save_upload(upload: SafeUpload, folder: Path) -> Path:
    """Write the upload's bytes into `folder` under its safe name (a numeric suffix when taken); never
    outside."""
    folder.mkdir(parents=True, exist_ok=True)
    target, n = folder / upload.name, 1
    while target.exists():
        target = folder / f"{Path(upload.name).stem}-{n}{Path(upload.name).suffix}"
        n += 1
    if not target.resolve().parent == folder.resolve():
        raise UploadError(
            f"{upload.original_name!r} is not a usable file name; rename the file and upload it again."
        )
    with open(target, "xb") as fh:
        fh.write(upload.data)
    return target
