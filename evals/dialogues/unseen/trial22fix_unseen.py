"""Unseen variants of the trial22fix classes (session 26): phrasings written after the fixes and committed
before their first run, in other cues, word orders and registers than the batch's and the tests', to measure
whether the rules generalise ("unseen variants: k/n" in docs/BENCHMARKS.md). Not part of dialogues.jsonl;
`python evals/dialogues/unseen/trial22fix_unseen.py OUT.jsonl` writes them, then `pathfinder eval dialogues
OUT.jsonl --score` scores them."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "authoring"))

from dsl import D, T, dialogue_line, write_lines  # noqa: E402
from trial22fix_lists import _clients  # noqa: E402


def _cli(lang: str, first: str, second: str, back: str, hours: float) -> tuple[str, str, list[T]]:
    return (lang, "another_client", _clients(first, second, back, "data_analyst", hours, ["cyber", "cloud"]))


_CASES: list[tuple[str, str, list[T]]] = [
    _cli(
        "en",
        "careers adviser here - client is Fatima, 31, works in a call centre, wants data analysis, "
        "4 hrs a week",
        "ok next one: Dan, 45, ex-soldier, he's into cloud, can't pay anything",
        "right, back to Fatima. show me her plan again",
        4,
    ),
    _cli(
        "de",
        "Ich berate heute mehrere Leute. Erste Klientin: Jana, 36, Bürokauffrau, will Datenanalyse, "
        "5 Std/Woche",
        "Noch ein Klient: Murat, 27, Lagerist, will in die Cloud, kein Budget",
        "zurück zu Jana - wie sieht ihr Plan aus?",
        5,
    ),
    _cli(
        "es",
        "Trabajo en orientación. Primera clienta: Marta, 29 años, dependienta, quiere análisis de datos, "
        "4 horas por semana",
        "ahora con Luis, 35 años, él quiere la nube, no tiene dinero",
        "volviendo a Marta: ¿cuál es su plan?",
        4,
    ),
    _cli(
        "fr",
        "Je suis conseiller en insertion. Première personne : Chloé, 27 ans, caissière, veut l'analyse de "
        "données, 5 h par semaine",
        "passons à Hugo, 31 ans, il veut travailler dans le cloud, sans budget",
        "revenons à Chloé : son parcours ?",
        5,
    ),
    _cli(
        "fi",
        "Olen työvalmentaja. Ensimmäinen asiakas: Aino, 38, kassatyöntekijä, haluaa data-analytiikkaa, "
        "4 tuntia viikossa",
        "Toinen asiakas: Pekka, 50 vuotta, haluaa pilvipalveluihin, ei rahaa",
        "palataan Ainoon, näytä hänen suunnitelmansa",
        4,
    ),
    _cli(
        "vi",
        "Tôi là tư vấn viên hướng nghiệp. Khách hàng thứ nhất: chị Lan, 33 tuổi, thu ngân, muốn học phân "
        "tích dữ liệu, 4 giờ mỗi tuần",
        "Người tiếp theo: anh Tuấn, 40 tuổi, muốn học điện toán đám mây, không có tiền",
        "quay lại chị Lan, lộ trình của chị ấy thế nào?",
        4,
    ),
    _cli(
        "hi",
        "मैं रोज़गार सलाहकार हूँ। पहली क्लाइंट: नेहा, 28 साल, कैशियर, डेटा एनालिसिस सीखना चाहती है, हफ्ते में 4 घंटे",
        "दूसरी क्लाइंट: अंजलि, 35 साल, क्लाउड सीखना चाहती है, पैसे नहीं हैं",
        "वापस नेहा पर, उसकी योजना क्या है?",
        4,
    ),
    _cli(
        "bn",
        "আমি কর্মসংস্থান পরামর্শদাতা। প্রথম ক্লায়েন্ট: সুমি, ২৮ বছর, ক্যাশিয়ার, ডেটা অ্যানালিসিস শিখতে চায়, সপ্তাহে ৪ ঘণ্টা",
        "আরেকজন ক্লায়েন্ট: রহিম, ৩৫ বছর, ক্লাউড শিখতে চায়, টাকা নেই",
        "সুমির কথায় ফিরে আসি, ওর পরিকল্পনা দেখান",
        4,
    ),
    # no plan: a step asked to be left out
    (
        "en",
        "no_plan_skip",
        [
            T("I'd like to become a web developer", ["set_goal", "explore", "search"]),
            T("can we skip the javascript one", ["skip_step", "select", "explain"], cite_none=["lit-fw-203"]),
        ],
    ),
    (
        "fr",
        "no_plan_skip",
        [
            T("je veux devenir analyste de données", ["set_goal", "explore", "search"]),
            T("enlève celui sur Excel", ["skip_step", "select", "explain"]),
        ],
    ),
    # the pair just compared: which is more advanced / easier
    (
        "en",
        "pair_level",
        [
            T("I want to learn networking", ["set_goal", "search", "explore"]),
            T("compare the first two", ["compare"]),
            T("which of them is harder?", ["compare"], cite_min=2),
        ],
    ),
    (
        "de",
        "pair_level",
        [
            T("Ich will Netzwerke lernen", ["set_goal", "search", "explore"]),
            T("vergleich die ersten beiden", ["compare"]),
            T("und welcher ist anspruchsvoller?", ["compare"], cite_min=2),
        ],
    ),
    (
        "fi",
        "pair_level",
        [
            T("haluan oppia verkkoja", ["set_goal", "search", "explore"]),
            T("vertaa kahta ensimmäistä", ["compare"]),
            T("kumpi on helpompi?", ["compare"], cite_min=2),
        ],
    ),
    # experience is background
    (
        "en",
        "experience",
        [
            T(
                "any good course for cloud computing? zero experience here",
                ["search", "set_goal", "explore"],
                reply_excl=["computing experience", "cloud experience"],
            )
        ],
    ),
]


def lines() -> list[dict]:
    out = []
    for n, (lang, tag, turns) in enumerate(_CASES, 1):
        d = D(f"{lang}-trial22fixu-{n:02d}", ["trial22fixu", tag], turns, split="tune")
        out.append(dialogue_line(d, lang, "tune"))
    return out


if __name__ == "__main__":
    write_lines(Path(sys.argv[1]), lines())
