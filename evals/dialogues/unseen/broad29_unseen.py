"""Unseen variants of the broad29 classes (session 29): the certificate a course counts towards, the nearest
entries after a name the catalogue lacks, what follows a course just finished - in phrasings written after the
fixes and committed before their first run, other than the batch's, the tests' and the blind sets' (other
courses and certificates, other verbs, a question first, typos, romanised Hindi and Bengali). Not part of
dialogues.jsonl; `python evals/dialogues/unseen/broad29_unseen.py OUT.jsonl` writes them, then `pathfinder
eval dialogues OUT.jsonl --score` scores them."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "authoring"))

from broad29_lists import CERT_COST, CERT_TURN, CLOUD, DATA, GOAL_TURN, NEAREST, NET, NEXT, SEC  # noqa: E402
from dsl import SEARCH, D, T, dialogue_line, write_lines  # noqa: E402


def _cert(lang: str, question: str, cost: str, cert: str, **extra: object) -> tuple[str, str, list[T]]:
    turns = [T(question, CERT_TURN, cite_any=[cert], **extra), T(cost, CERT_COST, cite_any=[cert], **extra)]
    return lang, "cert_of_course", turns


def _instead(
    lang: str, ask: str, nearest: str, subject: list[str], **extra: object
) -> tuple[str, str, list[T]]:
    return lang, "instead", [T(ask, SEARCH, **extra), T(nearest, NEAREST, cite_any=subject, **extra)]


def _next(
    lang: str, goal: str, done: str, held: str, after: list[str], **extra: object
) -> tuple[str, str, list[T]]:
    turns = [T(goal, GOAL_TURN, **extra), T(done, NEXT, held=[held], cite_any=after, **extra)]
    return lang, "done_next", turns


_CASES: list[tuple[str, str, list[T]]] = [
    _cert(
        "en",
        "is Incident Handling and Threat Hunting part of a bigger certificate?",
        "ok and the complete certificate, what's the total price?",
        "bvca-cert-defence",
    ),
    _next(
        "en",
        "goal: software developer",
        "just passed Debugging and Troubleshooting Production Code!! what do i take next after it",
        "lit-debug-202",
        ["lit-cert-swe", "lit-design-301", "lit-oop-102", "lit-test-201"],
    ),
    _instead(
        "de",
        "Bietet ihr den Azure Administrator AZ-104 an?",
        "ok, und was gäbe es alternativ?",
        CLOUD,
    ),
    _next(
        "de",
        "Ich will Netzwerkadministrator werden",
        "Routing, Switching and Network Design hab ich jetzt durch. Was kommt danach?",
        "ccna-route-201",
        ["ccna-cert-netops", "ccna-capacity-302", "ccna-hybrid-303", "ccna-sysint-304"],
    ),
    _cert(
        "es",
        "¿Computer Vision Engineering forma parte de algún certificado?",
        "¿cuánto costaría el certificado entero?",
        "diaa-cert-aml",
    ),
    _instead(
        "es",
        "¿dan el curso oficial de Cisco CyberOps?",
        "bueno, ¿y algo similar?",
        SEC,
    ),
    _cert(
        "fr",
        "« Les fondamentaux du RGPD », c'est rattaché à quel certificat ?",
        "Combien coûte le certificat complet ?",
        "inl-cert-gouv",
    ),
    _instead(
        "fr",
        "Vous avez la formation Tableau Desktop Specialist ?",
        "ok, et vous avez quoi de similaire ?",
        DATA,
    ),
    _next(
        "fi",
        "Tavoitteena tietokantojen ylläpitäjä",
        "Relational Database Administration on nyt suoritettu. Mitä sen jälkeen kannattaa ottaa?",
        "nda-dba-201",
        ["nda-dbsec-301", "nda-dbphys-302", "nda-cert-dba"],
    ),
    _instead(
        "fi",
        "Onko teillä Cisco CCNA -koulutusta?",
        "No onko jotain samanlaista?",
        NET,
    ),
    _cert(
        "vi",
        "Khóa Python para el análisis de datos thuộc về chứng chỉ nào vậy?",
        "Vậy cả chứng chỉ đó hết bao nhiêu?",
        "ual-cert-datos",
    ),
    _next(
        "vi",
        "em muốn làm chuyên viên an ninh mạng",
        "em đã hoàn thành khóa Log Analysis and SIEM Engineering rồi, tiếp theo nên học gì ạ?",
        "bvca-siem-201",
        ["bvca-ir-203", "bvca-cert-defence", "bvca-hard-202"],
    ),
    _instead(
        "hi",
        "kya aapke paas AWS Solutions Architect ka course hai?",
        "accha, toh iske badle kya hai?",
        CLOUD,
        any_lang=True,
    ),
    _cert(
        "hi",
        "Parallel Programming with MPI and OpenMP किस सर्टिफिकेट में गिना जाता है?",
        "उस पूरे सर्टिफिकेट का कुल खर्च कितना है?",
        "padr-cert-hpc",
    ),
    _next(
        "bn",
        "ami data engineer hote chai",
        "Data Engineering Foundations course ta shesh korechi, er pore ki korbo?",
        "nda-de-101",
        ["nda-etl-201", "nda-migr-203", "nda-cert-de"],
        any_lang=True,
    ),
    _cert(
        "bn",
        "Machine Learning for Network Traffic Analysis কোন সার্টিফিকেটের অংশ?",
        "পুরো সার্টিফিকেটটা করতে মোট কত টাকা লাগবে?",
        "lcsi-cert-ainet",
    ),
]


def lines() -> list[dict]:
    out = []
    for n, (lang, tag, turns) in enumerate(_CASES, 1):
        d = D(f"{lang}-broad29u-{n:02d}", ["broad29u", tag], turns, split="tune")
        out.append(dialogue_line(d, lang, "tune"))
    return out


if __name__ == "__main__":
    write_lines(Path(sys.argv[1]), lines())
