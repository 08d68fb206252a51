"""'I already have X and Y, what else do I need for certificate Z?' (issue #12, session 13; lead's trial 8):
X and Y are held, Z is the target (never held itself), and the answer is what is left of Z with its totals, in
the learner's language. The certificate in focus is Z, so "and the price?" is still about what is left of Z.
Before, Z was saved as held with X and Y and the answer was three "noted" lines (or Z's card, or X's card)."""

from __future__ import annotations

import pytest
from conftest import answers, converse

from pathfinder.assistant.offline import OfflineResponder
from pathfinder.domain import LearnerProfile

ASKED = [
    "I already have SQL for Analysts and Statistics for Data Analysis, what else do I need for the "
    "Certificate in Data Analysis?",
    "I've done SQL for Analysts and Statistics for Data Analysis. What's missing for the certificate?",
    "Ich habe schon SQL for Analysts und Statistics for Data Analysis. Was fehlt mir noch für das "
    "Certificate in Data Analysis?",
    "Ya tengo SQL for Analysts y Statistics for Data Analysis, ¿qué me falta para el Certificate in Data "
    "Analysis?",
    "J'ai déjà fait SQL for Analysts et Statistics for Data Analysis, qu'est-ce qui me manque pour le "
    "Certificate in Data Analysis ?",
]


@pytest.mark.parametrize("text", ASKED)
def test_the_parts_are_held_and_the_certificate_is_what_is_left(
    responder: OfflineResponder, text: str
) -> None:
    learner = LearnerProfile(id="aimed")
    history = converse(responder, text, "and the price?", learner=learner)
    answer, price = answers(history)
    held = {c.credential.id for c in answer.profile_changes if c.kind == "hold_credential" and c.credential}
    assert held == {"sql-analysts", "stats-online"}, answer.profile_changes
    assert answer.state.focus == "cert-data", answer.text
    cited = [c.id for c in answer.citations]
    assert "stats-applied" in cited and "cert-data" in cited, answer.text
    assert answer.intent == "requirements", answer.text
    assert [c.id for c in price.citations].count("stats-applied") == 1, price.text
    assert price.state.focus == "cert-data", price.text
