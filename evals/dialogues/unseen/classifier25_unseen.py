"""Unseen variants of the classifier25 classes (session 25): phrasings written after the retrained
classifier and committed before their first run, in other words, subjects and typos than the batch's and the
new training lines', to measure whether the new lines generalise ("unseen variants: k/n" in
docs/BENCHMARKS.md). Not part of dialogues.jsonl; `python evals/dialogues/unseen/classifier25_unseen.py
OUT.jsonl` writes them, then `pathfinder eval dialogues OUT.jsonl --score` scores them."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "authoring"))

from classifier25_lists import ASK, KNOWS, NEXT, NOT_SKILLS, REF  # noqa: E402
from dsl import SEARCH, D, T, dialogue_line, write_lines  # noqa: E402

_CASES: list[tuple[str, str, list[T]]] = [
    # course_ask: a course asked for beside something about oneself
    ("en", "course_ask", [T("any good intro to cybersecurity? i work weekends so weekdays it is", ASK)]),
    (
        "de",
        "course_ask",
        [T("hätte gern nen kurs über datenbanken, bin pflegerin und hab nur vormittags zeit", ASK)],
    ),
    ("es", "course_ask", [T("me hace falta un curso de python, trabajo en un bar hasta tarde", ASK)]),
    ("fr", "course_ask", [T("je voudrais apprendre les bases de SQL, je suis en intérim en ce moment", ASK)]),
    ("fi", "course_ask", [T("haluaisin oppia pilvipalveluista, oon kokkina ravintolassa", ASK)]),
    ("vi", "course_ask", [T("minh muon tim khoa hoc ve mang may tinh, toi lam bao ve ca ngay", ASK)]),
    (
        "hi",
        "course_ask",
        [T("cyber security ka koi course batao, main din mein dukaan pe hota hoon", ASK, any_lang=True)],
    ),
    ("bn", "course_ask", [T("আমার পাইথনের একটা কোর্স দরকার, দিনে অফিস করি তাই রাতে পড়ব", ASK)]),
    # no_skill: a background and a wish
    (
        "en",
        "no_skill",
        [T("was a barber for 15 years lol, would love to do something in cloud computing", NOT_SKILLS)],
    ),
    (
        "de",
        "no_skill",
        [T("bin seit 8 jahren im callcenter, hätte lust auf softwareentwicklung", NOT_SKILLS)],
    ),
    ("fi", "no_skill", [T("oon ollu lähihoitajana 9 vuotta, nyt haluisin datan pariin", NOT_SKILLS)]),
    ("hi", "no_skill", [T("मैं 12 साल से दर्जी हूँ, अब वेब डेवलपमेंट में जाना चाहता हूँ", NOT_SKILLS)]),
    # bare_ask: a subject asked in a few words
    ("en", "bare_ask", [T("devops course??", SEARCH)]),
    ("fr", "bare_ask", [T("un cours de cybersecu ?", SEARCH)]),
    ("fi", "bare_ask", [T("koneoppimisen kurssi?", SEARCH)]),
    ("bn", "bare_ask", [T("machine learning er course ache?", SEARCH, any_lang=True)]),
    # refine: a narrowing after a list
    ("en", "refine", [T("find me courses on web development", SEARCH), T("only the online ones pls", REF)]),
    ("es", "refine", [T("enséñame cursos de ciberseguridad", SEARCH), T("solo los que sean online", REF)]),
    ("vi", "refine", [T("cho minh xem khoa hoc ve python", SEARCH), T("chi nhung khoa mien phi thoi", REF)]),
    ("hi", "refine", [T("डेटा एनालिसिस के कोर्स दिखाओ", SEARCH), T("सिर्फ़ मुफ़्त वाले", REF)]),
    # next_job: what work the skills said lead to
    (
        "de",
        "next_job",
        [T("ich kann gut mit excel und word umgehen", KNOWS), T("was für jobs kann ich damit machen?", NEXT)],
    ),
    (
        "es",
        "next_job",
        [T("sé usar excel y un poco de sql", KNOWS), T("y con eso en que puedo trabajar?", NEXT)],
    ),
    ("vi", "next_job", [T("em biết photoshop với canva", KNOWS), T("vậy em có thể làm nghề gì?", NEXT)]),
    ("bn", "next_job", [T("আমি এক্সেল আর ওয়ার্ড ভালো পারি", KNOWS), T("এগুলো দিয়ে কী চাকরি করতে পারব?", NEXT)]),
]


def lines() -> list[dict]:
    out = []
    for n, (lang, tag, turns) in enumerate(_CASES, 1):
        d = D(f"{lang}-classifier25u-{n:02d}", ["classifier25u", tag], turns, split="tune")
        out.append(dialogue_line(d, lang, "tune"))
    return out


if __name__ == "__main__":
    write_lines(Path(sys.argv[1]), lines())
