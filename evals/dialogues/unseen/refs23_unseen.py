"""Unseen variants of the refs23 classes (session 23): phrasings written after the fixes but never run before
they were committed, in other words, languages, typos and word orders than the batch's and the tests', to
measure whether the rules generalise ("unseen variants: k/n" in docs/BENCHMARKS.md). Not part of
dialogues.jsonl; `python evals/dialogues/unseen/refs23_unseen.py OUT.jsonl` writes them, then
`pathfinder eval dialogues OUT.jsonl --score` scores them."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "authoring"))

from dsl import OCC, D, T, dialogue_line, write_lines  # noqa: E402
from refs23_lists import MCD, SWAP_SAID  # noqa: E402
from t11goal_lists import ANY  # noqa: E402

DATA = ["data"]


def _refs(goal: str, pick: str, ask: str) -> list[tuple[str, dict]]:
    return [(goal, {"cite_min": 1}), (pick, {"cite_min": 1}), (ask, {"cite_prev_nth": 1})]


def _swap(lang: str, goal: str, swap: str, step: int = -1) -> list[tuple[str, dict]]:
    return [
        (goal, {"plan": True}),
        (swap, {"plan": True, "plan_excl_prev_step": step, "reply_any": SWAP_SAID[lang]}),
    ]


def _area(goal: str, occ: list[str], plan: str) -> list[tuple[str, dict]]:
    return [(goal, {"goal": occ}), (plan, {"goal": occ, "plan": True})]


# (lang, tag, turns as (text, checks))
_CASES: list[tuple[str, str, list[tuple[str, dict]]]] = [
    (
        "en",
        "referent",
        _refs(
            "show me data analysis courses",
            "which one is cheapest",
            "does it come with a recognized certificate",
        ),
    ),
    (
        "de",
        "referent",
        _refs("Ich suche Kurse zu Cloud", "welcher ist am kürzesten?", "und gibt der ein Zertifikat?"),
    ),
    (
        "fr",
        "referent",
        _refs(
            "je veux devenir data analyst",
            "lequel est le moins cher ?",
            "il délivre un certificat reconnu, celui-là ?",
        ),
    ),
    (
        "fi",
        "referent",
        _refs("haluan oppia pilvipalveluita", "mikä on lyhin?", "saako sen suorittamisesta todistuksen?"),
    ),
    (
        "vi",
        "referent",
        _refs("toi muon hoc an ninh mang", "khoa nao re nhat", "cai do co chung chi duoc cong nhan khong"),
    ),
    ("bn", "referent", _refs("আমি ক্লাউড নিয়ে কাজ করতে চাই", "সবচেয়ে সস্তা কোনটা?", "ওটা করলে কি সার্টিফিকেট পাব?")),
    (
        "hi",
        "referent",
        _refs(
            "mujhe data analyst banna hai", "sabse sasta kaun sa hai?", "uska certificate recognised hai kya?"
        ),
    ),
    (
        "en",
        "swap",
        _swap("en", "plan for data analyst, 8h/week", "replace the second course with an online one", 2),
    ),
    (
        "de",
        "swap",
        _swap(
            "de", "Plan für Cloud Engineer, 6 Stunden pro Woche", "ersetz den letzten durch einen Online-Kurs"
        ),
    ),
    (
        "es",
        "swap",
        _swap("es", "plan para ciberseguridad, 5 horas semanales", "sustituye el último por uno online"),
    ),
    (
        "fi",
        "swap",
        _swap("fi", "suunnitelma data-analyytikoksi, 8 h viikossa", "korvaa viimeinen verkkokurssilla"),
    ),
    (
        "vi",
        "swap",
        _swap("vi", "lập lộ trình kỹ sư đám mây, 6 giờ một tuần", "thay khóa cuối bằng khóa học online"),
    ),
    (
        "de",
        "in_lang",
        [
            ("ich soll Microcredentials für unsere Kurse entwerfen", {}),
            ("gibt es das auch auf Deutsch?", {"cite_any": MCD}),
        ],
    ),
    (
        "es",
        "in_lang",
        [("tengo que diseñar microcredenciales", {}), ("¿algo en español?", {"cite_any": MCD})],
    ),
    (
        "en",
        "area",
        _area("I lack data analysis skills, my boss wants reports", DATA, "make a plan, 5 h a week"),
    ),
    (
        "de",
        "area",
        _area("mir fehlen Kenntnisse in Cybersicherheit", OCC["cyber"], "Plan bitte, 6 Stunden die Woche"),
    ),
    (
        "es",
        "area",
        _area("me faltan conocimientos de redes", OCC["network"], "hazme un plan con 6 horas a la semana"),
    ),
    (
        "fr",
        "area",
        _area(
            "j'ai besoin de compétences en cybersécurité pour mon travail",
            OCC["cyber"],
            "un plan avec 5 h par semaine",
        ),
    ),
    ("fi", "area", _area("tarvitsisin data-analytiikan osaamista", DATA, "tee polku, 6 tuntia viikossa")),
    ("hi", "area", _area("मुझे साइबर सुरक्षा का ज्ञान चाहिए", OCC["cyber"], "प्लान बनाओ, हफ्ते में 6 घंटे")),
    ("bn", "area", _area("আমার নেটওয়ার্কিং দক্ষতা দরকার", OCC["network"], "সপ্তাহে ৬ ঘণ্টা, একটা প্ল্যান দাও")),
    (
        "vi",
        "area",
        _area("em cần kỹ năng an ninh mạng", OCC["cyber"], "lên kế hoạch giúp em, 5 giờ mỗi tuần"),
    ),
]


def lines() -> list[dict]:
    out = []
    for n, (lang, tag, turns) in enumerate(_CASES, 1):
        d = D(f"{lang}-refs23u-{n:02d}", ["refs23u", tag], [T(t, ANY, **c) for t, c in turns], split="tune")
        out.append(dialogue_line(d, lang, "tune"))
    return out


if __name__ == "__main__":
    write_lines(Path(sys.argv[1]), lines())
