"""The directions24 batch (session 24, issue #12, tune): a counsellor's opening that fits the learner.
Written BEFORE the fixes by the helper who fixes them (a check of that work, not a blind measure), in its own
phrasings, several languages. Classes (tags):

1. `spread`: a vague opening with nothing known ("no idea where to start") offers a spread of directions led
   by an entry-level one (the first course cited at EQF <= 4), not three neighbouring EQF 5-7 network jobs;
2. `fit`: an opening that says something of the learner (a job held, "not good with computers", no money, the
   language written) offers directions whose examples that learner could start: entry-level first, free when
   there is no money (no price shown), in the learner's language first when the catalogue has one;
3. `answer`: the learner's answer to the opening (background, interests, hours; "background: accounting;
   interest: data; 3h/week") is read - the hours saved, a field named is the goal - and answered with
   directions or a start in that field, never the generic opening again;
4. `currency`: "in rupees please", "giá bằng đồng", "দাম টাকায় দেখাও", "en euros" asks for prices in that
   currency: every price shown afterwards carries an approximate amount in it (`≈`), the catalogue's own price
   kept beside it.

Each language module adds `dialogues("<lang>")`."""

from __future__ import annotations

from dsl import EXPLORE, OCC, D, T
from t11goal_lists import ANY

# the three neighbouring network/AI directions the base offers to everyone (the generic opening)
GENERIC = ["lcsi-ne-201", "ccna-netsec-204", "diaa-isd-304"]
ENTRY = [1, 2, 3, 4]  # an entry-level first course (EQF <= 4)
# a price shown in the catalogue's own currencies: none in a reply that lists only free courses
PRICED = [*(f"EUR {d}" for d in range(1, 10)), "USD ", "CAD ", "SGD "]
DATA = [*OCC["data_analyst"], "data"]


def _cur(*marks: str) -> list[str]:
    """An approximate amount in the asked currency, written with its code or its sign."""
    return [f"≈ {m}" for m in marks] + [f"~{m}" for m in marks] + [f"≈{m}" for m in marks]


_BATCH: dict[str, list[tuple[str, list[str], list[T]]]] = {
    "en": [
        ("spread", [], [T("honestly no idea where to start, I just feel stuck", EXPLORE, lead_eqf=ENTRY)]),
        (
            "fit",
            ["money", "level"],
            [
                T(
                    "got laid off from the warehouse last month. zero money for courses and im not good with "
                    "computers. what can i even do",
                    ANY,
                    lead_eqf=ENTRY,
                    reply_excl=PRICED,
                    cite_none=GENERIC,
                    budget=(0, "EUR"),
                ),
            ],
        ),
        (
            "answer",
            [],
            [
                T("my client lost his job and doesn't know what to do next", EXPLORE),
                T(
                    "background: accounting; interest: data; 3h/week",
                    ANY,
                    goal=DATA,
                    hours=3,
                    cite_none=GENERIC,
                ),
            ],
        ),
        (
            "currency",
            [],
            [
                T("where do i even start", EXPLORE),
                T("can you show the prices in rupees please", ANY, reply_any=_cur("INR", "₹")),
                T("ok show me some data analysis courses", ANY, cite_min=1, reply_any=_cur("INR", "₹")),
            ],
        ),
    ],
    "de": [
        (
            "fit",
            ["language", "level"],
            [
                T(
                    "Ich arbeite an der Kasse im Supermarkt und hab keine Ahnung, was ich lernen könnte. "
                    "Mit Computern bin ich nicht so fit.",
                    ANY,
                    lead_eqf=ENTRY,
                    cite_none=GENERIC,
                ),
            ],
        ),
        (
            "answer",
            [],
            [
                T("Ich weiß echt nicht, wo ich anfangen soll", EXPLORE),
                T(
                    "Ich war lange Lagerarbeiter, mag Zahlen und Tabellen, hab so 6 Stunden die Woche",
                    ANY,
                    hours=6,
                    cite_none=GENERIC,
                    lead_eqf=ENTRY,
                ),
            ],
        ),
    ],
    "es": [
        (
            "fit",
            ["money", "language"],
            [
                T(
                    "trabajo de camarera y no sé por dónde empezar, no tengo dinero para cursos",
                    ANY,
                    lead_langs=["es"],
                    reply_excl=PRICED,
                    cite_none=GENERIC,
                ),
            ],
        ),
        (
            "answer",
            [],
            [
                T("hola, estoy perdida, no sé qué estudiar", EXPLORE),
                T(
                    "trabajé en una tienda, me gustan un poco los ordenadores, tengo unas 5 horas a la "
                    "semana",
                    ANY,
                    hours=5,
                    cite_none=GENERIC,
                    lead_eqf=ENTRY,
                ),
            ],
        ),
    ],
    "fr": [
        (
            "currency",
            [],
            [
                T("je sais vraiment pas par où commencer", EXPLORE),
                T("vous pouvez mettre les prix en euros ?", ANY, reply_any=_cur("EUR", "€")),
            ],
        ),
    ],
    "fi": [
        (
            "spread",
            [],
            [T("en tiedä yhtään mistä aloittaisin, tuntuu että oon jumissa", EXPLORE, lead_eqf=ENTRY)],
        ),
    ],
    "vi": [
        (
            "fit",
            ["level"],
            [
                T(
                    "em là nhân viên bán hàng ở cửa hàng quần áo, không rành máy tính lắm, không biết nên "
                    "học gì",
                    ANY,
                    lead_eqf=ENTRY,
                    cite_none=GENERIC,
                ),
            ],
        ),
        (
            "currency",
            [],
            [
                T("mình không biết bắt đầu từ đâu", EXPLORE),
                T("giá bằng đồng được không?", ANY, reply_any=_cur("VND", "₫")),
            ],
        ),
    ],
    "hi": [
        (
            "answer",
            [],
            [
                T("मुझे समझ नहीं आ रहा कि कहाँ से शुरू करूँ", EXPLORE),
                T(
                    "मैंने दुकान में काम किया है, कंप्यूटर थोड़ा पसंद है, हफ्ते में 5 घंटे दे सकता हूँ",
                    ANY,
                    hours=5,
                    cite_none=GENERIC,
                    lead_eqf=ENTRY,
                ),
            ],
        ),
    ],
    "bn": [
        (
            "currency",
            [],
            [
                T("কোথা থেকে শুরু করব বুঝতে পারছি না", EXPLORE),
                T("দামগুলো টাকায় দেখাও", ANY, reply_any=_cur("BDT", "৳")),
            ],
        ),
    ],
}


def dialogues(lang: str) -> list[D]:
    """The batch's dialogues of one language, ids `<lang>-directions24-NN`."""
    return [
        D(f"{lang}-directions24-{n:02d}", ["directions24", tag, *extra], turns, split="tune")
        for n, (tag, extra, turns) in enumerate(_BATCH[lang], start=1)
    ]
