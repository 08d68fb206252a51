"""Load: N concurrent simulated learners holding multi-turn offline conversations against the core.

Two back ends, as two app instances would run them: the embedded Chroma store, and a `chroma run` server this
script starts on 127.0.0.1 (and stops). Each learner is a thread with its own profile and conversation in one
shared SQLite database; every turn is `Assistant.reply` (offline responder) plus `ConversationStore.add_turn`,
the work one chat message costs the app. For N in --levels (default 1, 8, 32) it reports throughput, latency
p50/p95/p99 and the error count (must be 0); with --write it replaces the "## Load" section of
docs/BENCHMARKS.md. Bounded: at most 64 learners, each level stops starting turns after --seconds.

    .venv/bin/python bench/load.py [--levels 1 8 32] [--turns 6] [--seconds 60] [--embedder offline] [--write]
"""

from __future__ import annotations

import argparse
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
from pathlib import Path

from pathfinder.domain.dialogue import History
from pathfinder.assistant.service import build_assistant
from pathfinder.storage.conversations import ConversationStore
from pathfinder.domain import LearnerProfile
from pathfinder.index import open_index, reindex
from pathfinder.storage.profiles import open_profile_store
from pathfinder.settings import PROJECT_ROOT, Settings

MAX_LEARNERS = 64
SCRIPTS = [
    ["I want to become a data analyst", "I know Python and SQL", "show me online courses in English",
     "tell me more about the first one", "cheaper", "plan my pathway"],
    ["beginner cybersecurity, online, under 100 EUR", "the second one", "only online", "compare 1 and 2",
     "why that one?", "free ones"],
    ["python courses", "what does it require?", "cloud security", "tell me more about the first one",
     "machine learning advanced", "hello"],
]
BENCHMARKS = PROJECT_ROOT / "docs" / "BENCHMARKS.md"


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))] if ordered else float("nan")


