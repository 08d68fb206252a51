"""The lang20 batch (session 20, issue #12, tune): everyday conversations in German, Spanish, French and
Finnish. Written BEFORE the fixes by the helper who fixes them (a check of that work, not a blind measure),
in its own phrasings: learners and advisers, colloquial, typos, no accents, du/Sie, tú/usted, tu/vous,
Finnish case endings and spoken forms ("mä haluun", "onks", "paljonko"). Every act (tags):

- `open`: a greeting or a vague opening (no goal), then a goal;
- `limits`: a goal with hours, money or a date said the everyday way ("bis zum Sommer", "antes de septiembre",
  "d'ici la rentrée", "kesään mennessä", "bis Weihnachten nächstes Jahr", "ensi vuoden jouluun mennessä"),
  then a plan;
- `adviser`: an adviser speaking of a client (Sie/usted/vous, the formal Finnish), a goal and a limit;
- `held`: skills said to be held beside a goal;
- `named`: a question about a named course - its price, level, prerequisites, recognition;
- `define`: a definition question right after a course card ("Was ist ein ECTS?", "¿qué es eso del EQF?"):
  the definition in the learner's language, then what it means for the card (the card's course cited);
- `refine`: a plan, then "cheaper?".

Each language module adds `dialogues("<lang>")`."""

from __future__ import annotations

from dsl import OCC, D, T
from t11goal_lists import ANY

GREET = [*ANY, "smalltalk", "out_of_scope"]

# dates relative to the set's today, 2026-12-04
BEFORE_SUMMER = ("2027-05-15", "2027-06-30")  # "bis zum Sommer", "kesään mennessä"
BEFORE_SEPTEMBER = ("2027-08-24", "2027-09-01")  # "antes de septiembre": the end of August
RENTREE = ("2027-08-20", "2027-09-06")  # "d'ici la rentrée"
NEXT_CHRISTMAS = ("2027-12-15", "2027-12-26")  # "bis Weihnachten nächstes Jahr", "ensi vuoden jouluun"
EASTER = ("2027-03-14", "2027-03-31")  # "avant Pâques": Easter 2027 is 28 March
END_MARCH = ("2027-03-25", "2027-04-01")

SUPPORT = ["glcc-help-201", "glcc-sys-202", "glcc-solve-105", "ccna-hw-102", "ccna-ops-205", "ccna-email-103"]

# what a definition says, in each reply language (an ECTS is hours of work; the EQF a European framework)
ECTS_WORDS = {"de": ["Stunden"], "es": ["horas"], "fr": ["heures"], "fi": ["tunti", "tuntia"]}
EQF_WORDS = {
    "de": ["Qualifikationsrahmen"],
    "es": ["Marco Europeo", "marco europeo"],
    "fr": ["cadre européen", "Cadre européen"],
    "fi": ["viitekehys", "tutkintojen"],
}


def _t(text: str, **checks: object) -> T:
    return T(text, ANY, **checks)


def _define(card_ask: str, card: str, define_ask: str, lang: str, words: dict[str, list[str]]) -> list[T]:
    """A course's card, then a definition: the definition words in the learner's language, the card cited."""
    return [
        _t(card_ask, cite_any=[card], dead_ok=True),
        T(define_ask, ["explain", "requirements", "select"], reply_any=words[lang], cite_any=[card]),
    ]


