"""Unseen variants of the acts24 classes (session 24): phrasings written after the fixes and committed before
their first run, in other languages, word orders and typos than the batch's and the tests', to measure whether
the rules generalise ("unseen variants: k/n" in docs/BENCHMARKS.md). Not part of dialogues.jsonl; `python
evals/dialogues/unseen/acts24_unseen.py OUT.jsonl` writes them, then `pathfinder eval dialogues OUT.jsonl
--score` scores them."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "authoring"))

from acts24_lists import NOT_SKILLS, OFF  # noqa: E402
from dsl import D, T, dialogue_line, write_lines  # noqa: E402

ASK = ["search", "explore"]

_CASES: list[tuple[str, str, list[T]]] = [
    # no_skill: a background, a wish, or a question about a subject, no skill held
    ("en", "no_skill", [T("got anything on cloud stuff?", ASK)]),
    ("en", "no_skill", [T("ive been a postman 11 yrs, kinda fancy trying web design", NOT_SKILLS)]),
    ("de", "no_skill", [T("habt ihr auch was für Datenschutz?", ASK)]),
    (
        "de",
        "no_skill",
        [T("Seit 20 Jahren Krankenpfleger, mich interessiert jetzt Datenanalyse", NOT_SKILLS)],
    ),
    ("es", "no_skill", [T("hay algo sobre redes por aca?", ASK)]),
    ("es", "no_skill", [T("fui mesera 6 años y quiero meterme en lo de la nube", NOT_SKILLS)]),
    (
        "fr",
        "no_skill",
        [T("j'ai été livreur pendant 8 ans, maintenant la cybersécurité m'intéresse", NOT_SKILLS)],
    ),
    ("fr", "no_skill", [T("vous proposez quoi sur le machine learning ?", ASK)]),
    ("fi", "no_skill", [T("olin 12 vuotta bussikuskina, nyt kiinnostaisi tietoturva", NOT_SKILLS)]),
    ("fi", "no_skill", [T("löytyykö teiltä jotain tietokannoista?", ASK)]),
    ("vi", "no_skill", [T("em lam thu ngan 5 nam, gio muon hoc lap trinh web", NOT_SKILLS)]),
    ("vi", "no_skill", [T("có khóa nào về an ninh mạng không ạ?", ASK)]),
    ("hi", "no_skill", [T("मैं 6 साल से ड्राइवर हूँ, अब डेटा एनालिसिस सीखना चाहता हूँ", NOT_SKILLS)]),
    ("bn", "no_skill", [T("আমি ৪ বছর ধরে ক্যাশিয়ার, এখন সাইবার সিকিউরিটি শিখতে চাই", NOT_SKILLS)]),
    # held skills, the guard: stays a statement of skills
    ("de", "held", [T("kenn mich gut mit Excel aus und ein bisschen mit SQL", ["state_skills"])]),
    ("es", "held", [T("manejo Excel y Power BI desde hace años", ["state_skills"])]),
    ("vi", "held", [T("em biết dùng excel và sql cơ bản", ["state_skills"])]),
    # oos_first: an unsure off-topic first message
    ("en", "oos_first", [T("whats the best pizza place near you", OFF)]),
    ("es", "oos_first", [T("recomiéndame una serie para ver este finde", OFF)]),
    ("fr", "oos_first", [T("tu connais une bonne recette de crêpes ?", OFF)]),
    ("fi", "oos_first", [T("millainen sää huomenna on Helsingissä?", OFF)]),
    ("bn", "oos_first", [T("আজকে ক্রিকেট ম্যাচে কে জিতল?", OFF)]),
]


def lines() -> list[dict]:
    out = []
    for n, (lang, tag, turns) in enumerate(_CASES, 1):
        d = D(f"{lang}-acts24u-{n:02d}", ["acts24u", tag], turns, split="tune")
        out.append(dialogue_line(d, lang, "tune"))
    return out


if __name__ == "__main__":
    write_lines(Path(sys.argv[1]), lines())
