"""The refine19 batch (session 19, issue #12, tune): refinements that change what is shown, and questions
that are not filters. Written BEFORE the fixes by the helper who fixes them (a check of that work, not a
blind measure), in phrasings not taken from the lead's trials (trial 14 t14-04 and t14-15 named the
classes). Classes, all eight languages and Hinglish:

1. "cheaper?" said over a plan that is already the cheapest the planner can make (`cheaper_same`): the
   plan stays, and the reply names cheaper entries toward the goal that are not in it (with prices),
   never only "the plan stays the same";
2. "cheaper?" after a single course card (`cheaper_card`) or a comparison of two (`cheaper_compare`):
   cheaper entries on the same subject, never the card again as the only answer;
3. a question about a language ("anything in Hindi?", "gibt's davon was auf Deutsch?", "¿hay algo en
   español?") when the catalogue has nothing on the subject in it (`ask_lang`): answered, no limit saved,
   and the nearest in the learner's languages (the conversation's and English), never a course in a third
   language;
4. a question about a format ("any online ones?") sets no limit; the imperative after it ("only online
   then") does (`ask_then_only`).

Each language module adds `dialogues("<lang>")`."""

from dsl import COMPARE, CONS, EXPLAIN, EXPLORE, GOAL, PLAN, REFINE, SEARCH, SELECT, D, T

PLANNED = GOAL + PLAN + CONS
GOALS = GOAL + PLAN + EXPLORE + SEARCH
REPLAN = REFINE + CONS + PLAN
LIST_REF = REFINE + SEARCH + SELECT + EXPLAIN + EXPLORE + COMPARE
AVAIL = SEARCH + EXPLAIN + REFINE + SELECT + EXPLORE
ONLY = CONS + REFINE + PLAN + SEARCH
CARD = SELECT + EXPLAIN + SEARCH

# cheaper entries toward each goal that the base plans leave out (catalogue prices below the dearest step)
NET_ALT = [
    "ccna-email-103",
    "ccna-hw-102",
    "ccna-ops-205",
    "ccna-netsec-204",
    "glcc-help-201",
    "glcc-sys-202",
    "lcsi-ne-201",
    "ccna-capacity-302",
    "ccna-fondements-101",
]
WEB_ALT = [
    "lit-git-103",
    "glcc-code-107",
    "lit-api-204",
    "lit-req-105",
    "lit-agile-106",
    "lit-cert-web",
    "glcc-create-103",
    "lit-test-201",
    "lit-debug-202",
]
CYBER_ALT = [
    "glcc-safe-104",
    "inl-securite-103",
    "bvca-vuln-204",
    "bvca-hard-202",
    "bvca-iot-203",
    "ccna-netsec-204",
    "inl-cyber-201",
    "bvca-netfor-302",
    "inl-sensib-104",
]
DBA_ALT = [
    "ual-sql-102",
    "hrd-clouddb-303",
    "hrd-backup-102",
    "nda-de-101",
    "nda-cert-dba",
    "lit-prog-101",
    "nda-migr-203",
]
# cheaper on the card's subject than the card
NETMON_CHEAP = [
    "ccna-net-101",
    "ccna-email-103",
    "ccna-ops-205",
    "glcc-help-201",
    "ccna-fondements-101",
    "ccna-hw-102",
]
CLOUDSEC_CHEAP = ["hrd-cloud-101", "hrd-iam-202", "hrd-cert-cloudsec", "hrd-clouddb-303", "hrd-backup-102"]
PYDATA_CHEAP = [
    "ual-sql-102",
    "ual-datos-101",
    "lit-prog-101",
    "ual-visual-203",
    "ual-cert-datos",
    "diaa-viz-204",
]
DPO_CHEAP = [
    "inl-rgpd-101",
    "inl-aipd-202",
    "inl-sensib-104",
    "inl-classif-301",
    "inl-pssi-203",
    "inl-cert-gouv",
]
ML_CHEAP = ["diaa-ai-101", "diaa-math-102", "diaa-viz-204", "ual-ia-101", "diaa-resp-205", "lit-prog-101"]
ETL_CHEAP = ["nda-de-101", "nda-model-102", "nda-nosql-205", "nda-migr-203", "nda-dwh-202", "nda-cert-de"]
DL_CHEAP = ["diaa-ml-201", "diaa-ai-101", "diaa-math-102", "diaa-viz-204", "ual-ia-101", "diaa-resp-205"]
SIEM_CHEAP = [
    "bvca-soc-101",
    "bvca-vuln-204",
    "bvca-iot-203",
    "bvca-netfor-302",
    "glcc-safe-104",
    "bvca-hard-202",
]

