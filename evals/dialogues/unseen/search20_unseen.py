"""Unseen variants of the search20 classes (session 20): phrasings written after the fixes and committed
before their first run, in other words, languages, word orders and typos than the batch's, to measure whether
the rules generalise ("unseen variants: k/n" in docs/BENCHMARKS.md). Not part of dialogues.jsonl; `python
evals/dialogues/unseen/search20_unseen.py OUT.jsonl` writes them, then `pathfinder eval dialogues OUT.jsonl
--score` scores them."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "authoring"))

from acts17_lists import CLOUD, CYBER, DATA, DB, ML, NET  # noqa: E402
from dsl import D, T, dialogue_line, write_lines  # noqa: E402
from search20_lists import CARD, HIGH, LOW, PLANNED, SEARCHES, TOTALS  # noqa: E402

PLAN = ["plan", "set_goal"]
PYTHON = ["lit-prog-101", "glcc-code-107", "ual-python-201", "diaa-viz-204"]

_CASES: list[tuple[str, str, list[T]]] = [
    # a level in a search
    (
        "fr",
        "level",
        [T("je voudrais des cours de données de niveau 6", SEARCHES, cite_any=DATA, lead_eqf=[6])],
    ),
    (
        "de",
        "level",
        [T("habt ihr was zu Cybersicherheit auf Stufe 5?", SEARCHES, cite_any=CYBER, lead_eqf=[5])],
    ),
    ("es", "level", [T("cursos avanzados de ciberseguridad", SEARCHES, cite_any=CYBER, lead_eqf=HIGH)]),
    ("fi", "level", [T("edistyneitä koneoppimisen kursseja", SEARCHES, cite_any=ML, lead_eqf=HIGH)]),
    (
        "vi",
        "level",
        [T("cho mình khóa học trình độ 5 về điện toán đám mây", SEARCHES, cite_any=CLOUD, lead_eqf=[5])],
    ),
    ("hi", "level", [T("एडवांस्ड साइबर सिक्योरिटी कोर्स", SEARCHES, cite_any=CYBER, lead_eqf=HIGH)]),
    ("bn", "level", [T("স্তর ৫ এর মেশিন লার্নিং কোর্স", SEARCHES, cite_any=ML, lead_eqf=[5])]),
    ("en", "level", [T("networking courses at level 3 please", SEARCHES, cite_any=NET, lead_eqf=LOW)]),
    (
        "hi",
        "level",
        [T("koi level 6 ka cloud course hai?", SEARCHES, cite_any=CLOUD, lead_eqf=[6], any_lang=True)],
    ),
    # totals
    (
        "de",
        "totals",
        [
            T("zeig mir Kurse zu Datenbanken", SEARCHES, cite_any=DB),
            T("was kostet das alles zusammen?", TOTALS, cite_min=2),
        ],
    ),
    (
        "fi",
        "totals",
        [
            T("haluan pilvi-insinööriksi, 5 tuntia viikossa", PLANNED, goal="cloud"),
            T("tee suunnitelma", PLAN, plan=True),
            T("kuinka monta tuntia yhteensä?", TOTALS, prev_total="hours"),
        ],
    ),
    (
        "vi",
        "totals",
        [
            T("cho tôi biết về Certificate in Database Administration", CARD, cite_any=["nda-cert-dba"]),
            T(
                "tổng cộng mất bao nhiêu giờ?",
                TOTALS,
                cite_any=["nda-cert-dba"],
                reply_any=["412.5", "412,5"],
            ),
        ],
    ),
    (
        "hi",
        "totals",
        [
            T(
                "mujhe data analyst banna hai, hafte mein 6 ghante",
                PLANNED,
                goal="data_analyst",
                any_lang=True,
            ),
            T("mera plan banao", PLAN, plan=True, any_lang=True),
            T("total kitne ghante lagenge?", TOTALS, prev_total="hours", any_lang=True),
        ],
    ),
    (
        "fr",
        "totals",
        [
            T("je veux devenir administrateur réseau", PLANNED, goal="netadmin"),
            T("fais-moi un parcours", PLAN, plan=True),
            T("et ça coûte combien au total ?", TOTALS, prev_total="cost"),
        ],
    ),
    # searches with limits in es/de/fi/fr
    (
        "es",
        "limits",
        [T("cursos de machine learning por menos de 500 euros", SEARCHES, cite_any=ML, budget=(500, "EUR"))],
    ),
    ("fr", "limits", [T("des formations cloud à moins de 400 euros, en ligne", SEARCHES, cite_any=CLOUD)]),
    ("fi", "limits", [T("tietokantakursseja enintään 600 eurolla", SEARCHES, cite_any=DB)]),
    ("de", "limits", [T("suche python kurse unter 200 euro", SEARCHES, cite_any=PYTHON)]),
]


def lines() -> list[dict]:
    out = []
    for n, (lang, tag, turns) in enumerate(_CASES, 1):
        d = D(f"{lang}-search20u-{n:02d}", ["search20u", tag], turns, split="tune")
        out.append(dialogue_line(d, lang, "tune"))
    return out


if __name__ == "__main__":
    write_lines(Path(sys.argv[1]), lines())
