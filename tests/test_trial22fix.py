"""Lead trial 22's classes given to trial22fix (issue #12, session 26); each behavioural test fails on
4488fa65 (the guards, marked below, pass on both).

- An adviser with several clients in one chat: "second: Tom, 19, no degree, …" was read as a skip of the
  current client's second plan step and destroyed her plan. A new client named in the chat ("next client: …",
  "another one: …", "second: …", "now for X, …", in the eight languages) never changes the current client's
  profile or plan; the reply says how to open the new client's profile (`nlu.other_client.new_client`,
  `offline.clients.another_client_reply`), and "back to <name> - her plan?" is answered for what follows the
  return (`nlu.other_client.after_return`).
"""

from __future__ import annotations

from datetime import date

import pytest
from conftest import answers, converse

from pathfinder.assistant.nlu.other_client import after_return, current_client_name, new_client
from pathfinder.assistant.nlu.slots import speaks_of_someone_else, tokens

TODAY = date(2026, 12, 7)


@pytest.fixture(scope="module")
def responder(make_responder, bundled_catalogue):
    return make_responder(bundled_catalogue, today=TODAY)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("next client: Olivia, 37, bus driver, wants to learn networking", "Olivia"),
        ("another one - Sam, 52, wants to get into IT support", "Sam"),
        ("third: Grace, 26, no degree, she wants web design", "Grace"),
        ("now for Ravi, he is 31 and wants to learn cloud", "Ravi"),
        ("Nächste Klientin: Petra, 50, möchte in die IT", "Petra"),
        ("Zweitens: Jonas, 19, will was mit Computern", "Jonas"),
        ("Otra clienta: Lucía, 30 años, quiere aprender redes", "Lucía"),
        ("Segundo: Pedro, 22 años, quiere algo de informática", "Pedro"),
        ("Cliente suivante : Karim, 24 ans, veut faire du réseau", "Karim"),
        ("Troisième : Léa, 41 ans, veut apprendre le cloud", "Léa"),
        ("Seuraava asiakas: Mikko, 40 vuotta, haluaa pilvipalveluihin", "Mikko"),
        ("Khách hàng tiếp theo: Minh, 25 tuổi, muốn học lập trình", "Minh"),
        ("अगला क्लाइंट: रवि, 22 साल, नेटवर्किंग सीखना चाहता है", "रवि"),
        ("পরের ক্লায়েন্ট: রিনা, ৩০ বছর, ক্লাউড শিখতে চায়", "রিনা"),
    ],
)
def test_another_client_is_read_with_their_name(text: str, name: str) -> None:
    found = new_client(text, about_client=True)
    assert found is not None and found.name == name


@pytest.mark.parametrize(
    "text",
    [
        "the second one: is it online?",
        "skip the second one",
        "now for Python, what do you have?",
        "what about another one in German?",
        "I am a new learner and want to study cloud",
        "la segunda, ¿es gratis?",
        "le deuxième, il coûte combien ?",
        "toinen: onko se verkossa?",
    ],
)
def test_no_new_client_in_a_question_about_what_was_shown(text: str) -> None:
    """Guard (no such reader on 4488fa65): an ordinal or "another one" about a list is no person."""
    assert new_client(text, about_client=True) is None


def test_the_current_clients_name_and_the_return_to_them() -> None:
    assert current_client_name(["I see three people today. First: Hannah, 44, cook"]) == "Hannah"
    assert after_return("back to Hannah - what should she do first?") == "what should she do first?"
    assert after_return("Zurück zu Petra, was kostet ihr Plan?") == "was kostet ihr Plan?"
    assert after_return("revenons à Karim : son parcours ?") == "son parcours ?"
    assert after_return("back to basics: what is SQL?") is None


def test_a_french_advisers_beneficiaire_is_a_client() -> None:
    assert speaks_of_someone_else(tokens("ma bénéficiaire Inès, 28 ans, veut devenir développeuse web"))


