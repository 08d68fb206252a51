"""'What comes after X?' when nothing lists X as a prerequisite nor stacks it (issue #12, session 12): the
courses that follow a course teaching the same skills (X's version in another language), else courses taking
X's skills to a higher level; never only "nothing needs it". And "after I finish X, what next?" read as a
requirements question answers what follows X, not what X needs."""

from __future__ import annotations

from datetime import date

import pytest

from pathfinder.assistant.follow_ons import alike, higher_on_its_skills
from pathfinder.assistant.offline import OfflineResponder
from pathfinder.assistant.tools import AssistantTools
from pathfinder.domain import Credential
from pathfinder.domain.credentials import SkillRef
from pathfinder.domain.dialogue import History
from pathfinder.domain.taxonomy import Taxonomy
from pathfinder.testing import InMemoryIndex

ESCO = "http://data.europa.eu/esco/skill/"
ROUTING, IP, PROTOCOLS, HARDWARE, AUTOMATION = (
    SkillRef(uri=ESCO + u, label=label)
    for u, label in (
        ("r1", "ICT network routing"),
        ("r2", "maintain internet protocol configuration"),
        ("r3", "ICT communications protocols"),
        ("r4", "ICT networking hardware"),
        ("r5", "network automation"),
    )
)


def _course(id: str, title: str, skills, eqf: int, lang: str = "en", prerequisites=()) -> Credential:
    return Credential(
        id=id,
        title=title,
        provider="Academy",
        description=title,
        hours=80,
        eqf_level=eqf,
        languages=(lang,),
        cost=100,
        skills=tuple(skills),
        prerequisites=tuple(prerequisites),
    )


FRENCH = _course("net-fr", "Fondements des réseaux", (ROUTING, IP, PROTOCOLS), 4, "fr")
ENGLISH = _course("net-en", "Networking Basics", (ROUTING, IP, PROTOCOLS, HARDWARE), 4)
ROUTE = _course("net-route", "Routing and Switching", (ROUTING, IP), 5, prerequisites=("net-en",))
AUTO = _course("net-auto", "Network Automation", (AUTOMATION, PROTOCOLS), 5, prerequisites=("net-en",))
ADVANCED = _course("net-adv", "Advanced Routing Design", (ROUTING, IP, PROTOCOLS), 6)
WITH_TWIN = [FRENCH, ENGLISH, ROUTE, AUTO]
NO_TWIN = [FRENCH, ADVANCED]


@pytest.fixture(scope="module")
def make(taxonomy: Taxonomy):
    def build(records: list[Credential]) -> OfflineResponder:
        return OfflineResponder(AssistantTools(InMemoryIndex(records), taxonomy), lambda: date(2026, 3, 2))

    return build


def test_alike_and_higher_are_pure_reads_of_the_skills() -> None:
    assert alike(FRENCH, WITH_TWIN) == [ENGLISH]
    assert alike(FRENCH, [ROUTE, AUTO]) == []  # a higher course sharing two skills is no version of it
    assert higher_on_its_skills(FRENCH, NO_TWIN) == [ADVANCED]
    assert higher_on_its_skills(FRENCH, [ENGLISH]) == []  # the same level is not higher


AFTER = [
    "and what comes after it?",
    "und was kommt danach?",
    "¿y qué hago después?",
    "et ensuite je peux faire quoi ?",
    "mitä sen jälkeen?",
    "học xong thì học tiếp gì?",
    "इसके बाद क्या करूँ?",
    "এর পরে কী করব?",
]


@pytest.mark.parametrize("said", AFTER)
def test_what_follows_the_version_in_another_language(make, said: str) -> None:
    responder = make(WITH_TWIN)
    card = responder.reply("tell me about net-fr", History())
    assert card.citations[0].id == "net-fr"
    answer = responder.reply(said, History().add("tell me about net-fr", card))
    ids = [c.id for c in answer.citations]
    assert "net-route" in ids and "net-auto" in ids, answer.text


@pytest.mark.parametrize("said", AFTER)
def test_higher_courses_on_its_skills_when_no_version_leads_on(make, said: str) -> None:
    responder = make(NO_TWIN)
    card = responder.reply("tell me about net-fr", History())
    answer = responder.reply(said, History().add("tell me about net-fr", card))
    assert "net-adv" in [c.id for c in answer.citations], answer.text


@pytest.mark.parametrize(
    "said",
    [
        "after I finish net-en, which course should I take next?",
        "nach net-en, was kommt danach?",
        "học xong net-en thì nên học tiếp khóa gì",
    ],
)
def test_an_after_question_read_as_requirements_says_what_follows(make, said: str) -> None:
    from pathfinder.assistant.nlu.understand import understand
    from pathfinder.assistant.offline import ANONYMOUS
    from pathfinder.domain.dialogue import DialogueState

    responder = make(WITH_TWIN)
    answer = responder._requirements(understand(said, date(2026, 3, 2), None), DialogueState(), ANONYMOUS)
    ids = [c.id for c in answer.retrieved]
    assert "net-route" in ids and "net-auto" in ids, answer.text
