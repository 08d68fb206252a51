"""Unseen variants of the skills18 classes (session 18): phrasings written after the fixes' first pass but
never run before they were committed, in other words, languages, word orders and typos than the batch's, to
measure whether the rules generalise ("unseen variants: k/n" in docs/BENCHMARKS.md). Not part of
dialogues.jsonl; `python evals/dialogues/unseen/skills18_unseen.py OUT.jsonl` writes them, then
`pathfinder eval dialogues OUT.jsonl --score` scores them."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "authoring"))

from dsl import D, T, dialogue_line, write_lines  # noqa: E402
from skills18_lists import ADV, BASIC, BI, CLOUD, FIGMA, GIT, OS, PROG, PY, SHEET, SK, SQL, WEAK, WP  # noqa: E402

ANY = ["state_skills", "set_goal", "plan", "explore", "set_constraints", "search"]

_CASES: list[tuple[str, str, str, list[str], dict]] = [
    # level words
    (
        "en",
        "level",
        "honestly I'm pretty rusty with SQL but I'm an Excel wizard",
        SK,
        {"levels": {SQL: BASIC, SHEET: ADV}},
    ),
    (
        "de",
        "level",
        "Python kann ich nur ein bisschen, SQL dafür richtig gut",
        SK,
        {"levels": {PY: BASIC, SQL: ADV}},
    ),
    ("es", "level", "se un poquito de pyton y exel avanzado", SK, {"levels": {PY: BASIC, SHEET: ADV}}),
    (
        "fi",
        "level",
        "Osaan SQL:ää hieman ja Excelin erittäin hyvin",
        SK,
        {"levels": {SQL: BASIC, SHEET: ADV}},
    ),
    ("vi", "level", "minh biet chut it SQL, Excel thi thanh thao", SK, {"levels": {SQL: BASIC, SHEET: ADV}}),
    (
        "bn",
        "level",
        "ami Excel khub bhalo pari, SQL ektu ektu jani",
        SK,
        {"levels": {SHEET: ADV, SQL: BASIC}, "any_lang": True},
    ),
    ("fr", "level", "j'ai des notions en SQL et je suis à l'aise avec Excel", SK, {"levels": {SQL: BASIC}}),
    ("hi", "level", "मुझे Excel बहुत अच्छी तरह आता है, SQL थोड़ा थोड़ा", SK, {"levels": {SHEET: ADV, SQL: BASIC}}),
    # long messages
    (
        "en",
        "long",
        "Bit of background: I'm a shop manager, 12 years. Want to get into cloud stuff eventually. "
        "Can do evenings, maybe 4h/week, budget tight ~150. Day to day I do rotas in excel, stock reports in "
        "power bi and I look after our little linux server.",
        ANY,
        {"skills_all": [SHEET, BI, OS]},
    ),
    (
        "de",
        "long",
        "Kurz zu mir: Sachbearbeiterin, 5 Jahre. Ich will in die IT-Sicherheit. Zeit habe ich 3 "
        "Stunden pro Woche. Ich pflege unsere WordPress-Seite, baue Tabellen in Excel und kenne mich "
        "etwas mit Linux aus.",
        ANY,
        {"skills_all": [WP, SHEET, OS]},
    ),
    (
        "es",
        "long",
        "Trabajo como administrativo en un hospital. Me gustaría ser analista de datos, tengo 5 horas "
        "semanales y 300 euros. Hago informes con Power BI, manejo Excel y algo de Python.",
        ANY,
        {"skills_all": [BI, SHEET, PY]},
    ),
    (
        "fi",
        "long",
        "Olen asiakaspalvelussa töissä. Haluaisin pilvipalveluihin. Aikaa on 6 tuntia viikossa. "
        "Käytän Exceliä, vähän Pythonia ja Gitiä.",
        ANY,
        {"skills_all": [SHEET, PY, GIT]},
    ),
    (
        "hi",
        "long",
        "मैं अकाउंटेंट हूँ, 4 साल से। अब डेटा साइंस में जाना है। हफ्ते में 6 घंटे दे सकता हूँ। रोज़ Excel में "
        "काम करता हूँ, थोड़ा Python और Tableau भी चलाता हूँ।",
        ANY,
        {"skills_all": [SHEET, PY, BI]},
    ),
    # years of study, primary teachers
    (
        "en",
        "study",
        "im in my 3rd year of uni doing business, know excel and a bit of sql",
        SK,
        {"no_max_eqf": True, "skills": [SHEET]},
    ),
    (
        "de",
        "study",
        "Ich studiere im zweiten Jahr Informatik und kann Python",
        SK,
        {"no_max_eqf": True, "skills": [PY]},
    ),
    (
        "fr",
        "study",
        "Je suis professeure des écoles et je me sers d'Excel",
        SK,
        {"no_max_eqf": True, "skills": [SHEET]},
    ),
    (
        "vi",
        "study",
        "Mình học năm 2 đại học, biết Excel với Python",
        SK,
        {"no_max_eqf": True, "skills": [SHEET]},
    ),
    (
        "hi",
        "study",
        "main primary school teacher hoon, Excel aata hai",
        SK,
        {"no_max_eqf": True, "skills": [SHEET], "any_lang": True},
    ),
    # denials and comparisons
    (
        "en",
        "negation",
        "I don't know any SQL but I'm OK with Excel",
        SK,
        {"skills_not": [SQL], "skills": [SHEET]},
    ),
    (
        "de",
        "negation",
        "Ich habe noch nie mit Python gearbeitet, Excel nutze ich täglich",
        SK,
        {"skills_not": [PY], "skills": [SHEET]},
    ),
    (
        "es",
        "negation",
        "No sé nada de Linux, pero uso Excel y Power BI",
        SK,
        {"skills_not": [OS], "skills_all": [SHEET, BI]},
    ),
    (
        "fi",
        "negation",
        "En ole käyttänyt Pythonia, mutta SQL on tuttu",
        SK,
        {"skills_not": [PY], "skills": [SQL]},
    ),
    (
        "vi",
        "negation",
        "Mình không biết lập trình, chỉ dùng Excel thôi",
        SK,
        {"levels": {PROG: WEAK}, "skills": [SHEET]},
    ),
    ("bn", "negation", "আমি কোডিং জানি না, কিন্তু Excel পারি", SK, {"levels": {PROG: WEAK}, "skills": [SHEET]}),
    ("fr", "negation", "Je suis meilleur en Excel qu'en SQL", SK, {"levels": {SQL: WEAK}, "skills": [SHEET]}),
    ("es", "negation", "Se me da mejor Excel que Python", SK, {"levels": {PY: WEAK}, "skills": [SHEET]}),
    # tools named informally
    ("es", "tools", "trabajo con figma y un poco de git", SK, {"skills_all": [FIGMA, GIT]}),
    ("fi", "tools", "Käytän päivittäin power bi:tä ja google sheetsiä", SK, {"skills_all": [BI, SHEET]}),
    ("vi", "tools", "em dùng wordpress và linux", SK, {"skills_all": [WP, OS]}),
    ("de", "tools", "Ich mache viel mit azure und tableau", SK, {"skills_all": [CLOUD, BI]}),
    ("bn", "tools", "আমি figma আর aws ব্যবহার করি", SK, {"skills_all": [FIGMA, CLOUD]}),
]


def lines() -> list[dict]:
    out = []
    for n, (lang, tag, text, intents, checks) in enumerate(_CASES, 1):
        d = D(f"{lang}-skills18u-{n:02d}", ["skills18u", tag], [T(text, intents, **checks)], split="tune")
        out.append(dialogue_line(d, lang, "tune"))
    return out


if __name__ == "__main__":
    write_lines(Path(sys.argv[1]), lines())
