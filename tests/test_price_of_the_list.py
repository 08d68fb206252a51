"""Price questions about the list shown (issue #12, session 12): "the free one" points at the list's free
entry, "which ones are free?" is answered from the list shown (its free entries, or that none is free), and
neither question saves a budget of 0 in the profile. A certificate with no fee of its own is not free (its
courses are paid)."""

from __future__ import annotations

from datetime import date

import pytest

from pathfinder.assistant.offline import OfflineResponder
from pathfinder.assistant.picks import points_at_free_one
from pathfinder.assistant.tools import AssistantTools
from pathfinder.domain import Credential
from pathfinder.domain.credentials import SkillRef, StackTarget
from pathfinder.domain.dialogue import History
from pathfinder.domain.taxonomy import Taxonomy
from pathfinder.testing import InMemoryIndex

ML = SkillRef(
    uri="http://data.europa.eu/esco/skill/b1b9a8c3-8a0f-4b0e-9d7c-5a6d2b0c8d11", label="machine learning"
)


def _course(id: str, title: str, cost: float, eqf: int, **kw) -> Credential:
    return Credential(
        id=id,
        title=title,
        provider="Uni ML",
        description=f"{title}: a machine learning course.",
        hours=80,
        eqf_level=eqf,
        languages=("en",),
        participation="online",
        cost=cost,
        skills=(ML,),
        **kw,
    )


STACK = (StackTarget(target="ml-cert"),)
CATALOGUE = [
    _course("ml-apply", "Applied Machine Learning", 300, 5, stacks_into=STACK),
    _course("ml-math", "Mathematics for Machine Learning", 50, 5, stacks_into=STACK),
    _course("ml-free", "Machine Learning Foundations", 0, 4),
    Credential(
        id="ml-cert",
        title="Certificate in Machine Learning",
        kind="certificate",
        provider="Uni ML",
        description="A certificate in machine learning, earned with its courses.",
        eqf_level=6,
        languages=("en",),
        cost=0,
        skills=(ML,),
        stack_ects_required=8,
    ),
]
PAID = [c for c in CATALOGUE if c.id != "ml-free"]
ASKED = "machine learning courses"


@pytest.fixture(scope="module")
def make(taxonomy: Taxonomy):
    def build(records: list[Credential]) -> OfflineResponder:
        return OfflineResponder(AssistantTools(InMemoryIndex(records), taxonomy), lambda: date(2026, 3, 2))

    return build


@pytest.mark.parametrize(
    "said",
    [
        "is the free one any good, who runs it",
        "und der kostenlose, wer bietet den an?",
        "el gratuito, ¿quién lo imparte?",
        "le gratuit, c'est qui qui le donne ?",
        "se ilmainen, kuka sen järjestää?",
        "cái miễn phí thì ai dạy?",
        "फ्री वाला कौन चलाता है?",
        "ফ্রি টা কে চালায়?",
    ],
)
def test_the_free_one_is_the_free_entry_of_the_list(make, said: str) -> None:
    assert points_at_free_one(said)
    responder = make(CATALOGUE)
    listed = responder.reply(ASKED, History())
    assert "ml-free" in [c.id for c in listed.citations] and listed.citations[0].id != "ml-free"
    answer = responder.reply(said, History().add(ASKED, listed))
    assert answer.citations and answer.citations[0].id == "ml-free", answer.text
    assert not any(c.kind == "set_constraints" for c in answer.profile_changes), answer.profile_changes


@pytest.mark.parametrize(
    "said",
    [
        "which ones are free?",
        "welche davon sind kostenlos?",
        "¿cuáles son gratis?",
        "lesquels sont gratuits ?",
        "mitkä niistä ovat ilmaisia?",
        "cái nào miễn phí?",
        "इनमें से कौन से फ्री हैं?",
        "কোনগুলো ফ্রি?",
    ],
)
def test_which_are_free_is_answered_from_the_list(make, said: str) -> None:
    assert not points_at_free_one(said)
    responder = make(CATALOGUE)
    listed = responder.reply(ASKED, History())
    answer = responder.reply(said, History().add(ASKED, listed))
    assert [c.id for c in answer.citations] == ["ml-free"], (
        answer.text
    )  # not the certificate: its courses cost
    assert not any(c.kind == "set_constraints" for c in answer.profile_changes), answer.profile_changes


def test_none_free_is_said_and_no_budget_is_saved(make) -> None:
    responder = make(PAID)
    listed = responder.reply(ASKED, History())
    assert listed.citations
    answer = responder.reply("which ones are free?", History().add(ASKED, listed))
    assert not any(c.id in {"ml-apply", "ml-math"} for c in answer.citations), answer.text
    assert not any(c.kind == "set_constraints" for c in answer.profile_changes), answer.profile_changes


@pytest.mark.parametrize(
    "said",
    [
        "only free ones please",
        "is it free?",
        "free python courses",
        "is there any free one?",  # one asked for, not pointed at
        "koi free wala hai kya?",
        "khóa miễn phí thì tốt quá",  # "a free course would be great": a wish
        "मुफ्त वाले कोर्स दिखाओ",  # "show free courses"
    ],
)
def test_not_a_pointer_at_the_free_one(said: str) -> None:
    assert not points_at_free_one(said)


@pytest.mark.parametrize(
    "said",
    [
        "any cheap ones?",
        "billige davon?",
        "¿alguno barato?",
        "des pas chers ?",
        "onko halpoja?",
        "có khóa nào rẻ không?",
        "कोई सस्ता वाला है इनमें?",
        "এগুলোর মধ্যে সস্তা কোনটা আছে?",
    ],
)
def test_cheap_ones_of_the_list_are_the_list_by_price(make, said: str) -> None:
    responder = make(CATALOGUE)
    listed = responder.reply(ASKED, History())
    answer = responder.reply(said, History().add(ASKED, listed))
    ids = [c.id for c in answer.citations]
    assert ids and set(ids) <= {c.id for c in listed.citations}, answer.text  # the list shown, no new search
    assert ids[0] == "ml-free", answer.text  # cheapest first
    assert "ml-apply" not in ids or ids.index("ml-math") < ids.index("ml-apply"), answer.text


@pytest.mark.parametrize("said", ["oita ki free?", "is that one free?", "ist der kostenlos?"])
def test_a_question_of_one_entry_is_no_question_of_the_list(make, said: str) -> None:
    responder = make(CATALOGUE)
    listed = responder.reply(ASKED, History())
    answer = responder.reply(said, History().add(ASKED, listed))
    assert [c.id for c in answer.citations] != ["ml-free"], answer.text  # not "of those, the free ones"
