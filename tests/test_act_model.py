"""The contextual act model (issue #12, session 11): the features of a turn, the training script on a tiny
fixture, saving and loading. The fixture's phrasings were written for this test."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from pathfinder.assistant.nlu import act_features, act_train
from pathfinder.assistant.nlu.act_model import ActModel, design, fit_any


def _record(text: str, lang: str, scores: dict, flags: list[str], last: str = "none", turn: int = 0) -> dict:
    return {
        "text": text,
        "lang": lang,
        "scores": scores,
        "rule": "search",
        "flags": flags,
        "last": last,
        "previous": None if turn == 0 else "search",
        "turn": turn,
    }


def _row(group: str, text: str, expected: list[str], decided: str, final: str, **rec) -> dict:
    return {
        "source": "dialogue" if group.startswith("v") else "utterance",
        "group": group,
        "id": f"{group}-{text[:8]}",
        "turn": rec.get("turn", 0),
        "expected": expected,
        "record": _record(text, rec.pop("lang", "en"), rec.pop("scores", {}), rec.pop("flags", []), **rec),
        "settled": decided,
        "decided": decided,
        "final": final,
    }


FIXTURE = [
    _row("v1", "courses about databases please", ["search"], "search", "search", scores={"search": 0.9}),
    _row("v1", "the second one, what does it cost", ["explain", "select"], "search", "search",
         scores={"search": 0.6, "select": 0.3}, flags=["ordinals", "shown"], last="list", turn=1),
    _row("v2", "kurse über netzwerke", ["search"], "search", "search", lang="de", scores={"search": 0.8}),
    _row("v2", "und der dritte?", ["select", "explain"], "select", "select", lang="de",
         scores={"select": 0.7}, flags=["ordinals", "shown"], last="list", turn=1),
    _row("v3", "je veux devenir analyste", ["set_goal"], "set_goal", "set_goal", lang="fr",
         scores={"set_goal": 0.9}, flags=["goal", "names_job"]),
    _row("v3", "combien de temps en tout ?", ["plan"], "explain", "explain", lang="fr",
         scores={"explain": 0.5, "plan": 0.4}, flags=["has_goal", "question"], last="list", turn=1),
]  # fmt: skip


def test_the_vector_has_one_value_per_named_feature():
    rec = FIXTURE[1]["record"]
    assert act_features.vector(rec).shape == (len(act_features.names()),)
    assert len(set(act_features.names())) == len(act_features.names())


def test_context_changes_the_vector():
    first, later = FIXTURE[0]["record"], dict(FIXTURE[0]["record"], last="plan", turn=2)
    assert not np.array_equal(act_features.vector(first), act_features.vector(later))


def test_fit_any_learns_a_row_that_accepts_two_acts():
    X = np.array([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]])
    accepted = np.array([[True, False, False], [False, True, False], [False, True, True]])
    W, b = fit_any(X, accepted, iters=300, rate=0.1)
    P = ActModel(W, b, ("a", "b", "c"), ()).probabilities(X)
    assert P[0].argmax() == 0 and P[1].argmax() == 1
    assert P[2, 1] + P[2, 2] > 0.8  # either accepted act, never the third


def test_the_training_script_measures_and_writes_on_a_tiny_fixture(tmp_path: Path, monkeypatch):
    data = tmp_path / "turns.jsonl"
    data.write_text("\n".join(json.dumps(r) for r in FIXTURE) + "\n", encoding="utf-8")
    rows = act_train.load(data)
    assert all(r["accepted"] for r in rows)
    # the plan turn failed today: its accepted acts are only those expected, not today's wrong choice
    assert rows[-1]["accepted"] == ["plan"] and not rows[-1]["passed"]
    E = np.random.default_rng(0).normal(size=(len(rows), 8))
    E /= np.linalg.norm(E, axis=1, keepdims=True)
    report = act_train.measure(rows, E, margins=(0.7,))
    total = report["leave_one_batch_out"]
    assert set(total) == {
        "a_rules",
        "b_model",
        "c_model_rules",
        "c_rules_unless_0.7",
        "d_classifier_acts_unless_0.7",
    }
    assert total["a_rules"].startswith("4/6")  # today's rules fail the second and the last turn
    assert set(report["by_batch"]) == {"v1", "v2", "v3"}
    model = act_train.train_final(rows, E)
    target = tmp_path / "act_model.npz"
    model.save(target)
    loaded = ActModel.load(target)
    assert loaded.acts == act_features.ACTS
    reading = loaded.read(E[0], rows[0]["record"])
    assert reading.act in act_features.ACTS and 0.0 < reading.confidence <= 1.0
    assert design(E[:2], [r["record"] for r in rows[:2]]).shape[1] == 8 + len(act_features.names())


def test_a_model_trained_on_other_features_is_refused(tmp_path: Path):
    target = tmp_path / "old.npz"
    ActModel(np.zeros((3, 2)), np.zeros(2), ("a", "b"), ("x", "y", "z")).save(target)
    with pytest.raises(ValueError, match="retrain"):
        ActModel.load(target)


class _Sure:
    """A stand-in model that reads every turn as one act with a given confidence."""

    def __init__(self, act: str, confidence: float) -> None:
        self.act, self.confidence = act, confidence

    def read(self, embedding, record):
        from pathfinder.assistant.nlu.act_model import ActReading

        return ActReading(self.act, self.confidence, ((self.act, self.confidence),))


def test_second_opinion_keeps_the_rules_act_without_a_model_or_when_unsure(monkeypatch):
    """The classifier read "explain" at 0.5 and every rule kept it: an unsure reading the model may decide."""
    from pathfinder.assistant.nlu import act_model

    rec, E = FIXTURE[5]["record"], np.zeros(8)
    monkeypatch.setattr(act_model, "default_model", lambda: None)
    assert act_model.second_opinion(rec, "explain", "explain", E) == "explain"
    monkeypatch.setattr(act_model, "default_model", lambda: _Sure("plan", 0.4))
    assert act_model.second_opinion(rec, "explain", "explain", E) == "explain"
    monkeypatch.setattr(act_model, "default_model", lambda: _Sure("plan", 0.9))
    assert act_model.second_opinion(rec, "explain", "explain", E) == "plan"
    assert act_model.second_opinion(rec, "explain", "explain", None) == "explain"  # no embedding


def test_an_act_a_content_rule_chose_stands(monkeypatch):
    """The classifier read "explain" first; "explore" was a content rule's re-reading of the words."""
    from pathfinder.assistant.nlu import act_model

    rec = FIXTURE[5]["record"]
    assert act_model.rules_reread(rec, "explore") and not act_model.rules_reread(rec, "explain")
    monkeypatch.setattr(act_model, "default_model", lambda: _Sure("plan", 0.99))
    assert act_model.second_opinion(rec, "explore", "explore", np.zeros(8)) == "explore"


def test_without_a_model_file_the_rules_decide(tmp_path: Path, monkeypatch):
    from pathfinder.assistant.nlu import act_model

    monkeypatch.setattr(act_model, "MODEL", tmp_path / "none.npz")
    act_model.default_model.cache_clear()
    try:
        assert act_model.default_model() is None
        assert act_model.second_opinion(FIXTURE[0]["record"], "search", "search", np.zeros(8)) == "search"
    finally:
        act_model.default_model.cache_clear()
