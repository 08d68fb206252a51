"""The vague19 batch (session 19, issue #12, tune): vague openings and "you choose for me". Written BEFORE the
fixes by the helper who fixes them (a check of that work, not a blind measure), in its own phrasings after
reading the verdicts of the lead's trial 14 (t14-01, -02, -19), all eight languages and Hinglish. Three
classes (tags):

1. `pick`: an opening with vague interests and no aim ("I like games and computers, no idea what job") sets no
   goal of its words; "what would you pick for me?" / "you decide" / "was würdest du nehmen?" / "tú qué me
   recomiendas?" / "bạn chọn giúp tôi" / "aap batao kya karun" after it picks ONE direction from what was said
   and lists or plans towards it (the entries cited are of the direction the interests point to), never a goal
   made of the learner's words;
2. `plan_named`: "make me a plan to get to that one / that certificate" after a course or certificate in focus
   plans towards that entry (the course itself, or the certificate's parts), not an area goal and a list;
3. `past_job`: a past or current job is the role; its ESCO skills are not saved as held unless the learner
   says them.

Each language module adds `dialogues("<lang>")`."""

from __future__ import annotations

from dsl import D, T
from t11goal_lists import ANY

# the entries each direction's first courses come from (any of them cited is a list or plan in that direction)
DATA = [
    "ual-datos-101",
    "ual-sql-102",
    "ual-python-201",
    "ual-visual-203",
    "ual-cert-datos",
    "ual-estad-202",
    "diaa-viz-204",
    "glcc-office-106",
    "nda-model-102",
    "nda-de-101",
    "inl-qualite-201",
    "lit-prog-101",
]
CODE = [
    "lit-prog-101",
    "glcc-code-107",
    "lit-oop-102",
    "lit-web-201",
    "lit-git-103",
    "lit-cert-swe",
    "lit-cert-web",
    "lit-api-204",
    "lit-debug-202",
]
WEB = [
    "lit-web-201",
    "lit-webstd-202",
    "lit-fw-203",
    "lit-cert-web",
    "lcsi-ux-207",
    "glcc-create-103",
    "aec-media-208",
]
SUPPORT = [
    "glcc-help-201",
    "glcc-sys-202",
    "glcc-solve-105",
    "ccna-hw-102",
    "ccna-ops-205",
    "ccna-net-101",
    "ccna-email-103",
]
CYBER = [
    "bvca-soc-101",
    "bvca-pentest-201",
    "bvca-cert-defence",
    "bvca-cert-offensive",
    "ccna-netsec-204",
    "glcc-safe-104",
    "inl-cyber-201",
    "bvca-hard-202",
    "bvca-forensics-201",
    "inl-securite-103",
]
# skills a past job's ESCO profile would invent (never said by the learner)
MANAGER_SKILLS = [
    "project management",
    "manage staff",
    "manage a team",
    "budget",
    "sales",
    "retail",
    "stock",
    "supervis",
    "customer",
    "negotiat",
    "shop",
]
NURSE_SKILLS = ["nurs", "patient", "care", "health", "medic", "clinical"]
TEACHER_SKILLS = ["teach", "lesson", "pupil", "student", "curricul", "classroom"]
DRIVER_SKILLS = ["driv", "vehicle", "transport", "logistic", "route", "deliver"]
ACCOUNT_SKILLS = ["account", "bookkeep", "financ", "tax", "invoice", "payroll", "budget"]


def _t(text: str, **checks: object) -> T:
    return T(text, ANY, **checks)


def _pick(
    opening: str, ask: str, words: list[str], direction: list[str], *, hinglish: bool = False
) -> list[T]:
    """A vague opening (no goal of its words) and "you choose" (entries of `direction` cited, no goal of the
    words)."""
    lang = {"any_lang": True} if hinglish else {}
    return [
        _t(opening, no_goal=True, goal_not=words, dead_ok=True, **lang),
        _t(ask, goal_not=words, cite_any=direction, **lang),
    ]


def _named(ask: str, entry: str, plan: str, parts: list[str], *, hinglish: bool = False) -> list[T]:
    """A question about one entry, then a plan to it: a plan whose steps include it (or its parts)."""
    lang = {"any_lang": True} if hinglish else {}
    return [
        _t(ask, cite_any=[entry], dead_ok=True, **lang),
        _t(plan, plan=True, plan_incl=parts, **lang),
    ]


