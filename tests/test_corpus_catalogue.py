"""The bundled catalogue (corpus/catalogue/*.json): schema, size, structure, and coverage of the bundled
occupations."""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

import pytest

from pathfinder.domain import Credential
from pathfinder.domain.taxonomy import Taxonomy
from pathfinder.settings import BUNDLED_CORPUS, PROJECT_ROOT
from pathfinder.skills.files import read_taxonomy

CATALOGUE = BUNDLED_CORPUS / "catalogue"
EU = {
    "AT",
    "BE",
    "BG",
    "HR",
    "CY",
    "CZ",
    "DK",
    "EE",
    "FI",
    "FR",
    "DE",
    "GR",
    "HU",
    "IE",
    "IT",
    "LV",
    "LT",
    "LU",
    "MT",
    "NL",
    "PL",
    "PT",
    "RO",
    "SK",
    "SI",
    "ES",
    "SE",
}


@pytest.fixture(scope="module")
def raw() -> dict[Path, list[dict]]:
    files = sorted(CATALOGUE.glob("*.json"))
    assert files, f"no catalogue files in {CATALOGUE}"
    return {path: json.loads(path.read_text(encoding="utf-8")) for path in files}


@pytest.fixture(scope="module")
def credentials(raw) -> list[Credential]:
    return [Credential(**obj) for records in raw.values() for obj in records]


@pytest.fixture(scope="module")
def by_id(credentials) -> dict[str, Credential]:
    return {c.id: c for c in credentials}


@pytest.fixture(scope="module")
def taxonomy() -> Taxonomy:
    return read_taxonomy(BUNDLED_CORPUS / "taxonomy")


def micro(credentials):
    return [c for c in credentials if c.kind == "micro-credential"]


def test_every_file_is_a_json_array_of_credentials_with_unique_ids(raw, credentials):
    for path, records in raw.items():
        assert isinstance(records, list) and records, path
        assert len({r["provider"] for r in records}) == 1, f"{path.name} mixes providers"
    ids = Counter(c.id for c in credentials)
    assert [i for i, n in ids.items() if n > 1] == []


def test_size_providers_and_regions(credentials):
    assert len(micro(credentials)) >= 150
    countries = {c.country for c in credentials}
    assert len({c.provider for c in credentials}) >= 8
    assert len(countries & EU) >= 6
    assert len(countries - EU) >= 2


def test_spread_of_workload_level_participation_cost_and_language(credentials):
    ms = micro(credentials)
    assert all(1 <= c.ects <= 10 for c in ms), [c.id for c in ms if not 1 <= c.ects <= 10]
    assert {c.eqf_level for c in ms} == {3, 4, 5, 6, 7}
    assert {c.participation for c in ms} == {"online", "blended", "on-site"}
    assert any(c.cost == 0 for c in ms) and any(c.cost and c.cost > 0 for c in ms)
    assert len({c.currency for c in ms}) >= 3  # not only EUR
    languages = Counter(lang for c in ms for lang in c.languages)
    assert len(languages) >= 3
    assert (
        sum(1 for c in ms if "en" not in c.languages) >= 30
    )  # a few dozen entries written in another language
    assert any(c.sessions for c in ms) and all(s.start.year >= 2027 for c in ms for s in c.sessions)
    assert any(c.valid_from for c in credentials) and any(c.valid_until for c in credentials)


def test_mandatory_elements_are_filled(credentials):
    for c in credentials:
        assert c.title and c.country and c.awarding_body and c.assessment and c.quality_assurance, c.id
        assert c.participation and c.eqf_level and c.ects and c.hours, c.id
        assert 3 <= len(c.learning_outcomes) <= 5, c.id
        assert c.description.count(".") >= 1 and len(c.description) > 80, c.id
        assert c.url and c.url.startswith("https://") and ".example/" in c.url, c.id


def test_texts_are_not_template_filled(credentials):
    descriptions = [c.description for c in credentials]
    assert len(set(descriptions)) == len(descriptions)
    openings = Counter(" ".join(d.split()[:3]) for d in descriptions)
    assert openings.most_common(1)[0][1] <= 5
    outcomes = Counter(o for c in credentials for o in c.learning_outcomes)
    assert outcomes.most_common(1)[0][1] <= 3


