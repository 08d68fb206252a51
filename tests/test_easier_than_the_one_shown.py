"""'Is there anything easier?' right after one course's card (issue #12, session 12): entries on its subject
at a lower EQF level (or its level with fewer prerequisites), never the same course again as "start with
it" nor a search for the word "easier"; nothing easier is said plainly."""

from __future__ import annotations

from datetime import date

import pytest

from pathfinder.assistant.offline import OfflineResponder
from pathfinder.assistant.picks import asks_easier
from pathfinder.assistant.tools import AssistantTools
from pathfinder.domain import Credential
from pathfinder.domain.credentials import SkillRef
from pathfinder.domain.dialogue import History
from pathfinder.domain.taxonomy import Taxonomy
from pathfinder.testing import InMemoryIndex

ML = SkillRef(uri="http://data.europa.eu/esco/skill/m1", label="machine learning")
STATS = SkillRef(uri="http://data.europa.eu/esco/skill/m2", label="statistics")
COOK = SkillRef(uri="http://data.europa.eu/esco/skill/m3", label="cooking")


def _course(id: str, title: str, eqf: int, skills, prerequisites=()) -> Credential:
    return Credential(
        id=id,
        title=title,
        provider="Uni ML",
        description=title,
        hours=80,
        eqf_level=eqf,
        languages=("en",),
        cost=100,
        skills=tuple(skills),
        prerequisites=tuple(prerequisites),
    )


MATH = _course("ml-math", "Mathematics for Machine Learning", 5, (STATS, ML))
INTRO = _course("ml-intro", "Machine Learning Foundations", 4, (ML,))
ADVANCED = _course("ml-adv", "Advanced Machine Learning", 6, (ML, STATS), ("ml-math",))
COOKING = _course("cook-1", "Cooking Basics", 2, (COOK,))
CARD = "tell me about ml-math"


@pytest.fixture(scope="module")
def make(taxonomy: Taxonomy):
    def build(records: list[Credential]) -> OfflineResponder:
        return OfflineResponder(AssistantTools(InMemoryIndex(records), taxonomy), lambda: date(2026, 3, 2))

    return build


EASIER = [
    "is there anything easier to start with?",
    "gibt es was Einfacheres?",
    "¿hay algo más fácil para empezar?",
    "y a plus facile pour commencer ?",
    "onko jotain helpompaa?",
    "có khóa nào dễ hơn không?",
    "इससे आसान कुछ है?",
    "এর চেয়ে সহজ কিছু আছে?",
]


@pytest.mark.parametrize("said", EASIER)
def test_easier_courses_on_its_subject(make, said: str) -> None:
    assert asks_easier(said)
    responder = make([MATH, INTRO, ADVANCED, COOKING])
    card = responder.reply(CARD, History())
    assert card.citations[0].id == "ml-math"
    answer = responder.reply(said, History().add(CARD, card))
    ids = [c.id for c in answer.citations]
    assert "ml-intro" in ids and "cook-1" not in ids and "ml-adv" not in ids, answer.text


@pytest.mark.parametrize("said", EASIER[:2])
def test_nothing_easier_is_said(make, said: str) -> None:
    responder = make([MATH, ADVANCED, COOKING])
    card = responder.reply(CARD, History())
    answer = responder.reply(said, History().add(CARD, card))
    assert [c.id for c in answer.citations] == ["ml-math"], answer.text
    assert answer.text.count("(ml-math)") == 1  # named once, not its whole card again


@pytest.mark.parametrize("said", ["which one is the easiest?", "is it hard?", "how long does it take?"])
def test_not_a_comparative_easier(said: str) -> None:
    assert not asks_easier(said)
