"""Follow-ups that pick from what was shown (issue #12, session 10): where to begin among a list, the hardest
and the closest entry, the language of one entry, a budget said after a list, the plan accepted. The phrasings
here are not those of the dialogue set that revealed the faults (v10-dlg)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from conftest import converse

from pathfinder.assistant import picks
from pathfinder.assistant.offline import OfflineResponder
from pathfinder.domain import Credential, Goal, LearnerProfile, Pathway, Relaxation, Step, Totals
from pathfinder.domain.dialogue import History

DATA = json.loads(Path(__file__).with_name("test_assistant_dialogues.json").read_text(encoding="utf-8"))
CATALOGUE = [Credential(**c) for c in DATA["catalogue"]]
BY_ID = {c.id: c for c in CATALOGUE}
TODAY = date(2026, 3, 2)
PLAN = Pathway(
    goal_label="data analyst",
    steps=(
        Step(id="py-basics", title="Python Basics", start_week=1, end_week=4, hours=20),
        Step(id="sql-analysts", title="SQL for Analysts", start_week=5, end_week=8, hours=20),
    ),
    totals=Totals(hours=40, weeks=8),
    relaxations=(
        Relaxation(constraint="budget", current=50.0, needed=500.0, message="EUR 450 more (EUR 500)."),
        Relaxation(constraint="hours_per_week", current=2.0, needed=6.0, message="6 h/week."),
    ),
)
LEARNER = LearnerProfile(id="l", goal=Goal(label="data analyst", skills=("http://x/s",)))


@pytest.fixture(scope="module")
def responder(make_responder) -> OfflineResponder:
    return make_responder(gap_fn=lambda *a: None, plan_fn=lambda *a, **k: PLAN)


def _ids(*ids: str) -> list[Credential]:
    return [BY_ID[i] for i in ids]


# ------------------------------------------------------------------------------------------- pure rules
def test_where_to_begin_among_a_list_is_what_its_most_relevant_courses_need() -> None:
    # a certificate first, an advanced course needing a basic one, the least relevant entry last at EQF 3
    shown = _ids("cert-data", "viz-intro", "mining-1", "bi-foundations", "trap-1")
    start = picks.start_of(shown, BY_ID.get)
    assert start is not None and start.id == "py-basics"  # what viz-intro (2nd) needs; not trap-1, not cert
    held = picks.start_of(shown, BY_ID.get, held={"py-basics"})
    assert held is not None and held.id == "viz-intro"  # then viz-intro can be taken: the most relevant


def test_where_to_begin_among_certificates_only_is_still_an_answer() -> None:
    start = picks.start_of(_ids("cert-data"), BY_ID.get)
    assert start is not None and start.id == "cert-data"
    assert picks.start_of([], BY_ID.get) is None


def test_the_hardest_entry_is_the_highest_level_course_never_a_certificate() -> None:
    hardest = picks.hardest(_ids("cert-data", "py-basics", "cyber-pro", "sql-analysts"))
    assert hardest is not None and hardest.id == "cyber-pro"


@pytest.mark.parametrize(
    "text",
    ["which of them is the most advanced?", "welcher ist am anspruchsvollsten? der schwierigste?",
     "¿y la más exigente?", "lequel est le plus difficile ?", "mikä on vaativin?", "cái nào khó nhất vậy",
     "इनमें सबसे मुश्किल कौन सा है?", "কোনটা সবচেয়ে কঠিন?"],
)  # fmt: skip
def test_hardest_is_read_in_the_served_languages(text: str) -> None:
    assert picks.asks_hardest(text)


@pytest.mark.parametrize(
    "text", ["which is harder, the first or the second?", "the hard part is time", "khó không?"]
)
def test_a_comparative_or_a_remark_is_no_hardest(text: str) -> None:
    assert not picks.asks_hardest(text)


@pytest.mark.parametrize(
    "text",
    ["ok then which one is nearest to that?", "und was kommt dem am nächsten?", "¿cuál se parece más?",
     "et le plus similaire ?", "mikä olisi samankaltaisin?", "vậy cái nào giống nhất?",
     "सबसे नजदीक वाला कौन सा है?", "তাহলে সবচেয়ে কাছের কোনটা?"],
)  # fmt: skip
def test_closest_is_read_in_the_served_languages(text: str) -> None:
    assert picks.asks_closest(text)


@pytest.mark.parametrize(
    ("text", "one"),
    [("is this one taught in French?", True), ("ist dieser auch auf Englisch?", True),
     ("¿esa se da en inglés?", True), ("celui-ci est en anglais ?", True), ("onko tämä englanniksi?", True),
     ("khóa này học bằng tiếng Anh à?", True), ("are any of them in French?", False),
     ("gibt es die auch auf Englisch?", False), ("lesquels sont en anglais ?", False)],
)  # fmt: skip
def test_one_entry_pointed_at_in_the_singular(text: str, one: bool) -> None:
    assert picks.asks_of_one(text) is one


# -------------------------------------------------------------------------------------- in conversation
@pytest.mark.parametrize(
    "text",
    ["and the most advanced of these?", "welcher davon ist am schwierigsten?", "¿cuál es el más avanzado?",
     "lequel est le plus exigeant ?", "mikä näistä on vaativin?", "cái nào nâng cao nhất?"],
)  # fmt: skip
def test_the_hardest_of_a_list_is_that_entry_not_a_search(responder: OfflineResponder, text: str) -> None:
    learner = LearnerProfile(id="h")
    history = converse(responder, "show me security courses", learner=learner)
    shown = set(history.turns[-1].answer.state.last_results)
    assert "cyber-pro" in shown
    answer = responder.reply(text, history, learner)
    assert answer.intent in ("select", "explain", "refine"), answer.text  # "advanced" may filter by level
    assert answer.citations and answer.citations[0].id == "cyber-pro", answer.text


@pytest.mark.parametrize(
    "text",
    [
        "so which of those should I begin with?",
        "womit sollte ich da anfangen?",
        "¿con cuál empiezo?",
        "je démarre avec lequel ?",
        "mistä niistä aloitan?",
    ],
)
def test_where_to_begin_after_a_list_is_its_foundation_not_a_certificate(
    responder: OfflineResponder, text: str
) -> None:
    learner = LearnerProfile(id="b")
    history = converse(responder, "any data analysis courses?", learner=learner)
    listed = history.turns[-1].answer.state.last_results
    assert listed
    answer = responder.reply(text, history, learner)
    assert answer.citations, answer.text
    first = BY_ID[answer.citations[0].id]
    assert first.kind != "certificate" and not first.prerequisites, answer.text


@pytest.mark.parametrize(
    ("text", "currency"),
    [("I can spend 100 euros at most", "EUR"), ("mein Budget sind höchstens 100 Euro", "EUR"),
     ("puedo gastar como mucho 100 euros", "EUR"), ("je ne peux pas dépasser 100 euros", "EUR"),
     ("voin käyttää enintään 100 euroa", "EUR")],
)  # fmt: skip
def test_a_budget_said_after_a_list_filters_the_list_and_asks_for_no_goal(
    responder: OfflineResponder, text: str, currency: str
) -> None:
    learner = LearnerProfile(id="p")
    history = converse(responder, "show me security courses", learner=learner)
    answer = responder.reply(text, history, learner)
    budget = [c for c in answer.profile_changes if "budget" in c.fields]
    assert budget, answer.text  # the budget is noted
    cited = {c.id for c in answer.citations}
    assert cited and cited <= {"cyber-start", "cyber-de"}, answer.text  # 49 and 95 EUR; not 250 nor 900
    assert answer.pathway is None
    assert set(answer.state.last_results) == cited  # "the first one" now means the first of these


def test_a_budget_nothing_shown_fits_searches_the_subject_within_it(responder: OfflineResponder) -> None:
    learner = LearnerProfile(id="q")
    history = converse(responder, "cloud courses please", learner=learner)
    answer = responder.reply("my budget is 20 euros", history, learner)
    assert any("budget" in c.fields for c in answer.profile_changes)
    assert all((c.cost_eur or 0) <= 20 for c in answer.citations), answer.text


@pytest.mark.parametrize(
    "text",
    ["alright, we'll go with this", "gut, nehmen wir das so", "vale, me quedo con eso",
     "parfait, on garde ça", "hyvä, mennään tällä", "được, theo cái này nhé"],
)  # fmt: skip
def test_accepting_the_plan_with_several_proposals_open_shows_the_plan_not_a_menu(
    responder: OfflineResponder, text: str
) -> None:
    history = converse(responder, "make me a plan", learner=LEARNER)
    assert history.turns[-1].answer.pathway is not None
    answer = responder.reply(text, history, LEARNER)
    assert answer.intent == "plan", answer.text
    assert answer.pathway is not None and answer.pathway.steps, answer.text


def test_naming_a_suggestion_still_asks_which_one(responder: OfflineResponder) -> None:
    history = converse(responder, "make me a plan", learner=LEARNER)
    answer = responder.reply("apply the suggestion", history, LEARNER)
    assert answer.intent == "apply_suggestion", answer.text
    assert answer.pathway is None


@pytest.mark.parametrize(
    "text", ["is this one taught in French?", "und ist dieser auf Französisch?", "celui-ci est en français ?"]
)
def test_the_language_of_one_entry_is_its_card_not_a_filter_nor_a_saved_language(
    responder: OfflineResponder, text: str
) -> None:
    learner = LearnerProfile(id="lang")
    history = converse(responder, "any data analysis courses?", learner=learner)
    top = history.turns[-1].answer.state.last_results[0]
    answer = responder.reply(text, history, learner)
    assert answer.intent in ("explain", "select"), answer.text
    assert not any("languages" in c.fields for c in answer.profile_changes), answer.profile_changes
    assert answer.citations and answer.citations[0].id == top, answer.text


@pytest.mark.parametrize(
    ("text", "name"),
    [("haben Sie die Zertifizierung CISM?", "CISM"), ("¿tienen preparación para el OSCP?", "OSCP"),
     ("मुझे PMP कोर्स चाहिए", "PMP"), ("I already hold CySA+ and ITIL", "CySA+")],
)  # fmt: skip
def test_a_certification_named_by_its_acronym_alone_is_a_name(text: str, name: str) -> None:
    from pathfinder.assistant.grounding import course_names

    assert name in course_names(text)
    assert course_names("is there an sql course for beginners?") == []  # a subject, not a name


def test_something_similar_after_a_missing_name_searches_the_subject_of_the_closest(
    responder: OfflineResponder,
) -> None:
    learner = LearnerProfile(id="m")
    history = converse(responder, "do you offer the CISSP?", learner=learner)
    first = history.turns[-1].answer
    assert "not in the catalogue" in first.text and first.citations, first.text
    answer = responder.reply("anything like that but online?", history, learner)
    assert answer.citations, answer.text  # the subject searched again, never the name that finds nothing
    assert all(c.id.startswith(("cyber", "cloud-security")) for c in answer.citations), answer.text


@pytest.mark.parametrize(
    "text", ["okay, now what?", "gut, was nun?", "¿y ahora qué hago?", "et maintenant ?", "no mitäs nyt?",
             "bây giờ làm gì tiếp?", "अब क्या करना है?", "এখন কী করা উচিত?"]
)  # fmt: skip
def test_what_now_with_a_goal_known_is_the_plan(responder: OfflineResponder, text: str) -> None:
    answer = responder.reply(text, History(), LEARNER)
    assert answer.intent == "plan", answer.text
    assert answer.pathway is not None and answer.pathway.steps


def test_a_title_after_an_article_and_a_course_word_names_that_course(responder: OfflineResponder) -> None:
    # two words of one title ("Business Intelligence") after "im Kurs" say more than any one word elsewhere
    answer = responder.reply("Worum geht es im Kurs Business Intelligence Einführung?", History(), LEARNER)
    assert answer.citations and answer.citations[0].id == "bi-foundations", answer.text


def test_the_x_one_of_a_plan_is_its_one_step_with_that_word(responder: OfflineResponder) -> None:
    history = converse(responder, "make me a plan", learner=LEARNER)
    answer = responder.reply("how much is the python one?", history, LEARNER)
    assert answer.intent in ("explain", "select"), answer.text
    assert answer.citations and answer.citations[0].id == "py-basics", answer.text


@pytest.mark.parametrize(
    "text", ["compare statistics with SQL for me", "can you compare SQL and statistics?"]
)
def test_two_subjects_asked_after_a_list_are_compared_not_a_menu(
    responder: OfflineResponder, text: str
) -> None:
    learner = LearnerProfile(id="c")
    history = converse(responder, "show me security courses", learner=learner)
    answer = responder.reply(text, history, learner)
    assert answer.intent == "compare", answer.text
    cited = {c.id for c in answer.citations}
    assert "sql-analysts" in cited and cited & {"stats-online", "stats-applied"}, answer.text


def test_which_of_those_two_still_asks_for_the_numbers(responder: OfflineResponder) -> None:
    learner = LearnerProfile(id="c2")
    history = converse(responder, "show me security courses", learner=learner)
    answer = responder.reply("compare them, which of those is better?", history, learner)
    assert answer.intent == "compare"
    assert "1" in answer.text and len(answer.citations) >= 2, answer.text


@pytest.mark.parametrize("text", ["und jetzt nur online?", "y ahora en francés?"])
def test_what_now_with_a_change_is_that_change_not_the_same_plan(
    responder: OfflineResponder, text: str
) -> None:
    from pathfinder.assistant.picks import asks_what_now

    assert asks_what_now(text)  # the words are there ...
    history = converse(responder, "make me a plan", learner=LEARNER)
    answer = responder.reply(text, history, LEARNER)
    assert answer.intent in ("refine", "set_constraints"), answer.text  # ... but the change is the act
