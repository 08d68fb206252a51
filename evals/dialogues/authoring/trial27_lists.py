"""The trial27 batch (session 27, issue #12, tune): the classes of lead trial 22 still failing that the lead
gave this helper, in the helper's own phrasings (other than the trial's). Written by the helper who fixes them
(a check of that work, not a blind measure). Classes (tags):

- `lang_after_list`: a language asked after a list ("rather in German", "are these in Finnish?", "¿los hay en
  español?", "plutôt en français"): the same need re-answered with the courses in that language, or said
  plainly that none of the subject is taught in it, with the nearest cited.
- `intro_done`: "I already did an intro to X" where no such course is a step of the plan: no step taken as
  met, no catalogue course recorded as held, the plan's step kept (no dearer plan proposed).
- `cheaper_subject`: "cheaper?" after a list keeps the list's subject (a course on it, never another one).
- `hours_by_date`: "how many hours a week to finish by <date/season>?" with a goal and no plan: the weekly
  hours the goal's plan needs by then, said.
- `enrol`: "sign me up", "inscris-moi", ...: enrolment is with the provider, the course's page cited, no
  plan.
- `client_account`: another client named in a learner's own chat: nothing of the current client changes.

Each language module adds `dialogues("<lang>")`."""

from __future__ import annotations

from dsl import D, T

LANG_Q = ["refine", "search", "set_constraints", "explain", "select"]
SKIP = ["skip_step", "state_skills", "plan", "explain", "refine"]
PLAN = ["plan", "explain", "set_constraints", "refine"]
ENROL = ["explain", "select"]
OPEN = ["set_goal", "search", "explore", "plan"]

CLOUD = [
    "hrd-cloud-101",
    "hrd-cloudsec-201",
    "hrd-iam-202",
    "hrd-cloudnet-203",
    "hrd-cloudir-301",
    "hrd-cert-cloudsec",
    "hrd-clouddev-204",
    "hrd-cloudmig-301",
    "hrd-cloudarch-302",
    "hrd-clouddb-303",
    "lcsi-cloudops-205",
    "ccna-hybrid-303",
    "hrd-virt-201",
]
CLOUD_DE = [
    c
    for c in CLOUD
    if c not in ("hrd-clouddev-204", "hrd-cloudmig-301", "lcsi-cloudops-205", "ccna-hybrid-303")
]
SYSADMIN_DE = ["hrd-linux-101", "hrd-cert-sysadmin", "hrd-virt-201", "hrd-backup-102", "hrd-iac-202"]
NETWORK = [
    "ccna-net-101",
    "ccna-fondements-101",
    "ccna-route-201",
    "ccna-netmon-202",
    "ccna-hw-102",
    "ccna-netsec-204",
    "ccna-capacity-302",
    "ccna-netauto-203",
    "ccna-cert-netops",
    "lcsi-ne-201",
    "lcsi-5g-204",
    "lcsi-sdn-202",
    "hrd-cloudnet-203",
    "ccna-hybrid-303",
    "bvca-netfor-302",
]
CYBER = [
    "bvca-soc-101",
    "bvca-cert-defence",
    "ccna-netsec-204",
    "inl-cyber-201",
    "bvca-siem-201",
    "bvca-hard-202",
    "lcsi-anom-301",
    "bvca-awareness-101",
    "glcc-safe-104",
    "inl-securite-103",
    "bvca-vuln-204",
    "inl-pssi-203",
]
AI_ES = ["ual-ia-101"]
OFF_NETWORK = ["bvca-soc-101", "diaa-dl-202", "glcc-safe-104", "diaa-ai-101"]
NEEDS = {
    "en": ["you need about"],
    "de": ["brauchen Sie im Schnitt"],
    "es": ["necesita unas"],
    "fr": ["il vous faut en moyenne"],
    "fi": ["tarvitset keskimäärin"],
    "vi": ["bạn cần trung bình"],
    "hi": ["औसतन"],
    "bn": ["গড়ে"],
}


def _lang(first: str, asked: str, **checks) -> tuple[list[str], list[T]]:
    return (["lang_after_list"], [T(first, OPEN), T(asked, LANG_Q, **checks)])


