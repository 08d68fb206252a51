"""The act decision's largest causes on the tune split (issue #12, session 24, acts24), as
`evals/nlu/act_causes.py` tallied them on 66ad213d; each test of a rule failed on that code, each rule is
tried in several languages and phrasings written for these tests, and against the messages it must leave
alone.

- a message the classifier reads as a statement of skills that holds no skill (a background, a life event,
  a wish, a question about a subject) was answered as skills held: it is the goal, a search or the
  counsellor's opening (`nlu.joint.skills_unsaid`, `profile_changes.names_held_skill`,
  `nlu.understand.holding_clauses`);
- a first message about something else entirely that the classifier reads as out of scope without being
  sure (0.5-0.7) was answered with the counsellor's opening: with nothing in the conversation it is out of
  scope (`policy.FRESH_UNRELATED_SURE`).
"""

from __future__ import annotations

from datetime import date

import pytest
from conftest import first_answer

from pathfinder.assistant.intents import Parsed
from pathfinder.assistant.nlu import joint
from pathfinder.assistant.nlu.understand import holding_clauses
from pathfinder.assistant.policy import FRESH_UNRELATED_SURE, UNRELATED_SURE, unrelated_request

TODAY = date(2026, 12, 4)


@pytest.fixture(scope="module")
def responder(make_responder, bundled_catalogue):
    return make_responder(bundled_catalogue, today=TODAY)


@pytest.mark.parametrize(
    "message",
    [
        "Was habt ihr zu Linux?",
        "habt ihr was zu Linux Administration?",
        "¿tienen algo de Linux?",
        "necesito saber de RGPD para octubre por el trabajo, en ingles o frances me vale",
        "en dos meses quiero saber lo basico de redes",
    ],
)
def test_a_question_or_a_need_about_a_subject_holds_no_skill(responder, message: str) -> None:
    answer = first_answer(responder, message)
    assert answer.intent in ("search", "explore", "set_goal")
    assert not [c for c in answer.profile_changes if c.kind == "add_skill"]


@pytest.mark.parametrize(
    "message",
    [
        pytest.param(
            "Llevo cinco años en atención al cliente en un banco y me interesa el soporte técnico "
            "informático. ¿Por dónde empiezo?",
            marks=pytest.mark.xfail(
                reason="the job's words link a skill (customer service), so the reading of skills stands",
                strict=False,
            ),
        ),
        "wesh, chauffeur VTC a marseille depuis 6 ans, j'ai pas le bac mais la cyber ca me branche grave",
        "Bonjour, conseillère France Travail. J'accompagne un monsieur de 38 ans, ancien magasinier, qui "
        "voudrait aller vers le support informatique. Que lui proposer ?",
        "back at work after 3 years at home with the kids, I used to be a receptionist and want to catch up "
        "with computers",
    ],
)
def test_a_background_with_a_wish_is_no_statement_of_skills(responder, message: str) -> None:
    assert first_answer(responder, message).intent in ("set_goal", "explore", "search", "plan")


@pytest.mark.parametrize(
    "message",
    [
        "about me: 6 yrs as a bookkeeper, very strong in Excel (pivot tables), intermediate SQL",
        "मैंने CCNA किया है और 3 साल से नेटवर्क सपोर्ट में काम कर रहा हूँ, Wireshark भी चलाता हूँ",
        "ami photoshop ar illustrator e 3 bochor kaj korchi, ektu wordpress o pari",
        "je maîtrise Excel et un peu de SQL",
        "osaan Pythonia ja vähän SQL:ää",
        "trabajé tres años como técnico de soporte",
        "soy contable y uso SAP todos los días",
        "Ich lerne gerade SQL, Excel ist dagegen meine Stärke: da bin ich Profi",
        "Olen tehnyt kuusi vuotta varastotöitä ja osaan SAP:ia ja Exceliä",
    ],
)
def test_skills_held_stay_a_statement_of_skills(responder, message: str) -> None:
    assert first_answer(responder, message).intent == "state_skills"


def _parsed(text: str, **slots: object) -> Parsed:
    p = Parsed(text=text)
    p.predicted, p.confidence = "state_skills", 0.7
    p.ranked = (("state_skills", 0.7), ("set_goal", 0.15), ("explore", 0.1))
    for k, v in slots.items():
        setattr(p, k, v)
    return p


