"""Session 25 (classifier25): the intent classifier's own misreadings, fixed at the source (new labelled
lines for the confused pairs in eight languages, a fit that runs to convergence, the model retrained).

The readings below are the classifier's first reading of tune dialogue turns (and of the classifier25 batch),
as `understand` gives it before any rule: each was wrong on 09d5ae2d (a course asked for beside an aside read
as a goal, a narrowing of a list read as limits, "what could I become with that?" read as a plan, a background
with a wish read as skills held). The guards pass on both."""

from __future__ import annotations

from datetime import date

import pytest

from pathfinder.assistant.nlu.classifier import default_classifier, load_utterances
from pathfinder.assistant.nlu.encoder import encode
from pathfinder.assistant.nlu.understand import understand

TODAY = date(2026, 12, 4)


def _reading(text: str, lang: str) -> str:
    return understand(text, TODAY, lang).ranked[0][0]


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


def test_held_out_utterances_do_not_drop_below_the_retrained_figure() -> None:
    """The shipped model was 400/440 on the held-out utterances (0.909); trained to convergence with the new
    lines it is 401/440. A floor of 0.91 fails on 09d5ae2d."""
    held = [r for r in load_utterances() if r["split"] == "test"]
    predictions = default_classifier().predict_embedded(encode([r["text"] for r in held]))
    right = sum(p.intent == r["intent"] for p, r in zip(predictions, held))
    assert right / len(held) >= 0.91, f"{right}/{len(held)}"