_SECOND_CLIENT = [
    (
        "I'm a careers adviser. My client Hannah, 44, cook, wants to become a data analyst, 6 hours a week",
        "second: Leo, 20, no degree, wants something with computers, no money",
    ),
    (
        "I'm a careers adviser. My client Hannah, 44, cook, wants to become a data analyst, 6 hours a week",
        "now for Leo, he is 20 and wants cyber security, no budget",
    ),
    (
        "Ich bin Berufsberater. Meine Klientin Petra, 47, Köchin, möchte Datenanalystin werden, 6 Stunden "
        "pro Woche",
        "Zweitens: Jonas, 19, will was mit Computern, kein Geld",
    ),
    (
        "Soy orientador. Mi clienta Rosa, 44, cocinera, quiere ser analista de datos, 6 horas a la semana",
        "Segundo: Pedro, 22 años, quiere algo de informática, sin dinero",
    ),
    (
        "Je suis conseiller. Ma bénéficiaire Inès, 44 ans, cuisinière, veut devenir analyste de données, "
        "6 h par semaine",
        "Troisième : Léa, 41 ans, veut apprendre le cloud, pas de budget",
    ),
    (
        "Olen uraohjaaja. Asiakkaani Liisa, 44, kokki, haluaa data-analyytikoksi, 6 tuntia viikossa",
        "Toinen: Mikko, 40 vuotta, haluaa pilvipalveluihin, ei rahaa",
    ),
    (
        "Tôi là tư vấn viên. Khách hàng của tôi là chị Mai, 44 tuổi, đầu bếp, muốn trở thành chuyên viên "
        "phân tích dữ liệu, 6 giờ mỗi tuần",
        "Người thứ hai: Minh, 25 tuổi, muốn học lập trình, không có tiền",
    ),
    (
        "मैं करियर काउंसलर हूँ। मेरी क्लाइंट सीमा, 44 साल, रसोइया, डेटा एनालिस्ट बनना चाहती है, हफ्ते में 6 घंटे",
        "दूसरा: रवि, 22 साल, नेटवर्किंग सीखना चाहता है, पैसे नहीं",
    ),
    (
        "আমি ক্যারিয়ার কাউন্সেলর। আমার ক্লায়েন্ট শিলা, ৪৪ বছর, রাঁধুনি, ডেটা অ্যানালিস্ট হতে চায়, সপ্তাহে ৬ ঘণ্টা",
        "দ্বিতীয়: রিনা, ৩০ বছর, ক্লাউড শিখতে চায়, টাকা নেই",
    ),
]


@pytest.mark.parametrize(("first", "second"), _SECOND_CLIENT)
def test_a_second_client_never_changes_the_current_clients_profile_or_plan(responder, first, second) -> None:
    history = converse(responder, first, "make a plan for her")
    before = history.state
    assert before.last_pathway is not None
    after = responder.reply(second, history, None)
    assert not after.profile_changes
    assert after.state.pending == before.pending
    assert after.state.last_pathway == before.last_pathway
    assert "Advisor" in after.text  # a learner's own chat: that it has no Advisor page (session 27)


def test_back_to_the_first_client_shows_her_plan_unchanged(responder) -> None:
    first, second = _SECOND_CLIENT[0]
    history = converse(responder, first, "make a plan for her", second)
    planned = answers(history)[1].pathway
    back = answers(converse(responder, first, "make a plan for her", second, "back to Hannah - her plan?"))
    assert planned is not None and back[-1].pathway is not None
    assert [s.id for s in back[-1].pathway.steps] == [s.id for s in planned.steps]


@pytest.mark.parametrize(
    "text",
    ["अब डेटा एनालिस्ट बनना चाहता हूँ", "এবার আমার জন্য একটা পরিকল্পনা বানাও", "अब मेरे लिए प्लान बनाओ"],
)
def test_now_for_oneself_is_no_new_client(text: str) -> None:
    """Guard: "now I want…", "now a plan for me" in Hindi and Bengali speak of the speaker."""
    assert new_client(text, about_client=True) is None


@pytest.mark.parametrize(
    ("text", "name"),
    [("अब रवि के लिए, वह 22 साल का है", "रवि"), ("এবার রিনার জন্য, ও ক্লাউড শিখতে চায়", "রিনা")],
)
def test_now_for_someone_in_hindi_and_bengali(text: str, name: str) -> None:
    found = new_client(text, about_client=True)
    assert found is not None and found.name == name


@pytest.mark.parametrize("last", ["back to Hannah", "yes please"])
def test_back_to_her_alone_or_a_yes_shows_her_plan(responder, last: str) -> None:
    first, second = _SECOND_CLIENT[1]
    said = answers(converse(responder, first, "make a plan for her", second, last))
    assert said[-1].pathway is not None and said[1].pathway is not None
    assert [s.id for s in said[-1].pathway.steps] == [s.id for s in said[1].pathway.steps]
    assert said[-1].intent == "plan"


def test_experience_is_background_never_the_subject() -> None:
    from pathfinder.assistant.intents import Parsed
    from pathfinder.assistant.search_topic import subject

    def topic(words: str, lang: str = "en") -> str:
        p = Parsed(text=words, predicted="search", confidence=0.9, ranked=(), lang=lang, topic=words)
        return subject(p, lambda w: True, lambda text: [])

    assert topic("cyber security experience") == "cyber security"
    assert topic("ciberseguridad experiencia", "es") == "ciberseguridad"
    assert topic("netzwerke erfahrung", "de") == "netzwerke"
    assert topic("user experience design") == "user experience design"  # guard: a field named with it


@pytest.mark.parametrize(
    "message",
    ["which course for web design? I have 0 experience", "best course for networking, zero experience"],
)
def test_a_search_with_no_experience_searches_the_subject_only(responder, message: str) -> None:
    said = answers(converse(responder, message))[0]
    assert said.query is not None and "experience" not in said.query


