"""Never a dead end, whatever the understanding returns: generated conversations in all eight languages (vague
openings, goals, limits, follow-ups, named and invented courses, noise, typos, mixed languages) each get
a reply that cites a credential, shows a plan or asks a question in its own words (`dead_ends.acts`, strict),
with no traceback; every cited id exists; "out of scope" always says what the assistant can do."""

from __future__ import annotations

import json
import random
import unicodedata
from datetime import date
from pathlib import Path

import pytest
from conftest import dated_planner

from pathfinder.assistant.dead_ends import acts, asks
from pathfinder.assistant.i18n import t
from pathfinder.assistant.offline import OfflineResponder
from pathfinder.domain import Credential, LearnerProfile
from pathfinder.domain.dialogue import History

DATA = json.loads((Path(__file__).parent / "test_assistant_dialogues.json").read_text(encoding="utf-8"))
CATALOGUE = [Credential(**c) for c in DATA["catalogue"]]
IDS = {c.id for c in CATALOGUE}
TODAY = date(2026, 3, 2)

# fragments a learner or an adviser writes, per language: openings, goals, limits, follow-ups, questions
FRAGMENTS: dict[str, dict[str, list[str]]] = {
    "en": {
        "open": ["no idea where to start", "I feel stuck in my job", "hi there", "what can you do"],
        "goal": [
            "I want to become a data analyst",
            "my client wants to move into cybersecurity",
            "cloud stuff",
        ],
        "limit": ["5 hours a week", "max 300 euros", "by March", "only online", "in English please"],
        "follow": ["cheaper?", "and the fastest one?", "skip the first one, done it", "what after that one?"],
        "ask": ["is it recognised?", "compare 1 and 2", "show me everything", "what does it require?"],
        "named": ["tell me about Python Basics", "is Quantum Basket Weaving any good?", "SQL for Analysts?"],
    },
    "de": {
        "open": ["keine Ahnung, wo ich anfangen soll", "ich bin unzufrieden im Job", "Hallo zusammen"],
        "goal": [
            "ich möchte Datenanalystin werden",
            "mein Klient will in die IT-Sicherheit",
            "was mit Cloud",
        ],
        "limit": [
            "5 Stunden pro Woche",
            "höchstens 300 Euro",
            "bis März",
            "nur online",
            "auf Englisch bitte",
        ],
        "follow": [
            "geht das billiger?",
            "und der schnellste?",
            "den ersten hab ich schon",
            "was kommt danach?",
        ],
        "ask": ["ist das anerkannt?", "vergleiche 1 und 2", "zeig mir alles", "was brauche ich dafür?"],
        "named": ["erzähl mir von IT-Sicherheit kompakt", "gibt es den Kurs Quantenkorbflechten?"],
    },
    "es": {
        "open": ["no sé por dónde empezar", "estoy estancada en mi trabajo", "hola buenas"],
        "goal": [
            "quiero ser analista de datos",
            "mi usuario quiere pasarse a la ciberseguridad",
            "algo de nube",
        ],
        "limit": ["5 horas a la semana", "máximo 300 euros", "antes de marzo", "solo online", "en inglés"],
        "follow": ["¿algo más barato?", "¿y el más rápido?", "el primero ya lo hice", "¿y después qué?"],
        "ask": ["¿está acreditado?", "compara 1 y 2", "muéstrame todo", "¿qué necesito antes?"],
        "named": ["háblame de Python Basics", "¿existe el curso Cestería Cuántica?"],
    },
    "fr": {
        "open": ["je ne sais pas par où commencer", "j'en ai marre de mon boulot", "bonjour"],
        "goal": ["je veux devenir analyste de données", "ma bénéficiaire vise la cybersécurité", "le cloud"],
        "limit": ["5 heures par semaine", "300 euros max", "d'ici mars", "uniquement en ligne", "en anglais"],
        "follow": ["moins cher ?", "et le plus rapide ?", "le premier je l'ai déjà fait", "et après ?"],
        "ask": ["c'est reconnu ?", "compare 1 et 2", "montre-moi tout", "il faut quoi avant ?"],
        "named": ["parle-moi de SQL for Analysts", "le cours Vannerie Quantique existe ?"],
    },
    "fi": {
        "open": ["en tiedä mistä aloittaa", "tunnen olevani jumissa työssä", "moi"],
        "goal": ["haluan data-analyytikoksi", "asiakkaani haluaa kyberturvallisuusalalle", "pilvijuttuja"],
        "limit": ["5 tuntia viikossa", "enintään 300 euroa", "maaliskuuhun mennessä", "vain verkossa"],
        "follow": ["halvemmalla?", "entä nopein?", "ensimmäisen olen jo tehnyt", "mitä sen jälkeen?"],
        "ask": ["onko se tunnustettu?", "vertaa 1 ja 2", "näytä kaikki", "mitä tarvitsen ensin?"],
        "named": ["kerro Python Basics -kurssista", "onko teillä kurssia Kvanttikorinpunonta?"],
    },
    "vi": {
        "open": ["mình không biết bắt đầu từ đâu", "công việc bế tắc quá", "chào bạn"],
        "goal": ["tôi muốn làm chuyên viên phân tích dữ liệu", "khách hàng của tôi muốn học an ninh mạng"],
        "limit": ["5 tiếng mỗi tuần", "tối đa 5 triệu đồng", "trước tháng 3", "chỉ học online"],
        "follow": ["rẻ hơn không?", "khóa nào nhanh nhất?", "khóa đầu tiên mình học rồi", "sau đó học gì?"],
        "ask": ["có được công nhận không?", "so sánh 1 và 2", "cho mình xem tất cả", "cần học gì trước?"],
        "named": ["nói về Python Basics", "có khóa Đan Rổ Lượng Tử không?"],
    },
    "hi": {
        "open": ["समझ नहीं आता कहाँ से शुरू करूँ", "मैं अपनी नौकरी में अटका हूँ", "नमस्ते"],
        "goal": ["मैं डेटा एनालिस्ट बनना चाहता हूँ", "मेरा क्लाइंट साइबर सुरक्षा में जाना चाहता है", "kuch cloud"],
        "limit": ["हफ्ते में 5 घंटे", "अधिकतम 20000 रुपये", "मार्च तक", "सिर्फ ऑनलाइन"],
        "follow": ["कुछ सस्ता?", "सबसे तेज़ कौनसा?", "पहला कोर्स मैं कर चुका हूँ", "उसके बाद क्या?"],
        "ask": ["क्या यह मान्यता प्राप्त है?", "1 और 2 की तुलना करो", "सब कुछ दिखाइए", "पहले क्या चाहिए?"],
        "named": ["Python Basics के बारे में बताइए", "क्या Quantum Basket Weaving कोर्स है?"],
    },
    "bn": {
        "open": ["কোথা থেকে শুরু করব বুঝতে পারছি না", "চাকরিতে আটকে আছি", "হ্যালো"],
        "goal": ["আমি ডেটা অ্যানালিস্ট হতে চাই", "আমার ক্লায়েন্ট সাইবার নিরাপত্তায় যেতে চায়"],
        "limit": ["সপ্তাহে ৫ ঘণ্টা", "সর্বোচ্চ ৩০০০ টাকা", "মার্চের মধ্যে", "শুধু অনলাইন"],
        "follow": ["আরও সস্তা?", "সবচেয়ে দ্রুত কোনটা?", "প্রথমটা আমি করেছি", "এরপর কী?"],
        "ask": ["এটা কি স্বীকৃত?", "১ আর ২ তুলনা করো", "সব দেখান", "আগে কী লাগবে?"],
        "named": ["Python Basics সম্পর্কে বলুন", "Quantum Basket Weaving কোর্স আছে?"],
    },
}
NOISE = [
    "?",
    "ok",
    "hmm",
    "asdf qwer zxcv",
    "👍",
    "42",
    "...",
    "lol",
    "what's the weather in Paris?",
    "x" * 300,
]


