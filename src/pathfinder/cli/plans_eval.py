"""`pathfinder eval plans`: plan every case of a plan-review set, score each plan by the review criteria."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from pathfinder.cli._common import Commands, print_json, say
from pathfinder.domain import Credential, ImportReport
from pathfinder.errors import PathfinderError
from pathfinder.settings import PROJECT_ROOT, Settings

CASES_FILE = PROJECT_ROOT / "evals" / "plans" / "cases.jsonl"
HAND_FILE = PROJECT_ROOT / "evals" / "plans" / "hand_judged.jsonl"
REAL_FILES = (("edx_courses/edx_courses.csv", "edx"), ("udemy_courses/udemy_courses.csv", "udemy"))
CATALOGUES = ("bundled", "bundled+real")


def register(commands: Commands) -> None:
    ev = commands.add(
        "plans", _eval_plans, "review planned pathways by an advisor's checkable criteria", group="eval"
    )
    ev.add_argument(
        "file",
        nargs="?",
        type=Path,
        default=None,
        metavar="FILE",
        help="plan-review cases, JSON lines (default: evals/plans/cases.jsonl)",
    )
    ev.add_argument(
        "--catalogue",
        choices=CATALOGUES,
        default="bundled",
        help="the bundled corpus alone, or with the edX and Udemy files of the shared data folder",
    )
    ev.add_argument("--split", choices=("tune", "frozen", "all"), default="all", help="which cases to run")
    ev.add_argument("--case", action="append", default=[], metavar="ID", help="only this case (repeatable)")
    ev.add_argument(
        "--min-confidence",
        type=float,
        default=None,
        metavar="X",
        help="an inferred skill below this is no evidence of relevance (default 0.75, fixed before "
        "any planner result was seen; other values are for comparison only)",
    )
    ev.add_argument("--json", action="store_true", help="the summary and every case's verdicts as JSON")
    ev.add_argument("--failures", action="store_true", help="list each failed criterion's problems per case")


def load_cases(path: Path):
    from pydantic import ValidationError

    from pathfinder.planner.review_run import PlanCase

    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as e:
        raise PathfinderError(
            f"Cannot read the plan-review cases {path}: {e}. Give a JSON-lines file."
        ) from e
    cases = []
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            cases.append(PlanCase.model_validate_json(line))
        except ValidationError as e:
            err = e.errors()[0]
            where = ".".join(str(x) for x in err["loc"])
            raise PathfinderError(
                f"{path}, line {n}: the field '{where}' is invalid: {err['msg']}. "
                "See evals/README.md for the case format."
            ) from e
    if not cases:
        raise PathfinderError(f"{path} holds no cases; see evals/README.md for the format.")
    return cases


def _hand_judged() -> list[dict]:
    import json

    out = []
    for path in sorted(HAND_FILE.parent.glob("hand_*judged*.jsonl")):  # the first judgement, re-judgements
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
            out += [json.loads(line) for line in lines if line.strip()]
        except (OSError, ValueError):
            continue
    return out


def plan_catalogue(settings: Settings, which: str) -> list[Credential]:
    """The bundled corpus; or it plus the real edX and Udemy files, indexed (skills inferred) under
    DATA_DIR/eval-plans so that the served index is never touched and a second run reuses the first."""
    from pathfinder.catalogue import load_catalogue

    bundled = load_catalogue([settings.corpus_dir / "catalogue"])
    if which == "bundled":
        return bundled.credentials
    from pathfinder.index import open_index
    from pathfinder.skills.ingest import ingest

    reports = [bundled]
    for rel, mapping in REAL_FILES:
        path = settings.shared_data_dir / rel
        if not path.exists():
            raise PathfinderError(
                f"The {mapping} catalogue is needed for --catalogue bundled+real and is missing "
                f"at {path}; set PATHFINDER_SHARED_DATA_DIR to the folder holding it."
            )
        reports.append(load_catalogue([path], mapping=mapping))
    combined = ImportReport(credentials=[c for r in reports for c in r.credentials])
    es = settings.model_copy(update={"data_dir": settings.data_dir / "eval-plans", "chroma_url": None})
    say(f"indexing {combined.imported} entries (skills inferred) under {es.index_dir} ...")
    ingest(es, combined)
    return open_index(es).credentials()


def _eval_plans(args: argparse.Namespace, settings: Settings) -> int:
    from pathfinder.planner.review_run import ALL_CRITERIA, hand_judged_status, run_cases, summary_by_split
    from pathfinder.skills.files import load_taxonomy

    cases = load_cases(args.file or CASES_FILE)
    if args.split != "all":
        cases = [c for c in cases if c.split == args.split]
    if args.case:
        cases = [c for c in cases if c.id in set(args.case)]
        if not cases:
            raise PathfinderError(f"No case with the id(s) {', '.join(args.case)} in the file.")
    credentials = plan_catalogue(settings, args.catalogue)
    say(f"{len(cases)} case(s) over {len(credentials)} catalogue entries ({args.catalogue})")
    tty = sys.stderr.isatty()
    from pathfinder.planner.review import MIN_CONFIDENCE

    results = run_cases(
        cases,
        load_taxonomy(settings),
        credentials,
        progress=(lambda k, n: print(f"\r{k}/{n}", end="", file=sys.stderr)) if tty else None,
        min_confidence=MIN_CONFIDENCE if args.min_confidence is None else args.min_confidence,
    )
    if tty:
        print(file=sys.stderr)
    summary = summary_by_split(results)
    hand = hand_judged_status(results, _hand_judged(), args.catalogue)
    if args.json:
        print_json(
            {
                "catalogue": args.catalogue,
                "entries": len(credentials),
                "min_confidence": args.min_confidence or MIN_CONFIDENCE,
                "summary": summary,
                "hand_judged": hand,
                "cases": [r.model_dump(mode="json") for r in results],
            }
        )
        return 0
    print(format_summary(summary, ALL_CRITERIA))
    if hand["judged"]:
        print(
            f"hand-judged cases: {hand['judged']} in this run; {hand['unchanged']} planned as a judged plan "
            f"({hand['unchanged_signable']} signable); planned differently, to judge again "
            f"(evals/plans/show_plans.py): {', '.join(hand['changed']) or 'none'}"
        )
    if args.failures:
        for r in results:
            for name in ALL_CRITERIA:
                if not r.passed[name]:
                    shown = r.problems[name][:4]
                    more = f" (+{len(r.problems[name]) - 4})" if len(r.problems[name]) > 4 else ""
                    print(f"{r.id} [{r.split}] {r.goal}: {name}: {'; '.join(shown)}{more}")
    return 0


def format_summary(summary: dict, criteria: tuple[str, ...]) -> str:
    cols = [k for k in ("tune", "frozen", "all") if summary[k]["cases"]]
    rows = [
        ("cases", "cases"),
        ("within limits and languages", "plans_within_limits_and_languages"),
        *[(f"pass {c}", f"pass_{c}") for c in criteria],
        ("passing all", "plans_passing_all"),
        ("steps", "steps"),
        ("steps relevant", "relevant_steps"),
        ("share of steps relevant", "share_steps_relevant"),
        ("EQF jumps", "eqf_jumps"),
        ("empty plans", "empty_plans"),
        ("… though an allowed course teaches", "empty_plans_with_teachable_skills"),
        ("essential coverage", "essential_coverage"),
        ("… of those an allowed course teaches", "essential_coverage_of_teachable"),
        ("steps of unknown hours", "steps_unknown_hours"),
        ("steps of unknown price", "steps_unknown_price"),
        ("steps of unknown language", "steps_unknown_language"),
        ("plans over 104 weeks", "plans_over_104_weeks"),
    ]
    lines = [f"{'':38}" + "".join(f"{c:>10}" for c in cols)]
    for label, key in rows:
        lines.append(f"{label:38}" + "".join(f"{summary[c][key]:>10g}" for c in cols))
    return "\n".join(lines)
