"""Unseen variants of the vague19 classes (session 19): phrasings written after the fixes but never run
before they were committed, in other words, languages, word orders and typos than the batch's and the tests',
to measure whether the rules generalise ("unseen variants: k/n" in docs/BENCHMARKS.md). Not part of
dialogues.jsonl; `python evals/dialogues/unseen/vague19_unseen.py OUT.jsonl` writes them, then
`pathfinder eval dialogues OUT.jsonl --score` scores them."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "authoring"))

from dsl import D, T, dialogue_line, write_lines  # noqa: E402
from t11goal_lists import ANY  # noqa: E402
from vague19_lists import CODE, CYBER, DATA, SUPPORT, WEB  # noqa: E402

# (lang, tag, turns as (text, checks)); a Hinglish turn takes any reply language
_CASES: list[tuple[str, str, list[tuple[str, dict]]]] = [
    (
        "en",
        "pick",
        [
            (
                "not sure what career tbh, i spend all day on my xbox and pc",
                {"no_goal": True, "dead_ok": True},
            ),
            ("idk, just choose something for me", {"goal_not": ["xbox", "day", "career"], "cite_any": CODE}),
        ],
    ),
    (
        "de",
        "pick",
        [
            ("Ich mag Mathe und Statistik, aber was für ein Beruf passt?", {"dead_ok": True}),
            ("Such du mir was aus", {"goal_not": ["mathe", "beruf"], "cite_any": DATA}),
        ],
    ),
    (
        "es",
        "pick",
        [
            (
                "me encanta dibujar y diseñar cosas en el ordenador, pero ni idea de trabajo",
                {"dead_ok": True},
            ),
            ("decide tú", {"goal_not": ["dibujar", "cosas", "idea"], "cite_any": WEB}),
        ],
    ),
    (
        "fr",
        "pick",
        [
            ("je sais pas trop, j'aime bien réparer les ordis de ma famille", {"dead_ok": True}),
            ("à ma place tu ferais quoi ?", {"goal_not": ["famille", "ordis"], "cite_any": SUPPORT}),
        ],
    ),
    (
        "fi",
        "pick",
        [
            ("kiinnostaa tietoturva ja hakkerointi mut en tiedä mitä ammattia", {"dead_ok": True}),
            ("päätä sä", {"goal_not": ["hakkerointi", "ammattia"], "cite_any": CYBER}),
        ],
    ),
    (
        "vi",
        "pick",
        [
            ("mình thích toán và số liệu nhưng chưa biết theo nghề gì", {"dead_ok": True}),
            ("bạn quyết định giúp mình nhé", {"goal_not": ["toán", "nghề"], "cite_any": DATA}),
        ],
    ),
    (
        "hi",
        "pick",
        [
            (
                "mujhe video games khelna bahut pasand hai, career ka kuch pata nahi",
                {"dead_ok": True, "any_lang": True},
            ),
            ("aap hi decide karo", {"goal_not": ["games", "career"], "cite_any": CODE, "any_lang": True}),
        ],
    ),
    (
        "bn",
        "pick",
        [
            ("আমি ছবি আঁকতে ভালোবাসি আর কম্পিউটারে সময় কাটাই, কী কাজ করব জানি না", {"dead_ok": True}),
            ("আপনি ঠিক করে দিন", {"goal_not": ["ছবি", "কাজ"], "cite_any": WEB}),
        ],
    ),
    (
        "en",
        "plan_named",
        [
            ("what's in the network automation course?", {"cite_any": ["ccna-netauto-203"], "dead_ok": True}),
            ("alright, build me a roadmap to get there", {"plan": True, "plan_incl": ["ccna-netauto-203"]}),
        ],
    ),
    (
        "es",
        "plan_named",
        [
            (
                "¿qué es el curso de Sistemas de recomendación?",
                {"cite_any": ["ual-recom-304"], "dead_ok": True},
            ),
            ("quiero un plan para llegar hasta ese curso", {"plan": True, "plan_incl": ["ual-recom-304"]}),
        ],
    ),
    (
        "fr",
        "plan_named",
        [
            (
                "parle-moi du Certificate in Full-Stack Web Development",
                {"cite_any": ["lit-cert-web"], "dead_ok": True},
            ),
            (
                "un plan jusqu'à ce certificat stp",
                {"plan": True, "plan_incl": ["lit-web-201", "lit-webstd-202", "lit-fw-203", "lit-api-204"]},
            ),
        ],
    ),
    (
        "vi",
        "plan_named",
        [
            (
                "khóa Deep Learning and Neural Networks thế nào?",
                {"cite_any": ["diaa-dl-202"], "dead_ok": True},
            ),
            ("lên lộ trình đến khóa đó giúp tôi", {"plan": True, "plan_incl": ["diaa-dl-202"]}),
        ],
    ),
    (
        "en",
        "past_job",
        [
            (
                "ex-teacher here, 20 yrs in primary schools, thinking about moving into UX research",
                {"role": ["teacher"], "skills_not": ["teach", "lesson", "pupil", "curricul", "classroom"]},
            ),
        ],
    ),
    (
        "de",
        "past_job",
        [
            (
                "Ich war Buchhalterin und möchte jetzt in die Datenanalyse wechseln",
                {
                    "role": ["buchhalter", "account", "bookkeep"],
                    "skills_not": ["account", "bookkeep", "tax", "financ"],
                },
            ),
        ],
    ),
    (
        "fr",
        "past_job",
        [
            (
                "ancien gérant de magasin, je veux passer à la gestion de projet informatique",
                {
                    "role": ["gérant", "magasin", "manager", "shop", "store"],
                    "skills_not": ["project management", "sales", "retail"],
                },
            ),
        ],
    ),
    (
        "es",
        "past_job",
        [
            (
                "era cajera en un supermercado y ahora quiero aprender ciberseguridad",
                {"role": ["cajer", "cashier"], "skills_not": ["cash", "sales", "customer", "retail"]},
            ),
        ],
    ),
]


def lines() -> list[dict]:
    out = []
    for n, (lang, tag, turns) in enumerate(_CASES, 1):
        d = D(f"{lang}-vague19u-{n:02d}", ["vague19u", tag], [T(t, ANY, **c) for t, c in turns], split="tune")
        out.append(dialogue_line(d, lang, "tune"))
    return out


if __name__ == "__main__":
    write_lines(Path(sys.argv[1]), lines())
