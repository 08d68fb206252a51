"""What accounts cost: Argon2id hashing and verification (argon2-cffi defaults) and one throttled sign-in
round trip through AccountStore on a temporary SQLite file. Prints JSON; figures go to docs/BENCHMARKS.md."""

from __future__ import annotations

import contextlib
import json
import statistics
import tempfile
import time
from pathlib import Path

from pathfinder.safety.passwords import hash_password, verify_password
from pathfinder.storage.accounts import AccountStore, SignInRefused

PASSWORD = "correct horse battery"
N = 20


def _ms(fn) -> list[float]:
    out = []
    for _ in range(N):
        start = time.perf_counter()
        fn()
        out.append((time.perf_counter() - start) * 1000)
    return out


def main() -> int:
    stored = hash_password(PASSWORD)
    with tempfile.TemporaryDirectory() as tmp:
        store = AccountStore(Path(tmp) / "bench.sqlite3")
        store.create("bench", PASSWORD, "learner")

        def wrong() -> None:
            with contextlib.suppress(SignInRefused):
                store.sign_in("nobody", "wrong password")
            store.unlock("nobody", store.by_username("bench"))  # keep the throttle out of the figure

        figures = {
            name: _ms(fn)
            for name, fn in (
                ("hash_ms", lambda: hash_password(PASSWORD)),
                ("verify_ms", lambda: verify_password(stored, PASSWORD)),
                ("sign_in_ok_ms", lambda: store.sign_in("bench", PASSWORD)),
                ("sign_in_unknown_user_ms", wrong),
            )
        }
    print(
        json.dumps(
            {
                k: {"median": round(statistics.median(v), 1), "max": round(max(v), 1), "n": N}
                for k, v in figures.items()
            },
            indent=1,
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
