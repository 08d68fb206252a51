"""Session 25 (classifier25): the intent classifier's own misreadings (tune turns whose answer's act is the
classifier's wrong first reading).

The readings below are the classifier's first reading of tune dialogue turns (and of the classifier25 batch),
as `understand` gives it before any rule: each is wrong on 09d5ae2d (a course asked for beside an aside read
as a goal, a narrowing of a list read as limits, "what could I become with that?" read as a plan, a background
with a wish read as skills held). A model retrained with the session's 145 lines
(`evals/nlu/classifier25_lines.jsonl`) and a fit run to convergence read all of them right, but lost more
tune dialogue turns than it won (43 pass -> fail, 20 fail -> pass on the 477 dialogues it touched), so it is
not shipped: these are strict xfails, the target of the next retrain (docs/BENCHMARKS.md, session 25). The
guards pass on both models."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from pathfinder.assistant.nlu.classifier import default_classifier, load_utterances
from pathfinder.assistant.nlu.encoder import encode
from pathfinder.assistant.nlu.understand import understand

TODAY = date(2026, 12, 4)


def _reading(text: str, lang: str) -> str:
    return understand(text, TODAY, lang).ranked[0][0]


_NOT_SHIPPED = "the retrained classifier is not shipped (docs/BENCHMARKS.md, session 25, branch classifier25)"


@pytest.mark.xfail(reason=_NOT_SHIPPED, strict=True)
@pytest.mark.parametrize(
    "text, lang, act",
    [
        # a course or subject asked for beside something about oneself: a search, not a goal
        ("need something on SQL before my new job starts in february", "en", "search"),
        ("looking for something on networking, I work nights so it has to fit around shifts", "en", "search"),
        ("Necesito saber de protección de datos para septiembre, trabajo en RRHH", "es", "search"),
        (
            "je cherche une formation securite informatique pour debutant, de preference gratuite",
            "fr",
            "search",
        ),
        ("habt ihr was zu Linux Administration?", "de", "search"),
        ("etsin verkkokursseja, vain etänä", "fi", "search"),
        ("python kurssi verkossa", "fi", "search"),
        ("Mình muốn học về phân tích dữ liệu, có khóa nào miễn phí không?", "vi", "search"),
        ("amar cloud niye kichu lagbe, raate kaj kori tai online hole bhalo", "bn", "search"),
        # a narrowing of a list shown: a refinement, not limits or a question about a course
        ("nur die kostenlosen", "de", "refine"),
        ("juste les gratuits", "fr", "refine"),
        ("free wale dikhao", "hi", "refine"),
        # what work a skill leads to: the opening, not a plan
        ("avec ça je pourrais faire quel metier ?", "fr", "explore"),
        ("lam sale 3 nam roi chan qua, muon chuyen qua IT ma ko biet bat dau tu dau", "vi", "explore"),
        # a background and a wish: a goal, not skills held
        (
            "ça fait 6 ans que je suis caissière, j'en peux plus. le dev web ça me tente bien",
            "fr",
            "set_goal",
        ),
        ("10 ans comme aide-soignante, je suis epuisee. l'informatique ça me tenterait", "fr", "set_goal"),
    ],
)
def test_the_classifier_reads_the_confused_pairs_right(text: str, lang: str, act: str) -> None:
    assert _reading(text, lang) == act


@pytest.mark.parametrize(
    "text, lang, act",
    [
        # guards (pass on 09d5ae2d too): the new lines pull no tool held, named course or skills list away
        ("i know excel pretty well and a bit of sql", "en", "state_skills"),
        ("je maitrise word, excel et un peu de photoshop", "fr", "state_skills"),
        ("show me courses on databases", "en", "search"),
        ("machine lerning course??", "en", "search"),
        ("algun curso de redes?", "es", "search"),
        ("co khoa hoc ve AI ko?", "vi", "search"),
    ],
)
def test_readings_the_new_lines_keep(text: str, lang: str, act: str) -> None:
    assert _reading(text, lang) == act


@pytest.mark.xfail(reason=_NOT_SHIPPED, strict=True)
def test_held_out_utterances_do_not_drop_below_the_retrained_figure() -> None:
    """The shipped model is 400/440 on the held-out utterances (0.909); trained to convergence (1200 steps)
    with the session's lines it was 401/440. A floor of 0.91 fails on 09d5ae2d."""
    held = [r for r in load_utterances() if r["split"] == "test"]
    predictions = default_classifier().predict_embedded(encode([r["text"] for r in held]))
    right = sum(p.intent == r["intent"] for p, r in zip(predictions, held))
    assert right / len(held) >= 0.91, f"{right}/{len(held)}"


def test_the_candidate_lines_copy_no_dialogue_turn_or_training_line_and_cover_every_language() -> None:
    """The session's lines (`evals/nlu/classifier25_lines.jsonl`, not trained on yet) keep the training set's
    rules: no line equals a turn of the evaluation set or a line already there; every language is written."""
    root = Path(__file__).parents[1]
    lines = load_utterances(root / "evals" / "nlu" / "classifier25_lines.jsonl")
    dialogues = root / "evals" / "dialogues" / "dialogues.jsonl"
    turns = {
        t.strip().casefold()
        for line in dialogues.read_text(encoding="utf-8").splitlines()
        if line.strip()
        for t in json.loads(line)["turns"]
    }
    known = {r["text"].strip().casefold() for r in load_utterances()}
    assert [r["text"] for r in lines if r["text"].strip().casefold() in turns | known] == []
    for act in ("search", "set_goal", "explore", "requirements", "refine", "set_constraints"):
        assert {r["lang"] for r in lines if r["intent"] == act} == {
            "en",
            "de",
            "es",
            "fr",
            "fi",
            "vi",
            "hi",
            "bn",
        }
