"""Unseen variants of the goals22 classes (session 22): phrasings written after the fixes but never run
before they were committed, in other words, languages, typos and word orders than the batch's and the tests',
to measure whether the rules generalise ("unseen variants: k/n" in docs/BENCHMARKS.md). Not part of
dialogues.jsonl; `python evals/dialogues/unseen/goals22_unseen.py OUT.jsonl` writes them, then
`pathfinder eval dialogues OUT.jsonl --score` scores them."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "authoring"))

from dsl import OCC, D, T, dialogue_line, write_lines  # noqa: E402
from goals22_lists import AI, CLOUD, CYBER, DATA, OCC_URI  # noqa: E402
from t11goal_lists import ANY  # noqa: E402

_HL = {"any_lang": True}

# (lang, tag, turns as (text, checks))
_CASES: list[tuple[str, str, list[tuple[str, dict]]]] = [
    (
        "en",
        "hearsay",
        [
            (
                "my cousin told me data science pays well and is the future, i'm a cleaner, is it for me",
                {"goal": DATA, "goal_not": ["cousin", "told", "future", "pays", "cleaner"]},
            )
        ],
    ),
    (
        "en",
        "place",
        [
            (
                "I'm a Filipino caregiver based in Toronto and I'd like to move into cyber security",
                {"goal": CYBER, "role": ["caregiver"], "role_not": ["filipin", "toronto", "based"]},
            )
        ],
    ),
    (
        "en",
        "brackets",
        [
            (
                "I'm a QA engineer [Selenium, Jira] and want to get into cloud",
                {"goal": CLOUD, "role_not": ["[", "selenium", "jira"]},
            )
        ],
    ),
    (
        "en",
        "adviser",
        [
            (
                "I'm working with Joanna, 29, a Romanian hotel receptionist. "
                "She wants to become a web developer.",
                {
                    "goal": OCC["web"],
                    "goal_not": ["joanna", "receptionist"],
                    "role_not": ["romanian", "joanna"],
                },
            )
        ],
    ),
    (
        "en",
        "not_goal",
        [
            ("i want to get into networking", {}),
            ("im ready, go", {"goal_not": ["ready", "go"]}),
        ],
    ),
    (
        "en",
        "two_goals",
        [
            (
                "thinking AI or maybe cybersecurity, dunno",
                {"goal_not": ["dunno", "thinking", "intelligence cyber"]},
            )
        ],
    ),
    (
        "de",
        "place",
        [
            (
                "Ich bin türkischer Koch aus Izmir, wohnhaft in Köln, und möchte in die Datenanalyse",
                {"goal": DATA, "role_not": ["türk", "izmir", "köln", "wohnhaft"]},
            )
        ],
    ),
    (
        "de",
        "hearsay",
        [
            (
                "Man sagt ja, Cloud ist die Zukunft - ich bin Verkäuferin, geht das für mich?",
                {"goal": CLOUD, "goal_not": ["sagt", "zukunft", "verkäuf"]},
            )
        ],
    ),
    (
        "es",
        "brackets",
        [
            (
                "Soy programador junior (PHP, MySQL) y quiero dedicarme a la ciberseguridad",
                {"goal": CYBER, "role_not": ["(", "php", "mysql"]},
            )
        ],
    ),
    (
        "es",
        "adviser",
        [
            (
                "Acompaño a Rosa, 45, ex costurera de Guayaquil, que quiere trabajar en análisis de datos.",
                {"goal": DATA, "goal_not": ["costurera", "rosa"], "role_not": ["guayaquil", "rosa"]},
            )
        ],
    ),
    (
        "fr",
        "place",
        [
            (
                "je suis aide-soignante ivoirienne, installée à Lyon, et je veux me former à l'IA",
                {"goal": AI, "role_not": ["ivoir", "lyon", "install"]},
            )
        ],
    ),
    (
        "fr",
        "not_goal",
        [
            ("je veux devenir administratrice réseau", {}),
            ("ok, on est prêts", {"goal_not": ["prêt", "ok"]}),
        ],
    ),
    (
        "fi",
        "place",
        [
            (
                "olen venäläinen siivooja ja haluaisin opiskella tietoturvaa",
                {"goal": CYBER, "role_not": ["venäläi"]},
            )
        ],
    ),
    (
        "fi",
        "hearsay",
        [
            (
                "sanotaan että data-analytiikka on tulevaisuutta, kannattaako mun lähteä siihen",
                {"goal": DATA, "goal_not": ["sanotaan", "tulevaisuu", "kannatt"]},
            )
        ],
    ),
    (
        "vi",
        "place",
        [
            (
                "chị là thợ may người Nghệ An, muốn học về dữ liệu",
                {"goal": DATA, "role_not": ["nghệ an", "người"]},
            )
        ],
    ),
    (
        "hi",
        "place",
        [
            (
                "मेरा क्लाइंट लखनऊ का एक ड्राइवर है, वह साइबर सुरक्षा सीखना चाहता है",
                {"goal": CYBER, "role_not": ["लखनऊ", "क्लाइंट"]},
            )
        ],
    ),
    (
        "hi",
        "hearsay",
        [
            (
                "log kehte hain cloud ka bhavishya hai, main delivery boy hoon, kya main seekh sakta hoon",
                {"goal": CLOUD, "goal_not": ["kehte", "bhavishya", "delivery", "log"], **_HL},
            )
        ],
    ),
    (
        "bn",
        "place",
        [
            (
                "আমি রাজশাহীর একজন শিক্ষক, ডেটা অ্যানালাইসিস শিখতে চাই",
                {"goal": DATA, "role_not": ["রাজশাহী"]},
            )
        ],
    ),
    (
        "bn",
        "unknown",
        [("আমি ডাক্তার হতে চাই, কোনো কোর্স আছে?", {"goal_not": [*OCC_URI, "ডাক্তার", "doctor"], "cite_min": 1})],
    ),
]


def lines() -> list[dict]:
    out = []
    for n, (lang, tag, turns) in enumerate(_CASES, 1):
        d = D(f"{lang}-goals22u-{n:02d}", ["goals22u", tag], [T(t, ANY, **c) for t, c in turns], split="tune")
        out.append(dialogue_line(d, lang, "tune"))
    return out


if __name__ == "__main__":
    write_lines(Path(sys.argv[1]), lines())
