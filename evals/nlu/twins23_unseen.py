"""Unseen variants of the verbs-of-using fold (session 23, twins23): phrasings written after the fold, in
other jobs, words and languages than tests/test_twins23.py, read through the readers that use
`skill_use.says_using` (the job held, new to computers, a denied skill, no verb of using). Run: `python
evals/nlu/twins23_unseen.py`; it prints each case and "k/n". Written by the fold's author (not blind)
and first run before it was committed; on the base 2e3cbe7c it gives 9/20, on twins23 20/20."""

from __future__ import annotations

from datetime import date

from pathfinder.assistant.nlu.audience import learner_lacks
from pathfinder.assistant.nlu.skill_levels import held_levels
from pathfinder.assistant.nlu.skill_use import says_using
from pathfinder.assistant.nlu.understand import understand

TODAY = date(2026, 12, 7)


def _check(kind: str, text: str) -> bool:
    if kind == "job":  # a job whose name holds "use" is the job held
        return bool(understand(text, TODAY).clause_role)
    if kind == "no job":  # what someone uses is no job
        return not understand(text, TODAY).clause_role
    if kind == "computers":  # never having used a computer
        return learner_lacks(text).computers
    if kind == "no use":  # no verb of using
        return not says_using(text)
    skill, lang = DENIED[text]  # a short clause denying use denies the skill named before
    return held_levels(text, [skill], lang) == {skill: "none"}


DENIED = {
    "Tableau? nunca lo he utilizado": ("tableau", "es"),
    "Power BI? hab ich nie benutzt": ("power bi", "de"),
    "Linux? jamais utilisé": ("linux", "fr"),
    "Docker? en ole käyttänyt": ("docker", "fi"),
}
CASES: list[tuple[str, str]] = [
    ("job", "je suis masseuse dans un spa à Bordeaux"),
    ("job", "je travaille comme coiffeuse à Lille"),
    ("job", "moi je suis vendeuse chez Zara"),
    ("no job", "benutze jeden Tag Outlook und Teams"),
    ("no job", "utilizo SAP en la oficina"),
    ("no job", "käytin Jiraa edellisessä työssä"),
    ("no job", "j'utilise Photoshop tous les jours"),
    ("computers", "mi padre nunca ha usado un ordenador"),
    ("computers", "er hat nie einen Computer benutzt"),
    ("computers", "elle n'a jamais utilisé un ordinateur"),
    ("computers", "maine kabhi computer istemal nahi kiya"),
    ("computers", "has never worked with computers"),
    *(("denied", text) for text in DENIED),
    ("no use", "my user account is locked"),
    ("no use", "he used to be a baker"),
    ("no use", "Anwendungsentwicklung interessiert mich"),
    ("no use", "sertifioitu kurssi"),
]


def main() -> None:
    passed = 0
    for kind, text in CASES:
        ok = _check(kind, text)
        passed += ok
        print("PASS" if ok else "FAIL", kind, text, sep=" | ")
    print(f"{passed}/{len(CASES)}")


if __name__ == "__main__":
    main()
