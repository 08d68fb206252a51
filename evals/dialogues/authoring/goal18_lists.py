"""The goal18 batch (session 18, issue #12, tune): goals and roles that are what the learner meant,
never a bag of leftover words. Written BEFORE the fixes by the helper who fixes them (a check of that
work, not a blind measure), in its own phrasings after reading the verdicts of the lead's trial 13
(t13-01, -06, -17), all eight languages and Hinglish. Five classes (tags):

1. `constraints_followup` / `pick_for_me`: hours or a format said after an opener with no aim, or "what would
   you pick for me?", set no goal made of the earlier words ('team cloud linux');
2. `held_in_goal`: skills the learner says they know are held, not part of the goal's label ('artificial
   intelligence python statistics');
3. `group` / `comparative` / `adviser_group`: a group led, a comparison of strengths or an adviser's group of
   clients is no role named after the words ('workshop unemployed people', 'people person techie'), and a
   group's area is labelled by the area, not 'jobs cybersecurity';
4. `past_job`: a former job adds no held skill the learner never stated;
5. `area`: areas the catalogue serves (AI-driven networking, HPC, health data without coding, digital literacy
   for oneself versus teaching it) are recognised, never a developer's goal for a nurse.

Each language module adds `dialogues("<lang>")`."""

from __future__ import annotations

from dsl import D, T
from t11goal_lists import ANY

# the AI-driven networking courses and certificate
AI_NET = ["lcsi-cert-ainet", "ccna-aiops-301", "ccna-cert-netops", "ccna-netauto-203"]
HPC = ["high performance", "high-performance", "hpc", "parallel", "concurren", "supercomput"]
CYBER = ["cyber", "security", "ict security", "5e2bd8fe"]
DATA_ANALYST = ["data analyst", "d3edb8f8", "data analysis", "data analytics"]
HELPDESK = ["help desk", "helpdesk", "support", "technician"]
# skills a past job in a shop or a warehouse would invent (never said by the learner)
SHOP_SKILLS = [
    "retail",
    "shop",
    "store",
    "sales",
    "stock",
    "warehouse",
    "supervis",
    "manage staff",
    "logistic",
]
OFFICE_INVENTED = ["office software", "warehouse", "stock", "logistic"]
# a developer's or programmer's goal for someone who said "not heavy coding"
CODER = ["software developer", "f2b15a0e", "programmer"]


def _t(text: str, **checks: object) -> T:
    return T(text, ANY, **checks)


