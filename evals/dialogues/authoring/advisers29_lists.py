"""The advisers29 batch (session 29, issue #12, tune): career advisers speaking about their clients, the class
the held-out measures found weakest (lead trial 24's 02, 09, 17, 20). Written by the helper who fixes them (a
check of that work, not a blind measure); `_UNSEEN` (`<lang>-advisers29u-NN`) was written after the fix, never
tuned on. Classes (tags):

- `client_facts`: the client's job (after a name and an age, or as whom the adviser counsels), "left school"
  (no job), hours and money go to the client's profile; the reply speaks of the client.
- `next_client`: "next client: NAME, a JOB who wants GOAL" starts a fresh profile for that client (their job
  and goal, not the first client's); a question naming them ("what should NAME do first?") is answered for
  them; "back to NAME" returns to the first client's goal and limits.
- `unnamed_field`: a client's wish for a field the catalogue does not name (electric vehicles, logistics) is
  never a word search (no Computer Vision course for "electric vehicles"): the goal is not the words, and the
  reply says what the catalogue lacks or asks for the nearest field.
- `register`: Spanish replies keep one register (tú) while speaking of the client: no "usted" forms.

Hinglish and Banglish turns accept a reply in any language (`any_lang`).

Each language module adds `dialogues("<lang>")` and `dialogues("<lang>", unseen=True)`."""

from __future__ import annotations

from dsl import D, T

OPEN = ["set_goal", "search", "explore", "plan", "set_constraints", "state_skills"]
FIRST = ["plan", "explain", "why", "search", "select", "set_goal", "explore"]
LIMITS = ["set_constraints", "plan"]
SUPPORT = ["support", "help desk", "helpdesk", "technician"]
DATA_SCI = ["data scientist", "258e46f9", "data analyst", "d3edb8f8", "machine learning", "data"]
DATA_AN = ["data analyst", "d3edb8f8", "data scientist", "258e46f9", "data"]
CYBER = ["security", "cyber"]
WEB = ["web", "software"]
# courses on the subjects of those goals (any one cited answers "what should X do first?")
DATA_COURSES = [
    "nda-de-101",
    "nda-model-102",
    "diaa-ai-101",
    "diaa-math-102",
    "diaa-ml-201",
    "lit-prog-101",
    "diaa-viz-204",
    "ual-datos-101",
    "ual-sql-102",
    "ual-python-201",
    "ual-estad-202",
    "glcc-office-106",
    "padr-fair-203",
    "diaa-statsw-203",
]
WEB_COURSES = ["lit-prog-101", "lit-web-201", "lit-webstd-202", "lit-fw-203", "lit-git-103", "glcc-code-107"]
CYBER_COURSES = ["bvca-soc-101", "bvca-siem-201", "ccna-netsec-204", "bvca-cert-defence", "glcc-safe-104"]
# a word search of "electric vehicles" / "logistics" led by unrelated courses (lead trial 24's 17)
NOT_EV = ["diaa-cv-301", "nda-etl-201", "ccna-cert-netops"]
EV_WORDS = ["electric", "vehicle", "taraf", "logist", "वाहन", "গাড়ি", "xe điện"]
# what the reply says of a field the catalogue lacks, or the question for the nearest one
NO_FIELD = {
    "en": ["no courses on", "couldn't link", "has little on", "nearest", "closest", "which nearby"],
    "de": ["keine Kurse zu", "konnte", "wenig", "nächste"],
    "es": ["no tiene cursos", "no pude relacionar", "tiene poco sobre", "más cercano"],
    "fr": ["aucune formation", "n'ai pas pu", "peu de chose", "plus proche"],
    "fi": ["ei ole kursseja", "en pystynyt", "vähän", "lähin"],
    "vi": ["không có khóa", "chưa liên kết", "ít", "gần nhất"],
    "hi": ["कोई कोर्स नहीं", "नहीं जोड़ पाया", "no courses on", "couldn't link", "closest"],
    "bn": ["কোনো কোর্স নেই", "মেলাতে পারিনি", "no courses on", "couldn't link", "closest"],
}
USTED = ["Empiece", "Dígame", "¿Le muestro", "Pregunte al", "su cliente actual", "cree su perfil"]
_Batch = dict[str, list[tuple[list[str], list[T]]]]


