"""Unseen variants of the roles21 classes (session 21): phrasings written after the fixes, never run before
they were committed, with other jobs, languages, word orders and typos than the batch's and the tests', to
measure whether the rules generalise ("unseen variants: k/n" in docs/BENCHMARKS.md). Not part of
dialogues.jsonl; `python evals/dialogues/unseen/roles21_unseen.py OUT.jsonl` writes them, then
`pathfinder eval dialogues OUT.jsonl --score` scores them."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "authoring"))

from dsl import OCC, D, T, dialogue_line, write_lines  # noqa: E402
from roles21_lists import OCC_URI  # noqa: E402
from t11goal_lists import ANY  # noqa: E402


def _sell(role: list[str]) -> dict:
    return {"role": role, "no_part": True, "goal_not": OCC_URI, "cite_min": 1}


# (lang, tag, turns: [(text, checks)])
_CASES: list[tuple[str, str, list[tuple[str, dict]]]] = [
    # running, driving, doing a trade
    ("en", "runs", [("i own a little bakery and wanna learn some computer stuff", {"role": ["bakery"]})]),
    (
        "en",
        "runs",
        [("I drive a lorry for a living, thinking about IT", {"role": ["lorry"], "role_not": ["drive "]})],
    ),
    ("de", "runs", [("ich fahre seit 10 Jahren Taxi und will was mit IT machen", {"role": ["taxi"]})]),
    (
        "es",
        "runs",
        [
            (
                "llevo un pequeño restaurante y quiero aprender a usar el ordenador",
                {"role": ["restaurante"], "role_not": ["llevo"]},
            )
        ],
    ),
    (
        "fr",
        "runs",
        [
            (
                "je gère un petit salon de coiffure, je voudrais apprendre l'informatique",
                {"role": ["salon"], "role_not": ["gère"]},
            )
        ],
    ),
    (
        "fi",
        "runs",
        [("ajan taksia ja haluaisin oppia tietokoneen käyttöä", {"role": ["taksi"], "role_not": ["ajan"]})],
    ),
    (
        "vi",
        "runs",
        [("tôi lái xe tải, muốn học tin học", {"role": ["xe tải", "tài xế"], "role_not": ["lái"]})],
    ),
    ("hi", "runs", [("मैं टैक्सी चलाता हूं और कंप्यूटर सीखना है", {"role": ["टैक्सी"], "role_not": ["चलाता"]})]),
    (
        "en",
        "runs",
        [
            (
                "main ek chhota dhaba chalata hoon, computer seekhna hai",
                {"role": ["dhaba"], "role_not": ["chalata"], "any_lang": True},
            )
        ],
    ),
    ("bn", "runs", [("আমি সিএনজি চালাই, অফিসের কাজ শিখতে চাই", {"role": ["সিএনজি"], "role_not": ["চালাই"]})]),
    ("bn", "runs", [("আমি সেলাই করি, কম্পিউটার শিখতে চাই", {"role": ["দর্জি", "সেলাই"], "role_not": ["করি"]})]),
    # spoken copulas and fillers
    (
        "fi",
        "spoken",
        [("mää oon siivooja ja kiinnostais IT", {"role": ["siivooja"], "role_not": ["mää", "oon"]})],
    ),
    (
        "fi",
        "filler",
        [
            ("olen kirvesmies ja haluan IT-alalle", {"role": ["kirvesmies"]}),
            ("oon tosi aloittelija", {"role": ["kirvesmies"], "role_not": ["tosi", "aloittelija"]}),
        ],
    ),
    (
        "de",
        "filler",
        [
            ("Ich bin Verkäuferin und will in die IT", {"role": ["verkäuferin"]}),
            (
                "bin wirklich blutige Anfängerin",
                {"role": ["verkäuferin"], "role_not": ["wirklich", "blutige"]},
            ),
        ],
    ),
    (
        "es",
        "filler",
        [
            ("soy camarera y quiero aprender informática", {"role": ["camarera"]}),
            (
                "la verdad es que soy totalmente nueva en esto",
                {"role": ["camarera"], "role_not": ["totalmente", "nueva"]},
            ),
        ],
    ),
    (
        "en",
        "filler",
        [
            ("I'm a cleaner at a school and want an IT job", {"role": ["cleaner"]}),
            ("I'm honestly a complete newbie", {"role": ["cleaner"], "role_not": ["honest", "newbie"]}),
        ],
    ),
    (
        "vi",
        "spoken",
        [
            (
                "mình là thợ may, muốn học thiết kế trên máy tính",
                {"role": ["thợ may"], "role_not": ["mình là"]},
            )
        ],
    ),
    # fields of work, casing, a grade's number
    (
        "de",
        "field_work",
        [("ich bin Lehrerin für Klasse 5 und will digitale Medien lernen", {"role": ["Lehrerin"]})],
    ),
    (
        "es",
        "field_work",
        [
            (
                "trabajo en atención al cliente en una aseguradora",
                {"role": ["atención al cliente"], "role_not": ["aseguradora"]},
            )
        ],
    ),
    (
        "fr",
        "field_work",
        [
            (
                "je bosse au service clients d'une banque et je veux devenir développeuse web",
                {"role": ["service client"], "goal": "web"},
            )
        ],
    ),
    # interests
    (
        "de",
        "interest",
        [
            (
                "Ich bin Friseurin und Cybersecurity interessiert mich",
                {"role": ["friseurin"], "goal": ["cyber", "secur"], "goal_not": ["friseur"]},
            )
        ],
    ),
    (
        "en",
        "interest",
        [
            (
                "I'm a plumber and really into AI stuff",
                {"role": ["plumber"], "goal_not": ["designer", "plumber"]},
            )
        ],
    ),
    ("bn", "interest", [("আমি একজন কৃষক, এআই নিয়ে আমার খুব আগ্রহ", {"role": ["কৃষক"], "goal_not": ["designer"]})]),
    # selling online
    ("en", "no_course", [("I run a market stall and want to start selling online", _sell(["stall"]))]),
    (
        "fi",
        "no_course",
        [
            (
                "haluan oppia myymään tuotteita verkossa, minulla on pieni kauppa",
                {"no_part": True, "goal_not": OCC_URI, "cite_min": 1},
            )
        ],
    ),
    ("vi", "no_course", [("tôi mở một tiệm bánh, muốn học cách bán hàng trên mạng", _sell(["tiệm"]))]),
    ("hi", "no_course", [("मेरी कपड़ों की दुकान है, ऑनलाइन बिक्री करना सीखना है", _sell(["दुकान"]))]),
]
_ = OCC  # the occupation lists, for variants that name a goal by its key

# a second set, written after the fixes to the first set's three failures and committed before its first run
_CASES_B: list[tuple[str, str, list[tuple[str, dict]]]] = [
    (
        "en",
        "runs",
        [
            (
                "we own a small hair salon, I'd like to learn to do the bookkeeping on a computer",
                {"role": ["salon"]},
            )
        ],
    ),
    (
        "de",
        "runs",
        [
            (
                "Ich betreibe ein kleines Café und möchte Excel lernen",
                {"role": ["café", "cafe"], "role_not": ["betreibe"]},
            )
        ],
    ),
    (
        "es",
        "spoken",
        [
            (
                "yo manejo un camión de reparto y quiero aprender computación",
                {"role": ["camión"], "role_not": ["manejo"]},
            )
        ],
    ),
    (
        "fr",
        "filler",
        [
            ("Je suis boulanger", {"role": ["boulanger"]}),
            (
                "je suis vraiment pas doué avec l'informatique",
                {"role": ["boulanger"], "role_not": ["vraiment", "doué"]},
            ),
        ],
    ),
    (
        "fi",
        "runs",
        [("mä ajan bussia työkseni ja haluisin koodaamaan", {"role": ["bussi"], "role_not": ["ajan", "mä"]})],
    ),
    (
        "vi",
        "runs",
        [("chị mở quán ăn nhỏ, muốn học dùng máy tính", {"role": ["quán ăn"], "role_not": ["mở"]})],
    ),
    ("hi", "runs", [("मैं ट्रक चलाती हूँ, डेटा एंट्री सीखना चाहती हूँ", {"role": ["ट्रक"], "role_not": ["चलाती"]})]),
    (
        "bn",
        "runs",
        [("আমি একটা রেস্টুরেন্ট চালাই, হিসাব রাখার জন্য এক্সেল শিখতে চাই", {"role": ["রেস্টুরেন্ট"], "role_not": ["চালাই"]})],
    ),
    (
        "en",
        "interest",
        [
            (
                "I'm a bus driver and I'm fascinated by cyber security",
                {"role": ["bus driver"], "goal_not": ["bus driver"]},
            )
        ],
    ),
    (
        "es",
        "no_course",
        [("tengo un puesto en el mercado y quiero vender mis productos online", _sell(["puesto"]))],
    ),
    (
        "de",
        "no_course",
        [
            (
                "wie kann ich lernen, meine Produkte online zu verkaufen? Ich habe eine Bäckerei",
                _sell(["bäckerei"]),
            )
        ],
    ),
    ("bn", "no_course", [("আমার একটা কাপড়ের দোকান আছে, অনলাইনে পণ্য বিক্রি শিখতে চাই", _sell(["দোকান"]))]),
]


def dialogues() -> list[D]:
    return [
        D(
            f"{lang}-roles21u-{n:02d}",
            ["roles21_unseen", tag],
            [T(text, ANY, **checks) for text, checks in turns],
            split="tune",
        )
        for n, (lang, tag, turns) in enumerate(_CASES, start=1)
    ] + [
        D(
            f"{lang}-roles21v-{n:02d}",
            ["roles21_unseen2", tag],
            [T(text, ANY, **checks) for text, checks in turns],
            split="tune",
        )
        for n, (lang, tag, turns) in enumerate(_CASES_B, start=1)
    ]


def main(out: Path) -> None:
    write_lines(out, (dialogue_line(d, d.id.split("-")[0], "tune") for d in dialogues()))


if __name__ == "__main__":
    main(Path(sys.argv[1]))
