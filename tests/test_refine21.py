"""Refinements of a list of results in German, Spanish, French and Finnish (issue #12, session 21, refine21).

- "ohne den ersten", "sin el primero", "sans le premier", "ilman ensimmäistä", "without the first one": the
  list again without that entry (never that entry's card), and it stays out of the next refinement;
- "eine Stufe leichter", "algo un poco más fácil", "vähän helpompia", "un niveau au-dessus": the list one EQF
  level easier (harder) than the level it was limited to, else than the lowest (highest) level shown;
- "like the first one but cheaper", "so wie der zweite, aber günstiger", "le premier mais en moins long":
  entries on that entry's skills that cost less (take fewer hours);
- a place in the list outranks a title word shared with another entry ("¿el tercero tiene certificado?");
- "ilman maksua", "ohne Kosten", "sin pagar", "sans payer" are free; free said with a search is kept as budget
  0, as a ceiling said with one is;
- courses asked for under a ceiling are a search ("Können Sie mir Kurse zum Thema Netzwerke empfehlen, maximal
  600 Euro?"), and an unsure English reading of unaccented French gives way ("formation cybersecurite pour
  pme")."""

from __future__ import annotations

from datetime import date

import pytest

from pathfinder.assistant.nlu import language
from pathfinder.assistant.nlu.understand import understand
from pathfinder.assistant.offline import OfflineResponder
from pathfinder.assistant.picks import level_step
from pathfinder.assistant.tools import AssistantTools
from pathfinder.domain import Credential
from pathfinder.domain.credentials import SkillRef
from pathfinder.domain.dialogue import History
from pathfinder.domain.taxonomy import Taxonomy
from pathfinder.testing import InMemoryIndex

ESCO = "http://data.europa.eu/esco/skill/"
NET = SkillRef(uri=ESCO + "n1", label="computer networks")
DATA = SkillRef(uri=ESCO + "d1", label="data analysis")


def _course(
    id: str, title: str, eqf: int, skill: SkillRef, cost: float, hours: float = 100, kind: str = "course"
) -> Credential:
    return Credential(
        id=id,
        title=title,
        provider="Uni",
        description=f"{title}.",
        hours=hours,
        eqf_level=eqf,
        languages=("en",),
        participation="online",
        cost=cost,
        currency="EUR",
        skills=(skill,),
        kind=kind,  # type: ignore[arg-type]
    )


CATALOGUE = [
    _course("net-3", "Computer Networks for Everyone", 3, NET, 0, hours=40),
    _course("net-4", "Computer Networks Fundamentals", 4, NET, 450),
    _course("net-5", "Routing in Computer Networks", 5, NET, 700),
    _course("net-6", "Computer Network Design", 6, NET, 900, hours=160),
    _course("net-7", "Computer Network Architecture Masterclass", 7, NET, 1200, hours=200),
    _course("data-4", "Data Analysis Basics", 4, DATA, 0),
    _course("data-5", "Data Analysis with Python", 5, DATA, 400),
    _course("data-6", "Advanced Data Analysis", 6, DATA, 800),
]


@pytest.fixture(scope="module")
def responder(taxonomy: Taxonomy) -> OfflineResponder:
    return OfflineResponder(AssistantTools(InMemoryIndex(CATALOGUE), taxonomy), lambda: date(2026, 12, 4))


def _after(responder: OfflineResponder, first: str, then: str):
    listed = responder.reply(first, History())
    return listed, responder.reply(then, History().add(first, listed))


@pytest.mark.parametrize(
    "then",
    ["without the first one", "ohne den ersten", "sin el primero", "sans le premier", "ilman ensimmäistä"],
)
def test_a_list_without_its_nth_entry_is_the_search_without_it(
    responder: OfflineResponder, then: str
) -> None:
    listed, answer = _after(responder, "show me computer networks courses", then)
    first = listed.citations[0].id
    cited = [c.id for c in answer.citations]
    assert answer.intent == "refine", then
    assert cited and first not in cited, (then, cited)
    assert first in answer.state.last_filters.exclude_ids


def test_an_entry_left_out_stays_out_of_the_next_refinement(responder: OfflineResponder) -> None:
    first = "show me computer networks courses"
    listed = responder.reply(first, History())
    history = History().add(first, listed)
    dropped = responder.reply("ohne den zweiten", history)
    cheaper = responder.reply("und nur online", history.add("ohne den zweiten", dropped))
    assert listed.citations[1].id not in [c.id for c in cheaper.citations]


@pytest.mark.parametrize(
    ("said", "step"),
    [
        ("eine Stufe leichter bitte", -1),
        ("algo un poco más fácil", -1),
        ("vähän helpompia", -1),
        ("un niveau plus bas", -1),
        ("something a level lower", -1),
        ("eine Stufe höher", 1),
        ("algo más avanzado", 1),
        ("un cran plus avancé", 1),
        ("vaativampia kursseja", 1),
        ("anything harder?", 1),
        ("und günstiger?", 0),
        ("welcher ist am leichtesten und welcher am schwierigsten?", 0),
    ],
)
def test_a_level_step_in_every_language(said: str, step: int) -> None:
    assert level_step(said) == step, said


