"""The t12lang batch (session 17, issues #12 and #14, tune): the language the learner writes in versus the
language they study in. Written BEFORE the fixes by the helper who fixes them (a check of that work, not a
blind measure), in phrasings not taken from the lead's trial 12 or fresh16. Four classes, all eight languages:

1. `implied`: a learner who says nothing about languages studies in the language they write in or in English
   (the catalogue's common language); a course in a third language (German cloud courses for a Vietnamese
   writer, the Spanish SQL course for a Finnish one) never enters the plan and never leads a list;
2. `only_said`: "I only speak Spanish" is a hard limit: the plan keeps to it; where nothing is taught in it
   the reply says so and offers English (named) as a change the learner may accept;
3. `ask_lang`: "can I do it in Finnish?" about a course answers whether that course is taught in that
   language (no: it is taught in English; or: yes, this one is), never "re-planned: Finnish";
4. `subject`: one subject (writing learning outcomes) asked for in each of the eight languages finds its
   course (cross-lingual retrieval).

Each language module adds `dialogues("<lang>")`."""

from __future__ import annotations

import json
from pathlib import Path

from dsl import CONS, EXPLAIN, EXPLORE, GOAL, PLAN, REFINE, SEARCH, SELECT, SKILLS, D, T

ANY = GOAL + PLAN + SEARCH + EXPLORE + SKILLS + CONS + REFINE + EXPLAIN + SELECT + ["requirements", "compare"]
CARD = SELECT + EXPLAIN + SEARCH + ["requirements"]

_CATALOGUE = Path(__file__).resolve().parents[3] / "src" / "pathfinder" / "corpus" / "catalogue"


def _languages() -> dict[str, frozenset[str]]:
    out: dict[str, frozenset[str]] = {}
    for path in sorted(_CATALOGUE.glob("*.json")):
        for entry in json.loads(path.read_text(encoding="utf-8")):
            out[entry["id"]] = frozenset(x.lower() for x in entry.get("languages") or ())
    return out


_LANGS = _languages()


def third(lang: str) -> list[str]:
    """Catalogue entries taught neither in `lang` nor in English (a third language for a `lang` writer)."""
    return sorted(i for i, langs in _LANGS.items() if langs and not langs & {lang, "en"})


OUTCOMES = ["aec-outcomes-102"]  # Writing Learning Outcomes and Aligned Assessment
FONDEMENTS = ["ccna-fondements-101"]  # the French networking course (Networking Fundamentals is English)

ENGLISH = {  # the name of English in each reply language (`lname_en`)
    "en": ["English"],
    "de": ["Englisch"],
    "es": ["inglés"],
    "fr": ["anglais"],
    "fi": ["englan"],
    "vi": ["tiếng Anh"],
    "hi": ["अंग्रेज़ी", "अंग्रेजी"],
    "bn": ["ইংরেজি"],
}
REPLANNED = {  # template replan: a plan re-made, not an answer about one course's language
    "en": ["I re-planned"],
    "de": ["neu geplant"],
    "es": ["He vuelto a planificar"],
    "fr": ["refait le plan"],
    "fi": ["Suunnittelin uudelleen"],
    "vi": ["lập lại lộ trình"],
    "hi": ["दोबारा प्लान"],
    "bn": ["নতুন করে পরিকল্পনা"],
}


