"""The lang28 batch (session 28, issue #12, tune): the largest general causes of the failing German, Spanish,
French and Finnish tune turns, and the lead's browser findings, in the helper's own phrasings (not the tune's
nor the lead's). Written by the helper who fixes them (a check of that work, not a blind measure). Classes
(tags):

- `title_lang`: a course title written in English inside another language's sentence ("compara <title> y
  <title>", "kerro <title> -kurssista"): the reply in the learner's language, the course(s) cited.
- `enrol`: an enrolment ask with words between the pronoun and the verb ("kannst du mich beim ersten
  anmelden?", "¿me puedes apuntar al segundo?", "voitko ilmottaa mut"): enrolment is with the provider, the
  course's page cited, no plan.
- `lang_after_directions`: a language asked right after the counsellor's directions or first entries, with no
  goal yet ("lieber auf Deutsch"): never "none of those fits that".
- `change_of_field`: a move into a field said with a verb of changing over ("in die IT-Sicherheit wechseln",
  "pasarme a la ciberseguridad", "me reconvertir dans les réseaux", "siirtyä IT-tukeen"): the field is the
  goal, whatever the act.
- `accented_word`: a word of the learner's language typed with its accents ("maçon") is no typo of a tool.

Each language module adds `dialogues("<lang>")`; the unseen variants (written after the fixes, not tuned on)
are `dialogues("<lang>", unseen=True)`, ids `<lang>-lang28u-NN`."""

from __future__ import annotations

from dsl import D, T

ANY = [
    "set_goal",
    "explore",
    "search",
    "plan",
    "state_skills",
    "set_constraints",
    "refine",
    "select",
    "explain",
    "compare",
    "requirements",
]
EXPLAIN = ["explain", "select", "requirements", "search"]
COMPARE = ["compare", "explain"]
ENROL = ["explain", "select"]
LANG_Q = ["refine", "search", "set_constraints", "explain", "select", "explore"]
GOAL = ["set_goal", "explore", "search", "plan", "state_skills"]
NONE_FITS = [
    "None of those fits",
    "Keiner davon passt",
    "Ninguno de esos encaja",
    "Aucun de ceux-ci ne convient",
    "Mikään niistä ei sovi",
]
LINUX = [
    "hrd-linux-101",
    "hrd-cert-sysadmin",
    "hrd-virt-201",
    "hrd-backup-102",
    "hrd-iac-202",
    "glcc-sys-202",
]
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
    "ccna-hybrid-303",
    "ccna-aiops-301",
]
MAC = ["macos", "operating systems"]

_Batch = dict[str, list[tuple[str, list[T]]]]


def _enrol(first: str, asked: str, want: list[str]) -> list[T]:
    return [T(first, ["search", "set_goal", "explore"]), T(asked, ENROL, cite_any=want, plan=False)]


def _directions(first: str, asked: str) -> list[T]:
    return [T(first, ["explore", "set_goal", "search"]), T(asked, LANG_Q, reply_excl=NONE_FITS)]


_BATCH: _Batch = {
    "de": [
        (
            "title_lang",
            [T("erzähl mir was über Building Reliable Data Pipelines", EXPLAIN, cite_any=["nda-etl-201"])],
        ),
        (
            "enrol",
            _enrol("zeig mir Kurse zu Linux", "kannst du mich bitte für den ersten Kurs anmelden?", LINUX),
        ),
        ("lang_after_directions", _directions("keine Ahnung, was ich lernen soll", "lieber auf Deutsch")),
        (
            "change_of_field",
            [
                T(
                    "bin Busfahrer und möchte in die Netzwerktechnik wechseln, hab null Ahnung",
                    GOAL,
                    goal="network",
                )
            ],
        ),
        (
            "change_of_field",
            [T("ich will als Quereinsteigerin in die Datenanalyse", GOAL, goal="data_analyst")],
        ),
    ],
    "es": [
        (
            "title_lang",
            [
                T(
                    "¿qué tal es Network Security Essentials para empezar?",
                    EXPLAIN,
                    cite_any=["ccna-netsec-204"],
                )
            ],
        ),
        ("enrol", _enrol("busco cursos de redes", "¿me puedes apuntar al segundo?", NETWORK)),
        ("lang_after_directions", _directions("no tengo ni idea de qué estudiar", "mejor en español porfa")),
        (
            "change_of_field",
            [T("soy cocinero y quiero pasarme a la ciberseguridad, empiezo de cero", GOAL, goal="cyber")],
        ),
        ("change_of_field", [T("llevo años de cajera y quiero meterme en redes", GOAL, goal="network")]),
    ],
    "fr": [
        (
            "title_lang",
            [
                T(
                    "compare Network Security Essentials avec Security Operations Fundamentals stp",
                    COMPARE,
                    cite_any=["ccna-netsec-204", "bvca-soc-101"],
                )
            ],
        ),
        (
            "enrol",
            _enrol("montrez-moi des formations cloud", "vous pouvez m'inscrire à la deuxième ?", CLOUD),
        ),
        (
            "lang_after_directions",
            _directions("je sais vraiment pas quoi apprendre", "plutôt en français svp"),
        ),
        (
            "change_of_field",
            [
                T(
                    "je suis maçon et je veux me reconvertir dans les réseaux",
                    GOAL,
                    goal="network",
                    skills_not=MAC,
                )
            ],
        ),
        ("accented_word", [T("maçon depuis 20 ans, j'ai jamais touché un ordi", ANY, skills_not=MAC)]),
    ],
    "fi": [
        (
            "title_lang",
            [T("kerro lisää Building Reliable Data Pipelines -kurssista", EXPLAIN, cite_any=["nda-etl-201"])],
        ),
        ("enrol", _enrol("näytä pilvikursseja", "voitko ilmottaa mut ekalle?", CLOUD)),
        ("lang_after_directions", _directions("en yhtään tiedä mitä opiskelisin", "mieluummin suomeksi")),
        ("change_of_field", [T("oon kokki ja haluaisin vaihtaa alaa tietoturvaan", GOAL, goal="cyber")]),
        ("change_of_field", [T("oon kaupan kassalla ja haluun siirtyä IT-tukeen", GOAL, goal="helpdesk")]),
    ],
}