def machine() -> str:
    cpu = "unknown CPU"
    try:
        cpu = next(line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                   if line.startswith("model name"))
        kb = int(next(line.split()[1] for line in Path("/proc/meminfo").read_text().splitlines()
                      if line.startswith("MemTotal")))
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
    proc = subprocess.Popen([exe, "run", "--path", str(path), "--host", "127.0.0.1", "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
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


def run_level(settings: Settings, assistant, n: int, turns: int, seconds: float) -> dict:
    """`n` learner threads, each holding one conversation of `turns` messages (fewer if the deadline passes)."""
    profiles = open_profile_store(settings)
    conversations = ConversationStore(settings.database_path)
    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    deadline = time.monotonic() + seconds
    start = threading.Barrier(n)

    def learner(i: int) -> None:
        try:
            profile = profiles.save(LearnerProfile(id=f"load-{n}-{i}", name=f"Learner {i}"))
            cid = conversations.start(profile.id)
            script = SCRIPTS[i % len(SCRIPTS)]
            history = History()
            start.wait()
            for t in range(turns):
                if time.monotonic() > deadline:
                    break
                message = script[t % len(script)]
                began = time.perf_counter()
                answer = assistant.reply(message, history, profile)
                conversations.add_turn(cid, message, answer)
                elapsed = time.perf_counter() - began
                history = history.add(message, answer)
                with lock:
                    latencies.append(elapsed * 1000)
        except Exception:  # every failure counts; the first few are printed
            with lock:
                errors.append(traceback.format_exc(limit=3))

    threads = [threading.Thread(target=learner, args=(i,), daemon=True) for i in range(n)]
    began = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=seconds + 120)
    wall = time.perf_counter() - began
    hung = sum(t.is_alive() for t in threads)
    for e in errors[:3]:
        print(e, file=sys.stderr)
    return {"n": n, "turns": len(latencies), "wall": wall, "throughput": len(latencies) / wall if wall else 0.0,
            "p50": percentile(latencies, 0.50), "p95": percentile(latencies, 0.95),
            "p99": percentile(latencies, 0.99), "errors": len(errors) + hung}


def bench_backend(name: str, settings: Settings, levels: list[int], turns: int, seconds: float) -> list[dict]:
    t = time.perf_counter()
    index = open_index(settings)
    opened = time.perf_counter() - t
    from pathfinder.assistant.tools import AssistantTools
    from pathfinder.skills.files import load_taxonomy

    assistant = build_assistant(settings, tools=AssistantTools(index, load_taxonomy(settings)))
    assistant.reply("warm up")  # lexicon, taxonomy and embedder warm, as in a running app
    rows = []
    for n in levels:
        row = run_level(settings, assistant, n, turns, seconds) | {"backend": name, "open_s": opened}
        print(f"{name:9} N={n:2}  turns {row['turns']:4}  {row['throughput']:6.1f} turns/s  p50 {row['p50']:7.1f} ms  "
              f"p95 {row['p95']:7.1f} ms  p99 {row['p99']:7.1f} ms  errors {row['errors']}", file=sys.stderr)
        rows.append(row)
    return rows


def load_section(rows: list[dict], args, indexed: int, load_before: float) -> str:
    lines = [
        "## Load",
        "",
        f"`bench/load.py` (N concurrent simulated learners as threads in one process, each a multi-turn offline "
        f"conversation of up to {args.turns} messages: `Assistant.reply` + `ConversationStore.add_turn` in one shared "
        f"SQLite file). Catalogue: the bundled corpus ({indexed} credentials), embedder `{args.embedder}`. "
        f"Run on {date.today().isoformat()}: {machine()}; load average {load_before:.1f} before the run "
        "(other engineers share these cores).",
        "",
        "| back end | N | turns | throughput (turns/s) | p50 ms | p95 ms | p99 ms | errors |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        lines.append(f"| {r['backend']} | {r['n']} | {r['turns']} | {r['throughput']:.1f} | {r['p50']:.0f} | "
                     f"{r['p95']:.0f} | {r['p99']:.0f} | {r['errors']} |")
    opens = {r["backend"]: r["open_s"] for r in rows}
    lines += [
        "",
        "Index open (loading one version for serving): " + ", ".join(f"{k} {v:.2f} s" for k, v in opens.items())
        + ". Queries score the loaded version's vectors in memory in both back ends, so the Chroma server is read "
        "when an app instance opens (or reopens) the index, not per message: per-turn figures of the two back ends "
        "differ by noise. Throughput stops rising once the cores are busy (threads share one interpreter); beyond "
        "that, more learners per process wait longer (p95/p99 grow with N), so add app processes as in "
        "docker-compose.yml. The slowest turns are `plan my pathway` (gap analysis + planner).",
        "",
    ]
    return "\n".join(lines)


def write_section(section: str, path: Path = BENCHMARKS) -> None:
    """Replace the "## Load" section of docs/BENCHMARKS.md (or append it), leaving every other section alone."""
    text = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n"
    lines = text.splitlines()
    try:
        start = lines.index("## Load")
    except ValueError:
        path.write_text(text.rstrip("\n") + "\n\n" + section, encoding="utf-8")
        return
    end = next((i for i in range(start + 1, len(lines)) if lines[i].startswith("## ")), len(lines))
    rest = "\n".join(lines[end:])
    path.write_text("\n".join(lines[:start]) + "\n" + section + ("\n" + rest + "\n" if rest else ""), encoding="utf-8")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--levels", type=int, nargs="+", default=[1, 8, 32])
    ap.add_argument("--turns", type=int, default=6, help="messages per learner")
    ap.add_argument("--seconds", type=float, default=60.0, help="per level: no new turn starts after this")
    ap.add_argument("--embedder", default="offline", choices=["offline", "hash"])
    ap.add_argument("--backends", nargs="+", default=["embedded", "server"], choices=["embedded", "server"])
    ap.add_argument("--write", action="store_true", help="write the results into docs/BENCHMARKS.md (## Load)")
    args = ap.parse_args()
    if max(args.levels) > MAX_LEARNERS or min(args.levels) < 1:
        ap.error(f"levels must be between 1 and {MAX_LEARNERS}")
    load_before = os.getloadavg()[0]
    work = Path(tempfile.mkdtemp(prefix="pf-load-"))
    rows: list[dict] = []
    server = None
    try:
        catalogue = [Settings(_env_file=None).corpus_dir / "catalogue"]
        base = dict(_env_file=None, embedder=args.embedder, OPENAI_API_KEY=None, OPENAI_BASE_URL=None)
        indexed = 0
        if "embedded" in args.backends:
            embedded = Settings(**base, data_dir=work / "embedded", chroma_url=None)
            indexed = reindex(embedded, catalogue).total
            rows += bench_backend("embedded", embedded, args.levels, args.turns, args.seconds)
        if "server" in args.backends:
            server, url = start_chroma(work / "chroma-server")
            served = Settings(**base, data_dir=work / "server", chroma_url=url)
            indexed = reindex(served, catalogue).total
            rows += bench_backend("server", served, args.levels, args.turns, args.seconds)
    finally:
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
