"""The broad29 batch (session 29, issue #12, tune): three general causes of the failing turns of the blind
sets of sessions 23-25 (tune from session 29), in the helper's own phrasings, written before the fixes were
first run (a check of that work, not a blind measure). Classes (tags):

- `cert_of_course`: which certificate a named course counts towards, then what the whole certificate costs:
  the certificate is cited (the price was the course's own).
- `instead`: a named certificate the catalogue lacks, then "anything similar / what do you have instead?": the
  nearest entries of that subject (the reply lost the subject and gave the counsellor's opening).
- `done_next`: a goal set, then "I finished <course>, what should I take after it?": the course is held and
  what follows it is named (the reply only recorded it as held).

Hinglish and Banglish turns accept a reply in any language (`any_lang`). Each language module adds
`dialogues("<lang>")`; the unseen variants (written after the fixes) are in
`evals/dialogues/unseen/broad29_unseen.py`."""

from __future__ import annotations

from dsl import EXPLAIN, GOAL, PLAN, REQ, SEARCH, SELECT, SKILLS, SKIP, D, T

CERT_TURN = REQ + ["search"]
CERT_COST = EXPLAIN + ["requirements", "plan"]
NEAREST = SEARCH + SELECT + ["refine"]
NEXT = EXPLAIN + ["requirements", "search", "plan"] + SKILLS + SKIP
GOAL_TURN = GOAL + PLAN + ["explore", "search"]

NET = ["ccna-net-101", "ccna-fondements-101", "ccna-route-201", "ccna-netmon-202", "ccna-netauto-203"]
NET += ["ccna-netsec-204", "ccna-cert-netops", "ccna-hw-102", "lcsi-ne-201", "lcsi-sdn-202", "lcsi-5g-204"]
CLOUD = ["hrd-cloud-101", "hrd-clouddev-204", "hrd-cloudsec-201", "hrd-cert-cloudsec", "lcsi-cloudops-205"]
CLOUD += ["ccna-hybrid-303", "hrd-cloudmig-301", "hrd-iam-202", "hrd-cloudnet-203", "hrd-cloudarch-302"]
CLOUD += ["hrd-clouddb-303", "hrd-cloudir-301", "hrd-iac-202", "hrd-virt-201"]
SEC = [
    "bvca-soc-101",
    "bvca-siem-201",
    "bvca-hard-202",
    "bvca-ir-203",
    "bvca-cert-defence",
    "bvca-pentest-201",
]
SEC += ["bvca-web-202", "bvca-vuln-204", "bvca-awareness-101", "ccna-netsec-204", "inl-cyber-201"]
SEC += ["inl-securite-103", "glcc-safe-104", "bvca-cert-offensive", "lcsi-anom-301"]
DATA = ["ual-datos-101", "ual-sql-102", "ual-python-201", "ual-estad-202", "ual-visual-203", "ual-cert-datos"]
DATA += ["diaa-viz-204", "diaa-statsw-203", "glcc-office-106", "nda-model-102", "nda-dwh-202", "nda-de-101"]
HELP = ["glcc-help-201", "glcc-sys-202", "glcc-solve-105", "ccna-ops-205", "ccna-hw-102", "ccna-email-103"]
HELP += ["aec-hw-105", "glcc-cert-df"]

_Batch = dict[str, list[tuple[list[str], list[T]]]]


def _cert(question: str, cost: str, cert: str, **extra: object) -> tuple[list[str], list[T]]:
    return (
        ["cert_of_course"],
        [T(question, CERT_TURN, cite_any=[cert], **extra), T(cost, CERT_COST, cite_any=[cert], **extra)],
    )


def _instead(ask: str, nearest: str, subject: list[str], **extra: object) -> tuple[list[str], list[T]]:
    return (["instead"], [T(ask, SEARCH, **extra), T(nearest, NEAREST, cite_any=subject, **extra)])


def _next(goal: str, done: str, held: str, after: list[str], **extra: object) -> tuple[list[str], list[T]]:
    return (
        ["done_next"],
        [T(goal, GOAL_TURN, **extra), T(done, NEXT, held=[held], cite_any=after, **extra)],
    )


