"""The days23 batch (session 23, issue #12, tune): a learner's day and a learner's time questions.
Written BEFORE the fixes by the helper who fixes them (a check of that work, not a blind measure), in its own
phrasings after reading the verdicts of the lead's trial 18 (t18-01, -05, -11, -12, -14, -16), all eight
languages and Hinglish. Classes (tags):

1. `day`: a described day instead of skills ("at the front desk it's the booking software and emails all
   day", "nur Mails und Internet", "je fais de la compta sur Excel", "chỉ dùng điện thoại"): no role, goal or
   search label made of the description; the everyday tools read as the nearest real skills (e-mail and online
   communication, word processing, spreadsheets, office software, IT tools) or as a digital-basics start;
2. `time`: time questions after a goal or a plan: "how long until I find a job?" (the plan's length at the
   learner's hours, never the list's prices again and no deadline saved), "can I finish by June with 4 hours a
   week?" (a yes or no from the plan), "how many hours a week to finish in 2 months?" (the arithmetic);
3. `degree`: a degree or a study said beside a wish ("physics phd student", "BCom final year", "je suis en
   terminale") is background, never the goal.

Each language module adds `dialogues("<lang>")`."""

from __future__ import annotations

from dees22_lists import BASICS
from dsl import OCC, D, T
from t11goal_lists import ANY

CYBER = OCC["cyber"]
CLOUD = OCC["cloud"]
ML = OCC["ml"]
WEB = OCC["web"]
DATA = [*OCC["data_analyst"], "data"]
JUNE = ("2027-05-24", "2027-06-30")  # "by June": the start or the end of June
# the everyday tools' nearest skills (ESCO labels): e-mail and online communication, word processing,
# spreadsheets, office software, IT tools, digital literacy
DAY = [
    "digital technolog",
    "e-mail",
    "word processing",
    "spreadsheet",
    "office software",
    "IT tools",
    "digital literacy",
    "online communication",
]
SHEETS = ["spreadsheet", "office software"]
# the yes or no of "can I finish by ...?" (`fits_*` in prompts/offline/i18n)
VERDICT = {
    "en": ["Yes:", "Not all of it", "Not in "],
    "de": ["Ja:", "Nicht alles", "Nicht in "],
    "es": ["Sí:", "No todo", "No en "],
    "fr": ["Oui :", "Pas tout", "Pas en "],
    "fi": ["Kyllä:", "Ei kaikki", "Ei "],
    "vi": ["Có:", "Không hết", "Không kịp"],
    "hi": ["हाँ:", "पूरा नहीं", "नहीं"],
    "bn": ["হ্যাঁ:", "সবটা নয়", "না"],
}
# the hours a week a time asks for
WEEKLY = {
    "en": ["h a week"],
    "de": ["Std. pro Woche"],
    "es": ["h por semana"],
    "fr": ["h par semaine"],
    "fi": ["h viikossa", "tuntia viikossa"],
    "vi": ["giờ mỗi tuần"],
    "hi": ["घंटे प्रति सप्ताह"],
    "bn": ["সপ্তাহে"],
}
# a length in weeks
WEEKS = {
    "en": ["weeks"],
    "de": ["Wochen"],
    "es": ["semanas"],
    "fr": ["semaines"],
    "fi": ["viiko"],
    "vi": ["tuần"],
    "hi": ["सप्ताह", "हफ़्ते", "हफ्ते"],
    "bn": ["সপ্তাহ"],
}
# the list's facts again (a price list), never the answer to "how long until a job?"
PRICE_LIST = {
    "en": ["with their price"],
    "de": ["mit Preis"],
    "es": ["con su precio"],
    "fr": ["avec leur prix"],
    "fi": ["hintoineen"],
    "vi": ["với học phí"],
    "hi": ["उनकी कीमत"],
    "bn": ["দাম, পড়ার সময়"],
}


def _t(text: str, **checks: object) -> T:
    return T(text, ANY, **checks)


def _job_time(lang: str, text: str, **checks: object) -> T:
    """The question "how long until I find a job?": weeks at their hours, no price list, no deadline."""
    return _t(text, reply_any=WEEKS[lang], reply_excl=PRICE_LIST[lang], no_deadline=True, **checks)


def _fits(lang: str, text: str, **checks: object) -> T:
    """The question "can I finish by ...?": a yes or no first, with a plan."""
    return _t(text, reply_any=VERDICT[lang], plan=True, **checks)


def _weekly(lang: str, text: str, **checks: object) -> T:
    """The question "how many hours a week to finish in 2 months?": the hours a week."""
    return _t(text, reply_any=WEEKLY[lang], **checks)