C = {"plan": True, "cheaper": True}

_BATCH: dict[str, list[tuple[str, list[str], list[tuple[str, list[str], dict]]]]] = {
    "en": [
        (
            "01",
            ["cheaper_same"],
            [
                (
                    "I do electrical installs and want to switch to network engineering. "
                    "6 hours a week, give me a plan",
                    PLANNED,
                    {"plan": True},
                ),
                ("that's a lot of money. anything that costs less?", REPLAN, {**C, "cite_any": NET_ALT}),
            ],
        ),
        (
            "02",
            ["cheaper_same"],
            [
                ("plan to become a web developer please, 5 hrs per week", PLANNED, {"plan": True}),
                ("is there a cheaper way to do this", REPLAN, {**C, "cite_any": WEB_ALT}),
            ],
        ),
        (
            "03",
            ["cheaper_card"],
            [
                ("tell me about Network Monitoring and Diagnostics", CARD, {"cite_any": ["ccna-netmon-202"]}),
                ("hmm is there a cheaper one?", LIST_REF, {"cite_any": NETMON_CHEAP}),
            ],
        ),
        (
            "04",
            ["ask_lang"],
            [
                ("I want to get into cyber security, where do I start?", GOALS, {"goal": "cyber"}),
                (
                    "anything in Hindi?",
                    AVAIL,
                    {"no_study_langs": True, "cite_min": 1, "lead_langs": ["en", "hi"]},
                ),
            ],
        ),
        (
            "05",
            ["ask_then_only"],
            [
                ("show me data engineering courses", SEARCH + EXPLORE, {"cite_min": 1}),
                ("any online ones?", AVAIL, {"no_part": True, "cite_min": 1}),
                ("ok only online then", ONLY, {"part": ["online"]}),
            ],
        ),
        (
            "06",
            ["cheaper_compare"],
            [
                (
                    "compare Applied Machine Learning with Python and Deep Learning and Neural Networks",
                    COMPARE,
                    {"cite_any": ["diaa-ml-201", "diaa-dl-202"]},
                ),
                (
                    "both are pricey, anything cheaper than those two?",
                    LIST_REF,
                    {
                        "cite_any": [
                            "diaa-ai-101",
                            "diaa-math-102",
                            "diaa-viz-204",
                            "lit-prog-101",
                            "diaa-resp-205",
                        ]
                    },
                ),
            ],
        ),
    ],
    "de": [
        (
            "01",
            ["cheaper_same"],
            [
                (
                    "Ich bin Elektriker und will in die Netzwerktechnik, "
                    "6 Stunden die Woche, mach mir einen Plan",
                    PLANNED,
                    {"plan": True},
                ),
                ("geht das auch billiger?", REPLAN, {**C, "cite_any": NET_ALT}),
            ],
        ),
        (
            "02",
            ["cheaper_same"],
            [
                ("Plan für IT-Sicherheit bitte, ich hab 5 Std pro Woche", PLANNED, {"plan": True}),
                ("gibts da was günstigeres", REPLAN, {**C, "cite_any": CYBER_ALT}),
            ],
        ),
        (
            "03",
            ["cheaper_card"],
            [
                (
                    "Was ist der Kurs Cloud-Sicherheit und Compliance?",
                    CARD,
                    {"cite_any": ["hrd-cloudsec-201"]},
                ),
                (
                    "zu teuer für mich, gibt es was Billigeres in der Richtung?",
                    LIST_REF,
                    {"cite_any": CLOUDSEC_CHEAP},
                ),
            ],
        ),
        (
            "04",
            ["ask_lang"],
            [
                ("Ich möchte Datenanalyst werden", GOALS, {"goal": "data_analyst"}),
                (
                    "gibt's davon auch was auf Deutsch?",
                    AVAIL,
                    {"no_study_langs": True, "cite_min": 1, "lead_langs": ["de", "en"]},
                ),
            ],
        ),
        (
            "05",
            ["ask_then_only"],
            [
                ("Kurse zu Netzwerken bitte", SEARCH + EXPLORE, {"cite_min": 1}),
                ("sind da auch welche online?", AVAIL, {"no_part": True, "cite_min": 1}),
                ("dann bitte nur online", ONLY, {"part": ["online"]}),
            ],
        ),
        (
            "06",
            ["cheaper_same"],
            [
                (
                    "Ich will Datenbankadministrator werden, 6 Stunden pro Woche, Plan bitte",
                    PLANNED,
                    {"plan": True},
                ),
                ("Gibt es auch was, das weniger kostet?", REPLAN, {**C, "cite_any": DBA_ALT}),
            ],
        ),
    ],
    "es": [
        (
            "01",
            ["cheaper_same"],
            [
                (
                    "soy electricista y quiero pasarme a redes, 6 horas a la semana, hazme un plan",
                    PLANNED,
                    {"plan": True},
                ),
                ("¿y no hay algo un poco más barato?", REPLAN, {**C, "cite_any": NET_ALT}),
            ],
        ),
        (
            "02",
            ["cheaper_card"],
            [
                (
                    "háblame del curso Python para el análisis de datos",
                    CARD,
                    {"cite_any": ["ual-python-201"]},
                ),
                ("¿y hay otro parecido que cueste menos?", LIST_REF, {"cite_any": PYDATA_CHEAP}),
            ],
        ),
        (
            "03",
            ["ask_lang"],
            [
                ("quiero aprender ciberseguridad desde cero", GOALS, {"goal": "cyber"}),
                (
                    "¿hay algo en español?",
                    AVAIL,
                    {"no_study_langs": True, "cite_min": 1, "lead_langs": ["es", "en"]},
                ),
            ],
        ),
        (
            "04",
            ["ask_then_only"],
            [
                ("cursos de ingeniería de datos", SEARCH + EXPLORE, {"cite_min": 1}),
                ("¿hay alguno en línea?", AVAIL, {"no_part": True, "cite_min": 1}),
                ("vale, solo en línea por favor", ONLY, {"part": ["online"]}),
            ],
        ),
        (
            "05",
            ["cheaper_same"],
            [
                ("plan para ser desarrollador web, tengo 5 horas por semana", PLANNED, {"plan": True}),
                ("sale muy caro, no hay algo mas economico?", REPLAN, {**C, "cite_any": WEB_ALT}),
            ],
        ),
        (
            "06",
            ["cheaper_compare"],
            [
                (
                    "compara Data Warehouse Design y Building Reliable Data Pipelines",
                    COMPARE,
                    {"cite_any": ["nda-dwh-202", "nda-etl-201"]},
                ),
                (
                    "¿hay algo más barato que esos dos?",
                    LIST_REF,
                    {
                        "cite_any": [
                            "nda-de-101",
                            "nda-model-102",
                            "nda-nosql-205",
                            "nda-migr-203",
                            "ual-sql-102",
                            "nda-cert-de",
                        ]
                    },
                ),
            ],
        ),
    ],
    "fr": [
        (
            "01",
            ["cheaper_same"],
            [
                (
                    "je suis électricien et je veux me reconvertir dans les réseaux, "
                    "6 h par semaine, un parcours svp",
                    PLANNED,
                    {"plan": True},
                ),
                ("il y a moins cher ?", REPLAN, {**C, "cite_any": NET_ALT}),
            ],
        ),
        (
            "02",
            ["cheaper_card"],
            [
                (
                    "c'est quoi le cours Piloter la conformité : le métier de DPO ?",
                    CARD,
                    {"cite_any": ["inl-dpo-201"]},
                ),
                (
                    "c'est cher, y a pas un truc moins cher sur le même sujet ?",
                    LIST_REF,
                    {"cite_any": DPO_CHEAP},
                ),
            ],
        ),
        (
            "03",
            ["ask_lang"],
            [
                ("je voudrais devenir ingénieur cloud", GOALS, {"goal": "cloud"}),
                (
                    "il y a des cours en français ?",
                    AVAIL,
                    {"no_study_langs": True, "cite_min": 1, "lead_langs": ["fr", "en"]},
                ),
            ],
        ),
        (
            "04",
            ["ask_then_only"],
            [
                ("montre-moi des formations en réseaux", SEARCH + EXPLORE, {"cite_min": 1}),
                ("il y en a en ligne ?", AVAIL, {"no_part": True, "cite_min": 1}),
                ("alors uniquement en ligne", ONLY, {"part": ["online"]}),
            ],
        ),
        (
            "05",
            ["cheaper_same"],
            [
                (
                    "je veux bosser dans la cybersécurité, 5 heures par semaine, fais-moi un plan",
                    PLANNED,
                    {"plan": True},
                ),
                ("quelque chose de moins cher ?", REPLAN, {**C, "cite_any": CYBER_ALT}),
            ],
        ),
        (
            "06",
            ["cheaper_compare"],
            [
                (
                    "compare Network Monitoring and Diagnostics et AI-Driven Network Operations",
                    COMPARE,
                    {"cite_any": ["ccna-netmon-202", "ccna-aiops-301"]},
                ),
                ("et moins cher que ces deux-là ?", LIST_REF, {"cite_any": NETMON_CHEAP}),
            ],
        ),
    ],
    "fi": [
        (
            "01",
            ["cheaper_same"],
            [
                (
                    "olen sähköasentaja ja haluan siirtyä verkkotekniikkaan, "
                    "6 tuntia viikossa, tee suunnitelma",
                    PLANNED,
                    {"plan": True},
                ),
                ("halvempi?", REPLAN, {**C, "cite_any": NET_ALT}),
            ],
        ),
        (
            "02",
            ["cheaper_card"],
            [
                ("kerro kurssista Applied Machine Learning with Python", CARD, {"cite_any": ["diaa-ml-201"]}),
                ("onko joku halvempi vaihtoehto?", LIST_REF, {"cite_any": ML_CHEAP}),
            ],
        ),
        (
            "03",
            ["ask_lang"],
            [
                ("mä haluaisin data-analyytikoksi", GOALS, {"goal": "data_analyst"}),
                (
                    "onko mitään suomeksi?",
                    AVAIL,
                    {"no_study_langs": True, "cite_min": 1, "lead_langs": ["fi", "en"]},
                ),
            ],
        ),
        (
            "04",
            ["ask_then_only"],
            [
                ("näytä data engineering -kursseja", SEARCH + EXPLORE, {"cite_min": 1}),
                ("onko joku niistä verkossa?", AVAIL, {"no_part": True, "cite_min": 1}),
                ("sitten vain verkkokursseja", ONLY, {"part": ["online"]}),
            ],
        ),
        (
            "05",
            ["cheaper_same"],
            [
                ("haluan web-kehittäjäksi, 5 tuntia viikossa, tee polku", PLANNED, {"plan": True}),
                ("saisko tän jotenkin edullisemmin", REPLAN, {**C, "cite_any": WEB_ALT}),
            ],
        ),
    ],
    "vi": [
        (
            "01",
            ["cheaper_same"],
            [
                (
                    "tôi là thợ điện, muốn chuyển sang mạng máy tính, "
                    "6 tiếng mỗi tuần, lập kế hoạch giúp tôi",
                    PLANNED,
                    {"plan": True},
                ),
                ("rẻ hơn không?", REPLAN, {**C, "cite_any": NET_ALT}),
            ],
        ),
        (
            "02",
            ["cheaper_card"],
            [
                (
                    "cho tôi biết về khóa Building Reliable Data Pipelines",
                    CARD,
                    {"cite_any": ["nda-etl-201"]},
                ),
                ("có khóa nào tương tự mà rẻ hơn không", LIST_REF, {"cite_any": ETL_CHEAP}),
            ],
        ),
        (
            "03",
            ["ask_lang"],
            [
                ("tôi muốn học điện toán đám mây", GOALS, {"goal": "cloud"}),
                (
                    "có khóa nào bằng tiếng Việt không?",
                    AVAIL,
                    {"no_study_langs": True, "cite_min": 1, "lead_langs": ["vi", "en"]},
                ),
            ],
        ),
        (
            "04",
            ["ask_then_only"],
            [
                ("cho xem các khóa về an ninh mạng", SEARCH + EXPLORE, {"cite_min": 1}),
                ("có khóa nào học online không?", AVAIL, {"no_part": True, "cite_min": 1}),
                ("vậy chỉ học online thôi", ONLY, {"part": ["online"]}),
            ],
        ),
        (
            "05",
            ["cheaper_same"],
            [
                ("lập lộ trình để làm quản trị cơ sở dữ liệu, mỗi tuần 6 giờ", PLANNED, {"plan": True}),
                ("có cách nào ít tốn tiền hơn không", REPLAN, {**C, "cite_any": DBA_ALT}),
            ],
        ),
    ],
    "hi": [
        (
            "01",
            ["cheaper_same", "hinglish"],
            [
                (
                    "main electrician hoon, networking mein jana hai, hafte mein 6 ghante, plan bana do",
                    PLANNED,
                    {"plan": True, "any_lang": True},
                ),
                ("sasta wala koi option hai?", REPLAN, {**C, "cite_any": NET_ALT, "any_lang": True}),
            ],
        ),
        (
            "02",
            ["cheaper_same"],
            [
                ("मुझे वेब डेवलपर बनना है, हफ्ते में 5 घंटे, योजना बनाइए", PLANNED, {"plan": True}),
                ("क्या इससे सस्ता कुछ है?", REPLAN, {**C, "cite_any": WEB_ALT}),
            ],
        ),
        (
            "03",
            ["cheaper_card", "hinglish"],
            [
                (
                    "Deep Learning and Neural Networks course ke baare mein batao",
                    CARD,
                    {"cite_any": ["diaa-dl-202"], "any_lang": True},
                ),
                ("ye mehenga hai, isse sasta kuch hai?", LIST_REF, {"cite_any": DL_CHEAP, "any_lang": True}),
            ],
        ),
        (
            "04",
            ["ask_lang", "hinglish"],
            [
                (
                    "bhai data science seekhna hai, kaha se shuru karu?",
                    GOALS,
                    {"goal": "data_scientist", "any_lang": True},
                ),
                (
                    "hindi mein koi course milega kya",
                    AVAIL,
                    {"no_study_langs": True, "cite_min": 1, "lead_langs": ["hi", "en"], "any_lang": True},
                ),
            ],
        ),
        (
            "05",
            ["ask_lang"],
            [
                ("मुझे साइबर सुरक्षा सीखनी है", GOALS, {"goal": "cyber"}),
                (
                    "क्या हिंदी में कोई कोर्स है?",
                    AVAIL,
                    {"no_study_langs": True, "cite_min": 1, "lead_langs": ["hi", "en"]},
                ),
            ],
        ),
        (
            "06",
            ["ask_then_only", "hinglish"],
            [
                ("cloud computing ke courses dikhao", SEARCH + EXPLORE, {"cite_min": 1, "any_lang": True}),
                ("koi online wala hai kya?", AVAIL, {"no_part": True, "cite_min": 1, "any_lang": True}),
                ("theek hai sirf online chahiye", ONLY, {"part": ["online"], "any_lang": True}),
            ],
        ),
    ],
    "bn": [
        (
            "01",
            ["cheaper_same"],
            [
                (
                    "আমি ইলেকট্রিশিয়ান, নেটওয়ার্কিংয়ে যেতে চাই, সপ্তাহে ৬ ঘণ্টা, একটা পরিকল্পনা দিন",
                    PLANNED,
                    {"plan": True},
                ),
                ("কম দামের কিছু?", REPLAN, {**C, "cite_any": NET_ALT}),
            ],
        ),
        (
            "02",
            ["cheaper_card"],
            [
                ("Log Analysis and SIEM Engineering কোর্সটা সম্পর্কে বলুন", CARD, {"cite_any": ["bvca-siem-201"]}),
                ("এর চেয়ে সস্তা কিছু আছে?", LIST_REF, {"cite_any": SIEM_CHEAP}),
            ],
        ),
        (
            "03",
            ["ask_lang"],
            [
                ("ক্লাউড সিকিউরিটি শিখতে চাই", GOALS, {"goal": "cloudsec"}),
                (
                    "বাংলায় কোনো কোর্স আছে?",
                    AVAIL,
                    {"no_study_langs": True, "cite_min": 1, "lead_langs": ["bn", "en"]},
                ),
            ],
        ),
        (
            "04",
            ["ask_then_only"],
            [
                ("ডেটা ইঞ্জিনিয়ারিং কোর্স দেখান", SEARCH + EXPLORE, {"cite_min": 1}),
                ("অনলাইনে কোনোটা আছে?", AVAIL, {"no_part": True, "cite_min": 1}),
                ("তাহলে শুধু অনলাইন", ONLY, {"part": ["online"]}),
            ],
        ),
        (
            "05",
            ["cheaper_same"],
            [
                ("সাইবার সিকিউরিটির জন্য প্ল্যান দিন, সপ্তাহে ৫ ঘণ্টা", PLANNED, {"plan": True}),
                ("খরচ কম এমন কিছু আছে?", REPLAN, {**C, "cite_any": CYBER_ALT}),
            ],
        ),
    ],
}


def dialogues(lang: str) -> list[D]:
    """The batch's dialogues in one language, ids `<lang>-refine19-NN`, all tune."""
    return [
        D(
            f"{lang}-refine19-{nn}",
            ["refine19", *tags],
            [T(text, intents, **checks) for text, intents, checks in turns],
            split="tune",
        )
        for nn, tags, turns in _BATCH[lang]
    ]
