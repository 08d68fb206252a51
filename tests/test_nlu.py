"""The understanding layer (issue #12): language identification, the intent classifier's accuracy on the
held-out split of its own labelled utterances, and slots in each served language."""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import date

import pytest

from pathfinder.assistant.nlu.classifier import default_classifier, load_utterances
from pathfinder.assistant.nlu.encoder import encode
from pathfinder.assistant.nlu.language import identify
from pathfinder.assistant.nlu.slots import extract
from pathfinder.assistant.nlu.understand import understand

TODAY = date(2026, 12, 4)


@pytest.mark.parametrize(
    "text, code",
    [
        ("I would like to become a data analyst next year", "en"),
        ("Ich möchte gerne Datenanalystin werden", "de"),
        ("Quiero ser analista de datos el año que viene", "es"),
        ("Je voudrais devenir analyste de données", "fr"),
        ("Haluaisin opiskella data-analyytikoksi ensi vuonna", "fi"),
        ("Tôi muốn trở thành nhà phân tích dữ liệu", "vi"),
        ("मैं डेटा एनालिस्ट बनना चाहता हूँ", "hi"),
        ("আমি ডেটা অ্যানালিস্ট হতে চাই", "bn"),
        # Vietnamese typed without diacritics (lingua alone says French), and neighbours that share a word
        ("minh muon lam data analyst, moi tuan hoc dc 4 tieng", "vi"),
        ("toi muon hoc phan tich du lieu", "vi"),
        ("mulla on toi kurssi vielä kesken", "fi"),
        ("je voudrais devenir data analyst en moins de six mois", "fr"),
    ],
)
def test_language_of_a_sentence(text: str, code: str) -> None:
    assert identify(text) == code


def test_a_short_message_keeps_the_conversations_language() -> None:
    assert identify("ok", "fi") == "fi"
    assert identify("SQL?", "de") == "de"
    assert identify("Hallo!") == "de" and identify("moi") == "fi"


@pytest.mark.parametrize(
    "text, code",
    [
        ("c'est trop long", "fr"),
        ("trop cher", "fr"),
        ("zu teuer", "de"),
        ("muy caro", "es"),
        ("too long", "en"),
    ],
)
def test_a_short_complaint_opening_a_conversation_gets_its_own_language(text: str, code: str) -> None:
    """With no earlier message to lean on, lingua's unclear verdict on a few words (it ranks English first for
    "c'est trop long") gives way to the one language whose everyday words the message uses."""
    assert identify(text) == code


def test_intent_accuracy_on_the_held_out_utterances() -> None:
    """The shipped model is trained on the train split only; the held-out split must stay above the floor."""
    held = [r for r in load_utterances() if r["split"] == "test"]
    predictions = default_classifier().predict_embedded(encode([r["text"] for r in held]))
    right = [p.intent == r["intent"] for p, r in zip(predictions, held)]
    by_language: dict[str, list[bool]] = defaultdict(list)
    for ok, r in zip(right, held):
        by_language[r["lang"]].append(ok)
    assert len(held) >= 100
    assert sum(right) / len(right) >= 0.85
    assert all(sum(v) / len(v) >= 0.7 for v in by_language.values()), {
        k: sum(v) / len(v) for k, v in by_language.items()
    }


def test_the_utterance_set_covers_every_intent_in_every_language() -> None:
    rows = load_utterances()
    languages = {"en", "de", "es", "fr", "fi", "vi", "hi", "bn"}
    for intent in {r["intent"] for r in rows}:
        assert {r["lang"] for r in rows if r["intent"] == intent} == languages, intent


