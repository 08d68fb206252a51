"""The trial28 batch (session 28, issue #12, tune): lead trial 23's classes still failing on main, in the
helper's own phrasings (other than the trial's). Written by the helper who fixes them (a check of that work,
not a blind measure); `_UNSEEN` (`<lang>-trial28u-NN`) was written after the fix, never tuned on. Classes
(tags):

- `later_wish`: "and what if I also want to learn X later?" once a goal is set: the goal stays, courses on
  X are cited.
- `prefer_job`: "I like X more than Y" between two jobs just compared picks the one X leans to; with a goal
  set the goal stays.
- `plan_time`: "how long would that take?" after a plan: the whole plan's time, not one course's.
- `plan_format`: "is any of it in a classroom?" after a plan: answered from its steps, no limit saved.
- `cheapest_lang`: "English is fine, which is the cheapest?" after a list: the cheapest entry, not its
  language.
- `deadline`: "SQL fast, interview in 3 weeks": the deadline saved, the subject without "fast".
- `course_on`: "is there a course on X?" with a list shown: a search of X.
- `no_money`: "plenty of time, no money" in its own clause: a budget of nothing.

Each language module adds `dialogues("<lang>")` and `dialogues("<lang>", unseen=True)`."""

from __future__ import annotations

from dsl import D, T

OPEN = ["set_goal", "search", "explore", "plan", "set_constraints"]
BESIDE = ["search", "explain", "plan"]
ANALYST = ["data analyst", "d3edb8f8"]
NOT_SOFTWARE = ["software developer", "f2b15a0e"]
ML = ["diaa-ml-201", "diaa-ai-101", "diaa-dl-202", "lcsi-mlnet-203", "diaa-math-102", "ual-ia-101"]
PYTHON = ["lit-prog-101", "glcc-code-107", "diaa-viz-204", "diaa-ml-201"]
MICRO = ["aec-mcd-101", "aec-cert-dld", "aec-outcomes-102"]
THREE_WEEKS = ("2026-12-20", "2026-12-31")
PLAN_TIME = {
    "en": ["Your plan has"],
    "de": ["Ihr Plan hat"],
    "es": ["Su plan tiene"],
    "fr": ["Votre parcours compte"],
    "fi": ["Suunnitelmassasi on"],
    "vi": ["Lộ trình của bạn có"],
    "hi": ["आपकी योजना में"],
    "bn": ["আপনার পরিকল্পনায়"],
}
CHEAPEST = {
    "en": ["The cheapest of"],
    "de": ["Am günstigsten unter"],
    "es": ["El más barato de"],
    "fr": ["Le moins cher des"],
    "fi": ["halvin on"],
    "vi": ["rẻ nhất"],
    "hi": ["सबसे सस्ता"],
    "bn": ["সবচেয়ে স"],
}


def _later(first: str, wish: str, want: list[str]) -> tuple[list[str], list[T]]:
    """A data-analyst goal (with a plan), then a subject wished for later: the goal stays."""
    return (
        ["later_wish"],
        [
            T(first, OPEN, goal=ANALYST),
            T(wish, BESIDE, goal=ANALYST, goal_not=NOT_SOFTWARE, cite_any=want),
        ],
    )


def _prefer(compared: str, preference: str) -> tuple[list[str], list[T]]:
    """Two jobs compared, then a preference for statistics over coding: the data analyst."""
    return (
        ["prefer_job"],
        [
            T(compared, ["explain"]),
            T(preference, ["set_goal", "explain", "plan"], goal=ANALYST, goal_not=NOT_SOFTWARE),
        ],
    )


def _kept(first: str, preference: str) -> tuple[list[str], list[T]]:
    """A data-analyst goal, then a preference between subjects: the goal stays."""
    return (
        ["prefer_job"],
        [T(first, OPEN, goal=ANALYST), T(preference, BESIDE, goal=ANALYST, goal_not=NOT_SOFTWARE)],
    )


def _time(lang: str, first: str, asked: str) -> tuple[list[str], list[T]]:
    return (
        ["plan_time"],
        [T(first, OPEN, plan=True), T(asked, ["plan", "explain"], reply_any=PLAN_TIME[lang])],
    )


def _form(first: str, asked: str) -> tuple[list[str], list[T]]:
    """A plan, then a question about classroom sessions: answered, no format saved as a limit."""
    return (
        ["plan_format"],
        [T(first, OPEN, plan=True), T(asked, ["explain", "refine", "select"], no_part=True)],
    )


def _cheapest(lang: str, first: str, asked: str, **lang_check: bool) -> tuple[list[str], list[T]]:
    """A list, then the cheapest asked with a language accepted; a romanised Hindi chat may be answered in
    English (`any_lang`), the cheapest said all the same."""
    said = CHEAPEST[lang] + (CHEAPEST["en"] if lang_check else [])
    return (
        ["cheapest_lang"],
        [
            T(first, OPEN, **lang_check),
            T(asked, ["explain", "select", "refine"], reply_any=said, **lang_check),
        ],
    )


