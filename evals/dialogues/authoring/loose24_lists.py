"""The loose24 batch (session 24, issue #12, tune): loose ends of the lead's trial 19. Written BEFORE the
fixes by the helper who fixes them (a check of that work, not a blind measure), in its own phrasings.
Classes (tags):

1. `after`: "what can I do after X?" with a goal: the follow-ons toward the goal lead (`cite_lead`: the first
   of X's follow-ons cited is one toward the goal); without a goal, those that require X lead;
2. `phone`: only a phone, no computer ("solo tiene celular, no compu", "I only have a smartphone", "nur ein
   Handy", "chỉ có điện thoại"): a device, never a search, role or goal of phones; digital basics cited;
3. `ready`: "how long until I'm ready / operational / job-ready?" after a goal: weeks at their hours, no
   deadline saved, no goal or search of the word "ready";
4. `label`: a two-word goal keeps its words' order ("parallel computing", never "computing parallel").

Each language module adds `dialogues("<lang>")`."""

from __future__ import annotations

from days23_lists import WEEKS
from dees22_lists import BASICS
from dsl import OCC, D, T
from t11goal_lists import ANY

CLOUD = OCC["cloud"]
CYBER = OCC["cyber"]
DATA = [*OCC["data_analyst"], "data"]
NET = OCC["netadmin"]
# the follow-ons of each course named (the courses that list it as a prerequisite)
AFTER_CLOUD = [
    "hrd-cloudsec-201",
    "hrd-iam-202",
    "hrd-cloudnet-203",
    "hrd-cloudmig-301",
    "hrd-clouddb-303",
    "hrd-clouddev-204",
]
AFTER_SOC = ["bvca-siem-201", "bvca-hard-202", "bvca-pentest-201", "bvca-forensics-201", "bvca-vuln-204"]
AFTER_NET = ["ccna-route-201", "ccna-netmon-202", "ccna-netauto-203", "ccna-netsec-204"]
AFTER_PROG = ["lit-oop-102", "lit-debug-202", "lit-web-201", "lit-api-204"]
AFTER_RGPD = ["inl-dpo-201", "inl-aipd-202", "inl-classif-301"]
# words of a phone that must never become a role, a goal or a search's subject
PHONE = [
    "phone",
    "handy",
    "celular",
    "móvil",
    "movil",
    "điện thoại",
    "mobile",
    "smartphone",
    "কম্পিউটার",
    "মোবাইল",
]


def _t(text: str, **checks: object) -> T:
    return T(text, ANY, **checks)


def _ready(lang: str, text: str, **checks: object) -> T:
    """ "How long until I'm ready?": weeks at their hours, no deadline, the goal kept."""
    return _t(text, reply_any=WEEKS[lang], no_deadline=True, **checks)


# courses about phones (a search for phones), never the answer to "I only have a phone"
ABOUT_PHONES = ["bvca-iot-203", "bvca-forensics-201"]
# the reply names the device (the phone said back, as a limit): a word no catalogue title carries
SAID_PHONE = {
    "en": ["phone"],
    "de": ["Handy", "Smartphone"],
    "es": ["celular", "teléfono", "móvil"],
    "vi": ["điện thoại"],
    "hi": ["phone", "फ़ोन", "फोन"],  # Hinglish: any reply language
}


def _phone(lang: str, text: str, **checks: object) -> T:
    """Only a phone: no role or goal of phones, digital basics cited (one at EQF 1-3 first), nothing about
    phones, and the phone said back."""
    return _t(
        text,
        role_not=PHONE,
        goal_not=PHONE,
        cite_any=BASICS,
        cite_none=ABOUT_PHONES,
        lead_eqf=[1, 2, 3],
        reply_any=SAID_PHONE[lang],
        **checks,
    )