_BATCH: _Batch = {
    "en": [
        _cert(
            "Which certificate does Staying Safe Online count towards?",
            "and how much would the full certificate come to?",
            "glcc-cert-df",
        ),
        _instead(
            "do you run the Cisco CCNA course?",
            "hmm, anything similar then?",
            NET,
        ),
        _next(
            "I'd like to become a database administrator",
            "I completed Data Modelling Essentials in the spring - which course should I do after it?",
            "nda-model-102",
            ["nda-dba-201", "nda-cert-dba", "nda-dwh-202"],
        ),
    ],
    "de": [
        _cert(
            "Zu welchem Zertifikat zählt der Kurs Linux-Systemadministration kompakt?",
            "Und wie teuer ist das komplette Zertifikat?",
            "hrd-cert-sysadmin",
        ),
        _instead(
            "Habt ihr den Kurs zum Google IT Support Professional Certificate?",
            "Schade, habt ihr was Ähnliches?",
            HELP,
        ),
        _next(
            "Ich möchte Data Engineer werden.",
            "Data Engineering Foundations habe ich letzten Monat fertig gemacht. "
            "Was soll ich danach belegen?",
            "nda-de-101",
            ["nda-etl-201", "nda-migr-203", "nda-cert-de"],
        ),
    ],
    "es": [
        _cert(
            "¿A qué certificado pertenece SQL para el análisis de datos?",
            "¿y cuánto sale el certificado completo?",
            "ual-cert-datos",
        ),
        _instead(
            "¿tenéis el curso de Microsoft PL-300 de Power BI?",
            "vaya, ¿y qué tenéis en su lugar?",
            DATA,
        ),
        _next(
            "quiero ser desarrolladora web",
            "ya completé Programming Fundamentals in Python, ¿qué curso me toca después?",
            "lit-prog-101",
            ["lit-web-201", "lit-api-204", "lit-cert-web", "lit-oop-102", "lit-debug-202"],
        ),
    ],
    "fr": [
        _cert(
            "« Conduire une analyse d'impact (AIPD) » fait partie de quel certificat ?",
            "et le certificat entier, il coûte combien ?",
            "inl-cert-gouv",
        ),
        _instead(
            "est-ce que vous proposez la certification CEH (Certified Ethical Hacker) ?",
            "dommage, vous avez quoi d'équivalent ?",
            SEC,
        ),
        _next(
            "je veux devenir ingénieure réseau",
            "j'ai terminé Networking Fundamentals le mois dernier, je prends quoi après ça ?",
            "ccna-net-101",
            ["ccna-route-201", "ccna-netmon-202", "ccna-netauto-203", "ccna-netsec-204", "ccna-cert-netops"],
        ),
    ],
    "fi": [
        _cert(
            "Mihin todistukseen Log Analysis and SIEM Engineering kuuluu?",
            "Paljonko koko todistus maksaa yhteensä?",
            "bvca-cert-defence",
        ),
        _instead(
            "Onko teillä AWS Cloud Practitioner -kurssia?",
            "Okei, mitä teillä on sen sijaan?",
            CLOUD,
        ),
        _next(
            "Haluan ohjelmistotestaajaksi.",
            "Suoritin Object-Oriented Programming in Java -kurssin syksyllä. Mikä kurssi sen jälkeen?",
            "lit-oop-102",
            ["lit-test-201", "lit-design-301", "lit-cert-swe"],
        ),
    ],
    "vi": [
        _cert(
            "Khóa Deep Learning and Neural Networks thuộc chứng chỉ nào?",
            "Cả chứng chỉ đó tổng cộng bao nhiêu tiền?",
            "diaa-cert-aml",
        ),
        _instead(
            "Bên bạn có khóa CompTIA Security+ không?",
            "Vậy có khóa nào tương tự không?",
            SEC,
        ),
        _next(
            "Mình muốn trở thành kỹ sư đám mây.",
            "Mình đã học xong Grundlagen des Cloud Computing rồi, sau đó nên học khóa nào?",
            "hrd-cloud-101",
            ["hrd-cloudsec-201", "hrd-iam-202", "hrd-cloudnet-203", "hrd-clouddev-204", "hrd-cert-cloudsec"],
        ),
    ],
    "hi": [
        _cert(
            "Network Monitoring and Diagnostics किस सर्टिफिकेट का हिस्सा है?",
            "पूरा सर्टिफिकेट कुल मिलाकर कितने का पड़ेगा?",
            "ccna-cert-netops",
        ),
        _instead(
            "क्या आपके पास Microsoft Azure AZ-104 का कोर्स है?",
            "तो इसके बदले क्या है?",
            CLOUD,
        ),
        _next(
            "mujhe aage chalke data scientist banna hai",
            "maine Applied Machine Learning with Python course kar liya hai, ab aage kya karu?",
            "diaa-ml-201",
            ["diaa-dl-202", "diaa-cert-aml", "diaa-mlops-303", "diaa-isd-304"],
            any_lang=True,
        ),
    ],
    "bn": [
        _cert(
            "Front-End Web Development কোন সার্টিফিকেটের মধ্যে পড়ে?",
            "পুরো সার্টিফিকেটের দাম কত?",
            "lit-cert-web",
        ),
        _instead(
            "আপনাদের কাছে কি Google Data Analytics কোর্স আছে?",
            "তাহলে এর মতো কিছু আছে?",
            DATA,
        ),
        _next(
            "আমি ভবিষ্যতে সাইবার নিরাপত্তা বিশেষজ্ঞ হতে চাই",
            "Security Operations Fundamentals কোর্সটা শেষ করেছি। এরপর কোন কোর্স নেব?",
            "bvca-soc-101",
            ["bvca-siem-201", "bvca-hard-202", "bvca-pentest-201", "bvca-cert-defence", "bvca-ir-203"],
        ),
    ],
}


def dialogues(lang: str) -> list[D]:
    """The batch's dialogues of one language, ids `<lang>-broad29-NN`, tags `broad29` and the class."""
    return [
        D(f"{lang}-broad29-{n:02d}", ["broad29", *tags], turns, split="tune")
        for n, (tags, turns) in enumerate(_BATCH[lang], start=1)
    ]