def test_skills_unsaid_reads_what_the_message_does_say() -> None:
    kw = {"named": False, "topical": True, "shown": False}
    assert joint.skills_unsaid(
        _parsed("me interesa la ciberseguridad", clause_goal="ciberseguridad"), **kw
    ) == ("set_goal")
    assert joint.skills_unsaid(_parsed("Was habt ihr zu Linux?", topic="linux"), **kw) == "search"
    # a job of one's own and a wish: where to start, not a search of the job's words
    wish = _parsed("bin seit 9 Jahren Paketzusteller, möchte was Neues", current_role="paketzusteller")
    assert joint.skills_unsaid(wish, **kw) == "explore"
    # a background with nothing asked or wished stays a statement about oneself
    job = _parsed("trabajé tres años como técnico de soporte", current_role="técnico de soporte")
    assert joint.skills_unsaid(job, **kw) is None
    # limits and no subject: the limits; languages spoken: a statement about oneself
    limits = _parsed("5 Stunden die Woche, 300 Euro", hours_per_week=5.0)
    assert joint.skills_unsaid(limits, named=False, topical=False, shown=True) == "set_constraints"
    spoken = _parsed("Ich spreche Deutsch und Türkisch", spoken_languages=("de", "tr"))
    assert joint.skills_unsaid(spoken, **kw) is None
    read = _parsed("chỉ đọc được tiếng Anh, khóa học bằng tiếng Anh cũng được", languages=("en",))
    assert joint.skills_unsaid(read, named=False, topical=False, shown=False) is None
    # left alone: a skill read, a course named or done, something shown, another act
    assert joint.skills_unsaid(_parsed("I know SQL", skills=(("sql", "intermediate"),)), **kw) is None
    assert joint.skills_unsaid(_parsed("did it last year", done_cue=True), **kw) is None
    assert (
        joint.skills_unsaid(_parsed("Was habt ihr zu Linux?"), named=True, topical=True, shown=False) is None
    )
    assert joint.skills_unsaid(_parsed("and Trello too"), named=False, topical=True, shown=True) is None
    other = _parsed("Was habt ihr zu Linux?")
    other.predicted = "search"
    assert joint.skills_unsaid(other, **kw) is None


def test_settle_rereads_a_reading_of_skills_only_when_none_is_named() -> None:
    p = _parsed("Was habt ihr zu Linux?", topic="linux")
    assert joint.settle(p, named=False, topical=True, names_job=False, shown=False) is None  # default: named
    assert p.predicted == "state_skills"
    assert (
        joint.settle(p, named=False, topical=True, names_job=False, shown=False, names_skill=False)
        == "search"
    )
    assert p.predicted == "search"


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("je maîtrise Excel", True),
        ("Pythonia oon koodannu jo vuosia", True),
        ("Taidot: Java, Spring Boot, Git", True),
        ("Was habt ihr zu Linux?", False),
        ("me interesa el soporte técnico informático", False),
        ("nghe nói AI là tương lai", False),
    ],
)
def test_holding_clauses(text: str, held: bool) -> None:
    assert bool(holding_clauses(text)) is held


@pytest.mark.parametrize(
    "message",
    [
        "¿qué opinas de las elecciones del domingo?",
        "yaar kal ka weather kaisa rahega mumbai mein",
        "একটা ভালো বিরিয়ানির রেসিপি দাও",
    ],
)
def test_an_unsure_off_topic_first_message_is_out_of_scope(responder, message: str) -> None:
    assert first_answer(responder, message).intent == "out_of_scope"


def test_the_fresh_threshold_only_lowers_the_bar_with_nothing_in_the_conversation() -> None:
    assert FRESH_UNRELATED_SURE < UNRELATED_SURE
    p = Parsed(text="who wins the match on sunday")
    p.predicted, p.confidence = "out_of_scope", (FRESH_UNRELATED_SURE + UNRELATED_SURE) / 2
    assert unrelated_request(p, grounded=False, fresh=True)
    assert not unrelated_request(p, grounded=False)  # in a conversation about learning: not sure enough
    p.confidence = FRESH_UNRELATED_SURE - 0.05
    assert not unrelated_request(p, grounded=False, fresh=True)
