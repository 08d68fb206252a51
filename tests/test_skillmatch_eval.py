"""The labelled skill-matching sets (evals/skills.jsonl, evals/skill_phrases_*.jsonl) and `pathfinder eval
skills`."""

from __future__ import annotations

import json

import pytest

from pathfinder.cli import main
from pathfinder.errors import PathfinderError
from pathfinder.settings import BUNDLED_CORPUS
from pathfinder.skills.aliases import BUNDLED_ALIASES, read_aliases
from pathfinder.skills.evaluation import (
    EVAL_SETS,
    SKILLS_EVAL_FILE,
    SkillCase,
    evaluate,
    load_cases,
    score_case,
    skill_terms,
    verbatim_hits,
    verbatim_share,
)
from pathfinder.skills.files import read_taxonomy

ESCO_URI = "http://data.europa.eu/esco/skill/"


def _bundled_terms():
    taxonomy = read_taxonomy(BUNDLED_CORPUS / "taxonomy")
    return skill_terms(taxonomy, {a.key: a for a in read_aliases(BUNDLED_ALIASES)})


def test_eval_set_is_well_formed():
    cases = load_cases()
    taxonomy = read_taxonomy(BUNDLED_CORPUS / "taxonomy")
    assert len(cases) >= 60 and len({c.id for c in cases}) == len(cases)
    assert {"de", "es"} <= {c.lang for c in cases} and {"cv", "chat", "advert"} <= {c.kind for c in cases}
    for c in cases:
        assert c.expected and all(u in taxonomy.skills for u in c.expected), c.id
        assert [taxonomy.label(u) for u in c.expected] == list(c.labels), c.id


def test_scores():
    assert score_case(["a", "b", "c"], ["a", "x"]) == (1 / 3, 1 / 2)
    assert score_case([], ["a"]) == (0.0, 0.0)
    assert score_case(list("abcdefg"), ["f"]) == (0.0, 0.0)  # only the first five count
    cases = [
        SkillCase(id="1", text="t1", expected=("a",), lang="de"),
        SkillCase(id="2", text="t2", expected=("b", "c")),
    ]
    answers = {"t1": ["a"], "t2": ["b", "z"]}
    r = evaluate(lambda t: answers[t], cases)
    assert r["precision@5"] == 0.75 and r["recall@5"] == 0.75 and r["all_found"] == 0.5 and r["empty"] == 0
    assert r["recall_by_lang"] == {"de": 1.0, "en": 0.5} and [m["missing"] for m in r["misses"]] == [["c"]]


def test_bad_file_is_a_clear_error(tmp_path):
    bad = tmp_path / "x.jsonl"
    bad.write_text('{"id": "1"}\n', encoding="utf-8")
    with pytest.raises(PathfinderError, match="line 1"):
        load_cases(bad)
    with pytest.raises(PathfinderError, match="--file"):
        load_cases(tmp_path / "missing.jsonl")


def test_cli_aliases_raise_recall(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("PATHFINDER_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("PATHFINDER_EMBEDDER", "hash")
    monkeypatch.delenv("PATHFINDER_TAXONOMY_DIR", raising=False)
    assert main(["eval", "skills", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert set(out) == {"aliases", "tune"}  # frozen only when asked for
    before, after = out["aliases"]["before"], out["aliases"]["after"]
    assert before["cases"] == after["cases"] == len(load_cases(SKILLS_EVAL_FILE))
    assert after["recall@5"] > before["recall@5"] + 0.3 and after["empty"] < before["empty"]
    assert main(["eval", "skills"]) == 0
    text = capsys.readouterr().out
    assert "after aliases" in text and text.index("aliases:") < text.index("tune:")


def test_phrase_sets_are_well_formed_and_split():
    tune, frozen = load_cases(EVAL_SETS["tune"]), load_cases(EVAL_SETS["frozen"])
    assert len(tune) >= 40 and len(frozen) >= 40
    ids = [c.id for c in tune + frozen]
    assert len(set(ids)) == len(ids)
    assert not {c.text for c in tune} & {c.text for c in frozen}
    for part in (tune, frozen):
        assert {"de", "es", "fr"} < {c.lang for c in part} and {"cv", "chat", "advert"} <= {
            c.kind for c in part
        }
    for c in tune + frozen:
        assert c.expected and len(c.labels) == len(c.expected), c.id
        assert all(u.startswith(ESCO_URI) for u in c.expected), c.id


def test_phrase_sets_name_no_expected_skill_word_for_word():
    """The point of the new sets: no phrase contains a preferred label or a curated alias of a skill it
    expects (the full-ESCO alt labels were checked when the sets were written, see evals/README.md)."""
    terms = _bundled_terms()
    for name in ("tune", "frozen"):
        for case in load_cases(EVAL_SETS[name]):
            assert verbatim_hits(case, terms) == {}, (name, case.id)


def test_the_alias_set_is_in_sample():
    """evals/skills.jsonl names most of its expected skills by an alias or label: not evidence of meaning."""
    assert verbatim_share(load_cases(SKILLS_EVAL_FILE), _bundled_terms()) > 0.5


def test_verbatim_hits():
    case = SkillCase(
        id="1", text="Daily Python, some k8s", expected=("u1", "u2", "u3"), labels=("a", "b", "c")
    )
    terms = {"u1": ["Python (computer programming)", "python"], "u2": ["Kubernetes"], "u3": ["k8s"]}
    assert verbatim_hits(case, lambda u: terms[u]) == {"u1": "python", "u3": "k8s"}
    assert verbatim_share([case], lambda u: terms[u]) == round(2 / 3, 3)
    own = SkillCase(id="2", text="I know SQL.", expected=("u4",), labels=("SQL",))
    assert verbatim_hits(own, lambda u: []) == {"u4": "SQL"}