DATABASES = [
    "nda-dba-201",
    "nda-model-102",
    "ual-sql-102",
    "nda-nosql-205",
    "hrd-clouddb-303",
    "nda-dbsec-301",
    "nda-dbphys-302",
    "nda-cert-dba",
]

# written after the fixes, not tuned on
_UNSEEN: _Batch = {
    "de": [
        (
            "title_lang",
            [
                T(
                    "was kostet Cloud Operations and Observability eigentlich?",
                    EXPLAIN,
                    cite_any=["lcsi-cloudops-205"],
                )
            ],
        ),
        (
            "enrol",
            _enrol("zeig mir Datenbankkurse", "könntest du mich für den zweiten anmelden, bitte?", DATABASES),
        ),
        (
            "lang_after_directions",
            _directions("hab keinen Plan, was ich machen soll", "lieber was auf Deutsch"),
        ),
        (
            "change_of_field",
            [T("bin Altenpfleger und will umsteigen in die Cloud", GOAL, goal=["cloud", "349ee6f6"])],
        ),
    ],
    "es": [
        (
            "title_lang",
            [
                T(
                    "diferencias entre Data Warehouse Design y Data Modelling Essentials?",
                    COMPARE,
                    cite_any=["nda-dwh-202", "nda-model-102"],
                )
            ],
        ),
        ("enrol", _enrol("cursos de cloud", "¿me podrías matricular en el primero?", CLOUD)),
        (
            "lang_after_directions",
            _directions("ni idea de qué hacer con mi vida laboral", "mejor en castellano"),
        ),
        ("change_of_field", [T("soy repartidor y me quiero pasar a la programación", GOAL, goal="software")]),
    ],
    "fr": [
        (
            "title_lang",
            [T("il dure combien Building Reliable Data Pipelines ?", EXPLAIN, cite_any=["nda-etl-201"])],
        ),
        ("enrol", _enrol("des formations en réseaux ?", "tu peux m'inscrire au premier ?", NETWORK)),
        (
            "change_of_field",
            [T("aide-soignante, je veux basculer vers le support informatique", GOAL, goal="helpdesk")],
        ),
        ("accented_word", [T("je suis maçon et j'aimerais apprendre à coder", ANY, skills_not=MAC)]),
    ],
    "fi": [
        (
            "title_lang",
            [T("paljonko Network Security Essentials maksaa?", EXPLAIN, cite_any=["ccna-netsec-204"])],
        ),
        ("enrol", _enrol("näytä verkkokursseja", "kirjaa mut siihen toiseen kurssiin", NETWORK)),
        (
            "lang_after_directions",
            _directions("mitä mun kannattais opiskella, en tiiä", "suomeks mieluummin"),
        ),
        ("change_of_field", [T("oon siivooja ja haluisin vaihtaa alaa dataan", GOAL, goal=["data"])]),
    ],
}


def dialogues(lang: str, unseen: bool = False) -> list[D]:
    """The batch's dialogues of one language, ids `<lang>-lang28-NN` (`<lang>-lang28u-NN`: unseen)."""
    name = "lang28u" if unseen else "lang28"
    batch = (_UNSEEN if unseen else _BATCH).get(lang, [])
    return [
        D(f"{lang}-{name}-{n:02d}", [name, tag], turns, split="tune")
        for n, (tag, turns) in enumerate(batch, 1)
    ]
