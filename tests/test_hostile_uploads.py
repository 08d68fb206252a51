"""Hostile uploads: oversize, binary, garbage, wrong encodings, zip bombs and traversal in names and
archives."""

from __future__ import annotations

import io
import os
import random
import stat
import zipfile

import pytest
from hypothesis import given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from pathfinder.errors import UploadError
from pathfinder.safety.uploads import (
    MAX_ZIP_MEMBERS,
    check_upload,
    check_uploads,
    safe_filename,
    save_upload,
    unpack_zip,
)
from pathfinder.settings import Settings

CSV = "id,title,provider\nc1,Café au lait et crème brûlée,Université Zürich\n"


@pytest.fixture
def small(tmp_path) -> Settings:
    return Settings(_env_file=None, data_dir=tmp_path / "data", embedder="hash", max_upload_mb=0.05)  # 50 kB


def _zip(members: dict[str, bytes], method=zipfile.ZIP_DEFLATED) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", method) as zf:
        for name, body in members.items():
            zf.writestr(name, body)
    return buf.getvalue()


def test_a_plain_utf8_csv_passes_with_its_text(small):
    up = check_upload("catalogue.csv", CSV.encode(), small)
    assert (up.name, up.encoding, up.text) == ("catalogue.csv", "utf-8", CSV)


@pytest.mark.parametrize("codec", ["utf-8-sig", "utf-16", "cp1252", "latin-1"])
def test_other_encodings_are_decoded_to_the_same_text(small, codec):
    up = check_upload("catalogue.csv", CSV.encode(codec), small)
    assert up.text == CSV


def test_oversize_is_refused_with_the_limit_and_the_setting(small):
    with pytest.raises(UploadError, match=r"limit is 0.05 MB.*PATHFINDER_MAX_UPLOAD_MB"):
        check_upload("big.csv", b"a,b\n" * 20_000, small)


@pytest.mark.parametrize(
    "data, what",
    [
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "PNG"),
        (b"%PDF-1.7\n" + b"x" * 100, "PDF"),
        (b"PK\x03\x04" + b"\x00" * 100, "ZIP"),
        (b"\x7fELF\x02\x01\x01" + b"\x00" * 100, "program"),
        (b"id,title\n\x00\x00\x00\x01", "NUL"),
        (b"", "empty"),
        (b"   \n\n", "empty"),
    ],
)
def test_binary_and_empty_files_are_refused(small, data, what):
    with pytest.raises(UploadError, match=what):
        check_upload("x.csv", data, small)


def test_random_bytes_are_never_accepted_as_text(small):
    rng = random.Random(8)
    for _ in range(300):
        data = bytes(rng.getrandbits(8) for _ in range(rng.randint(16, 4000)))
        with pytest.raises(UploadError):
            check_upload("noise.csv", data, small)


def test_a_bom_that_lies_is_refused(small):
    with pytest.raises(UploadError, match="byte-order mark"):
        check_upload("x.csv", b"\xff\xfe" + b"\x00\xd8", small)  # UTF-16 BOM then a lone surrogate


def test_wrong_type_is_refused(small):
    with pytest.raises(UploadError, match="accepted types"):
        check_upload("catalogue.exe", CSV.encode(), small)


@pytest.mark.parametrize(
    "name, expected",
    [
        ("../../etc/passwd.csv", "passwd.csv"),
        ("..\\..\\Windows\\system.ini.csv", "system.ini.csv"),
        ("/etc/cron.d/x.csv", "x.csv"),
        ("C:\\Users\\a\\cat.csv", "cat.csv"),
        (".hidden.csv", "hidden.csv"),
        ("caf\u00e9 cr\u00e8me.csv", "cafe_creme.csv"),
        ("a\x00b.csv", "ab.csv"),
        ("x" * 500 + ".csv", "x" * 116 + ".csv"),
    ],
)
def test_file_names_lose_every_directory_part(name, expected):
    assert safe_filename(name) == expected


@pytest.mark.parametrize("name", ["", "..", "../", "CON.csv", "nul", "....csv/"])
def test_unusable_names_are_refused(name):
    with pytest.raises(UploadError, match="not a usable file name"):
        safe_filename(name)


@hsettings(max_examples=500, deadline=None)
@given(st.text(min_size=0, max_size=80))
def test_any_name_is_safe_or_refused(name):
    try:
        safe = safe_filename(name)
    except UploadError:
        return
    assert "/" not in safe and "\\" not in safe and not safe.startswith(".") and "\x00" not in safe
    assert safe.isascii() and 0 < len(safe) <= 120


