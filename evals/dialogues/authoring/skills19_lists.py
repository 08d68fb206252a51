"""The skills19 batch (session 19, issue #12, tune): held skills and done courses, said any way.
Written BEFORE the fixes by the helper who fixes them (a check of that work, not a blind measure), in
phrasings of its own. Three classes, all eight languages and Hinglish:

1. `verb_after`: the skill first and the verb of knowing after it, or the skill as the subject
   ("SQL beherrsche ich", "Excel lo manejo bien", "Excel, je connais", "Pythonia osaan vähän",
   "Excel thì tôi dùng tốt", "Excel mujhe aata hai", "এক্সেল আমি জানি"): the skill held, at the level said;
2. `done_course`: a course of the last plan named by its subject, translated or paraphrased
   ("I already did the AI basics one", "den Cloud-Grundlagenkurs hab ich schon gemacht",
   "el de hojas de cálculo ya lo hice", "j'ai déjà suivi le cours sur le RGPD",
   "đã học khóa Python cơ bản rồi"): that course held, never rejected; two steps that fit: ask which
   (`ask_which`);
3. `skill_list`: several skills in one message joined by commas, "and", "und", "y", "et", "ja", "và",
   "aur", "আর", named in the learner's language ("tableurs", "Tabellenkalkulation", "hojas de cálculo",
   "bảng tính", "lập trình Python"), beside what is not a skill (a job, a place, a person, "computers" as
   an interest: `not_skill`).

Each language module adds `dialogues("<lang>")`."""

from __future__ import annotations

from dsl import EXPLORE, GOAL, PLAN, SKILLS, SKIP, D, T

SK = SKILLS + GOAL + EXPLORE  # a statement of skills, possibly read with a goal or an opening
HELD = SKIP + ["state_skills", "refine"]
PLANNED = GOAL + PLAN + ["set_constraints"]

# ESCO label fragments of the skills named
SHEET = "spreadsheet"
SQL = "sql"
PY = "python"
BI = "business intelligence"
OS = "operating systems"
JAVA = "java (computer programming)"
JS = "javascript"
PROG = "computer programming"
HTML = "markup"
TABLEAU = "visual presentation"

ADV = ["advanced"]
BASIC = ["basic"]

# first turns: a plan whose steps the second turn names (checked: a plan is made)
PLAN_ML = {
    "en": "plan me a route to become a machine learning engineer, 6 hours a week",
    "de": "Ich möchte KI-Ingenieur werden, erstell mir einen Plan",
    "fi": "haluan koneoppimisinsinööriksi, tee suunnitelma",
    "fr": "je veux travailler dans l'intelligence artificielle, un plan svp",
    "bn": "আমি ডেটা বিজ্ঞানী হতে চাই, একটা পরিকল্পনা বানিয়ে দিন",
}
PLAN_DEV = {
    "vi": "mình muốn trở thành lập trình viên, lập kế hoạch giúp mình",
    "hi": "मुझे सॉफ्टवेयर डेवलपर बनना है, मेरे लिए योजना बनाइए",
    "en": "I want to become a software developer, make me a plan",
}
PLAN_CLOUD_DE = "Mach mir einen Plan, ich will Cloud-Administrator werden"
PLAN_DATA_ES = "quiero ser analista de datos, hazme un plan"
PLAN_DPO_FR = "je veux devenir délégué à la protection des données, fais-moi un plan"

AI101, PROG101, MATH102, CLOUD101, DATOS101, SQL102, RGPD101 = (
    "diaa-ai-101",
    "lit-prog-101",
    "diaa-math-102",
    "hrd-cloud-101",
    "ual-datos-101",
    "ual-sql-102",
    "inl-rgpd-101",
)


def _did(first: str, second: str, cid: str) -> list[tuple[str, list[str], dict]]:
    return [(first, PLANNED, {"plan": True}), (second, HELD, {"held": [cid], "not_rejected": [cid]})]