@pytest.mark.parametrize(
    ("first", "then", "level"),
    [
        ("Kurse zu Computer Networks auf Niveau 5", "eine Stufe leichter bitte", 4),
        ("cursos de computer networks de nivel 5", "algo un poco más fácil", 4),
        ("computer networks kursseja tasolla 5", "vähän helpompia", 4),
        ("computer networks courses at level 5", "one level higher please", 6),
    ],
)
def test_a_level_step_moves_the_list_one_level(
    responder: OfflineResponder, first: str, then: str, level: int
) -> None:
    _, answer = _after(responder, first, then)
    cited = [c.id for c in answer.citations]
    assert answer.intent == "refine" and cited == [f"net-{level}"], (then, cited)


@pytest.mark.parametrize(
    "then",
    [
        "like the second one but cheaper",
        "so wie der zweite, aber günstiger?",
        "como el segundo pero más barato",
        "le deuxième mais moins cher ?",
        "kuten toinen mutta halvempi",
    ],
)
def test_like_an_entry_but_cheaper_is_cheaper_than_that_entry(responder: OfflineResponder, then: str) -> None:
    listed, answer = _after(responder, "show me computer networks courses", then)
    second = listed.citations[1]
    costs = {c.id: c.cost for c in CATALOGUE}
    cited = [c.id for c in answer.citations]
    assert answer.intent == "refine", then
    assert cited and all(costs[i] < costs[second.id] for i in cited), (then, second.id, cited)


def test_a_place_outranks_a_title_word_of_another_entry(responder: OfflineResponder) -> None:
    listed, answer = _after(responder, "show me computer networks courses", "what does the third one cost?")
    assert answer.citations[0].id == listed.citations[2].id


@pytest.mark.parametrize(
    "said", ["ilman maksua", "Kurse ohne Kosten", "cursos sin pagar nada", "des cours sans payer"]
)
def test_without_paying_is_free(said: str) -> None:
    p = understand(said)
    assert p.max_cost == 0.0, said


@pytest.mark.parametrize(
    "said",
    [
        "etwas Kostenloses zu Computer Networks",
        "cursos gratis de computer networks",
        "ilmaisia computer networks kursseja",
    ],
)
def test_free_said_with_a_search_is_kept_as_budget_zero(responder: OfflineResponder, said: str) -> None:
    answer = responder.reply(said, History())
    budgets = [c.constraints.budget for c in answer.profile_changes if c.constraints is not None]
    assert answer.intent == "search" and budgets == [0.0], (said, answer.intent, budgets)


@pytest.mark.parametrize(
    "said",
    [
        "Können Sie mir Kurse zum Thema Computer Networks empfehlen, maximal 600 Euro?",
        "Pourriez-vous me conseiller des formations sur les computer networks, 600 euros maximum ?",
    ],
)
def test_courses_asked_for_under_a_ceiling_are_a_search(responder: OfflineResponder, said: str) -> None:
    answer = responder.reply(said, History())
    costs = {c.id: c.cost for c in CATALOGUE}
    assert answer.intent == "search", said
    assert answer.citations and all(costs[c.id] <= 600 for c in answer.citations)


@pytest.mark.parametrize(
    ("said", "lang"),
    [
        ("formation cybersecurite pour pme", "fr"),
        ("cours python pour debutants", "fr"),
        ("courses for beginners", "en"),
        ("cloud security for sme", "en"),
        ("cheap cloud courses", "en"),
    ],
)
def test_unaccented_french_read_as_unsure_english_is_french(said: str, lang: str) -> None:
    assert language.identify(said) == lang, said


def test_a_goals_first_entries_are_no_search_to_refine(responder: OfflineResponder) -> None:
    """A goal set after a search lists its first entries; "something free to start?" filters those, never the
    search before the goal (es-refine21-07: free Python courses after a data-analyst goal)."""
    first = "show me computer networks courses"
    listed = responder.reply(first, History())
    history = History().add(first, listed)
    goal = responder.reply("actually I want to become a data analyst", history)
    starters = [c.id for c in goal.citations]
    assert goal.intent == "set_goal" and starters, (goal.intent, starters)
    assert goal.state.last_query == "" and goal.state.last_results == tuple(starters)


@pytest.mark.parametrize(
    "said", ["free ya sasta kuch computer networks ka batao", "cursos gratis o baratos de computer networks"]
)
def test_free_or_cheap_is_no_budget(responder: OfflineResponder, said: str) -> None:
    answer = responder.reply(said, History())
    assert not [c for c in answer.profile_changes if c.constraints is not None and c.constraints.budget == 0]
