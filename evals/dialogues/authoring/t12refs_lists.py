"""The t12refs batch (session 17, issue #12, tune): what "it", "that one", "the X one" and "after it"
refer to. Written BEFORE the fixes by the helper who fixes them (a check of that work, not a blind measure),
in phrasings not taken from the lead's trial 12. Four classes, all eight languages:

1. a course named by its subject ("I already did the maths, skip that one", "den Datenbank-Kurs kann ich
   weglassen", "lo de las hojas de cálculo ya lo sé", "matematiikan osaan jo", "phần toán", "অঙ্কের কোর্সটা")
   is the plan's step whose title or skills carry that subject, in any language, not the card shown last; two
   steps with the subject ("the machine learning one" when two titles say it) are asked about, never held;
2. "what comes after it if I want to do Y" about a named course lists what follows it (what stacks onto it,
   what requires it, courses above it on its skills) toward Y, never its own prerequisite nor a new plan;
3. an entry of what was shown picked by its description: the difference between "the GDPR course" and "the
   certificate" is a comparison of those two (never "which ones?"), "too expensive, can I take single
   courses from it?" after a certificate lists its parts with their prices, a plan "I can print" says how to
   export it (the Pathway page's PDF), "how many hours a week is that?" after directions gives the hours per
   week, "what would one of them start with?" names the first course, not the plan again;
4. "why that one?" after a plan names the goal skills each step closes, not only its weeks.

Each language module adds `dialogues("<lang>")`."""

from dsl import COMPARE, EXPLAIN, EXPLORE, GOAL, PLAN, REFINE, SEARCH, SELECT, SKIP, WHY, D, T

ANY = GOAL + PLAN + SEARCH + EXPLORE + ["set_constraints", "explain", "select", "state_skills", "refine"]
PLANNED = GOAL + PLAN + ["set_constraints"]
HELD = SKIP  # a step said done, held
ASK_WHICH = SKIP + SELECT + ["compare"]  # two steps carry the subject: which one? (none held)
AFTER = EXPLAIN + SELECT + ["search"]  # what follows a course: a list or a line, not a plan
DIFF = COMPARE + EXPLAIN
PARTS = EXPLAIN + SELECT + SEARCH + REFINE  # a certificate's parts, singly
EXPORT = EXPLAIN + PLAN + ["out_of_scope", "select"]  # how to export the plan (the plan may be shown with it)
HOURS = EXPLAIN + SELECT + EXPLORE + PLAN
START = SELECT + EXPLAIN + ["requirements"]
WHYS = WHY

# the why of a step names the gap skills it closes (template why_gap's first words)
WHY_GAP = {
    "en": ["It closes gap skills of your goal"],
    "de": ["Er schließt Lücken Ihres Ziels"],
    "es": ["Cubre competencias que le faltan a tu objetivo"],
    "fr": ["Il comble des compétences manquantes pour votre objectif"],
    "fi": ["Se kattaa tavoitteesi puuttuvia osaamisia"],
    "vi": ["Khóa này lấp khoảng trống kỹ năng cho mục tiêu của bạn"],
    "hi": ["यह आपके लक्ष्य के लिए कमी वाले कौशल पूरे करता है"],
    "bn": ["এটি আপনার লক্ষ্যের ঘাটতি দক্ষতা পূরণ করে"],
}
# "which ones?" (template compare_which's first words): never when both were named by their description
WHICH_ONES = {
    "en": ["Which ones should I compare"],
    "es": ["¿Cuáles comparo"],
    "fr": ["Lesquelles dois-je comparer"],
    "vi": ["Bạn muốn so sánh hai khóa nào"],
}
PER_WEEK = {
    "en": ["h/week", "hours a week", "hours per week"],
    "hi": ["h/सप्ताह", "घंटे प्रति सप्ताह", "घंटे/सप्ताह"],
}

