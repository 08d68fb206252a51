"""Load: N concurrent simulated learners holding offline conversations against the core, with their store
writes.

Each learner is a thread with its own profile; every turn is `Assistant.reply` (offline responder) plus
`ConversationStore.add_turn`, the work one chat message costs the app; every 2nd turn also gives feedback and
every 3rd saves the profile (read-modify-save). Learners keep talking until the level's --seconds run out
(or --turns per learner, when given), starting a new conversation every six messages. For each store
(--stores: `sqlite`, a fresh file; `postgres`, a fresh database on --database-url or on a throwaway server
this script starts on 127.0.0.1 with tools/postgres_server.sh) and each Chroma back end (--backends: embedded,
or a `chroma run` server this script starts on 127.0.0.1), it reports throughput, reply latency (reply +
add_turn) p50/p95/p99, store write latency (add_turn, feedback, profile save) p95/p99/max and the error count
(must be 0; raw driver errors are counted separately). --write replaces the `## <--section>` of
docs/BENCHMARKS.md. Only loopback traffic.

    .venv/bin/python bench/load.py [--levels 32 128] [--seconds 60] [--stores sqlite postgres] [--write]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import traceback
import urllib.request
from datetime import date
from functools import partial
from pathlib import Path

from pathfinder.assistant.service import build_assistant
from pathfinder.domain import LearnerProfile
from pathfinder.domain.dialogue import History
from pathfinder.index import open_index, reindex
from pathfinder.settings import PROJECT_ROOT, Settings
from pathfinder.storage.conversations import ConversationStore
from pathfinder.storage.database import POOL_MAX
from pathfinder.storage.profiles import open_profile_store

MAX_LEARNERS = 128
TOOLS = PROJECT_ROOT / "tools" / "postgres_server.sh"
SCRIPTS = [
    [
        "I want to become a data analyst",
        "I know Python and SQL",
        "show me online courses in English",
        "tell me more about the first one",
        "cheaper",
        "plan my pathway",
    ],
    [
        "beginner cybersecurity, online, under 100 EUR",
        "the second one",
        "only online",
        "compare 1 and 2",
        "why that one?",
        "free ones",
    ],
    [
        "python courses",
        "what does it require?",
        "cloud security",
        "tell me more about the first one",
        "machine learning advanced",
        "hello",
    ],
]
BENCHMARKS = PROJECT_ROOT / "docs" / "BENCHMARKS.md"


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))] if ordered else float("nan")


def machine() -> str:
    cpu = "unknown CPU"
    try:
        cpu = next(
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        )
        kb = int(
            next(
                line.split()[1]
                for line in Path("/proc/meminfo").read_text().splitlines()
                if line.startswith("MemTotal")
            )
        )
        cpu += f", {kb / 1024 / 1024:.0f} GB RAM"
    except (OSError, StopIteration):
        pass
    return f"nproc {os.cpu_count()} ({cpu}), Python {platform.python_version()}"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_chroma(path: Path) -> tuple[subprocess.Popen, str]:
    """`chroma run` on 127.0.0.1 (loopback only), waiting for its heartbeat."""
    exe = shutil.which("chroma") or str(Path(sys.executable).with_name("chroma"))
    port = free_port()
    proc = subprocess.Popen(
        [exe, "run", "--path", str(path), "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"{url}/api/v2/heartbeat", timeout=1).read()
            return proc, url
        except OSError:
            if proc.poll() is not None:
                raise RuntimeError(f"chroma run exited with {proc.returncode}") from None
            time.sleep(0.2)
    proc.terminate()
    raise RuntimeError("chroma run did not answer within 60 s")


def run_level(
    settings: Settings,
    assistant,
    n: int,
    turns: int,
    seconds: float,
    prefix: str = "load",
    start_at: float | None = None,
) -> dict:
    """`n` learner threads talking until the deadline (or `turns` each), from `start_at` (a `time.time()`)
    when given; returns latencies and errors (`summarise` makes the row)."""
    from pathfinder.errors import PathfinderError

    profiles = open_profile_store(settings)
    conversations = ConversationStore(settings.database_path)
    replies: list[float] = []
    saves: list[float] = []
    turn_saves: list[float] = []  # add_turn alone: "saving a turn"
    counts = {"feedback": 0, "profile_saves": 0}
    errors: list[str] = []
    raw: list[str] = []
    lock = threading.Lock()
    start = threading.Barrier(n)
    deadline = [0.0]

    def timed(fn, also: list[float] | None = None):
        began = time.perf_counter()
        out = fn()
        ms = (time.perf_counter() - began) * 1000
        with lock:
            saves.append(ms)
            if also is not None:
                also.append(ms)
        return out

    def learner(i: int) -> None:
        try:
            profile = profiles.save(LearnerProfile(id=f"{prefix}-{n}-{i}", name=f"Learner {i}"))
        except Exception:  # counted; the learner still meets the others at the barrier and then stops
            with lock:
                errors.append(traceback.format_exc(limit=3))
            start.wait(timeout=300)
            return
        script = SCRIPTS[i % len(SCRIPTS)]
        if start.wait(timeout=300) == 0:
            if start_at is not None:  # several processes start together
                time.sleep(max(0.0, start_at - time.time()))
            deadline[0] = time.monotonic() + seconds
        while not deadline[0]:
            time.sleep(0.001)
        t, cid, history = 0, None, History()
        while time.monotonic() < deadline[0] and (not turns or t < turns):
            message = script[t % len(script)]
            try:
                if t % len(script) == 0:
                    cid, history = conversations.start(profile.id), History()
                began = time.perf_counter()
                answer = assistant.reply(message, history, profile)
                mid = timed(partial(conversations.add_turn, cid, message, answer), turn_saves)
                elapsed = time.perf_counter() - began
                history = history.add(message, answer)
                with lock:
                    replies.append(elapsed * 1000)
                if t % 2 == 1:
                    timed(partial(conversations.feedback, mid, 1 if t % 4 == 1 else -1, f"turn {t}"))
                    with lock:
                        counts["feedback"] += 1
                if t % 3 == 2:
                    fresh = profiles.get(profile.id)
                    profile = timed(
                        partial(profiles.save, fresh.model_copy(update={"name": f"Learner {i} t{t}"}))
                    )
                    with lock:
                        counts["profile_saves"] += 1
            except Exception as e:  # every failure counts; the first few are printed
                with lock:
                    errors.append(traceback.format_exc(limit=3))
                    if not isinstance(e, PathfinderError):
                        raw.append(f"{type(e).__name__}: {e}")
            t += 1

    threads = [threading.Thread(target=learner, args=(i,), daemon=True) for i in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=seconds + 300 + max(0.0, (start_at or 0) - time.time()))
    wall = time.monotonic() - (deadline[0] - seconds) if deadline[0] else 0.0  # from the common start
    hung = sum(t.is_alive() for t in threads)
    for e in errors[:3]:
        print(e, file=sys.stderr)
    return {
        "n": n,
        "wall": wall,
        "replies": replies,
        "saves": saves,
        "turn_saves": turn_saves,
        **counts,
        "errors": len(errors) + hung,
        "raw_errors": len(raw),
    }


def summarise(raw: dict) -> dict:
    replies, saves, wall = raw["replies"], raw["saves"], raw["wall"]
    return {
        "n": raw["n"],
        "turns": len(replies),
        "wall": wall,
        "throughput": len(replies) / wall if wall else 0.0,
        "p50": percentile(replies, 0.50),
        "p95": percentile(replies, 0.95),
        "p99": percentile(replies, 0.99),
        "save_p50": percentile(saves, 0.50),
        "save_p95": percentile(saves, 0.95),
        "save_p99": percentile(saves, 0.99),
        "save_max": max(saves, default=float("nan")),
        "turn_p95": percentile(raw["turn_saves"], 0.95),
        "turn_p99": percentile(raw["turn_saves"], 0.99),
        "turn_max": max(raw["turn_saves"], default=float("nan")),
        "writes": len(saves),
        "feedback": raw["feedback"],
        "profile_saves": raw["profile_saves"],
        "errors": raw["errors"],
        "raw_errors": raw["raw_errors"],
    }


def run_processes(settings: Settings, n: int, args) -> dict:
    """`n` learners split over `args.processes` worker processes on one database, started together."""
    start_at = time.time() + args.start_delay  # time for every worker to import, open the index and warm up
    per = [n // args.processes + (k < n % args.processes) for k in range(args.processes)]
    procs = [
        subprocess.Popen(
            [
                sys.executable,
                __file__,
                "--worker",
                settings.model_dump_json(),
                str(k),
                str(m),
                str(start_at),
                str(args.seconds),
                str(args.turns),
            ],
            stdout=subprocess.PIPE,
            text=True,
        )
        for k, m in enumerate(per)
    ]
    parts = [json.loads(p.communicate(timeout=start_at - time.time() + args.seconds + 300)[0]) for p in procs]
    merged = {
        "n": n,
        "wall": max(p["wall"] for p in parts),
        "replies": [x for p in parts for x in p["replies"]],
        "saves": [x for p in parts for x in p["saves"]],
        "turn_saves": [x for p in parts for x in p["turn_saves"]],
    }
    for key in ("feedback", "profile_saves", "errors", "raw_errors"):
        merged[key] = sum(p[key] for p in parts)
    merged["errors"] += sum(p.returncode != 0 for p in procs)
    return merged


def worker(argv: list[str]) -> int:
    """One app-like process of `run_processes`: prints its raw results as JSON."""
    settings_json, k, m, start_at, seconds, turns = argv
    settings = Settings.model_validate_json(settings_json)
    from pathfinder.assistant.tools import AssistantTools
    from pathfinder.skills.files import load_taxonomy

    assistant = build_assistant(settings, tools=AssistantTools(open_index(settings), load_taxonomy(settings)))
    assistant.reply("warm up")
    raw = run_level(
        settings, assistant, int(m), int(turns), float(seconds), prefix=f"proc{k}", start_at=float(start_at)
    )
    print(json.dumps(raw))
    return 0


class Databases:
    """A fresh database per (store, level): a SQLite file under `work`, or a PostgreSQL database on
    `admin_url` (a throwaway loopback server when none is given), dropped at the end."""

    def __init__(self, work: Path, admin_url: str | None) -> None:
        self.work, self.admin_url, self.server_dir, self.made = work, admin_url, None, []

    def url(self, store: str, tag: str) -> str:
        if store == "sqlite":
            return str(self.work / f"load-{tag}.sqlite3")
        import psycopg

        if self.admin_url is None:
            self.server_dir = self.work / "postgres"
            out = subprocess.run(
                ["bash", str(TOOLS), "start", str(self.server_dir), str(free_port())],
                check=True,
                capture_output=True,
                text=True,
            )
            self.admin_url = out.stdout.strip().splitlines()[-1]
        name = f"pf_load_{tag}_{os.getpid()}"
        with psycopg.connect(self.admin_url, autocommit=True) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {name}")
            conn.execute(f"CREATE DATABASE {name}")
        self.made.append(name)
        return self.admin_url.rsplit("/", 1)[0] + "/" + name

    def close(self) -> None:
        from pathfinder.storage.database import close_databases

        close_databases()
        if self.made:
            import psycopg

            with psycopg.connect(self.admin_url, autocommit=True) as conn:
                for name in self.made:
                    conn.execute(f"DROP DATABASE IF EXISTS {name}")
        if self.server_dir is not None:
            subprocess.run(["bash", str(TOOLS), "stop", str(self.server_dir)], check=False)


def bench_backend(name: str, settings: Settings, stores: list[str], databases: Databases, args) -> list[dict]:
    t = time.perf_counter()
    index = open_index(settings)
    opened = time.perf_counter() - t
    from pathfinder.assistant.tools import AssistantTools
    from pathfinder.skills.files import load_taxonomy

    assistant = build_assistant(settings, tools=AssistantTools(index, load_taxonomy(settings)))
    assistant.reply("warm up")  # lexicon, taxonomy and embedder warm, as in a running app
    rows = []
    for store in stores:
        for n in args.levels:
            level = settings.model_copy(update={"database_url": databases.url(store, f"{name}_{n}")})
            if args.processes > 1:
                row = summarise(run_processes(level, n, args))
            else:
                row = summarise(run_level(level, assistant, n, args.turns, args.seconds))
            row |= {
                "backend": name,
                "store": store,
                "open_s": opened,
                "load": os.getloadavg()[0],
                "processes": args.processes,
            }
            print(
                f"{store:8} {name:9} N={n:3}  turns {row['turns']:5}  {row['throughput']:6.1f} "
                f"turns/s  reply p95 {row['p95']:7.1f} ms  save p95 {row['save_p95']:6.1f} ms  "
                f"max {row['save_max']:7.1f} ms  turn save p99 {row['turn_p99']:6.1f} ms  "
                f"errors {row['errors']} (raw {row['raw_errors']})",
                file=sys.stderr,
            )
            rows.append(row)
    return rows


def load_section(rows: list[dict], args, indexed: int, load_before: float) -> str:
    limit = (
        f"up to {args.turns} messages each" if args.turns else f"talking for {args.seconds:.0f} s per level"
    )
    lines = [
        f"## {args.section}",
        "",
        f"`bench/load.py --levels {' '.join(map(str, args.levels))} --seconds {args.seconds:.0f} "
        f"--stores {' '.join(args.stores)} --backends {' '.join(args.backends)}`: N concurrent "
        f"simulated learners as threads in one process, {limit}; each turn `Assistant.reply` (offline) "
        "+ `ConversationStore.add_turn`, feedback every 2nd turn, a read-modify-save of the profile "
        "every 3rd, a new conversation every 6 messages. SQLite: a fresh file (WAL); PostgreSQL: a "
        f"fresh database on a local server over loopback (psycopg pool of {POOL_MAX} per process). "
        f"Catalogue: the bundled corpus ({indexed} credentials), embedder `{args.embedder}`. Run on "
        f"{date.today().isoformat()}: {machine()}; **loaded machine**: load average {load_before:.1f} "
        "before the run (other agents share these 2 cores), so latencies are upper bounds.",
        "",
        "| store | Chroma | processes | N | turns | turns/s | reply p50 ms | reply p95 ms | reply "
        "p99 ms | writes | write p95 ms | write p99 ms | write max ms | turn save p95 / p99 / max ms "
        "| errors (raw driver) |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        lines.append(
            f"| {r['store']} | {r['backend']} | {r['processes']} | {r['n']} | "
            f"{r['turns']} | {r['throughput']:.1f} | {r['p50']:.0f} | {r['p95']:.0f} | "
            f"{r['p99']:.0f} | {r['writes']} | {r['save_p95']:.0f} | {r['save_p99']:.0f} "
            f"| {r['save_max']:.0f} | {r['turn_p95']:.0f} / {r['turn_p99']:.0f} / {r['turn_max']:.0f} "
            f"| {r['errors']} ({r['raw_errors']}) |"
        )
    lines += [
        "",
        "Reply = `Assistant.reply` + `add_turn` (what one chat message costs); writes = each `add_turn`, "
        "`feedback` and profile `save` on its own; turn save = `add_turn` alone (saving one chat turn). "
        "Errors count every exception a learner met (a "
        "`PathfinderError` shown as a message, or a raw driver error in brackets, which must never happen).",
        "",
    ]
    return "\n".join(lines)


def write_section(section: str, path: Path = BENCHMARKS) -> None:
    """Replace the section of docs/BENCHMARKS.md headed by the section's first line (or append it), leaving
    every other section alone."""
    text = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n"
    lines = text.splitlines()
    try:
        start = lines.index(section.splitlines()[0])
    except ValueError:
        path.write_text(text.rstrip("\n") + "\n\n" + section, encoding="utf-8")
        return
    end = next((i for i in range(start + 1, len(lines)) if lines[i].startswith("## ")), len(lines))
    rest = "\n".join(lines[end:])
    path.write_text(
        "\n".join(lines[:start]) + "\n" + section + ("\n" + rest + "\n" if rest else ""), encoding="utf-8"
    )


def main() -> int:
    if sys.argv[1:2] == ["--worker"]:
        return worker(sys.argv[2:])
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--levels", type=int, nargs="+", default=[32])
    ap.add_argument("--turns", type=int, default=0, help="messages per learner (0: until --seconds run out)")
    ap.add_argument("--seconds", type=float, default=60.0, help="per level: no new turn starts after this")
    ap.add_argument("--embedder", default="offline", choices=["offline", "hash"])
    ap.add_argument("--backends", nargs="+", default=["embedded"], choices=["embedded", "server"])
    ap.add_argument("--stores", nargs="+", default=["sqlite"], choices=["sqlite", "postgres"])
    ap.add_argument(
        "--database-url",
        help="PostgreSQL server to create the run's databases on (a role with "
        "CREATEDB); default: a throwaway server on 127.0.0.1 started for the run",
    )
    ap.add_argument(
        "--processes",
        type=int,
        default=1,
        help="split the learners over this many app-like "
        "worker processes on one database (each loads its own index and assistant)",
    )
    ap.add_argument(
        "--start-delay",
        type=float,
        default=60.0,
        help="with --processes: seconds the workers get to start up before the common start",
    )
    ap.add_argument(
        "--section", default="Storage under load", help="heading of the docs/BENCHMARKS.md section"
    )
    ap.add_argument("--write", action="store_true", help="write the results into docs/BENCHMARKS.md")
    args = ap.parse_args()
    if max(args.levels) > MAX_LEARNERS or min(args.levels) < 1:
        ap.error(f"levels must be between 1 and {MAX_LEARNERS}")
    load_before = os.getloadavg()[0]
    work = Path(tempfile.mkdtemp(prefix="pf-load-"))
    os.chmod(work, 0o755)  # a throwaway PostgreSQL server runs as the postgres user below it
    rows: list[dict] = []
    server = None
    databases = Databases(work, args.database_url)
    try:
        catalogue = [Settings(_env_file=None).corpus_dir / "catalogue"]
        base = dict(_env_file=None, embedder=args.embedder, OPENAI_API_KEY=None, OPENAI_BASE_URL=None)
        indexed = 0
        if "embedded" in args.backends:
            embedded = Settings(**base, data_dir=work / "embedded", chroma_url=None)
            indexed = reindex(embedded, catalogue).total
            rows += bench_backend("embedded", embedded, args.stores, databases, args)
        if "server" in args.backends:
            server, url = start_chroma(work / "chroma-server")
            served = Settings(**base, data_dir=work / "server", chroma_url=url)
            indexed = reindex(served, catalogue).total
            rows += bench_backend("server", served, args.stores, databases, args)
    finally:
        databases.close()
        if server is not None:
            server.terminate()
            server.wait(timeout=30)
        shutil.rmtree(work, ignore_errors=True)
    section = load_section(rows, args, indexed, load_before)
    print(section)
    if args.write:
        write_section(section)
    return 1 if any(r["errors"] for r in rows) else 0


if __name__ == "__main__":
    raise SystemExit(main())