def _batch() -> dict[str, list[tuple]]:
    b: dict[str, list[tuple]] = {}
    b["en"] = [
        (
            "01",
            ["only_said"],
            [
                (
                    "I only speak English. Linux admin here, I want to get into cloud security, "
                    "6 hours a week.",
                    ANY,
                    {"plan_langs": ["en"], "cite_none": third("en")},
                )
            ],
        ),
        (
            "02",
            ["subject"],
            [("anything about writing learning outcomes for my modules?", ANY, {"cite_any": OUTCOMES})],
        ),
        (
            "03",
            ["ask_lang"],
            [
                ("tell me about Networking Fundamentals", CARD, {"cite_any": ["ccna-net-101"]}),
                (
                    "can I take it in German?",
                    ANY,
                    {"reply_any": ENGLISH["en"], "reply_excl": REPLANNED["en"]},
                ),
            ],
        ),
        (
            "04",
            ["ask_lang", "ask_lang_yes"],
            [
                ("tell me about Networking Fundamentals", CARD, {"cite_any": ["ccna-net-101"]}),
                ("is there a French version of it?", ANY, {"cite_any": FONDEMENTS}),
            ],
        ),
        (
            "05",
            ["implied"],
            [
                (
                    "my manager wants me to learn SQL for reporting, where do I start?",
                    ANY,
                    {"lead_langs": ["en"], "cite_none": third("en")},
                )
            ],
        ),
    ]
    b["de"] = [
        (
            "01",
            ["implied"],
            [
                (
                    "Ich bin Buchhalter und möchte Datenanalyst werden, 5 Stunden pro Woche.",
                    ANY,
                    {"plan": True, "plan_langs": ["de", "en"], "cite_none": third("de")},
                )
            ],
        ),
        ("02", ["implied"], [("Gibt es einen Kurs zu SQL?", ANY, {"lead_langs": ["de", "en"]})]),
        (
            "03",
            ["only_said"],
            [
                (
                    "Ich spreche nur Deutsch. Ich will in die Cloud-Sicherheit, 8 Stunden die Woche.",
                    ANY,
                    {"plan": True, "plan_langs": ["de"]},
                )
            ],
        ),
        (
            "04",
            ["ask_lang"],
            [
                ("Was kostet Programming Fundamentals in Python?", CARD, {"cite_any": ["lit-prog-101"]}),
                (
                    "Kann ich den Kurs auch auf Deutsch machen?",
                    ANY,
                    {"reply_any": ENGLISH["de"], "reply_excl": REPLANNED["de"]},
                ),
            ],
        ),
        (
            "05",
            ["subject"],
            [("Habt ihr was zum Formulieren von Lernergebnissen?", ANY, {"cite_any": OUTCOMES})],
        ),
    ]
    b["es"] = [
        (
            "01",
            ["implied"],
            [
                (
                    "Trabajo en soporte técnico y quiero pasarme a la nube, tengo 6 horas a la semana",
                    ANY,
                    {"plan": True, "plan_langs": ["es", "en"], "cite_none": third("es")},
                )
            ],
        ),
        (
            "02",
            ["implied"],
            [("¿Tenéis algún curso de ciberseguridad para empezar?", ANY, {"lead_langs": ["es", "en"]})],
        ),
        (
            "03",
            ["only_said"],
            [
                (
                    "Solo hablo español. Estoy en paro y quiero ser analista de datos, 10 horas por semana",
                    ANY,
                    {"plan": True, "plan_langs": ["es"]},
                )
            ],
        ),
        (
            "04",
            ["ask_lang"],
            [
                ("háblame de Networking Fundamentals", CARD, {"cite_any": ["ccna-net-101"]}),
                (
                    "¿se puede hacer en español?",
                    ANY,
                    {"reply_any": ENGLISH["es"], "reply_excl": REPLANNED["es"]},
                ),
            ],
        ),
        (
            "05",
            ["subject"],
            [("busco algo sobre cómo redactar resultados de aprendizaje", ANY, {"cite_any": OUTCOMES})],
        ),
    ]
    b["fr"] = [
        (
            "01",
            ["implied"],
            [
                (
                    "Je suis comptable et je voudrais devenir analyste de données, 4 heures par semaine",
                    ANY,
                    {"plan": True, "plan_langs": ["fr", "en"], "cite_none": third("fr")},
                )
            ],
        ),
        (
            "02",
            ["implied"],
            [("Est-ce qu'il y a une formation sur SQL ?", ANY, {"lead_langs": ["fr", "en"]})],
        ),
        (
            "03",
            ["only_said"],
            [
                (
                    "Je ne parle que français. Je travaille dans l'administratif et je veux devenir DPO, "
                    "budget 2000 euros",
                    ANY,
                    {"plan": True, "plan_langs": ["fr"]},
                )
            ],
        ),
        (
            "04",
            ["ask_lang"],
            [
                ("C'est quoi Security Operations Fundamentals ?", CARD, {"cite_any": ["bvca-soc-101"]}),
                (
                    "je peux le suivre en français ?",
                    ANY,
                    {"reply_any": ENGLISH["fr"], "reply_excl": REPLANNED["fr"]},
                ),
            ],
        ),
        (
            "05",
            ["ask_lang", "ask_lang_yes"],
            [
                ("Parle-moi de Networking Fundamentals", CARD, {"cite_any": ["ccna-net-101"]}),
                ("il existe en français ?", ANY, {"cite_any": FONDEMENTS}),
            ],
        ),
        (
            "06",
            ["subject"],
            [
                (
                    "y a-t-il un cours pour apprendre à rédiger des acquis d'apprentissage ?",
                    ANY,
                    {"cite_any": OUTCOMES},
                )
            ],
        ),
    ]
    b["fi"] = [
        (
            "01",
            ["implied"],
            [
                (
                    "Olen verkkoasentaja ja haluan siirtyä pilvipalveluihin, 5 tuntia viikossa etänä",
                    ANY,
                    {"plan": True, "plan_langs": ["fi", "en"], "cite_none": third("fi")},
                )
            ],
        ),
        ("02", ["implied"], [("onko teillä kurssia SQL:stä?", ANY, {"lead_langs": ["fi", "en"]})]),
        (
            "03",
            ["only_said"],
            [
                (
                    "Puhun vain suomea. Haluaisin oppia data-analyysia, 6 tuntia viikossa.",
                    ANY,
                    {"reply_any": ENGLISH["fi"], "cite_none": third("fi")},
                ),
                ("no, englanti käy sitten", ANY, {"plan": True, "plan_langs": ["fi", "en"]}),
            ],
        ),
        (
            "04",
            ["ask_lang"],
            [
                ("Kerro kurssista Programming Fundamentals in Python", CARD, {"cite_any": ["lit-prog-101"]}),
                (
                    "voiko sen suorittaa suomeksi?",
                    ANY,
                    {"reply_any": ENGLISH["fi"], "reply_excl": REPLANNED["fi"]},
                ),
            ],
        ),
        (
            "05",
            ["subject"],
            [("löytyykö jotain oppimistavoitteiden kirjoittamisesta?", ANY, {"cite_any": OUTCOMES})],
        ),
    ]
    b["vi"] = [
        (
            "01",
            ["implied"],
            [
                (
                    "Mình làm quản trị hệ thống 3 năm, muốn học điện toán đám mây, "
                    "mỗi tuần 6 giờ, học trực tuyến",
                    ANY,
                    {"plan": True, "plan_langs": ["vi", "en"], "cite_none": third("vi")},
                )
            ],
        ),
        ("02", ["implied"], [("có khóa nào dạy SQL không?", ANY, {"lead_langs": ["vi", "en"]})]),
        (
            "03",
            ["only_said"],
            [
                (
                    "Tôi chỉ đọc được tiếng Việt. Tôi muốn trở thành lập trình viên, mỗi tuần 8 giờ.",
                    ANY,
                    {"reply_any": ENGLISH["vi"], "cite_none": third("vi")},
                ),
                ("thôi được, học bằng tiếng Anh cũng được", ANY, {"plan": True, "plan_langs": ["vi", "en"]}),
            ],
        ),
        (
            "04",
            ["ask_lang"],
            [
                ("Cho tôi biết về khóa Networking Fundamentals", CARD, {"cite_any": ["ccna-net-101"]}),
                (
                    "khóa đó có học bằng tiếng Việt được không?",
                    ANY,
                    {"reply_any": ENGLISH["vi"], "reply_excl": REPLANNED["vi"]},
                ),
            ],
        ),
        (
            "05",
            ["subject"],
            [("có khóa nào về cách viết chuẩn đầu ra học tập không?", ANY, {"cite_any": OUTCOMES})],
        ),
    ]
    b["hi"] = [
        (
            "01",
            ["implied"],
            [
                (
                    "मैं नेटवर्क इंजीनियर हूँ और क्लाउड में जाना चाहता हूँ, हफ्ते में 5 घंटे ऑनलाइन",
                    ANY,
                    {"plan": True, "plan_langs": ["hi", "en"], "cite_none": third("hi")},
                )
            ],
        ),
        ("02", ["implied"], [("SQL सीखने का कोई कोर्स मिलेगा?", ANY, {"lead_langs": ["hi", "en"]})]),
        (
            "03",
            ["only_said"],
            [
                (
                    "मुझे सिर्फ हिंदी आती है। मैं डेटा एनालिस्ट बनना चाहती हूँ",
                    ANY,
                    {"reply_any": ENGLISH["hi"], "cite_none": third("hi")},
                )
            ],
        ),
        (
            "04",
            ["ask_lang"],
            [
                ("Programming Fundamentals in Python के बारे में बताइए", CARD, {"cite_any": ["lit-prog-101"]}),
                (
                    "क्या मैं इसे हिंदी में कर सकता हूँ?",
                    ANY,
                    {"reply_any": ENGLISH["hi"], "reply_excl": REPLANNED["hi"]},
                ),
            ],
        ),
        ("05", ["subject"], [("लर्निंग आउटकम लिखने पर कोई कोर्स है?", ANY, {"cite_any": OUTCOMES})]),
    ]
    b["bn"] = [
        (
            "01",
            ["implied"],
            [
                (
                    "আমি একজন হিসাবরক্ষক, ডেটা অ্যানালিস্ট হতে চাই, সপ্তাহে ৫ ঘণ্টা",
                    ANY,
                    {"plan": True, "plan_langs": ["bn", "en"], "cite_none": third("bn")},
                )
            ],
        ),
        ("02", ["implied"], [("ক্লাউড শেখার কোনো কোর্স পাওয়া যাবে?", ANY, {"lead_langs": ["bn", "en"]})]),
        (
            "03",
            ["only_said"],
            [
                (
                    "আমি শুধু বাংলা বুঝি। আমি ওয়েব ডেভেলপার হতে চাই।",
                    ANY,
                    {"reply_any": ENGLISH["bn"], "cite_none": third("bn")},
                )
            ],
        ),
        (
            "04",
            ["ask_lang"],
            [
                ("Network Security Essentials সম্পর্কে বলুন", CARD, {"cite_any": ["ccna-netsec-204"]}),
                ("এটা কি বাংলায় করা যায়?", ANY, {"reply_any": ENGLISH["bn"], "reply_excl": REPLANNED["bn"]}),
            ],
        ),
        ("05", ["subject"], [("শেখার ফলাফল লেখা নিয়ে কোনো কোর্স আছে?", ANY, {"cite_any": OUTCOMES})]),
    ]
    _plan_questions(b)
    return b


