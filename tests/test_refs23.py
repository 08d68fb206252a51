"""refs23 (session 23, issue #12): what "that one" points at after a pick, a swapped plan step, and goals
named by an area. Each test failed on 2e3cbe7c except the guards marked."""

from __future__ import annotations

from datetime import date

import pytest
from test_assistant_conversation import talk

from pathfinder.assistant.nlu.wanting import needs_skills, without_need_words
from pathfinder.assistant.pointing import asks_certificate_of_one, names_certificate


@pytest.fixture(scope="module")
def bundled(make_responder, bundled_catalogue):
    return make_responder(bundled_catalogue, today=date(2026, 12, 4))


@pytest.mark.parametrize(
    "message",
    [
        "does that one have a recognised certificate?",
        "does it give you a certificate?",
        "¿ese da un certificado reconocido?",
        "ese tiene certificado oficial?",
        "et celui-là, il a un certificat reconnu ?",
        "hat der ein anerkanntes Zertifikat?",
        "gibt es für den ein Zertifikat?",
        "saako siitä virallisen todistuksen?",
        "khóa đó có cấp chứng chỉ được công nhận ko?",
        "cai do co chung chi khong?",
        "क्या वो मान्यता प्राप्त सर्टिफिकेट देता है?",
        "उसका सर्टिफिकेट मान्य है क्या?",
        "ওটার কি স্বীকৃত সার্টিফিকেট আছে?",
    ],
)
def test_a_certificate_asked_of_the_one_pointed_at(message: str) -> None:
    assert names_certificate(message) and asks_certificate_of_one(message)


@pytest.mark.parametrize(
    "message",
    [
        "is that certificate recognised?",
        "what's in the certificate?",
        "¿ese certificado es oficial?",
        "ce certificat est reconnu ?",
        "ist dieses Zertifikat anerkannt?",
        "chứng chỉ đó có được công nhận không?",
        "do any of those give a certificate?",
    ],
)
def test_a_certificate_named_or_asked_of_a_group_is_not_asked_of_one(message: str) -> None:  # guard
    assert not asks_certificate_of_one(message)


@pytest.mark.parametrize(
    "turns",
    [
        [
            "Quiero ser analista de datos",
            "¿y cuál es el más barato de esos?",
            "vale, ¿ese tiene un certificado reconocido?",
        ],
        [
            "quiero trabajar en ciberseguridad",
            "el mas barato de esos cual es",
            "ese tiene certificado oficial?",
        ],
        [
            "Ich möchte in die Cybersicherheit",
            "und der letzte?",
            "gibt es für den ein anerkanntes Zertifikat?",
        ],
        [
            "show me cloud security courses",
            "what's the shortest one",
            "is that one recognised? do i get a certificate from it",
        ],
        [
            "mình muốn học an ninh mạng",
            "khóa ngắn nhất là khóa nào?",
            "khóa đó có cấp chứng chỉ được công nhận ko?",
        ],
    ],
)
def test_that_one_is_the_entry_picked_not_a_certificate_of_the_list(bundled, turns: list[str]) -> None:
    """t18-08: "¿ese tiene un certificado reconocido?" after "the cheapest of those" was answered about the
    list's certificate (ual-cert-datos), not the cheapest course."""
    results, _ = talk(bundled, turns)
    picked, asked = results[-2].answer.citations, results[-1].answer.citations
    assert picked and asked and asked[0].id == picked[0].id, (picked[0].id, [c.id for c in asked])
    assert bundled.tools.get(asked[0].id).kind != "certificate"


def test_the_certificate_of_a_list_is_still_what_the_certificate_means(bundled) -> None:  # guard
    results, _ = talk(bundled, ["Quiero ser analista de datos", "¿el certificado es reconocido?"])
    assert results[-1].answer.citations[0].id == "ual-cert-datos"


@pytest.mark.parametrize(
    ("turns", "said"),
    [
        (
            [
                "plan to become an AI engineer please, 5 hours a week",
                "swap the last one for something online",
            ],
            "It was already online.",
        ),
        (
            ["quiero ser desarrollador web, 6 horas a la semana", "cambia el último por algo en línea"],
            "Ya era en línea.",
        ),
        (
            [
                "je veux devenir développeur web, 6 heures par semaine",
                "remplace le dernier par un cours en ligne",
            ],
            "Il était déjà en ligne.",
        ),
        (["मुझे वेब डेवलपर बनना है, हफ्ते में 6 घंटे", "आखिरी वाले को किसी ऑनलाइन कोर्स से बदल दो"], "पहले से ऑनलाइन"),
    ],
)
def test_a_step_swapped_for_a_format_it_has_says_so_and_what_took_its_place(bundled, turns, said) -> None:
    """t18-20: "swap the last one for something online" re-planned without the (online) last step but said
    neither that it was online already nor what replaced it; "आखिरी वाले को ... बदल दो" re-planned nothing."""
    results, _ = talk(bundled, turns)
    before, after = results[0].answer.pathway, results[1].answer.pathway
    assert before is not None and after is not None
    assert before.steps[-1].id not in {s.id for s in after.steps}
    text = results[1].answer.text
    assert said in text, text
    added = [s.id for s in after.steps if s.id not in set(before.ids)]
    for cid in added:
        assert f"({cid})" in text.split("\n\n")[0]


def test_a_step_removed_without_a_format_says_only_what_changed(bundled) -> None:
    results, _ = talk(bundled, ["I want to be a web developer, 6 hours a week", "I don't want the last one"])
    first = results[1].answer.text.split("\n\n")[0]
    assert "already" not in first and ("In its place:" in first or "one step fewer" in first), first


