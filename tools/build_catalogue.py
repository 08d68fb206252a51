"""Build the bundled catalogue (src/pathfinder/corpus/catalogue/<provider>.json) from the hand-written sources
in tools/catalogue_src/, resolving skill labels to URIs of the bundled taxonomy, and check its structure.

    .venv/bin/python tools/build_catalogue.py          # write src/pathfinder/corpus/catalogue/*.json and
    print the checks .venv/bin/python tools/build_catalogue.py --check  # only check the written files

Source format (one module per provider): PROVIDER (dict: slug, provider, country, domain, quality_assurance,
currency, and optional defaults such as languages or assessment) and ENTRIES (list of dicts with Credential
fields; `skills` and `prerequisite_skills` are ESCO preferred labels; `stacks_into` is a target id; `sessions`
are (start, end) ISO date pairs; `path` is the URL path under https://<domain>/).
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tools"))

from pathfinder.domain import Credential  # noqa: E402
from pathfinder.domain.taxonomy import Taxonomy  # noqa: E402
from pathfinder.skills.files import read_taxonomy

SOURCES = ROOT / "tools" / "catalogue_src"
OUT = ROOT / "src" / "pathfinder" / "corpus" / "catalogue"
PROVIDER_DEFAULTS = (
    "provider",
    "awarding_body",
    "country",
    "quality_assurance",
    "currency",
    "languages",
    "assessment",
    "participation",
)


def _skill_refs(labels: list[str], by_label: dict[str, str], where: str) -> list[dict[str, str]]:
    refs = []
    for label in labels:
        if label not in by_label:
            raise SystemExit(
                f"{where}: skill {label!r} is not a preferred label in src/pathfinder/corpus/taxonomy"
            )
        refs.append({"uri": by_label[label], "label": label})
    return refs


def entry_to_record(entry: dict, provider: dict, by_label: dict[str, str]) -> dict:
    """One source entry -> one catalogue record in our schema (plain JSON values)."""
    record = {k: provider[k] for k in PROVIDER_DEFAULTS if k in provider}
    record.update(
        {
            k: v
            for k, v in entry.items()
            if k not in {"path", "skills", "prerequisite_skills", "stacks_into", "sessions"}
        }
    )
    record["skills"] = _skill_refs(entry.get("skills", []), by_label, entry["id"])
    if entry.get("prerequisite_skills"):
        record["prerequisite_skills"] = _skill_refs(entry["prerequisite_skills"], by_label, entry["id"])
    if entry.get("stacks_into"):
        record["stacks_into"] = [{"target": entry["stacks_into"]}]
    if entry.get("sessions"):
        record["sessions"] = [{"start": s, "end": e} for s, e in entry["sessions"]]
    record["url"] = f"https://{provider['domain']}/{entry.get('path', 'courses')}/{entry['id']}"
    Credential(**record)  # fail early with pydantic's message
    return record


def load_records(folder: Path = OUT) -> list[Credential]:
    return [
        Credential(**obj)
        for path in sorted(folder.glob("*.json"))
        for obj in json.loads(path.read_text(encoding="utf-8"))
    ]


def check(credentials: list[Credential], taxonomy: Taxonomy) -> list[str]:
    """Structure problems (empty when fine); also prints the figures."""
    problems: list[str] = []
    by_id = {c.id: c for c in credentials}
    if len(by_id) != len(credentials):
        problems.append(
            f"duplicate ids: {[i for i, n in Counter(c.id for c in credentials).items() if n > 1]}"
        )
    micro = [c for c in credentials if c.kind == "micro-credential"]
    certs = [c for c in credentials if c.kind == "certificate"]
    links = sum(len(c.prerequisites) for c in credentials)
    for c in credentials:
        for p in c.prerequisites:
            if p not in by_id:
                problems.append(f"{c.id}: prerequisite {p} does not exist")
        for s in c.stacks_into:
            if s.target not in by_id or by_id[s.target].kind != "certificate":
                problems.append(f"{c.id}: stack target {s.target} is not a certificate in the catalogue")
        for ref in c.skills + c.prerequisite_skills:
            if ref.uri not in taxonomy.skills:
                problems.append(f"{c.id}: skill {ref.uri} not in the taxonomy")
        if c.kind == "micro-credential" and not 2 <= len(c.skills) <= 6:
            problems.append(f"{c.id}: {len(c.skills)} skills (want 2-6)")
    for cert in certs:
        parts = [c for c in credentials if cert.id in c.stack_targets]
        total = sum(c.ects or 0 for c in parts)
        if not 3 <= len(parts) <= 5 or cert.stack_ects_required is None or cert.stack_ects_required > total:
            problems.append(
                f"{cert.id}: {len(parts)} components, {total} ECTS, requires {cert.stack_ects_required}"
            )
    if cycle := find_cycle(credentials):
        problems.append(f"prerequisite cycle: {' -> '.join(cycle)}")
    taught = {u for c in credentials for u in c.skill_uris}
    print(
        f"{len(micro)} micro-credentials, {len(certs)} certificates, "
        f"{len({c.provider for c in credentials})} providers, {links} prerequisite links, "
        f"languages {dict(Counter(lang for c in credentials for lang in c.languages))}"
    )
    for occ in sorted(taxonomy.occupations.values(), key=lambda o: o.label):
        share = len(set(occ.essential) & taught) / len(occ.essential)
        if share < 0.6:
            missing = [taxonomy.label(u) for u in occ.essential if u not in taught]
            problems.append(f"{occ.label}: {share:.0%} of essential skills taught; missing {missing}")
    return problems


def find_cycle(credentials: list[Credential]) -> list[str] | None:
    """A prerequisite cycle as a list of ids, or None."""
    graph = {c.id: c.prerequisites for c in credentials}
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for nxt in graph.get(node, ()):
            if state.get(nxt) == 1:
                return stack[stack.index(nxt) :] + [nxt]
            if nxt not in state and (found := visit(nxt)):
                return found
        stack.pop()
        state[node] = 2
        return None

    for node in graph:
        if node not in state and (found := visit(node)):
            return found
    return None


def build() -> None:
    taxonomy = read_taxonomy(ROOT / "src" / "pathfinder" / "corpus" / "taxonomy")
    by_label = {s.label: s.uri for s in taxonomy.skills.values()}
    OUT.mkdir(parents=True, exist_ok=True)
    for source in sorted(SOURCES.glob("*.py")):
        if source.name.startswith("_"):
            continue
        module = importlib.import_module(f"catalogue_src.{source.stem}")
        records = [entry_to_record(e, module.PROVIDER, by_label) for e in module.ENTRIES]
        path = OUT / f"{module.PROVIDER['slug']}.json"
        path.write_text(json.dumps(records, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check", action="store_true", help="only check src/pathfinder/corpus/catalogue/*.json"
    )
    args = parser.parse_args()
    if not args.check:
        build()
    problems = check(load_records(), read_taxonomy(ROOT / "src" / "pathfinder" / "corpus" / "taxonomy"))
    for p in problems:
        print("PROBLEM:", p)
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
