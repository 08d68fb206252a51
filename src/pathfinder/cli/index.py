"""`pathfinder index | search | skills match | eval retrieval`: build and query the catalogue index."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from pathfinder.cli._common import Commands, print_json, say
from pathfinder.domain import ImportReport, SearchFilters
from pathfinder.domain.pathways import money_text
from pathfinder.errors import IndexNotBuilt, PathfinderError
from pathfinder.settings import Settings


def register(commands: Commands) -> None:
    index = commands.add("index", _index, "build or update the search index (incremental, atomic)")
    index.add_argument(
        "paths",
        nargs="*",
        type=Path,
        metavar="PATH",
        help="catalogue files or folders (default: the bundled corpus/catalogue)",
    )
    index.add_argument(
        "--mapping", default=None, metavar="FILE|NAME", help="column mapping for provider CSVs (e.g. edx)"
    )
    index.add_argument(
        "--full", action="store_true", help="embed every entry again instead of reusing unchanged ones"
    )
    index.add_argument("--json", action="store_true", help="print the summary (or status) as JSON")
    index.add_argument("--status", action="store_true", help="show the served version and its provenance")
    index.add_argument(
        "--if-needed",
        action="store_true",
        help="build only when no index exists, or tag the served one again when the skill tagging "
        "(taxonomy, embedder, model, threshold) changed since it was built",
    )
    index.add_argument(
        "--no-infer", action="store_true", help="do not infer skills for entries that list none"
    )

    search = commands.add("search", _search, "search the catalogue (hybrid BM25 + dense, filters first)")
    search.add_argument("query", help="what you want to learn")
    search.add_argument(
        "--lang", action="append", default=[], metavar="CODE", help="language (repeatable), e.g. de"
    )
    search.add_argument("--max-cost", type=float, metavar="EUR")
    search.add_argument("--max-hours", type=float)
    search.add_argument("--max-ects", type=float)
    search.add_argument("--eqf-min", type=int)
    search.add_argument("--eqf-max", type=int)
    search.add_argument("--online", action="store_true", help="online participation only")
    search.add_argument(
        "--participation", action="append", default=[], choices=["online", "blended", "on-site"]
    )
    search.add_argument("--provider", action="append", default=[])
    search.add_argument("--country", action="append", default=[], metavar="CC")
    search.add_argument("--assessment", action="append", default=[])
    search.add_argument("--skill", action="append", default=[], metavar="URI")
    search.add_argument("-k", "--top", type=int, default=10)
    search.add_argument("--mode", choices=["hybrid", "dense", "bm25"], default="hybrid")
    search.add_argument("--json", action="store_true")

    skills = commands.top.add_parser("skills", help="match free text to taxonomy skills")
    sub = Commands(top=skills.add_subparsers(dest="skills_command", metavar="WHAT"), eval=commands.eval)
    match = sub.add(
        "match", _skills_match, "print the taxonomy skills a text names (ESCO URIs, labels, scores)"
    )
    match.add_argument("text", nargs="?", help='e.g. "I know a bit of Kubernetes"')
    match.add_argument("--file", type=Path, help="one text per line; one result list per line")
    match.add_argument("--top", type=int, default=5)
    match.add_argument("--json", action="store_true")

    extract = sub.add(
        "extract",
        _skills_extract,
        "every skill a CV or job advert states, with the words that state it (evidence)",
    )
    extract.add_argument("file", type=Path, help="a CV or advert in plain text (UTF-8)")
    extract.add_argument(
        "--json", action="store_true", help="a JSON list of {uri, label, score, via, evidence}"
    )

    ev = commands.add(
        "retrieval", _eval_retrieval, "recall@10 and nDCG@10 of bm25, dense and hybrid", group="eval"
    )
    ev.add_argument("--json", action="store_true")
    ev.add_argument("--file", type=Path, default=None, help="evaluation set (default: evals/retrieval.jsonl)")


def _progress():
    from tqdm import tqdm

    bars: dict[str, tqdm] = {}
    names = {"embed": "embedding", "store": "storing vectors", "bm25": "BM25"}

    def tick(stage: str, done: int, total: int) -> None:
        bar = bars.get(stage)
        if bar is None:
            bar = bars[stage] = tqdm(
                total=total,
                desc=names.get(stage, stage),
                file=sys.stderr,
                leave=False,
                disable=not sys.stderr.isatty(),
            )
        bar.update(done - bar.n)
        if done >= total:
            bar.close()

    return tick


def _matcher(settings: Settings, quiet: bool = False):
    from pathfinder.skills.ingest import skill_matcher

    return skill_matcher(settings, warn=(lambda message: None) if quiet else say)


def _index(args: argparse.Namespace, settings: Settings) -> int:
    from pathfinder.index import index_status
    from pathfinder.index.status import format_status

    if args.status:
        status = index_status(settings)
        print_json(status) if args.json else print(format_status(status))
        return 0
    from pathfinder.skills.ingest import ingest_paths, retag_if_outdated, without_skills_note

    summary = None
    if args.if_needed:
        try:
            status = index_status(settings)
        except IndexNotBuilt:
            pass
        else:
            if not args.no_infer:
                summary = retag_if_outdated(settings, warn=say, progress=_progress(), store_wait=False)
            if summary is None:
                say(
                    f"index version {status['version']} is up to date; nothing to do "
                    "(drop --if-needed to update it from the catalogue files)"
                )
                return 0
    if summary is None:
        paths = args.paths or [settings.corpus_dir / "catalogue"]
        summary = ingest_paths(
            settings,
            paths,
            args.mapping,
            infer=not args.no_infer,
            full=args.full,
            progress=_progress(),
            warn=say,
            store_wait=False,  # serving starts now; the embedded vector store catches up in a child process
        )
    from pathfinder.cli.accounts import record_reindex

    record_reindex(
        settings,
        f"version {summary.version}: {summary.total} entries, added {summary.added}, updated "
        f"{summary.updated}, removed {summary.removed}, rejected {summary.rejected}",
    )
    if args.json:
        print_json(summary)
        return 0
    print(
        f"indexed {summary.total} entries as version {summary.version} in {summary.seconds:.1f}s: "
        f"added {summary.added}, updated {summary.updated}, unchanged {summary.unchanged}, "
        f"removed {summary.removed}, rejected {summary.rejected} (embedded {summary.embedded})"
    )
    if summary.rejects_file:
        say(f"rejected records were kept in {summary.rejects_file}")
    if note := without_skills_note(summary):
        say(note)
    if summary.store_pid:
        say(
            f"serving it now; the embedded vector store catches up in process {summary.store_pid} "
            f"(log: {settings.index_dir / 'store-sync.log'})"
        )
    return 0


def _filters(args: argparse.Namespace) -> SearchFilters:
    participation = tuple(dict.fromkeys(args.participation + (["online"] if args.online else [])))
    return SearchFilters(
        languages=tuple(args.lang),
        max_cost=args.max_cost,
        max_hours=args.max_hours,
        max_ects=args.max_ects,
        eqf_min=args.eqf_min,
        eqf_max=args.eqf_max,
        participation=participation,
        providers=tuple(args.provider),
        countries=tuple(args.country),
        assessment=tuple(args.assessment),
        skills=tuple(args.skill),
    )


def _search(args: argparse.Namespace, settings: Settings) -> int:
    from pathfinder.index import open_index

    index = open_index(settings)
    filters = _filters(args)
    hits = index.search(args.query, filters, k=args.top, mode=args.mode)
    if not hits:
        raise PathfinderError(index.explain_empty(args.query, filters) or "Nothing matches.")
    if args.json:
        print_json(
            [
                {
                    "id": h.credential.id,
                    "title": h.credential.title,
                    "score": h.score,
                    "lexical_rank": h.lexical_rank,
                    "dense_rank": h.dense_rank,
                    "credential": h.credential,
                }
                for h in hits
            ]
        )
        return 0
    for i, h in enumerate(hits, start=1):
        c = h.credential
        price = (
            "price unknown" if c.cost is None else "free" if c.cost == 0 else money_text(c.cost, c.currency)
        )
        bits = [
            c.provider,
            "/".join(c.languages) or "?",
            price,
            f"{c.hours:g} h" if c.hours else None,
            f"EQF {c.eqf_level}" if c.eqf_level else None,
            c.participation,
        ]
        print(f"{i:2}. {c.title}  [{c.id}]\n    {' · '.join(b for b in bits if b)}")
    return 0


def _skills_match(args: argparse.Namespace, settings: Settings) -> int:
    if (args.text is None) == (args.file is None):
        say("give either TEXT or --file FILE")
        return 2
    matcher = _matcher(settings, quiet=True)
    if matcher is None:
        from pathfinder.skills.files import load_taxonomy

        load_taxonomy(settings)  # raises the TaxonomyError with its fix
    if args.file:
        try:
            texts = args.file.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as e:
            raise PathfinderError(f"Cannot read {args.file}: {e}") from e
        results = [
            [{"uri": m.uri, "label": m.label, "score": m.score, "via": m.via} for m in r]
            for r in matcher.match_many(texts, top=args.top)
        ]
        if args.json:
            print_json(results)  # a list of lists, one per input line
        else:
            for row in results:
                print(
                    " | ".join(
                        f"{m['via'] + ' → ' if m['via'] else ''}{m['label']} ({m['score']:.2f})" for m in row
                    )
                    or "-"
                )
        return 0
    result = matcher.match(args.text, top=args.top)
    if args.json:
        print_json([{"uri": m.uri, "label": m.label, "score": m.score, "via": m.via} for m in result])
    elif not result:
        say("no skill matches that text")
    else:
        for m in result:
            print(f"{m.score:.2f}  {m.shown}  {m.uri}")
    return 0


def _skills_extract(args: argparse.Namespace, settings: Settings) -> int:
    from pathfinder.skills.matching import MAX_TEXT_CHARS, SkillMatcher

    try:
        text = args.file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise PathfinderError(f"Cannot read {args.file}: {e}") from e
    if len(text) > MAX_TEXT_CHARS:
        say(f"{args.file} has {len(text):,} characters; the first {MAX_TEXT_CHARS:,} are read")
    found = SkillMatcher.from_settings(settings).extract(text)
    if args.json:
        print_json(
            [
                {"uri": m.uri, "label": m.label, "score": m.score, "via": m.via, "evidence": m.evidence}
                for m in found
            ]
        )
    elif not found:
        say("no taxonomy skill is stated in that text")
    else:
        for m in found:
            print(f"{m.score:.2f}  {m.shown}  <- {m.evidence!r}")
    return 0


def _eval_retrieval(args: argparse.Namespace, settings: Settings) -> int:
    from pathfinder.catalogue import load_catalogue
    from pathfinder.index import open_index
    from pathfinder.index.evaluation import EVAL_FILE, eval_settings, eval_sources, evaluate, load_queries

    queries = load_queries(args.file or EVAL_FILE)
    es = eval_settings(settings)
    bundled, edx = eval_sources(settings)
    report = load_catalogue(bundled)
    edx_report = load_catalogue(edx, mapping="edx")
    combined = ImportReport(credentials=report.credentials + edx_report.credentials)
    say(f"indexing {combined.imported} entries for the evaluation under {es.index_dir} ...")
    from pathfinder.skills.ingest import ingest

    ingest(es, combined, matcher=_matcher(settings, quiet=True), progress=_progress())
    results = evaluate(open_index(es), queries)
    if args.json:
        print_json(results)
        return 0
    print(f"{len(queries)} queries · recall@10 / nDCG@10")
    for mode, m in results.items():
        print(f"  {mode:7} {m['recall@10']:.3f} / {m['ndcg@10']:.3f}")
    return 0