def _intro(first: str, said: str) -> tuple[list[str], list[T]]:
    """A cybersecurity-technician plan at 300 EUR (Security Operations Fundamentals), then an introduction
    to cybersecurity said done: the step kept, no SIEM plan at a dearer budget, the French SME course not
    held."""
    keep = {"cite_none": ["bvca-siem-201"], "plan_excl": ["bvca-siem-201"], "held_not": ["inl-cyber-201"]}
    return (["intro_done"], [T(first, PLAN + ["set_goal"], plan=True), T(said, SKIP, **keep)])


def _cheaper(first: str, asked: str) -> tuple[list[str], list[T]]:
    return (
        ["cheaper_subject"],
        [
            T(first, ["search", "set_goal", "explore"]),
            T(asked, ["refine"], cite_any=NETWORK, cite_none=OFF_NETWORK),
        ],
    )


def _hours(lang: str, first: str, asked: str) -> tuple[list[str], list[T]]:
    return (["hours_by_date"], [T(first, OPEN), T(asked, PLAN, reply_any=NEEDS[lang])])


def _enrol(first: str, asked: str, want: list[str], *middle: str) -> tuple[list[str], list[T]]:
    turns = [T(first, OPEN), *(T(m, ["explain", "select", "refine"]) for m in middle)]
    return (["enrol"], [*turns, T(asked, ENROL, cite_any=want, plan=False)])


