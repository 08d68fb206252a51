"""Unseen variants of the lead25fix classes (session 25, lead trial 21): phrasings written after the fixes and
committed before their first run, in other languages, word orders and subjects than the batch's and the
tests', to measure whether the rules generalise ("unseen variants: k/n" in docs/BENCHMARKS.md). Not part of
dialogues.jsonl; `python evals/dialogues/unseen/lead25fix_unseen.py OUT.jsonl` writes them, then `pathfinder
eval dialogues OUT.jsonl --score` scores them."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "authoring"))

from dsl import D, T, dialogue_line, write_lines  # noqa: E402

ANY = ["set_goal", "explore", "search", "plan", "state_skills"]
CONS = ["set_constraints", "plan", "refine"]
DROP = ["skip_step", "refine", "plan"]
DS = ("I'd like to become a data scientist, 8 hours a week", ["set_goal", "plan"])

_CASES: list[tuple[str, str, list[T]]] = [
    # background: the wish's subject, never the job's or the skills' words
    (
        "en",
        "background",
        [
            T(
                "been a bus driver for 12 years, ok with computers. really curious about cybersecurity now",
                ANY,
            ),
            T("4 hours a week, 250 euros", CONS, goal_not=["bus", "driver", "computer"]),
        ],
    ),
    (
        "es",
        "background",
        [
            T(
                "Trabajo de camarera en un hotel, manejo bien el móvil. "
                "Me gustaría aprender programación web",
                ANY,
            ),
            T("6 horas a la semana", CONS, goal_not=["camarera", "hotel", "móvil"]),
        ],
    ),
    (
        "fr",
        "background",
        [
            T("je suis aide-soignante dans un ehpad, je connais un peu Word. je pense à la data", ANY),
            T("5 heures par semaine", CONS, goal_not=["ehpad", "word", "soignante"]),
        ],
    ),
    (
        "fi",
        "background",
        [
            T(
                "Olen töissä kirjaston lainaustiskillä ja haluaisin oppia ohjelmointia",
                ANY,
                role_not=["kirjaston"],
            )
        ],
    ),  # fmt: skip
    (
        "de",
        "background",
        [
            T(
                "Meine Kundin möchte ins Online-Marketing, was gibt es da?",
                ["search", "set_goal", "explore"],
                reply_any=["marketing**"],
            )
        ],
    ),  # fmt: skip
    (
        "vi",
        "background",
        [
            T(
                "khách hàng của tôi muốn học tiếp thị số, có khóa nào không?",
                ["search", "set_goal", "explore"],
                reply_any=["marketing**"],
            )
        ],
    ),  # fmt: skip
    (
        "hi",
        "background",
        [T("आप मेरी किस चीज़ में मदद कर सकते हैं?", ["smalltalk", "explore"], cite_none=["glcc-help-201"])],
    ),  # fmt: skip
    # own language: courses in the learner's language offered
    (
        "es",
        "own_language",
        [
            T(
                "Soy administrativa y quiero aprender a analizar datos, mejor en español",
                ["set_goal", "search", "explore"],
                lead_langs=["es"],
            ),
        ],
    ),  # fmt: skip
    (
        "fr",
        "own_language",
        [
            T(
                "Je n'ai jamais vraiment utilisé internet, par où commencer ?",
                ["explore", "set_goal", "search"],
            ),
            T("8 heures par semaine, pas d'argent", CONS),
            T("fais-moi un plan", ["plan"], plan=True, plan_langs=["fr", "en"]),
        ],
    ),
    # exclude: a subject ruled out after a plan
    (
        "en",
        "exclude",
        [
            T(*DS),
            T("plan it", ["plan"], plan=True),
            T(
                "skip everything on deep learning",
                DROP,
                plan=True,
                plan_excl=["diaa-dl-202"],
                reply_excl=["which step should i leave out"],
            ),
        ],
    ),  # fmt: skip
    (
        "de",
        "exclude",
        [
            T("Ich will Data Scientist werden, 8 Stunden pro Woche", ["set_goal", "plan"]),
            T("Plan bitte", ["plan"], plan=True),
            T(
                "bloß keine Netzwerkkurse",
                DROP,
                plan=True,
                plan_excl=["lcsi-ne-201", "lcsi-mlnet-203"],
                reply_excl=["welchen schritt soll ich herausnehmen"],
            ),
        ],
    ),  # fmt: skip
    (
        "fi",
        "exclude",
        [
            T("Haluan data scientistiksi, 8 tuntia viikossa", ["set_goal", "plan"]),
            T("tee suunnitelma", ["plan"], plan=True),
            T("ei mitään koneoppimisesta", DROP, reply_excl=["minkä vaiheen jätän pois"]),
        ],
    ),  # fmt: skip
    (
        "hi",
        "exclude",
        [
            T("mujhe data scientist banna hai, hafte mein 8 ghante", ["set_goal", "plan"], any_lang=True),
            T("plan bana do", ["plan"], plan=True, any_lang=True),
            T(
                "networking wala kuch nahi chahiye",
                DROP,
                any_lang=True,
                reply_excl=["which step should i leave out"],
            ),
        ],
    ),  # fmt: skip
    # cheapest: no "already the cheapest" beside a cheaper plan said as if the same
    (
        "es",
        "cheapest",
        [
            T("Quiero ser científico de datos, 8 horas a la semana", ["set_goal", "plan"]),
            T("hazme el itinerario", ["plan"], plan=True),
            T(
                "¿hay algo más barato?",
                ["refine", "plan"],
                reply_excl=["ya es el plan más barato que puedo hacer hacia"],
            ),
        ],
    ),  # fmt: skip
    # how long with a goal
    (
        "es",
        "how_long",
        [
            T("Quiero trabajar como analista de datos", ["set_goal"]),
            T("¿Cuánto se tarda si estudio 5 horas a la semana?", CONS, reply_any=["semanas**"]),
        ],
    ),  # fmt: skip
    (
        "bn",
        "how_long",
        [
            T("আমি ক্লাউড ইঞ্জিনিয়ার হতে চাই", ["set_goal"]),
            T("রোজ ১ ঘণ্টা পড়লে কত সময় লাগবে?", CONS, reply_any=["সপ্তাহ**"]),
        ],
    ),  # fmt: skip
    # the cheapest of a list beside a language accepted; no field offered after something else entirely
    (
        "de",
        "cheapest_of_list",
        [
            T("Ich suche etwas zu Datenschutz", ["search", "set_goal", "explore"]),
            T(
                "Englisch geht auch, welcher ist am günstigsten?",
                ["explain", "select", "refine", "search"],
                reply_excl=["wird auf englisch unterrichtet"],
            ),
        ],
    ),  # fmt: skip
    (
        "fr",
        "cheapest_of_list",
        [T("tu peux me réserver un taxi pour demain ?", ["out_of_scope"], reply_excl=["par exemple **"])],
    ),  # fmt: skip
    # skills said in other languages
    ("es", "skill", [T("Sé configurar cortafuegos y algo de Linux", ["state_skills"], skills=["firewall"])]),
    ("bn", "skill", [T("আমি রাউটিং আর লিনাক্স জানি", ["state_skills"], skills=["routing"])]),
]


def lines() -> list[dict]:
    counts: dict[str, int] = {}
    out = []
    for lang, tag, turns in _CASES:
        counts[lang] = counts.get(lang, 0) + 1
        d = D(f"{lang}-lead25fix-unseen-{counts[lang]:02d}", ["lead25fix", tag], turns)
        out.append(dialogue_line(d, lang, "unseen"))
    return out


if __name__ == "__main__":
    write_lines(Path(sys.argv[1]), lines())
