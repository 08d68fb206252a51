"""The refine21 batch (session 21, issue #12, tune): searches with a topic and a limit, then refinements, in
German, Spanish, French and Finnish. Written BEFORE the fixes by the helper who fixes them (a check of that
work, not a blind measure), in its own phrasings, with Swiss, Austrian, Latin-American, Québécois and Belgian
forms, spoken Finnish, formal Sie/usted/vous and informal du/tú/tu, learners and advisers. Classes (tags):

1. `search`: a search with a topic and a limit (price, free, format, language, length, level) said the
   everyday way; the list is on the topic and the limit is kept in the profile;
2. `refine`: a follow-up that narrows or changes the list ("und günstiger?", "¿y en línea?", "ilman maksua",
   "nur Präsenz", "máximo 3 meses", "pas plus de 200 euros", "mieluummin suomeksi", "eine Stufe leichter"):
   the limit is saved, the topic of the list is kept;
3. `ordinal`: a question about a listed course by its place ("wie lange dauert der zweite?", "¿y el tercero
   tiene certificado?", "le premier c'est combien ?", "kerro toisesta") or a list without one ("sin el
   primero"): the reply is about that entry (new checks `citations.first_prev_cited`, dsl `cite_prev_nth`, and
   `citations.exclude_prev_cited`, dsl `cite_excl_prev_nth`);
4. `goal`: the goal changes in the middle of a search thread ("eigentlich will ich eher in die Cloud").

Each language module adds `dialogues("<lang>")`."""

from __future__ import annotations

from acts17_lists import AI, CLOUD, CYBER, DATA, DB, GDPR, ML, NET
from dsl import CONS, EXPLAIN, EXPLORE, GOAL, PLAN, REFINE, SEARCH, SELECT, D, T

SEARCHES = SEARCH + EXPLORE + CONS + REFINE
REF = REFINE + CONS + SEARCH
ASK = SELECT + EXPLAIN + SEARCH
GOALS = GOAL + EXPLORE + PLAN + SEARCH
ONSITE = ["on-site", "blended"]
ONLINE = ["online"]
THREE_MONTHS = ("2027-02-25", "2027-03-12")  # "máximo 3 meses" said on 2026-12-04
SIX_WEEKS = ("2027-01-10", "2027-01-22")
SECURITY = [*CYBER, *GDPR]
PYDATA = ["ual-python-201", "diaa-ml-201", "diaa-viz-204", "lit-prog-101", *DATA]