_BATCH: dict[str, list[tuple[list[str], list[T]]]] = {
    "en": [
        _lang(
            "I want to learn about cloud computing",
            "I'd rather do them in German",
            lead_langs=["de"],
            cite_any=CLOUD_DE,
        ),
        _intro(
            "I want to become a cybersecurity technician, 6 hours a week, max 300 euros",
            "I already did an intro to cyber security course last year, can we drop that?",
        ),
        _cheaper("networking courses for a complete beginner please", "too pricey, anything cheaper?"),
        _hours(
            "en",
            "I want to become a data analyst",
            "how many hours a week would I need to be done by next summer?",
        ),
        _enrol("show me beginner cloud courses", "great, register me for the first one", CLOUD),
        (
            ["client_account"],
            [
                T(
                    "I'm a job coach. My client Lena, 34, cashier, wants to become a data analyst, "
                    "5 hours a week",
                    OPEN,
                ),
                # session 29 (advisers29): the next client gets a fresh profile of his own in the chat
                # (was: "the new client can sign up with an account of their own", nothing changed)
                T(
                    "next client: Omar, 28, warehouse worker, wants to learn networking",
                    ["smalltalk", "set_goal", "search", "explore", "plan"],
                    goal=["network"],
                    goal_not="data_analyst",
                    reply_any=["fresh profile"],
                ),
            ],
        ),
    ],
    "de": [
        _lang(
            "Hallo, ich will in die IT, am liebsten was mit Linux und Servern",
            "Englisch so lala, lieber auf Deutsch",
            lead_langs=["de"],
            cite_any=SYSADMIN_DE + CLOUD_DE,
        ),
        _intro(
            "Ich will Techniker für Cybersicherheit werden, 6 Stunden die Woche, höchstens 300 Euro",
            "Ich hab schon eine Einführung in Cybersicherheit gemacht, kann die raus?",
        ),
        _cheaper("Kurse zu Computernetzwerken für Anfänger bitte", "zu teuer, gibt's was Billigeres?"),
        _hours(
            "de",
            "Ich will Cloud-Ingenieur werden",
            "wie viele Stunden pro Woche bräuchte ich, um bis Ende nächsten Jahres fertig zu sein?",
        ),
        _enrol("Ich möchte Cloud Computing lernen", "super, melde mich für den ersten an", CLOUD),
    ],
    "es": [
        _lang(
            "me interesa la inteligencia artificial",
            "¿los hay en español?",
            lead_langs=["es"],
            cite_any=AI_ES,
        ),
        _intro(
            "quiero ser técnico de ciberseguridad, 6 horas a la semana, máximo 300 euros",
            "ya hice un curso de introducción a la ciberseguridad, ¿lo quitamos?",
        ),
        _cheaper("cursos de redes para principiantes", "muy caro, ¿algo más barato?"),
        _hours(
            "es",
            "quiero ser analista de datos algún día",
            "¿cuántas horas a la semana necesito para terminar antes de septiembre?",
        ),
        _enrol("busco cursos de ciberseguridad", "vale, inscríbeme en el primero", CYBER),
    ],
    "fr": [
        _lang(
            "je veux apprendre les bases des réseaux informatiques",
            "plutôt en français svp",
            lead_langs=["fr"],
            cite_any=["ccna-fondements-101"],
        ),
        _intro(
            "Je veux devenir technicien en cybersécurité, 6 h par semaine, 300 € maximum",
            "j'ai déjà fait un cours d'initiation à la cybersécurité, on peut le retirer ?",
        ),
        _cheaper("je cherche une formation en réseaux, je débute", "c'est cher, y a moins cher ?"),
        _hours(
            "fr",
            "je veux devenir technicien réseau",
            "combien d'heures par semaine pour finir d'ici l'été prochain ?",
        ),
        _enrol("je cherche une formation en cybersécurité svp", "ok, inscrivez-moi à la première", CYBER),
    ],
    "fi": [
        _lang(
            "kiinnostaisi tietoturva",
            "löytyykö näitä suomeksi?",
            cite_any=CYBER,
            reply_any=["suomeksi", "kielellä suomi"],
        ),
        _cheaper("verkkotekniikan kursseja aloittelijalle", "liian kallis, onko halvempaa?"),
        _hours(
            "fi",
            "haluaisin data-analyytikoksi",
            "montako tuntia viikossa pitää opiskella, jos haluan olla valmis ensi kesään mennessä?",
        ),
        _enrol("haluan oppia pilvipalveluista", "voitko ilmoittaa minut ensimmäiselle?", CLOUD),
    ],
    "vi": [
        _lang(
            "mình muốn học thêm về điện toán đám mây",
            "có khóa nào bằng tiếng Việt không?",
            cite_any=CLOUD,
            reply_any=["tiếng Việt"],
        ),
        _cheaper(
            "cho mình xem các khóa học mạng máy tính cho người mới", "đắt quá, có khóa nào rẻ hơn không?"
        ),
        _hours(
            "vi",
            "tôi muốn trở thành chuyên viên phân tích dữ liệu",
            "mỗi tuần cần bao nhiêu giờ để xong trước tháng 9 năm sau?",
        ),
        _enrol("tôi muốn học an ninh mạng", "đăng ký giúp tôi khóa đầu tiên nhé", CYBER),
    ],
    "hi": [
        _lang("मुझे क्लाउड कंप्यूटिंग सीखनी है यार", "क्या ये हिंदी में मिलेंगे?", cite_any=CLOUD, reply_any=["हिंदी"]),
        _cheaper("नेटवर्किंग के कोर्स दिखाइए प्लीज़", "बहुत महंगा है, इससे सस्ता कुछ है?"),
        _hours(
            "hi", "मैं आगे चलकर डेटा एनालिस्ट बनना चाहता हूँ", "अगले साल जून तक पूरा करने के लिए हफ्ते में कितने घंटे चाहिए?"
        ),
        _enrol("मुझे साइबर सुरक्षा सीखनी है", "पहले वाले कोर्स में मेरा दाखिला करा दीजिए", CYBER),
    ],
    "bn": [
        _lang("আমি ক্লাউড কম্পিউটিং শিখতে চাই ভাই", "এগুলো কি বাংলায় পাওয়া যায়?", cite_any=CLOUD, reply_any=["বাংলা"]),
        _cheaper("নেটওয়ার্কিং কোর্স দেখান", "অনেক দাম, এর চেয়ে সস্তা কিছু আছে?"),
        _hours("bn", "আমি একজন ডেটা অ্যানালিস্ট হতে চাই", "আগামী বছরের জুনের মধ্যে শেষ করতে সপ্তাহে কত ঘণ্টা লাগবে?"),
        _enrol("আমি সাইবার নিরাপত্তা শিখতে চাই", "প্রথম কোর্সটায় আমাকে ভর্তি করে দিন", CYBER),
    ],
}


def dialogues(lang: str) -> list[D]:
    """This language's trial27 dialogues (ids `<lang>-trial27-NN`, tags the class and `trial27`)."""
    return [
        D(f"{lang}-trial27-{n:02d}", [*tags, "trial27"], turns, split="tune")
        for n, (tags, turns) in enumerate(_BATCH.get(lang, []), 1)
    ]
