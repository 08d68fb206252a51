"""Passwords: hashing with Argon2id (argon2-cffi, a maintained library), verifying, and the minimum strength.

The strength rule follows NIST SP 800-63B: a minimum length, no composition rules, and a refusal of passwords
that are common, repetitive or contain the username. One-time passwords (`one_time_password`) are random and
long enough to pass the rule themselves.
"""

from __future__ import annotations

import secrets

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from pathfinder.errors import PathfinderError

MIN_LENGTH = 10
MAX_LENGTH = 256  # Argon2 takes any length; a cap keeps a megabyte "password" from costing a hash
COMMON = frozenset(
    {
        "password",
        "password1",
        "password12",
        "password123",
        "passw0rd",
        "123456",
        "1234567890",
        "12345678910",
        "qwertyuiop",
        "qwerty1234",
        "iloveyou12",
        "letmein123",
        "welcome123",
        "admin12345",
        "administrator",
        "changeme123",
        "pathfinder",
        "pathfinder1",
        "abcdefghij",
        "0987654321",
        "1q2w3e4r5t",
        "trustno1234",
    }
)
_HASHER = PasswordHasher()  # Argon2id with the library's current defaults (RFC 9106 low-memory profile)


class WeakPassword(PathfinderError):
    """A new password does not meet the minimum strength; the message says what to change."""


def check_strength(password: str, username: str = "") -> None:
    """Raise WeakPassword (saying what to change) unless `password` meets the minimum strength."""
    if len(password) < MIN_LENGTH:
        raise WeakPassword(
            f"Use at least {MIN_LENGTH} characters (this one has {len(password)}); "
            "a few unrelated words make a good password."
        )
    if len(password) > MAX_LENGTH:
        raise WeakPassword(f"Use at most {MAX_LENGTH} characters.")
    lowered = password.lower()
    if lowered in COMMON or lowered.rstrip("0123456789!") in COMMON:
        raise WeakPassword("That password is on lists of the most common ones; choose another.")
    if len(set(password)) < 5:
        raise WeakPassword("That password repeats too few characters; use at least 5 different ones.")
    if username and len(username) >= 3 and username.lower() in lowered:
        raise WeakPassword("The password must not contain the username.")


def hash_password(password: str) -> str:
    return _HASHER.hash(password)


def verify_password(stored_hash: str, password: str) -> bool:
    """True when `password` matches; False for a mismatch, an unusable hash (a guest account) or too long."""
    if not stored_hash or len(password) > MAX_LENGTH:
        return False
    try:
        return _HASHER.verify(stored_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def dummy_verify(password: str) -> None:
    """Spend the time a real verification takes (an unknown username looks like a wrong password)."""
    verify_password(_DUMMY_HASH, password)


def needs_rehash(stored_hash: str) -> bool:
    try:
        return _HASHER.check_needs_rehash(stored_hash)
    except InvalidHashError:
        return False


def one_time_password() -> str:
    """A random 20-character password for a first admin or a reset (about 119 bits)."""
    return secrets.token_urlsafe(15)


_DUMMY_HASH = _HASHER.hash(secrets.token_hex(16))