_BATCH: dict[str, list[tuple[str, list[str], list[T]]]] = {
    "en": [
        (
            "constraints_followup",
            [],
            [
                _t(
                    "my manager says we're all moving to cloud stuff soon and I'm the only one "
                    "in the office who "
                    "does the linux boxes. any ideas",
                    dead_ok=True,
                ),
                _t(
                    "maybe 4 hrs on saturdays and sundays",
                    goal_not=["office", "linux", "saturday", "boxes", "manager", "stuff"],
                    hours=(6, 0.4),
                    dead_ok=True,
                ),
            ],
        ),
        (
            "pick_for_me",
            [],
            [
                _t("honestly no clue what I want, I just know I like computers", dead_ok=True),
                _t("what would you choose for me?", no_goal=True),
            ],
        ),
        (
            "group",
            [],
            [
                _t(
                    "I run a job club for 15 long-term unemployed adults and I'm looking for "
                    "courses for them",
                    role_not=["club", "unemployed", "adults", "long-term", "running"],
                    dead_ok=True,
                ),
            ],
        ),
        (
            "comparative",
            [],
            [
                _t(
                    "I'm better with spreadsheets than with people. what kind of job could work for me?",
                    role_not=["spreadsheet", "people", "better"],
                    goal_not=["people", "better", "kind"],
                    dead_ok=True,
                ),
            ],
        ),
        (
            "area",
            [],
            [
                _t(
                    "I'm a care worker and health informatics sounds interesting - but I'm not a programmer",
                    goal_not=[*CODER, "care worker", "sounds"],
                ),
            ],
        ),
        (
            "adviser_group",
            [],
            [
                _t(
                    "I advise a group of recent graduates who all want jobs in cyber security",
                    goal=CYBER,
                    goal_not=["jobs", "graduates", "group", "recent"],
                ),
            ],
        ),
        (
            "past_job",
            [],
            [
                _t(
                    "used to be a warehouse supervisor, want something with computers now",
                    skills_not=SHOP_SKILLS,
                    goal_not=["warehouse", "used", "supervisor", "now"],
                    dead_ok=True,
                ),
            ],
        ),
    ],
    "de": [
        (
            "held_in_goal",
            [],
            [
                _t(
                    "Ich bin Entwickler und möchte in Richtung KI, Python kann ich schon, "
                    "Statistik ein bisschen",
                    goal_not=["python", "statistik", "statistics", "bisschen"],
                    skills=["python"],
                ),
            ],
        ),
        (
            "constraints_followup",
            [],
            [
                _t(
                    "Unser Betrieb stellt nächstes Jahr auf Cloud um und ich bin der einzige "
                    "mit Linux-Erfahrung",
                    dead_ok=True,
                ),
                _t(
                    "am Wochenende so 3 Stunden",
                    goal_not=["betrieb", "linux", "wochenende", "stunden", "einzige", "jahr"],
                    dead_ok=True,
                ),
            ],
        ),
        (
            "comparative",
            [],
            [
                _t(
                    "Ich bin eher der Menschentyp als der Techniker. Was könnte ich beruflich machen?",
                    role_not=["mensch", "techniker", "typ"],
                    goal_not=["mensch", "typ", "beruflich"],
                    dead_ok=True,
                ),
            ],
        ),
        (
            "past_job",
            [],
            [
                _t(
                    "Ich war früher Lagerarbeiter und will jetzt was mit Computern im Büro machen",
                    skills_not=OFFICE_INVENTED,
                    goal_not=["lager", "früher", "jetzt"],
                    dead_ok=True,
                ),
            ],
        ),
        (
            "adviser_group",
            [],
            [
                _t(
                    "Ich berate eine Gruppe von Absolventen, die alle in die Datenanalyse wollen",
                    goal=DATA_ANALYST,
                    goal_not=["gruppe", "absolvent", "wollen", "alle"],
                ),
            ],
        ),
    ],
    "es": [
        (
            "held_in_goal",
            [],
            [
                _t(
                    "trabajo como programador y quiero meterme en ciencia de datos; ya domino SQL y Python",
                    goal_not=["sql", "python", "domino"],
                    skills=["sql", "python"],
                ),
            ],
        ),
        (
            "group",
            [],
            [
                _t(
                    "coordino un taller con 10 jóvenes desempleados y busco formación digital para ellos",
                    role_not=["taller", "jóvenes", "jovenes", "desempleados", "unemployed", "workshop"],
                    dead_ok=True,
                ),
            ],
        ),
        (
            "pick_for_me",
            [],
            [
                _t("hola, no sé muy bien qué estudiar", dead_ok=True),
                _t("¿tú qué me recomendarías?", no_goal=True),
            ],
        ),
        (
            "past_job",
            [],
            [
                _t(
                    "antes era encargada de una tienda, ahora quiero trabajar en algo de análisis de datos",
                    skills_not=SHOP_SKILLS,
                    goal_not=["tienda", "encargada", "antes"],
                ),
            ],
        ),
        (
            "area",
            [],
            [
                _t(
                    "quiero especializarme en redes gestionadas con inteligencia artificial",
                    cite_any=AI_NET,
                    goal_not=["quiero", "especializarme", "gestionadas"],
                ),
            ],
        ),
    ],
    "fr": [
        (
            "constraints_followup",
            [],
            [
                _t("je regarde un peu ce qui existe, on m'a parlé des métiers du numérique", dead_ok=True),
                _t(
                    "j'ai seulement 2 h par semaine, le soir",
                    goal_not=["soir", "semaine", "regarde", "parlé", "métiers"],
                    hours=2,
                    dead_ok=True,
                ),
            ],
        ),
        (
            "held_in_goal",
            [],
            [
                _t(
                    "je suis analyste, je veux aller vers le machine learning, je connais déjà "
                    "Python et un peu "
                    "les stats",
                    goal_not=["python", "stat"],
                    skills=["python"],
                ),
            ],
        ),
        (
            "adviser_group",
            [],
            [
                _t(
                    "j'accompagne un groupe de demandeurs d'emploi qui veulent travailler dans le support "
                    "informatique",
                    goal=HELPDESK,
                    goal_not=["groupe", "demandeurs", "travailler", "veulent"],
                ),
            ],
        ),
        (
            "comparative",
            [],
            [
                _t(
                    "je suis plus à l'aise avec les chiffres qu'avec les gens, quel métier pour moi ?",
                    role_not=["chiffres", "gens", "aise"],
                    goal_not=["gens", "aise", "métier pour"],
                    dead_ok=True,
                ),
            ],
        ),
        (
            "area",
            [],
            [
                _t(
                    "je suis infirmière et les données de santé m'intéressent, mais sans trop coder",
                    goal_not=[*CODER, "infirmi", "coder"],
                ),
            ],
        ),
    ],
    "fi": [
        (
            "held_in_goal",
            [],
            [
                _t(
                    "olen ohjelmistokehittäjä ja haluan tekoälyn pariin, osaan pythonia ja "
                    "vähän tilastotiedettä",
                    goal_not=["python", "tilasto", "statistic"],
                    skills=["python"],
                ),
            ],
        ),
        (
            "constraints_followup",
            [],
            [
                _t("tiimimme siirtyy pilveen ja minä olen ainoa joka osaa linuxia, mitä teen", dead_ok=True),
                _t(
                    "viikonloppuisin ehkä 3 tuntia",
                    goal_not=["tiimi", "linux", "viikonlop", "tunti", "ainoa"],
                    dead_ok=True,
                ),
            ],
        ),
        (
            "group",
            [],
            [
                _t(
                    "vedän työpajaa kahdelletoista työttömälle nuorelle, mitä kursseja heille olisi",
                    role_not=["työpaja", "työtön", "työttöm", "nuor", "workshop", "unemployed"],
                    dead_ok=True,
                ),
            ],
        ),
        (
            "past_job",
            [],
            [
                _t(
                    "olin ennen varastotyöntekijä, nyt haluaisin toimistotöihin",
                    skills_not=OFFICE_INVENTED,
                    goal_not=["varasto", "ennen"],
                    dead_ok=True,
                ),
            ],
        ),
        (
            "area",
            [],
            [
                _t("haluaisin oppia suurteholaskentaa eli HPC:tä", goal=HPC),
            ],
        ),
    ],
    "vi": [
        (
            "held_in_goal",
            [],
            [
                _t(
                    "tôi là lập trình viên, muốn chuyển sang trí tuệ nhân tạo, tôi biết python và một chút "
                    "thống kê",
                    goal_not=["python", "thống kê", "statistic"],
                    skills=["python"],
                ),
            ],
        ),
        (
            "pick_for_me",
            [],
            [
                _t("mình chưa biết nên học gì", dead_ok=True),
                _t("bạn chọn giúp mình đi", no_goal=True),
            ],
        ),
        (
            "adviser_group",
            [],
            [
                _t(
                    "tôi tư vấn cho một nhóm sinh viên mới tốt nghiệp muốn làm việc trong ngành an ninh mạng",
                    goal=[*CYBER, "an ninh"],
                    goal_not=["nhóm", "sinh viên", "làm việc", "jobs", "graduates"],
                ),
            ],
        ),
        (
            "comparative",
            [],
            [
                _t(
                    "tôi giỏi làm việc với con người hơn là với kỹ thuật, nghề nào hợp với tôi?",
                    role_not=["con người", "kỹ thuật", "people"],
                    goal_not=["con người", "people", "giỏi"],
                    dead_ok=True,
                ),
            ],
        ),
        (
            "area",
            [],
            [
                _t("tôi muốn học về vận hành mạng ứng dụng AI", cite_any=AI_NET, goal_not=["muốn", "học về"]),
            ],
        ),
    ],
    "hi": [
        (
            "held_in_goal",
            ["hinglish"],
            [
                _t(
                    "main software developer hoon, AI mein jaana hai, python aata hai aur thoda "
                    "statistics bhi",
                    goal_not=["python", "statistics", "thoda"],
                    skills=["python"],
                    any_lang=True,  # Hinglish: either reply language (the set's convention)
                ),
            ],
        ),
        (
            "constraints_followup",
            [],
            [
                _t("हमारी कंपनी क्लाउड पर जा रही है और टीम में सिर्फ मुझे लिनक्स आता है", dead_ok=True),
                _t(
                    "हफ्ते में बस 3 घंटे, वीकेंड पर",
                    goal_not=["कंपनी", "लिनक्स", "linux", "घंटे", "वीकेंड", "team", "टीम"],
                    dead_ok=True,
                ),
            ],
        ),
        (
            "group",
            [],
            [
                _t(
                    "मैं 20 बेरोज़गार युवाओं के लिए एक वर्कशॉप चलाता हूँ, उनके लिए कौन से कोर्स हैं?",
                    role_not=["वर्कशॉप", "workshop", "बेरोज़गार", "unemployed", "युवा"],
                    dead_ok=True,
                ),
            ],
        ),
        (
            "past_job",
            ["hinglish"],
            [
                _t(
                    "pehle main retail store manager tha, ab data analysis mein jaana hai",
                    skills_not=SHOP_SKILLS,
                    goal_not=["retail", "store", "pehle"],
                    any_lang=True,
                ),
            ],
        ),
        (
            "area",
            [],
            [
                _t(
                    "मैं नर्स हूँ, हेल्थ डेटा में रुचि है पर ज़्यादा कोडिंग नहीं करना चाहती",
                    goal_not=[*CODER, "नर्स", "कोडिंग"],
                ),
            ],
        ),
    ],
    "bn": [
        (
            "held_in_goal",
            [],
            [
                _t(
                    "আমি সফটওয়্যার ডেভেলপার, এআই শিখতে চাই, পাইথন জানি আর একটু পরিসংখ্যান",
                    goal_not=["python", "পাইথন", "পরিসংখ্যান", "statistic"],
                    skills=["python"],
                ),
            ],
        ),
        (
            "pick_for_me",
            [],
            [
                _t("আমি কী শিখব বুঝতে পারছি না", dead_ok=True),
                _t("আপনি আমার জন্য কোনটা বাছবেন?", no_goal=True),
            ],
        ),
        (
            "comparative",
            [],
            [
                _t(
                    "আমি প্রযুক্তির চেয়ে মানুষের সাথে কাজে বেশি ভালো, আমার জন্য কী কাজ হতে পারে?",
                    role_not=["মানুষ", "প্রযুক্তি", "people"],
                    goal_not=["মানুষ", "people", "ভালো"],
                    dead_ok=True,
                ),
            ],
        ),
        (
            "past_job",
            [],
            [
                _t(
                    "আগে আমি একটা গুদামে কাজ করতাম, এখন কম্পিউটারের কাজ করতে চাই",
                    skills_not=OFFICE_INVENTED,
                    goal_not=["গুদাম", "আগে", "warehouse"],
                    dead_ok=True,
                ),
            ],
        ),
        (
            "area",
            [],
            [
                _t(
                    "নিজের ডিজিটাল দক্ষতা বাড়াতে চাই, অন্যদের শেখানোর জন্য নয়",
                    goal_not=["teacher", "trainer", "instructor", "শেখানো"],
                ),
            ],
        ),
    ],
}


def dialogues(lang: str) -> list[D]:
    """The batch's dialogues of one language, ids `<lang>-goal18-NN`."""
    return [
        D(f"{lang}-goal18-{n:02d}", ["goal18", tag, *extra], turns, split="tune")
        for n, (tag, extra, turns) in enumerate(_BATCH[lang], start=1)
    ]
