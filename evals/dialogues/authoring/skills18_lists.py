"""The skills18 batch (session 18, issue #12, tune): what the learner says they know, saved right. Written
BEFORE the fixes by the helper who fixes them (a check of that work, not a blind measure), in phrasings of its
own (not the lead's trial 13's). Five classes, all eight languages:

1. `level_words`: a level said in words ("very good at", "je maîtrise", "sehr gut", "hallitsen", "thành thạo",
   "achhi tarah" -> advanced; "a bit", "un peu", "ein bisschen", "vähän", "một chút", "thoda", "একটু",
   "the basics", "still learning it" -> basic) is that skill's level (new check `skills_level`, `levels`);
2. `long_msg`: a long message with a job, a goal, limits and background saves every skill it names;
3. `study_year`: a year of study ("năm 3", "2nd year", "im dritten Semester") or a teacher of primary pupils
   sets no EQF limit (`no_max_eqf`);
4. `negation`: "never used SQL", "no Python yet", "kein Programmieren", "better at Excel than coding": what is
   denied is not held (`skills_not`, or `levels` with "none" allowed) and not the goal;
5. `tools`: tools named informally in running text ("excel", "power bi", "sheets", "figma", "wordpress",
   "aws", "azure", "linux", "git") are linked to their ESCO skills.

Hindi in Latin script (hi 01, 04-07) is read with `any_lang` like every other Hinglish turn of the set (a
reply in English or Hindi); these five were first written wanting a Hindi reply and changed after the first
run.

Each language module adds `dialogues("<lang>")`."""

from __future__ import annotations

from dsl import CONS, EXPLORE, GOAL, PLAN, SEARCH, SKILLS, D, T

ANY = SKILLS + GOAL + PLAN + EXPLORE + CONS + SEARCH
SK = SKILLS + GOAL + EXPLORE  # a statement of skills, possibly read with a goal or an opening

# ESCO label fragments of the skills named
SHEET = "spreadsheet"
SQL = "sql"
PY = "python"
BI = "business intelligence"
OS = "operating systems"
CLOUD = "cloud technologies"
GIT = "software configuration management"
FIGMA = "prototype of user experience"
WP = "wordpress"
JAVA = "java (computer programming)"
JS = "javascript"
PROG = "computer programming"
HTML = "markup"

ADV = ["advanced"]
BASIC = ["basic"]
WEAK = ["basic", "none"]  # not held, or held at the basic level