@pytest.mark.parametrize(
    "text, expected",
    [
        ("I can do 2 hours a day on weekdays", dict(hours_per_week=10.0)),
        ("20 hours per month is all i can manage", dict(hours_per_week=4.5)),
        ("30 mins a day", dict(hours_per_week=3.5)),
        ("ich habe etwa 5 Stunden pro Woche", dict(hours_per_week=5.0)),
        ("मेरे पास हफ्ते में 5 घंटे हैं", dict(hours_per_week=5.0)),
        ("আমার সপ্তাহে ৫ ঘণ্টা সময় আছে", dict(hours_per_week=5.0)),
        ("mỗi ngày em chỉ học được 1 tiếng", dict(hours_per_week=7.0)),
        ("minulla on 5 tuntia viikossa", dict(hours_per_week=5.0)),
        ("no more than 800 dollars", dict(amount=800.0, currency="USD")),
        ("mein Budget: 1.200 €", dict(amount=1200.0, currency="EUR")),
        ("budjetti max 1 000 €", dict(amount=1000.0, currency="EUR")),
        ("₹ 5000", dict(amount=5000.0, currency="INR")),
        ("50k VND", dict(amount=50000.0, currency="VND")),
        ("ngân sách khoảng 5 triệu đồng", dict(amount=5_000_000.0, currency="VND")),
        ("আমার বাজেট ৩০০০ টাকা", dict(amount=3000.0, currency="BDT")),
        ("I'd like to be finished within half a year", dict(deadline=date(2027, 6, 4), weeks=26)),
        ("needs to be done before the summer", dict(deadline=date(2027, 5, 31))),
        ("bis Ende Juni muss ich fertig sein", dict(deadline=date(2027, 6, 30))),
        ("tiene que ser antes de septiembre", dict(deadline=date(2027, 8, 31))),
        ("pitää valmistua ennen kesää", dict(deadline=date(2027, 5, 31))),
        ("tôi phải xong trước tháng sáu", dict(deadline=date(2027, 5, 31))),
        ("मुझे जून से पहले खत्म करना है", dict(deadline=date(2027, 5, 31))),
        ("জুনের আগে শেষ করতে হবে", dict(deadline=date(2027, 5, 31))),
        ("dans 3 mois", dict(weeks=13)),
        ("done by 15 March 2027", dict(deadline=date(2027, 3, 15))),
        ("remote only please", dict(participation=("online",))),
        ("solo en línea por favor", dict(participation=("online",))),
        ("uniquement à distance, et gratuit si possible", dict(participation=("online",), free=True)),
        ("in English please", dict(wanted_languages=("en",))),
        ("I speak Polish and English", dict(spoken_languages=("pl", "en"))),
        ("my client is a logistics clerk", dict(third_person=True)),
        # session 6: a rate word further back, units in other forms, number words, "đô", negated languages
        ("ehdin opiskella noin 12 tuntia kuussa", dict(hours_per_week=3.0)),
        ("mỗi tháng mình học được khoảng 26 tiếng", dict(hours_per_week=6.0)),
        ("j'ai une dizaine d'heures par semaine", dict(hours_per_week=10.0)),
        ("con 6 horas semanales", dict(hours_per_week=6.0)),
        ("tối đa 300 đô", dict(amount=300.0, currency="USD")),
        ("trước mùa hè phải xong", dict(deadline=date(2027, 5, 31))),
        ("trước mùa xuân", dict(deadline=date(2027, 2, 28))),
        ("hablo portugués, no inglés", dict(spoken_languages=("pt",))),
        ("en inglés por favor", dict(wanted_languages=("en",))),
    ],
)
def test_slots(text: str, expected: dict) -> None:
    slots = extract(text, TODAY)
    for key, value in expected.items():
        assert getattr(slots, key) == value, (key, getattr(slots, key))


def test_free_time_is_not_free_of_charge() -> None:
    assert not extract("in my free time", TODAY).free


@pytest.mark.parametrize(
    "message, check",
    [
        (
            "I'd like to be finished within half a year",
            lambda p: p.goal_text is None and p.deadline is not None,
        ),
        ("I'm a bookkeeper and want to learn data visualisation", lambda p: p.current_role == "bookkeeper"),
        (
            "my client is a logistics clerk who wants to move into cybersecurity",
            lambda p: (
                p.third_person
                and p.clause_goal == "cybersecurity"
                and "logistics clerk" in (p.clause_role or "")
            ),
        ),
        ("I speak Polish and English", lambda p: p.spoken_languages == ("pl", "en") and p.languages == ()),
        ("háblame del primero", lambda p: p.ordinals == (1,)),
        ("dale, el plan", lambda p: p.plan_cue),
        ("kann man das günstiger machen?", lambda p: "cheaper" in p.refinements),
        # Vietnamese without diacritics: the cue is read, and its words are no topic
        ("re hon khong?", lambda p: p.lang == "vi" and "cheaper" in p.refinements and not p.topic),
        ("nhanh hon dc ko", lambda p: p.lang == "vi" and "shorter" in p.refinements and not p.topic),
        # "đang làm" (currently working as) states the job, not the goal or a skill
        (
            "em đang làm IT helpdesk, muốn lên làm chuyên viên bảo mật",
            lambda p: p.current_role == "it helpdesk" and "helpdesk" not in (p.clause_goal or ""),
        ),
    ],
)
def test_understanding_of_whole_messages(message: str, check) -> None:
    assert check(understand(message, TODAY))


