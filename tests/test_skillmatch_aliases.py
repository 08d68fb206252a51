"""Curated aliases ("Linux" -> operating systems): the bundled file is valid, and the matcher, the assistant's
lexicon and a learner's dialogue all use it."""

from __future__ import annotations

from datetime import date

import pytest

from pathfinder.assistant.lexicon import Lexicon
from pathfinder.assistant.offline import OfflineResponder
from pathfinder.assistant.tools import AssistantTools
from pathfinder.domain.dialogue import History
from pathfinder.domain.taxonomy import Taxonomy, normalise_label
from pathfinder.errors import TaxonomyError
from pathfinder.skills.aliases import (
    BUNDLED_ALIASES,
    Alias,
    alias_mentions,
    alias_problems,
    aliases_for,
    folded_tokens,
    read_aliases,
)
from pathfinder.skills.matching import ALIAS_SCORE, SkillMatcher
from pathfinder.testing import InMemoryIndex

OS = "http://data.europa.eu/esco/skill/f9a6f35b-01a7-40c9-8b61-b6ee46f97272"  # operating systems
# manage ICT virtualisation environments
VIRT = "http://data.europa.eu/esco/skill/ae4f0cc6-e0b9-47f5-bdca-2fc2e6316dce"


@pytest.fixture(scope="module")
def matcher(taxonomy, tmp_path_factory) -> SkillMatcher:
    from pathfinder.index import HashEmbedder

    return SkillMatcher(taxonomy, HashEmbedder(), cache_dir=tmp_path_factory.mktemp("cache"))


def test_bundled_alias_file_is_valid(taxonomy):
    aliases = read_aliases(BUNDLED_ALIASES)
    assert len(aliases) >= 100
    assert (
        alias_problems(aliases, taxonomy) == []
    )  # every URI in the taxonomy, labels current, no term a label
    keys = [a.key for a in aliases]
    assert len(keys) == len(set(keys))
    assert {"linux", "kubernetes", "k8s", "docker", "aws", "powerbi", "pentesting", "networking"} <= set(keys)


def test_problems_are_found(taxonomy, tmp_path):
    bad = [
        Alias("Linux", "http://example.org/nope", "x"),
        Alias("SQL", OS, "operating systems"),
        Alias("Unix", OS, "old label"),
    ]
    problems = alias_problems(bad, taxonomy)
    assert len(problems) == 3 and "not a skill" in problems[0] and "already is a label" in problems[1]
    dup = tmp_path / "aliases.csv"
    dup.write_text("term,skill_uri,skill_label,case,note\nLinux,u:1,,,\nlinux ,u:2,,,\n", encoding="utf-8")
    with pytest.raises(TaxonomyError, match="repeats line 2"):
        read_aliases(dup)
    dup.write_text("term,skill_uri\nLinux,u:1\n", encoding="utf-8")
    with pytest.raises(TaxonomyError, match="lacks the column"):
        read_aliases(dup)


def test_folder_alias_file_wins_and_unknown_uris_are_dropped(tmp_path):
    from pathfinder.domain import Skill

    own = tmp_path / "aliases.csv"
    own.write_text("term,skill_uri,skill_label,case,note\nbox,s:1,Box,,\nghost,s:9,,,\n", encoding="utf-8")
    tiny = Taxonomy.from_items([Skill(uri="s:1", label="Box")])
    assert aliases_for(tiny, BUNDLED_ALIASES) == {}  # none of the bundled aliases' skills is in it
    tiny.source = str(tmp_path)
    assert list(aliases_for(tiny)) == ["box"]  # its own file, and only URIs it holds


def test_folded_tokens_align_with_normalised_label():
    for text in [
        "Kenntnisse in Linux, Docker & CI/CD!",
        "Análisis de DATOS (Excel)",
        "C++ / C# and React.js",
    ]:
        assert [t.lower() for t in folded_tokens(text)] == normalise_label(text).split()


