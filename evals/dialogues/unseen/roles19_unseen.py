"""Unseen variants of the roles19 classes (session 19): phrasings written after the fixes, never run before
they were committed, in other words, languages, word orders and typos than the batch's and the tests', to
measure whether the rules generalise ("unseen variants: k/n" in docs/BENCHMARKS.md). Not part of
dialogues.jsonl; `python evals/dialogues/unseen/roles19_unseen.py OUT.jsonl` writes them, then
`pathfinder eval dialogues OUT.jsonl --score` scores them."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "authoring"))

from dsl import OCC, D, T, dialogue_line, write_lines  # noqa: E402
from roles19_lists import ADULT_TEACH, PRIMARY_NOT, TEACH_OK  # noqa: E402
from t11goal_lists import ANY  # noqa: E402

PRIMARY = {"goal": TEACH_OK, "goal_not": PRIMARY_NOT, "no_max_eqf": True}
ADULTS = {"goal": ADULT_TEACH, "goal_not": ["secondary", "0d595b87"], "no_max_eqf": True}

_CASES: list[tuple[str, str, str, dict]] = [
    # school level: primary and early-years teachers
    (
        "en",
        "school_level",
        "I'm an elementary school teacher, how can I learn to teach my class some basic programming?",
        PRIMARY,
    ),
    (
        "de",
        "school_level",
        "Bin Lehrerin an einer Volksschule und würde gern meinen Kids Informatik beibringen",
        PRIMARY,
    ),
    (
        "es",
        "school_level",
        "trabajo de maestro en educación infantil y quiero enseñar a los niños a usar el ordenador",
        PRIMARY,
    ),
    (
        "fr",
        "school_level",
        "je suis enseignante en maternelle, je veux apprendre à initier les petits au numérique",
        PRIMARY,
    ),
    ("fi", "school_level", "toimin luokanopettajana ja haluaisin opettaa oppilaille koodausta", PRIMARY),
    ("vi", "school_level", "em là cô giáo tiểu học, muốn dạy lập trình cơ bản cho các bé", PRIMARY),
    ("hi", "school_level", "मैं एक प्राइमरी टीचर हूँ, बच्चों को बेसिक कंप्यूटर सिखाना चाहती हूँ", PRIMARY),
    ("bn", "school_level", "আমি প্রাইমারি স্কুলে পড়াই, শিশুদের কোডিং শেখাতে চাই", PRIMARY),
    (
        "hi",
        "school_level",
        "main nursery teacher hoon, bacchon ko computer sikhana hai",
        {**PRIMARY, "any_lang": True},
    ),
    # teachers of adults
    (
        "de",
        "adult_teacher",
        "ich unterrichte Erwachsene an der VHS und will ihnen Computergrundlagen beibringen",
        ADULTS,
    ),
    (
        "fr",
        "adult_teacher",
        "je forme des adultes en insertion et je veux leur apprendre les bases de l'informatique",
        ADULTS,
    ),
    # a job preferred is no job held
    (
        "es",
        "target_as_role",
        "me gustaría trabajar con datos, preferiblemente como analista",
        {"goal": OCC["data_analyst"], "role_not": ["analista", "analyst"]},
    ),
    (
        "en",
        "target_as_role",
        "thinking about cloud work, ideally as a cloud engineer",
        {"goal": OCC["cloud"], "role_not": ["cloud", "engineer"]},
    ),
    (
        "fr",
        "target_as_role",
        "je voudrais bosser dans les réseaux, de préférence comme technicien",
        {"goal": [*OCC["network"], *OCC["helpdesk"]], "role_not": ["technicien", "technician"]},
    ),
    # current and target job in one sentence
    (
        "vi",
        "role_target",
        "tôi đang là y tá, muốn chuyển sang làm phân tích dữ liệu",
        {"role": ["y tá"], "goal": OCC["data_analyst"]},
    ),
    (
        "de",
        "role_target",
        "Bin gelernte Krankenpflegerin und will in die Datenanalyse",
        {"role": ["kranken"], "goal": OCC["data_analyst"], "goal_not": ["kranken"]},
    ),
    (
        "fi",
        "role_target",
        "olen kassatyöntekijä ja haluaisin ohjelmistokehittäjäksi",
        {"role": ["kassa"], "goal": OCC["software"], "goal_not": ["kassa"]},
    ),
    # occupations named informally or in other languages
    ("en", "occ_named", "how do i become a backend dev", {"goal": [*OCC["web"], *OCC["software"]]}),
    (
        "es",
        "occ_named",
        "me gustaría ser programadora full stack",
        {"goal": [*OCC["web"], *OCC["software"]]},
    ),
    ("fr", "occ_named", "je veux devenir admin sys", {"goal": OCC["sysadmin"]}),
    ("de", "occ_named", "Ich will Cloud-Ingenieurin werden", {"goal": OCC["cloud"]}),
    ("hi", "occ_named", "मुझे वेब डेवलपर बनना है", {"goal": OCC["web"]}),
    ("bn", "occ_named", "আমি ডেটা সায়েন্টিস্ট হতে চাই", {"goal": OCC["data_scientist"]}),
]


def dialogues() -> list[D]:
    return [
        D(f"{lang}-roles19u-{n:02d}", ["roles19_unseen", tag], [T(text, ANY, **checks)], split="tune")
        for n, (lang, tag, text, checks) in enumerate(_CASES, start=1)
    ]


def main(out: Path) -> None:
    write_lines(out, (dialogue_line(d, d.id.split("-")[0], "tune") for d in dialogues()))


if __name__ == "__main__":
    main(Path(sys.argv[1]))