@pytest.mark.parametrize(
    "message, role",
    [
        ("soy orientador, tengo un usuario que es camionero y quiere pasarse a la informática", "camionero"),
        ("tôi là cố vấn, khách hàng của tôi là kế toán muốn học dữ liệu", "kế toán"),
        ("je suis conseiller ; mon bénéficiaire est cariste et veut changer de métier", "cariste"),
    ],
)
def test_an_advisers_client_job_is_the_role_not_the_advisers_own(message: str, role: str) -> None:
    assert understand(message, TODAY).current_role == role


def test_a_denied_language_is_neither_spoken_nor_wanted() -> None:
    p = understand("hablo español y francés, no inglés. ¿Algo sobre redes?", TODAY)
    assert p.spoken_languages == ("es", "fr") and "en" not in p.languages


def test_a_study_format_is_never_part_of_the_goal() -> None:
    p = understand("tôi muốn trở thành kỹ sư mạng, học online thôi", TODAY)
    assert p.goal_english == "network engineer"


def test_a_course_just_finished_is_no_goal_clause() -> None:
    p = understand("I just completed Networking Fundamentals. what now?", TODAY)
    assert p.done_cue and not p.clause_goal


def test_no_training_utterance_is_a_turn_of_the_evaluation_set() -> None:
    from pathlib import Path

    dialogues = Path(__file__).parents[1] / "evals" / "dialogues" / "dialogues.jsonl"
    turns = {
        t.strip().casefold()
        for line in dialogues.read_text(encoding="utf-8").splitlines()
        if line.strip()
        for t in json.loads(line)["turns"]
    }
    copied = [r["text"] for r in load_utterances() if r["text"].strip().casefold() in turns]
    assert copied == []


@pytest.mark.parametrize(
    "message, check",
    [
        ("ngan sach toi da 5 trieu dong", lambda p: p.budget == 5_000_000 and p.currency == "VND"),
        ("truoc thang 6 em muon xong", lambda p: p.deadline is not None and p.deadline.month == 5),
        ("moi ngay em hoc duoc 1 tieng", lambda p: p.hours_per_week == 7 and not p.topic),
        ("khoa hoc mien phi ve python", lambda p: p.max_cost == 0 and p.topic == "python"),
    ],
)
def test_vietnamese_slots_typed_without_diacritics(message: str, check) -> None:
    assert check(understand(message, TODAY, "vi"))


def test_diacritics_are_given_back_only_to_unaccented_vietnamese_slot_words() -> None:
    from pathfinder.assistant.nlu.slots import restore_vietnamese

    assert restore_vietnamese("5 trieu dong truoc thang 6") == "5 triệu đồng trước tháng 6"
    assert restore_vietnamese("rẻ hơn không, thang 6") == "rẻ hơn không, thang 6"  # typed with diacritics


@pytest.mark.parametrize(
    "message, earlier, check",
    [
        # colloquial follow-ups: the cue is read and its words are no topic (a topic would search instead)
        ("c'est possible moins cher ?", "fr", lambda p: "cheaper" in p.refinements and not p.topic),
        ("un truc plus rapide ?", "fr", lambda p: "shorter" in p.refinements and not p.topic),
        ("onks nopeampaa?", "fi", lambda p: "shorter" in p.refinements),
        ("halvempi vaihtoehto?", "fi", lambda p: "cheaper" in p.refinements and not p.topic),
        # jobs in learners' words
        ("je veux bosser comme admin sys", None, lambda p: "system administrator" in (p.goal_english or "")),
        ("je voudrais taffer dans la cyber", None, lambda p: "cybersecurity" in (p.goal_english or "")),
        ("em muon lam ky su du lieu", None, lambda p: p.lang == "vi" and p.goal_english == "data engineer"),
    ],
)
def test_colloquial_french_finnish_and_vietnamese(message: str, earlier: str | None, check) -> None:
    assert check(understand(message, TODAY, earlier))


