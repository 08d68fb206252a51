"""Plans byte-identical before and after a speed change: the planner's output of one commit against another.

Run: .venv/bin/python bench/plan_identity.py [--ref REF] [--sizes 10000] [--no-real]
`--ref` (default: main) is unpacked with `git archive` into a temporary folder; this script then plans the
same instances twice, in a subprocess on REF's `src` and in one on this checkout's `src`, and compares every
pathway's JSON (steps, totals, relaxations, uncovered skills and their reasons, notes) byte for byte.

The instances: every case of the plan-review sets (every evals/plans/*cases*.jsonl since session 29;
balanced with relaxations, fastest and cheapest without, as `pathfinder eval plans` plans them) on the
bundled corpus and on the bundled corpus plus the edX and Udemy files (skills inferred, indexed
once under DATA_DIR/eval-plans); then the bench's scaled catalogues (`bench_planner.scale_catalogue`, each of
`--sizes`) and the reply bench's catalogue (`bench_assistant.build_catalogue`, each of `--ties`: exact copies,
so plans of equal effort tie) with every goal under several constraint sets (the bench's, binding limits,
categorical limits, none, a pin, rejected ids), balanced with relaxations, and the three alternatives for the
bench's set. A `--ref-dump` kept from before `--ties` existed lacks those plans: dump REF again.
`dump FILE` (used by the comparison) writes one JSON line per pathway. Exit status 1 when any plan differs.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tarfile
import tempfile
import time
from datetime import date, timedelta
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# every plan-review set (session 29: all `evals/plans/*cases*.jsonl`, not only the first three)
CASE_FILES = tuple(sorted(p.name for p in (ROOT / "evals" / "plans").glob("*cases*.jsonl")))


def _constraint_sets(today: date, catalogue) -> dict[str, dict]:
    """Named (constraints, preferences) for the scaled catalogues: binding, categorical, none, a pin."""
    from pathfinder.domain import Constraints, Preferences

    eqf4 = next(c.id for c in catalogue if c.eqf_level == 4 and c.stack_ects_required is None)
    first, last = catalogue[0].id, catalogue[-1].id
    return {
        "bench": (Constraints(hours_per_week=8, weeks=52, budget=1500, languages=("en",)), Preferences()),
        "binding": (
            Constraints(
                hours_per_week=4,
                deadline=today + timedelta(weeks=30),
                budget=300,
                participation=("online",),
                max_eqf=5,
            ),
            Preferences(rejected=(first,)),
        ),
        "categorical": (
            Constraints(languages=("en", "de"), countries=("DE", "IE"), hours_per_week=10),
            Preferences(),
        ),
        "providers": (
            Constraints(providers=("Aurora EdTech Collective", "Liffey Institute of Technology")),
            Preferences(),
        ),
        "none": (Constraints(), Preferences()),
        "pinned": (Constraints(max_eqf=4, hours_per_week=6), Preferences(pinned=(eqf4,))),
        "french_onsite": (
            Constraints(languages=("fr",), participation=("on-site", "blended"), budget=2000),
            Preferences(rejected=(first, last)),
        ),
    }


def dump(out: Path, sizes: list[int], real: bool, ties: tuple[int, ...] | list[int] = ()) -> None:
    """Write one JSON line per planned pathway: {"key": ..., "plan": pathway JSON}."""
    sys.path.insert(0, str(ROOT / "bench"))
    from bench_assistant import build_catalogue
    from bench_planner import scale_catalogue

    from pathfinder.catalogue import load_catalogue
    from pathfinder.cli.plans_eval import load_cases, plan_catalogue
    from pathfinder.domain import Goal, LearnerProfile
    from pathfinder.planner import CatalogueLookup, plan_alternatives, plan_pathway
    from pathfinder.planner.gaps import analyse_gap
    from pathfinder.settings import Settings
    from pathfinder.skills.files import load_taxonomy

    settings = Settings(_env_file=None)
    taxonomy = load_taxonomy(settings)
    lines: list[str] = []

    def put(key: str, pathway) -> None:
        lines.append(json.dumps({"key": key, "plan": pathway.model_dump_json()}))

    for which in ("bundled", "bundled+real") if real else ("bundled",):
        lookup = CatalogueLookup(plan_catalogue(settings, which))
        for name in CASE_FILES:
            for case in load_cases(ROOT / "evals" / "plans" / name):
                profile, today = case.profile, case.today
                gap = analyse_gap(profile, taxonomy, lookup, today=today)
                put(f"{which}/{name}/{case.id}/balanced", plan_pathway(profile, gap, lookup, today=today))
                for strategy in ("fastest", "cheapest"):
                    pw = plan_pathway(profile, gap, lookup, strategy, today=today, relax=False)
                    put(f"{which}/{name}/{case.id}/{strategy}", pw)
    base = load_catalogue([settings.corpus_dir / "catalogue"]).credentials
    today = date(2026, 1, 5)
    # the scaled catalogues jitter every copy's hours and price; the reply bench's (`ties`) copies keep the
    # hours and repeat seven prices, so equal-effort selections abound: a solver change that breaks such ties
    # another way changes plans there only (session 9: a second-stage change passed the scaled catalogues and
    # changed 21 of the reply bench's 114 replies)
    scaled = [(str(size), scale_catalogue(base, size)) for size in sizes]
    for label, catalogue in scaled + [(f"ties{size}", build_catalogue(size)) for size in ties]:
        lookup = CatalogueLookup(catalogue)
        for set_name, (constraints, prefs) in _constraint_sets(today, catalogue).items():
            for occ in sorted(taxonomy.occupations.values(), key=lambda o: o.uri):
                profile = LearnerProfile(
                    id="identity",
                    goal=Goal(occupation_uri=occ.uri),
                    constraints=constraints,
                    preferences=prefs,
                )
                gap = analyse_gap(profile, taxonomy, lookup, today=today)
                put(f"{label}/{set_name}/{occ.uri}/balanced", plan_pathway(profile, gap, lookup, today=today))
                if set_name == "bench":
                    for strategy, pw in plan_alternatives(profile, gap, lookup, today=today).items():
                        put(f"{label}/{set_name}/{occ.uri}/alt-{strategy}", pw)
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _unpack(ref: str, into: Path) -> Path:
    data = subprocess.run(
        ["git", "-C", str(ROOT), "archive", ref, "src"], check=True, capture_output=True
    ).stdout
    with tarfile.open(fileobj=BytesIO(data)) as tar:
        tar.extractall(into, filter="data")
    return into / "src"


def _run(src: Path, out: Path, args: argparse.Namespace) -> float:
    env = {
        **os.environ,
        "PYTHONPATH": str(src),
        "PATHFINDER_SHARED_DATA_DIR": str(args.shared_data),
        "PATHFINDER_DATA_DIR": str(args.data_dir),
    }
    cmd = [sys.executable, __file__, "dump", str(out), "--sizes", *map(str, args.sizes)]
    cmd += ["--ties", *map(str, args.ties)]
    cmd += ["--no-real"] if args.no_real else []
    t0 = time.perf_counter()
    subprocess.run(cmd, check=True, env=env, cwd=ROOT)
    return time.perf_counter() - t0


def _read(path: Path) -> dict[str, str]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    return {r["key"]: r["plan"] for r in rows}


def compare(args: argparse.Namespace) -> int:
    with tempfile.TemporaryDirectory(prefix="plan-identity-") as tmp:
        t = Path(tmp)
        ref_dump = args.ref_dump or t / "ref.jsonl"
        took_ref = 0.0
        if args.ref_dump is None or not args.ref_dump.exists():
            took_ref = _run(_unpack(args.ref, t / "ref"), ref_dump, args)
        took_now = _run(ROOT / "src", t / "now.jsonl", args)
        before, after = _read(ref_dump), _read(t / "now.jsonl")
    differ = sorted(k for k in before.keys() | after.keys() if before.get(k) != after.get(k))
    digest = hashlib.sha256("".join(after[k] for k in sorted(after)).encode()).hexdigest()[:16]
    print(
        f"{len(before)} pathways on {args.ref}, {len(after)} on this checkout; {len(differ)} differ; "
        f"digest {digest}; dump took {took_ref:.0f} s on {args.ref}, {took_now:.0f} s here"
    )
    for k in differ[:20]:
        print(f"  differs: {k}")
    return 1 if differ else 0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("mode", nargs="?", choices=("compare", "dump"), default="compare")
    ap.add_argument("out", nargs="?", type=Path, help="dump: the JSON-lines file to write")
    ap.add_argument("--ref", default="main", help="the commit to compare with (compare mode)")
    ap.add_argument(
        "--ref-dump",
        type=Path,
        default=None,
        help="keep REF's dump in this file and reuse it when it exists (the same --sizes and --no-real)",
    )
    ap.add_argument("--sizes", type=int, nargs="*", default=[10_000], help="scaled catalogue sizes")
    ap.add_argument(
        "--ties",
        type=int,
        nargs="*",
        default=[10_000],
        help="sizes of the reply bench's catalogue (exact copies: equal-effort ties)",
    )
    ap.add_argument("--no-real", action="store_true", help="skip the bundled+edX+Udemy catalogue")
    ap.add_argument("--shared-data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument(
        "--data-dir",
        type=Path,
        default=ROOT / ".pathfinder",
        help="where the bundled+real index is built once and reused (DATA_DIR/eval-plans)",
    )
    args = ap.parse_args()
    if args.mode == "dump":
        dump(args.out, args.sizes, not args.no_real, args.ties)
    else:
        sys.exit(compare(args))


if __name__ == "__main__":
    main()