def _facts(opening: str, limits: str, role: list[str] | None, hours: float, budget, goal=None, **kw) -> tuple:
    """An adviser's opening about one client, then the client's hours (and money): the client's job (or none,
    `role=None`), hours and budget in the profile."""
    first = {"role": role} if role else {"no_role": True}
    if goal:
        first["goal"] = goal
    second = {"hours": hours, **({"budget": budget} if budget is not None else {})}
    if goal:
        second["goal"] = goal
    return (
        ["client_facts"],
        [T(opening, OPEN, **first, **kw), T(limits, LIMITS + ["state_skills"], **second, **kw)],
    )


def _next(
    first: str, other: str, asked: str, back: str, goals: tuple, roles: tuple, cites: list, **kw
) -> tuple:
    """A first client with a goal and hours, a second one introduced with a job and a goal, a question naming
    the second, a return to the first."""
    (goal_a, goal_b), (role_a, role_b) = goals, roles
    return (
        ["next_client"],
        [
            T(first, OPEN, goal=goal_a, **kw),
            T(other, OPEN, goal=goal_b, role=role_b, **({"role_not": role_a} if role_a else {}), **kw),
            T(asked, FIRST, goal=goal_b, role=role_b, cite_any=cites, **kw),
            T(back, FIRST + ["set_constraints"], goal=goal_a, **({"role": role_a} if role_a else {}), **kw),
        ],
    )


def _field(lang: str, opening: str, limits: str, **kw) -> tuple:
    """A client's wish for a field the catalogue does not name: no word search, no goal of its words; the
    reply says the catalogue lacks it or asks for the nearest field; the hours after it are noted."""
    return (
        ["unnamed_field"],
        [
            T(opening, OPEN, cite_none=NOT_EV, goal_not=EV_WORDS, reply_any=NO_FIELD[lang], **kw),
            T(limits, LIMITS + ["explore", "search"], cite_none=NOT_EV, goal_not=EV_WORDS, **kw),
        ],
    )


def _register(opening: str, limits: str, asked: str) -> tuple:
    """A Spanish adviser's client: every reply in one register (no usted forms beside "tu cliente")."""
    return (
        ["register"],
        [
            T(opening, OPEN, reply_excl=USTED),
            T(limits, LIMITS, reply_excl=USTED),
            T(asked, FIRST, reply_excl=USTED),
        ],
    )


