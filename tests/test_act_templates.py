"""The classifier's template lines (`nlu.act_templates`, session 21; the gate's second model since session
22): every act in every language, no line copied from an evaluation set, deterministic; the session-22
convention lines are added after the session-21 lines without changing them. Gate: test_classifier_gate."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pathfinder.assistant.nlu import act_templates
from pathfinder.assistant.nlu.classifier import load_utterances

ROOT = Path(__file__).parents[1]


def _lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_every_act_has_templates_in_every_language() -> None:
    intents = {r["intent"] for r in load_utterances()}
    for lang, acts in act_templates.TEMPLATES.items():
        assert set(acts) <= intents, lang
        assert set(acts) == set(act_templates.TEMPLATES["en"]), lang
        assert set(act_templates.FILLERS[lang]) >= {"job", "skill", "topic", "role"}, lang
    rows = act_templates.generated()
    assert {r["lang"] for r in rows} == {"en", "de", "es", "fr", "fi", "vi", "hi", "bn"}
    assert all(r["split"] == "train" for r in rows)


def test_template_lines_are_filled_once_and_deterministic() -> None:
    rows = act_templates.generated()
    assert not any("{" in r["text"] or "}" in r["text"] for r in rows)
    keys = [r["text"].casefold() for r in rows]
    assert len(keys) == len(set(keys))
    act_templates.generated.cache_clear()
    assert act_templates.generated() == rows


def test_no_template_line_is_an_evaluation_line() -> None:
    """Neither a dialogue turn (any split: the test only compares, it prints none), nor a line of the act
    tests or of the held-out utterance sets, nor a hand-written utterance."""
    dialogues = _lines(ROOT / "evals" / "dialogues" / "dialogues.jsonl")
    evaluated = {t.strip().casefold() for d in dialogues for t in d["turns"]}
    for table in sorted((ROOT / "evals" / "nlu").glob("acts*.jsonl")):
        evaluated |= {r["text"].strip().casefold() for r in _lines(table)}
    evaluated |= {r["text"].strip().casefold() for r in load_utterances()}
    copied = [r["text"] for r in act_templates.generated() if r["text"].strip().casefold() in evaluated]
    assert copied == []


@pytest.mark.parametrize(
    "text, plain",
    [
        ("Ich würde gern Systemadministrator werden.", "ich wurde gern systemadministrator werden"),
        ("¿qué cursos hago?", "¿que cursos hago"),
        ("tôi đang tìm khóa đào tạo", "toi dang tim khoa đao tao".replace("đ", "d")),
        ("क्या मुफ्त कोर्स हैं?", "क्या मुफ्त कोर्स हैं"),
    ],
)
def test_plain_drops_case_marks_and_final_punctuation_not_indic_vowel_signs(text: str, plain: str) -> None:
    assert act_templates.plain(text) == plain


def test_the_convention_lines_follow_the_session21_lines_unchanged(monkeypatch: pytest.MonkeyPatch) -> None:
    """The session-22 lines (a wish to learn a subject is a goal, what one can do after a course is about that
    course) come after the session-21 lines, which stay as they were (their own seed)."""
    rows = act_templates.generated()
    monkeypatch.setattr(act_templates, "CONVENTIONS", {})
    act_templates.generated.cache_clear()
    before = act_templates.generated()
    monkeypatch.undo()
    act_templates.generated.cache_clear()
    assert rows[: len(before)] == before
    added = rows[len(before) :]
    assert {r["intent"] for r in added} == {"set_goal", "explain"}
    assert {r["lang"] for r in added} == {"en", "de", "es", "fr", "fi", "vi", "hi", "bn"}
    assert any(r["text"].startswith("I want to learn ") and r["intent"] == "set_goal" for r in added)