@pytest.mark.parametrize("message", ["len lo trinh giup toi", "lên lộ trình giúp tôi"])
def test_a_vietnamese_plan_request_asks_for_the_plan_and_names_no_topic(message: str) -> None:
    p = understand(message, TODAY, "vi")
    assert p.plan_cue and not p.topic


def test_a_wish_read_as_a_statement_is_a_goal_not_the_job_held() -> None:
    p = understand("mä haluisin koodariks", TODAY)
    # the spoken translative is read written out since session 26 (`regional.standard_finnish`)
    assert p.clause_goal == "koodariksi" and not p.clause_role and not p.current_role


@pytest.mark.parametrize("message", ["trước Tết em muốn xong", "moi tuan 5 tieng, truoc tet xong duoc ko"])
def test_before_tet_is_the_end_of_january(message: str) -> None:
    assert understand(message, TODAY, "vi").deadline == date(2027, 1, 31)


def test_colloquial_finnish_free() -> None:
    assert extract("onks jotain ilmasta?", TODAY).free


@pytest.mark.parametrize(
    "message, role",
    [
        ("jbosse dans la logistique mais jveux passer dans la data", "logistique"),
        ("je bosse en compta depuis 10 ans et j'aimerais passer data analyst", "compta"),
    ],
)
def test_the_job_held_said_casually_in_french(message: str, role: str) -> None:
    assert understand(message, TODAY).current_role == role


@pytest.mark.parametrize(
    "message",
    [
        "I can't pay anything",
        "he has about 6 hours a week and can't pay anything himself",
        "no puede pagar nada",
        "ich kann nichts bezahlen",
        "ich habe kein Geld",
        "je ne peux rien payer",
        "en voi maksaa mitään",
        "tôi không trả được tiền",
        "मेरे पास कोई पैसा नहीं है",
        "আমার কাছে টাকা নেই",
    ],
)
def test_paying_nothing_is_a_budget_of_zero_in_every_language(message: str) -> None:
    p = understand(message, TODAY)
    assert p.budget == 0.0 and p.max_cost == 0.0, (p.budget, p.max_cost)
    # the pay words are constraints, not a subject to search for (English keeps the rules' reading)
    if p.lang != "en":
        assert not {"pagar", "bezahlen", "geld", "payer", "maksaa", "trả", "पैसा", "টাকা"} & set(p.topic.split())


@pytest.mark.parametrize(
    "message", ["he can't pay much, 500 euros max", "I can't pay much", "I don't care about money"]
)
def test_a_small_budget_or_indifference_is_not_zero(message: str) -> None:
    p = understand(message, TODAY)
    assert p.budget != 0.0 and p.max_cost != 0.0, (p.budget, p.max_cost)


@pytest.mark.parametrize("message", ["j'en ai marre de mon boulot", "je n'ai pas d'argent", "j'ai 40 ans"])
def test_french_ai_the_verb_is_not_artificial_intelligence(message: str) -> None:
    p = understand(message, TODAY)
    assert "artificial" not in p.topic and "intelligence" not in p.topic, p.topic


def test_ai_after_an_article_in_french_is_still_artificial_intelligence() -> None:
    assert "artificial intelligence" in understand("je veux travailler dans l'AI", TODAY).topic


@pytest.mark.parametrize(
    "message",
    [
        "je veux me reconvertir dans le numérique",
        "J'accompagne une aide-soignante qui veut se reconvertir dans le numérique",
    ],
)
def test_a_career_change_into_digital_is_an_area_goal(message: str) -> None:
    p = understand(message, TODAY)
    assert p.goal_english == "digital" and "reconvertir" not in (p.clause_goal or ""), p


def test_end_up_as_is_a_cue_not_part_of_the_job() -> None:
    p = understand("My client manages a clothing store and would like to end up as a BI developer", TODAY)
    assert p.clause_goal == "bi developer" and p.goal_english == "data warehouse developer", p