_BATCH: dict[str, list[tuple[str, list[str], list[T]]]] = {
    "en": [
        (
            "pick",
            [],
            _pick(
                "im 18, finished school in june. i like gaming and messing around on my laptop "
                "but no clue what to do",
                "you decide for me",
                ["gaming", "laptop", "clue", "school", "messing"],
                CODE,
            ),
        ),
        (
            "pick",
            [],
            _pick(
                "I've always been good with numbers and I like working on my computer, "
                "but I don't know which job that would be",
                "what would you go for if you were me?",
                ["numbers", "good", "job", "always"],
                DATA,
            ),
        ),
        (
            "pick",
            ["adviser"],
            _pick(
                "My client is 24, likes drawing and spends a lot of time online, "
                "no idea what she wants to do",
                "what would you pick for her?",
                ["drawing", "online", "time", "idea", "client"],
                WEB,
            ),
        ),
        (
            "plan_named",
            [],
            _named(
                "what's the parallel programming course about?",
                "padr-par-201",
                "ok make me a plan to get to that one",
                ["padr-par-201"],
            ),
        ),
        (
            "plan_named",
            [],
            _named(
                "tell me about the web development certificate",
                "lit-cert-web",
                "plan to get to that certificate please, 6 hours a week",
                ["lit-web-201", "lit-webstd-202", "lit-fw-203", "lit-api-204"],
            ),
        ),
        (
            "past_job",
            ["adviser"],
            [
                _t(
                    "New client: Tom, 45, was a retail store manager for 15 years, now wants to get into IT "
                    "project management",
                    skills_not=MANAGER_SKILLS,
                    role=["retail", "store", "shop", "manager"],
                ),
            ],
        ),
        (
            "past_job",
            [],
            [
                _t(
                    "I worked as a nurse for ten years and I'd like to move into health data",
                    skills_not=NURSE_SKILLS,
                    role=["nurse"],
                ),
            ],
        ),
    ],
    "de": [
        (
            "pick",
            [],
            _pick(
                "hab grad Abi gemacht, zocke viel und mag Computer, aber keine Ahnung was ich werden will",
                "was würdest du nehmen?",
                ["abi", "zocke", "ahnung", "computer"],
                CODE,
            ),
        ),
        (
            "pick",
            [],
            _pick(
                "Ich repariere gern die Rechner von Freunden und Familie, weiß aber nicht, "
                "was ich damit beruflich machen kann",
                "entscheide du für mich",
                ["freunde", "familie", "rechner", "beruflich"],
                SUPPORT,
            ),
        ),
        (
            "plan_named",
            [],
            _named(
                "Worum geht es im Kurs Cloud-Sicherheit und Compliance?",
                "hrd-cloudsec-201",
                "Mach mir einen Plan bis zu dem Kurs",
                ["hrd-cloudsec-201"],
            ),
        ),
        (
            "plan_named",
            [],
            _named(
                "Was ist das Cyber Defence Practitioner Certificate?",
                "bvca-cert-defence",
                "Plan bis zu dem Zertifikat bitte, 5 Stunden die Woche",
                ["bvca-soc-101", "bvca-siem-201", "bvca-hard-202", "bvca-ir-203"],
            ),
        ),
        (
            "past_job",
            [],
            [
                _t(
                    "Ich war 12 Jahre Filialleiterin im Einzelhandel und will jetzt ins IT-Projektmanagement",
                    skills_not=MANAGER_SKILLS,
                    role=["filialleiter", "retail", "shop", "store", "branch", "einzelhandel", "manager"],
                ),
            ],
        ),
        (
            "past_job",
            [],
            [
                _t(
                    "bin LKW-Fahrer, möchte aber was mit Daten machen",
                    skills_not=DRIVER_SKILLS,
                    role=["fahrer", "driver", "lkw", "truck", "lorry"],
                ),
            ],
        ),
    ],
    "es": [
        (
            "pick",
            [],
            _pick(
                "tengo 19 años, me gustan los videojuegos y el ordenador pero no sé qué estudiar",
                "¿tú qué me recomiendas?",
                ["videojuegos", "ordenador", "años", "estudiar"],
                CODE,
            ),
        ),
        (
            "pick",
            [],
            _pick(
                "se me dan bien los números y las hojas de cálculo, pero no sé a qué dedicarme",
                "elige tú por mí",
                ["números", "numeros", "dedicarme", "hojas"],
                DATA,
            ),
        ),
        (
            "plan_named",
            [],
            _named(
                "¿de qué va el curso de visualización de datos?",
                "ual-visual-203",
                "hazme un plan para llegar a ese",
                ["ual-visual-203"],
            ),
        ),
        (
            "plan_named",
            [],
            _named(
                "cuéntame del Experto Universitario en Análisis de Datos",
                "ual-cert-datos",
                "un plan para llegar a ese certificado, tengo 5 horas a la semana",
                ["ual-datos-101", "ual-sql-102", "ual-python-201", "ual-estad-202", "ual-visual-203"],
            ),
        ),
        (
            "past_job",
            [],
            [
                _t(
                    "fui encargada de tienda durante 10 años y ahora quiero dedicarme "
                    "a la gestión de proyectos TI",
                    skills_not=MANAGER_SKILLS,
                    role=["encargad", "tienda", "shop", "store", "retail", "manager"],
                ),
            ],
        ),
        (
            "past_job",
            ["adviser"],
            [
                _t(
                    "Mi cliente era contable en una gestoría y quiere pasarse al análisis de datos",
                    skills_not=ACCOUNT_SKILLS,
                    role=["contable", "account", "bookkeep"],
                ),
            ],
        ),
    ],
    "fr": [
        (
            "pick",
            [],
            _pick(
                "j'ai 20 ans, j'aime les jeux vidéo et l'informatique mais aucune idée de quel métier faire",
                "qu'est-ce que tu choisirais pour moi ?",
                ["jeux", "vidéo", "idée", "métier", "ans"],
                CODE,
            ),
        ),
        (
            "pick",
            [],
            _pick(
                "je m'intéresse à la sécurité sur internet et aux hackers, "
                "mais je ne sais pas par où commencer ni quel travail viser",
                "choisis pour moi",
                ["hackers", "internet", "travail", "commencer"],
                CYBER,
            ),
        ),
        (
            "plan_named",
            [],
            _named(
                "c'est quoi le cours de tests d'intrusion ?",
                "bvca-pentest-201",
                "fais-moi un plan pour arriver à celui-là",
                ["bvca-pentest-201"],
            ),
        ),
        (
            "past_job",
            [],
            [
                _t(
                    "j'étais chauffeur-livreur pendant 8 ans, maintenant je veux travailler "
                    "dans l'informatique, le support peut-être",
                    skills_not=DRIVER_SKILLS,
                    role=["chauffeur", "livreur", "driver", "courier"],
                ),
            ],
        ),
        (
            "past_job",
            [],
            [
                _t(
                    "ancienne infirmière, je voudrais me reconvertir dans les données de santé",
                    skills_not=NURSE_SKILLS,
                    role=["infirmi", "nurse"],
                ),
            ],
        ),
    ],
    "fi": [
        (
            "pick",
            [],
            _pick(
                "oon 19 ja tykkään pelata ja olla koneella, mutta en tiedä mikä ammatti sopisi",
                "mitä sinä valitsisit mulle?",
                ["pelata", "koneella", "ammatti", "tiedä"],
                CODE,
            ),
        ),
        (
            "pick",
            [],
            _pick(
                "olen hyvä numeroiden kanssa ja tykkään excelistä, mutta en tiedä mihin suuntaan lähtisin",
                "valitse sinä",
                ["numeroiden", "suuntaan", "hyvä"],
                DATA,
            ),
        ),
        (
            "plan_named",
            [],
            _named(
                "mistä Building Web APIs -kurssi kertoo?",
                "lit-api-204",
                "tee mulle suunnitelma sinne asti",
                ["lit-api-204"],
            ),
        ),
        (
            "past_job",
            [],
            [
                _t(
                    "olin kaupan myymäläpäällikkö 10 vuotta ja haluan nyt IT-projektinhallintaan",
                    skills_not=MANAGER_SKILLS,
                    role=["päällikkö", "myymälä", "retail", "store", "shop", "manager"],
                ),
            ],
        ),
        (
            "past_job",
            [],
            [
                _t(
                    "olen ollut kirjanpitäjä, nyt kiinnostaa data-analytiikka",
                    skills_not=ACCOUNT_SKILLS,
                    role=["kirjanpit", "account", "bookkeep"],
                ),
            ],
        ),
    ],
    "vi": [
        (
            "pick",
            [],
            _pick(
                "em 18 tuổi, thích chơi game và máy tính nhưng không biết nên học nghề gì",
                "bạn chọn giúp tôi đi",
                ["game", "tuổi", "nghề"],
                CODE,
            ),
        ),
        (
            "pick",
            [],
            _pick(
                "tôi hay sửa máy tính cho bạn bè và thích giúp người khác, nhưng chưa biết làm nghề gì",
                "bạn nghĩ tôi nên chọn cái nào?",
                ["bạn bè", "người khác", "nghề"],
                SUPPORT,
            ),
        ),
        (
            "plan_named",
            [],
            _named(
                "khóa Natural Language Processing học gì vậy?",
                "diaa-nlp-302",
                "lập cho tôi kế hoạch để đến được khóa đó",
                ["diaa-nlp-302"],
            ),
        ),
        (
            "past_job",
            [],
            [
                _t(
                    "tôi từng là y tá 7 năm, giờ muốn chuyển sang dữ liệu y tế",
                    skills_not=NURSE_SKILLS,
                    role=["y tá", "nurse"],
                ),
            ],
        ),
        (
            "past_job",
            [],
            [
                _t(
                    "trước đây tôi làm quản lý cửa hàng bán lẻ, bây giờ muốn học quản lý dự án CNTT",
                    skills_not=MANAGER_SKILLS,
                    role=["quản lý", "cửa hàng", "retail", "store", "shop", "manager"],
                ),
            ],
        ),
    ],
    "hi": [
        (
            "pick",
            [],
            _pick(
                "मैं 19 साल का हूँ, मुझे गेम्स और कंप्यूटर पसंद हैं लेकिन पता नहीं कौन सा काम करूँ",
                "आप ही चुन दीजिए मेरे लिए",
                ["गेम्स", "साल", "काम"],
                CODE,
            ),
        ),
        (
            "pick",
            ["hinglish"],
            _pick(
                "mujhe numbers aur excel accha lagta hai par samajh nahi aa raha kya karun",
                "aap batao kya karun",
                ["numbers", "samajh", "karun"],
                DATA,
                hinglish=True,
            ),
        ),
        (
            "plan_named",
            ["hinglish"],
            _named(
                "Data Warehouse Design course kya hai?",
                "nda-dwh-202",
                "us course tak pahunchne ka plan bana do",
                ["nda-dwh-202"],
                hinglish=True,
            ),
        ),
        (
            "past_job",
            [],
            [
                _t(
                    "मैं पहले स्कूल में टीचर था, अब साइबर सुरक्षा में जाना चाहता हूँ",
                    skills_not=TEACHER_SKILLS,
                    role=["टीचर", "शिक्षक", "teacher"],
                ),
            ],
        ),
        (
            "past_job",
            ["hinglish"],
            [
                _t(
                    "main pehle ek dukaan ka manager tha, ab IT project management mein jana hai",
                    skills_not=MANAGER_SKILLS,
                    role=["manager", "dukaan", "shop", "store"],
                    any_lang=True,
                ),
            ],
        ),
    ],
    "bn": [
        (
            "pick",
            [],
            _pick(
                "আমার বয়স ১৯, গেম খেলতে আর কম্পিউটার ভালো লাগে কিন্তু কী কাজ করব জানি না",
                "আপনিই আমার জন্য বেছে দিন",
                ["গেম", "বয়স", "কাজ"],
                CODE,
            ),
        ),
        (
            "pick",
            [],
            _pick(
                "অনলাইন নিরাপত্তা আর হ্যাকিং নিয়ে আমার আগ্রহ আছে, কিন্তু কোন কাজ করব বুঝতে পারছি না",
                "আপনি হলে কী বাছতেন?",
                ["হ্যাকিং", "আগ্রহ", "কাজ"],
                CYBER,
            ),
        ),
        (
            "plan_named",
            [],
            _named(
                "Front-End Web Development কোর্সটা কী নিয়ে?",
                "lit-web-201",
                "ওই কোর্স পর্যন্ত পৌঁছানোর একটা প্ল্যান বানিয়ে দিন",
                ["lit-web-201"],
            ),
        ),
        (
            "past_job",
            [],
            [
                _t(
                    "আমি আগে হিসাবরক্ষক ছিলাম, এখন ডেটা অ্যানালাইসিস শিখতে চাই",
                    skills_not=ACCOUNT_SKILLS,
                    role=["হিসাবরক্ষক", "account", "bookkeep"],
                ),
            ],
        ),
        (
            "past_job",
            [],
            [
                _t(
                    "আমি একটা দোকানের ম্যানেজার ছিলাম, এখন আইটি প্রজেক্ট ম্যানেজমেন্টে যেতে চাই",
                    skills_not=MANAGER_SKILLS,
                    role=["ম্যানেজার", "manager", "দোকান", "shop", "store"],
                ),
            ],
        ),
    ],
}


def dialogues(lang: str) -> list[D]:
    """The batch's dialogues of one language, ids `<lang>-vague19-NN`."""
    return [
        D(f"{lang}-vague19-{n:02d}", ["vague19", tag, *extra], turns, split="tune")
        for n, (tag, extra, turns) in enumerate(_BATCH[lang], start=1)
    ]
