"""Unseen variants of the refine21 classes (session 21): phrasings written after the fixes and committed
before their first run, in other words, languages, word orders and typos than the batch's and than the
helper's hand checks, to measure whether the rules generalise ("unseen variants: k/n" in docs/BENCHMARKS.md).
Not part of dialogues.jsonl; `python evals/dialogues/unseen/refine21_unseen.py OUT.jsonl` writes them, then
`pathfinder eval dialogues OUT.jsonl --score` scores them."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "authoring"))

from acts17_lists import AI, CLOUD, CYBER, DATA, DB, GDPR, ML, NET  # noqa: E402
from dsl import D, T, dialogue_line, write_lines  # noqa: E402
from refine21_lists import ASK, REF, SEARCHES  # noqa: E402

_CASES: list[tuple[str, str, list[T]]] = [
    # an entry of the list left out by its place
    (
        "de",
        "drop",
        [
            T("zeig mal Kurse über Cloud Computing", SEARCHES, cite_any=CLOUD),
            T("den zweiten bitte weglassen", REF, cite_excl_prev_nth=2),
        ],
    ),
    (
        "es",
        "drop",
        [
            T("necesito cursos de redes", SEARCHES, cite_any=NET),
            T("quita el tercero porfa", REF, cite_excl_prev_nth=3),
        ],
    ),
    (
        "fr",
        "drop",
        [
            T("je cherche des formations en machine learning", SEARCHES, cite_any=ML),
            T("enlève le premier", REF, cite_excl_prev_nth=1),
        ],
    ),
    (
        "fi",
        "drop",
        [
            T("näytä pilvikursseja", SEARCHES, cite_any=CLOUD),
            T("poista toinen listalta", REF, cite_excl_prev_nth=2),
        ],
    ),
    (
        "en",
        "drop",
        [
            T("any database courses?", SEARCHES, cite_any=DB),
            T("drop the last one", REF, cite_excl_prev_nth=-1),
        ],
    ),
    # one level easier or harder than the list
    (
        "fr",
        "level",
        [
            T("formations cybersécurité niveau 6", SEARCHES, cite_any=CYBER, lead_eqf=[6]),
            T("un niveau en dessous ?", REF, cite_any=CYBER, lead_eqf=[5]),
        ],
    ),
    (
        "de",
        "level",
        [
            T("Netzwerkkurse für Anfänger", SEARCHES, cite_any=NET),
            T("etwas anspruchsvoller bitte", REF, cite_any=NET, lead_eqf=[5, 6]),
        ],
    ),
    (
        "es",
        "level",
        [
            T("cursos de bases de datos de nivel 6", SEARCHES, cite_any=DB, lead_eqf=[6]),
            T("y un nivel más bajo?", REF, cite_any=DB, lead_eqf=[5]),
        ],
    ),
    (
        "fi",
        "level",
        [
            T("koneoppimiskursseja tasolla 6", SEARCHES, cite_any=ML, lead_eqf=[6]),
            T("jotain vähän helpompaa", REF, cite_any=[*ML, *AI], lead_eqf=[5]),
        ],
    ),
    # like one entry, but cheaper or shorter
    (
        "es",
        "like",
        [
            T("cursos de computación en la nube", SEARCHES, cite_any=CLOUD),
            T("algo parecido al segundo pero más económico", REF, cite_none=["ccna-hybrid-303"]),
        ],
    ),
    (
        "de",
        "like",
        [
            T("Kurse zu Datenanalyse", SEARCHES, cite_any=DATA),
            T("sowas wie der erste, nur kürzer", REF + ASK),
        ],
    ),
    # a place outranks a title word of another entry
    (
        "fr",
        "ordinal",
        [
            T("vous avez quoi en bases de données ?", SEARCHES, cite_any=DB),
            T("le quatrième mène à un certificat ?", ASK + ["requirements"], cite_prev_nth=4),
        ],
    ),
    (
        "de",
        "ordinal",
        [
            T("Welche Datenbankkurse gibt es?", SEARCHES, cite_any=DB),
            T("gehört der dritte zu einem Zertifikat?", ASK + ["requirements"], cite_prev_nth=3),
        ],
    ),
    # without paying; free kept
    (
        "fi",
        "free",
        [
            T("tekoälyn kursseja", SEARCHES, cite_any=AI),
            T("sellasia mistä ei tarvii maksaa", REF, budget=(0, "EUR")),
        ],
    ),
    ("de", "free", [T("gratis Kurse zu Datenschutz bitte", SEARCHES, cite_any=GDPR, budget=(0, "EUR"))]),
    (
        "es",
        "free",
        [
            T("cursos de ciberseguridad", SEARCHES, cite_any=CYBER),
            T("sin tener que pagar", REF, budget=(0, "EUR")),
        ],
    ),
    # courses under a ceiling, asked formally
    (
        "fr",
        "ceiling",
        [
            T(
                "Auriez-vous des formations en cloud à me proposer, 500 euros au plus ?",
                SEARCHES,
                cite_any=CLOUD,
                budget=(500, "EUR"),
            )
        ],
    ),
    (
        "es",
        "ceiling",
        [
            T(
                "¿Qué cursos de análisis de datos me aconseja, hasta 400 euros?",
                SEARCHES,
                cite_any=DATA,
                budget=(400, "EUR"),
            )
        ],
    ),
    # unaccented French read as French
    ("fr", "lang", [T("cours reseau pour les debutants", SEARCHES, cite_any=NET)]),
    ("fr", "lang", [T("formation donnees pour une pme", SEARCHES, cite_any=DATA)]),
]


def lines() -> list[dict]:
    out = []
    for n, (lang, tag, turns) in enumerate(_CASES, 1):
        d = D(f"{lang}-refine21u-{n:02d}", ["refine21u", tag], turns, split="tune")
        out.append(dialogue_line(d, lang, "tune"))
    return out


if __name__ == "__main__":
    write_lines(Path(sys.argv[1]), lines())
