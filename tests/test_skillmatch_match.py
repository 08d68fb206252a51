"""Skill matching against the bundled ESCO subset with the real offline embedder; inference for
credentials."""

from __future__ import annotations

import pytest

from pathfinder.domain import Credential
from pathfinder.index import HashEmbedder
from pathfinder.skills.files import load_taxonomy
from pathfinder.skills.matching import SkillMatcher, infer_skills

PYTHON = "http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d"


@pytest.fixture(scope="module")
def matcher(tmp_path_factory):
    from pathfinder.settings import Settings

    settings = Settings(_env_file=None, data_dir=tmp_path_factory.mktemp("sm"), embedder="offline")
    return SkillMatcher.from_settings(settings)


def test_exact_label(matcher):
    # "Python" is an alt label of the skill: an exact alt label scores 0.97, a preferred one 1.0 (with the
    # trained
    # query adapter the text's vector is no longer the label's own, so the dense side no longer lifts it to
    # 1.0)
    top = matcher.match("Python", top=3)
    assert top[0].label == "Python (computer programming)" and top[0].score == 0.97
    assert matcher.match("SQL", top=1)[0].score == 1.0
    assert all(0 <= m.score <= 1 for m in top) and [m.score for m in top] == sorted(
        (m.score for m in top), reverse=True
    )


def test_shorthand_and_alt_labels(matcher):
    labels = [m.label for m in matcher.match("data viz", top=3)]
    assert "deliver visual presentation of data" in labels
    assert matcher.match("ML", top=1)[0].label == "machine learning"


def test_extract_distinct_skills(matcher):
    found = {m.label for m in matcher.extract("I know Python and SQL, a bit of Python scripting too")}
    assert {"Python (computer programming)", "SQL"} <= found
    assert len([m for m in matcher.extract("Python, python, PYTHON") if "Python" in m.label]) == 1


def test_empty_text(matcher):
    assert matcher.match("   ") == [] and matcher.extract("") == []


def test_infer_skills_marks_inferred(matcher):
    bare = Credential(
        id="edx-x",
        title="Machine Learning with Python",
        provider="edX",
        description="Learn machine learning and Python programming for data analysis.",
    )
    out = infer_skills(bare, matcher)
    assert out.skills and all(s.inferred and 0 < s.confidence <= 1 for s in out.skills)
    assert "machine learning" in {s.label for s in out.skills} and "skills" in out.derived
    given = out.model_copy(update={"skills": out.skills[:1]})
    assert infer_skills(given, matcher) is given or infer_skills(given, matcher) == given


def test_label_vectors_are_cached_on_disk(tmp_path, settings):
    class Counting(HashEmbedder):
        calls = 0

        def embed(self, texts):
            Counting.calls += len(texts)
            return super().embed(texts)

    taxonomy = load_taxonomy(settings)
    first = SkillMatcher(taxonomy, Counting(), cache_dir=tmp_path)
    first.match("statistics")
    labels = Counting.calls
    assert labels > 500 and list(tmp_path.glob("skill-labels-*-hash-256.npy"))
    SkillMatcher(taxonomy, Counting(), cache_dir=tmp_path).match("statistics")
    assert Counting.calls == labels + 1  # only the query was embedded the second time


@pytest.mark.slow
def test_full_esco_taxonomy(shared_data, tmp_path):
    from pathfinder.skills.files import import_esco

    taxonomy = import_esco(shared_data / "esco_v1.1.1", tmp_path / "tax")
    assert len(taxonomy.skills) > 13_000
    m = SkillMatcher(taxonomy, cache_dir=tmp_path / "cache")
    assert m.match("Python", top=1)[0].uri == PYTHON
    found = {x.label.lower(): x for x in m.extract("I know Python and SQL, a bit of Linux")}
    assert {"python (computer programming)", "sql"} <= set(found)
    # ESCO v1.1.1 has no plain "Linux" skill: the bundled aliases apply to the full import too.
    assert found["operating systems"].via == "Linux"
    assert m.match("k8s", top=1)[0].label == "manage ICT virtualisation environments"
    assert list((tmp_path / "cache").glob("skill-labels-*.npy"))
