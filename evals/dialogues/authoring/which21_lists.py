"""The which21 batch (session 21, issue #12, tune): "which one first, and why?" answered everywhere. Written
BEFORE the fixes by the helper who fixes them (a check of that work, not a blind measure), in its own
phrasings after reading the verdicts of the lead's trial 16 (t16-09, -17, -20), all eight languages and
Hinglish. Classes (tags):

1. `list_first`: "which one first?" after a list names ONE entry the learner can begin with (`cite_first`)
   and says why (a because-word of the language, `reply_any`);
2. `held_first`: a held skill said beside the question ("I already know Linux well, which should I do
   first") - the entry named is not the one teaching only what is held (`cite_none`), with a why;
3. `plan_first`: "which first and why?" after a plan - the plan's first step (`cite_prev_step`) with a why
   that is more than "it comes first in the order";
4. `group_first`: an adviser's group with secondary school only asks where they all start: an entry at
   EQF <= 4 they can begin (free beginner courses count), with a why;
5. `card_first`: after a course's card, "which one first?" - the prerequisite it needs that is not held;
6. `opening_first`: after the counsellor's opening, "what would be the first course?" - one first course
   with a why;
7. `none_first`: nothing in focus and no goal - the goal asked in one line (`reply_any`: the goal word).

Each language module adds `dialogues("<lang>")`."""

from __future__ import annotations

from dsl import D, T
from follow20_lists import STARTERS
from t11goal_lists import ANY

BECAUSE = {
    "en": ["because"],
    "de": ["weil", "denn "],
    "es": ["porque"],
    "fr": ["parce qu", "car "],
    "fi": ["koska"],
    "vi": ["vì"],
    "hi": ["क्योंकि"],
    "bn": ["কারণ"],
}
HL_BECAUSE = ["because", "क्योंकि", "kyunki"]
GOAL_WORD = {
    "en": ["goal"],
    "de": ["ziel"],
    "es": ["objetivo"],
    "fr": ["objectif"],
    "fi": ["tavoit"],
    "vi": ["mục tiêu"],
    "hi": ["लक्ष्य"],
    "bn": ["লক্ষ্য"],
}
HL = {"any_lang": True}
# entries someone new to a field can begin with, per subject (no prerequisite credential, EQF <= 5)
CYBER_START = ["bvca-soc-101", "glcc-safe-104", "inl-securite-103", "bvca-awareness-101", "bvca-iot-203"]
CLOUD_START = ["hrd-cloud-101", "lcsi-cloudops-205"]
AI_START = ["diaa-ai-101", "ual-ia-101"]
DB_START = ["nda-model-102", "nda-nosql-205", "nda-de-101"]
NET_START = ["ccna-net-101", "ccna-fondements-101", "ccna-hw-102"]
SUPPORT_FIRST = [
    "glcc-solve-105",
    "glcc-dl-101",
    "ccna-email-103",
    "ccna-hw-102",
    "ccna-net-101",
    "ual-digital-101",
    "ual-problemas-103",
]
DATA_AFTER_EXCEL = [
    "ual-datos-101",
    "diaa-viz-204",
    "lit-prog-101",
    "nda-de-101",
    "nda-model-102",
    "diaa-math-102",
    "diaa-ai-101",
    "inl-qualite-201",
    "ual-sql-102",
]
DATA_AFTER_PYTHON = [x for x in DATA_AFTER_EXCEL if x != "lit-prog-101"] + ["glcc-office-106"]
WEB_FIRST = ["lit-prog-101", "glcc-code-107", "lit-git-103"]
NET_AFTER_BASICS = [
    "ccna-route-201",
    "ccna-netmon-202",
    "ccna-netsec-204",
    "ccna-netauto-203",
    "lcsi-ne-201",
    "ccna-hw-102",
    "lcsi-5g-204",
]
CYBER_AFTER_NET = [*CYBER_START, "ccna-netsec-204"]


