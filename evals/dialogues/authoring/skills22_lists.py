"""The skills22 batch (session 22, issue #12, tune): skill statements in any phrasing, relanded after
skills21's revert. Written BEFORE the fixes by the helper who fixes them (a check of that work, not a blind
measure), in its own phrasings, all eight languages, Hinglish and Banglish. Classes (tags):

1. `list`: a list of skills joined by and/und/y/et/ja/và/और/আর where a field word follows a tool or comes
   first ("Linux und Netzwerke kann ich", "biết cơ bản về mạng và Python", "maths theek hai"): each one saved;
2. `adviser`: an adviser stating a client's skills with a pronoun ("sie kann Excel", "él sabe algo de Java",
   "hän osaa Excelin"): the skills saved, a statement, never a search of the skill's name;
3. `with_goal`: skills inside a goal sentence (both saved);
4. `tool_guard`: a tool stated as held, then a tool no entry names searched: still "not in the catalogue";
5. `search_guard`: a search naming skills is no statement (nothing saved);
6. `plan_skip`: a claim, then a plan: what was claimed stays held.

Each language module adds `dialogues("<lang>")`."""

from __future__ import annotations

from dsl import EXPLAIN, EXPLORE, GOAL, PLAN, SEARCH, SKILLS, D

SK = SKILLS + GOAL + EXPLORE  # skills, possibly read with a goal or an opening
SKONLY = SKILLS  # a statement of skills and nothing else
PLANS = PLAN + GOAL
FOUND = SEARCH + EXPLAIN + EXPLORE

# ESCO label fragments of the skills named
SHEET = "spreadsheet"
SQL = "sql"
PY = "python"
JAVA = "java ("  # "Java (computer programming)", not JavaScript
OS = "operating systems"  # Linux
NET = "communications protocols"  # networks, networking: "ICT communications protocols"
MATH = "mathematical"  # maths: "execute analytical mathematical calculations"

BASIC = ["basic"]
MIDUP = ["intermediate", "advanced"]

# "... is not in the catalogue" or a plain "nothing here covers it" (as refs18 checks it)
NOT_FOUND = {
    "en": ["not in the catalogue", "no course", "none of the courses", "not covered", "by name"],
    "de": ["nicht im Katalog", "kein Kurs", "keinen Kurs", "beim Namen"],
    "es": ["no está en el catálogo", "ningún curso", "no hay ningún", "por su nombre"],
}

T_ = tuple[str, list[str], dict]

