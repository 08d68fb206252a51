"""One subject asked for in all eight languages: where its course comes in the assistant's list (issue 12,
session 17, branch t12lang; trial 12's t12-07 missed "Writing Learning Outcomes and Aligned Assessment" for
"resultados de aprendizaje"). Ten subjects written by that helper, each with the ids that teach it, asked as
"courses on <subject>" in each language by a learner with an empty profile (a first message). Per language and
overall: hit@1 and hit@3 (an expected id among the first one or three entries cited) and the mean reciprocal
rank of the first expected id among the citations (0 when absent). A tune measure (the helper who fixed the
class wrote it), not a blind one.

    .venv/bin/python bench/subjects_8lang.py [--json] [--failures]
"""

from __future__ import annotations

import argparse
import json
from datetime import date

TEMPLATES = {
    "en": "courses on {}",
    "de": "Kurse zu {}",
    "es": "cursos sobre {}",
    "fr": "des cours sur {}",
    "fi": "kursseja aiheesta {}",
    "vi": "khóa học về {}",
    "hi": "{} पर कोर्स",
    "bn": "{} নিয়ে কোর্স",
}

# (expected ids, {language: the subject in that language})
SUBJECTS: list[tuple[tuple[str, ...], dict[str, str]]] = [
    (
        ("aec-outcomes-102",),
        {
            "en": "writing learning outcomes",
            "de": "Lernergebnisse formulieren",
            "es": "redactar resultados de aprendizaje",
            "fr": "rédiger des acquis d'apprentissage",
            "fi": "oppimistavoitteiden kirjoittaminen",
            "vi": "viết chuẩn đầu ra học tập",
            "hi": "लर्निंग आउटकम लिखना",
            "bn": "শিখন ফলাফল লেখা",
        },
    ),
    (
        ("bvca-pentest-201", "bvca-cert-offensive"),
        {
            "en": "penetration testing",
            "de": "Penetrationstests",
            "es": "pruebas de penetración",
            "fr": "tests d'intrusion",
            "fi": "tunkeutumistestaus",
            "vi": "kiểm thử xâm nhập",
            "hi": "पेनिट्रेशन टेस्टिंग",
            "bn": "পেনিট্রেশন টেস্টিং",
        },
    ),
    (
        ("diaa-viz-204", "ual-visual-203"),
        {
            "en": "data visualisation",
            "de": "Datenvisualisierung",
            "es": "visualización de datos",
            "fr": "visualisation de données",
            "fi": "datan visualisointi",
            "vi": "trực quan hóa dữ liệu",
            "hi": "डेटा विज़ुअलाइज़ेशन",
            "bn": "ডেটা ভিজ্যুয়ালাইজেশন",
        },
    ),
    (
        ("hrd-cloudsec-201", "hrd-cert-cloudsec"),
        {
            "en": "cloud security",
            "de": "Cloud-Sicherheit",
            "es": "seguridad en la nube",
            "fr": "sécurité du cloud",
            "fi": "pilvitietoturva",
            "vi": "bảo mật đám mây",
            "hi": "क्लाउड सुरक्षा",
            "bn": "ক্লাউড নিরাপত্তা",
        },
    ),
    (
        ("aec-csteach-207",),
        {
            "en": "teaching computer science in secondary school",
            "de": "Informatik unterrichten an der Schule",
            "es": "enseñar informática en secundaria",
            "fr": "enseigner l'informatique au lycée",
            "fi": "tietotekniikan opettaminen koulussa",
            "vi": "dạy tin học ở trường trung học",
            "hi": "स्कूल में कंप्यूटर साइंस पढ़ाना",
            "bn": "স্কুলে কম্পিউটার বিজ্ঞান পড়ানো",
        },
    ),
    (
        ("ccna-netauto-203",),
        {
            "en": "network automation",
            "de": "Netzwerkautomatisierung",
            "es": "automatización de redes",
            "fr": "automatisation des réseaux",
            "fi": "verkon automaatio",
            "vi": "tự động hóa mạng",
            "hi": "नेटवर्क ऑटोमेशन",
            "bn": "নেটওয়ার্ক অটোমেশন",
        },
    ),
    (
        ("inl-rgpd-101", "inl-dpo-201", "inl-cert-gouv"),
        {
            "en": "GDPR compliance",
            "de": "DSGVO",
            "es": "protección de datos RGPD",
            "fr": "RGPD",
            "fi": "tietosuoja-asetus GDPR",
            "vi": "bảo vệ dữ liệu cá nhân GDPR",
            "hi": "डेटा संरक्षण GDPR",
            "bn": "ডেটা সুরক্ষা GDPR",
        },
    ),
    (
        ("diaa-ml-201", "diaa-cert-aml"),
        {
            "en": "machine learning",
            "de": "maschinelles Lernen",
            "es": "aprendizaje automático",
            "fr": "apprentissage automatique",
            "fi": "koneoppiminen",
            "vi": "học máy",
            "hi": "मशीन लर्निंग",
            "bn": "মেশিন লার্নিং",
        },
    ),
    (
        ("aec-dlteach-104",),
        {
            "en": "teaching digital literacy to adults",
            "de": "Erwachsenen digitale Kompetenzen beibringen",
            "es": "enseñar alfabetización digital a adultos",
            "fr": "enseigner le numérique aux adultes",
            "fi": "digitaitojen opettaminen aikuisille",
            "vi": "dạy kỹ năng số cho người lớn",
            "hi": "वयस्कों को डिजिटल साक्षरता सिखाना",
            "bn": "প্রাপ্তবয়স্কদের ডিজিটাল সাক্ষরতা শেখানো",
        },
    ),
    (
        ("lit-webstd-202",),
        {
            "en": "web accessibility",
            "de": "barrierefreie Webseiten",
            "es": "accesibilidad web",
            "fr": "accessibilité web",
            "fi": "verkkosaavutettavuus",
            "vi": "khả năng truy cập web",
            "hi": "वेब एक्सेसिबिलिटी",
            "bn": "ওয়েব অ্যাক্সেসিবিলিটি",
        },
    ),
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--failures", action="store_true", help="list the queries whose course is not first")
    args = parser.parse_args()

    from pathfinder.cli.dialogue_runner import build_eval_assistant
    from pathfinder.domain import LearnerProfile
    from pathfinder.domain.dialogue import History
    from pathfinder.settings import Settings

    assistant, _ = build_eval_assistant(Settings(), date(2026, 12, 4))
    per: dict[str, list[tuple[bool, bool, float]]] = {lang: [] for lang in TEMPLATES}
    misses = []
    for expected, names in SUBJECTS:
        for lang, template in TEMPLATES.items():
            message = template.format(names[lang])
            answer = None
            for chunk in assistant.stream(message, History(), LearnerProfile(id="bench")):
                answer = chunk
            cited = [c.id for c in getattr(answer, "citations", ())]
            rank = next((i for i, c in enumerate(cited, 1) if c in expected), 0)
            per[lang].append((rank == 1, 1 <= rank <= 3, 1 / rank if rank else 0.0))
            if rank != 1:
                misses.append((lang, message, rank, cited[:5]))

    def summary(rows: list[tuple[bool, bool, float]]) -> dict[str, float]:
        n = len(rows)
        return {
            "n": n,
            "hit1": round(sum(r[0] for r in rows) / n, 3),
            "hit3": round(sum(r[1] for r in rows) / n, 3),
            "mrr": round(sum(r[2] for r in rows) / n, 3),
        }

    out = {lang: summary(rows) for lang, rows in per.items()}
    out["all"] = summary([r for rows in per.values() for r in rows])
    if args.json:
        print(json.dumps(out))
    else:
        for lang, s in out.items():
            print(f"{lang:4} n={s['n']:3} hit@1 {s['hit1']:.2f}  hit@3 {s['hit3']:.2f}  MRR {s['mrr']:.2f}")
    if args.failures:
        for lang, message, rank, cited in misses:
            print(f"MISS {lang} {message!r}: rank {rank or '-'} {cited}")


if __name__ == "__main__":
    main()
