"""The dees22 batch (session 22, issue #12, tune): German and Spanish conversations as real learners and
advisers write them. Written BEFORE the fixes by the helper who fixes them (a check of that work, not a blind
measure), in its own phrasings: vague openings, long rambling turns with a job, a worry, hours and a budget in
one message, short follow-ups ("und was kostet das?", "¿y el segundo?", "geht das auch kürzer?"), named
courses, Austrian, Swiss and Latin-American forms (vos, "laburo", "plata"), umlauts written ae/oe/ue and
missing accents or ñ, Sie/du and usted/tú, advisers speaking of a client. Classes (tags):

- `open`: a vague opening (no goal), then what the learner does or wants, then a next step;
- `ramble`: one long message with a job, a worry, hours, money or a date, then a plan and a follow-up;
- `follow`: a short follow-up that only makes sense after the previous turn (a price, an ordinal, shorter,
  cheaper, the total);
- `named`: questions about a course named by its title (with or without umlauts and accents);
- `regional`: Austrian, Swiss, Latin-American forms;
- `translit`: umlauts as ae/oe/ue, no accents or ñ;
- `adviser`: an adviser about a client or a group.

Each language module adds `dialogues("<lang>")`."""

from __future__ import annotations

from acts17_lists import AI, CLOUD, CYBER, DATA, DB, ML, NET
from dsl import D, T
from t11goal_lists import ANY

GREET = [*ANY, "smalltalk", "out_of_scope"]
# first steps for someone with few computer skills (digital literacy, office, everyday problems)
BASICS = [
    "glcc-dl-101",
    "glcc-office-106",
    "glcc-solve-105",
    "glcc-cert-df",
    "glcc-comm-102",
    "glcc-create-103",
    "glcc-safe-104",
    "glcc-code-107",
    "ual-digital-101",
    "glcc-alfab-108",
    "ual-problemas-103",
    "ual-contenidos-102",
    "ual-datos-101",
    "aec-dlteach-104",
]
BASICS_ES = ["ual-digital-101", "glcc-alfab-108", "ual-problemas-103", "ual-contenidos-102", "ual-datos-101"]
SUPPORT = ["glcc-help-201", "glcc-sys-202", "glcc-solve-105", "ccna-hw-102", "ccna-ops-205", "ccna-email-103"]
CYBER_ENTRY = [
    "bvca-soc-101",
    "inl-cyber-201",
    "glcc-safe-104",
    "ccna-net-101",
    "inl-securite-103",
    "bvca-awareness-101",
]
PYTHON = ["lit-prog-101", "ual-python-201", "glcc-code-107", "diaa-viz-204", "diaa-ml-201"]
BUSINESS_DATA = [*DATA, "ual-python-201", "lit-prog-101"]

# dates relative to the set's today, 2026-12-04
BY_SEPTEMBER = ("2027-08-24", "2027-09-30")  # "bis September": by the start or the end of September
BY_JUNE = ("2027-05-24", "2027-06-30")  # "bis Juni"
BEFORE_SEPTEMBER = ("2027-08-24", "2027-09-01")  # "antes de septiembre": the end of August

ONLINE = ["online"]


def _t(text: str, **checks: object) -> T:
    return T(text, ANY, **checks)


