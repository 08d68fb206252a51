"""Unseen variants of the causes27 classes (session 27): phrasings written after the fixes and committed
before their first run, in other words, registers and word orders than the batch's and the tests', to measure
whether the rules generalise ("unseen variants: k/n" in docs/BENCHMARKS.md). Not part of dialogues.jsonl;
`python evals/dialogues/unseen/causes27_unseen.py OUT.jsonl` writes them, then `pathfinder eval dialogues
OUT.jsonl --score` scores them."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "authoring"))

from dsl import COMPARE, CONS, EXPLAIN, EXPLORE, GOAL, SEARCH, SKILLS, SMALL, D, T, dialogue_line, write_lines  # noqa: E402

ASK = SEARCH + CONS
NEXT = EXPLORE + GOAL + SEARCH
KNOWS = SKILLS + EXPLORE
DIFF = COMPARE + EXPLAIN
SPREADSHEET = ["spreadsheet", "excel"]

_CASES: list[tuple[str, str, list[T]]] = [
    # something asked for on a subject, beside a circumstance
    (
        "en",
        "something_on",
        [T("do you have anything about machine learning? I can only study on sundays", ASK)],
    ),
    ("de", "something_on", [T("gibt es bei euch etwas zu SQL? ich bin Kassiererin, Teilzeit", ASK)]),
    ("es", "something_on", [T("busco algo sobre análisis de datos, curro de camarero por las noches", ASK)]),
    ("fr", "something_on", [T("il y a quelque chose sur Python ? je suis caissière le samedi", ASK)]),
    ("fi", "something_on", [T("löytyykö jotain ohjelmoinnista? oon kaupan kassalla iltaisin", ASK)]),
    ("vi", "something_on", [T("có gì về lập trình Python không ạ? em đi làm giờ hành chính", ASK)]),
    (
        "hi",
        "something_on",
        [T("cloud ke baare mein kuch hai kya? din mein job karta hoon", ASK, any_lang=True)],
    ),
    ("bn", "something_on", [T("python niye kichu ache? ami din e dokan e thaki", ASK, any_lang=True)]),
    # which work the skills just said lead to
    (
        "en",
        "which_work",
        [
            T("I can do spreadsheets and a little SQL", KNOWS),
            T("with those, what careers are open to me?", NEXT),
        ],
    ),
    (
        "de",
        "which_work",
        [T("ich kenn mich mit Excel und etwas SQL aus", KNOWS), T("welcher Beruf wäre damit drin?", NEXT)],
    ),
    (
        "es",
        "which_work",
        [T("domino excel y algo de sql", KNOWS), T("¿con esto qué empleos podría buscar?", NEXT)],
    ),
    (
        "fr",
        "which_work",
        [
            T("je sais faire des tableaux Excel et un peu de SQL", KNOWS),
            T("avec ça, quels postes je peux viser ?", NEXT),
        ],
    ),
    (
        "fi",
        "which_work",
        [T("osaan excelin ja vähän sql:ää", KNOWS), T("millaisiin töihin näillä pääsis?", NEXT)],
    ),
    (
        "vi",
        "which_work",
        [
            T("mình dùng được excel và biết chút sql", KNOWS),
            T("với mấy kỹ năng này thì mình xin được việc gì?", NEXT),
        ],
    ),
    # a skill not held said with nothing shown
    (
        "en",
        "not_held",
        [T("Excel is no problem for me, programming is another story, none", KNOWS, skills=SPREADSHEET)],
    ),
    (
        "de",
        "not_held",
        [T("Mit Excel bin ich fit, Programmierung hab ich aber nie gemacht", KNOWS, skills=SPREADSHEET)],
    ),
    (
        "fr",
        "not_held",
        [T("Excel ça va, par contre la programmation je n'y connais rien", KNOWS, skills=SPREADSHEET)],
    ),
    (
        "es",
        "not_held",
        [T("con Excel me defiendo bien, pero programar no sé nada", KNOWS, skills=SPREADSHEET)],
    ),
    # the difference between two courses named by their subject, nothing shown
    (
        "en",
        "difference",
        [T("how is the IAM course different from the cloud security one?", DIFF, cite_min=2)],
    ),
    ("de", "difference", [T("Worin unterscheiden sich der SQL-Kurs und der Python-Kurs?", DIFF, cite_min=2)]),
    ("es", "difference", [T("¿qué diferencia hay entre el curso de SOC y el de SIEM?", DIFF, cite_min=2)]),
    ("fr", "difference", [T("qu'est-ce qui distingue le cours SQL du cours Python ?", DIFF, cite_min=2)]),
    ("fi", "difference", [T("miten SOC-kurssi eroaa SIEM-kurssista?", DIFF, cite_min=2)]),
    ("hi", "difference", [T("SOC कोर्स और SIEM कोर्स में क्या फर्क है?", DIFF, cite_min=2)]),
    # what the assistant can do, asked after a greeting (written after that fix, before its first run)
    ("en", "capabilities", [T("good morning", SMALL + EXPLORE), T("what else could you do for me?", SMALL)]),
    ("de", "capabilities", [T("guten Tag", SMALL + EXPLORE), T("Wobei können Sie mir helfen?", SMALL)]),
    ("es", "capabilities", [T("buenas tardes", SMALL + EXPLORE), T("¿en qué me puede ayudar?", SMALL)]),
    ("vi", "capabilities", [T("xin chào", SMALL + EXPLORE), T("bạn có thể giúp gì cho mình?", SMALL)]),
    ("bn", "capabilities", [T("নমস্কার", SMALL + EXPLORE), T("আপনি কীভাবে সাহায্য করতে পারেন?", SMALL)]),
]


def lines() -> list[dict]:
    out = []
    for n, (lang, tag, turns) in enumerate(_CASES, 1):
        d = D(f"{lang}-causes27u-{n:02d}", ["causes27u", tag], turns, split="tune")
        out.append(dialogue_line(d, lang, "tune"))
    return out


if __name__ == "__main__":
    write_lines(Path(sys.argv[1]), lines())
