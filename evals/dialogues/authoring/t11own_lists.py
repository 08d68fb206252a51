"""The t11own batch (session 16, issue #12, tune): the learner's own language and form, and a counsellor that
listens. Written BEFORE the fixes by the helper who fixes them (a check of that work, not a blind measure), in
phrasings not taken from the lead's trial 11. Four classes, all eight languages:

1. a request for "something in <language>" or "<participation>" with no goal is a search with those filters
   over the whole catalogue (or the subject said), never a question about the goal first;
2. an interest stated as an activity ("I like helping people with their phones") is absorbed: the reply offers
   the directions it points to, and "a plan, budget 200" afterwards plans (no "which goal?");
3. a preference against a subject ("AI without programming") prefers entries that need and teach no
   programming, and never searches for "programming software developer";
4. a client or a relative of one gender said in the message is addressed in that gender (or neutrally), never
   "Ihrer Klientin oder Ihres Klienten" / "il ou elle" when one was said.

Each language module adds `dialogues("<lang>")`."""

from dsl import CONS, EXPLORE, GOAL, PLAN, REFINE, SEARCH, SKILLS, D, T

FIND = SEARCH + CONS + REFINE + EXPLORE  # a request with filters: a search (any sensible reading)
ANY = GOAL + PLAN + SEARCH + EXPLORE + SKILLS + CONS + REFINE + ["explain", "select"]
PLANNED = PLAN + GOAL + CONS

# the counsellor's "which job or field?" before a plan (template ask_goal) and its opening (template explore)
ASK_GOAL = {
    "en": ["To plan a pathway I need to know where you want to go"],
    "de": ["Um einen Lernweg zu planen, muss ich wissen"],
    "es": ["Para planificar un itinerario necesito saber"],
    "fr": ["Pour planifier un parcours, j'ai besoin de savoir"],
    "fi": ["Opintopolun suunnitteluun tarvitsen tiedon"],
    "vi": ["Để lập lộ trình, tôi cần biết"],
    "hi": ["लर्निंग प्लान बनाने के लिए मुझे जानना होगा"],
    "bn": ["শেখার পরিকল্পনা বানাতে আমাকে জানতে হবে"],
}
OPENING = {
    "en": ["Let's find a direction"],
    "de": ["Lassen Sie uns gemeinsam eine Richtung"],
    "es": ["Busquemos juntos una dirección"],
    "fr": ["Cherchons ensemble une direction"],
    "fi": ["Etsitään suunta yhdessä"],
    "vi": ["Chúng ta cùng tìm hướng đi"],
    "hi": ["आइए मिलकर एक दिशा ढूँढें"],
    "bn": ["চলুন একসঙ্গে একটা দিক খুঁজে বের করি"],
}
NO_GOAL = {k: ASK_GOAL[k] + OPENING[k] for k in ASK_GOAL}

# catalogue entries by language and participation (src/pathfinder/corpus/catalogue)
POLISH = ["bvca-awareness-101"]
GERMAN = [
    "hrd-cloud-101",
    "hrd-cloudsec-201",
    "hrd-iam-202",
    "hrd-cloudnet-203",
    "hrd-cloudir-301",
    "hrd-cert-cloudsec",
    "hrd-linux-101",
    "hrd-backup-102",
    "hrd-virt-201",
    "hrd-iac-202",
    "hrd-cert-sysadmin",
    "hrd-cloudarch-302",
]
SPANISH = [
    "glcc-alfab-108",
    "ual-datos-101",
    "ual-sql-102",
    "ual-python-201",
    "ual-estad-202",
    "ual-visual-203",
    "ual-ia-101",
    "ual-digital-101",
    "ual-contenidos-102",
    "ual-problemas-103",
]
SPANISH_START = ["glcc-alfab-108", "ual-digital-101", "ual-problemas-103", "ual-datos-101", "ual-ia-101"]
FRENCH_START = ["inl-pix-101", "inl-citoyen-102", "inl-securite-103", "inl-cyber-201", "inl-rgpd-101"]
FRENCH = FRENCH_START + ["inl-dpo-201", "inl-aipd-202", "inl-pssi-203", "inl-qualite-201", "inl-classif-301"]
ON_SITE = [
    "hrd-linux-101",
    "aec-trainer-103",
    "glcc-alfab-108",
    "inl-crise-303",
    "ccna-hw-102",
    "bvca-forensics-201",
]
# helping people with their phones / devices: help desk, everyday tech problems, mobile devices, teaching
# digital skills
PHONES = [
    "glcc-solve-105",
    "glcc-help-201",
    "glcc-dl-101",
    "aec-dlteach-104",
    "bvca-iot-203",
    "inl-securite-103",
    "ual-problemas-103",
    "ual-digital-101",
    "glcc-safe-104",
]
# AI without programming (no programming prerequisite, none taught) and what teaches or needs programming
NO_CODE_AI = ["diaa-ai-101", "ual-ia-101", "diaa-resp-205"]
CODE = [
    "diaa-ml-201",
    "diaa-math-102",
    "glcc-code-107",
    "lcsi-ne-201",
    "lit-cert-swe",
    "lit-lead-302",
    "ual-python-201",
    "diaa-cert-aml",
    "padr-reverse-302",
]
# the bad reading: the preference searched as a subject ("coding software developer")
NOT_SOFTWARE = ["coding software", "programming software", "ohjelmointia software", "programmieren software"]