_BATCH: dict[str, list[tuple[str, list[str], list[T]]]] = {
    "de": [
        (
            "search",
            ["free", "lang"],
            [
                T("etwas Kostenloses zu Datenbanken auf Deutsch?", SEARCHES, cite_any=DB, budget=(0, "EUR")),
                T("und wenns was kostet, dafür auf deutsch?", REF, cite_any=DB, lead_langs=["de"]),
            ],
        ),
        (
            "refine",
            ["cheaper"],
            [
                T("Ich suche einen Online-Kurs zur Cloud-Sicherheit", SEARCHES, cite_any=CLOUD, part=ONLINE),
                T("und günstiger?", REF, cite_any=CLOUD),
                T("wie lange dauert der zweite?", ASK, cite_prev_nth=2),
            ],
        ),
        (
            "refine",
            ["onsite", "austria"],
            [
                T(
                    "Servus, gibt's was zu Linux-Administration?",
                    SEARCHES,
                    cite_any=["hrd-linux-101", "hrd-cert-sysadmin", "bvca-hard-202", "glcc-sys-202"],
                ),
                T("nur Präsenz bitte, ich bin in Wien", REF, part=ONSITE),
            ],
        ),
        (
            "refine",
            ["level"],
            [
                T("Zeig mir Cloud-Kurse auf Niveau 5", SEARCHES, cite_any=CLOUD, lead_eqf=[5]),
                T("eine Stufe leichter bitte", REF, cite_any=CLOUD, lead_eqf=[4, 3], max_eqf=4),
            ],
        ),
        (
            "ordinal",
            ["formal"],
            [
                T(
                    "Können Sie mir Kurse zum Thema Netzwerke empfehlen, maximal 600 Euro?",
                    SEARCHES,
                    cite_any=NET,
                    budget=(600, "EUR"),
                ),
                T("Was kostet denn der erste?", ASK, cite_prev_nth=1),
            ],
        ),
        (
            "ordinal",
            ["swiss"],
            [
                T("Grüezi, händ Sie öppis zu Datenanalyse online?", SEARCHES, cite_any=DATA, part=ONLINE),
                T("ohne den ersten bitte", REF, cite_excl_prev_nth=1),
            ],
        ),
        (
            "goal",
            ["change"],
            [
                T("suche nen günstigen kurs zu maschinellem lernen", SEARCHES, cite_any=ML),
                T("eigentlich will ich lieber Cloud-Administratorin werden", GOALS, goal="cloud"),
                T("was gibts da online?", SEARCHES + GOAL, cite_any=CLOUD),
            ],
        ),
        (
            "search",
            ["short", "adviser"],
            [
                T(
                    "Für eine Klientin suche ich einen kurzen Kurs zu IT-Sicherheit, höchstens 6 Wochen",
                    SEARCHES,
                    cite_any=SECURITY,
                    deadline=SIX_WEEKS,
                ),
                T("und das bitte kostenlos", REF, budget=(0, "EUR")),
            ],
        ),
        (
            "refine",
            ["price"],
            [
                T("datenbank kurse", SEARCHES, cite_any=DB),
                T("nicht mehr als 500 euro", REF, cite_any=DB, budget=(500, "EUR")),
                T("und nur online", REF, cite_any=DB, part=ONLINE, budget=(500, "EUR")),
            ],
        ),
        (
            "ordinal",
            ["card"],
            [
                T("Welche Kurse gibt es zu Python?", SEARCHES, cite_any=PYDATA),
                T("erzähl mir mehr über den dritten", ASK, cite_prev_nth=3),
                T("gibt es dafür ein Zertifikat?", ASK, cite_prev_nth=1),
            ],
        ),
        (
            "refine",
            ["lang"],
            [
                T("KI Kurse für Anfänger", SEARCHES, cite_any=AI),
                T("lieber auf englisch", REF, cite_any=[*AI, *ML], study_lang=["en"]),
            ],
        ),
        (
            "search",
            ["typo"],
            [
                T("kostenlose cybersicherheitskurse onlin", SEARCHES, cite_any=CYBER, budget=(0, "EUR")),
                T("und auf französisch?", REF + EXPLAIN, cite_any=CYBER),
            ],
        ),
        (
            "goal",
            ["change", "formal"],
            [
                T(
                    "Ich interessiere mich für Datenschutz, gibt es da Kurse unter 300 Euro?",
                    SEARCHES,
                    cite_any=GDPR,
                    budget=(300, "EUR"),
                ),
                T("Ach, eigentlich möchte ich Datenbankadministrator werden", GOALS, goal="dba"),
            ],
        ),
    ],
    "es": [
        (
            "search",
            ["short", "cheap"],
            [
                T("un curso corto y barato de ciberseguridad", SEARCHES, cite_any=CYBER),
                T("¿y en línea?", REF, cite_any=CYBER, part=ONLINE),
            ],
        ),
        (
            "refine",
            ["months"],
            [
                T("busco cursos de análisis de datos", SEARCHES, cite_any=DATA),
                T("máximo 3 meses", REF, deadline=THREE_MONTHS),
                T("¿cuánto dura el segundo?", ASK, cite_prev_nth=2),
            ],
        ),
        (
            "ordinal",
            ["without"],
            [
                T("cursos de inteligencia artificial en español", SEARCHES, cite_any=AI, lead_langs=["es"]),
                T("sin el primero", REF, cite_excl_prev_nth=1),
            ],
        ),
        (
            "ordinal",
            ["certificate", "formal"],
            [
                T("¿Me podría recomendar cursos de bases de datos?", SEARCHES, cite_any=DB),
                T("¿el tercero tiene certificado?", ASK, cite_prev_nth=3),
            ],
        ),
        (
            "refine",
            ["free", "latam"],
            [
                T("che, ¿me pasás algo de redes?", SEARCHES, cite_any=NET),
                T("gratis si puede ser", REF, budget=(0, "EUR")),
            ],
        ),
        (
            "refine",
            ["price"],
            [
                T("quiero aprender cloud", SEARCHES + GOAL, cite_any=CLOUD),
                T("que no pase de 600 euros", REF, cite_any=CLOUD, budget=(600, "EUR")),
            ],
        ),
        (
            "goal",
            ["change"],
            [
                T("estoy buscando cursos de python", SEARCHES, cite_any=PYDATA),
                T("mejor dicho, quiero ser analista de datos", GOALS, goal="data_analyst"),
                T("¿y algo gratis para empezar?", REF, cite_any=DATA),
            ],
        ),
        (
            "search",
            ["onsite", "mexico"],
            [
                T("oye, ¿hay cursos presenciales de seguridad informática?", SEARCHES, cite_any=CYBER),
                T("ándale, solo presenciales entonces", REF, part=ONSITE),
            ],
        ),
        (
            "refine",
            ["level"],
            [
                T("cursos de machine learning avanzados", SEARCHES, cite_any=ML, lead_eqf=[6, 7]),
                T("algo un poco más fácil", REF, cite_any=[*ML, *AI], lead_eqf=[4, 5]),
            ],
        ),
        (
            "search",
            ["adviser", "formal"],
            [
                T(
                    "Soy orientadora laboral. Necesito para un usuario un curso online de protección "
                    "de datos que no cueste más de 300 euros",
                    SEARCHES,
                    cite_any=GDPR,
                    budget=(300, "EUR"),
                ),
                T("¿y el primero cuánto dura?", ASK, cite_prev_nth=1),
            ],
        ),
        (
            "refine",
            ["typo"],
            [
                T("cursos de bases de datos en linea", SEARCHES, cite_any=DB, part=ONLINE),
                T("y mas baratos?", REF, cite_any=DB),
            ],
        ),
        (
            "refine",
            ["lang"],
            [
                T("busco formación en cloud", SEARCHES, cite_any=CLOUD),
                T("en inglés está bien, pero que sea online", REF, cite_any=CLOUD, part=ONLINE),
            ],
        ),
        (
            "ordinal",
            ["card"],
            [
                T(
                    "muéstrame cursos de visualización de datos",
                    SEARCHES,
                    cite_any=["ual-visual-203", "diaa-viz-204", *DATA],
                ),
                T("háblame del segundo", ASK, cite_prev_nth=2),
                T("¿cuánto cuesta?", ASK, cite_prev_nth=1),
            ],
        ),
    ],
    "fr": [
        (
            "search",
            ["online", "certificate"],
            [
                T("une formation en ligne certifiante en cloud", SEARCHES, cite_any=CLOUD, part=ONLINE),
                T("pas plus de 200 euros", REF, budget=(200, "EUR")),
            ],
        ),
        (
            "refine",
            ["distance", "quebec"],
            [
                T("j'cherche une formation en cybersécurité pis pas trop chère", SEARCHES, cite_any=CYBER),
                T("à distance de préférence", REF, cite_any=CYBER, part=ONLINE),
            ],
        ),
        (
            "ordinal",
            ["price"],
            [
                T("Quelles formations proposez-vous sur le RGPD ?", SEARCHES, cite_any=GDPR),
                T("le deuxième coûte combien ?", ASK, cite_prev_nth=2),
            ],
        ),
        (
            "refine",
            ["belgian", "price"],
            [
                T("des cours de réseaux informatiques", SEARCHES, cite_any=NET),
                T("pas plus de septante euros", REF, budget=(70, "EUR")),
            ],
        ),
        (
            "ordinal",
            ["shorter"],
            [
                T("montre-moi des formations en analyse de données", SEARCHES, cite_any=DATA),
                T("le premier mais en moins long ?", REF + ASK, cite_any=DATA),
            ],
        ),
        (
            "goal",
            ["change", "formal"],
            [
                T(
                    "Je cherche une formation gratuite en français sur la sécurité",
                    SEARCHES,
                    cite_any=SECURITY,
                    budget=(0, "EUR"),
                ),
                T(
                    "En fait, je voudrais plutôt devenir délégué à la protection des données",
                    GOALS,
                    goal="dpo",
                ),
            ],
        ),
        (
            "refine",
            ["lang"],
            [
                T("t'as des cours de machine learning ?", SEARCHES, cite_any=ML),
                T("seulement en français stp", REF, study_lang=["fr"]),
            ],
        ),
        (
            "ordinal",
            ["without"],
            [
                T("formations bases de données en ligne", SEARCHES, cite_any=DB, part=ONLINE),
                T("sans le premier", REF, cite_excl_prev_nth=1),
            ],
        ),
        (
            "refine",
            ["months"],
            [
                T("je veux me former au cloud", SEARCHES + GOAL, cite_any=CLOUD),
                T("sur trois mois maximum", REF, deadline=THREE_MONTHS),
            ],
        ),
        (
            "search",
            ["level", "adviser"],
            [
                T(
                    "Je suis conseillère en insertion, je cherche pour une personne un cours de réseaux "
                    "pour débutants",
                    SEARCHES,
                    cite_any=NET,
                    lead_eqf=[3, 4],
                ),
                T("le premier est en quelle langue ?", ASK, cite_prev_nth=1),
            ],
        ),
        (
            "refine",
            ["free", "typo"],
            [
                T("formation cybersecurite pour pme", SEARCHES, cite_any=CYBER),
                T("y a t il plus econnomique ?", REF, cite_any=CYBER),
            ],
        ),
        (
            "ordinal",
            ["card"],
            [
                T("vous avez des formations en python ?", SEARCHES, cite_any=PYDATA),
                T("parlez-moi du troisième", ASK, cite_prev_nth=3),
                T("il faut des prérequis ?", ASK + ["requirements"], cite_prev_nth=1),
            ],
        ),
    ],
    "fi": [
        (
            "search",
            ["cheap", "online"],
            [
                T("joku halpa verkkokurssi tietoturvasta", SEARCHES, cite_any=CYBER, part=ONLINE),
                T("ilman maksua", REF, budget=(0, "EUR")),
            ],
        ),
        (
            "refine",
            ["lang", "spoken"],
            [
                T("mä etin pilvipalvelukursseja", SEARCHES, cite_any=CLOUD),
                T("mieluummin suomeksi", REF, study_lang=["fi"]),
            ],
        ),
        (
            "ordinal",
            ["duration"],
            [
                T("näytä tietokantakurssit", SEARCHES, cite_any=DB),
                T("kauanko toinen kestää?", ASK, cite_prev_nth=2),
            ],
        ),
        (
            "refine",
            ["price"],
            [
                T("onks teillä kursseja koneoppimisesta", SEARCHES, cite_any=ML),
                T("max 300 euroa", REF, budget=(300, "EUR")),
            ],
        ),
        (
            "ordinal",
            ["card", "spoken"],
            [
                T("verkkokursseja tietoverkoista", SEARCHES, cite_any=NET, part=ONLINE),
                T("kerro toisesta", ASK, cite_prev_nth=2),
                T("onks siitä todistusta?", ASK, cite_prev_nth=1),
            ],
        ),
        (
            "goal",
            ["change"],
            [
                T("etsin data-analytiikan kursseja", SEARCHES, cite_any=DATA),
                T("itseasiassa haluisin tietoturva-asiantuntijaksi", GOALS, goal="cyber"),
            ],
        ),
        (
            "refine",
            ["level"],
            [
                T("edistyneitä pilvikursseja", SEARCHES, cite_any=CLOUD, lead_eqf=[6, 7]),
                T("vähän helpompia", REF, cite_any=CLOUD, lead_eqf=[4, 5]),
            ],
        ),
        (
            "ordinal",
            ["without"],
            [
                T("tekoälykursseja aloittelijoille", SEARCHES, cite_any=AI),
                T("ilman ensimmäistä", REF, cite_excl_prev_nth=1),
            ],
        ),
        (
            "refine",
            ["onsite", "formal"],
            [
                T("Voisitteko suositella kursseja verkkojen ylläpidosta?", SEARCHES, cite_any=NET),
                T("Vain lähiopetusta, kiitos", REF, part=ONSITE),
            ],
        ),
        (
            "search",
            ["short", "adviser"],
            [
                T(
                    "Asiakkaani tarvitsee lyhyen ja ilmaisen kurssin digitaidoista",
                    SEARCHES,
                    cite_any=[
                        "glcc-dl-101",
                        "glcc-comm-102",
                        "glcc-safe-104",
                        "glcc-solve-105",
                        "inl-pix-101",
                        "ual-digital-101",
                        "ual-problemas-103",
                        "glcc-cert-df",
                        "glcc-create-103",
                        "ual-contenidos-102",
                        "inl-citoyen-102",
                    ],
                    budget=(0, "EUR"),
                ),
                T("englanniksi käy", REF, study_lang=["en"]),
            ],
        ),
        (
            "refine",
            ["months", "spoken"],
            [
                T("mä haluun oppii pythonia", SEARCHES + GOAL, cite_any=PYDATA),
                T("korkeintaan kolme kuukautta", REF, deadline=THREE_MONTHS),
            ],
        ),
        (
            "refine",
            ["cheaper", "typo"],
            [
                T("tietosuoja kursseja", SEARCHES, cite_any=GDPR),
                T("halvempia?", REF, cite_any=GDPR),
            ],
        ),
    ],
}


def dialogues(lang: str) -> list[D]:
    """The batch's dialogues of one language, ids `<lang>-refine21-NN`."""
    return [
        D(f"{lang}-refine21-{n:02d}", ["refine21", tag, *extra], turns, split="tune")
        for n, (tag, extra, turns) in enumerate(_BATCH[lang], start=1)
    ]
