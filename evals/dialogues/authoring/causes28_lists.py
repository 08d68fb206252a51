"""The causes28 batch (session 28, issue #12, tune): the largest general cause of the en/vi/hi/bn tune turns
that failed on the goal in session 27's integration run, in the helper's own phrasings, written before the
fix was first run (a check of that work, not a blind measure). Class (tag):

- `wish_beside`: a subject the learner wants to learn, said beside a background - the job held, a lack ("I
  don't know computers"), the studies - in one message: the whole reads as the counsellor's opening or a
  statement of skills, and the wish went without its goal. The goal is the subject's area (or its job).

Hinglish and Banglish turns accept a reply in any language (`any_lang`, as in the causes27 batch).

Each language module adds `dialogues("<lang>")`; the unseen variants (written after the fix) are in
`evals/dialogues/unseen/causes28_unseen.py`."""

from __future__ import annotations

from dsl import EXPLORE, GOAL, PLAN, SEARCH, D, T

WISH = GOAL + EXPLORE + SEARCH + PLAN  # the act may be any reading that serves the wish; the goal is checked
NETWORK = ["network"]
CLOUD = ["cloud"]
DATA = ["data"]
ML = ["machine learning", "intelligen", "data scientist", "artificial"]
CYBER = ["security", "cyber"]
WEB = ["web"]

_Batch = dict[str, list[tuple[list[str], list[T]]]]

_BATCH: _Batch = {
    "en": [
        (
            [],
            [
                T(
                    "I stack shelves at night, never really used a computer, "
                    "but I want to learn cloud computing",
                    WISH,
                    goal=CLOUD,
                )
            ],
        ),
        ([], [T("final year of a biology degree, I'd love to learn data analysis", WISH, goal=DATA)]),
        ([], [T("I'm a bus driver, no clue about IT, I wish to learn web development", WISH, goal=WEB)]),
    ],
    "de": [
        (
            [],
            [
                T(
                    "ich bin Lagerist, mit Computern kenne ich mich kaum aus, "
                    "ich möchte Netzwerktechnik lernen",
                    WISH,
                    goal=NETWORK,
                )
            ],
        ),
        ([], [T("studiere Physik im letzten Semester, will maschinelles Lernen lernen", WISH, goal=ML)]),
        (
            [],
            [T("arbeite als Kellnerin, keine IT-Erfahrung, möchte Cloud Computing lernen", WISH, goal=CLOUD)],
        ),
    ],
    "es": [
        ([], [T("soy repartidor, no sé nada de ordenadores, quiero aprender redes", WISH, goal=NETWORK)]),
        ([], [T("estoy en el último año de química, quiero aprender análisis de datos", WISH, goal=DATA)]),
        (
            [],
            [
                T(
                    "trabajo en una panadería, cero experiencia en informática, "
                    "me gustaría aprender ciberseguridad",
                    WISH,
                    goal=CYBER,
                )
            ],
        ),
    ],
    "fr": [
        (
            [],
            [
                T(
                    "je suis chauffeur-livreur, je ne connais rien aux ordinateurs, "
                    "je veux apprendre les réseaux",
                    WISH,
                    goal=NETWORK,
                )
            ],
        ),
        (
            [],
            [
                T(
                    "en dernière année de licence de maths, j'aimerais apprendre le machine learning",
                    WISH,
                    goal=ML,
                )
            ],
        ),
        (
            [],
            [
                T(
                    "je travaille en boulangerie, aucune expérience en informatique, "
                    "je voudrais apprendre la cybersécurité",
                    WISH,
                    goal=CYBER,
                )
            ],
        ),
    ],
    "fi": [
        (
            [],
            [
                T(
                    "olen varastotyöntekijä, en osaa tietokoneita, haluan oppia verkkotekniikkaa",
                    WISH,
                    goal=NETWORK,
                )
            ],
        ),
        ([], [T("opiskelen fysiikkaa viimeistä vuotta, haluan oppia koneoppimista", WISH, goal=ML)]),
        ([], [T("olen tarjoilija, ei IT-kokemusta, haluaisin oppia pilvipalveluita", WISH, goal=CLOUD)]),
    ],
    "vi": [
        ([], [T("em chạy xe ôm, không biết máy tính, muốn học mạng máy tính", WISH, goal=NETWORK)]),
        ([], [T("em đang học năm cuối ngành vật lý, muốn học về trí tuệ nhân tạo", WISH, goal=ML)]),
        ([], [T("tôi bán hàng ở chợ, chưa biết gì về IT, muốn học an ninh mạng", WISH, goal=CYBER)]),
    ],
    "hi": [
        ([], [T("मैं ऑटो चलाता हूँ, कंप्यूटर नहीं आता, नेटवर्किंग सीखना है", WISH, goal=NETWORK)]),
        ([], [T("मैं BCom के आखिरी साल में हूँ, डेटा एनालिसिस सीखना है", WISH, goal=DATA)]),
        (
            [],
            [
                T(
                    "main dukaan pe kaam karta hoon, IT ka koi experience nahi, cloud computing seekhna hai",
                    WISH,
                    goal=CLOUD,
                    any_lang=True,
                )
            ],
        ),
    ],
    "bn": [
        ([], [T("আমি দোকানে কাজ করি, কম্পিউটার জানি না, সাইবার সিকিউরিটি শিখতে চাই", WISH, goal=CYBER)]),
        ([], [T("আমি পদার্থবিজ্ঞানে শেষ বছরে পড়ি, মেশিন লার্নিং শিখতে চাই", WISH, goal=ML)]),
        (
            [],
            [
                T(
                    "ami garments e kaj kori, computer jani na, web development shikhte chai",
                    WISH,
                    goal=WEB,
                    any_lang=True,
                )
            ],
        ),
    ],
}


def dialogues(lang: str) -> list[D]:
    """The batch's dialogues of one language, ids `<lang>-causes28-NN`, tags `causes28` and `wish_beside`."""
    return [
        D(f"{lang}-causes28-{n:02d}", ["causes28", "wish_beside", *tags], turns, split="tune")
        for n, (tags, turns) in enumerate(_BATCH[lang], start=1)
    ]