_BATCH: dict[str, list[tuple[str, list[str], list[T]]]] = {
    "en": [
        (
            "after",
            [],
            [
                _t("I want to become a cloud security engineer", goal=OCC["cloudsec"]),
                _t(
                    "what can I do after Grundlagen des Cloud Computing?",
                    cite_lead=(["hrd-cloudsec-201", "hrd-iam-202", "hrd-cloudnet-203"], AFTER_CLOUD),
                ),
            ],
        ),
        (
            "phone",
            [],
            [
                _phone(
                    "en", "I only have a smartphone, no laptop or PC. I want to learn basic computer skills"
                ),
            ],
        ),
        (
            "label",
            [],
            [
                _t(
                    "I'd like to work in parallel computing",
                    goal=["parallel computing", "hpc", "high-performance"],
                ),
                _t("I have 6 hours a week", hours=6, goal_not=["computing parallel"]),
            ],
        ),
    ],
    "de": [
        (
            "ready",
            [],
            [
                _t("Ich will Netzwerkadministrator werden, 6 Stunden pro Woche", goal=NET, hours=6),
                _ready("de", "wie lange bis ich fit bin?", goal=NET, goal_not=["fit"]),
            ],
        ),
        (
            "phone",
            [],
            [
                _t("Mein Kunde ist 52 und will was mit Computern lernen"),
                _phone("de", "er hat nur ein Handy, keinen PC zu Hause"),
            ],
        ),
        (
            "after",
            [],
            [
                _t(
                    "Was kann ich nach Networking Fundamentals machen?",
                    cite_lead=(AFTER_NET, AFTER_NET),
                ),
            ],
        ),
    ],
    "es": [
        (
            "phone",
            [],
            [
                _t("tengo una usuaria de 45 años que quiere aprender lo básico de informática"),
                _phone("es", "solo tiene celular, no compu"),
            ],
        ),
        (
            "after",
            [],
            [
                _t("quiero ser pentester", goal=CYBER),
                _t(
                    "¿qué puedo hacer después de Security Operations Fundamentals?",
                    cite_lead=(["bvca-pentest-201", "bvca-vuln-204"], AFTER_SOC),
                ),
            ],
        ),
    ],
    "fr": [
        (
            "ready",
            [],
            [
                _t(
                    "je bosse dans la logistique et je veux aller vers le cloud, j'ai 5 h par semaine",
                    goal=CLOUD,
                ),
                _ready(
                    "fr",
                    "ok et combien de temps pour être opérationnel ?",
                    goal=CLOUD,
                    goal_not=["opérationnel"],
                ),
            ],
        ),
        (
            "after",
            [],
            [
                _t("mon objectif : devenir développeur web", goal=OCC["web"]),
                _t(
                    "et après Programming Fundamentals in Python, je fais quoi ?",
                    cite_lead=(["lit-web-201", "lit-api-204"], AFTER_PROG),
                ),
            ],
        ),
    ],
    "fi": [
        (
            "ready",
            [],
            [
                _t("Haluan data-analyytikoksi, minulla on 5 tuntia viikossa", goal=DATA, hours=5),
                _ready("fi", "kauanko menee ennen kuin olen valmis töihin?", goal=DATA),
            ],
        ),
    ],
    "vi": [
        (
            "phone",
            [],
            [
                _phone("vi", "tôi chỉ có điện thoại thôi, không có máy tính, muốn học tin học cơ bản"),
            ],
        ),
        (
            "ready",
            [],
            [
                _t("tôi muốn làm an ninh mạng, mỗi tuần 4 tiếng", goal=CYBER, hours=4),
                _ready("vi", "bao lâu thì đi làm được?", goal=CYBER),
            ],
        ),
    ],
    "hi": [
        (
            "ready",
            ["hinglish"],
            [
                _t("data analyst banna hai, 5 ghante per week", goal=DATA, hours=5, any_lang=True),
                _t(
                    "kitna time lagega job-ready hone mein?",
                    reply_any=[*WEEKS["en"], *WEEKS["hi"], "hafte"],
                    no_deadline=True,
                    goal=DATA,
                    any_lang=True,
                ),
            ],
        ),
        (
            "phone",
            ["hinglish"],
            [
                _phone(
                    "hi", "mere paas sirf mobile hai, laptop nahi hai, computer seekhna hai", any_lang=True
                ),
            ],
        ),
    ],
    "bn": [
        (
            "ready",
            [],
            [
                _t("আমি ক্লাউড ইঞ্জিনিয়ার হতে চাই, সপ্তাহে ৬ ঘণ্টা", goal=CLOUD, hours=6),
                _ready("bn", "কাজের জন্য তৈরি হতে কত দিন লাগবে?", goal=CLOUD),
            ],
        ),
    ],
}


def dialogues(lang: str) -> list[D]:
    """The batch's dialogues of one language, ids `<lang>-loose24-NN`."""
    return [
        D(f"{lang}-loose24-{n:02d}", ["loose24", tag, *extra], turns, split="tune")
        for n, (tag, extra, turns) in enumerate(_BATCH[lang], start=1)
    ]
