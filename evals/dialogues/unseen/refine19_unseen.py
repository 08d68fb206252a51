"""Unseen variants of the refine19 classes (session 19): phrasings written after the fixes, never run before
they were committed, in other words, languages, goals and word orders than the batch's, to measure whether the
rules generalise ("unseen variants: k/n" in docs/BENCHMARKS.md). Not part of dialogues.jsonl; `python
evals/dialogues/unseen/refine19_unseen.py OUT.jsonl` writes them, then `pathfinder eval dialogues OUT.jsonl
--score` scores them."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "authoring"))

from dsl import COMPARE, EXPLORE, GOAL, PLAN, SEARCH, D, T, dialogue_line, write_lines  # noqa: E402
from refine19_lists import AVAIL, CARD, LIST_REF, ONLY, PLANNED, REPLAN  # noqa: E402

GOALS = GOAL + PLAN + EXPLORE + SEARCH
LISTED = SEARCH + EXPLORE
C = {"plan": True, "cheaper": True}
# "the plan stays the same" said alone, in the reply's language: the reply must say more (what is cheaper)
SAME = {
    "en": "The plan stays the same.",
    "de": "Der Plan bleibt gleich.",
    "es": "El plan sigue igual.",
    "fr": "Le plan reste le même.",
    "fi": "Suunnitelma pysyy samana.",
    "vi": "Lộ trình không thay đổi.",
    "hi": "प्लान वैसा ही रहता है।",
    "bn": "পরিকল্পনা একই থাকছে।",
}

_CASES: list[tuple[str, str, list[tuple[str, list[str], dict]]]] = [
    # cheaper over a plan that is already the cheapest
    (
        "de",
        "cheaper_same",
        [
            ("Plan Richtung Cloud Engineer bitte, 8 Std die Woche", PLANNED, {"plan": True}),
            ("kann man das billiger machen?", REPLAN, {**C, "reply_excl": [SAME["de"]]}),
        ],
    ),
    (
        "es",
        "cheaper_same",
        [
            (
                "quiero ser administrador de bases de datos, 6 horas semanales, armame un plan",
                PLANNED,
                {"plan": True},
            ),
            ("es mucha plata, algo que cueste menos?", REPLAN, {**C, "reply_excl": [SAME["es"]]}),
        ],
    ),
    (
        "fr",
        "cheaper_same",
        [
            ("un parcours pour devenir développeur web, 5h/semaine", PLANNED, {"plan": True}),
            (
                "c'est trop cher pour moi, une option moins onéreuse ?",
                REPLAN,
                {**C, "reply_excl": [SAME["fr"]]},
            ),
        ],
    ),
    (
        "fi",
        "cheaper_same",
        [
            ("tee suunnitelma kyberturvallisuuteen, 5 tuntia viikossa", PLANNED, {"plan": True}),
            ("löytyykö halvempaa?", REPLAN, {**C, "reply_excl": [SAME["fi"]]}),
        ],
    ),
    (
        "vi",
        "cheaper_same",
        [
            ("lập kế hoạch trở thành nhà khoa học dữ liệu, 8 giờ mỗi tuần", PLANNED, {"plan": True}),
            ("có phương án nào rẻ hơn ko", REPLAN, {**C, "reply_excl": [SAME["vi"]]}),
        ],
    ),
    (
        "hi",
        "cheaper_same",
        [
            ("नेटवर्क इंजीनियर बनने का प्लान दो, हफ्ते में 6 घंटे", PLANNED, {"plan": True}),
            ("कम कीमत वाला कुछ है?", REPLAN, {**C, "reply_excl": [SAME["hi"]]}),
        ],
    ),
    (
        "bn",
        "cheaper_same",
        [
            ("ওয়েব ডেভেলপার হওয়ার প্ল্যান দিন, সপ্তাহে ৫ ঘণ্টা", PLANNED, {"plan": True}),
            ("আরো সস্তায় হয়?", REPLAN, {**C, "reply_excl": [SAME["bn"]]}),
        ],
    ),
    (
        "hi",
        "cheaper_same",
        [
            ("cyber security ka plan chahiye, 5 ghante har hafte", PLANNED, {"plan": True, "any_lang": True}),
            (
                "thoda kam paise mein ho sakta hai?",
                REPLAN,
                {**C, "reply_excl": [SAME["en"], SAME["hi"]], "any_lang": True},
            ),
        ],
    ),
    # a format asked about a list: no limit; said with "only": a limit
    (
        "en",
        "ask_format",
        [
            ("courses on cloud computing please", LISTED, {"cite_min": 1}),
            ("are any of these online?", AVAIL, {"no_part": True, "cite_min": 1}),
        ],
    ),
    (
        "es",
        "ask_format",
        [
            ("cursos de ciberseguridad", LISTED, {"cite_min": 1}),
            ("¿alguno es presencial?", AVAIL, {"no_part": True, "cite_min": 1}),
        ],
    ),
    (
        "fr",
        "ask_format",
        [
            ("des formations en science des données ?", LISTED, {"cite_min": 1}),
            ("y en a-t-il qui se font en ligne ?", AVAIL, {"no_part": True, "cite_min": 1}),
        ],
    ),
    (
        "de",
        "ask_format",
        [
            ("Zeig mir Kurse zu Datenbanken", LISTED, {"cite_min": 1}),
            ("gibt's davon welche vor Ort?", AVAIL, {"no_part": True, "cite_min": 1}),
        ],
    ),
    (
        "vi",
        "only_format",
        [
            ("khóa học về phân tích dữ liệu", LISTED, {"cite_min": 1}),
            ("chỉ lấy khóa online thôi", ONLY, {"part": ["online"]}),
        ],
    ),
    # a language nothing is taught in, asked about: no limit, the nearest in the learner's languages
    (
        "de",
        "ask_lang",
        [
            ("Ich will was mit KI lernen", GOALS, {}),
            (
                "gibts das auch auf Hindi?",
                AVAIL,
                {"no_study_langs": True, "cite_min": 1, "lead_langs": ["de", "en"]},
            ),
        ],
    ),
    (
        "fr",
        "ask_lang",
        [
            ("je veux apprendre l'analyse de données", GOALS, {}),
            (
                "est-ce qu'il y a des cours en vietnamien ?",
                AVAIL,
                {"no_study_langs": True, "cite_min": 1, "lead_langs": ["fr", "en"]},
            ),
        ],
    ),
    (
        "es",
        "ask_lang",
        [
            ("me interesa la computación en la nube", GOALS, {}),
            (
                "¿tienen algo en bengalí?",
                AVAIL,
                {"no_study_langs": True, "cite_min": 1, "lead_langs": ["es", "en"]},
            ),
        ],
    ),
    (
        "en",
        "ask_lang",
        [
            ("I'd like to learn data engineering", GOALS, {}),
            (
                "is there anything in Finnish?",
                AVAIL,
                {"no_study_langs": True, "cite_min": 1, "lead_langs": ["en"]},
            ),
        ],
    ),
    # cheaper after a card or a comparison
    (
        "fr",
        "cheaper_card",
        [
            (
                "parle-moi de Network Automation with Python and APIs",
                CARD,
                {"cite_any": ["ccna-netauto-203"]},
            ),
            (
                "un équivalent moins cher ?",
                LIST_REF,
                {
                    "cite_any": [
                        "hrd-iac-202",
                        "lit-prog-101",
                        "ccna-netmon-202",
                        "ccna-net-101",
                        "ccna-ops-205",
                    ]
                },
            ),
        ],
    ),
    (
        "vi",
        "cheaper_card",
        [
            ("cho tôi xem khóa Incident Handling and Threat Hunting", CARD, {"cite_any": ["bvca-ir-203"]}),
            (
                "khóa đó đắt quá, có cái nào rẻ hơn không?",
                LIST_REF,
                {
                    "cite_any": [
                        "bvca-soc-101",
                        "bvca-siem-201",
                        "bvca-vuln-204",
                        "bvca-netfor-302",
                        "bvca-hard-202",
                    ]
                },
            ),
        ],
    ),
    (
        "en",
        "cheaper_compare",
        [
            (
                "compare Linux-Systemadministration kompakt and Virtualisierung und Container-Plattformen",
                COMPARE,
                {"cite_any": ["hrd-linux-101", "hrd-virt-201"]},
            ),
            (
                "anything less expensive than both?",
                LIST_REF,
                {
                    "cite_any": [
                        "hrd-backup-102",
                        "glcc-sys-202",
                        "glcc-solve-105",
                        "hrd-cloud-101",
                        "ccna-email-103",
                        "glcc-help-201",
                    ]
                },
            ),
        ],
    ),
]


def lines() -> list[dict]:
    out = []
    for n, (lang, tag, turns) in enumerate(_CASES, 1):
        d = D(
            f"{lang}-refine19u-{n:02d}",
            ["refine19u", tag],
            [T(text, intents, **checks) for text, intents, checks in turns],
            split="tune",
        )
        out.append(dialogue_line(d, lang, "tune"))
    return out


if __name__ == "__main__":
    write_lines(Path(sys.argv[1]), lines())
