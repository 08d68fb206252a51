"""Offline assistant speed on a 10k-entry catalogue: first reply after start, and warm p50/p95 per reply.

Builds a 10k catalogue by varying the bundled one (ids, prices, languages, participation), indexes it with the
configured embedder (offline WordLlama by default) into a temporary data dir, then times a mix of messages
across multi-turn conversations. The warm-up calls `AssistantTools.prepare()` (catalogue lookup and lexicon);
`--freeze-gc` then also calls `gc.freeze()`, as a long-running server may.
Usage: .venv/bin/python bench/bench_assistant.py [--n 10000] [--embedder hash] [--rounds 3] [--freeze-gc]
Prints wall-clock p50/p95 and this process's CPU time per reply (the latter does not grow with the load of
other processes on a shared machine).
"""

from __future__ import annotations

import argparse
import atexit
import contextlib
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from pathfinder.runtime import limit_native_threads

# one BLAS thread, as app.py and the CLI run (set before numpy loads; session 9: without it this
# process's BLAS threads spin beside the neighbours and its CPU and wall times are not the app's)
NATIVE_THREADS_LIMITED = limit_native_threads()

from pathfinder.domain import ImportReport  # noqa: E402
from pathfinder.settings import Settings  # noqa: E402

CONVERSATIONS = [
    [
        "beginner cybersecurity, online, in German, under 100 EUR",
        "the second one",
        "cheaper",
        "only online",
        "why that one?",
    ],
    ["python courses", "compare 1 and 3", "what does it require?", "tell me more about the first one"],
    [
        "I want to become a data analyst",
        "I know Python and SQL, a bit of statistics",
        "5 hours a week, done by June, EUR 800",
        "plan my pathway",
        "skip the first step",
        "why the first one?",
    ],
    ["I'm a teacher moving into data analysis", "make me a plan", "hello", "what's the weather in Paris?"],
    ["cloud security en español", "data visualisation auf Deutsch", "machine learning advanced", "free ones"],
    # issue #12: other languages, vague openings and follow-ups that re-plan
    [
        "no idea where to start",
        "Ich möchte Datenanalystin werden, 4 Stunden pro Woche",
        "erstelle mir einen Lernplan",
        "geht das auch günstiger?",
        "den ersten habe ich schon gemacht",
    ],
    [
        "मैं वेब डेवलपर बनना चाहता हूँ",
        "मेरे लिए एक लर्निंग प्लान बनाइए",
        "tôi chỉ có 2 giờ mỗi tuần",
        'is there a course called "Quantum Basket Weaving"?',
    ],
    # session 6: follow-ups on a comparison, a plan step named by some title words, everything with filters
    [
        "Data Engineering Foundations or Data Modelling Essentials - which one first?",
        "which one is cheaper",
        "plan me a route into HPC, I can do 3 hours a week",
        "what if I had 10 hours a week instead",
        "is the parallel programming one part of a bigger qualification?",
        "show me everything you have in German",
    ],
]


def build_catalogue(n: int):
    from pathfinder.catalogue.load import load_catalogue

    base = load_catalogue([Path(Settings().corpus_dir) / "catalogue"]).credentials
    langs = [("en",), ("de",), ("fr",), ("es",), ("en", "de")]
    parts = ["online", "blended", "on-site"]
    out = []
    for i in range(n):
        c = base[i % len(base)]
        if i < len(base):
            out.append(c)
            continue
        suffix = f"-v{i // len(base)}"
        out.append(
            c.model_copy(
                update={
                    "id": c.id + suffix,
                    "title": f"{c.title} ({i // len(base)})",
                    "prerequisites": tuple(p + suffix for p in c.prerequisites),
                    "stacks_into": tuple(
                        s.model_copy(update={"target": s.target + suffix}) for s in c.stacks_into
                    ),
                    "languages": langs[i % len(langs)],
                    "participation": parts[i % 3],
                    "cost": None if c.cost is None else round(c.cost * (0.5 + (i % 7) / 5), 2),
                }
            )
        )
    return out


