"""Unseen variants of the goals20 classes (session 20): phrasings written after the fixes, never run before
they were committed, in other words, languages, word orders and typos than the batch's and the tests', to
measure whether the rules generalise ("unseen variants: k/n" in docs/BENCHMARKS.md). Not part of
dialogues.jsonl; `python evals/dialogues/unseen/goals20_unseen.py OUT.jsonl` writes them, then
`pathfinder eval dialogues OUT.jsonl --score` scores them."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "authoring"))

from dsl import OCC, D, T, dialogue_line, write_lines  # noqa: E402
from goals20_lists import DPO, GDPR, MICRO, SAFE  # noqa: E402
from t11goal_lists import ANY  # noqa: E402

_CASES: list[tuple[str, str, str, dict]] = [
    # workplaces are no roles
    (
        "en",
        "workplace",
        "I've been working at a supermarket for 6 years, want to do something in IT",
        {"role_not": ["supermarket"]},
    ),
    (
        "de",
        "workplace",
        "arbeite seit Jahren in einer Bank, will jetzt Richtung Datenanalyse",
        {"role_not": ["bank", "arbeite"], "goal": OCC["data_analyst"]},
    ),
    (
        "es",
        "workplace",
        "trabajo en una fábrica y me gustaría aprender redes",
        {"role_not": ["fábrica", "fabrica", "trabajo"]},
    ),
    (
        "fr",
        "workplace",
        "je bosse à l'hôpital et je voudrais apprendre l'analyse de données",
        {"role_not": ["hôpital", "hopital", "bosse"]},
    ),
    (
        "fi",
        "workplace",
        "olen töissä sairaalassa ja haluaisin oppia data-analytiikkaa",
        {"role_not": ["sairaala", "töissä"]},
    ),
    ("vi", "workplace", "tôi làm ở nhà máy, muốn học lập trình web", {"role_not": ["nhà máy"]}),
    ("hi", "workplace", "मैं एक कॉल सेंटर में काम करती हूँ, मुझे डेटा एनालिटिक्स सीखना है", {"role_not": ["सेंटर", "कॉल"]}),
    (
        "bn",
        "workplace",
        "আমি একটা ব্যাংকে চাকরি করি, সাইবার সিকিউরিটি শিখতে চাই",
        {"role_not": ["ব্যাংক"], "goal": OCC["cyber"]},
    ),
    # goal labels: typos of the wish verb, whom it is for
    (
        "en",
        "label",
        "i wnt to lern web developement from zero",
        {"goal_not": ["lern", "wnt"], "goal": OCC["web"]},
    ),
    (
        "en",
        "label",
        "we need to build micro-credentials for the nurses at our hospital",
        {"goal": MICRO, "goal_not": ["nurses", "hospital"]},
    ),
    (
        "de",
        "label",
        "ich will Micro-Credentials für unsere Mitarbeiter gestalten",
        {"goal": MICRO, "goal_not": ["mitarbeiter"]},
    ),
    (
        "fr",
        "label",
        "je voudrais concevoir des micro-certifications pour les enseignants de ma région",
        {"goal": MICRO, "goal_not": ["enseignants", "région", "region"]},
    ),
    # areas by meaning: data protection
    (
        "en",
        "area",
        "how do I get into data privacy and GDPR compliance?",
        {"goal": DPO, "cite_any": GDPR, "cite_none": SAFE},
    ),
    ("de", "area", "mich interessiert die DSGVO, was gibt es da?", {"goal": DPO, "cite_none": SAFE}),
    ("vi", "area", "tôi muốn học về quyền riêng tư và bảo vệ dữ liệu", {"goal": DPO, "cite_none": SAFE}),
    ("hi", "area", "मुझे डेटा प्राइवेसी में करियर बनाना है", {"goal": DPO, "cite_none": SAFE}),
    # an adviser's group: no format unasked, no group word in the goal
    (
        "en",
        "adviser_group",
        "I'm mentoring 8 young mothers who want to earn through online freelancing and social media "
        "marketing",
        {"no_part": True, "goal_not": ["mothers", "freelanc"]},
    ),
    (
        "es",
        "adviser_group",
        "asesoro a un grupo de mujeres que quieren hacer marketing digital y trabajos en línea",
        {"no_part": True, "goal_not": ["mujeres", "grupo"]},
    ),
]


def dialogues() -> list[D]:
    return [
        D(f"{lang}-goals20u-{n:02d}", ["goals20_unseen", tag], [T(text, ANY, **checks)], split="tune")
        for n, (lang, tag, text, checks) in enumerate(_CASES, start=1)
    ]


def main(out: Path) -> None:
    write_lines(out, (dialogue_line(d, d.id.split("-")[0], "tune") for d in dialogues()))


if __name__ == "__main__":
    main(Path(sys.argv[1]))
