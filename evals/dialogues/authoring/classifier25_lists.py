"""The classifier25 batch (session 25, issue #12, tune): loose, ordinary turns of the kinds the intent
classifier misreads on the tune split when no later rule corrects it (its reading is the answer's act), in the
helper's own phrasings. Written BEFORE the fix by the helper who fixes it (a check of that work, not a blind
measure), with typos, missing diacritics, slang, Hinglish and Banglish. Classes (tags):

- `course_ask`: a course or subject asked for beside something about oneself (shift work, a date, the job
  held), read as a goal: it is a search;
- `no_skill`: a background and a wish that hold no skill, read as skills held: a goal, the opening or a
  search;
- `bare_ask`: a subject asked for in a few words ("ML course?", "was zu Excel?"), read as a question about a
  course shown: a search;
- `refine`: after a list, a narrowing said in a few words ("only the free ones", "and online?"), read as
  limits or a question about a course: a refinement (limits or a new search accepted too);
- `next_job`: after skills or a course, "what could I become with that?", read as a plan: the opening, a goal
  or a search.

Each language module adds `dialogues("<lang>")`; the unseen variants (written after the fix) are in
`evals/dialogues/unseen/classifier25_unseen.py`."""

from __future__ import annotations

from dsl import CONS, EXPLORE, GOAL, PLAN, REFINE, SEARCH, SKILLS, D, T

NOT_SKILLS = GOAL + EXPLORE + SEARCH + PLAN
ASK = SEARCH + CONS
REF = REFINE + CONS + SEARCH
NEXT = EXPLORE + GOAL + SEARCH
KNOWS = SKILLS + EXPLORE

_Batch = dict[str, list[tuple[list[str], list[T]]]]

_BATCH: _Batch = {
    "en": [
        (["course_ask"], [T("need smth on cloud basics, im on rotating shifts so evenings only", ASK)]),
        (
            ["no_skill"],
            [T("drove a forklift for 11 yrs, knees are gone. thinking maybe web design??", NOT_SKILLS)],
        ),
        (["bare_ask"], [T("machine lerning course??", SEARCH)]),
        (
            ["refine"],
            [T("show me courses on databases", SEARCH), T("just the free ones pls", REF)],
        ),
        (
            ["next_job"],
            [
                T("i know excel pretty well and a bit of sql", KNOWS),
                T("so what jobs could that get me", NEXT),
            ],
        ),
    ],
    "de": [
        (
            ["course_ask"],
            [T("brauch was zu Netzwerktechnik, arbeite im Schichtdienst, also nur abends", ASK)],
        ),
        (
            ["no_skill"],
            [
                T(
                    "war 14 jahre koch, jetzt reichts mir mit der hitze. irgendwas mit daten waer cool",
                    NOT_SKILLS,
                )
            ],
        ),
        (["bare_ask"], [T("was zu cybersicherheit?", SEARCH)]),
        (
            ["refine"],
            [T("zeig mal kurse zu python", SEARCH), T("nur die auf deutsch bitte", REF)],
        ),
    ],
    "es": [
        (
            ["course_ask"],
            [T("quiero aprender algo de bases de datos antes de marzo, curro en un almacen", ASK)],
        ),
        (
            ["no_skill"],
            [T("fui camarera 8 años y ya no aguanto mas, me llama la ciberseguridad", NOT_SKILLS)],
        ),
        (["bare_ask"], [T("algun curso de redes?", SEARCH)]),
        (
            ["refine"],
            [T("cursos de analisis de datos", SEARCH), T("y solo los gratis?", REF)],
        ),
    ],
    "fr": [
        (
            ["course_ask"],
            [T("je cherche un truc sur le cloud, je bosse de nuit donc faut que ce soit en ligne", ASK)],
        ),
        (
            ["no_skill"],
            [T("10 ans comme aide-soignante, je suis epuisee. l'informatique ça me tenterait", NOT_SKILLS)],
        ),
        (["bare_ask"], [T("une formation en python ?", SEARCH)]),
        (
            ["next_job"],
            [
                T("je maitrise word, excel et un peu de photoshop", KNOWS),
                T("avec ça je pourrais faire quel metier ?", NEXT),
            ],
        ),
    ],
    "fi": [
        (
            ["course_ask"],
            [T("tarttisin jotain tietoturvasta, teen vuorotyota joten vain iltaisin", ASK)],
        ),
        (
            ["no_skill"],
            [T("olin kymmenen vuotta kassalla, nyt kiinnostais ohjelmointi", NOT_SKILLS)],
        ),
        (
            ["refine"],
            [T("näytä kursseja datasta", SEARCH), T("entä vain ilmaiset?", REF)],
        ),
    ],
    "vi": [
        (
            ["course_ask"],
            [T("em can hoc ve co so du lieu truoc thang 3, em lam ca dem", ASK)],
        ),
        (
            ["no_skill"],
            [T("mình làm tài xế giao hàng 6 năm rồi, giờ muốn chuyển sang làm web", NOT_SKILLS)],
        ),
        (["bare_ask"], [T("co khoa hoc ve AI ko?", SEARCH)]),
    ],
    "hi": [
        (
            ["course_ask", "hinglish"],
            [T("mujhe networking ka kuch chahiye, night shift hai toh sirf weekend pe", ASK, any_lang=True)],
        ),
        (
            ["no_skill", "hinglish"],
            [T("10 saal dukaan sambhali, ab data analysis mein jaana hai", NOT_SKILLS, any_lang=True)],
        ),
        (["bare_ask"], [T("पाइथन का कोई कोर्स?", SEARCH)]),
    ],
    "bn": [
        (
            ["course_ask", "banglish"],
            [T("amar cloud niye kichu lagbe, raate kaj kori tai online hole bhalo", ASK, any_lang=True)],
        ),
        (
            ["no_skill"],
            [T("৭ বছর গার্মেন্টসে কাজ করেছি, এখন ওয়েব ডিজাইন শিখতে চাই", NOT_SKILLS)],
        ),
        (
            ["refine"],
            [T("ডেটাবেস নিয়ে কোর্স দেখাও", SEARCH), T("শুধু ফ্রি গুলো?", REF)],
        ),
    ],
}


def dialogues(lang: str) -> list[D]:
    """The batch's dialogues of one language, ids `<lang>-classifier25-NN`."""
    return [
        D(f"{lang}-classifier25-{n:02d}", ["classifier25", *tags], turns, split="tune")
        for n, (tags, turns) in enumerate(_BATCH[lang], start=1)
    ]