_BATCH: dict[str, list[tuple[list[str], list[T]]]] = {
    "de": [
        (
            ["open"],
            [
                T("Hallo, ich weiß nicht, was ich lernen soll", GREET, no_goal=True, dead_ok=True),
                _t("ich bin Lagerist und hab eigentlich keine Ahnung von IT", role=["lagerist"]),
                _t("was wäre denn für den Anfang gut?", cite_any=[*BASICS, *SUPPORT], role=["lagerist"]),
            ],
        ),
        (
            ["ramble"],
            [
                _t(
                    "Also ich bin 45, arbeite seit 20 Jahren als Buchhalterin und hab ehrlich gesagt "
                    "Angst, dass "
                    "mein Job wegen KI wegfällt. Ich würde gern was mit Datenanalyse machen, aber mehr als "
                    "600 "
                    "Euro kann ich nicht ausgeben und abends hab ich vielleicht 5 Stunden pro Woche",
                    goal="data_analyst",
                    budget=(600, "EUR"),
                    hours=5,
                    role=["buchhalter"],
                ),
                _t("mach mal einen Plan", plan=True, plan_cost=(600, "EUR"), hours=5),
                _t("geht das auch kürzer?", plan=True, faster=True),
            ],
        ),
        (
            ["translit"],
            [
                _t(
                    "Hallo, ich moechte Netzwerktechniker werden, hab aber keine Vorkenntnisse und nur "
                    "wenig Geld, "
                    "hoechstens 1000 Euro",
                    goal="network",
                    budget=(1000, "EUR"),
                ),
                _t("ich haette so 8 Stunden pro Woche", hours=8, goal="network", budget=(1000, "EUR")),
                _t("erstell mir bitte einen Plan", plan=True, hours=8),
            ],
        ),
        (
            ["regional", "open"],
            [
                _t(
                    "Servus! I bin Einzelhandelskauffrau in Graz und mag in die IT wechseln, am liebsten "
                    "Richtung Support",
                    goal="helpdesk",
                    role=["einzelhandel"],
                ),
                _t("Gibt's da was, was nix kostet?", budget=(0, "EUR"), cite_any=SUPPORT + BASICS),
                _t("und wie lang dauert des erste?", cite_prev_nth=1),
            ],
        ),
        (
            ["regional"],
            [
                _t(
                    "Grüezi, ich bin Pflegefachfrau und möchte mich in Richtung Gesundheitsdaten "
                    "weiterbilden. "
                    "Was gibt es da?",
                    goal="health_data",
                    role=["pflegefach"],
                ),
                _t("Es sollte nicht mehr als 800 Franken kosten", budget=(800, "CHF")),
                _t("am liebsten auf Deutsch", study_lang=["de"]),
            ],
        ),
        (
            ["adviser"],
            [
                _t(
                    "Meine Klientin ist Pflegehelferin, 52 Jahre alt, und möchte aus gesundheitlichen "
                    "Gründen in "
                    "einen Bürojob wechseln. Sie hat kaum Computerkenntnisse.",
                    role=["pflegehelfer"],
                    cite_min=1,
                ),
                _t(
                    "Was würden Sie ihr als ersten Schritt empfehlen?",
                    cite_any=BASICS,
                    role=["pflegehelfer"],
                ),
                _t("Und kostet das was?", reply_any=["kostenlos", "gebührenfrei", "€", "EUR", "Euro"]),
            ],
        ),
        (
            ["adviser", "ramble"],
            [
                _t(
                    "ich hab nen Teilnehmer, 50, war LKW-Fahrer, will jetzt was mit Linux machen. Er hat 10 "
                    "Stunden die Woche und das Jobcenter zahlt bis 2000 Euro",
                    role=["lkw"],
                    goal="sysadmin",
                    hours=10,
                    budget=(2000, "EUR"),
                ),
                _t("Mach einen Plan für ihn", plan=True, plan_cost=(2000, "EUR")),
                _t("wie lange braucht er dann insgesamt?", prev_total="hours"),
            ],
        ),
        (
            ["named", "follow"],
            [
                _t(
                    "Was kostet der Kurs Datensicherung und Wiederherstellung?",
                    cite_any=["hrd-backup-102"],
                    reply_any=["220"],
                ),
                _t("Und ist der online?", cite_any=["hrd-backup-102"], reply_any=["online", "Online"]),
                _t("wie viele Stunden sind das?", cite_any=["hrd-backup-102"], reply_any=["55"]),
            ],
        ),
        (
            ["named", "translit", "follow"],
            [
                _t(
                    "Ist Cloud-Sicherheit und Compliance fuer Anfaenger geeignet?",
                    cite_any=["hrd-cloudsec-201"],
                ),
                _t("und was kostet das?", cite_any=["hrd-cloudsec-201"], reply_any=["690"]),
                _t("was muss ich vorher koennen?", cite_any=["hrd-cloudsec-201"]),
            ],
        ),
        (
            ["follow"],
            [
                _t("Welche Kurse gibt es zu Datenbanken?", cite_any=DB),
                _t("und was kostet der zweite?", cite_prev_nth=2),
            ],
        ),
        (
            ["open", "follow"],
            [
                T(
                    "hi, bin grad arbeitslos und brauch irgendwas womit ich schnell nen job krieg",
                    GREET,
                    dead_ok=True,
                ),
                _t("am liebsten was am PC, so büromäßig", cite_any=BASICS),
                _t("wie lange dauert das erste?", cite_prev_nth=1),
            ],
        ),
        (
            ["ramble", "follow"],
            [
                _t(
                    "Ich bin Grafikdesignerin, seit der Elternzeit raus aus dem Job, würde gern Richtung UX "
                    "gehen, hab nur vormittags Zeit, so 6 Stunden pro Woche, und bis September sollte ich "
                    "was "
                    "vorweisen können",
                    goal="ux",
                    hours=6,
                    deadline=BY_SEPTEMBER,
                    role=["grafikdesigner"],
                ),
                _t("Kannst du mir einen Plan machen?", plan=True, hours=6),
                _t("und was kostet das insgesamt?", prev_total="cost"),
            ],
        ),
        (
            ["follow"],
            [
                _t(
                    "Guten Tag, ich interessiere mich für eine Weiterbildung im Bereich Cybersicherheit. "
                    "Welche "
                    "Angebote haben Sie?",
                    cite_any=CYBER,
                ),
                _t("Gibt es davon auch etwas auf Deutsch?", lead_langs=["de"]),
                _t("Und was davon kann man berufsbegleitend online machen?", part=ONLINE),
            ],
        ),
        (
            ["follow"],
            [
                _t("Ich will Webentwickler werden, 5 Stunden pro Woche", goal="web", hours=5),
                _t("Plan bitte", plan=True, hours=5),
                _t("geht das auch kürzer?", plan=True, faster=True),
            ],
        ),
        (
            ["open"],
            [
                _t(
                    "ehrlich gesagt hab ich Angst, dass ich zu alt bin für IT, ich bin 58. "
                    "Lohnt sich das noch?",
                    dead_ok=True,
                ),
                _t("ok, dann vielleicht was mit Netzwerken", goal="network"),
                _t("wie fang ich am besten an?", cite_any=NET, goal="network"),
            ],
        ),
        (
            ["translit", "ramble"],
            [
                _t(
                    "Ich moechte gerne Dateningenieurin werden, Python kann ich schon. Budget so 1500 Euro, "
                    "Zeit 10 Stunden pro Woche",
                    goal="de",
                    budget=(1500, "EUR"),
                    hours=10,
                    skills_all=["python"],
                ),
                _t("zeig mir einen Plan", plan=True, plan_cost=(1500, "EUR")),
            ],
        ),
        (
            ["named", "follow"],
            [
                _t("Erzähl mir was über Grundlagen des Cloud Computing", cite_any=["hrd-cloud-101"]),
                _t(
                    "und was kostet das?",
                    cite_any=["hrd-cloud-101"],
                    reply_any=["kostenlos", "kostenfrei", "gebührenfrei", "0 €", "0 EUR", "nichts"],
                ),
                _t("und was wäre danach der nächste Kurs?", cite_any=CLOUD),
            ],
        ),
        (
            ["regional"],
            [
                _t("Hoi zäme, ich bi Schreiner und möcht öppis mit Computer lerne", role=["schreiner"]),
                _t("ich han öppe 4 Stund pro Wuche Zyt", hours=4, role=["schreiner"]),
            ],
        ),
        (
            ["adviser", "regional"],
            [
                _t(
                    "Ich betreue einen Kunden vom AMS, 35, gelernter Koch, der in die Softwareentwicklung "
                    "will. "
                    "Er hat bis Juni Zeit und kann 15 Stunden pro Woche investieren.",
                    role=["koch"],
                    goal="software",
                    deadline=BY_JUNE,
                    hours=15,
                ),
                _t("Bitte einen Plan für ihn", plan=True, hours=15),
            ],
        ),
        (
            ["follow"],
            [
                _t("gibt es kostenlose Kurse zu KI?", cite_any=AI, budget=(0, "EUR")),
                _t("und der erste, wie lang geht der?", cite_prev_nth=1),
            ],
        ),
        (
            ["follow"],
            [
                _t("Ich wollte eigentlich Systemadministrator werden", goal="sysadmin"),
                _t("nee, doch lieber was mit Cloud", goal="cloud"),
                _t("womit fang ich an?", cite_any=CLOUD),
            ],
        ),
        (
            ["translit", "follow"],
            [
                _t(
                    "Ich kann Excel ganz gut und ein bisschen SQL, moechte Datenanalystin werden",
                    goal="data_analyst",
                    skills_all=["sql"],
                ),
                _t("was fehlt mir noch?", cite_any=BUSINESS_DATA),
                _t("und was kostet das ungefaehr?", reply_any=["€", "EUR", "Euro", "kostenlos"]),
            ],
        ),
    ],
    "es": [
        (
            ["open"],
            [
                T("hola, busco algo para mejorar", GREET, no_goal=True, dead_ok=True),
                _t(
                    "trabajo en atención al cliente y me gustaría pasarme a algo de datos",
                    goal="data_analyst",
                    role=["atención al cliente", "atencion al cliente"],
                ),
                _t("¿por dónde empiezo?", cite_any=DATA),
            ],
        ),
        (
            ["ramble"],
            [
                _t(
                    "Tengo 42 años, soy administrativa en una empresa pequeña y me da miedo quedarme atrás "
                    "con la "
                    "tecnología. Quiero aprender análisis de datos pero no puedo gastar más de 400 euros y "
                    "tengo "
                    "unas 4 horas a la semana",
                    role=["administrativ"],
                    goal="data_analyst",
                    budget=(400, "EUR"),
                    hours=4,
                ),
                _t("hazme un plan", plan=True, plan_cost=(400, "EUR"), hours=4),
                _t("¿se puede hacer en menos tiempo?", plan=True, faster=True),
            ],
        ),
        (
            ["translit"],
            [
                _t(
                    "quiero aprender programacion pero no se por donde empezar, tengo 20 anos y poco dinero",
                    cite_any=PYTHON,
                ),
                _t("maximo 100 euros", budget=(100, "EUR")),
                _t("cuales son gratis?", cite_min=1, cite_any=["lit-prog-101", "glcc-code-107"]),
            ],
        ),
        (
            ["regional"],
            [
                _t("che, ¿vos sabés qué curso me sirve para laburar en ciberseguridad?", goal="cyber"),
                _t("tengo como 6 horas por semana", hours=6, goal="cyber"),
                _t("armame un plan", plan=True, hours=6),
            ],
        ),
        (
            ["regional"],
            [
                _t("oiga, quiero ser desarrollador web, ¿cuánto sale?", goal="web"),
                _t("tengo hasta 500 dólares", budget=(500, "USD"), goal="web"),
                _t("¿y me hace un plan?", plan=True),
            ],
        ),
        (
            ["adviser"],
            [
                _t(
                    "tengo un usuario de 50 años que trabajó siempre en la construcción y quiere aprender "
                    "informática básica",
                    cite_any=BASICS,
                ),
                _t("¿qué le recomiendas para empezar?", cite_any=BASICS),
                _t(
                    "¿y cuánto cuesta?",
                    reply_any=["gratis", "gratuito", "€", "EUR", "euros", "coste", "precio"],
                ),
            ],
        ),
        (
            ["adviser"],
            [
                _t(
                    "Buenos días, soy orientadora laboral. Una usuaria, auxiliar de enfermería, quiere "
                    "reciclarse "
                    "hacia el análisis de datos sanitarios. Dispone de 5 horas semanales.",
                    role=["auxiliar"],
                    hours=5,
                    goal="health_data",
                ),
                _t("¿Qué itinerario le propondría?", plan=True, hours=5),
                _t("¿Hay algo en español?", lead_langs=["es"]),
            ],
        ),
        (
            ["named", "follow"],
            [
                _t(
                    "¿cuánto cuesta SQL para el análisis de datos?",
                    cite_any=["ual-sql-102"],
                    reply_any=["320"],
                ),
                _t(
                    "¿y es online?", cite_any=["ual-sql-102"], reply_any=["online", "en línea", "a distancia"]
                ),
                _t("¿qué nivel tiene?", cite_any=["ual-sql-102"], reply_any=["5"]),
            ],
        ),
        (
            ["named", "translit", "follow"],
            [
                _t(
                    "que es eso de Mineria de datos y big data? sirve para algo?",
                    cite_any=["ual-mineria-301"],
                ),
                _t("cuanto cuesta?", cite_any=["ual-mineria-301"], reply_any=["540"]),
                _t("y necesito saber algo antes?", cite_any=["ual-mineria-301"]),
            ],
        ),
        (
            ["follow"],
            [
                _t("¿qué cursos hay de inteligencia artificial?", cite_any=AI),
                _t("¿y el segundo?", cite_prev_nth=2),
            ],
        ),
        (
            ["open", "follow"],
            [
                T("hola! no tengo ni idea de informática pero quiero encontrar trabajo", GREET, dead_ok=True),
                _t("algo que sea gratis y en español", budget=(0, "EUR"), cite_any=BASICS_ES),
                _t("¿y cuánto dura el primero de esos?", cite_prev_nth=1),
            ],
        ),
        (
            ["ramble", "follow"],
            [
                _t(
                    "pues mira, soy camarero, estoy hasta las narices de la hostelería, me mola la "
                    "informática y "
                    "querría ser técnico de soporte, puedo dedicarle 8 horitas a la semana y tengo "
                    "ahorrados unos "
                    "700 euros",
                    role=["camarero"],
                    goal="helpdesk",
                    hours=8,
                    budget=(700, "EUR"),
                ),
                _t("venga, hazme ya el plan ese", plan=True, hours=8, plan_cost=(700, "EUR")),
                _t("¿y cuánto es en total?", prev_total="cost"),
            ],
        ),
        (
            ["follow"],
            [
                _t(
                    "quiero ser analista de datos antes de septiembre, ¿es posible?",
                    goal="data_analyst",
                    deadline=BEFORE_SEPTEMBER,
                ),
                _t("tengo 10 horas por semana", hours=10, deadline=BEFORE_SEPTEMBER),
                _t("dame el plan", plan=True, hours=10),
            ],
        ),
        (
            ["follow"],
            [
                _t(
                    "ya sé Python y un poco de estadística, quiero dedicarme al machine learning",
                    goal="ml",
                    skills_all=["python"],
                ),
                _t("¿qué me falta?", cite_any=ML),
            ],
        ),
        (
            ["adviser", "follow"],
            [
                _t(
                    "Trabajo en un centro de empleo en Sevilla. Tenemos un grupo de mujeres mayores de 45 "
                    "que "
                    "quieren aprender competencias digitales para buscar empleo.",
                    cite_any=BASICS,
                ),
                _t("¿Hay algo gratuito y en español?", cite_any=BASICS_ES),
                _t("¿cuántas horas tiene el primero?", cite_prev_nth=1),
            ],
        ),
        (
            ["follow"],
            [
                _t("busco un curso de redes", cite_any=NET),
                _t("¿y más barato?", cite_any=NET),
                _t("¿el segundo cuánto dura?", cite_prev_nth=2),
            ],
        ),
        (
            ["open"],
            [
                _t(
                    "me da miedo no tener estudios universitarios, solo tengo la ESO, ¿puedo hacer algo de "
                    "ciberseguridad?",
                    goal="cyber",
                ),
                _t("¿qué me recomiendas primero?", cite_any=CYBER_ENTRY),
            ],
        ),
        (
            ["regional"],
            [
                _t(
                    "buenas, soy contador en Bogotá y quisiera aprender Python para automatizar cosas",
                    role=["contador"],
                    cite_any=PYTHON,
                ),
                _t("¿hay algo en español?", lead_langs=["es"]),
            ],
        ),
        (
            ["named", "translit", "follow"],
            [
                _t(
                    "Introduccion al analisis de datos con hojas de calculo, cuanto cuesta?",
                    cite_any=["ual-datos-101"],
                    reply_any=["gratis", "gratuito", "sin coste", "0 €", "0 EUR"],
                ),
                _t("y despues que sigo?", cite_any=DATA),
            ],
        ),
        (
            ["adviser", "ramble"],
            [
                _t(
                    "oye, tengo una usuaria de 35, madre soltera, trabajaba de cajera en un súper, quiere "
                    "algo de "
                    "informática que pueda hacer desde casa por las noches, 3 horas a la semana como mucho "
                    "y sin "
                    "pagar nada",
                    role=["cajera"],
                    hours=3,
                    budget=(0, "EUR"),
                    part=ONLINE,
                ),
                _t("¿qué le puede servir?", cite_any=BASICS),
            ],
        ),
        (
            ["follow"],
            [
                _t("quiero trabajar en la nube, tengo 6 horas semanales", goal="cloud", hours=6),
                _t("hazme un plan", plan=True, hours=6),
                _t("¿hay algo más barato?", plan=True, cheaper=True),
            ],
        ),
        (
            ["translit"],
            [
                _t("kiero ser programador web pero nose nada", goal="web"),
                _t("cuanto tiempo tardaria con 5 horas a la semana?", hours=5, goal="web"),
                _t("ok hazme el plan", plan=True, hours=5),
            ],
        ),
        (
            ["adviser", "regional"],
            [
                _t(
                    "Hola, laburo en una ONG y tengo un pibe de 19 que quiere aprender redes, no tiene plata",
                    goal="network",
                    budget=(0, "EUR"),
                ),
                _t("¿qué le recomendás?", cite_any=[*NET, *SUPPORT]),
            ],
        ),
    ],
}


def dialogues(lang: str) -> list[D]:
    """The batch's dialogues of one language, ids `<lang>-dees22-NN`."""
    return [
        D(f"{lang}-dees22-{n:02d}", ["dees22", *tags], turns, split="tune")
        for n, (tags, turns) in enumerate(_BATCH[lang], start=1)
    ]