_BATCH: dict[str, list[tuple[str, list[T]]]] = {
    "de": [
        (
            "open",
            [
                T("moin! ich weiß nich so recht was ich machen soll", GREET, no_goal=True, dead_ok=True),
                _t("irgendwas mit daten vielleicht, excel kann ich ganz gut", goal="data_analyst"),
            ],
        ),
        (
            "limits",
            [
                _t(
                    "Ich will Netzwerkadministrator werden, hab so 6 Std die Woche und sollte bis zum Sommer "
                    "fertig sein",
                    goal="netadmin",
                    hours=6,
                    deadline=BEFORE_SUMMER,
                ),
                _t("mach mir mal nen plan", plan=True, hours=6),
            ],
        ),
        (
            "limits",
            [
                _t(
                    "ich möchte richtung cloud, darf aber max 500 euro kosten",
                    goal="cloud",
                    budget=(500, "EUR"),
                ),
                _t("und bitte nur online", part=["online"], budget=(500, "EUR")),
            ],
        ),
        (
            "adviser",
            [
                _t(
                    "Guten Tag, ich berate eine Kundin, 38, gelernte Bürokauffrau. Sie möchte in die "
                    "IT-Sicherheit wechseln.",
                    goal="cyber",
                ),
                _t("Sie hätte ungefähr 4 Stunden pro Woche Zeit", hours=4, goal="cyber"),
            ],
        ),
        (
            "named",
            [
                _t(
                    "was kostet eigentlich Linux-Systemadministration kompakt?",
                    cite_any=["hrd-linux-101"],
                    reply_any=["450"],
                ),
                _t(
                    "und kann man den online machen?",
                    cite_any=["hrd-linux-101"],
                    reply_any=["vor Ort", "Präsenz", "nicht online", "on-site"],
                ),
            ],
        ),
        (
            "define",
            _define(
                "welches Niveau hat Grundlagen des Cloud Computing?",
                "hrd-cloud-101",
                "was heißt EQF überhaupt?",
                "de",
                EQF_WORDS,
            ),
        ),
        (
            "define",
            _define(
                "Erzähl mir was über Networking Fundamentals",
                "ccna-net-101",
                "Was ist ein ECTS?",
                "de",
                ECTS_WORDS,
            ),
        ),
        (
            "named",
            [
                _t(
                    "Brauch ich für Network Automation with Python and APIs Vorkenntnisse?",
                    cite_any=["ccna-netauto-203"],
                    reply_any=["Python"],
                ),
            ],
        ),
        (
            "named",
            [
                _t(
                    "Ist das Hochschulzertifikat Cloud Security Engineering überhaupt anerkannt?",
                    cite_any=["hrd-cert-cloudsec"],
                    reply_any=["akkreditiert", "Akkreditierung"],
                ),
            ],
        ),
        (
            "refine",
            [
                _t("Ich will Softwareentwickler werden", goal="software"),
                _t("mach nen plan, ich hab 10 stunden die woche", plan=True, hours=10),
                _t("geht das auch günstiger?", plan=True, cheaper=True),
            ],
        ),
        (
            "held",
            [
                _t(
                    "ich kann schon ganz gut python und bissl sql, will data engineer werden",
                    goal="de",
                    skills_all=["python", "sql"],
                ),
            ],
        ),
        (
            "limits",
            [
                _t(
                    "ich möchte gerne webentwicklerin werden aber hab kein plan wo anfangen, "
                    "kannst du mir helfen",
                    goal="web",
                ),
                _t("ich hab bis weihnachten nächstes jahr zeit", deadline=NEXT_CHRISTMAS, goal="web"),
            ],
        ),
        (
            "limits",
            [
                _t(
                    "KI interessiert mich, aber ich muss bis Ende März durch sein und hab nur 300€",
                    goal="ai",
                    deadline=END_MARCH,
                    budget=(300, "EUR"),
                ),
            ],
        ),
    ],
    "es": [
        (
            "open",
            [
                T("hola buenas", GREET, no_goal=True, dead_ok=True),
                _t("quiero aprender a analizar datos, se usar excel", goal="data_analyst"),
            ],
        ),
        (
            "limits",
            [
                _t(
                    "quiero ser desarrolladora web, tengo unas 5 horas a la semana y necesito terminar "
                    "antes de septiembre",
                    goal="web",
                    hours=5,
                    deadline=BEFORE_SEPTEMBER,
                ),
                _t("hazme un plan", plan=True, hours=5),
            ],
        ),
        (
            "limits",
            [
                _t(
                    "me interesa la ciberseguridad pero no puedo gastar mas de 300 euros",
                    goal="cyber",
                    budget=(300, "EUR"),
                ),
                _t("y que sea online", part=["online"], budget=(300, "EUR")),
            ],
        ),
        (
            "adviser",
            [
                _t(
                    "Buenos días, soy orientadora laboral. Tengo un usuario de 45 años que era camionero y "
                    "quiere trabajar en soporte informático",
                    goal="helpdesk",
                ),
                _t("¿Qué le recomienda usted para empezar?", cite_any=SUPPORT, goal="helpdesk"),
            ],
        ),
        (
            "named",
            [
                _t(
                    "cuanto cuesta el curso SQL para el análisis de datos?",
                    cite_any=["ual-sql-102"],
                    reply_any=["320"],
                ),
            ],
        ),
        (
            "define",
            _define(
                "¿qué nivel tiene Python para el análisis de datos?",
                "ual-python-201",
                "¿y qué es eso del EQF?",
                "es",
                EQF_WORDS,
            ),
        ),
        (
            "define",
            _define(
                "háblame del Experto Universitario en Análisis de Datos",
                "ual-cert-datos",
                "¿Qué es un ECTS?",
                "es",
                ECTS_WORDS,
            ),
        ),
        (
            "named",
            [
                _t(
                    "que necesito saber antes de hacer Building Reliable Data Pipelines?",
                    cite_any=["nda-etl-201"],
                    reply_any=["SQL"],
                ),
            ],
        ),
        (
            "named",
            [
                _t(
                    "el curso de Estadística aplicada con R esta reconocido oficialmente?",
                    cite_any=["ual-estad-202"],
                    reply_any=["Títulos propios", "universidad", "Universidad"],
                ),
            ],
        ),
        (
            "refine",
            [
                _t("quiero trabajar de analista de datos", goal="data_analyst"),
                _t("un plan con 6 horas semanales porfa", plan=True, hours=6),
                _t("hay algo mas barato?", plan=True, cheaper=True),
            ],
        ),
        (
            "held",
            [
                _t(
                    "trabajo de administrativo, controlo bastante de excel y un poco de sql, me gustaria "
                    "pasarme a business intelligence",
                    skills_all=["spreadsheet", "sql"],
                ),
            ],
        ),
        (
            "limits",
            [
                _t(
                    "para navidad del año que viene quiero tener algun certificado de cloud",
                    goal="cloud",
                    deadline=NEXT_CHRISTMAS,
                ),
            ],
        ),
        (
            "limits",
            [
                _t("ola kiero aprender programacion desde cero, no se nada", goal="software"),
                _t("cuanto tardaria con 4h a la semana?", hours=4),
            ],
        ),
    ],
    "fr": [
        (
            "open",
            [
                T("salut", GREET, no_goal=True, dead_ok=True),
                _t("je voudrais bosser dans la cybersecu, j'ai pas de diplome", goal="cyber"),
            ],
        ),
        (
            "limits",
            [
                _t(
                    "je veux devenir admin réseau, j'ai 5h par semaine et faut que ce soit fini "
                    "d'ici la rentrée",
                    goal="netadmin",
                    hours=5,
                    deadline=RENTREE,
                ),
                _t("tu peux me faire un plan ?", plan=True, hours=5),
            ],
        ),
        (
            "limits",
            [
                _t(
                    "je m'intéresse au cloud mais j'ai pas plus de 400 balles",
                    goal="cloud",
                    budget=(400, "EUR"),
                ),
                _t("seulement en ligne", part=["online"], budget=(400, "EUR")),
            ],
        ),
        (
            "adviser",
            [
                _t(
                    "Bonjour, je suis conseillère en insertion. J'accompagne un monsieur de 50 ans, ancien "
                    "magasinier, qui veut se former à la protection des données.",
                    goal="dpo",
                ),
                _t("Il peut y consacrer 3 heures par semaine", hours=3, goal="dpo"),
            ],
        ),
        (
            "named",
            [
                _t(
                    "combien coute Audit de sécurité des systèmes d'information ?",
                    cite_any=["inl-audit-302"],
                    reply_any=["1400", "1 400", "1,400", "1 400"],
                ),
            ],
        ),
        (
            "define",
            _define(
                "c'est quel niveau le cours Les fondamentaux du RGPD ?",
                "inl-rgpd-101",
                "c'est quoi le niveau EQF en fait ?",
                "fr",
                EQF_WORDS,
            ),
        ),
        (
            "define",
            _define(
                "parle-moi du cours Fondements des réseaux informatiques",
                "ccna-fondements-101",
                "un ECTS c'est quoi ?",
                "fr",
                ECTS_WORDS,
            ),
        ),
        (
            "named",
            [
                _t(
                    "faut des prérequis pour Parallel Programming with MPI and OpenMP ?",
                    cite_any=["padr-par-201"],
                    reply_any=["C++"],
                ),
            ],
        ),
        (
            "named",
            [
                _t(
                    "le Certificat Gouvernance et protection des données, il est reconnu par l'Etat ?",
                    cite_any=["inl-cert-gouv"],
                    reply_any=["Qualiopi"],
                ),
            ],
        ),
        (
            "refine",
            [
                _t("je veux devenir dev web", goal="web"),
                _t("fais-moi un plan avec 8h par semaine", plan=True, hours=8),
                _t("il y a moins cher ?", plan=True, cheaper=True),
            ],
        ),
        (
            "held",
            [
                _t(
                    "je suis comptable, je maîtrise Excel et je connais un peu Python, "
                    "je veux passer à la data",
                    goal="data_analyst",
                    skills_all=["spreadsheet", "python"],
                ),
            ],
        ),
        (
            "limits",
            [
                _t("je veux me former en IA", goal="ai"),
                _t("faut que j'aie fini avant Pâques", deadline=EASTER, goal="ai"),
            ],
        ),
        (
            "open",
            [
                _t(
                    "jsuis prof de maths au college et jvoudrais enseigner l'informatique", goal="ict_teacher"
                ),
            ],
        ),
    ],
    "fi": [
        (
            "open",
            [
                T("moi", GREET, no_goal=True, dead_ok=True),
                _t("mä haluun oppia ohjelmointii, en osaa vielä mitään", goal="software"),
            ],
        ),
        (
            "limits",
            [
                _t(
                    "haluaisin verkkoasiantuntijaksi, mulla on viikossa noin 6 tuntia ja pitäis olla valmis "
                    "kesään mennessä",
                    goal="network",
                    hours=6,
                    deadline=BEFORE_SUMMER,
                ),
                _t("tee mulle suunnitelma", plan=True, hours=6),
            ],
        ),
        (
            "limits",
            [
                _t("pilvipalvelut kiinnostaa, budjetti on max 300 euroa", goal="cloud", budget=(300, "EUR")),
                _t("mieluiten vain etäopetusta", part=["online"], budget=(300, "EUR")),
            ],
        ),
        (
            "adviser",
            [
                _t(
                    "Hei, olen työllisyyspalveluiden neuvoja. Asiakkaani on 40-vuotias lähihoitaja, "
                    "joka haluaa siirtyä data-analytiikkaan.",
                    goal="data_analyst",
                ),
                _t("Hän osaa Exceliä hyvin", goal="data_analyst", skills_all=["spreadsheet"]),
            ],
        ),
        (
            "named",
            [
                _t(
                    "paljonko maksaa Security Operations Fundamentals?",
                    cite_any=["bvca-soc-101"],
                    reply_any=["900"],
                ),
            ],
        ),
        (
            "define",
            _define(
                "minkä tasoinen on Data Warehouse Design -kurssi?",
                "nda-dwh-202",
                "mikä se EQF-taso oikein on?",
                "fi",
                EQF_WORDS,
            ),
        ),
        (
            "define",
            _define(
                "kerro Programming Fundamentals in Python -kurssista",
                "lit-prog-101",
                "mikä on ECTS?",
                "fi",
                ECTS_WORDS,
            ),
        ),
        (
            "named",
            [
                _t(
                    "tarviiks Network Automation with Python and APIs -kurssille jotain esitietoja?",
                    cite_any=["ccna-netauto-203"],
                    reply_any=["Python"],
                ),
            ],
        ),
        (
            "named",
            [
                _t(
                    "onks Certificate in Full-Stack Web Development virallisesti tunnustettu?",
                    cite_any=["lit-cert-web"],
                    reply_any=["QQI"],
                ),
            ],
        ),
        (
            "refine",
            [
                _t("haluun tietoturva-alalle", goal="cyber"),
                _t("tee suunnitelma, 5 tuntia viikossa", plan=True, hours=5),
                _t("onks halvempaa?", plan=True, cheaper=True),
            ],
        ),
        (
            "held",
            [
                _t(
                    "osaan jo linuxia aika hyvin ja vähän pythonia, haluisin pilvi-insinööriksi",
                    goal="cloud",
                    skills_all=["linux", "python"],
                ),
            ],
        ),
        (
            "limits",
            [
                _t(
                    "haluan oppia data-analyysia ensi vuoden jouluun mennessä",
                    goal="data_analyst",
                    deadline=NEXT_CHRISTMAS,
                ),
            ],
        ),
        (
            "limits",
            [
                _t("haluun webbikehittäjäksi", goal="web"),
                _t("mulla on 3 tuntia viikossa", hours=3, goal="web"),
            ],
        ),
    ],
}

assert all(tag for rows in _BATCH.values() for tag, _ in rows) and OCC


def dialogues(lang: str) -> list[D]:
    """The batch's dialogues of one language, ids `<lang>-lang20-NN`."""
    return [
        D(f"{lang}-lang20-{n:02d}", ["lang20", tag], turns, split="tune")
        for n, (tag, turns) in enumerate(_BATCH[lang], start=1)
    ]
