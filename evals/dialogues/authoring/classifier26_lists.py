"""The classifier26 batch (session 26, issue #12, tune): new phrasings of the pairs the intent classifier
confuses (session 25's classes), written BEFORE session 26 shipped a retrained classifier with the rules it
feeds re-measured, by the helper who ships it (a check of that work, not a blind measure). Typos, missing
diacritics, slang, Hinglish and Banglish. Classes (tags):

- `course_ask`: a course or subject asked for beside something about oneself (a schedule, a date, the job
  held): a search (limits accepted);
- `no_skill`: a background and a wish that hold no skill: a goal, the opening or a search, never skills held;
- `bare_ask`: a subject asked for in a few words: a search;
- `refine`: after a list, a narrowing said in a few words: a refinement (limits or a new search accepted);
- `next_job`: after skills, "what could I become with that?": the opening, a goal or a search, not a plan;
- `keep`: neighbours a retrain must not pull over: skills held, a comparison of two named subjects, a deadline
  alone, small talk.

Each language module adds `dialogues("<lang>")`."""

from __future__ import annotations

from classifier25_lists import ASK, KNOWS, NEXT, NOT_SKILLS, REF, _Batch
from dsl import CONS, SEARCH, SMALL, D, T

_BATCH: _Batch = {
    "en": [
        (
            ["course_ask"],
            [T("anything on cybersecurity basics? my boss wants it done before the audit in may", ASK)],
        ),
        (
            ["no_skill"],
            [T("spent 9 years stacking shelves, honestly fed up. data stuff sounds interesting", NOT_SKILLS)],
        ),
        (["bare_ask"], [T("excel training?", SEARCH)]),
        (
            ["next_job", "keep"],
            [
                T("im good with photoshop and i can do basic html", KNOWS),
                T("what kind of work could i get with that", NEXT),
            ],
        ),
    ],
    "de": [
        (
            ["course_ask"],
            [T("gibts was zu projektmanagement? bin in elternzeit, hab nur vormittags zeit", ASK)],
        ),
        (
            ["no_skill"],
            [T("seit 12 jahren im lager, ich kann nicht mehr. webentwicklung klingt spannend", NOT_SKILLS)],
        ),
        (
            ["refine"],
            [T("kurse zu datenanalyse bitte", SEARCH), T("und nur online?", REF)],
        ),
    ],
    "es": [
        (
            ["course_ask"],
            [T("hay algo de marketing digital? trabajo de noche en un hotel", ASK)],
        ),
        (
            ["next_job", "keep"],
            [
                T("se manejar excel y un poco de sql", KNOWS),
                T("y con eso en que podria currar?", NEXT),
            ],
        ),
        (["bare_ask"], [T("curso de python??", SEARCH)]),
    ],
    "fr": [
        (
            ["course_ask"],
            [T("vous avez quelque chose en gestion de projet ? je suis a mi-temps en boulangerie", ASK)],
        ),
        (
            ["no_skill"],
            [T("15 ans de caisse au supermarche, marre. la cybersecurite ça me plairait", NOT_SKILLS)],
        ),
        (
            ["refine"],
            [T("des formations en reseaux", SEARCH), T("seulement celles en francais", REF)],
        ),
    ],
    "fi": [
        (
            ["course_ask"],
            [T("onko mitään pilvipalveluista? oon hoitovapaalla, aikaa vaan aamupäivisin", ASK)],
        ),
        (["bare_ask"], [T("excel kurssi?", SEARCH)]),
        (
            ["next_job", "keep"],
            [
                T("osaan photoshopin ja vähän html:ää", KNOWS),
                T("mihin töihin noilla vois päästä?", NEXT),
            ],
        ),
    ],
    "vi": [
        (
            ["course_ask"],
            [T("co khoa nao ve marketing so khong? minh lam ca toi o quan an", ASK)],
        ),
        (
            ["no_skill"],
            [T("em bán hàng online 5 năm rồi, chán lắm, muốn thử làm phân tích dữ liệu", NOT_SKILLS)],
        ),
        (
            ["keep"],
            [T("chào bạn, hôm nay thế nào?", SMALL)],
        ),
    ],
    "hi": [
        (
            ["course_ask", "hinglish"],
            [T("excel ka koi course hai kya? din mein dukaan pe hota hu", ASK, any_lang=True)],
        ),
        (
            ["no_skill"],
            [T("8 साल से ड्राइवर हूँ, थक गया हूँ, अब कंप्यूटर का काम सीखना है", NOT_SKILLS)],
        ),
        (
            ["refine", "hinglish"],
            [
                T("data analysis ke courses dikhao", SEARCH, any_lang=True),
                T("sirf online wale", REF, any_lang=True),
            ],
        ),
    ],
    "bn": [
        (
            ["course_ask", "banglish"],
            [T("excel er kono course ache? ami dokane kaj kori, shudhu rate somoy", ASK, any_lang=True)],
        ),
        (
            ["no_skill"],
            [T("১০ বছর ধরে দর্জির কাজ করছি, এখন ডেটা নিয়ে কাজ করতে চাই", NOT_SKILLS)],
        ),
        (
            ["keep"],
            [T("আমি মার্চের মধ্যে শেষ করতে চাই", CONS)],
        ),
    ],
}


def dialogues(lang: str) -> list[D]:
    """The batch's dialogues of one language, ids `<lang>-classifier26-NN`."""
    return [
        D(f"{lang}-classifier26-{n:02d}", ["classifier26", *tags], turns, split="tune")
        for n, (tags, turns) in enumerate(_BATCH[lang], start=1)
    ]
