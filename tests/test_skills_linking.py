"""Linking on meaning: the generic-label rule, the query adapter, the linking/tagging scores, tagging with
confidence and "skills unknown", and extract over a whole text with evidence."""

from __future__ import annotations

import numpy as np
import pytest

from pathfinder.domain import Credential, Skill, SkillRef
from pathfinder.domain.taxonomy import Taxonomy
from pathfinder.index import HashEmbedder
from pathfinder.skills.linking import QueryAdapter, generic_labels
from pathfinder.skills.linking_eval import (
    LinkCase,
    load_set,
    reciprocal_rank,
    rp_at,
    score_advert_extraction,
    score_extraction,
)
from pathfinder.skills.matching import SkillMatcher
from pathfinder.skills.tagging import SKILLS_UNKNOWN, TAG_THRESHOLD, language_skills, skills_unknown
from pathfinder.skills.tagging_eval import TaggedCourse, score_tagging


def _skill(i: int, label: str, *alts: str) -> Skill:
    return Skill(uri=f"http://x/skill/{i}", label=label, alt_labels=alts)


def _toy() -> Taxonomy:
    skills = [_skill(i, f"manage data set {i}") for i in range(10)]  # "data" is in 10 skills' labels
    skills += [
        _skill(20, "statistics", "data", "stats"),
        _skill(21, "Python (computer programming)", "python"),
        _skill(22, "securities", "shares"),
        _skill(23, "stock trading", "shares"),
        _skill(24, "Spanish"),
        _skill(25, "write Spanish"),
        _skill(26, "SQL"),
    ]
    return Taxonomy.from_items(skills)


def test_generic_labels_are_derived_from_the_taxonomy():
    generic = generic_labels(_toy())
    assert "data" in generic  # a common word of the taxonomy
    assert "shares" in generic  # one alt label of two skills
    assert "python" not in generic and "stats" not in generic  # specific one-word alt labels stay
    assert "statistics" not in generic and "sql" not in generic  # preferred labels are never generic


def test_a_generic_alt_label_is_not_evidence():
    matcher = SkillMatcher(_toy(), HashEmbedder(), aliases={})
    assert matcher.exact_mentions("we love data") == {}
    assert "http://x/skill/20" in matcher.exact_mentions("statistics")
    assert matcher.exact_mentions("python")  # a specific alt label still counts in a CV


def test_query_adapter():
    x = np.array([[1.0, 0.0], [0.6, 0.8]], dtype=np.float32)
    assert QueryAdapter(None)(x) is x and not QueryAdapter(None).trained
    mapped = QueryAdapter(np.array([[0.0, 2.0], [1.0, 0.0]]))(x)
    assert np.allclose(mapped[0], [0.0, 1.0]) and np.allclose(np.linalg.norm(mapped, axis=1), 1.0)
    assert not QueryAdapter.for_embedder("no-such-embedder", 8).trained


def test_rp_and_mrr():
    gold = frozenset({"a", "b"})
    assert rp_at(["a", "x", "y", "z", "w", "b"], gold) == 0.5
    assert rp_at(["b", "a"], gold) == 1.0
    assert rp_at(["x", "y", "z", "v", "w", "a"], frozenset({"a"})) == 0.0
    assert reciprocal_rank(["x", "b", "a"], gold) == 0.5 and reciprocal_rank(["x"], gold) == 0.0


def test_load_set_reads_both_formats(tmp_path):
    (tmp_path / "skill_linking_validation").mkdir()
    (tmp_path / "skill_linking_validation" / "tech_validation_annotations.csv").write_text(
        "sentence,span,sub_span,label\nknow sql,sql,,SQL\nknow "
        "sql,x,,LABEL NOT PRESENT\nodd,y,,No Such Skill\n"
    )
    (tmp_path / "skillskape").mkdir()
    (tmp_path / "skillskape" / "dev.csv").write_text(
        ",sentence,skills\n0,Stats and SQL,\"['statistics', 'SQL']\"\n1,Munich office,['UNK']\n"
    )
    look = {"sql": "u:sql", "statistics": "u:stat"}.get
    cases, unknown = load_set("tech", tmp_path, lambda label: look(label.lower()))
    assert cases == [LinkCase("know sql", frozenset({"u:sql"}))] and unknown == 1
    cases, unknown = load_set("skillskape-dev", tmp_path, lambda label: look(label.lower()))
    assert cases == [LinkCase("Stats and SQL", frozenset({"u:stat", "u:sql"}))] and unknown == 0