def _fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")


def _mutate(rng: random.Random, text: str) -> str:
    """A learner's typing: lower case, no diacritics, a swapped pair of letters, no punctuation."""
    roll = rng.random()
    if roll < 0.15:
        return _fold(text)
    if roll < 0.3 and len(text) > 4:
        i = rng.randrange(len(text) - 1)
        return text[:i] + text[i + 1] + text[i] + text[i + 2 :]
    if roll < 0.4:
        return text.lower().rstrip("?!.")
    return text


def _message(rng: random.Random, lang: str, turn: int) -> str:
    kinds = FRAGMENTS[lang]
    if rng.random() < 0.1:
        return rng.choice(NOISE)
    first = ("open", "goal", "named") if turn == 0 else tuple(kinds)
    parts = [rng.choice(kinds[rng.choice(first)])]
    if rng.random() < 0.35:  # a long message with several intents, sometimes in two languages
        other = rng.choice(list(FRAGMENTS)) if rng.random() < 0.2 else lang
        parts.append(rng.choice(FRAGMENTS[other][rng.choice(list(FRAGMENTS[other]))]))
    return _mutate(rng, ", ".join(parts))


def conversations(lang: str, n: int, turns: int, seed: int) -> list[list[str]]:
    rng = random.Random(f"{seed}-{lang}")
    return [[_message(rng, lang, i) for i in range(turns)] for _ in range(n)]