def test_k8s_finds_the_mapped_skill_first(matcher):
    top = matcher.match("k8s", top=5)
    assert top[0].uri == VIRT and top[0].score == ALIAS_SCORE and top[0].via == "k8s"
    assert top[0].shown == "k8s → manage ICT virtualisation environments"
    assert matcher.match("Kubernetes", top=1)[0].uri == VIRT


def test_exact_label_beats_alias_and_aliases_can_be_turned_off(matcher, taxonomy):
    assert matcher.match("SQL", top=1)[0].score == 1.0 and matcher.match("SQL", top=1)[0].via is None
    plain = SkillMatcher(taxonomy, matcher.embedder, aliases={})
    plain._vectors = matcher.label_vectors
    assert all(m.uri != OS for m in plain.extract("a bit of Linux"))


def test_extract_reports_aliases_beside_labels(matcher):
    found = {m.uri: m for m in matcher.extract("I know Python and SQL, a bit of Linux")}
    assert {"SQL", "Python (computer programming)"} <= {m.label for m in found.values()}
    assert found[OS].via == "Linux" and found[OS].shown == "Linux → operating systems"
    kali = {m.label: m for m in matcher.extract("Kali Linux and Docker")}
    assert (
        "Kali Linux" in kali and "operating systems" not in kali
    )  # the longer label hides the alias inside it
    assert kali["manage ICT virtualisation environments"].via == "Docker"


def test_exact_case_aliases_need_their_case(matcher):
    assert any(m.via == "REST" for m in matcher.extract("We build REST services"))
    assert not any(m.via for m in matcher.extract("I need some rest and to react calmly"))
    assert [m.via for m in matcher.extract("SOC analyst")] == ["SOC"]


def test_mentions_are_spans_of_the_normalised_text():
    aliases = {a.key: a for a in read_aliases(BUNDLED_ALIASES)}
    spans = alias_mentions("Experience with AWS, CI/CD and Amazon Web Services", aliases)
    words = normalise_label("Experience with AWS, CI/CD and Amazon Web Services").split()
    assert {" ".join(words[a:b]) for a, b, _ in spans} == {"aws", "ci cd", "amazon web services"}


def test_lexicon_resolves_aliases(taxonomy):
    lex = Lexicon(taxonomy, [])
    hit = lex.skill_hit("a bit of linux")
    assert (
        hit is not None and hit.uri == OS and hit.via == "Linux" and hit.shown == "Linux → operating systems"
    )
    assert lex.skill("linux") == (OS, "operating systems")
    assert lex.skill_hit("python").via is None  # labels first
    assert lex.skill("react") is not None  # stated skills match exact-case aliases in any case
    assert lex.is_catalogue_topic("kubernetes")


def test_dialogue_proposes_operating_systems_for_linux(taxonomy, catalogue):
    responder = OfflineResponder(AssistantTools(InMemoryIndex(catalogue), taxonomy), lambda: date(2026, 3, 2))
    from pathfinder.domain import LearnerProfile

    answer = responder.reply("I know Python and SQL, a bit of Linux", History(), LearnerProfile(id="learner"))
    levels = {s.label: s.level for c in answer.profile_changes if c.kind == "add_skills" for s in c.skills}
    assert levels.get("operating systems") == "basic", answer.text
    assert {"Python (computer programming)", "SQL"} <= set(levels)
    assert "could not match" not in answer.text
    assert "Linux → operating systems" in answer.text  # the learner sees what their word was taken as


def test_plurals_of_alias_terms(matcher, taxonomy):
    assert matcher.match("VPNs", top=1)[0].via == "VPN"
    assert [m.via for m in matcher.extract("two SOCs")] == ["SOC"]
    assert Lexicon(taxonomy, []).skill_hit("windows servers").uri == OS
    assert not any(m.via for m in matcher.extract("I need some rests"))  # exact-case 'REST' stays exact