def test_scores_of_extraction_and_tagging():
    cases = [LinkCase("t1", frozenset({"a", "b"})), LinkCase("t2", frozenset({"c"}))]
    found = {"t1": ["a", "x"], "t2": []}
    assert score_extraction(lambda t: found[t], cases) == {"extract_precision": 0.5, "extract_recall": 0.333}
    # as one advert: the two sentences joined, a skill found anywhere counts for the union of their gold
    seen = []
    adverts = score_advert_extraction(
        lambda t: seen.append(t) or ["a", "c", "x"], cases, sentences_per_advert=2
    )
    assert seen == ["t1\nt2"]
    assert adverts == {"adverts": 1, "advert_precision": 0.667, "advert_recall": 0.667}
    tagged = [
        TaggedCourse("c1", "", frozenset({"a"})),
        TaggedCourse("c2", "", frozenset()),
        TaggedCourse("c3", "", frozenset({"b"})),
    ]
    r = score_tagging(tagged, {"c1": ["a", "z"], "c3": []})
    assert (r["precision"], r["recall"], r["skills_unknown"], r["skills_unknown_and_no_gold"]) == (
        0.5,
        0.5,
        2,
        1,
    )


def test_language_skills_are_found_from_labels():
    assert language_skills(_toy()) == {"http://x/skill/24": "spanish", "http://x/skill/25": "spanish"}


@pytest.fixture(scope="module")
def matcher(tmp_path_factory):
    from pathfinder.settings import Settings

    settings = Settings(_env_file=None, data_dir=tmp_path_factory.mktemp("sl"), embedder="offline")
    return SkillMatcher.from_settings(settings)


def test_tagging_keeps_confident_skills_or_marks_unknown(matcher):
    from pathfinder.skills.matching import infer_skills_many

    clear = Credential(
        id="c1",
        title="Python programming",
        provider="p",
        description="Learn to write Python programs: variables, loops, functions and modules.",
    )
    vague = Credential(
        id="c2", title="Moments of wonder", provider="p", description="A journey of discovery."
    )
    given = Credential(id="c3", title="Anything", provider="p", skills=(SkillRef(uri="u", label="l"),))
    out = infer_skills_many([clear, vague, given], matcher)
    assert "Python (computer programming)" in {s.label for s in out[0].skills}
    assert all(s.inferred and s.confidence >= TAG_THRESHOLD for s in out[0].skills) and not skills_unknown(
        out[0]
    )
    assert out[1].skills == () and skills_unknown(out[1]) and SKILLS_UNKNOWN in out[1].derived
    assert out[2] is given


def test_extract_reads_the_whole_text_with_evidence(matcher):
    labels = sorted(s.label for s in matcher.taxonomy.skills.values() if len(s.label.split()) >= 3)[:26]
    text = "Requirements:\n" + "\n".join(f"- you {label}" for label in labels)
    found = {m.label: m for m in matcher.extract(text)}
    assert set(labels) <= set(found)  # no 20-skill cap
    assert all(found[label].evidence for label in labels)
    assert found[labels[-1]].evidence.lower() == labels[-1].lower()  # the words that state it


def test_extract_reads_to_the_end_of_a_long_advert(matcher):
    """The old extractor read an advert's first 30 fragments; a skill stated near the end of an advert of
    ~19,000 characters (under the 20,000 read) is found, with the line that states it."""
    from pathfinder.skills.matching import MAX_TEXT_CHARS

    labels = sorted(s.label for s in matcher.taxonomy.skills.values() if len(s.label.split()) >= 3)[-2:]
    filler = "".join(f"Week {i}: the team meets on floor {i % 7} after lunch.\n" for i in range(400))
    tail = "".join(f"- you {label}\n" for label in labels)
    text = filler[: MAX_TEXT_CHARS - len(tail) - 200] + "\nAlso:\n" + tail
    assert len(text) > 19_000
    found = {m.label: m for m in matcher.extract(text)}
    for label in labels:
        assert label in found and label.lower() in found[label].evidence.lower()


def test_cli_skills_extract_lists_every_skill_with_its_evidence(tmp_path, monkeypatch, capsys):
    import json

    from pathfinder.cli import main

    monkeypatch.setenv("PATHFINDER_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("PATHFINDER_EMBEDDER", "hash")
    monkeypatch.delenv("PATHFINDER_TAXONOMY_DIR", raising=False)
    cv = tmp_path / "cv.txt"
    cv.write_text("Data analyst.\n- Wrote SQL every day\n- Some Linux servers\n", encoding="utf-8")
    assert main(["skills", "extract", str(cv), "--json"]) == 0
    rows = {r["label"]: r for r in json.loads(capsys.readouterr().out)}
    assert (
        set(rows["SQL"]) == {"uri", "label", "score", "via", "evidence"} and "SQL" in rows["SQL"]["evidence"]
    )
    assert rows["operating systems"]["via"] == "Linux" and "Linux" in rows["operating systems"]["evidence"]
    cv.write_text("x " * 11_000 + "SQL", encoding="utf-8")
    assert main(["skills", "extract", str(cv)]) == 0
    out = capsys.readouterr()
    assert "the first 20,000 are read" in out.err and "SQL" not in out.out
    assert main(["skills", "extract", str(tmp_path / "none.txt")]) == 1
    assert "Cannot read" in capsys.readouterr().err