_BATCH: _Batch = {
    "en": [
        _facts(
            "I'm a careers adviser. First client today: Jamie, 19, left school last year, wants to get into"
            " IT support.",
            "Jamie can do about 12 hours a week and has no money for courses.",
            None,
            12,
            (0, "EUR"),
            goal=SUPPORT,
        ),
        _next(
            "I'm a job coach. My client Ben, 24, is a warehouse worker who wants to work in IT support, 10"
            " hours a week.",
            "Next client: Priya, a pharmacist who wants to move into data science. She knows some"
            " statistics.",
            "What should Priya do first?",
            "back to Ben - his plan?",
            (SUPPORT, DATA_SCI),
            (["warehouse"], ["pharmac"]),
            DATA_COURSES,
        ),
        _field(
            "en",
            "my client is a 35-year-old auto mechanic who wants to move into electric vehicles",
            "he has 5 hours a week and about 100 euros",
        ),
    ],
    "de": [
        _facts(
            "Ich bin Jobcoach. Mein Klient Jonas, 19, hat die Schule abgebrochen und möchte in den"
            " IT-Support.",
            "Er hat 10 Stunden pro Woche, die Kosten übernimmt das Jobcenter bis 500 Euro.",
            None,
            10,
            (500, "EUR"),
            goal=SUPPORT,
        ),
        _next(
            "Ich berate eine 48-jährige Buchhalterin, die Datenanalystin werden möchte, 6 Stunden pro Woche.",
            "Nächste Klientin: Aylin, 30, Verkäuferin, möchte in die Cybersicherheit.",
            "Womit soll Aylin anfangen?",
            "Zurück zur ersten: ihr Plan?",
            (DATA_AN, CYBER),
            (["buchhalter"], ["verkäufer"]),
            CYBER_COURSES,
        ),
    ],
    "es": [
        _facts(
            "Soy orientadora laboral. Mi cliente, Luis, 45 años, es camionero y quiere aprender informática"
            " básica.",
            "Tiene 6 horas a la semana y unos 200 euros.",
            ["camionero"],
            6,
            (200, "EUR"),
        ),
        _register(
            "Soy orientador. Mi clienta es cajera, tiene 38 años y quiere ser analista de datos.",
            "Tiene 5 horas a la semana y no tiene dinero.",
            "¿Por dónde debería empezar ella?",
        ),
        _field(
            "es",
            "Mi cliente, 40 años, es repartidor y quiere pasarse a los vehículos eléctricos.",
            "Tiene 8 horas a la semana.",
        ),
    ],
    "fr": [
        _next(
            "Je suis conseillère. Mon client Karim, 41 ans, est chauffeur et veut devenir technicien support"
            " informatique, 8 heures par semaine.",
            "Cliente suivante : Nadia, 29 ans, vendeuse, qui veut se former à la cybersécurité.",
            "Par quoi Nadia devrait-elle commencer ?",
            "Revenons à Karim : son parcours ?",
            (SUPPORT, CYBER),
            (["chauffeur"], ["vendeu"]),
            CYBER_COURSES,
        ),
    ],
    "fi": [
        _facts(
            "Olen uraohjaaja. Asiakkaani Mikko, 40, on varastotyöntekijä ja haluaa IT-tukeen.",
            "Hänellä on 8 tuntia viikossa ja 300 euroa.",
            ["varasto"],
            8,
            (300, "EUR"),
            goal=SUPPORT,
        ),
    ],
    "vi": [
        _next(
            "Tôi là tư vấn viên. Khách hàng của tôi là nhân viên kho, muốn làm hỗ trợ IT, mỗi tuần 8 tiếng.",
            "Khách hàng tiếp theo: Lan, 25 tuổi, là kế toán, muốn học phân tích dữ liệu.",
            "Lan nên học gì trước?",
            "Quay lại khách hàng đầu tiên: lộ trình của anh ấy?",
            (SUPPORT, DATA_AN),
            (["kho", "warehouse"], ["kế toán", "accountant"]),
            DATA_COURSES,
        ),
    ],
    "hi": [
        _field(
            "hi",
            "mera client ek auto mechanic hai, 35 saal ka, electric vehicles ki taraf jana chahta hai",
            "uske paas hafte me 5 ghante hai aur budget 10000 rupaye",
            any_lang=True,
        ),
        _facts(
            "मैं करियर काउंसलर हूँ। मेरा क्लाइंट रवि, 22 साल, स्कूल छोड़ चुका है और IT सपोर्ट में जाना चाहता है।",
            "उसके पास हफ्ते में 10 घंटे हैं।",
            None,
            10,
            None,
            goal=SUPPORT,
        ),
    ],
    "bn": [
        _next(
            "আমি একজন কাউন্সেলর। আমার ক্লায়েন্ট রহিম, ৩০ বছর, দোকানে কাজ করেন, আইটি সাপোর্টে যেতে চান, সপ্তাহে ৬ ঘণ্টা।",
            "পরের ক্লায়েন্ট: রিনা, ২৬ বছর, হিসাবরক্ষক, ডেটা অ্যানালিস্ট হতে চান।",
            "রিনা প্রথমে কী শিখবেন?",
            "রহিমের কথায় ফিরি: তাঁর পরিকল্পনা?",
            (SUPPORT, DATA_AN),
            # "দোকানে কাজ করেন" (works in a shop) names a workplace, no job: no role checked for Rahim
            (None, ["হিসাব", "account"]),
            DATA_COURSES,
        ),
    ],
}

