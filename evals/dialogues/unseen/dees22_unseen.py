"""Unseen variants of the dees22 classes (session 22): German and Spanish phrasings written after the fixes
and committed before their first run, in other words, regions, word orders and typos than the batch's and the
tests', to measure whether the rules generalise ("unseen variants: k/n" in docs/BENCHMARKS.md). Not part of
dialogues.jsonl; `python evals/dialogues/unseen/dees22_unseen.py OUT.jsonl` writes them, then `pathfinder eval
dialogues OUT.jsonl --score` scores them."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "authoring"))

from acts17_lists import DATA, DB, NET  # noqa: E402
from dees22_lists import BASICS, SUPPORT  # noqa: E402
from dsl import D, T, dialogue_line, write_lines  # noqa: E402
from t11goal_lists import ANY  # noqa: E402

REF = ["refine", "set_constraints", "search"]


def _t(text: str, **checks: object) -> T:
    return T(text, ANY, **checks)


_CASES: list[tuple[str, str, list[T]]] = [
    # regional and spoken forms (Swiss, Austrian, spoken German; voseo, colloquial Spanish, missing ñ)
    (
        "de",
        "regional",
        [
            _t(
                "grüessech, ich bi Poschtbotin und wett öppis mit Date mache",
                role=["poschtbotin", "postbotin"],
            )
        ],
    ),
    ("de", "regional", [_t("I bin Maurer und hob ka Ahnung von Computer", role=["maurer"])]),
    (
        "de",
        "regional",
        [_t("ich will Netzwerktechniker werden, ich han öppe 5 Stund pro Wuche", goal="network", hours=5)],
    ),
    (
        "de",
        "regional",
        [
            _t(
                "möcht Webentwicklerin werden, bis Ende Jänner sollte ein Plan stehen",
                goal="web",
                deadline=("2027-01-25", "2027-01-31"),
            )
        ],
    ),
    ("es", "regional", [_t("che, quiero laburar de programador web, ¿qué me conviene?", goal="web")]),
    (
        "es",
        "regional",
        [
            _t(
                "no tengo mucha plata, como mucho 200 euros, quiero aprender redes",
                budget=(200, "EUR"),
                cite_any=NET,
            )
        ],
    ),
    ("es", "regional", [_t("busco chamba en análisis de datos, decime por dónde arranco", cite_any=DATA)]),
    # a client's past, trained or apposed job
    (
        "de",
        "role",
        [
            _t(
                "Ich betreue eine Teilnehmerin, sie war zwanzig Jahre Friseurin und will jetzt ins Büro",
                role=["friseurin"],
            )
        ],
    ),
    ("de", "role", [_t("meine Klientin, gelernte Verkäuferin, möchte Excel lernen", role=["verkäuferin"])]),
    (
        "de",
        "role",
        [
            _t(
                "hab eine Kundin vom Jobcenter, 41, Reinigungskraft, die in die IT will",
                role=["reinigungskraft"],
            )
        ],
    ),
    (
        "es",
        "role",
        [_t("atiendo a un señor de 55 años, camionero, que quiere aprender informática", role=["camionero"])],
    ),
    ("es", "role", [_t("tengo una usuaria que laburaba de moza y quiere algo de datos", role=["moza"])]),
    (
        "es",
        "role",
        [
            _t(
                "mi clienta trabajó como limpiadora muchos años, ahora quiere formarse en ofimática",
                role=["limpiadora"],
            )
        ],
    ),
    # new to computers, no goal: the digital basics first
    ("de", "basics", [_t("mein Vater hat null Ahnung von EDV, womit soll er anfangen?", cite_any=BASICS)]),
    (
        "es",
        "basics",
        [_t("no sé nada de informática y tengo 50 años, ¿qué curso hago primero?", cite_any=BASICS)],
    ),
    # is there anything so, over a list
    (
        "de",
        "any",
        [
            _t("welche Kurse gibt es zu Datenbanken?", cite_any=DB),
            T("gibt es da auch was auf Deutsch?", REF, lead_langs=["de"]),
        ],
    ),
    (
        "es",
        "any",
        [
            _t("quiero trabajar en soporte técnico", cite_any=SUPPORT),
            T("¿hay alguno gratis?", REF),
        ],
    ),
    (
        "de",
        "any",
        [
            _t("zeig mir Kurse zu Netzwerken", cite_any=NET),
            T("gibts da was, das nix kostet?", REF),
        ],
    ),
]


def lines() -> list[dict]:
    out = []
    for n, (lang, tag, turns) in enumerate(_CASES, 1):
        d = D(f"{lang}-dees22u-{n:02d}", ["dees22u", tag], turns, split="tune")
        out.append(dialogue_line(d, lang, "tune"))
    return out


if __name__ == "__main__":
    write_lines(Path(sys.argv[1]), lines())