_BATCH: dict[str, list[tuple[str, list[str], list[T]]]] = {
    "en": [
        (
            "day",
            [],
            [
                _t(
                    "i work on a hotel front desk, all day its the booking software and emails",
                    skills=DAY,
                    role_not=["booking", "software", "email"],
                    goal_not=["booking", "software", "email"],
                    reply_excl=["looking"],
                ),
                _t("what should i learn first?", cite_any=BASICS),
            ],
        ),
        (
            "day",
            [],
            [
                _t(
                    "honestly I only use my phone, never really a computer",
                    role_not=["phone", "computer"],
                    goal_not=["phone", "computer"],
                    cite_any=BASICS,
                ),
                _t("I can do 3 hours a week", hours=3, goal_not=["phone"]),
            ],
        ),
        (
            "time",
            [],
            [
                _t("I want to become a data analyst, I've got 5 hours a week", goal=DATA, hours=5),
                _job_time("en", "ok and how long until I can actually get a job?", goal=DATA),
            ],
        ),
        (
            "time",
            [],
            [
                _t("plan me a path to cloud engineer please", goal=CLOUD, plan=True),
                _fits("en", "can I finish by June with 4 hours a week?", hours=4, deadline=JUNE),
            ],
        ),
        (
            "time",
            [],
            [
                _t("I'd like a plan for cybersecurity, I have 6 hours a week", goal=CYBER, plan=True),
                _weekly("en", "how many hours a week would I need to finish in 2 months?", hours=6),
            ],
        ),
        (
            "degree",
            [],
            [
                _t(
                    "physics phd student here, want to move into machine learning",
                    goal=ML,
                    goal_not=["physics", "phd", "student"],
                ),
                _t("i have 8 hours a week", hours=8, goal=ML),
            ],
        ),
        (
            "degree",
            ["hinglish"],
            [
                _t(
                    "BCom final year chal raha hai, data analyst banna hai",
                    goal=DATA,
                    goal_not=["bcom", "final"],
                    any_lang=True,
                ),
                _t("5 ghante per week de sakta hoon, kitne hafte lagenge?", hours=5, any_lang=True),
            ],
        ),
    ],
    "de": [
        (
            "day",
            [],
            [
                _t(
                    "Ich sitze im Büro und mache den ganzen Tag nur Mails und Internet",
                    skills=DAY,
                    role_not=["mail", "internet"],
                    goal_not=["mail", "internet"],
                ),
                _t("Womit soll ich anfangen?", cite_any=BASICS),
            ],
        ),
        (
            "day",
            [],
            [
                _t(
                    "Im Lager scanne ich Pakete und tippe die Lieferscheine in Excel ab",
                    skills=SHEETS,
                    role_not=["excel", "pakete", "lieferschein"],
                    goal_not=["excel", "pakete", "lieferschein"],
                ),
                _t("ich habe 4 Stunden pro Woche", hours=4),
            ],
        ),
        (
            "time",
            [],
            [
                _t("Ich will Datenanalyst werden, 4 Stunden die Woche hab ich", goal=DATA, hours=4),
                _fits("de", "Schaffe ich das bis Juni?", goal=DATA),
            ],
        ),
        (
            "time",
            [],
            [
                _t("Mach mir bitte einen Lernplan Richtung Cloud", goal=CLOUD, plan=True),
                _weekly("de", "Wie viele Stunden pro Woche bräuchte ich, um in 2 Monaten fertig zu sein?"),
            ],
        ),
        (
            "degree",
            [],
            [
                _t(
                    "Ich studiere Maschinenbau im 5. Semester und will in Richtung Datenanalyse",
                    goal=DATA,
                    goal_not=["maschinenbau", "semester"],
                ),
                _t("ich hab 5 Stunden pro Woche", hours=5, goal=DATA),
                _job_time("de", "Wie lange dauert es, bis ich damit einen Job finde?"),
            ],
        ),
    ],
    "es": [
        (
            "day",
            [],
            [
                _t(
                    "trabajo en una gestoría y llevo la contabilidad en Excel todo el día",
                    skills=SHEETS,
                    role_not=["excel", "contabilidad en"],
                    goal_not=["excel", "día"],
                ),
                _t("¿por dónde empiezo?", cite_min=1),
            ],
        ),
        (
            "day",
            [],
            [
                _t(
                    "en la tienda solo uso la caja y el correo, del ordenador sé lo justo",
                    role_not=["caja", "correo"],
                    goal_not=["caja", "correo", "ordenador"],
                    cite_any=BASICS,
                ),
                _t("tengo 4 horas a la semana", hours=4),
            ],
        ),
        (
            "time",
            [],
            [
                _t("quiero ser analista de datos, tengo 5 horas por semana", goal=DATA, hours=5),
                _fits("es", "¿me da tiempo en 3 meses?", goal=DATA),
            ],
        ),
        (
            "time",
            [],
            [
                _t("quiero trabajar en ciberseguridad, 6 horas a la semana", goal=CYBER, hours=6),
                _job_time("es", "¿y cuánto tardaré en encontrar trabajo?", goal=CYBER),
            ],
        ),
        (
            "degree",
            [],
            [
                _t(
                    "estoy en el último año de Administración de Empresas y me interesa la nube",
                    goal=CLOUD,
                    goal_not=["administraci", "empresas", "año"],
                ),
                _t("tengo 6 horas semanales", hours=6, goal=CLOUD),
            ],
        ),
    ],
    "fr": [
        (
            "day",
            [],
            [
                _t(
                    "je fais de la compta sur Excel toute la journée dans un cabinet",
                    skills=SHEETS,
                    role_not=["excel", "journée"],
                    goal_not=["excel", "journée"],
                ),
                _t("du coup, par quoi je commence ?", cite_min=1),
            ],
        ),
        (
            "day",
            [],
            [
                _t(
                    "à l'accueil de la mairie je réponds aux mails et je tape des courriers sur Word",
                    skills=DAY,
                    role_not=["mail", "word", "courrier"],
                    goal_not=["mail", "word", "courrier"],
                ),
                _t("j'ai 3 heures par semaine", hours=3),
            ],
        ),
        (
            "time",
            [],
            [
                _t("je veux devenir développeur web, j'ai 5 h par semaine", goal=WEB, hours=5),
                _fits("fr", "c'est faisable d'ici juin ?", goal=WEB),
            ],
        ),
        (
            "time",
            [],
            [
                _t("fais-moi un parcours vers la cybersécurité", goal=CYBER, plan=True),
                _weekly("fr", "il me faudrait combien d'heures par semaine pour finir en 2 mois ?"),
            ],
        ),
        (
            "degree",
            [],
            [
                _t(
                    "je suis en terminale et plus tard je veux bosser dans la data",
                    goal=DATA,
                    goal_not=["terminale"],
                ),
                _t("j'ai 4 heures par semaine en gros", hours=4, goal=DATA),
                _job_time("fr", "et il faut combien de temps avant de trouver un boulot ?"),
            ],
        ),
    ],
    "fi": [
        (
            "day",
            [],
            [
                _t(
                    "Olen kaupan kassalla, käytän vain kassajärjestelmää ja sähköpostia",
                    skills=DAY,
                    role_not=["sähköpost", "kassajärjestelm"],
                    goal_not=["sähköpost", "kassajärjestelm"],
                ),
                _t("Mistä kannattaa aloittaa?", cite_any=BASICS),
            ],
        ),
        (
            "day",
            [],
            [
                _t(
                    "Osaan vain perusjutut: sähköpostin ja Wordin",
                    skills=DAY,
                    no_role=True,
                    goal_not=["sähköpost", "word", "perusjut"],
                ),
                _t("Minulla on 3 tuntia viikossa", hours=3),
            ],
        ),
        (
            "time",
            [],
            [
                _t("Haluan data-analyytikoksi, minulla on 5 tuntia viikossa", goal=DATA, hours=5),
                _fits("fi", "ehdinkö kesäkuuhun mennessä?", goal=DATA),
            ],
        ),
        (
            "time",
            [],
            [
                _t("Tee minulle opintopolku pilvipalveluihin", goal=CLOUD, plan=True),
                _weekly(
                    "fi", "montako tuntia viikossa tarvitsisin, jos haluan valmista kahdessa kuukaudessa?"
                ),
            ],
        ),
        (
            "degree",
            [],
            [
                _t(
                    "Olen fysiikan jatko-opiskelija ja haluan oppia koneoppimista",
                    goal=ML,
                    goal_not=["fysiik", "opiskelija"],
                ),
                _t("Minulla on 6 tuntia viikossa", hours=6, goal=ML),
            ],
        ),
    ],
    "vi": [
        (
            "day",
            [],
            [
                _t(
                    "toi lam le tan khach san, ca ngay dung phan mem dat phong voi email",
                    skills=DAY,
                    role_not=["email", "phan mem", "dat phong"],
                    goal_not=["email", "phan mem", "dat phong"],
                ),
                _t("nen hoc gi truoc?", cite_any=BASICS),
            ],
        ),
        (
            "day",
            [],
            [
                _t(
                    "tôi chỉ biết dùng điện thoại, chưa dùng máy tính bao giờ",
                    role_not=["điện thoại", "máy tính"],
                    goal_not=["điện thoại", "máy tính"],
                    cite_any=BASICS,
                ),
                _t("mỗi tuần tôi có 3 tiếng", hours=3),
            ],
        ),
        (
            "time",
            [],
            [
                _t("tôi muốn làm phân tích dữ liệu, mỗi tuần 5 tiếng", goal=DATA, hours=5),
                _job_time("vi", "bao lâu thì tôi tìm được việc?", goal=DATA),
            ],
        ),
        (
            "time",
            [],
            [
                _t("lập lộ trình an ninh mạng cho tôi", goal=CYBER, plan=True),
                _fits("vi", "3 tháng có kịp không nếu mỗi tuần học 4 tiếng?", hours=4),
            ],
        ),
        (
            "degree",
            [],
            [
                _t(
                    "em là sinh viên năm cuối ngành kế toán, muốn học về cloud",
                    goal=CLOUD,
                    goal_not=["kế toán", "sinh viên"],
                ),
                _t("mỗi tuần em có 6 tiếng", hours=6, goal=CLOUD),
            ],
        ),
    ],
    "hi": [
        (
            "day",
            [],
            [
                _t(
                    "मैं दुकान का पूरा हिसाब Excel में रखता हूँ और ग्राहकों से WhatsApp पर बात करता हूँ",
                    skills=SHEETS,
                    role_not=["excel", "whatsapp", "हिसाब"],
                    goal_not=["excel", "whatsapp", "हिसाब"],
                ),
                _t("मुझे पहले क्या सीखना चाहिए?", cite_min=1),
            ],
        ),
        (
            "day",
            ["hinglish"],
            [
                _t(
                    "main sirf phone chalata hoon, computer kabhi nahi chalaya",
                    role_not=["phone", "computer"],
                    goal_not=["phone", "computer"],
                    cite_any=BASICS,
                    any_lang=True,
                ),
                _t("hafte mein 3 ghante hain", hours=3, any_lang=True),
            ],
        ),
        (
            "time",
            [],
            [
                _t("मुझे डेटा एनालिस्ट बनना है, हफ्ते में 5 घंटे हैं", goal=DATA, hours=5),
                _job_time("hi", "नौकरी मिलने में कितना समय लगेगा?", goal=DATA),
            ],
        ),
        (
            "time",
            [],
            [
                _t("साइबर सुरक्षा का प्लान बना दो", goal=CYBER, plan=True),
                _weekly("hi", "2 महीने में पूरा करने के लिए हफ्ते में कितने घंटे चाहिए?"),
            ],
        ),
        (
            "degree",
            [],
            [
                _t(
                    "मैं BSc फिजिक्स के आखिरी साल में हूँ, मशीन लर्निंग सीखना है",
                    goal=ML,
                    goal_not=["फिजिक्स", "bsc", "साल"],
                ),
                _t("हफ्ते में 6 घंटे दे सकता हूँ", hours=6, goal=ML),
            ],
        ),
    ],
    "bn": [
        (
            "day",
            [],
            [
                _t(
                    "আমি অফিসে সারাদিন ইমেইল আর Word এ চিঠি লিখি",
                    skills=DAY,
                    role_not=["ইমেইল", "word", "চিঠি"],
                    goal_not=["ইমেইল", "word", "চিঠি"],
                ),
                _t("আগে কী শিখব?", cite_any=BASICS),
            ],
        ),
        (
            "day",
            [],
            [
                _t(
                    "শুধু মোবাইল চালাতে পারি, কম্পিউটার কখনো চালাইনি",
                    role_not=["মোবাইল", "কম্পিউটার"],
                    goal_not=["মোবাইল", "কম্পিউটার"],
                    cite_any=BASICS,
                ),
                _t("সপ্তাহে ৩ ঘণ্টা সময় আছে", hours=3),
            ],
        ),
        (
            "time",
            [],
            [
                _t("আমি ডেটা অ্যানালিস্ট হতে চাই, সপ্তাহে ৫ ঘণ্টা", goal=DATA, hours=5),
                _fits("bn", "৬ মাসে হবে কি?", goal=DATA),
            ],
        ),
        (
            "time",
            [],
            [
                _t("ক্লাউড নিয়ে একটা পরিকল্পনা করে দিন", goal=CLOUD, plan=True),
                _weekly("bn", "২ মাসে শেষ করতে সপ্তাহে কত ঘণ্টা লাগবে?"),
            ],
        ),
        (
            "degree",
            [],
            [
                _t(
                    "আমি BBA শেষ বর্ষের ছাত্র, সাইবার নিরাপত্তায় যেতে চাই",
                    goal=CYBER,
                    goal_not=["bba", "ছাত্র", "বর্ষ"],
                ),
                _t("সপ্তাহে ৫ ঘণ্টা দিতে পারব", hours=5, goal=CYBER),
                _job_time("bn", "চাকরি পেতে কত দিন লাগবে?", goal=CYBER),
            ],
        ),
    ],
}


def dialogues(lang: str) -> list[D]:
    """The batch's dialogues of one language, ids `<lang>-days23-NN`."""
    return [
        D(f"{lang}-days23-{n:02d}", ["days23", tag, *extra], turns, split="tune")
        for n, (tag, extra, turns) in enumerate(_BATCH[lang], start=1)
    ]
