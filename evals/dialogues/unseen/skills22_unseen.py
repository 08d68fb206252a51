"""Unseen variants of the skills22 classes (session 22): phrasings written after the fixes, committed before
their first run, in other words, fields, tools, languages and word orders than the batch's and the tests', to
measure whether the rules generalise ("unseen variants: k/n" in docs/BENCHMARKS.md). Not part of
dialogues.jsonl; `python evals/dialogues/unseen/skills22_unseen.py OUT.jsonl` writes them, then `pathfinder
eval dialogues OUT.jsonl --score` scores them."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "authoring"))

from dsl import GOAL, PLAN, D, T, dialogue_line, write_lines  # noqa: E402
from skills22_lists import FOUND, MATH, NET, OS, PY, SHEET, SK, SKONLY, SQL  # noqa: E402

DOCKER = "virtualisation"  # Docker: "manage ICT virtualisation environments"
PLANS = PLAN + GOAL
NOT_FOUND_FI = ["ei ole luettelossa", "ei ole katalogissa", "mikään kurssi", "ei ole kurssia", "nimeltä"]

_CASES: list[tuple[str, str, list[tuple[str, list[str], dict]]]] = [
    # a field held, said by its word, in a list
    ("en", "list", [("I'm decent at maths and I know some SQL", SKONLY, {"skills_all": [MATH, SQL]})]),
    ("fi", "list", [("mä osaan matikkaa ja Exceliä", SKONLY, {"skills_all": [MATH, SHEET]})]),
    ("hi", "list", [("मुझे गणित और पायथन आता है", SKONLY, {"skills_all": [MATH, PY]})]),
    (
        "hi",
        "list",
        [("networking aur linux dono aata hai mujhe", SKONLY, {"skills_all": [NET, OS], "any_lang": True})],
    ),
    (
        "bn",
        "list",
        [("ami excel ar maths valo pari", SKONLY, {"skills_all": [SHEET, MATH], "any_lang": True})],
    ),
    # an adviser's client
    (
        "de",
        "adviser",
        [("Er kennt sich mit Netzwerken aus und kann etwas Python", SK, {"skills_all": [NET, PY]})],
    ),
    ("fr", "adviser", [("il connaît les réseaux et un peu Linux", SKONLY, {"skills_all": [NET, OS]})]),
    ("vi", "adviser", [("anh ấy biết mạng máy tính và Linux", SKONLY, {"skills_all": [NET, OS]})]),
    ("bn", "adviser", [("আমার ক্লায়েন্ট নেটওয়ার্কিং আর এক্সেল জানে", SKONLY, {"skills_all": [NET, SHEET]})]),
    (
        "en",
        "adviser",
        [
            ("I'm helping a client who wants to get into IT support", SK, {}),
            ("he knows networking basics and a little Linux", SKONLY, {"skills_all": [NET, OS]}),
        ],
    ),
    (
        "es",
        "adviser",
        [
            ("Mi clienta quiere ser analista de datos", SK, {}),
            ("sabe Excel y algo de matemáticas", SKONLY, {"skills_all": [SHEET, MATH]}),
        ],
    ),
    (
        "de",
        "adviser",
        [
            ("Meine Klientin will Datenanalystin werden", SK, {}),
            ("sie kann Excel", SKONLY, {"skills": [SHEET]}),
        ],
    ),
    # skills inside a goal sentence
    (
        "es",
        "with_goal",
        [("quiero ser administradora de sistemas, ya sé Linux y redes", SK, {"skills_all": [OS, NET]})],
    ),
    # a tool used every day
    ("fr", "tool", [("j'utilise Docker tous les jours au boulot", SKONLY, {"skills": [DOCKER]})]),
    ("vi", "tool", [("tôi dùng Docker hằng ngày", SKONLY, {"skills": [DOCKER]})]),
    # a tool no entry names, searched after a claim
    (
        "fi",
        "tool_guard",
        [
            ("käytän Dockeria päivittäin", SKONLY, {}),
            ("onko teillä Kubernetes-kurssia?", FOUND, {"reply_any": NOT_FOUND_FI}),
        ],
    ),
    # a search naming a field is no statement
    ("fr", "search_guard", [("vous avez des formations sur les réseaux ?", FOUND, {"skills_not": [NET]})]),
    ("de", "search_guard", [("ich suche einen Kurs für Mathe", FOUND, {"skills_not": [MATH]})]),
    # a claim, then a plan
    (
        "hi",
        "plan_skip",
        [
            ("मुझे नेटवर्किंग आती है", SKONLY, {"skills": [NET]}),
            ("क्लाउड इंजीनियर बनने का प्लान बनाइए", PLANS, {"plan": True, "skills": [NET]}),
        ],
    ),
]

# written after the adviser-pronoun rule (commit 6d6364e), committed before their first run: ids `skills22v`
_CASES_AFTER_PRONOUN: list[tuple[str, str, list[tuple[str, list[str], dict]]]] = [
    (
        "en",
        "adviser",
        [
            ("my client wants to work in cloud support", SK, {}),
            ("she knows Linux and some networking", SKONLY, {"skills_all": [OS, NET]}),
        ],
    ),
    (
        "de",
        "adviser",
        [
            ("Mein Kunde möchte Webentwickler werden", SK, {}),
            ("er beherrscht Python und ein bisschen SQL", SKONLY, {"skills_all": [PY, SQL]}),
        ],
    ),
    (
        "es",
        "adviser",
        [
            ("Mi usuario quiere trabajar en ciberseguridad", SK, {}),
            ("él conoce redes y Linux", SKONLY, {"skills_all": [NET, OS]}),
        ],
    ),
    (
        "fr",
        "adviser",
        [
            ("Mon bénéficiaire veut devenir analyste de données", SK, {}),
            ("il maîtrise Excel et il sait un peu de SQL", SKONLY, {"skills_all": [SHEET, SQL]}),
        ],
    ),
    (
        "fi",
        "adviser",
        [
            ("Asiakkaani haluaa pilvipalveluihin", SK, {}),
            ("hän osaa Linuxin ja verkot", SKONLY, {"skills_all": [OS, NET]}),
        ],
    ),
    (
        "vi",
        "adviser",
        [
            ("học viên của tôi muốn làm phân tích dữ liệu", SK, {}),
            ("cô ấy biết Excel và một chút Python", SKONLY, {"skills_all": [SHEET, PY]}),
        ],
    ),
    (
        "hi",
        "adviser",
        [
            ("मेरी क्लाइंट डेटा एनालिस्ट बनना चाहती है", SK, {}),
            ("उसे एक्सेल और गणित आता है", SKONLY, {"skills_all": [SHEET, MATH]}),
        ],
    ),
    ("bn", "adviser", [("সে পাইথন আর নেটওয়ার্কিং জানে", SKONLY, {"skills_all": [PY, NET]})]),
]


def dialogues() -> list[tuple[D, str]]:
    out = []
    counts: dict[str, int] = {}
    for lang, tag, turns in _CASES:
        counts[lang] = counts.get(lang, 0) + 1
        d = D(
            f"{lang}-skills22u-{counts[lang]:02d}",
            ["skills22u", tag],
            [T(text, intents, **checks) for text, intents, checks in turns],
            split="tune",
        )
        out.append((d, lang))
    later: dict[str, int] = {}
    for lang, tag, turns in _CASES_AFTER_PRONOUN:
        later[lang] = later.get(lang, 0) + 1
        d = D(
            f"{lang}-skills22v-{later[lang]:02d}",
            ["skills22v", tag],
            [T(text, intents, **checks) for text, intents, checks in turns],
            split="tune",
        )
        out.append((d, lang))
    return out


if __name__ == "__main__":
    write_lines(Path(sys.argv[1]), (dialogue_line(d, lang, "tune") for d, lang in dialogues()))
