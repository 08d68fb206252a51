"""The refine18 batch (session 18, issue #12, tune): refinements understood in every language, after a list,
a plan or a "nearest courses" answer. Written BEFORE the fixes by the helper who fixes them (a check of that
work, not a blind measure), in phrasings not taken from the lead's trials. Classes, all eight languages:

1. cheaper / free said in other ways ("something that doesn't cost that much", "günstiger", "nicht so teuer",
   "más económico", "pas trop cher", "halvempi", "rẻ hơn", "sasta", "সস্তা"): over a plan it re-plans
   (`cheaper_plan`), over a list it works on that list (`cheaper_list`), after a "nearest courses" answer with
   no goal it works on that answer, never "I don't have a list" (`cheaper_nearest`); "anything free to start
   with" after a plan names free courses toward the goal (`free_start`);
2. a question about availability ("is there anything in Hindi?", "any online ones?", "gibt es das auch auf
   Deutsch?") is answered over the goal or the list and sets no hard limit (`ask_avail`); a statement ("only
   in German", "I only understand Hindi") stays a limit (`only_said`);
3. "free?" over a goal gives free courses toward the goal, not free courses of another subject (`free_goal`);
4. limits given after a plan in new shapes ("max 2 h a day", "by next spring", "before Diwali", "within 3
   months", "budget is tight", "my employer pays up to 1,000") re-plan (`limit_after_plan`).

Each language module adds `dialogues("<lang>")`."""

from dates import BY_SPRING, DIWALI, IN_3_MONTHS
from dsl import CONS, EXPLAIN, EXPLORE, GOAL, PLAN, REFINE, SEARCH, SELECT, D, T

PLANNED = GOAL + PLAN + CONS
GOALS = GOAL + PLAN + EXPLORE + SEARCH
REPLAN = REFINE + CONS + PLAN  # a limit or a refinement over a plan: re-planned
LIST_REF = REFINE + SEARCH + SELECT + EXPLAIN + EXPLORE  # a refinement over a list shown
AVAIL = SEARCH + EXPLAIN + REFINE + SELECT + EXPLORE  # a question about what is available
ONLY = CONS + REFINE + PLAN + SEARCH  # "only in X": a limit
FREE = REFINE + SEARCH + SELECT + EXPLAIN + EXPLORE + CONS + PLAN

# free courses toward a goal (catalogue cost 0), and free courses of other subjects
FREE_DATA = ["lit-prog-101", "ual-datos-101", "ual-cert-datos", "nda-cert-de", "glcc-code-107"]
FREE_CYBER = [
    "glcc-safe-104",
    "inl-securite-103",
    "bvca-awareness-101",
    "bvca-cert-defence",
    "bvca-cert-offensive",
]
FREE_CLOUD = ["hrd-cloud-101", "hrd-cert-cloudsec"]
FREE_AI = ["diaa-ai-101", "ual-ia-101", "diaa-cert-aml"]
OFF_DATA = ["aec-mcd-101", "aec-elearn-100", "glcc-safe-104", "inl-securite-103", "inl-citoyen-102"]
OFF_CYBER = ["aec-mcd-101", "aec-elearn-100", "ual-datos-101", "padr-hpc-101", "diaa-ai-101"]
OFF_CLOUD = ["aec-mcd-101", "aec-elearn-100", "inl-pix-101", "inl-citoyen-102", "ual-datos-101"]
OFF_AI = ["aec-mcd-101", "aec-elearn-100", "glcc-safe-104", "inl-pix-101", "inl-rgpd-101"]
CLOUDSEC_DE = ["hrd-cloudsec-201", "hrd-iam-202", "hrd-cloudnet-203", "hrd-cloudir-301", "hrd-cert-cloudsec"]