def _deadline(said: str) -> tuple[list[str], list[T]]:
    return (
        ["deadline"],
        [T(said, OPEN, deadline=THREE_WEEKS, reply_excl=["sql fast", "fast", "schnell", "rápido", "vite"])],
    )


def _course_on(first: str, asked: str) -> tuple[list[str], list[T]]:
    return (["course_on"], [T(first, OPEN), T(asked, ["search"], cite_any=MICRO)])


def _no_money(first: str, said: str) -> tuple[list[str], list[T]]:
    return (
        ["no_money"],
        [T(first, OPEN + ["state_skills"]), T(said, OPEN + ["state_skills"], budget=(0, "EUR"))],
    )


_BATCH: dict[str, list[tuple[list[str], list[T]]]] = {
    "en": [
        _later(
            "I want to become a data analyst, 5 hours a week",
            "and what if I also want to pick up machine learning later on?",
            ML,
        ),
        _prefer(
            "data analyst vs data scientist, what's the difference? no idea which to choose",
            "honestly I enjoy statistics much more than programming",
        ),
        _time(
            "en",
            "I'd like to become a cloud engineer, I have 4 hours a week",
            "how long is that going to take me?",
        ),
        _form(
            "I want to learn basic digital skills, 2 hours a week", "do any of these have classroom sessions?"
        ),
        _cheapest("en", "show me cybersecurity courses", "English is fine too, which one is the cheapest?"),
        _deadline("need to learn SQL quickly, I have a job interview in 3 weeks"),
        _course_on(
            "I'm a lecturer and I'd like to design micro-credentials for my faculty",
            "is there a course about quality assurance for micro-credentials?",
        ),
    ],
    "de": [
        _later(
            "Ich möchte Datenanalystin werden, 4 Stunden pro Woche",
            "und wenn ich später auch noch Machine Learning lernen will, was käme dann?",
            ML,
        ),
        _prefer(
            "Was ist der Unterschied zwischen Datenanalyst und Data Scientist?",
            "Statistik macht mir viel mehr Spaß als Programmieren",
        ),
        _time(
            "de",
            "Ich will Cloud-Ingenieur werden, 4 Stunden pro Woche",
            "wie lange würde das insgesamt dauern?",
        ),
        _cheapest(
            "de",
            "zeig mir Kurse zu Cybersicherheit",
            "Englisch geht auch, welcher ist am günstigsten?",
        ),
        _deadline("ich muss ganz schnell SQL lernen, Vorstellungsgespräch in 3 Wochen"),
        _no_money(
            "Ich bin Jobcoach. Mein Klient, 52, war Lagerarbeiter und möchte in die IT.",
            "Zeit hat er genug, Geld keins.",
        ),
    ],
    "es": [
        _later(
            "quiero ser analista de datos, 3 horas a la semana",
            "¿y si más adelante también quiero aprender machine learning?",
            ML,
        ),
        _prefer(
            "¿qué diferencia hay entre un analista de datos y un científico de datos?",
            "me gusta mucho más la estadística que programar",
        ),
        _time("es", "quiero ser ingeniero cloud, 4 horas a la semana", "¿cuánto tiempo me llevaría todo?"),
        _cheapest(
            "es",
            "busco cursos de ciberseguridad",
            "vale, en inglés también me sirve, ¿cuál es el más barato?",
        ),
        _deadline("tengo que aprender SQL rápido, tengo una entrevista de trabajo en 3 semanas"),
    ],
    "fr": [
        _later(
            "je veux devenir analyste de données, 4 heures par semaine",
            "et si plus tard je veux aussi apprendre le machine learning ?",
            ML,
        ),
        _kept("je veux devenir analyste de données", "je préfère les statistiques à la programmation"),
        _time(
            "fr",
            "je veux devenir ingénieur cloud, 4 heures par semaine",
            "ça prendrait combien de temps en tout ?",
        ),
        _form(
            "je veux apprendre les bases du numérique, 2 heures par semaine",
            "est-ce qu'une partie se fait en présentiel ?",
        ),
        _course_on(
            "je suis enseignante à l'université et je veux concevoir des micro-certifications",
            "y a-t-il une formation sur l'assurance qualité des micro-certifications ?",
        ),
    ],
    "fi": [
        _later(
            "haluan data-analyytikoksi, 4 tuntia viikossa",
            "entä jos myöhemmin haluan oppia myös koneoppimista?",
            ML,
        ),
        _prefer(
            "mikä ero on data-analyytikolla ja data scientistillä?",
            "tykkään tilastoista paljon enemmän kuin koodaamisesta",
        ),
        _time("fi", "haluan pilvi-insinööriksi, 4 tuntia viikossa", "kauanko se kestäisi kaikkiaan?"),
        _no_money(
            "Olen uraohjaaja. Asiakkaani on 50-vuotias varastotyöntekijä, joka haluaa IT-alalle.",
            "Aikaa hänellä on, rahaa ei.",
        ),
    ],
    "vi": [
        _later(
            "em muốn làm chuyên viên phân tích dữ liệu, mỗi tuần 4 tiếng",
            "nếu sau này em muốn học thêm machine learning thì học gì tiếp?",
            ML,
        ),
        _prefer(
            "chuyên viên phân tích dữ liệu và nhà khoa học dữ liệu khác nhau thế nào?",
            "em thích thống kê hơn lập trình",
        ),
        _course_on(
            "tôi là giảng viên, muốn thiết kế micro-credential cho trường",
            "có khóa nào về đảm bảo chất lượng cho micro-credential không?",
        ),
        _cheapest("vi", "cho em xem các khóa an ninh mạng", "tiếng Anh cũng được, khóa nào rẻ nhất ạ?"),
    ],
    "hi": [
        _later(
            "मैं डेटा एनालिस्ट बनना चाहता हूँ, हफ्ते में 4 घंटे",
            "अगर बाद में मुझे machine learning भी सीखनी हो तो आगे क्या करूँ?",
            ML,
        ),
        _cheapest(
            "hi",
            "mujhe networking ke courses dikhao",
            "English wala bhi chalega, sabse sasta kaun sa hai?",
            any_lang=True,
        ),
        _time("hi", "मैं क्लाउड इंजीनियर बनना चाहता हूँ, हफ्ते में 4 घंटे", "इस सब में कुल कितना समय लगेगा?"),
    ],
    "bn": [
        _later(
            "আমি ডেটা অ্যানালিস্ট হতে চাই, সপ্তাহে ৪ ঘণ্টা",
            "যদি পরে machine learning ও শিখতে চাই, তাহলে কী করব?",
            ML,
        ),
        _cheapest("bn", "আমাকে সাইবার সিকিউরিটির কোর্স দেখান", "ইংরেজি হলেও চলবে, সবচেয়ে সস্তা কোনটা?"),
        _time("bn", "আমি ক্লাউড ইঞ্জিনিয়ার হতে চাই, সপ্তাহে ৪ ঘণ্টা", "সব মিলিয়ে কত সময় লাগবে?"),
    ],
}