MATHS = "diaa-math-102"
ML_PLAN = (
    "I'm a junior developer with Python. I want to become a machine learning engineer, 8 hours a week, "
    "budget 2000 EUR"
)
NETFUND = {
    "vi": "Networking Fundamentals có học online không?",
    "hi": "Networking Fundamentals ऑनलाइन है क्या?",
    "bn": "Networking Fundamentals কি অনলাইনে?",
    "fi": "Onko Networking Fundamentals verkossa?",
}
NETAUTO = "ccna-netauto-203"
DE_CERT_PARTS = ["hrd-cloudsec-201", "hrd-iam-202", "hrd-cloudnet-203", "hrd-cloudir-301"]
FR_CERT_PARTS = ["inl-rgpd-101", "inl-dpo-201", "inl-aipd-202", "inl-pssi-203"]
DE_CERT_PARTS_EN = ["nda-de-101", "nda-etl-201", "nda-dwh-202", "nda-migr-203"]
DA_PLAN_STEPS = ["lit-prog-101", "diaa-viz-204", "nda-de-101", "nda-model-102", "nda-dataset-204"]

_BATCH: dict[str, list[tuple[str, list[str], list[tuple[str, list[str], dict]]]]] = {
    "en": [
        (
            "01",
            ["subject_ref"],
            [
                (ML_PLAN, PLANNED, {"plan": True}),
                ("which one is the most advanced?", SELECT, {"cite_any": ["diaa-isd-304"]}),
                (
                    "I already did the maths, skip that one",
                    HELD,
                    {"held": [MATHS], "held_not": ["diaa-isd-304"]},
                ),
            ],
        ),
        (
            "02",
            ["subject_ref", "ask_which"],
            [
                ("I want to become a machine learning engineer, 10 hours a week", PLANNED, {"plan": True}),
                (
                    "the machine learning one I've done already",
                    ASK_WHICH,
                    {"held_not": [MATHS, "diaa-ml-201"], "cite_any": [MATHS, "diaa-ml-201"]},
                ),
            ],
        ),
        (
            "03",
            ["after_named"],
            [
                ("Is Network Security Essentials online?", EXPLAIN, {"cite_any": ["ccna-netsec-204"]}),
                (
                    "and what could I take after it if I'm aiming at AI for network security?",
                    AFTER,
                    {"cite_none": ["ccna-net-101"], "cite_min": 2, "plan": False},
                ),
            ],
        ),
        (
            "04",
            ["shown_desc", "export"],
            [
                (
                    "I advise a group of warehouse workers who want to get into cyber security, 4 h a "
                    "week, no budget",
                    ANY,
                    {},
                ),
                ("can I get this as something to print for them?", EXPORT, {"reply_any": ["PDF"]}),
            ],
        ),
        (
            "05",
            ["shown_desc", "hours_direction"],
            [
                (
                    "no clue what to do, I work in a shop, I'm ok with computers and I like helping people",
                    ANY,
                    {},
                ),
                ("how many hours a week is that?", HOURS, {"reply_any": PER_WEEK["en"]}),
            ],
        ),
        (
            "06",
            ["why_skill"],
            [
                (
                    "I'm an adviser. My client wants to become a data analyst, 5 hours a week, please plan "
                    "it",
                    PLANNED,
                    {"plan": True},
                ),
                ("why that one?", WHYS, {"reply_any": WHY_GAP["en"]}),
            ],
        ),
        (
            "07",
            ["shown_desc", "start_of_group"],
            [
                (
                    "I'm advising four care workers who'd like to move into IT support, 3 h/week, no budget",
                    ANY,
                    {},
                ),
                ("what would each of them begin with?", START, {"cite_min": 1, "plan": False}),
            ],
        ),
    ],
    "de": [
        (
            "01",
            ["shown_desc", "cert_parts"],
            [
                (
                    "Ich bin Linux-Admin und will in Richtung Cloud Security. Was gibt es auf Deutsch?",
                    ANY,
                    {},
                ),
                ("Wie teuer ist das Hochschulzertifikat?", EXPLAIN, {"cite_any": ["hrd-cert-cloudsec"]}),
                (
                    "zu teuer. Kann ich auch nur einzelne Kurse davon belegen?",
                    PARTS,
                    {
                        "cite_any": DE_CERT_PARTS,
                        "reply_any": ["EUR 690", "EUR 790", "EUR 820"],
                        "plan": False,
                    },
                ),
            ],
        ),
        (
            "02",
            ["subject_ref"],
            [
                (
                    "Ich bin Linux-Admin und will Cloud Security Engineer werden, 6 Stunden pro Woche, nur "
                    "auf "
                    "Deutsch, mach einen Plan",
                    PLANNED,
                    {"plan": True},
                ),
                (
                    "den Datenbank-Kurs kann ich weglassen, das kann ich schon",
                    HELD,
                    {"held": ["hrd-clouddb-303"], "plan_excl": ["hrd-clouddb-303"]},
                ),
            ],
        ),
        (
            "03",
            ["after_named"],
            [
                ("Was kostet Grundlagen des Cloud Computing?", EXPLAIN, {"cite_any": ["hrd-cloud-101"]}),
                (
                    "und was kommt danach, wenn ich Richtung Sicherheit will?",
                    AFTER,
                    {"cite_any": ["hrd-cloudsec-201", "hrd-iam-202"], "plan": False},
                ),
            ],
        ),
        (
            "04",
            ["why_skill"],
            [
                (
                    "Ich berate eine Klientin, die Datenanalystin werden will, 5 Stunden pro Woche, sie "
                    "spricht "
                    "auch Englisch, bitte einen Plan",
                    PLANNED,
                    {"plan": True},
                ),
                ("und warum der?", WHYS, {"reply_any": WHY_GAP["de"]}),
            ],
        ),
    ],
    "es": [
        (
            "01",
            ["subject_ref"],
            [
                ("quiero ser analista de datos, 5 horas a la semana, hazme un plan", PLANNED, {"plan": True}),
                (
                    "lo de las hojas de cálculo ya lo sé, sáltalo",
                    HELD,
                    {"held": ["ual-datos-101"], "held_not": ["ual-visual-203"]},
                ),
            ],
        ),
        (
            "02",
            ["after_named"],
            [
                ("¿cuánto cuesta SQL para el análisis de datos?", EXPLAIN, {"cite_any": ["ual-sql-102"]}),
                (
                    "¿y después qué puedo hacer si quiero hacer cuadros de mando?",
                    AFTER,
                    {"cite_any": ["ual-visual-203"], "plan": False},
                ),
            ],
        ),
        (
            "03",
            ["shown_desc", "export"],
            [
                ("quiero ser analista de datos, 5 horas a la semana, hazme un plan", PLANNED, {"plan": True}),
                ("¿me lo puedes pasar en algo para imprimirlo?", EXPORT, {"reply_any": ["PDF"]}),
            ],
        ),
        (
            "04",
            ["shown_desc", "compare_desc"],
            [
                ("¿qué cursos hay de análisis de datos en español?", ANY, {}),
                (
                    "¿qué diferencia hay entre el de Python y el de hojas de cálculo?",
                    DIFF,
                    {"cite_any": ["ual-datos-101"], "reply_excl": WHICH_ONES["es"]},
                ),
            ],
        ),
    ],
    "fr": [
        (
            "01",
            ["shown_desc", "compare_desc"],
            [
                (
                    "Bonjour, je suis comptable et on me demande de m'occuper du RGPD, je n'y connais rien",
                    ANY,
                    {},
                ),
                (
                    "c'est quoi la différence entre celui sur le RGPD et le certif ?",
                    DIFF,
                    {"cite_any": ["inl-cert-gouv"], "reply_excl": WHICH_ONES["fr"]},
                ),
            ],
        ),
        (
            "02",
            ["after_named"],
            [
                ("c'est combien, Les fondamentaux du RGPD ?", EXPLAIN, {"cite_any": ["inl-rgpd-101"]}),
                (
                    "et après ça, je peux faire quoi si je veux devenir DPO ?",
                    AFTER,
                    {"cite_any": ["inl-dpo-201"], "plan": False},
                ),
            ],
        ),
        (
            "03",
            ["subject_ref"],
            [
                (
                    "je veux devenir délégué à la protection des données, 6 heures par semaine, fais-moi "
                    "un parcours",
                    PLANNED,
                    {"plan": True},
                ),
                (
                    "la sensibilisation des équipes, je connais déjà, enlève-la",
                    HELD,
                    {"held": ["inl-sensib-104"], "plan_excl": ["inl-sensib-104"]},
                ),
            ],
        ),
        (
            "04",
            ["shown_desc", "cert_parts"],
            [
                (
                    "parle-moi du Certificat Gouvernance et protection des données",
                    EXPLAIN,
                    {"cite_any": ["inl-cert-gouv"]},
                ),
                (
                    "c'est trop cher pour moi, je peux suivre juste un de ses cours séparément ?",
                    PARTS,
                    {"cite_any": FR_CERT_PARTS, "reply_any": ["gratuit", "EUR 1,250"], "plan": False},
                ),
            ],
        ),
    ],
    "fi": [
        (
            "01",
            ["subject_ref"],
            [
                (
                    "Haluan koneoppimisinsinööriksi, osaan Pythonia, 8 tuntia viikossa, opiskelen "
                    "englanniksi, "
                    "tee suunnitelma",
                    PLANNED,
                    {"plan": True},
                ),
                ("matematiikan osaan jo, ohita se", HELD, {"held": [MATHS]}),
            ],
        ),
        (
            "02",
            ["after_named"],
            [
                (NETFUND["fi"], EXPLAIN, {"cite_any": ["ccna-net-101"]}),
                (
                    "mitä sen jälkeen kannattaa ottaa, jos tähtään verkkoautomaatioon?",
                    AFTER,
                    {"cite_any": [NETAUTO], "plan": False},
                ),
            ],
        ),
        (
            "03",
            ["why_skill"],
            [
                (
                    "Ohjaan asiakasta, joka haluaa data-analyytikoksi, 5 tuntia viikossa, englanti käy, tee "
                    "suunnitelma",
                    PLANNED,
                    {"plan": True},
                ),
                ("miksi tuo?", WHYS, {"reply_any": WHY_GAP["fi"]}),
            ],
        ),
        (
            "04",
            ["shown_desc", "export"],
            [
                (
                    "Ohjaan ryhmää varastotyöntekijöitä, jotka haluavat tietoturva-alalle, 4 h viikossa, "
                    "englanti "
                    "käy, tee suunnitelma",
                    PLANNED,
                    {"plan": True},
                ),
                ("saanko tämän tulostettavana?", EXPORT, {"reply_any": ["PDF"]}),
            ],
        ),
    ],
    "vi": [
        (
            "01",
            ["subject_ref"],
            [
                (
                    "Tôi muốn trở thành kỹ sư học máy, biết Python, 8 giờ mỗi tuần, học bằng tiếng Anh "
                    "được, lập "
                    "lộ trình giúp tôi",
                    PLANNED,
                    {"plan": True},
                ),
                ("phần toán tôi biết rồi, bỏ qua khóa đó", HELD, {"held": [MATHS]}),
            ],
        ),
        (
            "02",
            ["after_named"],
            [
                (NETFUND["vi"], EXPLAIN, {"cite_any": ["ccna-net-101"]}),
                (
                    "học xong khóa đó thì học gì tiếp nếu tôi muốn làm tự động hóa mạng?",
                    AFTER,
                    {"cite_any": [NETAUTO], "plan": False},
                ),
            ],
        ),
        (
            "03",
            ["shown_desc", "export"],
            [
                (
                    "Tôi muốn làm chuyên viên phân tích dữ liệu, 5 giờ mỗi tuần, học tiếng Anh được, lập "
                    "lộ trình",
                    PLANNED,
                    {"plan": True},
                ),
                ("tôi có thể in lộ trình này ra không?", EXPORT, {"reply_any": ["PDF"]}),
            ],
        ),
        (
            "04",
            ["shown_desc", "compare_desc"],
            [
                ("Có khóa nào về bảo mật đám mây không?", ANY, {}),
                (
                    "khóa về bảo mật cơ sở dữ liệu với chứng chỉ khác nhau thế nào?",
                    DIFF,
                    {"cite_any": ["nda-dbsec-301"], "reply_excl": WHICH_ONES["vi"]},
                ),
            ],
        ),
    ],
    "hi": [
        (
            "01",
            ["subject_ref"],
            [
                (
                    "मैं मशीन लर्निंग इंजीनियर बनना चाहता हूँ, Python आती है, हफ्ते में 8 घंटे, अंग्रेज़ी "
                    "में पढ़ "
                    "सकता हूँ, प्लान बना दो",
                    PLANNED,
                    {"plan": True},
                ),
                ("maths wala course mujhe aata hai, use chhod do", HELD, {"held": [MATHS]}),
            ],
        ),
        (
            "02",
            ["after_named"],
            [
                (NETFUND["hi"], EXPLAIN, {"cite_any": ["ccna-net-101"]}),
                (
                    "इसके बाद क्या करूँ अगर मुझे नेटवर्क ऑटोमेशन सीखना है?",
                    AFTER,
                    {"cite_any": [NETAUTO], "plan": False},
                ),
            ],
        ),
        (
            "03",
            ["why_skill"],
            [
                (
                    "मेरी क्लाइंट डेटा एनालिस्ट बनना चाहती है, हफ्ते में 5 घंटे, अंग्रेज़ी चलेगी, प्लान बनाइए",
                    PLANNED,
                    {"plan": True},
                ),
                ("ye wala kyun?", WHYS, {"reply_any": WHY_GAP["hi"]}),
            ],
        ),
        (
            "04",
            ["shown_desc", "hours_direction"],
            [
                ("मुझे नहीं पता कहाँ से शुरू करूँ, दुकान में काम करता हूँ, लोगों की मदद करना पसंद है", ANY, {}),
                ("इसमें हफ्ते में कितने घंटे लगेंगे?", HOURS, {"reply_any": PER_WEEK["hi"]}),
            ],
        ),
    ],
    "bn": [
        (
            "01",
            ["subject_ref"],
            [
                (
                    "আমি মেশিন লার্নিং ইঞ্জিনিয়ার হতে চাই, Python জানি, সপ্তাহে ৮ ঘণ্টা, ইংরেজিতে পড়তে "
                    "পারি, একটা "
                    "পরিকল্পনা দিন",
                    PLANNED,
                    {"plan": True},
                ),
                ("অঙ্কের কোর্সটা আমি আগেই করেছি, ওটা বাদ দিন", HELD, {"held": [MATHS]}),
            ],
        ),
        (
            "02",
            ["after_named"],
            [
                (NETFUND["bn"], EXPLAIN, {"cite_any": ["ccna-net-101"], "any_lang": True}),
                (
                    "এটার পরে কী করব যদি নেটওয়ার্ক অটোমেশন শিখতে চাই?",
                    AFTER,
                    {"cite_any": [NETAUTO], "plan": False},
                ),
            ],
        ),
        (
            "03",
            ["shown_desc", "cert_parts"],
            [
                (
                    "Professional Certificate in Data Engineering এর খরচ কত?",
                    EXPLAIN,
                    {"cite_any": ["nda-cert-de"], "any_lang": True},
                ),
                (
                    "এটা অনেক দামি, এর থেকে আলাদা করে শুধু একটা কোর্স করা যায়?",
                    PARTS,
                    {"cite_any": DE_CERT_PARTS_EN, "reply_any": ["EUR 450"], "plan": False},
                ),
            ],
        ),
        (
            "04",
            ["shown_desc", "export"],
            [
                (
                    "আমি একজন পরামর্শদাতা, আমার ক্লায়েন্ট ডেটা অ্যানালিস্ট হতে চান, সপ্তাহে ৫ ঘণ্টা, ইংরেজি চলবে, পরিকল্পনা দিন",
                    PLANNED,
                    {"plan": True},
                ),
                ("এটা কি প্রিন্ট করার মতো করে দেওয়া যায়?", EXPORT, {"reply_any": ["PDF"]}),
            ],
        ),
    ],
}


def dialogues(lang: str) -> list[D]:
    """The batch's dialogues in one language, ids `<lang>-t12refs-NN`, all tune."""
    return [
        D(
            f"{lang}-t12refs-{nn}",
            ["t12refs", *tags],
            [T(text, intents, **checks) for text, intents, checks in turns],
            split="tune",
        )
        for nn, tags, turns in _BATCH[lang]
    ]
