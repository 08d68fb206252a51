"""The search20 batch (session 20, issue #12, tune): searches with their limits, and totals. Written BEFORE
the fixes by the helper who fixes them (a check of that work, not a blind measure), in its own phrasings
(trial 15's t15-06 and t15-20 named the classes), all eight languages and Hinglish. Classes (tags):

1. `level`: a level in a search is a limit on it ("cursos de datos de nivel 4", "Kurse auf Niveau 3",
   "tasolla 5", "cấp độ 4", "level 4 ke", "লেভেল ৪", "advanced", "pour débutants"): the list is led by an
   entry at that level (or the nearest when none is, said), the topic shown without the level word and without
   a duplicated translation; a follow-up ("only online") keeps the level (`kept`);
2. `totals`: "how many hours is the whole thing?", "¿cuánto cuesta todo?", "paljonko yhteensä?", "মোট কত
   ঘণ্টা?" after a plan states the plan's totals (`plan`), after a list answers for the list and not one
   course's card (`list`), after a certificate's card the certificate with its parts (`card`);
3. `limits`: realistic searches in es/de/fi/fr with a subject and one or two limits (price, online, language,
   level), with typos and no accents.

Each language module adds `dialogues("<lang>")`."""

from __future__ import annotations

from acts17_lists import AI, CLOUD, CYBER, DATA, DB, GDPR, ML, NET
from dsl import COMPARE, CONS, EXPLAIN, EXPLORE, GOAL, PLAN, REFINE, SEARCH, SELECT, D, T

SEARCHES = SEARCH + EXPLORE + CONS + REFINE
PLANNED = GOAL + PLAN + CONS
TOTALS = EXPLAIN + PLAN + COMPARE + SEARCH + SELECT + REFINE
LOW = [3, 4]
HIGH = [6, 7]
CARD = SELECT + EXPLAIN + SEARCH


def _plan_totals(
    goal_text: str, goal: str, plan_text: str, total_text: str, what: str, **kw: object
) -> list[T]:
    return [
        T(goal_text, PLANNED, goal=goal, **kw),  # type: ignore[arg-type]
        T(plan_text, PLAN + GOAL, plan=True, **kw),  # type: ignore[arg-type]
        T(total_text, TOTALS, prev_total=what, **kw),  # type: ignore[arg-type]
    ]