_BATCH: dict[str, list[tuple[str, list[str], list[T_]]]] = {
    "en": [
        (
            "01",
            ["list", "with_goal"],
            [
                (
                    "I'd like to become a cloud engineer; I already know Linux and networking",
                    SK,
                    {"goal": "cloud", "skills_all": [OS, NET]},
                ),
            ],
        ),
        (
            "02",
            ["adviser"],
            [
                (
                    "my client used to be a bank clerk, she knows Excel well and a bit of SQL",
                    SK,
                    {"skills_all": [SHEET, SQL], "levels": {SQL: BASIC}},
                ),
            ],
        ),
        (
            "03",
            ["tool_guard"],
            [
                ("I work with Docker and Linux every day", SKONLY, {"skills": [OS]}),
                ("do you have a Kubernetes course?", FOUND, {"reply_any": NOT_FOUND["en"], "skills": [OS]}),
            ],
        ),
        (
            "04",
            ["search_guard"],
            [
                ("any courses on Linux and networking?", FOUND, {"skills_not": [OS, NET]}),
            ],
        ),
        (
            "05",
            ["list", "plan_skip"],
            [
                ("networking and Linux I know pretty well", SKONLY, {"skills_all": [NET, OS]}),
                (
                    "I want to be a network engineer, make me a plan",
                    PLANS,
                    {"plan": True, "skills_all": [NET, OS]},
                ),
            ],
        ),
    ],
    "de": [
        (
            "01",
            ["list"],
            [
                (
                    "Ich bin Fachinformatiker für Systemintegration, Linux und Netzwerke kann ich",
                    SK,
                    {"skills_all": [OS, NET]},
                ),
            ],
        ),
        (
            "02",
            ["adviser"],
            [
                (
                    "Meine Klientin ist Bürokauffrau, sie kann Excel und ein bisschen SQL",
                    SK,
                    {"skills_all": [SHEET, SQL]},
                ),
            ],
        ),
        (
            "03",
            ["with_goal"],
            [
                (
                    "Ich will mich in Richtung Datenanalyse weiterbilden, Excel kann ich sehr gut",
                    SK,
                    {"goal": "data_analyst", "levels": {SHEET: MIDUP}},
                ),
            ],
        ),
        (
            "04",
            ["tool_guard"],
            [
                ("Docker benutze ich täglich", SKONLY, {}),
                ("habt ihr einen Kurs zu Terraform?", FOUND, {"reply_any": NOT_FOUND["de"]}),
            ],
        ),
    ],
    "es": [
        (
            "01",
            ["adviser", "with_goal"],
            [
                (
                    "mi cliente quiere ser desarrollador web; él sabe algo de Java y SQL",
                    SK,
                    {"goal": "web", "skills_all": [JAVA, SQL]},
                ),
            ],
        ),
        (
            "02",
            ["list"],
            [
                ("sé de redes y un poco de Linux", SKONLY, {"skills_all": [NET, OS], "levels": {OS: BASIC}}),
            ],
        ),
        (
            "03",
            ["tool_guard"],
            [
                ("uso Docker a diario", SKONLY, {}),
                ("¿hay algún curso de Kubernetes?", FOUND, {"reply_any": NOT_FOUND["es"]}),
            ],
        ),
    ],
    "fr": [
        (
            "01",
            ["adviser"],
            [
                (
                    "ma bénéficiaire est secrétaire, elle maîtrise Excel et connaît un peu Python",
                    SK,
                    {"skills_all": [SHEET, PY], "levels": {PY: BASIC}},
                ),
            ],
        ),
        (
            "02",
            ["list"],
            [
                ("je connais bien les réseaux et Linux", SKONLY, {"skills_all": [NET, OS]}),
            ],
        ),
    ],
    "fi": [
        (
            "01",
            ["adviser"],
            [
                (
                    "Asiakkaani on kirjanpitäjä. Hän osaa Excelin ja vähän SQL:ää.",
                    SK,
                    {"skills_all": [SHEET, SQL]},
                ),
            ],
        ),
        (
            "02",
            ["list"],
            [
                ("osaan Linuxia ja verkkoja", SKONLY, {"skills_all": [OS, NET]}),
            ],
        ),
    ],
    "vi": [
        (
            "01",
            ["list"],
            [
                (
                    "mình biết cơ bản về mạng và Python",
                    SKONLY,
                    {"skills_all": [NET, PY], "levels": {NET: BASIC}},
                ),
            ],
        ),
        (
            "02",
            ["adviser"],
            [
                ("học viên của tôi biết Excel và một chút SQL", SKONLY, {"skills_all": [SHEET, SQL]}),
            ],
        ),
        (
            "03",
            ["list", "plan_skip"],
            [
                ("tôi biết mạng máy tính và Linux", SKONLY, {"skills_all": [NET, OS]}),
                (
                    "tôi muốn trở thành kỹ sư đám mây, lập kế hoạch giúp tôi",
                    PLANS,
                    {"plan": True, "skills_all": [NET, OS]},
                ),
            ],
        ),
    ],
    "hi": [
        (
            "01",
            ["list"],
            [
                ("मुझे नेटवर्किंग और लिनक्स दोनों आते हैं", SKONLY, {"skills_all": [NET, OS]}),
            ],
        ),
        (
            "02",
            ["adviser"],
            [
                ("उसे एक्सेल आता है और थोड़ा SQL भी", SKONLY, {"skills_all": [SHEET, SQL]}),
            ],
        ),
        (
            "03",
            ["list", "spoken", "hinglish"],
            [
                (
                    "python thoda aata hai, maths theek hai",
                    SKONLY,
                    {"skills_all": [PY, MATH], "any_lang": True},
                ),
            ],
        ),
    ],
    "bn": [
        (
            "01",
            ["list"],
            [
                ("আমি নেটওয়ার্ক আর লিনাক্স জানি", SKONLY, {"skills_all": [NET, OS]}),
            ],
        ),
        (
            "02",
            ["adviser"],
            [
                ("ও জাভা আর একটু SQL জানে", SKONLY, {"skills_all": [JAVA, SQL]}),
            ],
        ),
        (
            "03",
            ["list", "spoken", "banglish"],
            [
                ("ami networking ar linux pari", SKONLY, {"skills_all": [NET, OS], "any_lang": True}),
            ],
        ),
    ],
}


def dialogues(lang: str) -> list[D]:
    """The batch's dialogues in one language, ids `<lang>-skills22-NN`, all tune."""
    from dsl import T

    return [
        D(
            f"{lang}-skills22-{nn}",
            ["skills22", *tags],
            [T(text, intents, **checks) for text, intents, checks in turns],
            split="tune",
        )
        for nn, tags, turns in _BATCH[lang]
    ]
