"""The acts24 batch (session 24, issue #12, tune): the act decision's largest causes of wrong acts on the tune
split, as `evals/nlu/act_causes.py` tallied them on the base 66ad213d, in the helper's own phrasings. Written
BEFORE the fixes by the helper who fixes them (a check of that work, not a blind measure). Classes (tags):

- `no_skill`: a message about oneself (a job held for years, a life event, a wish or a question about a
  subject) that names no skill held, which the classifier reads as a statement of skills; it is a goal, the
  counsellor's opening or a search, never skills held;
- `oos_first`: a first message about something else entirely (sport, weather, cooking, films, elections) that
  the classifier reads as out of scope without being sure: with nothing in the conversation yet, the short
  out-of-scope reply, not the counsellor's opening.

The Hinglish turns (tag `hinglish`) accept any reply language, as goals22's. Each language module adds
`dialogues("<lang>")`."""

from __future__ import annotations

from dsl import D, T

# a background and a wish, no skill held: the goal, the opening or a search (never skills held)
NOT_SKILLS = ["set_goal", "explore", "search", "plan"]
OFF = ["out_of_scope", "smalltalk"]

_BATCH: dict[str, list[tuple[list[str], list[T]]]] = {
    "en": [
        (
            ["no_skill"],
            [
                T(
                    "spent 9 years stacking shelves at a supermarket and honestly im done with it. something "
                    "with computers maybe, helping people fix stuff?",
                    NOT_SKILLS,
                ),
            ],
        ),
        (
            ["no_skill"],
            [
                T(
                    "my client was a nurse for 20 years, burned out, now she's curious about working "
                    "with data",
                    NOT_SKILLS,
                )
            ],
        ),
        (
            ["oos_first"],
            [T("who do u think wins the champions league this year", OFF)],
        ),
        (
            ["no_skill"],
            [
                T(
                    "back after 3 yrs at home with the kids, used to do admin in a dental practice. feels "
                    "like everything went digital without me",
                    NOT_SKILLS,
                )
            ],
        ),
    ],
    "de": [
        (
            ["no_skill"],
            [
                T(
                    "Bin seit 15 Jahren Busfahrer, der Rücken macht nicht mehr mit. Irgendwas mit Netzwerken "
                    "würde mich reizen",
                    NOT_SKILLS,
                )
            ],
        ),
        (["no_skill"], [T("Gibts bei euch eigentlich was über Datenbanken?", ["search", "explore"])]),
        (["oos_first"], [T("hast du vielleicht ein gutes Gulasch-Rezept für mich?", OFF)]),
        (
            ["no_skill"],
            [
                T(
                    "war 12 Jahre im Lager, die Elternzeit ist jetzt vorbei und alles läuft digital, ich "
                    "komm nicht mehr mit",
                    NOT_SKILLS,
                )
            ],
        ),
        (["oos_first"], [T("wer wird eigentlich nächstes Jahr Bundeskanzler?", OFF)]),
    ],
    "es": [
        (
            ["no_skill"],
            [T("Trabajé 8 años de cajera en un súper y ahora me llama mucho la ciberseguridad", NOT_SKILLS)],
        ),
        (["no_skill"], [T("¿tienen algo de Linux?", ["search", "explore"])]),
        (["oos_first"], [T("oye ¿qué tal jugó el Madrid ayer?", OFF)]),
    ],
    "fr": [
        (
            ["no_skill"],
            [
                T(
                    "ça fait 6 ans que je suis caissière, j'en peux plus. le dev web ça me tente bien",
                    NOT_SKILLS,
                )
            ],
        ),
        (["oos_first"], [T("il va faire beau demain à Lyon ?", OFF)]),
        (["no_skill"], [T("vous avez quoi en bases de données ?", ["search", "explore"])]),
    ],
    "fi": [
        (
            ["no_skill"],
            [T("Olen ollut siivoojana kymmenen vuotta ja nyt ohjelmointi kiinnostaisi", NOT_SKILLS)],
        ),
        (["oos_first"], [T("kuka voittaa euroviisut tänä vuonna?", OFF)]),
        (["no_skill"], [T("onko teillä mitään pilvipalveluista?", ["search", "explore"])]),
    ],
    "vi": [
        (
            ["no_skill"],
            [T("minh lam phuc vu nha hang 4 nam roi, gio thay thich mang may tinh", NOT_SKILLS)],
        ),
        (["oos_first"], [T("bạn nghĩ đội nào sẽ vô địch world cup lần tới?", OFF)]),
        (["no_skill"], [T("ben ban co khoa nao ve python ko", ["search", "explore"])]),
    ],
    "hi": [
        (
            ["no_skill", "hinglish"],
            [
                T(
                    "main 7 saal se delivery ka kaam kar raha hoon, ab cloud wali line mein jaana hai",
                    NOT_SKILLS,
                    any_lang=True,
                )
            ],
        ),
        (["oos_first", "hinglish"], [T("bhai is weekend ke liye koi achhi movie batao", OFF, any_lang=True)]),
        (
            ["no_skill", "hinglish"],
            [T("aapke paas SQL ka kuch hai kya?", ["search", "explore"], any_lang=True)],
        ),
    ],
    "bn": [
        (
            ["no_skill"],
            [T("আমি ৫ বছর ধরে দোকানে সেলসম্যান, এখন ডেটা নিয়ে কাজ করার ইচ্ছে", NOT_SKILLS)],
        ),
        (["no_skill"], [T("তোমাদের কাছে নেটওয়ার্কিং নিয়ে কিছু আছে?", ["search", "explore"])]),
        (["oos_first"], [T("কালকে কি ঢাকায় বৃষ্টি হবে?", OFF)]),
    ],
}


def dialogues(lang: str) -> list[D]:
    """The batch's dialogues of one language, ids `<lang>-acts24-NN`."""
    return [
        D(f"{lang}-acts24-{n:02d}", ["acts24", *tags], turns, split="tune")
        for n, (tags, turns) in enumerate(_BATCH[lang], start=1)
    ]
