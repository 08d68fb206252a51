"""`pathfinder eval linking | tagging`: RP@5 and MRR of text-to-ESCO linking, precision and recall of
tagging."""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from pathfinder.cli._common import Commands, print_json, say
from pathfinder.settings import Settings

LINKING_SETS = ("tech", "house", "skillskape-dev")


def register(commands: Commands) -> None:
    ev = commands.add(
        "linking", _eval_linking, "RP@5 and MRR of linking job-advert sentences to ESCO skills", group="eval"
    )
    ev.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="NAME",
        help="tech, house, skillskape-dev, skillskape-train (default: the first three)",
    )
    ev.add_argument("--limit", type=int, default=None, help="score only the first N sentences of each set")
    ev.add_argument("--no-extract", action="store_true", help="rank only; skip scoring `extract`")
    ev.add_argument("--json", action="store_true", help="print the figures as JSON")
    tag = commands.add(
        "tagging", _eval_tagging, "precision and recall of skills inferred for courses", group="eval"
    )
    tag.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="NAME",
        help="tune, tune2, frozen, frozen2, frozen3, uploads15 (tuned on), frozen4, uploads15-frozen (report "
        "only) or a JSONL file "
        "(default: tune)",
    )
    tag.add_argument("--json", action="store_true", help="print the figures as JSON")


def load_courses(shared_data_dir: Path, ids: set[str]):
    """The credentials with these ids (skills emptied), read from the edX and Udemy files with their mappings
    and from the bundled catalogue; languages detected where none is stated, as the re-index does."""
    from pathfinder.catalogue import load_catalogue
    from pathfinder.catalogue.language import with_detected_language
    from pathfinder.errors import PathfinderError
    from pathfinder.skills.tagging_eval import SOURCES, bundled_catalogue_dir

    found = {}
    if not ids:
        return found
    for file, mapping in SOURCES:
        path = Path(shared_data_dir) / file
        if not path.is_file():
            raise PathfinderError(f"No {path}; set PATHFINDER_SHARED_DATA_DIR to the folder holding {file}.")
        for c in load_catalogue([path], mapping=mapping).credentials:
            if c.id in ids:
                found[c.id] = c.model_copy(update={"skills": ()})
    if ids - found.keys():
        for c in load_catalogue([bundled_catalogue_dir()]).credentials:
            if c.id in ids:
                found[c.id] = c.model_copy(update={"skills": (), "derived": ()})
    return {cid: c if c.languages else with_detected_language(c) for cid, c in found.items()}


def _matcher(settings: Settings):
    from pathfinder.skills.matching import SkillMatcher

    matcher = SkillMatcher.from_settings(settings)
    say(f"taxonomy {matcher.taxonomy.source or 'bundled'}: {len(matcher.taxonomy.skills):,} skills")
    if len(matcher.taxonomy.skills) < 10_000:
        say("the linking sets need the full ESCO taxonomy: run `pathfinder taxonomy import` first")
    return matcher


def _eval_linking(args: argparse.Namespace, settings: Settings) -> int:
    from pathfinder.skills.linking_eval import load_set, score, score_advert_extraction, score_extraction

    matcher = _matcher(settings)
    by_label = {s.label.lower(): s.uri for s in matcher.taxonomy.skills.values()}
    results = {}
    for name in args.set or LINKING_SETS:
        cases, unknown = load_set(name, settings.shared_data_dir, lambda label: by_label.get(label.lower()))
        cases = cases[: args.limit] if args.limit else cases
        start = time.perf_counter()
        figures = score(
            lambda texts: [[m.uri for m in row] for row in matcher.match_many(texts, top=100)], cases
        )
        figures["ms_per_sentence"] = round((time.perf_counter() - start) * 1000 / max(len(cases), 1), 1)
        figures["gold_labels_not_in_taxonomy"] = unknown
        if not args.no_extract:  # every skill `extract` states per sentence, and in 10-sentence "adverts"
            extract = lambda text: [m.uri for m in matcher.extract(text)]  # noqa: E731
            figures.update(score_extraction(extract, cases))
            figures.update(score_advert_extraction(extract, cases))
        results[name] = figures
    if args.json:
        print_json(results)
        return 0
    print("set              sentences   RP@5    MRR   ms/sentence   extract P / R, per sentence; per advert")
    for name, f in results.items():
        extract = (
            f"{f['extract_precision']} / {f['extract_recall']}; "
            f"{f['advert_precision']} / {f['advert_recall']}"
            if "extract_recall" in f
            else ""
        )
        print(
            f"{name:16} {f['sentences']:>9} {f['rp@5']:.3f}  "
            f"{f['mrr']:.3f}  {f['ms_per_sentence']:>8}   {extract}"
        )
    return 0


def _eval_tagging(args: argparse.Namespace, settings: Settings) -> int:
    from pathfinder.skills.matching import infer_skills_many
    from pathfinder.skills.tagging_eval import evaluate_tagging, load_tagged

    matcher = _matcher(settings)
    results = {}
    for name in args.set or ["tune"]:
        tagged = load_tagged(name)
        uploads = {t.id: t.upload for t in tagged if t.upload is not None}
        courses = load_courses(settings.shared_data_dir, {t.id for t in tagged} - uploads.keys()) | uploads
        results[name] = evaluate_tagging(lambda cs: infer_skills_many(cs, matcher), tagged, courses)
    if args.json:
        print_json(results)
        return 0
    print("set      courses  precision  recall  skills unknown")
    for name, f in results.items():
        print(
            f"{name:8} {f['courses']:>7}  {f['precision']!s:>9}  {f['recall']!s:>6}  {f['skills_unknown']:>6}"
        )
    return 0