_BATCH: dict[str, list[tuple[str, list[str], list[tuple[str, list[str], dict]]]]] = {
    "en": [
        ("01", ["verb_after"], [("SQL I know really well, Python not so much", SK, {"levels": {SQL: ADV}})]),
        ("02", ["verb_after"], [("excel? yeah i use it every day at work", SK, {"skills": [SHEET]})]),
        ("03", ["done_course"], _did(PLAN_ML["en"], "I already did the AI basics one", AI101)),
        (
            "04",
            ["done_course"],
            _did(PLAN_DEV["en"], "the intro python course is done already, did it last year", PROG101),
        ),
        (
            "05",
            ["skill_list"],
            [
                (
                    "I know Excel, a bit of SQL, and some Power BI",
                    SK,
                    {"skills_all": [SHEET, SQL, BI], "levels": {SQL: BASIC}},
                )
            ],
        ),
        (
            "06",
            ["skill_list", "not_skill"],
            [
                (
                    "I'm a nurse in Leeds, I like computers and I can do spreadsheets and some basic HTML",
                    SK,
                    {"skills_all": [SHEET, HTML], "skills_not": ["nurs", "leeds", "computer"]},
                )
            ],
        ),
        (
            "07",
            ["skill_list"],
            [("java and javascript I'm fine with, linux too", SK, {"skills_all": [JAVA, JS, OS]})],
        ),
        (
            "08",
            ["done_course", "ask_which"],
            [
                (PLAN_ML["en"], PLANNED, {"plan": True}),
                (
                    "I did the python one already",
                    HELD + ["select", "explain"],
                    {"reply_any": ["which", "?"], "held_not": [PROG101, "diaa-ml-201"]},
                ),
            ],
        ),
    ],
    "de": [
        ("01", ["verb_after"], [("Python-Grundlagen kann ich schon", SK, {"levels": {PY: BASIC}})]),
        (
            "02",
            ["verb_after"],
            [("Tabellenkalkulation beherrsche ich sehr gut", SK, {"levels": {SHEET: ADV}})],
        ),
        (
            "03",
            ["done_course"],
            _did(PLAN_CLOUD_DE, "den Cloud-Grundlagenkurs hab ich schon gemacht", CLOUD101),
        ),
        (
            "04",
            ["done_course"],
            _did(PLAN_ML["de"], "KI-Grundlagen hab ich letztes Jahr schon abgeschlossen", AI101),
        ),
        (
            "05",
            ["skill_list"],
            [
                (
                    "Ich kann Excel, ein bisschen SQL und Java",
                    SK,
                    {"skills_all": [SHEET, SQL, JAVA], "levels": {SQL: BASIC}},
                )
            ],
        ),
        (
            "06",
            ["skill_list", "not_skill"],
            [
                (
                    "Ich bin Verkäuferin in Köln, interessiere mich für Computer "
                    "und kenne mich mit Linux und HTML aus",
                    SK,
                    {"skills_all": [OS, HTML], "skills_not": ["verkäufer", "köln", "computer"]},
                )
            ],
        ),
    ],
    "es": [
        ("01", ["verb_after"], [("Excel lo manejo muy bien", SK, {"levels": {SHEET: ADV}})]),
        ("02", ["verb_after"], [("SQL lo sé un poco", SK, {"levels": {SQL: BASIC}})]),
        ("03", ["done_course"], _did(PLAN_DATA_ES, "el de hojas de cálculo ya lo hice", DATOS101)),
        ("04", ["done_course"], _did(PLAN_DATA_ES, "ya hice el de SQL el año pasado", SQL102)),
        (
            "05",
            ["skill_list"],
            [
                (
                    "sé hojas de cálculo, algo de Python y JavaScript",
                    SK,
                    {"skills_all": [SHEET, PY, JS], "levels": {PY: BASIC}},
                )
            ],
        ),
        (
            "06",
            ["skill_list", "not_skill"],
            [
                (
                    "soy camarera en Sevilla, me gustan los ordenadores y sé usar Excel y Linux",
                    SK,
                    {"skills_all": [SHEET, OS], "skills_not": ["camarer", "sevilla", "computer"]},
                )
            ],
        ),
    ],
    "fr": [
        ("01", ["verb_after"], [("Excel, je connais bien", SK, {"skills": [SHEET]})]),
        ("02", ["verb_after"], [("le SQL je le maîtrise", SK, {"levels": {SQL: ADV}})]),
        ("03", ["done_course"], _did(PLAN_DPO_FR, "j'ai déjà suivi le cours sur le RGPD", RGPD101)),
        ("04", ["done_course"], _did(PLAN_ML["fr"], "j'ai déjà suivi l'intro à l'IA", AI101)),
        (
            "05",
            ["skill_list"],
            [
                (
                    "je connais les tableurs, un peu de Python et le HTML",
                    SK,
                    {"skills_all": [SHEET, PY, HTML], "levels": {PY: BASIC}},
                )
            ],
        ),
        (
            "06",
            ["skill_list", "not_skill"],
            [
                (
                    "je suis infirmière à Lyon, j'aime l'informatique, je sais utiliser Excel et un peu SQL",
                    SK,
                    {"skills_all": [SHEET, SQL], "skills_not": ["infirmi", "lyon"]},
                )
            ],
        ),
    ],
    "fi": [
        ("01", ["verb_after"], [("Pythonia osaan vähän", SK, {"levels": {PY: BASIC}})]),
        ("02", ["verb_after"], [("SQL:n hallitsen hyvin", SK, {"levels": {SQL: ADV}})]),
        ("03", ["done_course"], _did(PLAN_ML["fi"], "tekoälyn perusteet olen jo käynyt", AI101)),
        ("04", ["done_course"], _did(PLAN_ML["fi"], "koneoppimisen matematiikan kurssin tein jo", MATH102)),
        (
            "05",
            ["skill_list"],
            [
                (
                    "osaan Excelin, vähän SQL:ää ja Javaa",
                    SK,
                    {"skills_all": [SHEET, SQL, JAVA], "levels": {SQL: BASIC}},
                )
            ],
        ),
        (
            "06",
            ["skill_list", "not_skill"],
            [
                (
                    "olen lähihoitaja Tampereella, tietokoneet kiinnostaa, "
                    "osaan taulukkolaskennan ja Linuxin",
                    SK,
                    {"skills_all": [SHEET, OS], "skills_not": ["lähihoitaja", "tampere"]},
                )
            ],
        ),
    ],
    "vi": [
        ("01", ["verb_after"], [("Excel thì tôi dùng tốt", SK, {"skills": [SHEET]})]),
        ("02", ["verb_after"], [("SQL mình biết một chút thôi", SK, {"levels": {SQL: BASIC}})]),
        ("03", ["done_course"], _did(PLAN_DEV["vi"], "đã học khóa Python cơ bản rồi", PROG101)),
        (
            "04",
            ["done_course"],
            _did(PLAN_DEV["vi"], "khóa lập trình Python nhập môn mình học xong rồi nhé", PROG101),
        ),
        (
            "05",
            ["skill_list"],
            [
                (
                    "mình biết bảng tính, lập trình Python và một chút SQL",
                    SK,
                    {"skills_all": [SHEET, PY, SQL], "levels": {SQL: BASIC}},
                )
            ],
        ),
        (
            "06",
            ["skill_list", "not_skill"],
            [
                (
                    "tôi là y tá ở Đà Nẵng, thích máy tính, biết dùng Excel và Linux",
                    SK,
                    {"skills_all": [SHEET, OS], "skills_not": ["y tá", "đà nẵng"]},
                )
            ],
        ),
    ],
    "hi": [
        ("01", ["verb_after"], [("एक्सेल मुझे अच्छी तरह आता है", SK, {"levels": {SHEET: ADV}})]),
        (
            "02",
            ["verb_after", "hinglish"],
            [
                (
                    "Excel mujhe aata hai, SQL thoda sa",
                    SK,
                    {"skills": [SHEET], "levels": {SQL: BASIC}, "any_lang": True},
                )
            ],
        ),
        ("03", ["done_course"], _did(PLAN_DEV["hi"], "पाइथन की बुनियादी कोर्स मैंने पहले ही कर ली है", PROG101)),
        (
            "04",
            ["done_course", "hinglish"],
            [
                (
                    "mujhe software developer banna hai, plan bana do",
                    PLANNED,
                    {"plan": True, "any_lang": True},
                ),
                (
                    "python basics wala course maine kar liya hai",
                    HELD,
                    {"held": [PROG101], "not_rejected": [PROG101], "any_lang": True},
                ),
            ],
        ),
        (
            "05",
            ["skill_list"],
            [
                (
                    "मुझे एक्सेल, थोड़ा SQL और जावा आता है",
                    SK,
                    {"skills_all": [SHEET, SQL, JAVA], "levels": {SQL: BASIC}},
                )
            ],
        ),
        (
            "06",
            ["skill_list", "not_skill"],
            [
                (
                    "मैं पटना में दुकानदार हूँ, कंप्यूटर पसंद है, मुझे एक्सेल और HTML आता है",
                    SK,
                    {"skills_all": [SHEET, HTML], "skills_not": ["दुकानदार", "पटना", "shop"]},
                )
            ],
        ),
    ],
    "bn": [
        ("01", ["verb_after"], [("এক্সেল আমি জানি", SK, {"skills": [SHEET]})]),
        ("02", ["verb_after"], [("পাইথন আমি একটু একটু পারি", SK, {"levels": {PY: BASIC}})]),
        ("03", ["done_course"], _did(PLAN_ML["bn"], "এআই-এর মূল বিষয়ের কোর্সটা আমি আগেই করেছি", AI101)),
        ("04", ["done_course"], _did(PLAN_ML["bn"], "পাইথনের বেসিক প্রোগ্রামিং কোর্সটা আমি করে ফেলেছি", PROG101)),
        (
            "05",
            ["skill_list"],
            [
                (
                    "আমি এক্সেল, জাভা আর একটু SQL জানি",
                    SK,
                    {"skills_all": [SHEET, JAVA, SQL], "levels": {SQL: BASIC}},
                )
            ],
        ),
        (
            "06",
            ["skill_list", "not_skill"],
            [
                (
                    "আমি খুলনায় একজন শিক্ষক, কম্পিউটার ভালো লাগে, লিনাক্স আর এইচটিএমএল জানি",
                    SK,
                    {"skills_all": [OS, HTML], "skills_not": ["খুলনা", "শিক্ষক"]},
                )
            ],
        ),
    ],
}


def dialogues(lang: str) -> list[D]:
    """The batch's dialogues in one language, ids `<lang>-skills19-NN`, all tune."""
    return [
        D(
            f"{lang}-skills19-{nn}",
            ["skills19", *tags],
            [T(text, intents, **checks) for text, intents, checks in turns],
            split="tune",
        )
        for nn, tags, turns in _BATCH[lang]
    ]