@pytest.mark.parametrize(
    "message",
    ["skip the Excel one", "leave out the SQL one please", "quita el de Excel", "Excel वाला हटा दो"],
)
def test_a_step_skipped_with_no_plan_says_there_is_no_plan(responder, message: str) -> None:
    said = answers(converse(responder, "I want to become a data analyst", message))[-1]
    assert said.intent == "skip_step" and said.pathway is None
    assert not said.citations


@pytest.mark.parametrize(
    "message",
    [
        "I want something with computers, but I know nothing",
        "me gustaría algo de informática, pero no sé nada",
        "je veux travailler avec les ordinateurs, mais je n'y connais rien",
        "ich will was mit Computern machen, aber ich kann gar nichts",
        "Haluan tehdä jotain tietokoneiden parissa, mutta en osaa mitään",
    ],
)
def test_computers_then_knowing_nothing_is_new_to_computers(message: str) -> None:
    from pathfinder.assistant.nlu.audience import learner_lacks

    assert learner_lacks(message, None).computers


def test_a_beginner_with_computers_starts_with_the_digital_basics(responder) -> None:
    said = answers(converse(responder, "soy reponedor y me gustaría algo de informática, pero no sé nada"))[0]
    ids = [c.id for c in said.citations]
    assert ids and ids[0] in ("glcc-dl-101", "glcc-solve-105") or ids[0].startswith("ual-")
    assert not {"ccna-email-103", "lcsi-ne-201", "nda-de-101", "glcc-help-201"} & set(ids)


def test_a_named_course_skipped_with_no_plan_says_there_is_no_plan(responder) -> None:
    goal, skip = "I'd like to become a web developer", "can we skip the javascript one"
    said = answers(converse(responder, goal, skip))
    assert said[-1].intent == "skip_step" and not said[-1].citations


@pytest.mark.parametrize(
    "message",
    [
        "what courses do you have about prompt engineering?",
        "Habt ihr Kurse zu Prompt Engineering?",
        "¿tienen algún curso de prompt engineering?",
        "do you have anything on generative AI?",
    ],
)
def test_a_narrower_subject_is_not_covered_by_name(responder, message: str) -> None:
    """A narrower subject of the AI principles, noted so in aliases.csv, is said not to be covered by name,
    the AI courses after it; never the software/data engineering certificates."""
    said = answers(converse(responder, message))[0]
    ids = {c.id for c in said.citations}
    assert "**prompt engineering**" in said.text or "**generative AI**" in said.text
    assert not ids & {"lit-cert-swe", "nda-cert-de", "padr-reverse-302"}


def test_an_untaught_subject_asked_with_words_between_is_said_missing(responder) -> None:
    """Guard (passes on 4488fa65 too: "quantum" is read as untaught there by another path)."""
    said = answers(converse(responder, "what courses do you have about quantum computing?"))[0]
    assert "**quantum computing**" in said.text


@pytest.mark.parametrize(
    "message",
    [
        "my client, 60, is nervous around computers",
        "Meine Klientin hat Angst vor Computern",
        "a mi clienta le dan miedo los ordenadores",
        "elle a peur de l'ordinateur",
        "hän pelkää tietokoneita",
        "chị ấy sợ máy tính",
        "उसे कंप्यूटर से डर लगता है",
        "ও কম্পিউটারে ভয় পায়",
    ],
)
def test_afraid_of_computers_is_uneasy_with_them(message: str) -> None:
    from pathfinder.assistant.nlu.audience import learner_lacks

    assert learner_lacks(message, None).computer_ease


def test_an_anxious_client_starts_with_the_digital_basics_and_her_plan_is_made(responder) -> None:
    said = answers(
        converse(
            responder,
            "my client is 57, she worked in a bakery and is scared of computers. what first?",
            "can you print her plan?",
        )
    )
    first = [c.id for c in said[0].citations]
    assert first and not {"lit-prog-101", "glcc-code-107"} & set(first)
    assert said[1].pathway is not None and said[1].pathway.steps


@pytest.mark.parametrize(
    "ask",
    [
        "can you sum it up for my records?",
        "Kannst du mir eine Zusammenfassung für die Akte machen?",
        "¿me haces un resumen para su expediente?",
        "un récapitulatif pour son dossier ?",
        "yhteenveto suunnitelmasta, kiitos",
        "tóm tắt giúp tôi",
        "इसका सारांश दीजिए",
        "একটা সারসংক্ষেপ দিন",
    ],
)
def test_a_summary_after_a_plan_sums_up_the_plan(responder, ask: str) -> None:
    goal = "I want to become a data analyst, 6 hours a week"
    said = answers(converse(responder, goal, "make me a plan", ask))
    plan = said[1].pathway
    assert plan is not None and plan.steps
    assert {s.id for s in plan.steps} <= {c.id for c in said[-1].citations}
    assert said[-1].intent == "explain" and said[-1].pathway is None  # summed up, not planned again
