"""Which entry shown a message points at by what sets it apart (`assistant/pointing.py`, session 13), the
ordinal forms and the why-word after a plan that the reading of references needs. The phrasings differ from
those of `test_references_shown.py` (a measure) and of the dialogue set."""

from __future__ import annotations

import pytest

from pathfinder.assistant import pointing, policy
from pathfinder.assistant.nlu.understand import ordinals
from pathfinder.assistant.pointing import Attributes
from pathfinder.domain import Credential


def _c(id: str, title: str, **kw) -> Credential:
    return Credential(id=id, title=title, provider=kw.pop("provider", "Uni"), **kw)


SHOWN = [
    _c("a", "Cloud Basics", languages=("en",), cost=0, participation="online", eqf_level=3),
    _c("b", "Cloud-Sicherheit", languages=("de",), cost=250, participation="blended", eqf_level=5),
    _c("c", "Kubernetes in Practice", languages=("en", "fi"), cost=400, participation="on-site", eqf_level=6,
       provider="Helsinki Tech"),
    _c("d", "Terraform for R users", languages=("en",), cost=90, participation="online", eqf_level=5),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "said", "meant"),
    [
        ("and the one in German?", Attributes(languages=("de",)), "b"),
        ("the blended course, how many hours?", Attributes(participation=("blended",)), "b"),
        ("und der Präsenzkurs?", Attributes(participation=("on-site",)), "c"),
        ("y el gratuito?", Attributes(free=True), "a"),
        ("celle en finnois, c'est quel niveau ?", Attributes(languages=("fi",)), "c"),
        ("entä se suomenkielinen?", Attributes(languages=("fi",)), "c"),
        ("cái học trực tiếp thì sao", Attributes(participation=("on-site",)), "c"),
        ("Finnish wala kitne ka hai", Attributes(languages=("fi",)), "c"),
        ("ফিনিশ টা কত দিনের?", Attributes(languages=("fi",)), "c"),
        ("which of those is EQF 3", Attributes(eqf=(3, 3)), "a"),
    ],
)
def test_an_attribute_only_one_entry_shown_has_points_at_that_entry(
    text: str, said: Attributes, meant: str
) -> None:
    found = pointing.singled_out(text, said, SHOWN)
    assert found is not None and found.id == meant


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("the online one", Attributes(participation=("online",))),  # two are online: a filter
        ("only the German ones", Attributes(languages=("de",))),  # a group: a filter
        ("nur die auf Deutsch", Attributes(languages=("de",))),
        ("những khóa tiếng Đức", Attributes(languages=("de",))),
        ("German wale courses dikhao", Attributes(languages=("de",))),
        ("the Swedish one", Attributes(languages=("sv",))),  # none has it: nothing to point at
    ],
)
def test_an_attribute_of_a_group_or_of_several_entries_points_at_none(text: str, said: Attributes) -> None:
    assert pointing.singled_out(text, said, SHOWN) is None


@pytest.mark.parametrize(
    ("text", "meant"),
    [
        ("the Helsinki Tech one?", "c"),  # a provider
        ("el de R cuánto cuesta", "d"),  # one letter, a word of one title only
        ("the Kubernetes one", "c"),
        ("Terraform wala", "d"),
    ],
)
def test_a_provider_or_a_word_of_one_title_points_at_that_entry(text: str, meant: str) -> None:
    found = pointing.singled_out(text, Attributes(), SHOWN)
    assert found is not None and found.id == meant


def test_a_title_word_several_titles_share_points_at_none() -> None:
    assert pointing.singled_out("the Cloud one", Attributes(), SHOWN) is None


@pytest.mark.parametrize(
    ("text", "n", "time"),
    [
        ("mitä toisessa vaiheessa tehdään?", 2, "viimeisellä viikolla"),
        ("entä viimeisestä?", -1, "viimeisellä viikolla"),
        ("kerro ensimmäisestä", 1, "viimeisellä viikolla"),
        ("bước 2 là gì", 2, "bước 2 tuần nữa"),
        ("khóa cuối giá sao", -1, "khóa cuối tuần có không?"),
        ("শেষেরটি কেমন?", -1, "শেষের দিকে"),
    ],
)
def test_ordinals_in_their_case_forms_and_with_a_noun_but_not_a_time(text: str, n: int, time: str) -> None:
    assert n in ordinals(text)
    assert ordinals(time) == ()  # the last week, two weeks more, the weekend: times, no entry


@pytest.mark.parametrize(
    "text",
    ["why is the Python one in my plan", "warum ist der SQL-Kurs dabei?", "¿por qué está el de Excel?",
     "pourquoi celui-là en premier ?", "miksi tuo kurssi on mukana?", "sao lại có khóa này?",
     "Excel वाला क्यों है?", "Excel এর টা কেন?"],
)  # fmt: skip
def test_a_why_word_opening_a_message_asks_why(text: str) -> None:
    assert policy.asks_why(text)


def test_a_word_of_one_title_points_even_when_an_attribute_is_asked_of_it() -> None:
    # "is the R one on-site?": the R course, whose format is asked (not the one on-site entry shown)
    found = pointing.singled_out("el de R es presencial?", Attributes(participation=("on-site",)), SHOWN)
    assert found is not None and found.id == "d"


@pytest.mark.parametrize(
    "text",
    [
        "koi free wala hai kya?",
        "khóa miễn phí thì tốt quá",
        "có cái nào miễn phí không?",
        "¿hay algún gratuito?",
    ],
)
def test_any_one_asked_for_or_a_course_word_without_a_number_points_at_none(text: str) -> None:
    # "is there any free one?", "free courses would be great": a wish or a search, not one entry picked
    assert pointing.singled_out(text, Attributes(free=True), SHOWN) is None


def test_a_bengali_word_ending_like_the_classifier_is_no_pointer_in_a_statement() -> None:
    # "he reads English fairly well, online would be good": "মোটামুটি" ends like "টি"; a statement of limits
    said = Attributes(participation=("blended",))  # one entry shown is blended
    assert pointing.singled_out("উনি ইংরেজি মোটামুটি পড়তে পারেন, ব্লেন্ডেড হলেই ভালো", said, SHOWN) is None
    assert pointing.singled_out("ব্লেন্ডেড টা কত দিনের?", said, SHOWN) is not None