def _why(lang: str, **more: object) -> dict:
    return {"reply_any": BECAUSE[lang], **more}


def _hl(**more: object) -> dict:
    return {"reply_any": HL_BECAUSE, **HL, **more}


# (tags, turns as (text, checks)) per language; ids <lang>-which21-NN in order
_BY_LANG: dict[str, list[tuple[list[str], list[tuple[str, dict]]]]] = {
    "en": [
        (
            ["list_first"],
            [
                ("what cyber security courses have you got?", {}),
                ("ok which one should I do first?", _why("en", cite_first=CYBER_START)),
            ],
        ),
        (
            ["held_first"],
            [
                ("anything on cloud computing?", {}),
                (
                    "I already know Linux pretty well, which do I start with",
                    _why("en", cite_first=CLOUD_START, cite_none=["hrd-linux-101"]),
                ),
            ],
        ),
        (
            ["plan_first"],
            [
                ("I want to become a data engineer, I can do 8 hours a week", {"plan": True}),
                ("which of those comes first and why?", _why("en", cite_prev_step=1)),
            ],
        ),
        (
            ["group_first", "adviser"],
            [
                (
                    "I run a job club: ten young people, secondary school only, they want to get into IT "
                    "support",
                    {},
                ),
                ("they can each put in 5 hours a week", {}),
                ("what should they all begin with, and why?", _why("en", cite_first=SUPPORT_FIRST)),
            ],
        ),
        (["none_first"], [("which course should I take first?", {"reply_any": GOAL_WORD["en"]})]),
        (
            ["card_first"],
            [
                ("tell me about IT Help Desk Fundamentals", {}),
                ("which do I need to do first then?", _why("en", cite_first=["glcc-solve-105"])),
            ],
        ),
        (
            ["opening_first"],
            [
                ("I'm a postman and I'd like to get into computers somehow", {"dead_ok": True}),
                ("what would be the very first course for me?", _why("en", cite_first=STARTERS)),
            ],
        ),
        (
            ["held_first", "hinglish"],
            [
                ("networking ke courses dikhao", HL),
                (
                    "networking basics mujhe aata hai, ab pehle kaunsa karun aur kyun?",
                    _hl(cite_first=NET_AFTER_BASICS, cite_none=["ccna-net-101", "ccna-fondements-101"]),
                ),
            ],
        ),
        (
            ["list_first", "hinglish"],
            [
                ("mujhe toh data analyst banna hai", HL),
                ("pehle kaunsa course karun?", _hl(cite_first=[*DATA_AFTER_EXCEL, "glcc-office-106"])),
            ],
        ),
    ],
    "de": [
        (
            ["list_first"],
            [
                ("Welche Kurse gibt es zu Datenbanken?", {}),
                ("welchen zuerst?", _why("de", cite_first=DB_START)),
            ],
        ),
        (
            ["plan_first"],
            [
                ("Ich bin Elektriker und will in die Netzwerktechnik, so 4 Stunden pro Woche", {}),
                ("Welchen Kurs mach ich als erstes, und warum?", _why("de", cite_first=NET_START)),
            ],
        ),
        (
            ["held_first", "adviser"],
            [
                ("Mein Klient will Data Scientist werden und kann schon gut Python", {}),
                (
                    "mit welchem Kurs soll er anfangen?",
                    _why("de", cite_first=DATA_AFTER_PYTHON, cite_none=["lit-prog-101"]),
                ),
            ],
        ),
        (
            ["card_first"],
            [
                ("Erzähl mir was über Cloud-Sicherheit und Compliance", {}),
                ("welchen Kurs muss ich davor zuerst machen?", _why("de", cite_first=["hrd-cloud-101"])),
            ],
        ),
        (["none_first"], [("Welchen Kurs soll ich zuerst machen?", {"reply_any": GOAL_WORD["de"]})]),
    ],
    "es": [
        (
            ["list_first"],
            [
                ("¿qué cursos hay de inteligencia artificial?", {}),
                ("¿cuál hago primero?", _why("es", cite_first=AI_START)),
            ],
        ),
        (
            ["held_first"],
            [
                ("ya manejo Excel bastante bien y quiero ser analista de datos", {}),
                (
                    "¿cuál hago primero y por qué?",
                    _why("es", cite_first=DATA_AFTER_EXCEL, cite_none=["glcc-office-106"]),
                ),
            ],
        ),
        (
            ["plan_first"],
            [
                ("quiero ser desarrolladora web, tengo 6 horas por semana", {"plan": True}),
                ("¿con cuál empiezo y por qué?", _why("es", cite_prev_step=1)),
            ],
        ),
        (
            ["group_first", "adviser"],
            [
                (
                    "Soy orientadora de un grupo de 15 jóvenes que solo tienen la ESO y quieren trabajar en "
                    "soporte informático",
                    {},
                ),
                ("¿con qué curso deberían empezar todos?", _why("es", cite_first=SUPPORT_FIRST)),
            ],
        ),
        (
            ["opening_first"],
            [
                ("hola, trabajo en una panadería y quiero cambiar a algo de informática", {"dead_ok": True}),
                ("¿cuál sería el primer curso?", _why("es", cite_first=STARTERS)),
            ],
        ),
    ],
    "fr": [
        (
            ["list_first"],
            [
                ("quelles formations sur le RGPD ?", {}),
                ("lequel en premier ?", _why("fr", cite_first=["inl-rgpd-101"])),
            ],
        ),
        (
            ["held_first"],
            [
                ("vous avez quoi en cybersécurité ?", {}),
                (
                    "je m'y connais déjà bien en réseaux, je fais lequel en premier ?",
                    _why("fr", cite_first=CYBER_AFTER_NET, cite_none=["ccna-net-101", "ccna-fondements-101"]),
                ),
            ],
        ),
        (
            ["plan_first"],
            [
                ("je veux devenir analyste de données, 5 heures par semaine", {"plan": True}),
                ("lequel en premier et pourquoi ?", _why("fr", cite_prev_step=1)),
            ],
        ),
        (
            ["card_first"],
            [
                ("parle-moi de la formation Piloter la conformité : le métier de DPO", {}),
                ("et avant, laquelle je dois faire en premier ?", _why("fr", cite_first=["inl-rgpd-101"])),
            ],
        ),
        (["none_first"], [("je commence par quelle formation ?", {"reply_any": GOAL_WORD["fr"]})]),
    ],
    "fi": [
        (
            ["opening_first"],
            [
                ("moi, oon kassalla töissä ja haluisin IT-alalle", {"dead_ok": True}),
                ("ehdin ehkä 6 tuntia viikossa", {}),
                ("mikä ois eka kurssi?", _why("fi", cite_first=STARTERS)),
            ],
        ),
        (
            ["list_first"],
            [
                ("mitä pilvikursseja teillä on?", {}),
                ("mikä niistä ensin?", _why("fi", cite_first=CLOUD_START)),
            ],
        ),
        (
            ["held_first"],
            [
                ("osaan jo Pythonia hyvin ja haluun data-analyytikoksi", {}),
                (
                    "mikä kurssi kannattaa tehdä ekana ja miksi?",
                    _why("fi", cite_first=DATA_AFTER_PYTHON, cite_none=["lit-prog-101"]),
                ),
            ],
        ),
        (
            ["plan_first"],
            [
                ("haluan web-kehittäjäksi, 5 tuntia viikossa", {"plan": True}),
                ("mikä ensin ja miksi?", _why("fi", cite_prev_step=1)),
            ],
        ),
        (["none_first"], [("mikä kurssi ensin?", {"reply_any": GOAL_WORD["fi"]})]),
    ],
    "vi": [
        (
            ["list_first"],
            [
                ("có khóa nào về an ninh mạng không?", {}),
                ("nên học khóa nào trước?", _why("vi", cite_first=CYBER_START)),
            ],
        ),
        (
            ["group_first", "adviser"],
            [
                (
                    "Tôi là cán bộ tư vấn cho 20 bạn trẻ chỉ học hết cấp 3, các bạn muốn làm hỗ trợ IT",
                    {},
                ),
                ("mỗi tuần các bạn học được 5 tiếng", {}),
                ("các bạn nên bắt đầu bằng khóa nào, tại sao?", _why("vi", cite_first=SUPPORT_FIRST)),
            ],
        ),
        (
            ["held_first"],
            [
                ("tôi biết SQL rồi, muốn làm kỹ sư dữ liệu", {}),
                (
                    "khóa nào học trước?",
                    _why("vi", cite_first=["nda-de-101", "nda-model-102", "nda-nosql-205"]),
                ),
            ],
        ),
        (
            ["plan_first"],
            [
                ("tôi muốn làm lập trình viên web, 6 giờ mỗi tuần", {"plan": True}),
                ("khóa nào trước, vì sao?", _why("vi", cite_prev_step=1)),
            ],
        ),
        (["none_first"], [("nên học khóa nào trước?", {"reply_any": GOAL_WORD["vi"]})]),
    ],
    "hi": [
        (
            ["list_first"],
            [
                ("मुझे क्लाउड के कोर्स दिखाइए", {}),
                ("इनमें से पहले कौन सा करूँ?", _why("hi", cite_first=CLOUD_START)),
            ],
        ),
        (
            ["held_first"],
            [
                ("मुझे साइबर सिक्योरिटी में जाना है, नेटवर्किंग पहले से आती है", {}),
                (
                    "पहले कौन सा कोर्स करूँ और क्यों?",
                    _why("hi", cite_first=CYBER_AFTER_NET, cite_none=["ccna-net-101"]),
                ),
            ],
        ),
        (
            ["plan_first"],
            [
                ("मुझे डेटा एनालिस्ट बनना है, हफ्ते में 5 घंटे", {"plan": True}),
                ("सबसे पहले कौन सा और क्यों?", _why("hi", cite_prev_step=1)),
            ],
        ),
        (["none_first"], [("पहले कौन सा कोर्स करूँ?", {"reply_any": GOAL_WORD["hi"]})]),
    ],
    "bn": [
        (
            ["list_first"],
            [
                ("এআই নিয়ে কী কী কোর্স আছে?", {}),
                ("কোনটা আগে করব?", _why("bn", cite_first=AI_START)),
            ],
        ),
        (
            ["held_first", "adviser"],
            [
                ("আমি একজন ক্যারিয়ার পরামর্শদাতা, আমার ক্লায়েন্ট ডেটা অ্যানালিস্ট হতে চায়, এক্সেল ভালো জানে", {}),
                (
                    "ও কোনটা দিয়ে শুরু করবে আর কেন?",
                    _why("bn", cite_first=DATA_AFTER_EXCEL, cite_none=["glcc-office-106"]),
                ),
            ],
        ),
        (
            ["plan_first"],
            [
                ("আমি ওয়েব ডেভেলপার হতে চাই, সপ্তাহে ৬ ঘণ্টা", {"plan": True}),
                ("কোনটা আগে, কেন?", _why("bn", cite_prev_step=1)),
            ],
        ),
        (["none_first"], [("কোন কোর্সটা আগে করব?", {"reply_any": GOAL_WORD["bn"]})]),
    ],
}


def dialogues(lang: str) -> list[D]:
    out = []
    for n, (tags, turns) in enumerate(_BY_LANG[lang], 1):
        out.append(
            D(
                f"{lang}-which21-{n:02d}",
                ["which21", *tags],
                [T(t, ANY, **c) for t, c in turns],
                split="tune",
            )
        )
    return out