# written after the fix, never tuned on
_UNSEEN: dict[str, list[tuple[list[str], list[T]]]] = {
    "en": [
        _later(
            "my goal is data analyst, about 6 hours weekly",
            "suppose later on I'd also like to get into machine learning, what comes next?",
            ML,
        ),
        _kept(
            "I'd like to become a data analyst", "I'm more into statistics than programming, just so you know"
        ),
        _time(
            "en", "I want to become a data analyst, 6 hours a week", "ok and how many weeks is that in total?"
        ),
        _deadline("I must learn SQL asap, the job interview is in 3 weeks"),
    ],
    "de": [
        _later(
            "Mein Ziel ist Datenanalyst, 5 Stunden pro Woche",
            "und falls ich danach auch Machine Learning machen will?",
            ML,
        ),
        _form("Ich will digitale Grundlagen lernen, 2 Stunden pro Woche", "ist davon irgendwas vor Ort?"),
    ],
    "es": [
        _kept(
            "me gustaría trabajar como analista de datos", "prefiero la estadística a programar, la verdad"
        ),
        _course_on(
            "soy profesora universitaria y quiero diseñar microcredenciales",
            "¿tienen algún curso sobre garantía de calidad de microcredenciales?",
        ),
    ],
    "fr": [
        _cheapest(
            "fr",
            "montrez-moi des formations en cybersécurité",
            "l'anglais ça me va aussi, laquelle est la moins chère ?",
        ),
        _no_money(
            "Je suis conseillère. Ma cliente, 48 ans, ancienne caissière, veut aller vers l'informatique.",
            "Du temps elle en a, de l'argent non.",
        ),
    ],
    "fi": [
        _later(
            "tavoitteeni on data-analyytikko, 5 tuntia viikossa",
            "jos haluan myöhemmin oppia myös Pythonia, mitä sitten?",
            PYTHON,
        ),
        _cheapest("fi", "näytä tietoturvakursseja", "englanti käy myös, mikä on halvin?"),
    ],
    "vi": [
        _time(
            "vi", "em muốn làm chuyên viên phân tích dữ liệu, mỗi tuần 5 tiếng", "tổng cộng mất bao lâu ạ?"
        ),
    ],
    "hi": [
        _kept("मैं डेटा एनालिस्ट बनना चाहती हूँ", "मुझे प्रोग्रामिंग से ज़्यादा सांख्यिकी पसंद है"),
    ],
    "bn": [
        _course_on(
            "আমি বিশ্ববিদ্যালয়ের শিক্ষক, মাইক্রো-ক্রেডেনশিয়াল ডিজাইন করতে চাই",
            "মাইক্রো-ক্রেডেনশিয়ালের মান নিশ্চিতকরণ নিয়ে কোনো কোর্স আছে?",
        ),
    ],
}


def dialogues(lang: str, unseen: bool = False) -> list[D]:
    """This language's trial28 dialogues (ids `<lang>-trial28-NN`; `<lang>-trial28u-NN`: unseen), tags the
    class and the batch."""
    name = "trial28u" if unseen else "trial28"
    batch = (_UNSEEN if unseen else _BATCH).get(lang, [])
    return [
        D(f"{lang}-{name}-{n:02d}", [*tags, name], turns, split="tune")
        for n, (tags, turns) in enumerate(batch, 1)
    ]