# written after the fix, never tuned on
_UNSEEN: _Batch = {
    "en": [
        _next(
            "hi, employment adviser here. My client Sarah, 33, is a receptionist who'd like to move into"
            " cybersecurity; she can give it 6 hours a week.",
            "ok, another client: Daniel, 28, a bus driver who wants to become a web developer.",
            "what would Daniel's first course be?",
            "let's go back to Sarah - what was her plan?",
            (CYBER, WEB),
            (["receptionist"], ["bus driver", "driver"]),
            WEB_COURSES,
        ),
        _facts(
            "I work at a job centre. Client: Marcus, 20, dropped out of college, wants to do something with"
            " data.",
            "He's got around 8 hours a week, zero budget.",
            None,
            8,
            (0, "EUR"),
        ),
    ],
    "de": [
        _field(
            "de",
            "Ich berate einen 50-jährigen Lkw-Fahrer, der in die Logistik-Planung mit E-Autos wechseln"
            " möchte.",
            "Er hat 5 Stunden pro Woche.",
        ),
    ],
    "es": [
        _next(
            "Hola, soy técnica de empleo. Mi usuaria, Marta, 50 años, es limpiadora y quiere aprender"
            " informática básica, 4 horas a la semana.",
            "Siguiente cliente: Jorge, 23 años, es camarero y quiere ser desarrollador web.",
            "¿Qué debería estudiar Jorge primero?",
            "Volvamos a Marta: ¿cuál era su plan?",
            (["digital", "office", "support", "literacy", "ict"], WEB),
            (["limpiador"], ["camarero"]),
            WEB_COURSES,
        ),
    ],
    "fr": [
        _facts(
            "Bonjour, je suis conseiller à France Travail. Mon client, Yanis, 19 ans, sorti du lycée sans"
            " diplôme, veut travailler dans le support informatique.",
            "Il a 15 heures par semaine et aucun budget.",
            None,
            15,
            (0, "EUR"),
            goal=SUPPORT,
        ),
    ],
    "fi": [
        _next(
            "Olen TE-palveluissa. Asiakkaani Sari, 45, on kassatyöntekijä ja haluaa data-analyytikoksi, 5"
            " tuntia viikossa.",
            "Seuraava asiakas: Jari, 38, bussinkuljettaja, haluaa kyberturvallisuuteen.",
            "Mistä Jarin kannattaa aloittaa?",
            "Takaisin Sariin: hänen suunnitelmansa?",
            (DATA_AN, CYBER),
            (["kassa"], ["kuljettaja"]),
            CYBER_COURSES,
        ),
    ],
    "vi": [
        _facts(
            "Tôi là tư vấn viên hướng nghiệp. Khách hàng của tôi là tài xế, 40 tuổi, muốn học hỗ trợ IT.",
            "Anh ấy có 6 tiếng mỗi tuần và 2 triệu đồng.",
            ["tài xế", "driver"],
            6,
            (2_000_000, "VND"),
            goal=SUPPORT,
        ),
    ],
    "hi": [
        _field(
            "hi",
            "meri client ek delivery driver hai, 29 saal ki, solar energy ki taraf jaana chahti hai",
            "uske paas hafte me 6 ghante hain",
            any_lang=True,
        ),
    ],
    "bn": [
        _facts(
            "আমি একজন ক্যারিয়ার কাউন্সেলর। আমার ক্লায়েন্ট সুমন, ২০ বছর, পড়াশোনা ছেড়ে দিয়েছে, আইটি সাপোর্টে কাজ করতে চায়।",
            "তার সপ্তাহে ১০ ঘণ্টা সময় আছে।",
            None,
            10,
            None,
            goal=SUPPORT,
        ),
    ],
}


def dialogues(lang: str, unseen: bool = False) -> list[D]:
    """This language's advisers29 dialogues (ids `<lang>-advisers29-NN`; `<lang>-advisers29u-NN`: unseen),
    tags the class and the batch."""
    name = "advisers29u" if unseen else "advisers29"
    batch = (_UNSEEN if unseen else _BATCH).get(lang, [])
    return [
        D(f"{lang}-{name}-{n:02d}", [*tags, name], turns, split="tune")
        for n, (tags, turns) in enumerate(batch, 1)
    ]