_BATCH: dict[str, list[tuple[str, list[str], list[tuple[str, list[str], dict]]]]] = {
    "en": [
        (
            "01",
            ["cheaper_plan"],
            [
                (
                    "I want to become a data analyst. 6 hours a week, budget 2000 euros, show me a plan",
                    PLANNED,
                    {"plan": True},
                ),
                (
                    "hmm, is there something that doesn't cost that much?",
                    REPLAN,
                    {"plan": True, "cheaper": True},
                ),
            ],
        ),
        (
            "02",
            ["cheaper_list"],
            [
                ("show me courses on cloud computing", SEARCH + EXPLORE, {"cite_min": 1}),
                (
                    "any low-cost ones among these?",
                    LIST_REF,
                    {"cite_min": 1, "cite_none": ["hrd-cloudarch-302"]},
                ),
            ],
        ),
        (
            "03",
            ["cheaper_nearest"],
            [
                ("do you have a Kubernetes course?", SEARCH + EXPLORE, {"cite_min": 1}),
                ("ok, something affordable from those?", LIST_REF, {"cite_min": 1}),
            ],
        ),
        (
            "04",
            ["free_start"],
            [
                (
                    "wanna get into cyber security, no degree. plan for 5 hours a week?",
                    PLANNED,
                    {"plan": True},
                ),
                ("is there anything free to start with", FREE, {"cite_any": FREE_CYBER}),
            ],
        ),
        (
            "05",
            ["ask_avail"],
            [
                ("I want to become a web developer", GOALS, {"goal": "web"}),
                ("any online ones?", AVAIL, {"no_part": True, "cite_min": 1}),
                ("ok make me a plan with 5 hours a week", PLANNED, {"plan": True}),
            ],
        ),
        (
            "06",
            ["limit_after_plan"],
            [
                ("plan to become a cloud engineer, 8 hours a week", PLANNED, {"plan": True}),
                (
                    "my employer pays up to 1,000 euros",
                    REPLAN,
                    {"budget": (1000, "EUR"), "plan": True, "plan_cost": (1000, "EUR")},
                ),
            ],
        ),
        (
            "07",
            ["limit_after_plan"],
            [
                ("I'd like a plan to become a data scientist, 10 hours a week", PLANNED, {"plan": True}),
                ("I need to be done by next spring", REPLAN, {"deadline": BY_SPRING, "plan": True}),
            ],
        ),
    ],
    "de": [
        (
            "01",
            ["cheaper_plan"],
            [
                (
                    "Ich möchte Datenanalyst werden, 6 Stunden pro Woche, Budget 2000 Euro. "
                    "Mach mir einen Plan.",
                    PLANNED,
                    {"plan": True},
                ),
                ("geht das auch günstiger?", REPLAN, {"plan": True, "cheaper": True}),
            ],
        ),
        (
            "02",
            ["cheaper_plan"],
            [
                (
                    "Plan für Cybersicherheit bitte, ich habe 5 Stunden die Woche und 3000 Euro",
                    PLANNED,
                    {"plan": True},
                ),
                ("nicht so teuer bitte", REPLAN, {"plan": True, "cheaper": True}),
            ],
        ),
        (
            "03",
            ["ask_avail"],
            [
                ("Ich will mich in Cloud-Sicherheit weiterbilden", GOALS, {"goal": "cloudsec"}),
                ("gibt es das auch auf Deutsch?", AVAIL, {"no_study_langs": True, "cite_any": CLOUDSEC_DE}),
            ],
        ),
        (
            "04",
            ["only_said"],
            [
                ("Ich möchte Webentwickler werden, 5 Stunden pro Woche, Plan bitte", PLANNED, {"plan": True}),
                ("nur auf Deutsch bitte, Englisch kann ich nicht", ONLY, {"study_lang": ["de"]}),
            ],
        ),
        (
            "05",
            ["limit_after_plan"],
            [
                ("Plan zum Datenanalysten, 8 Stunden die Woche", PLANNED, {"plan": True}),
                ("maximal 2 Stunden am Tag", REPLAN, {"hours": (12, 0.2), "plan": True}),
            ],
        ),
        (
            "06",
            ["limit_after_plan"],
            [
                (
                    "Ich will Cloud-Ingenieur werden, 10 Stunden pro Woche, zeig mir einen Plan",
                    PLANNED,
                    {"plan": True},
                ),
                (
                    "innerhalb von 3 Monaten muss ich fertig sein",
                    REPLAN,
                    {"deadline": IN_3_MONTHS, "plan": True},
                ),
            ],
        ),
    ],
    "es": [
        (
            "01",
            ["cheaper_list"],
            [
                ("cursos de análisis de datos", SEARCH + EXPLORE, {"cite_min": 1}),
                ("¿hay algo más económico?", LIST_REF, {"cite_min": 1}),
            ],
        ),
        (
            "02",
            ["cheaper_plan"],
            [
                (
                    "quiero ser desarrollador web, 5 horas por semana, presupuesto 1500 euros, hazme un plan",
                    PLANNED,
                    {"plan": True},
                ),
                ("es mucho dinero, algo más barato", REPLAN, {"plan": True, "cheaper": True}),
            ],
        ),
        (
            "03",
            ["ask_avail"],
            [
                ("quiero trabajar en ciberseguridad", GOALS, {"goal": "cyber"}),
                ("¿hay algo en español?", AVAIL, {"no_study_langs": True, "cite_min": 1}),
                ("vale, dame un plan con 4 horas a la semana", PLANNED, {"plan": True}),
            ],
        ),
        (
            "04",
            ["free_goal"],
            [
                ("yo quiero ser analista de datos", GOALS, {"goal": "data_analyst"}),
                ("¿gratis?", FREE, {"cite_any": FREE_DATA, "cite_none": OFF_DATA}),
            ],
        ),
        (
            "05",
            ["limit_after_plan"],
            [
                ("plan para ser ingeniero de la nube, 8 horas semanales", PLANNED, {"plan": True}),
                ("solo puedo los fines de semana, unas 6 horas en total", REPLAN, {"hours": 6, "plan": True}),
            ],
        ),
        (
            "06",
            ["limit_after_plan"],
            [
                ("quiero ser analista de datos, 6 horas a la semana, hazme un plan", PLANNED, {"plan": True}),
                (
                    "mi empresa me paga hasta 1.000 euros",
                    REPLAN,
                    {"budget": (1000, "EUR"), "plan": True, "plan_cost": (1000, "EUR")},
                ),
            ],
        ),
    ],
    "fr": [
        (
            "01",
            ["cheaper_plan"],
            [
                (
                    "Je veux devenir analyste de données, 5 heures par semaine, budget 2000 euros, "
                    "un plan svp",
                    PLANNED,
                    {"plan": True},
                ),
                ("pas trop cher quand même", REPLAN, {"plan": True, "cheaper": True}),
            ],
        ),
        (
            "02",
            ["cheaper_nearest"],
            [
                ("vous avez une formation sur la blockchain ?", SEARCH + EXPLORE, {"cite_min": 1}),
                ("et moins cher ?", LIST_REF, {"cite_min": 1}),
            ],
        ),
        (
            "03",
            ["ask_avail"],
            [
                ("je veux me former en cybersécurité", GOALS, {"goal": "cyber"}),
                ("il y a des formations en ligne ?", AVAIL, {"no_part": True, "cite_min": 1}),
            ],
        ),
        (
            "04",
            ["free_goal"],
            [
                ("je veux travailler dans le cloud", GOALS, {"goal": "cloud"}),
                ("il y a du gratuit ?", FREE, {"cite_any": FREE_CLOUD, "cite_none": OFF_CLOUD}),
            ],
        ),
        (
            "05",
            ["limit_after_plan"],
            [
                ("un plan pour devenir développeur web, 6 heures par semaine", PLANNED, {"plan": True}),
                ("mon budget est serré", REPLAN, {"plan": True, "cheaper": True}),
            ],
        ),
        (
            "06",
            ["limit_after_plan"],
            [
                (
                    "je voudrais un plan pour devenir analyste de données, 8 heures par semaine",
                    PLANNED,
                    {"plan": True},
                ),
                ("il faut que j'aie fini d'ici le printemps", REPLAN, {"deadline": BY_SPRING, "plan": True}),
            ],
        ),
    ],
    "fi": [
        (
            "01",
            ["cheaper_plan"],
            [
                (
                    "Haluan data-analyytikoksi, 6 tuntia viikossa, budjetti 2000 euroa. Tee suunnitelma.",
                    PLANNED,
                    {"plan": True},
                ),
                ("onko halvempi vaihtoehto?", REPLAN, {"plan": True, "cheaper": True}),
            ],
        ),
        (
            "02",
            ["ask_avail"],
            [
                ("haluan oppia kyberturvallisuutta", GOALS, {"goal": "cyber"}),
                ("onko mitään suomeksi?", AVAIL, {"no_study_langs": True, "cite_min": 1}),
            ],
        ),
        (
            "03",
            ["free_goal"],
            [
                ("Haluan tekoälyn pariin töihin", GOALS, {"goal": "ai"}),
                ("onko ilmaisia?", FREE, {"cite_any": FREE_AI, "cite_none": OFF_AI}),
            ],
        ),
        (
            "04",
            ["limit_after_plan"],
            [
                ("suunnitelma pilvi-insinööriksi, 8 tuntia viikossa", PLANNED, {"plan": True}),
                ("korkeintaan 2 tuntia päivässä", REPLAN, {"hours": (12, 0.2), "plan": True}),
            ],
        ),
        (
            "05",
            ["cheaper_list"],
            [
                ("näytä pilvipalvelukursseja", SEARCH + EXPLORE, {"cite_min": 1}),
                ("jotain edullisempaa?", LIST_REF, {"cite_min": 1}),
            ],
        ),
    ],
    "vi": [
        (
            "01",
            ["cheaper_plan"],
            [
                (
                    "Tôi muốn trở thành chuyên viên phân tích dữ liệu, 6 giờ mỗi tuần, ngân sách 2000 euro, "
                    "lập kế hoạch giúp tôi",
                    PLANNED,
                    {"plan": True},
                ),
                ("có cái nào rẻ hơn không vậy?", REPLAN, {"plan": True, "cheaper": True}),
            ],
        ),
        (
            "02",
            ["ask_avail"],
            [
                ("tôi muốn học an ninh mạng", GOALS, {"goal": "cyber"}),
                ("có khóa nào học online không?", AVAIL, {"no_part": True, "cite_min": 1}),
            ],
        ),
        (
            "03",
            ["cheaper_nearest"],
            [
                ("có khóa học về blockchain không?", SEARCH + EXPLORE, {"cite_min": 1}),
                ("cái nào rẻ hơn?", LIST_REF, {"cite_min": 1}),
            ],
        ),
        (
            "04",
            ["limit_after_plan"],
            [
                ("lập kế hoạch để trở thành lập trình viên web, 8 giờ mỗi tuần", PLANNED, {"plan": True}),
                ("tôi phải xong trong vòng 3 tháng", REPLAN, {"deadline": IN_3_MONTHS, "plan": True}),
            ],
        ),
        (
            "05",
            ["free_start"],
            [
                ("kế hoạch học điện toán đám mây, 5 giờ một tuần", PLANNED, {"plan": True}),
                ("có gì miễn phí để bắt đầu không?", FREE, {"cite_any": FREE_CLOUD}),
            ],
        ),
    ],
    "hi": [
        (
            "01",
            ["cheaper_plan", "hinglish"],
            [
                (
                    "mujhe data analyst banna hai, hafte mein 6 ghante, budget 2000 euro, plan bana do",
                    PLANNED,
                    {"plan": True, "any_lang": True},
                ),
                ("kuch sasta hai kya?", REPLAN, {"plan": True, "cheaper": True, "any_lang": True}),
            ],
        ),
        (
            "02",
            ["ask_avail", "hinglish"],
            [
                ("cyber security seekhna hai", GOALS, {"goal": "cyber", "any_lang": True}),
                (
                    "hindi mein koi course hai kya",
                    AVAIL,
                    {"no_study_langs": True, "cite_min": 1, "any_lang": True},
                ),
            ],
        ),
        (
            "03",
            ["only_said"],
            [
                ("मुझे वेब डेवलपर बनना है, हफ्ते में 5 घंटे, प्लान बना दीजिए", PLANNED, {"plan": True}),
                ("मैं सिर्फ हिंदी में पढ़ सकता हूँ", ONLY, {"study_lang": ["hi"]}),
            ],
        ),
        (
            "04",
            ["limit_after_plan"],
            [
                ("मुझे डेटा एनालिस्ट बनना है, हफ्ते में 6 घंटे, एक प्लान दिखाइए", PLANNED, {"plan": True}),
                ("दिवाली से पहले पूरा करना है", REPLAN, {"deadline": DIWALI, "plan": True}),
            ],
        ),
        (
            "05",
            ["free_goal"],
            [
                ("मुझे डेटा एनालिस्ट बनना है", GOALS, {"goal": "data_analyst"}),
                ("कुछ मुफ़्त है?", FREE, {"cite_any": FREE_DATA, "cite_none": OFF_DATA}),
            ],
        ),
        (
            "06",
            ["limit_after_plan", "hinglish"],
            [
                (
                    "cloud engineer banne ka plan chahiye, hafte mein 8 ghante",
                    PLANNED,
                    {"plan": True, "any_lang": True},
                ),
                (
                    "roz max 2 ghante de sakta hoon",
                    REPLAN,
                    {"hours": (12, 0.2), "plan": True, "any_lang": True},
                ),
            ],
        ),
    ],
    "bn": [
        (
            "01",
            ["cheaper_plan"],
            [
                (
                    "আমি ডেটা অ্যানালিস্ট হতে চাই, সপ্তাহে ৬ ঘণ্টা, বাজেট ২০০০ ইউরো, একটা পরিকল্পনা দিন",
                    PLANNED,
                    {"plan": True},
                ),
                ("আরও সস্তা কিছু আছে কি?", REPLAN, {"plan": True, "cheaper": True}),
            ],
        ),
        (
            "02",
            ["ask_avail"],
            [
                ("সাইবার নিরাপত্তা শিখতে চাই", GOALS, {"goal": "cyber"}),
                ("বাংলায় কোনো কোর্স আছে?", AVAIL, {"no_study_langs": True, "cite_min": 1}),
            ],
        ),
        (
            "03",
            ["limit_after_plan"],
            [
                ("ক্লাউড ইঞ্জিনিয়ার হওয়ার পরিকল্পনা দিন, সপ্তাহে ৮ ঘণ্টা", PLANNED, {"plan": True}),
                (
                    "আমার অফিস ১০০০ ইউরো পর্যন্ত দেবে",
                    REPLAN,
                    {"budget": (1000, "EUR"), "plan": True, "plan_cost": (1000, "EUR")},
                ),
            ],
        ),
        (
            "04",
            ["cheaper_list"],
            [
                ("ক্লাউড কম্পিউটিং এর কোর্স দেখান", SEARCH + EXPLORE, {"cite_min": 1}),
                ("এগুলোর মধ্যে কম খরচের কিছু আছে?", LIST_REF, {"cite_min": 1}),
            ],
        ),
        (
            "05",
            ["free_start"],
            [
                ("সাইবার সিকিউরিটিতে যেতে চাই, সপ্তাহে ৫ ঘণ্টা, একটা প্ল্যান দিন", PLANNED, {"plan": True}),
                ("শুরু করার জন্য বিনামূল্যে কিছু আছে?", FREE, {"cite_any": FREE_CYBER}),
            ],
        ),
    ],
}


def dialogues(lang: str) -> list[D]:
    """The batch's dialogues in one language, ids `<lang>-refine18-NN`, all tune."""
    return [
        D(
            f"{lang}-refine18-{nn}",
            ["refine18", *tags],
            [T(text, intents, **checks) for text, intents, checks in turns],
            split="tune",
        )
        for nn, tags, turns in _BATCH[lang]
    ]
