"""Unseen variants of the lang26 classes (session 26): phrasings written after the fixes and committed before
their first run, in other words, registers and word orders than the batch's and the tests', to measure whether
the rules generalise ("unseen variants: k/n" in docs/BENCHMARKS.md). Not part of dialogues.jsonl; `python
evals/dialogues/unseen/lang26_unseen.py OUT.jsonl` writes them, then `pathfinder eval dialogues OUT.jsonl
--score` scores them."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "authoring"))

from dsl import CONS, SKILLS, D, T, dialogue_line, write_lines  # noqa: E402
from t11goal_lists import ANY  # noqa: E402

LIMITS = [*CONS, "set_goal", "plan", "refine"]
SAYS_SKILLS = [*SKILLS, "set_goal", "explore"]
OFFICE = ["office software", "word processing", "spreadsheet"]

_CASES: list[tuple[str, str, list[T]]] = [
    # format: a study format ruled out after its name
    (
        "de",
        "format",
        [
            T("ich will in die Cloud-Administration", ANY, goal="cloud"),
            T("Onlinekurse bringen mir nix, ich brauch Leute um mich", LIMITS, part=["on-site", "blended"]),
        ],
    ),
    (
        "es",
        "format",
        [
            T("quiero hacerme técnico de redes", ANY, goal="network"),
            T("lo presencial me pilla fatal por el curro, así que a distancia", LIMITS, part=["online"]),
        ],
    ),
    (
        "fr",
        "format",
        [
            T("je veux devenir analyste de données", ANY, goal="data_analyst"),
            T("les cours en présentiel c'est impossible avec mes horaires", LIMITS, part=["online"]),
        ],
    ),
    (
        "fi",
        "format",
        [
            T("haluaisin pilvipalvelujen pariin töihin", ANY, goal="cloud"),
            T("etäopetus ei oikein toimi mulle", LIMITS, part=["on-site", "blended"]),
        ],
    ),
    (
        "en",
        "format",
        [
            T("i want to become a database administrator", ANY, goal="dba"),
            T("in person is not an option for me, I live too far out", LIMITS, part=["online"]),
        ],
    ),
    # money: euros in slang and cases, free said the ordinary way
    (
        "de",
        "money",
        [T("will Webentwicklerin werden, mehr als 300 Mäuse hab ich nicht", ANY, budget=(300, "EUR"))],
    ),
    ("es", "money", [T("busco algo de ciberseguridad que no me cueste un duro", ANY, budget=(0, "EUR"))]),
    (
        "fr",
        "money",
        [T("je vise la data, et je peux lâcher 600 boules grand max", ANY, budget=(600, "EUR"))],
    ),
    (
        "fi",
        "money",
        [T("haluun IT-tukeen, rahaa on max 250 egeä", ANY, budget=(250, "EUR"), goal="helpdesk")],
    ),
    ("de", "money", [T("Cloud interessiert mich, aber es muss umsonst sein", ANY, budget=(0, "EUR"))]),
    # weekend: spoken and inflected forms
    ("es", "weekend", [T("quiero ser analista de datos, los findes le puedo dar 6 horas", ANY, hours=6)]),
    ("fi", "weekend", [T("tavoite on tietoturva-analyytikko, viikonloppuisin ehdin 4 tuntia", ANY, hours=4)]),
    # weak_lang: a language known badly is no language to study in
    (
        "de",
        "weak_lang",
        [
            T("ich möchte Datenbankadministrator werden", ANY, goal="dba"),
            T(
                "spreche Deutsch und Polnisch, mein Englisch ist echt mies",
                LIMITS + SKILLS,
                langs=["de", "pl"],
            ),
        ],
    ),
    (
        "fr",
        "weak_lang",
        [
            T("je veux devenir technicien support", ANY, goal="helpdesk"),
            T("je parle français et arabe, mon anglais est faible", LIMITS + SKILLS, langs=["fr", "ar"]),
        ],
    ),
    (
        "fi",
        "weak_lang",
        [
            T("haluun ohjelmistokehittäjäksi", ANY, goal="software"),
            T("puhun suomea ja viroa, ruotsi on tosi huono", LIMITS + SKILLS, langs=["fi"]),
        ],
    ),
    # prefer: a word of preferring with languages, no comparison
    (
        "es",
        "prefer",
        [
            T("quiero trabajar en la nube", ANY, goal="cloud"),
            T(
                "hablo inglés bastante bien, mejor cursos en inglés entonces",
                LIMITS + SKILLS,
                study_lang=["en"],
            ),
        ],
    ),
    # knowing: what someone knows or has done, not the job; office software; "already have"
    (
        "fi",
        "knowing",
        [
            T(
                "Exceliä oon käyttäny paljon ja SQL:ää vähän",
                SAYS_SKILLS,
                skills_all=["spreadsheet", "sql"],
                no_role=True,
            )
        ],
    ),
    (
        "de",
        "knowing",
        [
            T(
                "ich hab gute EDV-Kenntnisse, vor allem Textverarbeitung",
                SAYS_SKILLS,
                skills=OFFICE,
                no_role=True,
            )
        ],
    ),
    (
        "es",
        "knowing",
        [T("domino la ofimática y me defiendo con el correo", SAYS_SKILLS, skills=OFFICE)],
    ),
    (
        "fr",
        "knowing",
        [T("je suis à l'aise avec la bureautique, surtout le tableur", SAYS_SKILLS, skills=OFFICE)],
    ),
    (
        "fr",
        "knowing",
        [
            T(
                "j'étais serveuse pendant 8 ans, maintenant je veux faire du développement web",
                ANY,
                goal="web",
                role=["serveu", "waiter", "waitress"],
                role_not=["j'étais", "étais"],
            )
        ],
    ),
    (
        "fi",
        "knowing",
        [
            T(
                "oon ollu myyjänä 6 vuotta ja nyt haluisin data-analyytikoksi",
                ANY,
                goal="data_analyst",
                role_not=["ollu"],
            )
        ],
    ),
]


def lines() -> list[dict]:
    out = []
    for n, (lang, tag, turns) in enumerate(_CASES, 1):
        d = D(f"{lang}-lang26u-{n:02d}", ["lang26u", tag], turns, split="tune")
        out.append(dialogue_line(d, lang, "tune"))
    return out


if __name__ == "__main__":
    write_lines(Path(sys.argv[1]), lines())
