"""The conv26 batch (session 26, issue #12, tune): the follow-up and search classes of lead trial 21 left
after session 25, in the helper's own phrasings (other than the trial's). Written BEFORE the fixes by the
helper who fixes them (a check of that work, not a blind measure). Classes (tags):

- `which_shown`: "which of those first, and why?" after a list and an unsaved plan proposal picks one of the
  courses just shown (the first course cited is one the two replies before cited), with why;
- `adviser_start`: "where should she start?" from an adviser after a plan: one of the plan's steps;
- `how_long_first`: a goal and "how long does it take?" in one message, no hours said: the weeks at the
  default pace (the plan's time), not a search;
- `subject_first`: "learn Python for data analysis": the first list leads with a Python course.

The Hinglish turns (tag `hinglish`) accept any reply language. Each language module adds
`dialogues("<lang>")`."""

from __future__ import annotations

from dsl import D, T
from which21_lists import BECAUSE as WHY

# the plan's time said (`job_time_plan` in each language)
TAKES = {
    "en": ["it takes about"],
    "de": ["dauert er etwa"],
    "es": ["dura unas"],
    "fr": ["il dure environ"],
    "fi": ["se kestää noin"],
    "vi": ["thì mất khoảng"],
    "hi": ["लगभग"],
    "bn": ["প্রায়"],
}
# Python courses of the catalogue (the subject asked)
PYTHON = ["diaa-viz-204", "lit-prog-101", "ual-python-201", "diaa-ml-201", "glcc-code-107"]
CONS = ["set_constraints", "plan", "refine"]
FIRST = ["explain", "select"]
OPEN = ["set_goal", "search", "explore", "state_skills"]
TIMED = ["set_goal", "plan", "explain", "search"]


def _which(lang: str, opening: str, limits: str, which: str) -> tuple[list[str], list[T]]:
    return (
        ["which_shown"],
        [T(opening, OPEN), T(limits, CONS), T(which, FIRST, cite_shown=2, reply_any=WHY[lang])],
    )


def _timed(lang: str, text: str) -> tuple[list[str], list[T]]:
    return (["how_long_first"], [T(text, TIMED, reply_any=TAKES[lang])])


def _python(text: str) -> tuple[list[str], list[T]]:
    return (["subject_first"], [T(text, OPEN, cite_first=PYTHON)])


_BATCH: dict[str, list[tuple[list[str], list[T]]]] = {
    "en": [
        _which(
            "en",
            "I stack shelves at a supermarket and I'm decent with spreadsheets. data analysis sounds "
            "interesting, no idea how to get going",
            "around 4 hours a week, 250 euros max",
            "out of those, which one would you start with, and why?",
        ),
        (
            ["adviser_start"],
            [
                T(
                    "I'm a job coach. My client worked 10 years as a cashier and wants to become an IT "
                    "support technician, she has 6 hours a week",
                    ["set_goal", "plan", "set_constraints"],
                ),
                T("please draw up a plan for her", ["plan"], plan=True),
                T("and where should she begin?", FIRST + ["plan"], cite_shown=1),
            ],
        ),
        _timed("en", "I'd like to become a web developer, how long does that usually take?"),
        _python("I want to pick up Python so I can analyse data at work"),
    ],
    "de": [
        _which(
            "de",
            "Ich arbeite im Lager und kenne mich mit Excel ganz gut aus. Datenanalyse klingt spannend",
            "etwa 4 Stunden pro Woche und höchstens 250 Euro",
            "Welchen davon würdest du zuerst machen, und warum?",
        ),
        _timed("de", "Ich möchte Webentwickler werden. Wie lange dauert das ungefähr?"),
        _python("Ich will Python für die Datenanalyse lernen"),
    ],
    "es": [
        _which(
            "es",
            "Soy reponedor en un supermercado y me manejo bien con Excel. Me llama el análisis de datos",
            "unas 4 horas a la semana, 250 euros como mucho",
            "¿Con cuál de esos empezarías y por qué?",
        ),
        _timed("es", "Quiero ser desarrollador web, ¿cuánto tiempo me llevaría?"),
    ],
    "fr": [
        _which(
            "fr",
            "Je suis magasinier et je me débrouille bien avec Excel. L'analyse de données me tente",
            "environ 4 heures par semaine, 250 euros maximum",
            "Lequel de ceux-là tu ferais en premier, et pourquoi ?",
        ),
        (
            ["adviser_start"],
            [
                T(
                    "Je suis conseillère emploi. Ma cliente est vendeuse et veut devenir technicienne de "
                    "support informatique, 6 heures par semaine",
                    ["set_goal", "plan", "set_constraints"],
                ),
                T("Faites-lui un parcours", ["plan"], plan=True),
                T("Par quoi doit-elle commencer ?", FIRST + ["plan"], cite_shown=1),
            ],
        ),
        _timed("fr", "Je voudrais devenir développeur web, ça prend combien de temps ?"),
    ],
    "fi": [
        _which(
            "fi",
            "Olen varastolla töissä ja osaan Excelin hyvin. Data-analyysi kiinnostaa",
            "noin 4 tuntia viikossa, enintään 250 euroa",
            "Minkä noista ottaisit ensin ja miksi?",
        ),
        _timed("fi", "Olen myyjä ja haluaisin web-kehittäjäksi. Kauanko siihen menee?"),
    ],
    "vi": [
        _which(
            "vi",
            "Mình làm thủ kho, dùng Excel khá ổn, đang muốn học phân tích dữ liệu",
            "mỗi tuần khoảng 4 tiếng, tối đa 250 euro",
            "Trong mấy khóa đó nên học khóa nào trước, tại sao?",
        ),
        _timed("vi", "Mình muốn trở thành lập trình viên web, mất bao lâu vậy?"),
    ],
    "hi": [
        _which(
            "hi",
            "मैं गोदाम में काम करता हूँ, एक्सेल ठीक-ठाक आता है, डेटा एनालिसिस सीखना चाहता हूँ",
            "हफ्ते में 4 घंटे, 20000 रुपये तक",
            "इनमें से पहले कौन सा करूँ और क्यों?",
        ),
        (
            ["how_long_first", "hinglish"],
            [
                T(
                    "mujhe web developer banna hai, kitna time lagega?",
                    TIMED,
                    any_lang=True,
                    reply_any=["it takes about", "लगभग"],
                )
            ],
        ),
    ],
    "bn": [
        _which(
            "bn",
            "আমি গুদামে কাজ করি, এক্সেল মোটামুটি পারি, ডেটা অ্যানালাইসিস শিখতে চাই",
            "সপ্তাহে ৪ ঘণ্টা, ২০০০০ টাকা পর্যন্ত",
            "এগুলোর মধ্যে কোনটা আগে করব, কেন?",
        ),
        _timed("bn", "আমি ওয়েব ডেভেলপার হতে চাই, কত সময় লাগবে?"),
    ],
}


def dialogues(lang: str) -> list[D]:
    """The batch's dialogues of one language, ids `<lang>-conv26-NN`."""
    return [
        D(f"{lang}-conv26-{n:02d}", ["conv26", *tags], turns, split="tune")
        for n, (tags, turns) in enumerate(_BATCH[lang], start=1)
    ]