# a client or relative of one gender: both genders in one phrase is wrong
BOTH_GENDERS = {
    "de": ["Klientin oder Ihr", "Klientin oder Ihres", "Klientin oder Ihren"],
    "fr": ["il ou elle", "client ou cliente"],
    "es": ["cliente o clienta", "él o ella"],
}

# (id suffix, tags, turns): turns are (text, intents, checks)
_BATCH: dict[str, list] = {
    "en": [
        (
            "01",
            ["own_language"],
            [
                (
                    "A colleague of mine only reads Polish. Is there anything in Polish at all?",
                    FIND,
                    {"cite_any": POLISH, "reply_excl": NO_GOAL["en"]},
                )
            ],
        ),
        (
            "02",
            ["interest_absorbed"],
            [
                ("I was a shop assistant for 12 years and got laid off, no clue what's next", ANY, {}),
                (
                    "honestly I enjoy helping people sort out their smartphones",
                    ANY,
                    {"cite_any": PHONES, "reply_excl": NO_GOAL["en"]},
                ),
                ("ok make me a plan, 200 euros budget", PLANNED, {"plan": True, "reply_excl": NO_GOAL["en"]}),
            ],
        ),
        (
            "03",
            ["no_programming"],
            [
                ("I'm a care worker and curious about artificial intelligence", ANY, {}),
                (
                    "anything where I don't have to write code?",
                    FIND,
                    {"cite_any": NO_CODE_AI, "cite_none": CODE, "reply_excl": NOT_SOFTWARE},
                ),
            ],
        ),
        (
            "04",
            ["own_form"],
            [
                (
                    "I'd rather learn in a real classroom, in person. What have you got?",
                    FIND,
                    {"cite_any": ON_SITE, "reply_excl": NO_GOAL["en"]},
                )
            ],
        ),
        (
            "05",
            ["own_language", "client"],
            [
                (
                    "My client Marek speaks Polish and a bit of English, he'd like to work in IT support",
                    ANY,
                    {},
                ),
                (
                    "is there anything he could start with in Polish?",
                    FIND,
                    {"cite_any": POLISH, "reply_excl": NO_GOAL["en"]},
                ),
            ],
        ),
    ],
    "de": [
        (
            "01",
            ["own_language", "own_form"],
            [
                (
                    "Gibt es bei euch Kurse vor Ort, also in Präsenz, und auf Deutsch?",
                    FIND,
                    {"cite_any": ["hrd-linux-101"], "reply_excl": NO_GOAL["de"]},
                )
            ],
        ),
        (
            "02",
            ["interest_absorbed"],
            [
                ("Ich bin seit einem Jahr ohne Arbeit, war Verkäufer im Elektromarkt", ANY, {}),
                (
                    "mir macht es Spaß, Leuten bei Problemen mit dem Handy zu helfen",
                    ANY,
                    {"cite_any": PHONES, "reply_excl": NO_GOAL["de"]},
                ),
                (
                    "gut, dann einen Plan, höchstens 200 Euro",
                    PLANNED,
                    {"plan": True, "reply_excl": NO_GOAL["de"]},
                ),
            ],
        ),
        (
            "03",
            ["no_programming"],
            [
                ("Ich will verstehen, wie künstliche Intelligenz funktioniert", ANY, {}),
                (
                    "aber bitte ohne Programmieren",
                    FIND,
                    {"cite_any": NO_CODE_AI, "cite_none": CODE, "reply_excl": NOT_SOFTWARE},
                ),
            ],
        ),
        (
            "04",
            ["address", "relative"],
            [
                (
                    "Meine Tochter ist 16 und möchte lernen, Webseiten zu bauen. Womit fängt sie an?",
                    ANY,
                    {"reply_excl": BOTH_GENDERS["de"]},
                ),
                ("sie hat 4 Stunden pro Woche", ANY, {"reply_excl": BOTH_GENDERS["de"]}),
            ],
        ),
        (
            "05",
            ["address", "client"],
            [
                (
                    "Ich berate eine Frau, 52, früher Buchhalterin, die Datenanalystin werden möchte",
                    ANY,
                    {"reply_excl": BOTH_GENDERS["de"]},
                ),
                (
                    "Machen Sie ihr bitte einen Plan mit 5 Stunden pro Woche",
                    PLANNED,
                    {"plan": True, "reply_excl": BOTH_GENDERS["de"]},
                ),
            ],
        ),
    ],
    "es": [
        (
            "01",
            ["own_language", "own_form"],
            [
                (
                    "Busco algo presencial y en español, soy muy principiante con el ordenador",
                    FIND,
                    {"cite_any": ["glcc-alfab-108"], "reply_excl": NO_GOAL["es"]},
                )
            ],
        ),
        (
            "02",
            ["interest_absorbed", "price_of_shown"],
            [
                ("Trabajé de dependienta en una tienda de móviles y ahora estoy en paro", ANY, {}),
                (
                    "me gusta ayudar a la gente con sus móviles",
                    ANY,
                    {"cite_any": PHONES, "reply_excl": NO_GOAL["es"]},
                ),
                ("¿y cuánto cuestan?", ANY + ["compare"], {"cite_min": 1, "reply_excl": NO_GOAL["es"]}),
            ],
        ),
        (
            "03",
            ["no_programming"],
            [
                (
                    "quiero entender la inteligencia artificial sin programar, trabajo en administración",
                    ANY,
                    {"cite_any": NO_CODE_AI, "cite_none": CODE, "reply_excl": NOT_SOFTWARE},
                )
            ],
        ),
        (
            "04",
            ["own_language", "client"],
            [
                (
                    "Mi clienta tiene 38 años, limpia oficinas y quiere aprender informática básica",
                    ANY,
                    {"reply_excl": BOTH_GENDERS["es"]},
                ),
                (
                    "¿qué puede hacer primero que sea en español?",
                    FIND,
                    {"cite_any": SPANISH_START, "reply_excl": NO_GOAL["es"] + BOTH_GENDERS["es"]},
                ),
            ],
        ),
    ],
    "fr": [
        (
            "01",
            ["own_language", "own_form"],
            [
                (
                    "vous avez quelque chose en français et à distance ? je débute",
                    FIND,
                    {"cite_any": FRENCH_START, "reply_excl": NO_GOAL["fr"]},
                )
            ],
        ),
        (
            "02",
            ["interest_absorbed"],
            [
                ("je viens de perdre mon emploi de caissière, je ne sais pas vers quoi aller", ANY, {}),
                (
                    "ce que j'aime, c'est dépanner les gens sur leur smartphone",
                    ANY,
                    {"cite_any": PHONES, "reply_excl": NO_GOAL["fr"]},
                ),
                (
                    "d'accord, un plan avec 150 euros de budget",
                    PLANNED,
                    {"plan": True, "reply_excl": NO_GOAL["fr"]},
                ),
            ],
        ),
        (
            "03",
            ["no_programming"],
            [
                (
                    "je voudrais me former à l'intelligence artificielle mais sans coder",
                    ANY,
                    {"cite_any": NO_CODE_AI, "cite_none": CODE, "reply_excl": NOT_SOFTWARE},
                )
            ],
        ),
        (
            "04",
            ["address", "client"],
            [
                (
                    "J'accompagne une cliente de 45 ans, ancienne secrétaire, elle ne sait pas quoi faire",
                    ANY,
                    {"reply_excl": BOTH_GENDERS["fr"]},
                ),
                ("elle aime bien les chiffres", ANY, {"reply_excl": BOTH_GENDERS["fr"]}),
            ],
        ),
    ],
    "fi": [
        (
            "01",
            ["own_language", "none_in_language"],
            [
                (
                    "onko teillä mitään kursseja suomeksi?",
                    FIND,
                    {"cite_min": 1, "reply_any": ["suome"], "reply_excl": NO_GOAL["fi"]},
                )
            ],
        ),
        (
            "02",
            ["interest_absorbed"],
            [
                ("Olen työtön, olin myyjänä kymmenen vuotta", ANY, {}),
                (
                    "tykkään auttaa ihmisiä heidän puhelintensa kanssa",
                    ANY,
                    {"cite_any": PHONES, "reply_excl": NO_GOAL["fi"]},
                ),
                ("tee suunnitelma, budjetti 200 euroa", PLANNED, {"plan": True, "reply_excl": NO_GOAL["fi"]}),
            ],
        ),
        (
            "03",
            ["no_programming"],
            [
                (
                    "Olen lähihoitaja. Kiinnostaa tekoäly, mutta ilman koodausta",
                    ANY,
                    {"cite_any": NO_CODE_AI, "cite_none": CODE, "reply_excl": NOT_SOFTWARE},
                )
            ],
        ),
        (
            "04",
            ["own_form"],
            [
                (
                    "Haluaisin opiskella paikan päällä lähiopetuksessa. Mitä on tarjolla?",
                    FIND,
                    {"cite_any": ON_SITE, "reply_excl": NO_GOAL["fi"]},
                )
            ],
        ),
    ],
    "vi": [
        (
            "01",
            ["own_form"],
            [
                (
                    "có khóa nào học trực tiếp tại lớp không?",
                    FIND,
                    {"cite_any": ON_SITE, "reply_excl": NO_GOAL["vi"]},
                )
            ],
        ),
        (
            "02",
            ["interest_absorbed"],
            [
                ("mình đang thất nghiệp, trước đây bán hàng", ANY, {}),
                (
                    "mình thích giúp mọi người sửa điện thoại",
                    ANY,
                    {"cite_any": PHONES, "reply_excl": NO_GOAL["vi"]},
                ),
                (
                    "lập lộ trình giúp mình, ngân sách 200 euro",
                    PLANNED,
                    {"plan": True, "reply_excl": NO_GOAL["vi"]},
                ),
            ],
        ),
        (
            "03",
            ["no_programming"],
            [
                (
                    "tôi muốn học về AI nhưng không lập trình",
                    ANY,
                    {"cite_any": NO_CODE_AI, "cite_none": CODE, "reply_excl": NOT_SOFTWARE},
                )
            ],
        ),
        (
            "04",
            ["own_language"],
            [
                (
                    "có khóa nào dạy bằng tiếng Tây Ban Nha không?",
                    FIND,
                    {"cite_any": SPANISH, "reply_excl": NO_GOAL["vi"]},
                )
            ],
        ),
    ],
    "hi": [
        (
            "01",
            ["own_language"],
            [("क्या कोई कोर्स फ्रेंच भाषा में है?", FIND, {"cite_any": FRENCH, "reply_excl": NO_GOAL["hi"]})],
        ),
        (
            "02",
            ["interest_absorbed"],
            [
                ("मेरी नौकरी चली गई है, पहले दुकान पर सेल्समैन था", ANY, {}),
                (
                    "मुझे लोगों के फ़ोन की दिक्कतें ठीक करने में मदद करना अच्छा लगता है",
                    ANY,
                    {"cite_any": PHONES, "reply_excl": NO_GOAL["hi"]},
                ),
                ("ठीक है, 200 यूरो के बजट में प्लान बना दो", PLANNED, {"plan": True, "reply_excl": NO_GOAL["hi"]}),
            ],
        ),
        (
            "03",
            ["no_programming"],
            [
                (
                    "मुझे AI सीखना है लेकिन बिना कोडिंग के",
                    ANY,
                    {"cite_any": NO_CODE_AI, "cite_none": CODE, "reply_excl": NOT_SOFTWARE},
                )
            ],
        ),
        (
            "04",
            ["own_form"],
            [
                (
                    "मुझे क्लासरूम में आमने-सामने पढ़ाई वाला कोर्स चाहिए, क्या है?",
                    FIND,
                    {"cite_any": ON_SITE, "reply_excl": NO_GOAL["hi"]},
                )
            ],
        ),
    ],
    "bn": [
        (
            "01",
            ["own_language"],
            [("জার্মান ভাষায় কোনো কোর্স আছে?", FIND, {"cite_any": GERMAN, "reply_excl": NO_GOAL["bn"]})],
        ),
        (
            "02",
            ["interest_absorbed"],
            [
                ("আমি এখন বেকার, আগে দোকানে বিক্রয়কর্মী ছিলাম", ANY, {}),
                (
                    "মানুষের মোবাইল ফোনের সমস্যায় সাহায্য করতে আমার ভালো লাগে",
                    ANY,
                    {"cite_any": PHONES, "reply_excl": NO_GOAL["bn"]},
                ),
                ("ঠিক আছে, ২০০ ইউরো বাজেটে একটা প্ল্যান দাও", PLANNED, {"plan": True, "reply_excl": NO_GOAL["bn"]}),
            ],
        ),
        (
            "03",
            ["no_programming"],
            [
                (
                    "কোডিং ছাড়া AI শিখতে চাই",
                    ANY,
                    {"cite_any": NO_CODE_AI, "cite_none": CODE, "reply_excl": NOT_SOFTWARE},
                )
            ],
        ),
        (
            "04",
            ["own_form"],
            [("ক্লাসরুমে সামনাসামনি পড়ার কোনো কোর্স আছে?", FIND, {"cite_any": ON_SITE, "reply_excl": NO_GOAL["bn"]})],
        ),
    ],
}


def dialogues(lang: str) -> list[D]:
    """The batch's dialogues in one language, ids `<lang>-t11own-NN`, all tune."""
    return [
        D(
            f"{lang}-t11own-{nn}",
            ["t11own", *tags],
            [T(text, intents, **checks) for text, intents, checks in turns],
            split="tune",
        )
        for nn, tags, turns in _BATCH[lang]
    ]