@pytest.mark.parametrize(
    "turns",
    [
        [
            "on me demande de concevoir des micro-certifications pour nos stagiaires",
            "il y a quelque chose en français ?",
        ],
        ["quiero diseñar microcredenciales para mi centro", "¿hay algo en español?"],
    ],
)
@pytest.mark.xfail(
    strict=True,
    reason="reverted at the session-23 merge: the subject's courses in other languages replaced a beginner's "
    "free French digital-basics list (blind23 b23d-fr-1) and the one Polish course (en-t11own-05)",
)
def test_a_language_with_nothing_on_the_goal_keeps_to_the_goal(bundled, turns: list[str]) -> None:
    """t18-09: "Il y a quelque chose en français ?" of micro-credential design (English only) listed every
    French course (data quality, GDPR, ...) instead of saying none and showing the goal's courses."""
    results, _ = talk(bundled, turns)
    cited = [c.id for c in results[-1].answer.citations]
    assert cited and cited[0].startswith("aec-"), cited
    assert not any(set(bundled.tools.get(c).languages) & {"fr", "es"} for c in cited), cited


def test_a_language_with_courses_on_the_goal_lists_them(bundled) -> None:  # guard
    results, _ = talk(
        bundled, ["je veux travailler dans la protection des données", "il y a quelque chose en français ?"]
    )
    cited = results[-1].answer.citations
    assert cited and bundled.tools.get(cited[0].id).languages == ("fr",), [c.id for c in cited]


@pytest.mark.parametrize(
    "message",
    [
        "I need cloud skills for my job",
        "mir fehlt Wissen in Datenanalyse",
        "necesito habilidades de nube para mi trabajo",
        "il me faut des compétences en cloud pour mon poste",
        "tarvitsen HPC-taitoja väitöskirjaani varten",
        "mình thiếu kiến thức phân tích dữ liệu",
        "मुझे अपनी नौकरी के लिए क्लाउड स्किल्स चाहिए",
        "ডেটা বিশ্লেষণে আমার জ্ঞানের ঘাটতি আছে",
    ],
)
def test_a_need_for_an_areas_skills_is_said(message: str) -> None:
    assert needs_skills(message)


@pytest.mark.parametrize(
    "message",
    [
        "what skills do I need for cloud?",
        "I have good Excel skills",
        "ich kenne mich mit Excel aus",
        "Osaan Pythonia",
    ],
)
def test_skills_held_or_asked_about_are_no_need(message: str) -> None:  # guard
    assert not needs_skills(message)


@pytest.mark.parametrize(
    ("message", "area"),
    [
        ("tarvitsen pilviosaamista työssäni", "pilvi"),
        ("ডেটা বিশ্লেষণে আমার জ্ঞানের ঘাটতি আছে", "ডেটা বিশ্লেষণে"),
        ("mình thiếu kiến thức phân tích dữ liệu", "phân tích dữ liệu"),
    ],
)
def test_the_words_of_a_need_are_no_part_of_the_area(message: str, area: str) -> None:
    assert area in without_need_words(message)
    assert not needs_skills(without_need_words(message))


@pytest.mark.parametrize(
    ("message", "words"),
    [
        ("I need cloud skills for my job", ("cloud",)),
        ("ich brauche Cloud-Kenntnisse für meinen Job", ("cloud",)),
        ("necesito habilidades de nube para mi trabajo", ("cloud",)),
        ("il me faut des compétences en cloud pour mon poste", ("cloud",)),
        ("tarvitsen pilviosaamista työssäni", ("cloud",)),
        (
            "Olen väitöskirjatutkija fysiikassa ja tarvitsen HPC-taitoja, laskentaklusterit ovat uusia",
            ("high performance", "hpc"),
        ),
        ("mình thiếu kiến thức phân tích dữ liệu", ("data",)),
    ],
)
def test_a_need_for_an_areas_skills_sets_the_goal_and_plans_on_it(bundled, message: str, words) -> None:
    """t18-12: "tarvitsen HPC-taitoja ..." set no goal; "I need cloud skills for my job" was a search."""
    results, _ = talk(bundled, [message, "plan it, 6 hours a week"])
    goal = results[0].profile.goal
    assert goal is not None and any(w in goal.label.casefold() for w in words), goal
    assert results[0].answer.intent == "set_goal"
    assert "client" not in results[0].answer.text.casefold()  # "il me faut": the speaker's own need
    if goal.label.casefold() == "cloud" and message.startswith(("necesito", "il me faut", "tarvitsen")):
        return  # the cloud area's plan in Spanish, French or Finnish: see the xfail below
    plan = results[1].answer.pathway
    assert plan is not None and plan.steps, results[1].answer.text[:300]


@pytest.mark.xfail(
    strict=True, reason="left: the cloud area's skill cluster comes from German courses (as on 2e3cbe7c)"
)
def test_the_cloud_area_plans_in_spanish(bundled) -> None:
    """Pre-existing: "quiero trabajar en la nube" then a plan at 5 h a week plans nothing in Spanish or
    English (the area's skills are those of the German cloud courses); refs23 left it."""
    results, _ = talk(bundled, ["quiero trabajar en la nube", "hazme un plan, 5 horas por semana"])
    plan = results[1].answer.pathway
    assert plan is not None and plan.steps


def test_a_need_with_a_deadline_and_languages_is_a_search_within_them(bundled) -> None:  # guard
    """de-trans18-11 (tune): a need said with its limits asks for courses, as on the base."""
    results, _ = talk(
        bundled, ["brauche bis oktober DSGVO-wissen für die arbeit, englisch oder französisch ist ok"]
    )
    assert results[0].answer.intent == "search", results[0].answer.intent