_BATCH: dict[str, list[tuple[str, list[str], list[tuple[str, list[str], dict]]]]] = {
    "en": [
        (
            "01",
            ["level_words"],
            [
                (
                    "I'm really good at Excel and I'd call myself an expert in SQL",
                    SK,
                    {"levels": {SHEET: ADV, SQL: ADV}},
                ),
            ],
        ),
        (
            "02",
            ["level_words"],
            [
                ("i know a bit of python and the basics of html", SK, {"levels": {PY: BASIC, HTML: BASIC}}),
            ],
        ),
        (
            "03",
            ["long_msg"],
            [
                (
                    "Hi! I've worked in retail sales for 8 years, mostly B2B accounts. I want to "
                    "move into data "
                    "analysis because I like numbers. I can only study about 5 hours a week and "
                    "my budget is around "
                    "300 euros. In my job I use Excel every day, I write simple SQL queries for "
                    "our CRM reports and "
                    "I built a few dashboards in Tableau. I have no degree.",
                    ANY,
                    {"skills_all": [SHEET, SQL, BI]},
                ),
            ],
        ),
        (
            "04",
            ["study_year"],
            [
                (
                    "I'm a 2nd year computer science student, I know Java and some Linux",
                    SK,
                    {"skills_all": [JAVA, OS], "no_max_eqf": True},
                ),
            ],
        ),
        (
            "05",
            ["negation"],
            [
                (
                    "I'm better at Excel than at coding, and I've never used SQL",
                    SK,
                    {"skills": [SHEET], "skills_not": [SQL], "levels": {PROG: WEAK}, "goal_not": ["sql"]},
                ),
            ],
        ),
        (
            "06",
            ["tools"],
            [
                (
                    "at work i mostly live in google sheets and power bi, and i set up the wordpress site",
                    SK,
                    {"skills_all": [SHEET, BI, WP]},
                ),
            ],
        ),
        (
            "07",
            ["negation", "level_words"],
            [
                ("I want to become a cloud engineer", GOAL + PLAN + EXPLORE, {}),
                (
                    "I forgot most of my Java from uni, and no Python yet. I do use git and linux daily",
                    SK,
                    {"levels": {JAVA: BASIC}, "skills_not": [PY], "skills_all": [GIT, OS]},
                ),
            ],
        ),
    ],
    "de": [
        (
            "01",
            ["level_words"],
            [
                ("Excel kann ich sehr gut, SQL beherrsche ich auch", SK, {"levels": {SHEET: ADV, SQL: ADV}}),
            ],
        ),
        (
            "02",
            ["level_words"],
            [
                (
                    "Ich kann ein bisschen Python und ein paar Grundlagen in HTML",
                    SK,
                    {"levels": {PY: BASIC, HTML: BASIC}},
                ),
            ],
        ),
        (
            "03",
            ["long_msg"],
            [
                (
                    "Hallo, ich bin seit 10 Jahren im Vertrieb tätig und möchte in Richtung "
                    "Datenanalyse wechseln. "
                    "Ich habe maximal 6 Stunden pro Woche und möchte nicht mehr als 500 Euro "
                    "ausgeben. Im Job arbeite "
                    "ich täglich mit Excel, schreibe ab und zu SQL-Abfragen und habe Berichte in "
                    "Power BI gebaut.",
                    ANY,
                    {"skills_all": [SHEET, SQL, BI]},
                ),
            ],
        ),
        (
            "04",
            ["study_year"],
            [
                (
                    "Ich bin im dritten Semester Wirtschaftsinformatik und kenne mich mit Java und Git aus",
                    SK,
                    {"skills_all": [JAVA, GIT], "no_max_eqf": True},
                ),
            ],
        ),
        (
            "05",
            ["negation"],
            [
                (
                    "Ich bin Grundschullehrerin, kann gut mit Excel umgehen, aber kein Programmieren",
                    SK + CONS,
                    {"skills": [SHEET], "skills_not": [PROG], "no_max_eqf": True},
                ),
            ],
        ),
        (
            "06",
            ["tools"],
            [
                (
                    "Ich arbeite viel mit figma und wordpress, ein bisschen auch mit aws",
                    SK,
                    {"skills_all": [FIGMA, WP, CLOUD]},
                ),
            ],
        ),
        (
            "07",
            ["level_words"],
            [
                (
                    "Ich lerne gerade SQL, Excel ist dagegen meine Stärke: da bin ich Profi",
                    SK,
                    {"levels": {SQL: BASIC, SHEET: ADV}},
                ),
            ],
        ),
    ],
    "es": [
        (
            "01",
            ["level_words"],
            [
                ("Domino Excel y manejo SQL a nivel avanzado", SK, {"levels": {SHEET: ADV, SQL: ADV}}),
            ],
        ),
        (
            "02",
            ["level_words"],
            [
                ("Sé algo de Python y un poco de SQL", SK, {"levels": {PY: BASIC, SQL: BASIC}}),
            ],
        ),
        (
            "03",
            ["long_msg"],
            [
                (
                    "Buenas, soy comercial en una empresa de alimentación desde hace 7 años. "
                    "Quiero pasarme al "
                    "análisis de datos. Solo puedo estudiar los fines de semana, unas 4 horas, y "
                    "no quiero gastar más de "
                    "200 euros. Uso Excel a diario, hago consultas en SQL de vez en cuando y he "
                    "montado algún "
                    "informe en Tableau.",
                    ANY,
                    {"skills_all": [SHEET, SQL, BI]},
                ),
            ],
        ),
        (
            "04",
            ["study_year"],
            [
                (
                    "Estoy en tercer año de carrera de informática, sé Java y Linux",
                    SK,
                    {"skills_all": [JAVA, OS], "no_max_eqf": True},
                ),
            ],
        ),
        (
            "05",
            ["negation"],
            [
                (
                    "Soy maestra de primaria, me manejo con Excel pero nunca he usado Python",
                    SK + CONS,
                    {"skills": [SHEET], "skills_not": [PY], "no_max_eqf": True, "goal_not": ["python"]},
                ),
            ],
        ),
        (
            "06",
            ["tools"],
            [
                (
                    "En mi trabajo uso power bi, google sheets y algo de azure",
                    SK,
                    {"skills_all": [BI, SHEET, CLOUD]},
                ),
            ],
        ),
        (
            "07",
            ["level_words"],
            [
                (
                    "Soy experta en Excel y Python lo estoy aprendiendo",
                    SK,
                    {"levels": {SHEET: ADV, PY: BASIC}},
                ),
            ],
        ),
    ],
    "fr": [
        (
            "01",
            ["level_words"],
            [
                (
                    "Je maîtrise très bien Excel et je suis expert en SQL",
                    SK,
                    {"levels": {SHEET: ADV, SQL: ADV}},
                ),
            ],
        ),
        (
            "02",
            ["level_words"],
            [
                ("Je connais un peu SQL et les bases de Python", SK, {"levels": {SQL: BASIC, PY: BASIC}}),
            ],
        ),
        (
            "03",
            ["long_msg"],
            [
                (
                    "Bonjour, je suis commercial depuis 6 ans dans une PME. Je voudrais me "
                    "reconvertir dans l'analyse de "
                    "données. Je peux y consacrer 5 heures par semaine, budget 400 euros maximum. "
                    "Au quotidien j'utilise "
                    "Excel, je fais des requêtes SQL simples et des tableaux de bord sous Power BI.",
                    ANY,
                    {"skills_all": [SHEET, SQL, BI]},
                ),
            ],
        ),
        (
            "04",
            ["study_year"],
            [
                (
                    "Je suis en deuxième année de BTS, je connais Linux et un peu de Java",
                    SK,
                    {"skills_all": [OS, JAVA], "no_max_eqf": True},
                ),
            ],
        ),
        (
            "05",
            ["negation"],
            [
                (
                    "Je me débrouille mieux sur Excel qu'en programmation, et pas de code pour l'instant",
                    SK,
                    {"skills": [SHEET], "levels": {PROG: WEAK}},
                ),
            ],
        ),
        (
            "06",
            ["tools"],
            [
                (
                    "J'utilise tous les jours excel, git et un peu tableau",
                    SK,
                    {"skills_all": [SHEET, GIT, BI]},
                ),
            ],
        ),
        (
            "07",
            ["negation", "level_words"],
            [
                ("Je voudrais devenir développeur web", GOAL + PLAN + EXPLORE, {}),
                (
                    "J'ai oublié presque tout mon Java, et pas encore de Python",
                    SK,
                    {"levels": {JAVA: BASIC}, "skills_not": [PY]},
                ),
            ],
        ),
    ],
    "fi": [
        (
            "01",
            ["level_words"],
            [
                (
                    "Hallitsen Excelin hyvin ja olen SQL:n asiantuntija",
                    SK,
                    {"levels": {SHEET: ADV, SQL: ADV}},
                ),
            ],
        ),
        (
            "02",
            ["level_words"],
            [
                ("Osaan vähän Pythonia ja HTML:n perusteet", SK, {"levels": {PY: BASIC, HTML: BASIC}}),
            ],
        ),
        (
            "03",
            ["long_msg"],
            [
                (
                    "Moi, olen ollut myyjänä kahdeksan vuotta ja haluaisin siirtyä "
                    "data-analytiikkaan. Voin opiskella "
                    "noin 5 tuntia viikossa ja budjetti on 300 euroa. Käytän töissä Exceliä "
                    "päivittäin, teen SQL-kyselyitä "
                    "ja olen tehnyt raportteja Power BI:llä.",
                    ANY,
                    {"skills_all": [SHEET, SQL, BI]},
                ),
            ],
        ),
        (
            "04",
            ["study_year"],
            [
                (
                    "Olen toisen vuoden tietojenkäsittelyn opiskelija, osaan Javaa ja Linuxia",
                    SK,
                    {"skills_all": [JAVA, OS], "no_max_eqf": True},
                ),
            ],
        ),
        (
            "05",
            ["negation"],
            [
                (
                    "En ole koskaan käyttänyt SQL:ää, mutta Exceliä käytän paljon",
                    SK,
                    {"skills": [SHEET], "skills_not": [SQL], "goal_not": ["sql"]},
                ),
            ],
        ),
        (
            "06",
            ["tools"],
            [
                (
                    "Teen töitä figman ja wordpressin kanssa, joskus myös azuressa",
                    SK,
                    {"skills_all": [FIGMA, WP, CLOUD]},
                ),
            ],
        ),
        (
            "07",
            ["negation", "level_words"],
            [
                (
                    "En osaa ohjelmoida, mutta Excel sujuu erinomaisesti",
                    SK,
                    {"levels": {PROG: WEAK, SHEET: ADV}},
                ),
            ],
        ),
    ],
    "vi": [
        (
            "01",
            ["level_words"],
            [
                ("Tôi thành thạo Excel và rất giỏi SQL", SK, {"levels": {SHEET: ADV, SQL: ADV}}),
            ],
        ),
        (
            "02",
            ["level_words"],
            [
                ("Em biết một chút Python và SQL cơ bản", SK, {"levels": {PY: BASIC, SQL: BASIC}}),
            ],
        ),
        (
            "03",
            ["long_msg"],
            [
                (
                    "Chào bạn, mình làm nhân viên kinh doanh 5 năm rồi, giờ muốn chuyển sang phân "
                    "tích dữ liệu. Mỗi "
                    "tuần mình học được khoảng 6 tiếng, ngân sách tầm 200 đô. Công việc hằng ngày "
                    "mình dùng Excel, "
                    "viết truy vấn SQL và làm báo cáo bằng Tableau.",
                    ANY,
                    {"skills_all": [SHEET, SQL, BI]},
                ),
            ],
        ),
        (
            "04",
            ["study_year"],
            [
                (
                    "Em là sinh viên năm 3 ngành công nghệ thông tin, em biết Java và Linux",
                    SK,
                    {"skills_all": [JAVA, OS], "no_max_eqf": True},
                ),
            ],
        ),
        (
            "05",
            ["negation"],
            [
                (
                    "Tôi là giáo viên tiểu học, dùng Excel khá tốt nhưng chưa bao giờ dùng Python",
                    SK + CONS,
                    {"skills": [SHEET], "skills_not": [PY], "no_max_eqf": True, "goal_not": ["python"]},
                ),
            ],
        ),
        (
            "06",
            ["tools"],
            [
                ("Ở công ty mình dùng power bi, git với aws hằng ngày", SK, {"skills_all": [BI, GIT, CLOUD]}),
            ],
        ),
        (
            "07",
            ["level_words"],
            [
                (
                    "Mình đang học Python, còn Excel thì dùng thạo lắm",
                    SK,
                    {"levels": {PY: BASIC, SHEET: ADV}},
                ),
            ],
        ),
    ],
    "hi": [
        (
            "01",
            ["level_words"],
            [
                (
                    "mujhe Excel achhi tarah aata hai aur SQL mein expert hoon",
                    SK,
                    {"levels": {SHEET: ADV, SQL: ADV}, "any_lang": True},
                ),
            ],
        ),
        (
            "02",
            ["level_words"],
            [
                ("मुझे थोड़ा Python आता है और SQL की बेसिक जानकारी है", SK, {"levels": {PY: BASIC, SQL: BASIC}}),
            ],
        ),
        (
            "03",
            ["long_msg"],
            [
                (
                    "नमस्ते, मैं 6 साल से सेल्स में काम कर रहा हूँ और अब डेटा एनालिसिस में जाना "
                    "चाहता हूँ। हफ्ते में 5 घंटे "
                    "पढ़ सकता हूँ, बजट 10000 रुपये है। रोज़ Excel इस्तेमाल करता हूँ, SQL queries "
                    "लिखता हूँ और Power BI में "
                    "रिपोर्ट बनाता हूँ।",
                    ANY,
                    {"skills_all": [SHEET, SQL, BI]},
                ),
            ],
        ),
        (
            "04",
            ["study_year"],
            [
                (
                    "main BTech 2nd year mein hoon, Java aur Linux aata hai",
                    SK,
                    {"skills_all": [JAVA, OS], "no_max_eqf": True, "any_lang": True},
                ),
            ],
        ),
        (
            "05",
            ["negation"],
            [
                (
                    "coding bilkul nahi aati, par Excel mein theek hoon",
                    SK,
                    {"skills": [SHEET], "levels": {PROG: WEAK}, "any_lang": True},
                ),
            ],
        ),
        (
            "06",
            ["tools"],
            [
                (
                    "office mein roz google sheets, tableau aur git use karta hoon",
                    SK,
                    {"skills_all": [SHEET, BI, GIT], "any_lang": True},
                ),
            ],
        ),
        (
            "07",
            ["level_words"],
            [
                (
                    "mujhe thoda sa SQL aata hai, Python abhi seekh raha hoon",
                    SK,
                    {"levels": {SQL: BASIC, PY: BASIC}, "any_lang": True},
                ),
            ],
        ),
    ],
    "bn": [
        (
            "01",
            ["level_words"],
            [
                ("আমি Excel খুব ভালো পারি, SQL-এ দক্ষ", SK, {"levels": {SHEET: ADV, SQL: ADV}}),
            ],
        ),
        (
            "02",
            ["level_words"],
            [
                ("আমি একটু Python জানি আর SQL-এর বেসিক", SK, {"levels": {PY: BASIC, SQL: BASIC}}),
            ],
        ),
        (
            "03",
            ["long_msg"],
            [
                (
                    "আমি ৭ বছর ধরে সেলসে কাজ করছি, এখন ডেটা অ্যানালিস্ট হতে চাই। সপ্তাহে ৫ ঘণ্টা "
                    "পড়তে পারব, বাজেট "
                    "১৫০০০ টাকা। কাজে প্রতিদিন Excel ব্যবহার করি, SQL কোয়েরি লিখি আর Tableau-তে "
                    "ড্যাশবোর্ড বানাই।",
                    ANY,
                    {"skills_all": [SHEET, SQL, BI]},
                ),
            ],
        ),
        (
            "04",
            ["study_year"],
            [
                (
                    "আমি কম্পিউটার সায়েন্সে দ্বিতীয় বর্ষের ছাত্র, Java আর Linux জানি",
                    SK,
                    {"skills_all": [JAVA, OS], "no_max_eqf": True},
                ),
            ],
        ),
        (
            "05",
            ["negation"],
            [
                (
                    "আমি কখনো SQL ব্যবহার করিনি, তবে Excel ভালো চালাতে পারি",
                    SK,
                    {"skills": [SHEET], "skills_not": [SQL], "goal_not": ["sql"]},
                ),
            ],
        ),
        (
            "06",
            ["tools"],
            [
                ("অফিসে power bi, azure আর git দিয়ে কাজ করি", SK, {"skills_all": [BI, CLOUD, GIT]}),
            ],
        ),
        (
            "07",
            ["negation", "level_words"],
            [
                (
                    "Python এখনো শিখিনি, তবে Excel-এ আমি এক্সপার্ট",
                    SK,
                    {"skills_not": [PY], "levels": {SHEET: ADV}},
                ),
            ],
        ),
    ],
}


def dialogues(lang: str) -> list[D]:
    """The batch's dialogues in one language, ids `<lang>-skills18-NN`, all tune."""
    return [
        D(
            f"{lang}-skills18-{nn}",
            ["skills18", *tags],
            [T(text, intents, **checks) for text, intents, checks in turns],
            split="tune",
        )
        for nn, tags, turns in _BATCH[lang]
    ]
