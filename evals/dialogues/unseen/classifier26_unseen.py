"""Unseen variants of the classifier26 classes (session 26): phrasings written after the retrained classifier
and the rules re-measured with it, committed before their first run: the batch's confused pairs (a course
asked for beside an aside, a background with a wish, a bare ask, a narrowing, "what could I become") and the
classes of the session's rules (a subject wished with no course asked, learning for the job held, years of
practice with no wish, more time said, a subject looked for, a course wanted in a language in Finnish). Not
part of dialogues.jsonl; `python evals/dialogues/unseen/classifier26_unseen.py OUT.jsonl` writes them, then
`pathfinder eval dialogues OUT.jsonl --score` scores them."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "authoring"))

from classifier26_lists import ASK, KNOWS, NEXT, NOT_SKILLS, REF  # noqa: E402
from dsl import CONS, GOAL, PLAN, SEARCH, SKILLS, D, T, dialogue_line, write_lines  # noqa: E402

WISHED = GOAL + PLAN

_CASES: list[tuple[str, str, list[T]]] = [
    # a subject wished, no course asked: the goal
    ("en", "wished", [T("honestly i just wanna get good at cloud stuff", WISHED)]),
    ("de", "wished", [T("ich würde gern richtig tief in datenanalyse einsteigen", WISHED)]),
    ("fr", "wished", [T("j'aimerais bien me lancer dans le développement web", WISHED)]),
    ("hi", "wished", [T("mujhe machine learning achhe se seekhni hai", WISHED, any_lang=True)]),
    ("bn", "wished", [T("আমি নেটওয়ার্কিং নিয়ে শিখতে চাই, একদম শুরু থেকে", WISHED)]),
    # learning for the job held: a search
    ("en", "for_work", [T("need to get better at excel for my job, the pivot tables kill me", SEARCH)]),
    ("es", "for_work", [T("quiero aprender power bi para mi trabajo, hago informes cada semana", SEARCH)]),
    # years of practice, no wish: skills held
    (
        "de",
        "background",
        [T("zu mir: 7 Jahre Support im Rechenzentrum, Linux, VMware und etwas Python", SKILLS + GOAL)],
    ),
    ("fr", "background", [T("8 ans d'expérience en comptabilité, excel et sage", SKILLS)]),
    # more time said, nothing wished: the limits
    ("en", "more_time", [T("hey again, got more free time now, like 10 hrs a week", CONS)]),
    # a subject looked for: a search
    ("fr", "seeking", [T("je cherche un truc sur la data, niveau débutant, sans trop de maths", ASK)]),
    ("fi", "seeking", [T("etsin jotain tietoturvasta aloittelijalle", ASK)]),
    # a course wanted in a language (Finnish translative): a search, no job
    ("fi", "language", [T("tietokantakursseja ruotsiksi?", ASK)]),
    # the batch's pairs, other words
    ("es", "course_ask", [T("teneis algo de ciberseguridad? estoy de baja y tengo las mañanas libres", ASK)]),
    ("vi", "no_skill", [T("mình làm kế toán 7 năm, chán quá, muốn thử mảng lập trình", NOT_SKILLS)]),
    ("hi", "bare_ask", [T("SQL ka course?", SEARCH, any_lang=True)]),
    ("bn", "refine", [T("ক্লাউড নিয়ে কোর্স দেখাও", SEARCH), T("শুধু অনলাইনগুলো", REF)]),
    (
        "de",
        "next_job",
        [T("ich kann gut mit excel und ein bisschen sql", KNOWS), T("was für jobs gehen damit?", NEXT)],
    ),
]


def lines() -> list[dict]:
    out = []
    for n, (lang, tag, turns) in enumerate(_CASES, 1):
        d = D(f"{lang}-classifier26u-{n:02d}", ["classifier26u", tag], turns, split="tune")
        out.append(dialogue_line(d, lang, "tune"))
    return out


if __name__ == "__main__":
    write_lines(Path(sys.argv[1]), lines())