@pytest.fixture(scope="module")
def responder(make_responder) -> OfflineResponder:
    return make_responder(plan_fn=dated_planner(TODAY))


def _run(responder: OfflineResponder, turns: list[str]) -> None:
    history, profile = History(), LearnerProfile(id="fuzz")
    for message in turns:
        answer = responder.reply(message, history, profile)
        planned = answer.pathway is not None and bool(answer.pathway.steps)
        cited = [c.id for c in answer.citations]
        assert acts(answer.text, bool(cited), planned, strict=True), (message, answer.intent, answer.text)
        assert set(cited) <= IDS, (message, cited)
        assert "Traceback" not in answer.text
        if answer.intent == "out_of_scope":  # always with what it can do, and a question with options
            assert asks(answer.text, strict=True), answer.text
        history = history.add(message, answer)


@pytest.mark.parametrize("lang", sorted(FRAGMENTS))
def test_generated_conversations_never_dead_end(responder: OfflineResponder, lang: str) -> None:
    for turns in conversations(lang, n=5, turns=4, seed=7):
        _run(responder, turns)


@pytest.mark.slow
@pytest.mark.parametrize("seed", range(1, 3))
@pytest.mark.parametrize("lang", sorted(FRAGMENTS))
def test_many_generated_conversations_never_dead_end(
    responder: OfflineResponder, lang: str, seed: int
) -> None:
    for turns in conversations(lang, n=8, turns=5, seed=seed * 101):
        _run(responder, turns)


def test_the_strict_check_discounts_example_phrasings_in_straight_quotes() -> None:
    examples = t("capabilities", "en")
    assert asks(examples) and not asks(examples, strict=True)
    assert not acts("Noted: 5 h/week.", False, False, strict=True)
    assert acts("Shall I plan it?", False, False, strict=True)
    assert not acts("> is it “free?”", False, False)


def test_a_reply_that_gave_nothing_gets_a_question_with_options(responder: OfflineResponder) -> None:
    # "Goodbye" alone would give nothing to act on: the last step adds one question with options
    answer = responder.reply("ok", History(), LearnerProfile(id="x"))
    assert asks(answer.text, strict=True) or answer.citations
    again = responder.reply("what's the weather in Paris?", History(), LearnerProfile(id="y"))
    assert asks(again.text, strict=True)
    assert t("clarify_or", "en").strip() in again.text or again.citations
