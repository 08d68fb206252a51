"""Writes goal_phrasings_tune.jsonl and goal_phrasings_heldout.jsonl: one-turn dialogues stating a goal,
with the occupations or areas a fair reviewer would accept (substrings of the goal's label or URI, as
`goal_any` in evals/dialogues). Written in session 13 (branch goals13) from ESCO labels and the writer's own
knowledge, before any code change and without reading eval turns. The held-out half is measured, never fixed
from."""

from __future__ import annotations

import json
from pathlib import Path

DATA_ENG = [
    "data scientist",
    "data warehouse",
    "data engineer",
]  # ESCO: "data engineer" is data scientist's alt
DATA_SCI = ["data scien"]
DATA = ["data"]
CLOUD = ["cloud"]
CYBER = ["secur", "cyber", "ethical hacker", "forensic", "penetration"]
DEVOPS = ["cloud engineer", "devops", "system administrator", "configuration manager"]
QA = ["tester", "software test", "quality"]
SYSADMIN = ["system administrator", "9e2e6e1e"]
FULLSTACK = ["web developer", "software developer"]
WEB = ["web developer"]
NET = ["network"]
AI = ["artificial intelligence", "intelligent systems", "machine learning", "computer vision"]
TEACH = ["teacher", "computer science lecturer"]  # ICT teacher secondary school, digital literacy teacher
TEACH_AI = [*TEACH, *AI]

