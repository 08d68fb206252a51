"""Unseen variants of the skills19 classes (session 19): phrasings written after the fixes, committed before
their first run, in other words, languages, word orders and typos than the batch's, to measure whether the
rules generalise ("unseen variants: k/n" in docs/BENCHMARKS.md). Not part of dialogues.jsonl; `python
evals/dialogues/unseen/skills19_unseen.py OUT.jsonl` writes them, then `pathfinder eval dialogues OUT.jsonl
--score` scores them."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "authoring"))

from dsl import D, T, dialogue_line, write_lines  # noqa: E402
from skills19_lists import BASIC, HELD, HTML, JAVA, JS, PLANNED, PY, SHEET, SK, SQL  # noqa: E402

AI101, PROG101, CLOUD101, RGPD101 = "diaa-ai-101", "lit-prog-101", "hrd-cloud-101", "inl-rgpd-101"


def _did(plan: str, done: str, cid: str, **extra) -> list[tuple[str, list[str], dict]]:
    return [
        (plan, PLANNED, {"plan": True, **extra}),
        (done, HELD, {"held": [cid], "not_rejected": [cid], **extra}),
    ]


_CASES: list[tuple[str, str, list[tuple[str, list[str], dict]]]] = [
    # the skill before its verb of knowing
    ("en", "verb_after", [("Python I know pretty well", SK, {"skills": [PY]})]),
    ("es", "verb_after", [("exel lo se manejar bien", SK, {"skills": [SHEET]})]),
    ("es", "verb_after", [("Python lo controlo bastante", SK, {"skills": [PY]})]),
    ("fr", "verb_after", [("Excel, je gère bien", SK, {"skills": [SHEET]})]),
    ("de", "verb_after", [("SQL kann ich ganz gut", SK, {"skills": [SQL]})]),
    ("fi", "verb_after", [("Excelin osaan hyvin", SK, {"skills": [SHEET]})]),
    ("vi", "verb_after", [("Python thì mình biết chút chút", SK, {"skills": [PY]})]),
    ("hi", "verb_after", [("SQL to mujhe thoda aata hai", SK, {"levels": {SQL: BASIC}, "any_lang": True})]),
    ("bn", "verb_after", [("জাভা আমার জানা আছে", SK, {"skills": [JAVA]})]),
    # a done course named by its subject in the learner's words
    (
        "en",
        "done_course",
        _did(
            "I want to be a machine learning engineer, plan it for me",
            "already finished the intro to AI",
            AI101,
        ),
    ),
    (
        "de",
        "done_course",
        _did(
            "Plan bitte, ich möchte Cloud-Administratorin werden",
            "die Cloud-Einführung hab ich schon hinter mir",
            CLOUD101,
        ),
    ),
    (
        "es",
        "done_course",
        _did(
            "quiero ser ingeniera de machine learning, hazme un plan", "ya hice el curso básico de IA", AI101
        ),
    ),
    (
        "fr",
        "done_course",
        _did(
            "je voudrais devenir DPO, tu me fais un plan ?",
            "les bases du RGPD, c'est déjà fait",
            RGPD101,
        ),
    ),
    (
        "fi",
        "done_course",
        _did("haluan ohjelmistokehittäjäksi, tee suunnitelma", "Pythonin alkeet olen jo käynyt", PROG101),
    ),
    (
        "vi",
        "done_course",
        _did("mình muốn làm kỹ sư học máy, lên kế hoạch giúp", "khóa AI cơ bản mình học xong rồi", AI101),
    ),
    (
        "hi",
        "done_course",
        _did(
            "मुझे मशीन लर्निंग इंजीनियर बनना है, प्लान बना दीजिए",
            "AI का बेसिक कोर्स मैं पहले ही कर चुका हूँ",
            AI101,
        ),
    ),
    (
        "bn",
        "done_course",
        _did(
            "আমি সফটওয়্যার ডেভেলপার হতে চাই, একটা প্ল্যান দিন",
            "পাইথনের প্রাথমিক কোর্সটা শেষ করেছি",
            PROG101,
        ),
    ),
    # lists of skills, in the learner's words, beside jobs and places
    (
        "de",
        "skill_list",
        [
            (
                "Ich kenne mich mit Tabellenkalkulation, etwas Python und HTML aus",
                SK,
                {"skills_all": [SHEET, PY, HTML]},
            )
        ],
    ),
    (
        "es",
        "skill_list",
        [
            (
                "manejo hojas de cálculo y un poco de SQL, soy administrativa en Bilbao",
                SK,
                {
                    "skills_all": [SHEET, SQL],
                    "skills_not": ["administrativ", "bilbao"],
                    "levels": {SQL: BASIC},
                },
            )
        ],
    ),
    (
        "vi",
        "skill_list",
        [("em biết bảng tính, HTML và một ít Python", SK, {"skills_all": [SHEET, HTML, PY]})],
    ),
    ("hi", "skill_list", [("मुझे जावा, एचटीएमएल और थोड़ी SQL आती है", SK, {"skills_all": [JAVA, HTML, SQL]})]),
    (
        "fr",
        "skill_list",
        [
            (
                "je maîtrise les tableurs et un peu le JavaScript, je suis caissière à Nantes",
                SK,
                {"skills_all": [SHEET, JS], "skills_not": ["caissi", "nantes"]},
            )
        ],
    ),
]


def lines() -> list[dict]:
    out = []
    for n, (lang, tag, turns) in enumerate(_CASES, 1):
        d = D(
            f"{lang}-skills19u-{n:02d}",
            ["skills19u", tag],
            [T(text, intents, **checks) for text, intents, checks in turns],
            split="tune",
        )
        out.append(dialogue_line(d, lang, "tune"))
    return out


if __name__ == "__main__":
    write_lines(Path(sys.argv[1]), lines())
