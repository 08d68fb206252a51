"""Unseen variants of the trial27 classes (session 27): phrasings written after the fixes and committed before
their first run, in other cues, word orders and registers than the batch's and the tests', to measure whether
the rules generalise ("unseen variants: k/n" in docs/BENCHMARKS.md). Not part of dialogues.jsonl; `python
evals/dialogues/unseen/trial27_unseen.py OUT.jsonl` writes them, then `pathfinder eval dialogues OUT.jsonl
--score` scores them."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "authoring"))

from dsl import D, T, dialogue_line, write_lines  # noqa: E402
from trial27_lists import CLOUD, CYBER, ENROL, LANG_Q, NEEDS, NETWORK, OFF_NETWORK, OPEN, PLAN, SKIP  # noqa: E402

EN_CLOUD = ["lcsi-cloudops-205", "hrd-clouddev-204", "hrd-cloudmig-301", "ccna-hybrid-303"]
# the reply says the assistant does not enrol (the ordinary word for it in each language)
ENROL_WORDS = {
    "en": ["enrol"],
    "de": ["Anmeldung", "anmelden"],
    "es": ["inscripción", "inscribirte"],
    "fr": ["inscription", "inscrire"],
    "fi": ["ilmoittautu", "ilmoittaa"],
    "vi": ["đăng ký"],
    "hi": ["दाख़िला", "दाखिला", "रजिस्टर"],
    "bn": ["ভর্তি", "নিবন্ধন"],
}
NO_INTRO_HELD = {
    "cite_none": ["bvca-siem-201"],
    "plan_excl": ["bvca-siem-201"],
    "held_not": ["inl-cyber-201"],
}

_CASES: list[tuple[str, str, list[T]]] = [
    # a language asked after a list
    (
        "de",
        "lang_after_list",
        [
            T("Ich möchte Cloud-Ingenieur werden", OPEN),
            T(
                "mein Englisch ist eher mäßig, lieber was auf Deutsch",
                LANG_Q,
                lead_langs=["de"],
                cite_none=EN_CLOUD,
            ),
        ],
    ),
    (
        "en",
        "lang_after_list",
        [
            T("I'd like to get into cloud computing", OPEN),
            T("preferably in German, my English isn't great", LANG_Q, lead_langs=["de"], cite_none=EN_CLOUD),
        ],
    ),
    (
        "fr",
        "lang_after_list",
        [
            T("je voudrais me former à la cybersécurité", OPEN),
            T(
                "je préfère en français si possible",
                LANG_Q,
                lead_langs=["fr"],
                cite_any=["inl-cyber-201", "inl-pssi-203"],
            ),
        ],
    ),
    (
        "fi",
        "lang_after_list",
        [
            T("haluaisin opiskella pilvipalveluja", OPEN),
            T("entä suomenkielisiä kursseja, onko?", LANG_Q, cite_any=CLOUD, reply_any=["saksa"]),
        ],
    ),
    (
        "vi",
        "lang_after_list",
        [
            T("em muốn học an ninh mạng", OPEN),
            T("mấy khóa này có bản tiếng Việt không ạ?", LANG_Q, cite_any=CYBER, reply_any=["tiếng Đức"]),
        ],
    ),
    # an introduction done
    (
        "en",
        "intro_done",
        [
            T(
                "my goal is cybersecurity technician, about 6 hrs a week and 300 EUR max",
                PLAN + ["set_goal"],
                plan=True,
            ),
            T(
                "did an intro course to cybersecurity already, is that one still needed?",
                SKIP,
                **NO_INTRO_HELD,
            ),
        ],
    ),
    (
        "es",
        "intro_done",
        [
            T(
                "quiero ser técnica de ciberseguridad, 5 horas por semana, máximo 300 euros",
                PLAN + ["set_goal"],
                plan=True,
            ),
            T(
                "el año pasado hice una iniciación a la ciberseguridad, ¿me lo puedo saltar?",
                SKIP,
                **NO_INTRO_HELD,
            ),
        ],
    ),
    (
        "de",
        "intro_done",
        [
            T(
                "Ziel: Techniker für Cybersicherheit, 5 Std pro Woche, max 300 Euro",
                PLAN + ["set_goal"],
                plan=True,
            ),
            T(
                "Einen Grundkurs in Cybersicherheit hab ich schon, können wir den streichen?",
                SKIP,
                **NO_INTRO_HELD,
            ),
        ],
    ),
    # cheaper stays on the subject
    (
        "en",
        "cheaper_subject",
        [
            T("what networking courses do you have?", ["search", "set_goal", "explore"]),
            T(
                "hmm those cost a lot, got something less expensive?",
                ["refine"],
                cite_any=NETWORK,
                cite_none=OFF_NETWORK,
            ),
        ],
    ),
    (
        "es",
        "cheaper_subject",
        [
            T("busco formación en redes informáticas", ["search", "set_goal", "explore"]),
            T(
                "se me va de presupuesto, ¿no hay nada más económico?",
                ["refine"],
                cite_any=NETWORK,
                cite_none=OFF_NETWORK,
            ),
        ],
    ),
    (
        "vi",
        "cheaper_subject",
        [
            T("có khóa nào về mạng máy tính không?", ["search", "set_goal", "explore"]),
            T("giá cao quá, còn khóa nào rẻ hơn không?", ["refine"], cite_any=NETWORK, cite_none=OFF_NETWORK),
        ],
    ),
    # hours a week by a date
    (
        "en",
        "hours_by_date",
        [
            T("I want to become a cloud engineer", OPEN),
            T(
                "if I want to finish before next Christmas, how many hours a week is that?",
                PLAN,
                reply_any=NEEDS["en"],
            ),
        ],
    ),
    (
        "de",
        "hours_by_date",
        [
            T("ich will Datenanalystin werden", OPEN),
            T(
                "wie viele Stunden pro Woche muss ich einplanen, damit ich bis zum Sommer durch bin?",
                PLAN,
                reply_any=NEEDS["de"],
            ),
        ],
    ),
    (
        "fr",
        "hours_by_date",
        [
            T("je veux devenir analyste de données", OPEN),
            T(
                "pour avoir fini avant la rentrée de septembre, combien d'heures par semaine ?",
                PLAN,
                reply_any=NEEDS["fr"],
            ),
        ],
    ),
    (
        "hi",
        "hours_by_date",
        [
            T("मुझे क्लाउड इंजीनियर बनना है", OPEN),
            T("अगर अगले दिसंबर तक खत्म करना है तो हर हफ्ते कितने घंटे पढ़ना होगा?", PLAN, reply_any=NEEDS["hi"]),
        ],
    ),
    # enrolment
    (
        "en",
        "enrol",
        [
            T("show me cyber security courses for beginners", OPEN),
            T(
                "perfect, can you book me onto the first one?",
                ENROL,
                cite_any=CYBER,
                plan=False,
                reply_any=ENROL_WORDS["en"],
            ),
        ],
    ),
    (
        "de",
        "enrol",
        [
            T("zeig mir Kurse zur Cybersicherheit", OPEN),
            T(
                "kannst du mich beim ersten anmelden?",
                ENROL,
                cite_any=CYBER,
                plan=False,
                reply_any=ENROL_WORDS["de"],
            ),
        ],
    ),
    (
        "fr",
        "enrol",
        [
            T("je veux apprendre le cloud", OPEN),
            T(
                "ok je veux m'inscrire à la première",
                ENROL,
                cite_any=CLOUD,
                plan=False,
                reply_any=ENROL_WORDS["fr"],
            ),
        ],
    ),
    (
        "fi",
        "enrol",
        [
            T("näytä tietoturvakursseja", OPEN),
            T(
                "miten ilmoittaudun ensimmäiselle?",
                ENROL,
                cite_any=CYBER,
                plan=False,
                reply_any=ENROL_WORDS["fi"],
            ),
        ],
    ),
    (
        "bn",
        "enrol",
        [
            T("আমি ক্লাউড শিখতে চাই", OPEN),
            T("প্রথমটায় আমার নিবন্ধন করে দিন", ENROL, cite_any=CLOUD, plan=False, reply_any=ENROL_WORDS["bn"]),
        ],
    ),
    # another client in a learner's chat
    (
        "de",
        "client_account",
        [
            T(
                "Ich bin Jobcoach. Meine Klientin Anja, 38, Kassiererin, will Datenanalystin werden, "
                "5 Stunden pro Woche",
                OPEN,
            ),
            T(
                "Nächster Klient: Tobias, 25, will in die Cloud",
                ["smalltalk"],
                goal="data_analyst",
                reply_any=["eigenes Konto"],
            ),
        ],
    ),
]


def lines() -> list[dict]:
    out = []
    for n, (lang, tag, turns) in enumerate(_CASES, 1):
        d = D(f"{lang}-trial27u-{n:02d}", ["trial27u", tag], turns, split="tune")
        out.append(dialogue_line(d, lang, "tune"))
    return out


if __name__ == "__main__":
    write_lines(Path(sys.argv[1]), lines())
