"""Unseen variants of the days23 classes (session 23): phrasings written after the fixes but never run before
they were committed, in other words, languages, typos and word orders than the batch's and the tests', to
measure whether the rules generalise ("unseen variants: k/n" in docs/BENCHMARKS.md). Not part of
dialogues.jsonl; `python evals/dialogues/unseen/days23_unseen.py OUT.jsonl` writes them, then
`pathfinder eval dialogues OUT.jsonl --score` scores them."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "authoring"))

from days23_lists import BASICS, CLOUD, CYBER, DATA, DAY, PRICE_LIST, VERDICT, WEB, WEEKS  # noqa: E402
from dsl import OCC, D, T, dialogue_line, write_lines  # noqa: E402
from t11goal_lists import ANY  # noqa: E402

AI = OCC["ai"]


def _job(lang: str) -> dict:
    return {"reply_any": WEEKS[lang], "reply_excl": PRICE_LIST[lang], "no_deadline": True}


# (lang, tag, turns as (text, checks))
_CASES: list[tuple[str, str, list[tuple[str, dict]]]] = [
    (
        "en",
        "day",
        [
            (
                "im a cashier, mostly the till and whatsapp with my manager, thats it",
                {"role_not": ["till", "whatsapp"], "goal_not": ["till", "whatsapp"], "cite_any": BASICS},
            )
        ],
    ),
    (
        "en",
        "day",
        [
            (
                "at work i just do emials and the internet, nothing fancy",
                {"skills": DAY, "goal_not": ["internet"]},
            )
        ],
    ),
    (
        "de",
        "day",
        [
            (
                "Ich bin Verkäuferin, am PC mach ich nur E-Mails und ein bisschen Word",
                {"skills": DAY, "role": ["verkäuferin"], "role_not": ["mail", "word"]},
            )
        ],
    ),
    (
        "de",
        "day",
        [
            (
                "Meine Arbeit: Telefon, Outlook und das Kassensystem",
                {"skills": DAY, "role_not": ["outlook", "telefon", "kassensystem"], "goal_not": ["outlook"]},
            )
        ],
    ),
    (
        "es",
        "day",
        [
            (
                "soy recepcionista, uso el correo y el programa de reservas todo el día",
                {"skills": DAY, "role": ["recepcionist"], "role_not": ["correo", "programa"]},
            )
        ],
    ),
    (
        "es",
        "day",
        [
            (
                "solo sé usar el móvil y el WhatsApp",
                {"skills": DAY, "role_not": ["móvil", "whatsapp"], "cite_any": BASICS},
            )
        ],
    ),
    (
        "fr",
        "day",
        [
            (
                "je suis caissière, je n'utilise que la caisse et les mails",
                {"skills": DAY, "role": ["caissi"], "role_not": ["mail", "caisse et"]},
            )
        ],
    ),
    (
        "fi",
        "day",
        [("Työssä käytän lähinnä sähköpostia ja nettiä", {"skills": DAY, "no_role": True})],
    ),
    (
        "vi",
        "day",
        [
            (
                "mình bán hàng online, chỉ biết dùng zalo với facebook",
                {"skills": DAY, "role_not": ["zalo", "facebook"], "goal_not": ["zalo", "facebook"]},
            )
        ],
    ),
    (
        "hi",
        "day",
        [("मैं रोज़ ईमेल और इंटरनेट चलाता हूँ, बस इतना ही आता है", {"skills": DAY, "role_not": ["ईमेल", "इंटरनेट"]})],
    ),
    (
        "bn",
        "day",
        [("আমি শুধু ফেসবুক আর ইমেইল চালাতে পারি", {"skills": DAY, "role_not": ["ফেসবুক", "ইমেইল"]})],
    ),
    (
        "en",
        "time",
        [
            ("I want to get into cloud, 4 hrs a week", {"goal": CLOUD}),
            ("realistically how soon could I be hired?", _job("en")),
        ],
    ),
    (
        "de",
        "time",
        [
            ("Ich möchte in die IT-Sicherheit, 6 Stunden pro Woche", {"goal": CYBER}),
            ("Und wie lange, bis ich da eine Arbeitsstelle bekomme?", _job("de")),
        ],
    ),
    (
        "fr",
        "time",
        [
            ("je veux devenir data analyst, j'ai 5h par semaine", {"goal": DATA}),
            ("dans combien de temps je peux espérer trouver un emploi ?", _job("fr")),
        ],
    ),
    (
        "es",
        "time",
        [
            ("quiero ser desarrollador web, 8 horas por semana", {"goal": WEB}),
            ("¿llego a terminarlo antes de junio?", {"reply_any": VERDICT["es"], "plan": True}),
        ],
    ),
    (
        "fi",
        "time",
        [
            ("Haluan pilvi-insinööriksi, 5 tuntia viikossa", {"goal": CLOUD}),
            ("kuinka pian voin saada töitä?", _job("fi")),
        ],
    ),
    (
        "vi",
        "time",
        [
            ("tôi muốn học an ninh mạng, mỗi tuần 6 tiếng", {"goal": CYBER}),
            ("mất bao lâu mới xin được việc?", _job("vi")),
        ],
    ),
    (
        "bn",
        "time",
        [
            ("আমি ক্লাউড শিখতে চাই, সপ্তাহে ৪ ঘণ্টা", {"goal": CLOUD}),
            ("কতদিনে চাকরি পাব?", _job("bn")),
        ],
    ),
    (
        "en",
        "degree",
        [
            (
                "MSc chemistry student, thinking about data science",
                {"goal": DATA, "goal_not": ["chemistry", "msc"]},
            )
        ],
    ),
    (
        "es",
        "degree",
        [
            (
                "estudio cuarto de Derecho y quiero aprender ciberseguridad",
                {"goal": CYBER, "goal_not": ["derecho", "cuarto"]},
            )
        ],
    ),
    (
        "vi",
        "degree",
        [
            (
                "mình đang học năm 3 ngành quản trị kinh doanh, muốn theo AI",
                {"goal": AI, "goal_not": ["quản trị", "kinh doanh", "năm"]},
            )
        ],
    ),
]


def lines() -> list[dict]:
    out = []
    for n, (lang, tag, turns) in enumerate(_CASES, 1):
        d = D(f"{lang}-days23u-{n:02d}", ["days23u", tag], [T(t, ANY, **c) for t, c in turns], split="tune")
        out.append(dialogue_line(d, lang, "tune"))
    return out


if __name__ == "__main__":
    write_lines(Path(sys.argv[1]), lines())