# (language, plan request, a question naming a step, "can I do it in <language>?") after a plan: the step the
# question named (or the first) is the referent; the answer is about it, not a plan re-made (t12-10)
_ASK_AFTER_PLAN = [
    (
        "en",
        "I'd like to become a web developer, 8 hours a week",
        "what's the first course?",
        "can I do that one in Spanish?",
    ),
    (
        "de",
        "Ich möchte Webentwickler werden, 6 Stunden pro Woche",
        "Wie teuer ist der erste Kurs?",
        "Gibt es den auch auf Deutsch?",
    ),
    (
        "es",
        "Quiero ser desarrollador web, 8 horas a la semana",
        "¿cuál es el primer curso?",
        "¿ese lo puedo hacer en español?",
    ),
    (
        "fr",
        "Je veux devenir développeur web, 8 heures par semaine",
        "le premier cours coûte combien ?",
        "est-ce que je peux le faire en français ?",
    ),
    ("fi", "Haluan web-kehittäjäksi, 8 tuntia viikossa", "mikä on eka kurssi?", "onnistuuko se suomeksi?"),
    (
        "vi",
        "Tôi muốn làm lập trình viên web, mỗi tuần 8 tiếng",
        "khóa đầu tiên giá bao nhiêu?",
        "có học khóa đó bằng tiếng Việt được không?",
    ),
    ("hi", "मैं वेब डेवलपर बनना चाहता हूँ, हफ्ते में 8 घंटे", "पहला कोर्स कौन सा है?", "क्या वो हिंदी में मिलेगा?"),
    ("bn", "আমি ওয়েব ডেভেলপার হতে চাই, সপ্তাহে ৮ ঘণ্টা", "প্রথম কোর্সটা কী?", "ওটা কি বাংলায় পড়া যাবে?"),
]
# the same question straight after the plan, the step named by its place
_ASK_STEP = [
    (
        "de",
        "Ich will Datenanalyst werden, 5 Stunden die Woche",
        "Kann ich den ersten Kurs auf Deutsch machen?",
    ),
    (
        "fr",
        "Je veux devenir testeur logiciel, 6 heures par semaine",
        "le deuxième cours, il est en français ?",
    ),
]


