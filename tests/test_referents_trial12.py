"""What "it", "that one", "the X one" and "after it" refer to (issue #12, session 17, the classes of the
lead's trial 12): a plan step named by its subject in any language, what follows a named course toward a
direction, an entry picked by its description (a comparison of two shown, a certificate's single courses, how
to print a plan, hours a week, where one of a group starts) and why a step is in a plan. Each failed on the
code before (46a8c63): the last card shown was held, a new goal and plan listed the course's prerequisite,
"which ones?", the cheapest-strategy plan, the card, the same plan again, "to fit your hours per week"."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import answers, converse

from pathfinder.assistant.follow_ons import toward
from pathfinder.assistant.pointing import named_by_subject, subject_words
from pathfinder.assistant.policy import asks_export, asks_single_parts, asks_toward, asks_weekly_hours
from pathfinder.domain import Credential

TODAY = date(2026, 12, 4)  # the dialogue set's today

ML_PLAN = ["diaa-ai-101", "diaa-viz-204", "nda-model-102", "diaa-math-102", "diaa-ml-201", "diaa-isd-304"]


@pytest.fixture(scope="module")
def by_id(bundled_catalogue: list[Credential]) -> dict[str, Credential]:
    return {c.id: c for c in bundled_catalogue}


@pytest.fixture(scope="module")
def bundled(make_responder, bundled_catalogue):
    return make_responder(bundled_catalogue, today=TODAY)


def _ids(creds: list[Credential]) -> list[str]:
    return [c.id for c in creds]


@pytest.mark.parametrize(
    "message, lang",
    [
        ("I already did the maths, skip that one", "en"),
        ("Mathe kann ich schon, überspring das", "de"),
        ("las matemáticas ya las sé, quítalo", "es"),
        ("les maths je connais déjà, saute-le", "fr"),
        ("matikan osaan, ohita", "fi"),
        ("phần toán tôi biết rồi, bỏ qua khóa đó", "vi"),
        ("phan toan toi biet roi, bo qua", "vi"),
        ("गणित वाला कोर्स मैंने कर लिया है, उसे छोड़ दो", "hi"),
        ("অঙ্কের কোর্সটা আমি আগেই করেছি, ওটা বাদ দিন", "bn"),
    ],
)
def test_a_step_is_named_by_its_subject_in_any_language(message, lang, by_id) -> None:
    shown = [by_id[i] for i in ML_PLAN]
    assert _ids(named_by_subject(message, "", lang, shown)) == ["diaa-math-102"]


def test_a_subject_two_steps_carry_names_both_and_none_names_nothing(by_id) -> None:
    shown = [by_id[i] for i in ML_PLAN]
    both = named_by_subject("the machine learning one I've done already", "machine learning", "en", shown)
    assert set(_ids(both)) == {"diaa-math-102", "diaa-ml-201"}
    assert named_by_subject("I already did that one, skip it", "", "en", shown) == []


@pytest.mark.parametrize(
    "message, lang, topic, shown, expected",
    [
        (
            "den Datenbank-Kurs kann ich weglassen",
            "de",
            "datenbank database",
            ["hrd-cloudsec-201", "hrd-clouddb-303", "hrd-iac-202", "hrd-cloudir-301"],
            "hrd-clouddb-303",
        ),
        (
            "la sensibilisation des équipes, je connais déjà, enlève-la",
            "fr",
            "sensibilisation équipes",
            ["inl-rgpd-101", "inl-sensib-104", "inl-pssi-203"],
            "inl-sensib-104",
        ),
        (  # the words as said name the title before their glossary English ("data protection": Database)
            "c'est quoi la différence entre le cours sur le RGPD",
            "fr",
            "cours rgpd",
            ["inl-securite-103", "inl-rgpd-101", "inl-cert-gouv", "nda-dbsec-301"],
            "inl-rgpd-101",
        ),
        (  # a course word ending a Finnish compound leaves its subject; the course before its certificate
            "mikä ero on verkkokurssilla",
            "fi",
            "",
            ["hrd-cloudsec-201", "hrd-cloudnet-203", "hrd-cert-cloudsec", "hrd-cloud-101"],
            "hrd-cloudnet-203",
        ),
    ],
)
def test_inflected_and_compound_subjects_name_their_step(
    message, lang, topic, shown, expected, by_id
) -> None:
    assert _ids(named_by_subject(message, topic, lang, [by_id[i] for i in shown])) == [expected]


def test_what_follows_toward_a_direction_never_lists_its_prerequisite(by_id) -> None:
    everything = list(by_id.values())
    netsec = by_id["ccna-netsec-204"]
    found = toward(netsec, [], everything, subject_words("AI-driven networking security"))
    assert found[0].id == "lcsi-anom-301"
    assert "ccna-net-101" not in _ids(found)
    fundamentals = by_id["ccna-net-101"]
    follows = [by_id[i] for i in ("ccna-route-201", "ccna-netmon-202", "ccna-netauto-203", "ccna-netsec-204")]
    assert toward(fundamentals, follows, everything, subject_words("network automation"))[0].id == (
        "ccna-netauto-203"
    )


@pytest.mark.parametrize(
    "helper, yes, no",
    [
        (
            asks_toward,
            [
                "ok and what comes after it if I want to do AI for networks?",
                "und was kommt danach, wenn ich Richtung Sicherheit will?",
                "¿y después qué puedo hacer si quiero hacer cuadros de mando?",
                "học xong khóa đó thì học gì tiếp nếu tôi muốn làm tự động hóa mạng?",
                "इसके बाद क्या करूँ अगर मुझे नेटवर्क ऑटोमेशन सीखना है?",
                "এটার পরে কী করব যদি নেটওয়ার্ক অটোমেশন শিখতে চাই?",
            ],
            ["what comes after it?", "und danach?"],
        ),
        (
            asks_export,
            [
                "can you give me a plan I can print for them?",
                "kann ich das als PDF haben?",
                "¿me lo puedes pasar en algo para imprimirlo?",
                "saanko tämän tulostettavana?",
                "tôi có thể in lộ trình này ra không?",
                "इसे प्रिंट कर सकते हैं?",
                "এটা কি প্রিন্ট করার মতো করে দেওয়া যায়?",
            ],
            ["I work in infra", "ich will Daten speichern lernen", "can you email me this"],
        ),
        (
            asks_single_parts,
            [
                "zu teuer, gibt's einzelne Kurse daraus?",
                "es muy caro, ¿puedo hacer los cursos sueltos?",
                "je peux suivre juste un de ses cours séparément ?",
                "liian kallis, voiko kursseja ottaa erikseen?",
                "đắt quá, có học riêng từng khóa được không?",
                "এটা অনেক দামি, এর থেকে আলাদা করে শুধু একটা কোর্স করা যায়?",
            ],
            ["zu teuer", "what does it cost?"],
        ),
        (
            asks_weekly_hours,
            [
                "how many hours a week would that be?",
                "Wie viele Stunden pro Woche wären das?",
                "¿cuántas horas a la semana serían?",
                "ça ferait combien d'heures par semaine ?",
                "इसमें हफ्ते में कितने घंटे लगेंगे?",
                "এতে সপ্তাহে কত ঘণ্টা লাগবে?",
            ],
            ["I can do 5 hours a week", "how many hours is it?"],
        ),
    ],
)
def test_the_questions_are_read_in_every_language(helper, yes, no) -> None:
    assert all(helper(m) for m in yes), [m for m in yes if not helper(m)]
    assert not any(helper(m) for m in no), [m for m in no if helper(m)]


def _held(answer) -> list[str]:
    return [
        c.credential.id
        for c in answer.profile_changes
        if c.kind == "hold_credential" and c.credential is not None
    ]


def test_skipping_the_maths_after_the_hardest_was_shown_holds_the_maths(bundled) -> None:
    history = converse(
        bundled,
        "I'm a junior developer with Python. I want to become a machine learning engineer, 8 hours a week, "
        "budget 2000 EUR",
        "which one is the most advanced?",
        "I already did the maths, skip that one",
    )
    last = answers(history)[-1]
    assert last.intent == "skip_step"
    assert _held(last) == ["diaa-math-102"]


def test_what_comes_after_a_named_course_toward_a_direction_is_no_new_plan(bundled) -> None:
    history = converse(
        bundled,
        "Is Network Security Essentials online?",
        "ok and what comes after it if I want to do AI for networks?",
    )
    last = answers(history)[-1]
    cited = [c.id for c in last.citations]
    assert last.pathway is None and last.intent == "explain"
    assert "lcsi-anom-301" in cited and "ccna-net-101" not in cited


def test_a_certificates_single_courses_are_listed_with_prices(bundled) -> None:
    history = converse(
        bundled,
        "Wie teuer ist das Hochschulzertifikat Cloud Security Engineering?",
        "zu teuer, gibt's einzelne Kurse daraus?",
    )
    last = answers(history)[-1]
    assert last.pathway is None
    assert "hrd-iam-202" in [c.id for c in last.citations] and "EUR 540" in last.text


def test_a_plan_to_print_says_where_to_export_it(bundled) -> None:
    history = converse(
        bundled,
        "I advise a group of warehouse workers who want to get into cyber security, 4 h a week, no budget",
        "can you give me a plan I can print for them?",
    )
    last = answers(history)[-1]
    assert "PDF" in last.text and last.pathway is not None


def test_why_the_steps_names_the_goal_skills_each_closes(bundled) -> None:
    history = converse(
        bundled,
        "I'm an adviser. My client wants to become a data analyst, 5 hours a week, please plan it",
        "why that one?",
    )
    last = answers(history)[-1]
    assert last.intent == "why" and "closes gap skills" in last.text