# (lang, tune phrasing, held-out phrasing, accepted tune, accepted held-out)
ROWS: dict[str, list[tuple[str, list[str], str, list[str]]]] = {
    "en": [
        (
            "I want to become a data engineer",
            DATA_ENG,
            "hoping to land a job as a big data engineer",
            DATA_ENG,
        ),
        ("looking to move into something with clouds", CLOUD, "I want to work in cloud computing", CLOUD),
        ("my goal: SOC analyst", CYBER, "goal is security operations centre analyst", CYBER),
        ("I'd like to work as a QA tester", QA, "I want to become a software tester", QA),
        (
            "I'm a secondary school teacher and I want to teach computer science to my pupils",
            TEACH,
            "I teach maths at a high school and want to be able to teach my students about AI",
            TEACH_AI,
        ),
        (
            "want to get into cyber",
            CYBER,
            "something in cybersecurity please, I want to switch careers",
            CYBER,
        ),
        (
            "aiming for a full stack dev job",
            FULLSTACK,
            "I'd love to become a full-stack web developer",
            FULLSTACK,
        ),
        ("I want to become a DevOps engineer", DEVOPS, "I want to be a sysadmin", SYSADMIN),
    ],
    "de": [
        ("Ich möchte Data-Engineerin werden", DATA_ENG, "Mein Ziel ist Dateningenieur", DATA_ENG),
        (
            "Ich will was mit KI machen",
            AI,
            "Ich interessiere mich für künstliche Intelligenz und will beruflich dahin",
            AI,
        ),
        ("Mein Ziel: Systemadministrator", SYSADMIN, "Ich will Netzwerkadministratorin werden", NET),
        ("Ich möchte Softwaretesterin werden", QA, "Ich möchte QA-Tester werden", QA),
        (
            "Ich bin Lehrerin an einem Gymnasium und möchte Informatik unterrichten",
            TEACH,
            "Als Grundschullehrer möchte ich meinen Schülern Programmieren beibringen",
            TEACH,
        ),
        (
            "Ich will in die IT-Sicherheit wechseln",
            CYBER,
            "Ich möchte als Cybersecurity-Analyst arbeiten",
            CYBER,
        ),
        ("Ich möchte als Webentwickler arbeiten", WEB, "Ich will Full-Stack-Entwicklerin werden", FULLSTACK),
        ("Ich würde gern DevOps-Engineer werden", DEVOPS, "irgendwas mit Cloud", CLOUD),
    ],
    "es": [
        ("Quiero ser ingeniero de datos", DATA_ENG, "me gustaría ser data engineer", DATA_ENG),
        ("me interesa la ciberseguridad, quiero trabajar en eso", CYBER, "quiero ser analista SOC", CYBER),
        ("quiero ser administradora de sistemas", SYSADMIN, "mi meta es ser sysadmin", SYSADMIN),
        ("mi objetivo es trabajar como tester QA", QA, "quiero ser probadora de software", QA),
        (
            "soy profesora de secundaria y quiero enseñar informática",
            TEACH,
            "soy maestro y quiero enseñar programación a mis alumnos",
            TEACH,
        ),
        ("quiero trabajar en la nube", CLOUD, "algo de cloud", CLOUD),
        ("quiero ser desarrollador full stack", FULLSTACK, "quiero ser desarrolladora web", WEB),
        ("quiero dedicarme a la inteligencia artificial", AI, "quiero ser ingeniero DevOps", DEVOPS),
    ],
    "fr": [
        ("je veux devenir ingénieure data", DATA_ENG, "mon objectif : data engineer", DATA_ENG),
        ("je voudrais travailler dans la data", DATA, "je voudrais devenir analyste SOC", CYBER),
        (
            "je suis prof de maths au lycée et on me demande d'enseigner NSI",
            TEACH,
            "je suis enseignante en collège et je voudrais enseigner l'informatique",
            TEACH,
        ),
        ("je veux devenir administrateur systèmes", SYSADMIN, "je veux devenir sysadmin", SYSADMIN),
        ("je veux me reconvertir dans la cybersécurité", CYBER, "quelque chose dans l'IA", AI),
        ("objectif : testeur logiciel", QA, "je veux devenir testeuse QA", QA),
        ("je veux devenir développeuse full stack", FULLSTACK, "je voudrais être développeur web", WEB),
        ("je veux bosser dans le cloud", CLOUD, "je veux devenir ingénieur DevOps", DEVOPS),
    ],
    "fi": [
        ("haluan datainsinööriksi", DATA_ENG, "tavoitteena data engineer", DATA_ENG),
        ("haluaisin tehdä jotain tekoälyn parissa", AI, "haluan tekoälyalalle", AI),
        ("haluan järjestelmänvalvojaksi", SYSADMIN, "haluan sysadminiksi", SYSADMIN),
        ("haluan ohjelmistotestaajaksi", QA, "haluaisin QA-testaajaksi", QA),
        (
            "olen yläkoulun opettaja ja haluan opettaa ohjelmointia oppilailleni",
            TEACH,
            "olen lukion opettaja ja haluan opettaa tietotekniikkaa",
            TEACH,
        ),
        ("kyberturvallisuus kiinnostaa, haluan alalle", CYBER, "haluan SOC-analyytikoksi", CYBER),
        ("haluan full stack -kehittäjäksi", FULLSTACK, "haluan web-kehittäjäksi", WEB),
        ("pilvipalvelut kiinnostaa, haluan töihin sille alalle", CLOUD, "haluan DevOps-insinööriksi", DEVOPS),
    ],
    "vi": [
        ("tôi muốn trở thành kỹ sư dữ liệu", DATA_ENG, "mục tiêu: data engineer", DATA_ENG),
        ("em muốn làm gì đó về AI", AI, "tôi muốn làm việc trong lĩnh vực trí tuệ nhân tạo", AI),
        ("tôi muốn làm quản trị hệ thống", SYSADMIN, "em muốn làm sysadmin", SYSADMIN),
        ("mình muốn làm tester", QA, "tôi muốn trở thành kiểm thử viên phần mềm", QA),
        (
            "tôi là giáo viên cấp hai, muốn dạy tin học cho học sinh",
            TEACH,
            "tôi là giáo viên và muốn dạy học sinh về trí tuệ nhân tạo",
            TEACH_AI,
        ),
        ("em muốn theo ngành an ninh mạng", CYBER, "muốn làm chuyên viên phân tích SOC", CYBER),
        ("tôi muốn làm lập trình viên full stack", FULLSTACK, "tôi muốn làm lập trình web", WEB),
        ("muốn làm về điện toán đám mây", CLOUD, "mình muốn thành kỹ sư DevOps", DEVOPS),
    ],
    "hi": [
        ("मैं डेटा इंजीनियर बनना चाहता हूँ", DATA_ENG, "data engineer banna hai", DATA_ENG),
        ("मुझे डेटा साइंस में करियर बनाना है", DATA_SCI, "मुझे आर्टिफिशियल इंटेलिजेंस में काम करना है", AI),
        ("मैं सिस्टम एडमिनिस्ट्रेटर बनना चाहती हूँ", SYSADMIN, "sysadmin ki job chahiye", SYSADMIN),
        ("मुझे सॉफ्टवेयर टेस्टर बनना है", QA, "QA tester banna chahti hoon", QA),
        (
            "मैं स्कूल में शिक्षक हूँ और बच्चों को कंप्यूटर पढ़ाना चाहता हूँ",
            TEACH,
            "मैं शिक्षिका हूँ और छात्रों को AI सिखाना चाहती हूँ",
            TEACH_AI,
        ),
        ("साइबर सुरक्षा में जाना चाहता हूँ", CYBER, "SOC analyst बनना है", CYBER),
        ("main full stack developer banna chahta hoon", FULLSTACK, "मैं वेब डेवलपर बनना चाहता हूँ", WEB),
        ("क्लाउड में काम करना है", CLOUD, "DevOps इंजीनियर बनना चाहता हूँ", DEVOPS),
    ],
    "bn": [
        ("আমি ডেটা ইঞ্জিনিয়ার হতে চাই", DATA_ENG, "data engineer hote chai", DATA_ENG),
        ("ডেটা নিয়ে কিছু করতে চাই", DATA, "ক্লাউড নিয়ে কাজ করতে চাই", CLOUD),
        ("আমি সিস্টেম অ্যাডমিনিস্ট্রেটর হতে চাই", SYSADMIN, "sysadmin হতে চাই", SYSADMIN),
        ("আমি সফটওয়্যার টেস্টার হতে চাই", QA, "QA টেস্টার হতে চাই", QA),
        (
            "আমি স্কুলের শিক্ষক, ছাত্রছাত্রীদের কম্পিউটার বিজ্ঞান পড়াতে চাই",
            TEACH,
            "আমি শিক্ষিকা, শিক্ষার্থীদের এআই শেখাতে চাই",
            TEACH_AI,
        ),
        ("সাইবার নিরাপত্তায় ক্যারিয়ার গড়তে চাই", CYBER, "SOC analyst হতে চাই", CYBER),
        ("ami full stack developer hote chai", FULLSTACK, "আমি ওয়েব ডেভেলপার হতে চাই", WEB),
        ("কৃত্রিম বুদ্ধিমত্তা নিয়ে কাজ করতে চাই", AI, "DevOps ইঞ্জিনিয়ার হতে চাই", DEVOPS),
    ],
}


def _line(lang: str, half: str, n: int, text: str, accept: list[str]) -> str:
    row = {
        "id": f"{lang}-goal13{half[0]}-{n:02d}",
        "lang": lang,
        "split": f"goals_{half}",
        "tags": ["goal13"],
        "turns": [text],
        "expect": [{"profile": {"goal_any": accept}}],
    }
    return json.dumps(row, ensure_ascii=False)


def main() -> None:
    here = Path(__file__).parent
    for half, (ti, ai) in {"tune": (0, 1), "heldout": (2, 3)}.items():
        lines = [
            _line(lang, half, n, row[ti], row[ai])  # type: ignore[arg-type]
            for lang, rows in ROWS.items()
            for n, row in enumerate(rows, 1)
        ]
        (here / f"goal_phrasings_{half}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
