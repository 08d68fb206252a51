"""Unseen variants of the follow20 classes (session 20): phrasings written after the fixes but never run
before they were committed, in other words, languages and word orders than the batch's and the tests', to
measure whether the rules generalise ("unseen variants: k/n" in docs/BENCHMARKS.md). Not part of
dialogues.jsonl; `python evals/dialogues/unseen/follow20_unseen.py OUT.jsonl` writes them, then
`pathfinder eval dialogues OUT.jsonl --score` scores them."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "authoring"))

from dsl import D, T, dialogue_line, write_lines  # noqa: E402
from follow20_lists import FASTEST, STARTERS  # noqa: E402
from t11goal_lists import ANY  # noqa: E402

_HL = {"any_lang": True}
# (lang, tag, turns as (text, checks))
_CASES: list[tuple[str, str, list[tuple[str, dict]]]] = [
    (
        "en",
        "opening_time",
        [
            ("honestly I drive a forklift and I'm sick of it, heard coding pays well", {"dead_ok": True}),
            ("maybe 6 hrs per week", {"cite_first": STARTERS, "hours": 6}),
            ("ok where should I begin then?", {"cite_first": STARTERS}),
        ],
    ),
    (
        "de",
        "opening_time",
        [
            ("Bin Verkäuferin im Einzelhandel und brauche was Neues, keine Ahnung was", {"dead_ok": True}),
            ("am Wochenende hab ich Zeit, so 3 Stunden", {"cite_first": STARTERS}),
            ("Und womit fange ich am besten an?", {"cite_first": STARTERS}),
        ],
    ),
    (
        "fr",
        "opening_first",
        [
            ("je bosse en usine, je veux changer mais je sais pas quoi faire", {"dead_ok": True}),
            ("et concrètement, je fais quoi en premier ?", {"cite_first": STARTERS}),
        ],
    ),
    (
        "fi",
        "opening_time",
        [
            ("olen kassalla töissä ja haluaisin vaihtaa alaa", {"dead_ok": True}),
            ("pystyn opiskelemaan 5h viikossa", {"cite_first": STARTERS}),
            ("mitä teen ensin?", {"cite_first": STARTERS}),
        ],
    ),
    (
        "bn",
        "opening_time",
        [
            ("আমি রিকশা চালাই, কিছু শিখতে চাই কিন্তু জানি না কী", {"dead_ok": True}),
            ("সপ্তাহে ৩ ঘণ্টা পারব", {"cite_first": STARTERS}),
            ("শুরুটা কোথা থেকে করব?", {"cite_first": STARTERS}),
        ],
    ),
    (
        "hi",
        "opening_time",
        [
            ("main delivery boy hoon, kuch better karna hai IT mein", {"dead_ok": True, **_HL}),
            ("hafte mein 7 ghante de sakta hoon", {"cite_first": STARTERS, **_HL}),
            ("shuruaat kahan se karun?", {"cite_first": STARTERS, **_HL}),
        ],
    ),
    (
        "fr",
        "faster",
        [
            ("Je veux devenir analyste de données, 6 heures par semaine", {"plan": True}),
            ("on peut faire plus vite ?", FASTEST),
        ],
    ),
    (
        "de",
        "faster",
        [
            ("Ich will Webentwickler werden, 8 Stunden pro Woche", {"plan": True}),
            ("gehts auch zügiger?", FASTEST),
        ],
    ),
    (
        "fi",
        "faster",
        [
            ("Haluan pilvi-insinööriksi, 5 tuntia viikossa", {"plan": True}),
            ("voisiko tämän tehdä nopeammin?", FASTEST),
        ],
    ),
    (
        "vi",
        "faster",
        [
            ("Tôi muốn làm lập trình viên web, 8 giờ mỗi tuần", {"plan": True}),
            ("có cách nào học nhanh hơn?", FASTEST),
        ],
    ),
    (
        "hi",
        "faster",
        [("मुझे वेब डेवलपर बनना है, हफ्ते में 8 घंटे", {"plan": True}), ("क्या इसे जल्दी पूरा कर सकते हैं?", FASTEST)],
    ),
    (
        "fr",
        "held_level",
        [
            ("quelles formations en cloud ?", {}),
            (
                "j'ai déjà fini le cours d'initiation, je veux du niveau avancé maintenant",
                {"cite_min": 1, "no_max_eqf": True},
            ),
        ],
    ),
    (
        "en",
        "held_level",
        [
            ("which courses do you have about AI?", {}),
            (
                "already did the beginner one, want something more advanced now",
                {"held": ["diaa-ai-101"], "cite_min": 1},
            ),
        ],
    ),
    (
        "en",
        "plan_focus",
        [
            ("show me cloud courses", {}),
            (
                "can you plan my way to the migration one",
                {"plan_incl": ["hrd-cloudmig-301"], "goal_not": ["migration"]},
            ),
        ],
    ),
    (
        "es",
        "plan_focus",
        [
            ("¿qué cursos hay de inteligencia artificial?", {}),
            ("hazme un plan hasta el de deep learning", {"plan_incl": ["diaa-dl-202"], "goal_not": ["deep"]}),
        ],
    ),
    (
        "de",
        "plan_focus",
        [
            ("welche Kurse gibt es zu Cloud?", {}),
            (
                "erstell mir einen Lernweg bis zum Sicherheitskurs",
                {"plan_incl": ["hrd-cloudsec-201"], "goal_not": ["sicherheit"]},
            ),
        ],
    ),
]


def lines() -> list[dict]:
    out = []
    for n, (lang, tag, turns) in enumerate(_CASES, 1):
        d = D(
            f"{lang}-follow20u-{n:02d}", ["follow20u", tag], [T(t, ANY, **c) for t, c in turns], split="tune"
        )
        out.append(dialogue_line(d, lang, "tune"))
    return out


if __name__ == "__main__":
    write_lines(Path(sys.argv[1]), lines())