def test_saved_uploads_stay_in_their_folder_and_never_overwrite(small, tmp_path):
    folder = tmp_path / "uploads"
    first = save_upload(check_upload("../../evil.csv", CSV.encode(), small), folder)
    second = save_upload(check_upload("/tmp/evil.csv", CSV.encode(), small), folder)
    assert first.parent == folder and second.parent == folder and first != second
    assert sorted(p.name for p in folder.iterdir()) == ["evil-1.csv", "evil.csv"]
    assert not (tmp_path / "evil.csv").exists()


def test_a_zip_of_catalogues_unpacks_to_checked_files(small):
    files = unpack_zip(
        "cats.zip",
        _zip(
            {
                "a/one.csv": CSV.encode(),
                "b/one.csv": CSV.encode("cp1252"),
                "__MACOSX/._one.csv": b"\x00\x05",
                "readme.txt": b"hello",
            }
        ),
        small,
    )
    assert [f.name for f in files] == ["one.csv", "one-1.csv", "readme.txt"]
    assert files[1].text == CSV and files[0].original_name == "cats.zip/a/one.csv"
    assert [f.name for f in check_uploads("cats.zip", _zip({"x.json": b"[]"}), small)] == ["x.json"]


def test_a_zip_bomb_is_refused_by_ratio(small):
    roomy = Settings(_env_file=None, data_dir=small.data_dir, embedder="hash", max_upload_mb=1)
    bomb = _zip({"bomb.csv": b"0" * 900_000})  # 900 kB of zeros deflate to ~1 kB (ratio ~900)
    assert len(bomb) < 2_000
    with pytest.raises(UploadError, match="zip bomb"):
        unpack_zip("bomb.zip", bomb, roomy)


def test_a_zip_that_expands_past_the_limit_is_refused(small):
    members = {f"part{i}.csv": os.urandom(9_000).hex().encode()[:9_000] for i in range(8)}  # 72 kB > 50 kB
    with pytest.raises(UploadError, match="unpacked"):
        unpack_zip("many.zip", _zip(members), small)


def test_a_zip_whose_headers_lie_about_sizes_is_still_bounded(small):
    data = bytearray(_zip({"bomb.csv": b"1" * 400_000}))
    # Rewrite the declared uncompressed size (local header offset 22, central directory entry offset 24) to
    # 10.
    local = data.find(b"PK\x03\x04")
    central = data.find(b"PK\x01\x02")
    data[local + 22 : local + 26] = (10).to_bytes(4, "little")
    data[central + 24 : central + 28] = (10).to_bytes(4, "little")
    big = Settings(_env_file=None, data_dir=small.data_dir, embedder="hash", max_upload_mb=1)
    with pytest.raises(UploadError, match="cannot be unpacked .*CRC"):  # read stops at the declared size
        unpack_zip("liar.zip", bytes(data), big)


@pytest.mark.parametrize(
    "member", ["../evil.csv", "/etc/evil.csv", "a/../../evil.csv", "C:/evil.csv", "..\\evil.csv"]
)
def test_zip_members_with_traversal_are_refused(small, member):
    with pytest.raises(UploadError, match="unsafe path"):
        unpack_zip("slip.zip", _zip({member: CSV.encode()}), small)


def test_zip_symlinks_nested_archives_and_too_many_members_are_refused(small):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        info = zipfile.ZipInfo("link.csv")
        info.external_attr = (stat.S_IFLNK | 0o777) << 16
        zf.writestr(info, "/etc/passwd")
    with pytest.raises(UploadError, match="symbolic link"):
        unpack_zip("links.zip", buf.getvalue(), small)
    with pytest.raises(UploadError, match="nested"):
        unpack_zip("nest.zip", _zip({"inner.zip": _zip({"a.csv": CSV.encode()})}), small)
    with pytest.raises(UploadError, match=f"limit is {MAX_ZIP_MEMBERS}"):
        unpack_zip("wide.zip", _zip({f"f{i}.csv": b"a" for i in range(MAX_ZIP_MEMBERS + 1)}), small)
    with pytest.raises(UploadError, match="not a readable ZIP"):
        unpack_zip("broken.zip", b"PK\x03\x04 this is not really a zip", small)
    with pytest.raises(UploadError, match="x.exe is not one of the accepted types"):
        unpack_zip("exe.zip", _zip({"x.exe": b"MZ"}), small)
    with pytest.raises(UploadError, match="no files of an accepted type"):
        unpack_zip("debris.zip", _zip({".DS_Store": b"x", "folder/": b""}), small)