def test_every_skill_is_in_the_bundled_taxonomy_with_its_label(credentials, taxonomy):
    for c in credentials:
        if c.kind == "micro-credential":
            assert 2 <= len(c.skills) <= 6, c.id
        for ref in c.skills + c.prerequisite_skills:
            assert ref.uri in taxonomy.skills, (c.id, ref.uri)
            assert taxonomy.skills[ref.uri].label == ref.label, (c.id, ref.label)
    assert sum(1 for c in credentials if c.prerequisite_skills) >= 5


def test_digcomp_entries_teach_competences_of_their_areas(credentials, taxonomy):
    tagged = [c for c in credentials if c.digcomp_areas]
    assert {a for c in tagged for a in c.digcomp_areas} == {"1", "2", "3", "4", "5"}
    for c in tagged:
        taught_areas = {taxonomy.skills[u].digcomp_area for u in c.skill_uris} - {None}
        assert taught_areas <= set(c.digcomp_areas) or c.kind == "certificate", c.id


def test_prerequisites_exist_and_are_numerous(credentials, by_id):
    links = [(c.id, p) for c in credentials for p in c.prerequisites]
    assert len(links) >= 40
    assert [link for link in links if link[1] not in by_id] == []


def test_ladders_climb_in_level(credentials, by_id):
    # A prerequisite is never at a higher EQF level than the credential that needs it.
    assert [(c.id, p) for c in credentials for p in c.prerequisites if by_id[p].eqf_level > c.eqf_level] == []


def find_cycle(credentials) -> list[str] | None:
    graph = {c.id: c.prerequisites for c in credentials}
    done: set[str] = set()

    def walk(node: str, path: list[str]) -> list[str] | None:
        if node in path:
            return path[path.index(node) :] + [node]
        if node in done:
            return None
        for nxt in graph.get(node, ()):
            if found := walk(nxt, path + [node]):
                return found
        done.add(node)
        return None

    return next((cycle for node in graph if (cycle := walk(node, []))), None)


def test_no_prerequisite_cycles(credentials):
    assert find_cycle(credentials) is None


def test_cycle_finder_finds_a_planted_cycle():
    a = Credential(id="a", title="A", provider="P", prerequisites=("b",))
    b = Credential(id="b", title="B", provider="P", prerequisites=("c",))
    c = Credential(id="c", title="C", provider="P", prerequisites=("a",))
    assert find_cycle([a, b, c]) is not None
    assert find_cycle([a, b]) is None


def test_stacks(credentials, by_id):
    certificates = [c for c in credentials if c.kind == "certificate"]
    stacks = 0
    for cert in certificates:
        parts = [c for c in credentials if cert.id in c.stack_targets]
        total = sum(c.ects for c in parts)
        assert 3 <= len(parts) <= 5, (cert.id, len(parts))
        assert 15 <= cert.ects <= 30, cert.id
        assert cert.stack_ects_required is not None and cert.stack_ects_required <= total, cert.id
        stacks += 1
    assert stacks >= 10
    for c in credentials:
        for target in c.stack_targets:
            assert by_id[target].kind == "certificate", (c.id, target)


def test_every_bundled_occupation_is_mostly_teachable(credentials, taxonomy):
    taught = {u for c in credentials for u in c.skill_uris}
    for occ in taxonomy.occupations.values():
        share = len(set(occ.essential) & taught) / len(occ.essential)
        assert share >= 0.6, f"{occ.label}: only {share:.0%} of its essential skills are taught"


def test_json_matches_its_hand_written_source():
    sys.path.insert(0, str(PROJECT_ROOT / "tools"))
    try:
        import importlib

        build = importlib.import_module("build_catalogue")
        taxonomy = read_taxonomy(BUNDLED_CORPUS / "taxonomy")
        by_label = {s.label: s.uri for s in taxonomy.skills.values()}
        for source in sorted((PROJECT_ROOT / "tools" / "catalogue_src").glob("[!_]*.py")):
            module = importlib.import_module(f"catalogue_src.{source.stem}")
            expected = [build.entry_to_record(e, module.PROVIDER, by_label) for e in module.ENTRIES]
            written = json.loads((CATALOGUE / f"{module.PROVIDER['slug']}.json").read_text(encoding="utf-8"))
            assert written == expected, f"{source.name} changed; run tools/build_catalogue.py"
    finally:
        sys.path.remove(str(PROJECT_ROOT / "tools"))