def _plan_questions(b: dict[str, list[tuple]]) -> None:
    for lang, ask, step, question in _ASK_AFTER_PLAN:
        turns = [
            (ask, ANY, {"plan": True}),
            (step, ANY, {}),
            (question, ANY, {"plan": False, "reply_any": ENGLISH[lang], "reply_excl": REPLANNED[lang]}),
        ]
        b[lang].append((f"{len(b[lang]) + 1:02d}", ["ask_lang", "ask_lang_plan"], turns))
    for lang, ask, question in _ASK_STEP:
        turns = [
            (ask, ANY, {"plan": True}),
            (question, ANY, {"plan": False, "reply_any": ENGLISH[lang], "reply_excl": REPLANNED[lang]}),
        ]
        b[lang].append((f"{len(b[lang]) + 1:02d}", ["ask_lang", "ask_lang_plan"], turns))


_BATCH = _batch()


def dialogues(lang: str) -> list[D]:
    """The batch's dialogues in one language, ids `<lang>-t12lang-NN`, all tune."""
    return [
        D(
            f"{lang}-t12lang-{nn}",
            ["t12lang", *tags],
            [T(text, intents, **checks) for text, intents, checks in turns],
            split="tune",
        )
        for nn, tags, turns in _BATCH[lang]
    ]