def machine() -> str:
    cpu = "unknown CPU"
    with contextlib.suppress(OSError, StopIteration):
        cpu = next(
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        )
    mem = ""
    try:
        kb = int(
            next(
                line.split()[1]
                for line in Path("/proc/meminfo").read_text().splitlines()
                if line.startswith("MemTotal")
            )
        )
        mem = f", {kb / 1024 / 1024:.0f} GB RAM"
    except (OSError, StopIteration):
        pass
    return f"{os.cpu_count()} cores ({cpu}){mem}, Python {platform.python_version()}"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=10_000)
    ap.add_argument("--embedder", default="offline")
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--freeze-gc", action="store_true", help="gc.freeze() after the warm-up")
    ap.add_argument("--profile", metavar="FILE", help="cProfile the warm replies into FILE (pstats)")
    args = ap.parse_args()
    data = Path(tempfile.mkdtemp(prefix="pf-bench-"))
    atexit.register(shutil.rmtree, data, True)  # the temporary index goes, however the run ends
    settings = Settings(_env_file=None, data_dir=data, embedder=args.embedder, OPENAI_API_KEY=None)
    # build the index, then time a cold start in a fresh process
    from pathfinder.index import reindex_report

    t = time.perf_counter()
    creds = build_catalogue(args.n)
    reindex_report(settings, ImportReport(credentials=creds))
    print(f"indexed {len(creds)} credentials in {time.perf_counter() - t:.1f} s", file=sys.stderr)
    # first reply after start: a fresh process that imports, opens the index and answers once
    code = (
        "import time; t=time.perf_counter(); from pathfinder.runtime import limit_native_threads; "
        "limit_native_threads(); from pathfinder.settings import Settings; from "
        "pathfinder.assistant.service import build_assistant; s=Settings(_env_file=None, "
        f"data_dir={str(data)!r}, embedder={args.embedder!r}, OPENAI_API_KEY=None); "
        "a=build_assistant(s); a.reply('python courses online'); print(time.perf_counter()-t)"
    )
    first = float(
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    )
    from pathfinder.assistant.service import build_assistant
    from pathfinder.assistant.tools import build_tools
    from pathfinder.domain.dialogue import History

    tools = build_tools(settings).prepare()
    assistant = build_assistant(settings, tools=tools)
    assistant.reply("warm up")
    if args.freeze_gc:
        import gc

        gc.freeze()
    times: list[float] = []
    cpu: list[float] = []  # this process's CPU time per reply: what the reply costs, whatever else runs
    by_intent: dict[str, list[float]] = {}
    by_message: dict[str, list[float]] = {}
    profiler = None
    if args.profile:
        import cProfile

        profiler = cProfile.Profile()
        profiler.enable()
    for _ in range(args.rounds):
        for conversation in CONVERSATIONS:
            history = History()
            for message in conversation:
                t, c = time.perf_counter(), time.process_time()
                answer = assistant.reply(message, history)
                cpu.append((time.process_time() - c) * 1000)
                times.append((time.perf_counter() - t) * 1000)
                by_intent.setdefault(answer.intent, []).append(times[-1])
                by_message.setdefault(f"{answer.intent}: {message}", []).append(cpu[-1])
                history = history.add(message, answer)
    if profiler is not None:
        profiler.disable()
        profiler.dump_stats(args.profile)
    times.sort()
    p95 = times[int(0.95 * (len(times) - 1))]
    print(f"machine: {machine()}; one BLAS thread as in the app: {NATIVE_THREADS_LIMITED}")
    print(
        f"catalogue: {args.n} entries, embedder {args.embedder}; gc.freeze() after warm-up: {args.freeze_gc}"
    )
    print(f"first reply after start (new process, incl. imports and index load): {first:.2f} s")
    print(
        f"warm replies: n={len(times)}, p50 {statistics.median(times):.1f} "
        f"ms, p95 {p95:.1f} ms, max {times[-1]:.1f} ms"
    )
    cpu.sort()
    cpu95 = cpu[int(0.95 * (len(cpu) - 1))]
    print(
        f"CPU time per reply: p50 {statistics.median(cpu):.1f} ms, p95 {cpu95:.1f} ms, max {cpu[-1]:.1f} ms"
    )
    without = sorted(t for i, ts in by_intent.items() if i not in ("plan", "skip_step") for t in ts)
    print(
        f"warm replies without planning: n={len(without)}, "
        f"p95 {without[int(0.95 * (len(without) - 1))]:.1f} ms"
    )
    for intent, ts in sorted(by_intent.items()):
        print(f"  {intent:16} n={len(ts):3}  median {statistics.median(ts):8.1f} ms  max {max(ts):8.1f} ms")
    slowest = sorted(by_message.items(), key=lambda kv: -statistics.median(kv[1]))[:8]
    print("slowest messages (median CPU ms):")
    for message, ts in slowest:
        print(f"  {statistics.median(ts):8.1f}  {message[:90]}")
    print(f"load average at the end of the run (1/5/15 min): {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