_BATCH: dict[str, list[tuple[str, list[str], list[T]]]] = {
    "en": [
        (
            "level",
            ["kept"],
            [
                T("show me level 5 courses in cyber security", SEARCHES, cite_any=CYBER, lead_eqf=[5]),
                T("only the online ones please", SEARCHES, lead_eqf=[5]),
            ],
        ),
        (
            "level",
            ["word"],
            [T("any advanced machine learning courses?", SEARCHES, cite_any=ML, lead_eqf=HIGH)],
        ),
        (
            "totals",
            ["plan"],
            [
                *_plan_totals(
                    "I want to become a network administrator, I have 5 hours a week",
                    "netadmin",
                    "ok make me a plan",
                    "how many hours is the whole thing?",
                    "hours",
                ),
                T("and what does it all cost?", TOTALS, prev_total="cost"),
            ],
        ),
        (
            "totals",
            ["list"],
            [
                T("show me database courses", SEARCHES, cite_any=DB),
                T("how much would that all cost together?", TOTALS, cite_min=2),
            ],
        ),
        (
            "totals",
            ["card"],
            [
                T(
                    "tell me about the Certificate in Database Administration",
                    CARD,
                    cite_any=["nda-cert-dba"],
                ),
                T("how long is the whole thing?", TOTALS, cite_any=["nda-cert-dba"], reply_any=["412.5"]),
            ],
        ),
    ],
    "de": [
        ("level", [], [T("Kurse auf Niveau 3 zu Netzwerken", SEARCHES, cite_any=NET, lead_eqf=LOW)]),
        (
            "level",
            ["word"],
            [T("fortgeschrittene kurse zu cloud computing", SEARCHES, cite_any=CLOUD, lead_eqf=HIGH)],
        ),
        (
            "limits",
            ["typo"],
            [T("datenbank kurse online unter 500 euro", SEARCHES, cite_any=DB, budget=(500, "EUR"))],
        ),
        (
            "limits",
            ["lang"],
            [T("gibt es was zu maschinellem lernen auf englisch, nicht zu teuer", SEARCHES, cite_any=ML)],
        ),
        (
            "totals",
            ["plan"],
            [
                *_plan_totals(
                    "Ich möchte Cloud-Ingenieurin werden, 6 Stunden pro Woche",
                    "cloud",
                    "mach mir einen Plan",
                    "wie lange dauert das insgesamt?",
                    "hours",
                ),
                T("und was kostet alles zusammen?", TOTALS, prev_total="cost"),
            ],
        ),
        (
            "totals",
            ["card"],
            [
                T(
                    "Erzähl mir was über das Certificate in Database Administration",
                    CARD,
                    cite_any=["nda-cert-dba"],
                ),
                T(
                    "wie viele stunden sind das insgesamt?",
                    TOTALS,
                    cite_any=["nda-cert-dba"],
                    reply_any=["412.5", "412,5"],
                ),
            ],
        ),
    ],
    "es": [
        (
            "level",
            ["kept"],
            [
                T(
                    "muéstrame cursos de datos de nivel 4",
                    SEARCHES,
                    cite_any=DATA,
                    lead_eqf=[4],
                    reply_excl=["datos data"],
                ),
                T("y que sean online", SEARCHES, lead_eqf=[4]),
            ],
        ),
        ("level", ["word"], [T("cursos de ia para principiantes", SEARCHES, cite_any=AI, lead_eqf=LOW)]),
        (
            "limits",
            ["typo"],
            [
                T(
                    "busco un curso de ciberseguridad online por menos de 300 euros",
                    SEARCHES,
                    cite_any=CYBER,
                    budget=(300, "EUR"),
                )
            ],
        ),
        (
            "limits",
            ["lang"],
            [
                T(
                    "algun curso de inteligencia artificial en espanol?",
                    SEARCHES,
                    cite_any=AI,
                    lead_langs=["es"],
                )
            ],
        ),
        (
            "totals",
            ["plan"],
            _plan_totals(
                "quiero ser administrador de bases de datos, tengo 8 horas a la semana",
                "dba",
                "hazme un plan",
                "cuantas horas son en total?",
                "hours",
            ),
        ),
        (
            "totals",
            ["list"],
            [
                T("muestrame cursos de cloud", SEARCHES, cite_any=CLOUD),
                T("¿cuánto cuesta todo?", TOTALS, cite_min=2),
            ],
        ),
    ],
    "fr": [
        (
            "level",
            [],
            [T("des formations en cybersecurite niveau 5", SEARCHES, cite_any=CYBER, lead_eqf=[5])],
        ),
        (
            "level",
            ["word", "kept"],
            [
                T("je cherche une formation en reseaux pour debutants", SEARCHES, cite_any=NET, lead_eqf=LOW),
                T("seulement en ligne", SEARCHES, lead_eqf=LOW),
            ],
        ),
        (
            "limits",
            ["lang", "free"],
            [T("formations rgpd gratuites en francais", SEARCHES, cite_any=GDPR, lead_langs=["fr"])],
        ),
        (
            "limits",
            ["typo"],
            [
                T(
                    "cours d'analyse de donnees a moins de 400 euros",
                    SEARCHES,
                    cite_any=DATA,
                    budget=(400, "EUR"),
                )
            ],
        ),
        (
            "totals",
            ["plan"],
            _plan_totals(
                "je veux devenir analyste de données, 5 h par semaine",
                "data_analyst",
                "fais-moi un plan",
                "combien d'heures au total ?",
                "hours",
            ),
        ),
        (
            "totals",
            ["list"],
            [
                T("montre-moi des cours de cybersécurité", SEARCHES, cite_any=CYBER),
                T("ça coûte combien en tout ?", TOTALS, cite_min=2),
            ],
        ),
    ],
    "fi": [
        ("level", [], [T("pilvikursseja tasolla 5", SEARCHES, cite_any=CLOUD, lead_eqf=[5])]),
        (
            "level",
            ["word"],
            [T("aloittelijan kursseja tietoturvasta", SEARCHES, cite_any=CYBER, lead_eqf=LOW)],
        ),
        (
            "limits",
            ["lang"],
            [
                T(
                    "koneoppimisen kurssi englanniksi alle 500 euroa",
                    SEARCHES,
                    cite_any=ML,
                    budget=(500, "EUR"),
                )
            ],
        ),
        ("limits", ["typo"], [T("tietokanta kursseja verkossa", SEARCHES, cite_any=DB)]),
        (
            "totals",
            ["plan"],
            [
                *_plan_totals(
                    "haluan data-analyytikoksi, 6 tuntia viikossa",
                    "data_analyst",
                    "tee minulle suunnitelma",
                    "montako tuntia yhteensä?",
                    "hours",
                ),
                T("paljonko yhteensä?", TOTALS, prev_total="cost"),
            ],
        ),
    ],
    "vi": [
        ("level", [], [T("khóa học cấp độ 4 về dữ liệu", SEARCHES, cite_any=DATA, lead_eqf=[4])]),
        ("level", ["word"], [T("khóa học an ninh mạng nâng cao", SEARCHES, cite_any=CYBER, lead_eqf=HIGH)]),
        (
            "totals",
            ["plan"],
            _plan_totals(
                "tôi muốn trở thành kỹ sư đám mây, mỗi tuần 5 tiếng",
                "cloud",
                "lập kế hoạch cho tôi",
                "tổng cộng bao nhiêu giờ?",
                "hours",
            ),
        ),
        (
            "totals",
            ["list"],
            [
                T("cho tôi xem các khóa học về AI", SEARCHES, cite_any=[*AI, *ML]),
                T("tổng cộng hết bao nhiêu tiền?", TOTALS, cite_min=2),
            ],
        ),
        ("limits", ["typo"], [T("khoa hoc mang may tinh truc tuyen", SEARCHES, cite_any=NET)]),
    ],
    "hi": [
        ("level", [], [T("लेवल 4 के डेटा कोर्स दिखाओ", SEARCHES, cite_any=DATA, lead_eqf=[4])]),
        ("level", [], [T("स्तर 5 के क्लाउड कोर्स", SEARCHES, cite_any=CLOUD, lead_eqf=[5])]),
        (
            "totals",
            ["plan"],
            _plan_totals(
                "मैं डेटा एनालिस्ट बनना चाहता हूँ, हफ्ते में 6 घंटे",
                "data_analyst",
                "मेरे लिए प्लान बनाओ",
                "कुल कितने घंटे लगेंगे?",
                "hours",
            ),
        ),
        (
            "level",
            ["hinglish"],
            [T("level 4 ke data course dikhao", SEARCHES, cite_any=DATA, lead_eqf=[4], any_lang=True)],
        ),
        (
            "totals",
            ["hinglish", "plan"],
            _plan_totals(
                "mujhe cyber security seekhni hai, hafte mein 5 ghante",
                "cyber",
                "ab iska plan bana do yaar",
                "kul kitna kharcha?",
                "cost",
                any_lang=True,
            ),
        ),
        (
            "level",
            ["hinglish", "word"],
            [T("advanced cloud ke course batao", SEARCHES, cite_any=CLOUD, lead_eqf=HIGH, any_lang=True)],
        ),
    ],
    "bn": [
        ("level", [], [T("লেভেল ৪ এর ডেটা কোর্স", SEARCHES, cite_any=DATA, lead_eqf=[4])]),
        ("level", ["word"], [T("নেটওয়ার্কিং এর বিগিনার কোর্স", SEARCHES, cite_any=NET, lead_eqf=LOW)]),
        (
            "totals",
            ["plan"],
            _plan_totals(
                "আমি ডেটা অ্যানালিস্ট হতে চাই, সপ্তাহে ৬ ঘণ্টা",
                "data_analyst",
                "আমার জন্য একটা প্ল্যান বানাও",
                "মোট কত ঘণ্টা?",
                "hours",
            ),
        ),
        (
            "totals",
            ["card"],
            [
                T("Certificate in Database Administration সম্পর্কে বলো", CARD, cite_any=["nda-cert-dba"]),
                T("মোট কত ঘণ্টা লাগবে?", TOTALS, cite_any=["nda-cert-dba"], reply_any=["412.5", "412,5"]),
            ],
        ),
        (
            "totals",
            ["list"],
            [
                T("মেশিন লার্নিং এর কোর্স দেখাও", SEARCHES, cite_any=ML),
                T("সব মিলিয়ে কত খরচ?", TOTALS, cite_min=2),
            ],
        ),
    ],
}


def dialogues(lang: str) -> list[D]:
    """The batch's dialogues of one language, ids `<lang>-search20-NN`."""
    return [
        D(f"{lang}-search20-{n:02d}", ["search20", tag, *extra], turns, split="tune")
        for n, (tag, extra, turns) in enumerate(_BATCH[lang], start=1)
    ]
