"""trans18 (session 18, helper "trans18", tune, written BEFORE the fixes by the helper who fixes them):
English tune dialogues that pass, said again the way a German, Spanish, French or Finnish learner would write
them in a chat (colloquial, accents sometimes left out, not word for word), with the English checks kept
(catalogue ids and ESCO labels are facts and stay; a check that compares reply text uses the reply language's
words). Ids
`<lang>-trans18-NN`; NN is the same English dialogue in every language (its id is in the comment).

Held back: 41-60 (Vietnamese, Hindi and Bengali translations of 20 other English tune dialogues), written with
the rest, before the first run; no rule is written from them and their transcripts are not read: they measure
whether the fixes reach phrasings nobody tuned on (tag `held_back`).

Each language module appends `BY_LANG[<lang>]` at its end."""

import t10named_lists as _N
import t10search_lists as _S
import t11goal_lists as _G
import t11lists_lists as _L
import v10d_lists as _L10
import v11d_lists as _L11
from dates import FEBRUARY, IN_2_MONTHS, OCTOBER, SEPTEMBER
from dsl import (
    APPLY,
    COMPARE,
    CONS,
    EXPLAIN,
    EXPLORE,
    GOAL,
    GOAL_OR_PLAN,
    OOS,
    PLAN,
    REFINE,
    REQ,
    SEARCH,
    SELECT,
    SKILLS,
    SKIP,
    SMALL,
    D,
    T,
)

HELD_BACK_FROM = 41


class _PerLang(dict):
    """A check value that depends on the reply language (resolved when the dialogue is built)."""


_CARD = _PerLang(_N.CARD)
_DATA_GOAL = ["data analyst", "d3edb8f8", "data scientist", "258e46f9", "data warehouse", "1562c7a3"]
_N8_UAL = [
    "ual-datos-101",
    "ual-sql-102",
    "ual-python-201",
    "ual-cert-datos",
    "ual-visual-203",
    "ual-estad-202",
]
_ANY10R = GOAL_OR_PLAN + SEARCH + SKILLS + EXPLORE
_ASK14 = EXPLAIN + SELECT + REQ
_N10_VIZ = ["diaa-viz-204", "ual-visual-203", "ual-olap-302"]
_N10_CONTAINERS = ["hrd-virt-201", "lcsi-cloudops-205", "hrd-clouddev-204", "hrd-iac-202"]
_N9_ML = ["diaa-ml-201", "diaa-ai-101", "diaa-cert-aml", "diaa-dl-202", "diaa-math-102", "ual-ia-101"]
_DATA11G = ["data", "d3edb8f8", "258e46f9"]


def _t(texts: dict[str, str], intents: list[str], **checks) -> tuple:
    return texts, intents, checks


def _x(de: str, es: str, fr: str, fi: str) -> dict[str, str]:
    return {"de": de, "es": es, "fr": fr, "fi": fi}


# (NN, English source id, tags, turns); every turn's texts in de/es/fr/fi
_ROWS = [
    (
        1,
        "en-budget-dollars-13",
        ["constraint_budget", "area_ai"],
        [
            _t(
                _x(
                    "ich will in Richtung KI, aber max 800 Dollar insgesamt",
                    "quiero meterme en IA pero no mas de 800 dolares en total",
                    "je veux me lancer dans l'IA mais pas plus de 800 dollars au total",
                    "haluaisin tekoälyn pariin mutta max 800 dollaria yhteensä",
                ),
                GOAL + CONS + SEARCH,
                goal="ai",
                budget=(800, "USD"),
            ),
            _t(
                _x(
                    "und wie sieht der plan dann aus",
                    "y entonces cual es el plan",
                    "ok et c'est quoi le plan du coup",
                    "no mikä on suunnitelma sitten",
                ),
                PLAN,
                plan=True,
                cite_min=1,
            ),
        ],
    ),
    (
        2,
        "en-remote-14",
        ["participation", "area_network"],
        [
            _t(
                _x(
                    "suche Netzwerk-Kurse, nur remote",
                    "busco cursos de redes, solo a distancia",
                    "je cherche des formations réseau, uniquement à distance",
                    "etsin verkkokursseja, vain etänä",
                ),
                SEARCH,
                cite_min=1,
                part=["online"],
            ),
            _t(
                _x(
                    "welcher ist der billigste",
                    "cual es el mas barato",
                    "lequel est le moins cher",
                    "mikä niistä on halvin",
                ),
                REFINE + SELECT,
                cite_min=1,
            ),
        ],
    ),
    (
        3,
        "en-oos-25",
        ["out_of_scope"],
        [
            _t(
                _x(
                    "kannst du mir ein rezept für bananenbrot geben",
                    "me pasas una receta de pan de platano?",
                    "tu peux me donner une recette de banana bread",
                    "voitko antaa banaanileivän reseptin",
                ),
                OOS,
            ),
        ],
    ),
    (
        4,
        "en-greeting-26",
        ["greeting"],
        [
            _t(_x("hallo!", "hola!", "salut", "moi"), SMALL),
            _t(
                _x("was kannst du so?", "que puedes hacer?", "tu sais faire quoi ?", "mitä sä osaat tehdä?"),
                SMALL,
            ),
            _t(
                _x(
                    "cool. ich will webentwickler werden",
                    "genial. quiero ser desarrollador web",
                    "cool. je veux devenir développeur web",
                    "siistiä. haluan web-kehittäjäksi",
                ),
                GOAL,
                goal="web",
            ),
        ],
    ),
    (
        5,
        "en-nopunct-34",
        ["no_punctuation", "area_web"],
        [
            _t(
                _x(
                    "ich will websites bauen was soll ich zuerst lernen",
                    "quiero hacer paginas web que deberia aprender primero",
                    "je veux faire des sites web je dois apprendre quoi en premier",
                    "haluun tehdä nettisivuja mitä pitäis opetella ekana",
                ),
                GOAL + PLAN,
                goal="web",
                cite_min=1,
            ),
            _t(
                _x(
                    "python grundlagen kann ich schon",
                    "ya se lo basico de python",
                    "je connais deja les bases de python",
                    "osaan jo pythonin perusteet",
                ),
                SKILLS,
                skills=["python", "programming", "computer programming"],
            ),
            _t(
                _x(
                    "ok mach nen plan 10 stunden pro woche",
                    "ok hazme el plan 10 horas a la semana",
                    "ok fais le plan 10 heures par semaine",
                    "ok tee suunnitelma 10 tuntia viikossa",
                ),
                PLAN + CONS,
                hours=10,
                plan=True,
            ),
        ],
    ),
    (
        6,
        "en-weekdays-36",
        ["constraint_time"],
        [
            _t(
                _x(
                    "ich hab werktags jeweils 2 stunden zeit",
                    "puedo dedicarle 2 horas cada dia entre semana",
                    "je peux faire 2h par jour en semaine",
                    "pystyn 2 tuntia arkipäivisin",
                ),
                CONS,
                hours=10,
            ),
            _t(
                _x(
                    "ziel ist netzwerkingenieur",
                    "mi objetivo es ingeniero de redes",
                    "l'objectif c'est ingénieur réseau",
                    "tavoite on verkkoinsinööri",
                ),
                GOAL,
                goal="network",
            ),
            _t(
                _x("wie sieht der plan aus", "cual es el plan", "c'est quoi le plan", "mikä on suunnitelma"),
                PLAN,
                plan=True,
            ),
        ],
    ),
    (
        7,
        "en-id-44",
        ["named_course", "ids"],
        [
            _t(
                _x(
                    "was ist padr-gpu-301?",
                    "que es padr-gpu-301?",
                    "c'est quoi padr-gpu-301 ?",
                    "mikä on padr-gpu-301?",
                ),
                EXPLAIN,
                cite_any=["padr-gpu-301"],
            ),
            _t(
                _x(
                    "was brauch ich vorher",
                    "que necesito antes",
                    "il me faut quoi avant",
                    "mitä tarvitsen ensin",
                ),
                REQ,
                cite_any=["padr-par-201"],
            ),
        ],
    ),
    (
        8,
        "en-cheapest-56",
        ["followup", "select"],
        [
            _t(
                _x(
                    "gibts kurse zu machine learning",
                    "hay cursos de aprendizaje automatico",
                    "des cours sur le machine learning ?",
                    "onko koneoppimisen kursseja",
                ),
                SEARCH,
                cite_min=1,
            ),
            _t(
                _x("der günstigste?", "el mas barato?", "le moins cher ?", "halvin?"),
                REFINE + SELECT,
                cite_min=1,
            ),
            _t(
                _x("ist der online", "es online?", "il est en ligne celui-là ?", "onko se verkossa"),
                EXPLAIN + SELECT,
                cite_min=1,
            ),
        ],
    ),
    (
        9,
        "en-held-57",
        ["state_skills", "area_cyber"],
        [
            _t(
                _x(
                    "hab letztes jahr Security Operations Fundamentals und Vulnerability Management gemacht",
                    "el año pasado hice Security Operations Fundamentals y Vulnerability Management",
                    "j'ai fait Security Operations Fundamentals l'an dernier et Vulnerability Management",
                    "suoritin viime vuonna Security Operations Fundamentalsin ja Vulnerability Managementin",
                ),
                SKILLS + SKIP,
                held=["bvca-soc-101", "bvca-vuln-204"],
            ),
            _t(
                _x(
                    "was sollte ich als nächstes machen um SOC analyst zu werden",
                    "que hago ahora para ser analista SOC",
                    "je fais quoi ensuite pour devenir analyste SOC",
                    "mitä seuraavaksi jos haluan SOC-analyytikoksi",
                ),
                PLAN + GOAL,
                plan=True,
                plan_excl=["bvca-soc-101", "bvca-vuln-204"],
                goal="cyber",
            ),
        ],
    ),
    (
        10,
        "en-daily-60",
        ["constraint_time", "area_ai"],
        [
            _t(
                _x(
                    "mehr als 30 min am tag hab ich nicht",
                    "solo tengo 30 minutos al dia",
                    "j'ai que 30 min par jour",
                    "mulla on vain 30 min päivässä",
                ),
                CONS,
                hours=3.5,
            ),
            _t(
                _x(
                    "ich will KI verstehen für meinen job im marketing",
                    "quiero entender la IA para mi trabajo en marketing",
                    "je veux comprendre l'IA pour mon boulot dans le marketing",
                    "haluan ymmärtää tekoälyä markkinointityötäni varten",
                ),
                GOAL + SEARCH,
                cite_any=["diaa-ai-101", "diaa-resp-205", "ual-ia-101"],
            ),
        ],
    ),
    (
        11,
        "en-octo-66",
        ["constraint_deadline", "area_dgov"],
        [
            _t(
                _x(
                    "brauche bis oktober DSGVO-wissen für die arbeit, englisch oder französisch ist ok",
                    "necesito saber de RGPD para octubre por el trabajo, en ingles o frances me vale",
                    "j'ai besoin de connaitre le RGPD d'ici octobre pour mon travail, anglais ou français "
                    "ça me va",
                    "tarviin GDPR-osaamista lokakuuhun mennessä töitä varten, englanti tai ranska käy",
                ),
                SEARCH + CONS + GOAL,
                deadline=OCTOBER,
                cite_any=["inl-rgpd-101", "diaa-resp-205"],
            ),
        ],
    ),
    (
        12,
        "en-2months-68",
        ["constraint_deadline"],
        [
            _t(
                _x(
                    "in 2 monaten will ich die grundlagen von netzwerken können",
                    "en dos meses quiero saber lo basico de redes",
                    "dans 2 mois je veux connaître les bases des réseaux",
                    "kahden kuukauden päästä haluan osata verkkojen perusteet",
                ),
                SEARCH + CONS + GOAL,
                deadline=IN_2_MONTHS,
                cite_any=["ccna-net-101", "lcsi-ne-201", "lcsi-5g-204"],
            ),
        ],
    ),
    (
        13,
        "en-suggest-85",
        ["apply_suggestion", "followup"],
        [
            _t(
                _x(
                    "plan für datenschutzbeauftragten, 1 std pro woche, fertig bis februar",
                    "plan para delegado de proteccion de datos, 1 hora a la semana, terminado para febrero",
                    "un plan pour devenir délégué à la protection des données, 1h par semaine, fini pour "
                    "février",
                    "suunnitelma tietosuojavastaavaksi, 1 tunti viikossa, valmis helmikuuhun mennessä",
                ),
                PLAN,
                goal="dpo",
                hours=1,
                deadline=FEBRUARY,
                plan=True,
            ),
            _t(
                _x(
                    "dann erhöh meine stunden",
                    "pues sube mis horas",
                    "alors augmente mes heures",
                    "nosta sitten mun tunteja",
                ),
                APPLY + REFINE + CONS,
                plan=True,
            ),
        ],
    ),
    (
        14,
        "en-hours-range-92",
        ["constraint_time"],
        [
            _t(
                _x(
                    "ich kann zwischen 3 und 5 stunden pro woche, je nach kindern",
                    "puedo entre 3 y 5 horas a la semana, depende de los niños",
                    "je peux entre 3 et 5 heures par semaine, ça dépend des enfants",
                    "pystyn 3-5 tuntia viikossa, riippuu lapsista",
                ),
                CONS,
                hours=(4, 0.25),
            ),
            _t(
                _x(
                    "ziel ist UX researcher",
                    "mi meta es ser investigador UX",
                    "objectif : chercheur UX",
                    "tavoite on UX-tutkija",
                ),
                GOAL,
                goal="ux",
            ),
            _t(
                _x(
                    "zeig mir was passt",
                    "enseñame lo que encaja",
                    "montre moi ce qui colle",
                    "näytä mikä sopii",
                ),
                PLAN + SEARCH,
                cite_min=1,
            ),
        ],
    ),
    (
        15,
        "en-req-104",
        ["requirements", "named_course", "area_hpc"],
        [
            _t(
                _x(
                    "was muss ich vor GPU Computing for Simulation and AI machen, und in welcher reihenfolge",
                    "que tengo que hacer antes de GPU Computing for Simulation and AI y en que orden",
                    "qu'est-ce que je dois suivre avant GPU Computing for Simulation and AI, et dans quel "
                    "ordre",
                    "mitä pitää käydä ennen GPU Computing for Simulation and AI -kurssia ja missä "
                    "järjestyksessä",
                ),
                REQ + PLAN,
                cite_any=["padr-par-201"],
                cite_min=1,
            ),
            _t(
                _x(
                    "MPI kann ich ehrlich gesagt schon aus meiner promotion",
                    "la verdad MPI ya lo se del doctorado",
                    "MPI je connais déjà grâce à ma thèse",
                    "MPI on mulle jo tuttu väitöskirjasta",
                ),
                SKILLS + SKIP,
                dead_ok=False,
            ),
        ],
    ),
    (
        16,
        "en-v6-everything-115",
        ["vague", "area_data", "constraint_budget"],
        [
            _t(
                _x(
                    "zeig mir alles was du zu daten hast",
                    "enseñame todo lo que tengas de datos",
                    "montre-moi tout ce que t'as sur les données",
                    "näytä kaikki mitä sulla on datasta",
                ),
                SEARCH,
                cite_min=3,
            ),
            _t(
                _x("nur die kostenlosen", "solo los gratis", "juste les gratuits", "vain ilmaiset"),
                REFINE,
                cite_any=["ual-datos-101", "padr-fair-203"],
            ),
        ],
    ),
    (
        17,
        "en-v6-hpc-112",
        ["followup", "constraint_time", "area_hpc", "no_punctuation"],
        [
            _t(
                _x(
                    "ich will hpc engineer werden mach mir nen plan 5 std die woche",
                    "quiero ser ingeniero hpc hazme un plan con 5 h a la semana",
                    "je veux devenir ingénieur hpc fais moi un plan 5h par semaine",
                    "haluan hpc-insinööriksi tee mulle suunnitelma 5 h viikossa",
                ),
                PLAN,
                goal="hpc",
                hours=5,
                plan=True,
            ),
            _t(
                _x(
                    "und wenn ich stattdessen 10 stunden die woche hätte",
                    "y si tuviera 10 horas a la semana",
                    "et si j'avais plutôt 10 heures par semaine",
                    "entä jos mulla olis 10 tuntia viikossa",
                ),
                REFINE + CONS,
                hours=10,
                plan=True,
                faster=True,
            ),
            _t(
                _x(
                    "lass den intro to hpc kurs weg die grundlagen kann ich schon",
                    "quita el de intro a hpc ya se lo basico",
                    "enlève celui d'intro au hpc je connais déjà les bases",
                    "jätä intro to hpc pois osaan jo perusteet",
                ),
                SKIP,
                held=["padr-hpc-101"],
                plan=True,
            ),
        ],
    ),
    (
        18,
        "en-fu-compare-110",
        ["compare", "named_course", "area_data"],
        [
            _t(
                _x(
                    "Data Engineering Foundations oder Data Modelling Essentials - welchen zuerst?",
                    "Data Engineering Foundations o Data Modelling Essentials, cual hago primero?",
                    "Data Engineering Foundations ou Data Modelling Essentials, je commence par lequel ?",
                    "Data Engineering Foundations vai Data Modelling Essentials, kumpi ensin?",
                ),
                COMPARE + REQ,
                cite_any=["nda-de-101", "nda-model-102"],
                cite_min=2,
            ),
            _t(
                _x(
                    "welcher ist billiger",
                    "cual es mas barato",
                    "lequel est le moins cher",
                    "kumpi on halvempi",
                ),
                COMPARE + EXPLAIN,
                cite_min=1,
            ),
            _t(
                _x(
                    "ok und was kommt nach Data Modelling Essentials",
                    "vale y que viene despues de Data Modelling Essentials",
                    "ok et après Data Modelling Essentials il y a quoi",
                    "ok mitä tulee Data Modelling Essentialsin jälkeen",
                ),
                EXPLAIN + REQ + SEARCH,
                cite_min=1,
            ),
        ],
    ),
    (
        19,
        "en-v7-oos-weather-04",
        ["out_of_scope"],
        [
            _t(
                _x(
                    "wie wird das wetter morgen in dublin",
                    "que tiempo va a hacer mañana en dublin",
                    "il va faire quel temps demain à dublin",
                    "millainen sää huomenna on dublinissa",
                ),
                OOS,
            ),
            _t(
                _x(
                    "na gut. kurse zu datenvisualisierung?",
                    "bueno. cursos de visualizacion de datos?",
                    "bon. des cours de visualisation de données ?",
                    "okei. kursseja datan visualisoinnista?",
                ),
                SEARCH,
                cite_any=["diaa-viz-204", "ual-visual-203"],
            ),
        ],
    ),
    (
        20,
        "en-v7-advisor-bi-05",
        ["third_person", "area_data"],
        [
            _t(
                _x(
                    "Meine Klientin leitet ein Modegeschäft und möchte BI-Entwicklerin werden",
                    "Mi clienta lleva una tienda de ropa y le gustaria acabar como desarrolladora BI",
                    "Ma cliente gère une boutique de vêtements et aimerait devenir développeuse BI",
                    "Asiakkaani johtaa vaatekauppaa ja haluaisi BI-kehittäjäksi",
                ),
                GOAL,
                goal=_DATA_GOAL,
                goal_not=["store", "retail", "shop"],
            ),
            _t(
                _x(
                    "sie kann Excel ziemlich gut und ein bisschen SQL",
                    "sabe Excel bastante bien y un poco de SQL",
                    "elle maîtrise bien Excel et un peu SQL",
                    "hän osaa Excelin aika hyvin ja vähän SQL:ää",
                ),
                SKILLS,
                skills=["spreadsheet", "sql", "query"],
            ),
            _t(
                _x(
                    "was müsste sie belegen",
                    "que tendria que cursar",
                    "qu'est-ce qu'elle devrait suivre",
                    "mitä kursseja hänen pitäisi käydä",
                ),
                PLAN + REQ,
                plan=True,
                cite_min=1,
            ),
        ],
    ),
    (
        21,
        "en-v7-req-hpc-06",
        ["named_course", "stacking", "area_hpc"],
        [
            _t(
                _x(
                    "was brauche ich für das Certificate in HPC Performance Engineering?",
                    "que necesito para el Certificate in HPC Performance Engineering?",
                    "il faut quoi pour le Certificate in HPC Performance Engineering ?",
                    "mitä tarvitsen Certificate in HPC Performance Engineering -todistukseen?",
                ),
                REQ,
                cite_any=["padr-cert-hpc", "padr-hpc-101", "padr-par-201"],
            ),
            _t(
                _x(
                    "und mit welchem fang ich an",
                    "y con cual empiezo",
                    "et je commence par lequel",
                    "ja mistä aloitan",
                ),
                REQ + PLAN,
                cite_any=["padr-hpc-101"],
            ),
        ],
    ),
    (
        22,
        "en-v8n-spanish-online-07",
        ["languages", "participation", "area_data"],
        [
            _t(
                _x(
                    "Kurse zur Datenanalyse auf Spanisch, online",
                    "cursos de analisis de datos en español, online",
                    "des cours d'analyse de données en espagnol, en ligne",
                    "data-analyysin kursseja espanjaksi, verkossa",
                ),
                SEARCH,
                cite_any=_N8_UAL,
            ),
            _t(
                _x(
                    "was zu SQL in der art?",
                    "alguno de SQL por el estilo?",
                    "et sur SQL dans le même genre ?",
                    "entä SQL samaan tyyliin?",
                ),
                SEARCH,
                cite_any=["ual-sql-102"],
            ),
        ],
    ),
    (
        23,
        "en-v9n-goal-limits-05",
        ["multi_intent", "constraint_time", "area_cloud"],
        [
            _t(
                _x(
                    "cloud engineer, 6 std pro woche, fertig bis september",
                    "ingeniero cloud, 6 horas a la semana, acabar para septiembre",
                    "ingénieur cloud, 6h par semaine, fini pour septembre",
                    "pilvi-insinööri, 6 tuntia viikossa, valmista syyskuuhun mennessä",
                ),
                GOAL + PLAN,
                goal="cloud",
                hours=6,
                deadline=SEPTEMBER,
            ),
            _t(
                _x("wie würde das aussehen", "como quedaria eso", "ça donnerait quoi", "miltä se näyttäis"),
                PLAN,
                plan=True,
            ),
        ],
    ),
    (
        24,
        "en-v9n-pentest-08",
        ["plan", "area_cyber"],
        [
            _t(
                _x(
                    "was ist der schnellste weg pentester zu werden wenn ich nur abends zeit hab",
                    "cual es la forma mas rapida de ser pentester si solo tengo las tardes",
                    "c'est quoi le chemin le plus rapide pour devenir pentester si j'ai que mes soirées",
                    "mikä on nopein reitti penetraatiotestaajaksi jos mulla on aikaa vain iltaisin",
                ),
                PLAN + GOAL,
                goal="cyber",
            ),
            _t(
                _x(
                    "leg es mir schritt für schritt dar",
                    "explicamelo paso a paso",
                    "détaille-moi ça étape par étape",
                    "kerro se vaihe vaiheelta",
                ),
                PLAN,
                plan=True,
            ),
        ],
    ),
    (
        25,
        "en-v10d-ccna-05",
        ["nonexistent", "followup", "area_network"],
        [
            _t(
                _x(
                    "gibts nen CCNA kurs? den echten von Cisco",
                    "hay algun curso de CCNA? el de Cisco de verdad",
                    "vous avez un cours CCNA ? le vrai de Cisco",
                    "onko teillä CCNA-kurssia? se oikea Ciscon",
                ),
                EXPLAIN + SEARCH,
                cite_any=_L10.NETWORK,
            ),
            _t(
                _x(
                    "ok, was kommt dem am nächsten",
                    "vale, que es lo mas parecido",
                    "bon, c'est quoi le plus proche",
                    "okei, mikä on lähin vastaava",
                ),
                SEARCH + SELECT,
                cite_any=_L10.NETWORK,
            ),
            _t(
                _x(
                    "wie viele wochen bräuchte ich dafür mit 3h die woche",
                    "cuantas semanas me llevaria con 3h a la semana",
                    "ça me prendrait combien de semaines à 3h par semaine",
                    "montako viikkoa siihen menis 3 h viikossa",
                ),
                SELECT + CONS,
                cite_min=1,
            ),
        ],
    ),
    (
        26,
        "en-v10n-nurse-05",
        ["goal", "current_role", "area_health_data"],
        [
            _t(
                _x(
                    "bin krankenpflegerin und will in die gesundheitsdatenanalyse",
                    "soy enfermera y quiero meterme en analitica de datos de salud",
                    "je suis infirmière et je veux me lancer dans l'analyse de données de santé",
                    "olen sairaanhoitaja ja haluan terveysdatan analytiikkaan",
                ),
                GOAL,
                goal="health_data",
                goal_not=["nurse"],
            ),
        ],
    ),
    (
        27,
        "en-v10n-teller-10",
        ["third_person", "long", "area_data"],
        [
            _t(
                _x(
                    "ich helfe einer klientin, die 10 jahre bankkassiererin war, sie will sich zur "
                    "datenanalystin "
                    "umschulen lassen, budget ca 1500 euro und sie kann 8 stunden die woche lernen",
                    "estoy ayudando a una clienta que fue cajera de banco 10 años, quiere reciclarse como "
                    "analista de "
                    "datos, tiene unos 1500 euros y puede estudiar 8 horas a la semana",
                    "j'accompagne une cliente qui a été guichetière dans une banque pendant 10 ans, elle "
                    "veut se "
                    "reconvertir en analyste de données, budget environ 1500 euros et elle peut étudier 8h "
                    "par semaine",
                    "autan asiakasta joka oli 10 vuotta pankkivirkailijana, hän haluaa kouluttautua "
                    "data-analyytikoksi, "
                    "budjetti noin 1500 euroa ja hän voi opiskella 8 tuntia viikossa",
                ),
                GOAL + CONS,
                goal="data_analyst",
                goal_not=["teller"],
                budget=(1500, "EUR"),
                hours=8,
            ),
        ],
    ),
    (
        28,
        "en-v10n-dba-limits-15",
        ["constraint_budget", "participation", "area_dba"],
        [
            _t(
                _x(
                    "ich will datenbankadministrator werden",
                    "quiero ser administrador de bases de datos",
                    "je veux devenir administrateur de bases de données",
                    "haluan tietokannan ylläpitäjäksi",
                ),
                GOAL,
                goal="dba",
            ),
            _t(
                _x(
                    "nur online kurse bitte, und nix über 600 euro insgesamt",
                    "solo cursos online porfa, y nada de mas de 600 euros en total",
                    "que des cours en ligne svp, et rien au-dessus de 600 euros au total",
                    "vain verkkokursseja kiitos, ja ei yli 600 euroa yhteensä",
                ),
                CONS + REFINE,
                part=["online"],
                budget=(600, "EUR"),
                goal="dba",
            ),
        ],
    ),
    (
        29,
        "en-v10n-kids-16",
        ["constraint_time"],
        [
            _t(
                _x(
                    "hab zwei kinder, also realistisch max 1 stunde am tag, unter der woche",
                    "tengo dos hijos asi que siendo realista 1 hora al dia maximo, entre semana",
                    "j'ai deux enfants donc en vrai 1h par jour max, en semaine",
                    "mulla on kaksi lasta, joten realistisesti max tunti päivässä arkisin",
                ),
                CONS,
                hours=(5.5, 0.3),
            ),
        ],
    ),
    (
        30,
        "en-v10n-soc-siem-18",
        ["compare", "named_course", "area_cyber"],
        [
            _t(
                _x(
                    "was ist der unterschied zwischen dem SOC fundamentals kurs und dem SIEM kurs",
                    "cual es la diferencia entre el curso de fundamentos de SOC y el de SIEM",
                    "quelle est la différence entre le cours SOC fundamentals et celui sur le SIEM",
                    "mikä ero on SOC fundamentals -kurssilla ja SIEM-kurssilla",
                ),
                COMPARE,
                cite_any=["bvca-soc-101", "bvca-siem-201"],
            ),
        ],
    ),
    (
        31,
        "en-t9named-subject-04",
        ["skip", "subject"],
        [
            _t(
                _x(
                    "ich will machine learning engineer werden, 8 stunden pro woche",
                    "quiero ser ingeniero de machine learning, 8 horas a la semana",
                    "je veux devenir ingénieur machine learning, 8 heures par semaine",
                    "haluan koneoppimisinsinööriksi, 8 tuntia viikossa",
                ),
                GOAL + PLAN + CONS,
                plan=True,
            ),
            _t(
                _x(
                    "lass den mathe-kurs weg, ich hab nen mathe-abschluss",
                    "quita el de mates, soy licenciado en matematicas",
                    "enlève celui de maths, j'ai un diplôme en maths",
                    "jätä matikkakurssi pois, mulla on matematiikan tutkinto",
                ),
                SKIP,
                held=["diaa-math-102"],
                plan_excl=["diaa-math-102"],
            ),
        ],
    ),
    (
        32,
        "en-t9named-eqf-03",
        ["concept"],
        [
            _t(
                _x(
                    "was ist EQF level 6 und ist das sowas wie ein bachelor?",
                    "que es el nivel EQF 6, es como una licenciatura?",
                    "c'est quoi le niveau EQF 6, c'est genre une licence ?",
                    "mikä on EQF-taso 6, onko se niinku kandi?",
                ),
                EXPLAIN,
                no_goal=True,
                plan=False,
            ),
            _t(
                _x(
                    "ich will datenbankadministrator werden, 10 stunden pro woche",
                    "quiero ser administradora de bases de datos, 10 horas semanales",
                    "je veux devenir admin de bases de données, 10h par semaine",
                    "haluun tietokantojen ylläpitäjäksi, 10 h viikossa",
                ),
                GOAL + PLAN + CONS,
                plan=True,
            ),
            _t(
                _x(
                    "wie viele ECTS sind das insgesamt?",
                    "cuantos ECTS son en total?",
                    "ça fait combien d'ECTS au total ?",
                    "montako opintopistettä se on yhteensä?",
                ),
                EXPLAIN + PLAN,
                cite_min=2,
            ),
        ],
    ),
    (
        33,
        "en-t9p-04",
        ["level_question"],
        [
            _t(
                _x(
                    "zeig mir cloud computing kurse",
                    "enseñame cursos de cloud computing",
                    "montre-moi des cours de cloud computing",
                    "näytä pilvipalvelukursseja",
                ),
                SEARCH,
            ),
            _t(
                _x(
                    "welcher ist für anfänger?",
                    "cual es para principiantes?",
                    "lequel est pour les débutants ?",
                    "mikä niistä on aloittelijoille?",
                ),
                SELECT + SEARCH,
                no_max_eqf=True,
            ),
        ],
    ),
    (
        34,
        "en-t10named-price-04",
        ["pointed_course", "attribute_price"],
        [
            _t(
                _x(
                    "Kurse zu Netzwerksicherheit bitte",
                    "cursos de seguridad de redes porfa",
                    "des cours en sécurité réseau svp",
                    "verkkoturvallisuuden kursseja kiitos",
                ),
                _N.OPEN,
            ),
            _t(
                _x(
                    "was kostet der letzte?",
                    "cuanto cuesta el ultimo?",
                    "combien coûte le dernier ?",
                    "paljonko viimeinen maksaa?",
                ),
                _N.ASK,
                cite_min=1,
                plan=False,
                reply_excl=_CARD,
            ),
        ],
    ),
    (
        35,
        "en-t10named-which-08",
        ["of_the_plan"],
        [
            _t(
                _x(
                    "ich will datenbankadministratorin werden, 5 stunden pro woche",
                    "quiero ser administrador de bases de datos, 5 horas por semana",
                    "je veux devenir administratrice de bases de données, 5 heures par semaine",
                    "haluan tietokanta-admiksi, 5 tuntia viikossa",
                ),
                _N.PLANNED,
                plan=True,
            ),
            _t(
                _x(
                    "welcher von den schritten dauert am kürzesten?",
                    "cual de esos pasos lleva menos tiempo?",
                    "laquelle de ces étapes prend le moins de temps ?",
                    "mikä noista vaiheista vie vähiten aikaa?",
                ),
                SELECT,
                cite_min=1,
                plan=False,
            ),
        ],
    ),
    (
        36,
        "en-t10search-02",
        ["cheaper_budget"],
        [
            _t(
                _x(
                    "zeig mir data engineering kurse",
                    "enseñame cursos de ingenieria de datos",
                    "montre moi des formations en data engineering",
                    "näytä data engineering -kursseja",
                ),
                _S.INTENTS_SEARCH,
                cite_min=1,
            ),
            _t(
                _x(
                    "mein budget ist 400 euro",
                    "mi presupuesto es de 400 euros",
                    "mon budget c'est 400 euros",
                    "budjetti on 400 euroa",
                ),
                _S.INTENTS_BUDGET,
                budget=(400, "EUR"),
            ),
            _t(
                _x(
                    "was billigeres?",
                    "algo mas barato?",
                    "quelque chose de moins cher ?",
                    "onko mitään halvempaa?",
                ),
                _S.INTENTS_CHEAPER,
                budget=(400, "EUR"),
                cite_none=_S.DATA_OVER_400,
            ),
        ],
    ),
    (
        37,
        "en-t11lists-08",
        ["shown_extreme"],
        [
            _t(
                _x(
                    "zeig mir kurse zu cloud security",
                    "muestrame cursos de seguridad en la nube",
                    "montre-moi des cours de sécurité du cloud",
                    "näytä pilviturvallisuuden kursseja",
                ),
                _L.OPEN,
            ),
            _t(
                _x(
                    "und der günstigste davon?",
                    "y el mas barato de esos?",
                    "et le moins cher de ceux-là ?",
                    "entä halvin niistä?",
                ),
                _L.PICK,
                cite_least="cost",
                plan=False,
            ),
        ],
    ),
    (
        38,
        "en-t11goal-03",
        ["from_to"],
        [
            _t(
                _x(
                    "nach 12 jahren als physiklehrer an einer realschule will ich in die datenanalyse. 4 "
                    "std die woche, "
                    "nur online.",
                    "despues de 12 años dando fisica en un instituto quiero pasarme al analisis de datos. 4 "
                    "horas a la "
                    "semana, solo online.",
                    "après 12 ans à enseigner la physique au lycée je veux passer à l'analyse de données. "
                    "4h par "
                    "semaine, uniquement en ligne.",
                    "12 vuotta fysiikan opettajana yläkoulussa, nyt haluan siirtyä data-analyysiin. 4 "
                    "tuntia viikossa, "
                    "vain verkossa.",
                ),
                _G.ANY,
                goal="data_analyst",
                goal_not=["teacher"],
                cite_none=_G.TEACHING,
            ),
            _t(
                _x(
                    "ok mach mir einen plan",
                    "vale hazme un plan",
                    "ok fais-moi un plan",
                    "ok tee mulle suunnitelma",
                ),
                ["plan"],
                plan=True,
                plan_excl=_G.TEACHING,
                goal_not=["teacher"],
            ),
        ],
    ),
    (
        39,
        "en-t10roles-05",
        ["skill_not_course"],
        [
            _t(
                _x(
                    "ich kann schon grundlagen python und etwas SQL. würde gern datenanalyst werden",
                    "ya se python basico y algo de SQL. me gustaria ser analista de datos",
                    "je connais déjà les bases de python et un peu de SQL. j'aimerais devenir data analyst",
                    "osaan jo python-perusteet ja vähän SQL:ää. haluaisin data-analyytikoksi",
                ),
                _ANY10R,
                held_not=["lit-prog-101", "ual-python-201", "ual-sql-102", "diaa-ml-201"],
                goal="data_analyst",
            ),
        ],
    ),
]

# Held back (41-60): other English tune dialogues in vi, hi and bn; (NN, source, lang, tags, turns)
_HELD = [
    (
        41,
        "en-v10n-robots-02",
        "vi",
        ["goal", "indirect", "area_ai"],
        [
            ("sau này em muốn làm việc với robot", GOAL + EXPLORE, {"goal": "ai"}),
        ],
    ),
    (
        42,
        "en-v10n-hackers-06",
        "vi",
        ["goal", "indirect", "area_cyber"],
        [
            (
                "mình muốn làm gì đó về bảo mật, kiểu bảo vệ công ty khỏi hacker",
                GOAL + EXPLORE,
                {"goal": "cyber"},
            ),
        ],
    ),
    (
        43,
        "en-v9n-hospital-06",
        "vi",
        ["goal", "indirect", "area_network"],
        [
            (
                "ước mơ của tôi là một ngày nào đó quản lý mạng cho một bệnh viện lớn",
                GOAL + EXPLORE,
                {"goal": "network"},
            ),
        ],
    ),
    (
        44,
        "en-v11d-h02-list-longest",
        "vi",
        ["search", "followup", "area_network"],
        [
            ("có khóa nào về bảo mật mạng không?", SEARCH, {"cite_any": _L11.NETWORK + _L11.CYBER}),
            ("khóa nào dài nhất", SELECT + COMPARE, {"cite_min": 1}),
            ("còn khóa rẻ nhất?", SELECT + COMPARE + REFINE, {"cite_min": 1}),
        ],
    ),
    (
        45,
        "en-t10named-fastest-07",
        "vi",
        ["fastest_path"],
        [
            ("tôi muốn trở thành chuyên viên phân tích dữ liệu", _N.PLANNED, {}),
            ("đường nhanh nhất để tới đó là gì?", PLAN, {"plan": True}),
        ],
    ),
    (
        46,
        "en-v10n-powerbi-20",
        "vi",
        ["search", "need", "area_data"],
        [
            ("sếp bắt mình học power bi với dashboard, có khóa nào không", SEARCH, {"cite_any": _N10_VIZ}),
        ],
    ),
    (
        47,
        "en-v12u-plan-online-04",
        "vi",
        ["plan", "refine", "participation"],
        [
            (
                "mình muốn làm kỹ sư mạng, mỗi tuần có 6 tiếng",
                GOAL + PLAN + CONS,
                {"goal": "network", "plan": True},
            ),
            (
                "học hoàn toàn online được không?",
                REFINE + CONS,
                {"plan": True, "part": ["online"], "plan_part": ["online"]},
            ),
        ],
    ),
    (
        48,
        "en-t11goal-07",
        "hi",
        ["that_job"],
        [
            ("नगर निगम में junior network administrator की वैकेंसी निकली है।", _G.ANY_OR_OOS, {"dead_ok": True}),
            ("इस रोल के लिए मुझे क्या सीखना पड़ेगा?", _G.ANY, {"goal": "netadmin"}),
        ],
    ),
    (
        49,
        "en-t11lists-01",
        "hi",
        ["shown_extreme"],
        [
            ("cloud security के कोर्स दिखाओ", _L.OPEN, {}),
            (
                "इनमें सबसे advanced कौन सा है?",
                _L.PICK,
                {"cite_any": ["ccna-hybrid-303", "lcsi-anom-301"], "reply_any": ["EQF 6"], "plan": False},
            ),
        ],
    ),
    (
        50,
        "en-t10roles-07",
        "hi",
        ["skill_not_course"],
        [
            (
                "basic SQL आती है, और Excel रोज़ काम पे use करता हूँ। database admin बनना है",
                _ANY10R,
                {"held_not": ["ual-sql-102"], "goal": "dba"},
            ),
        ],
    ),
    (
        51,
        "en-fu-eqf-111",
        "hi",
        ["level", "named_course", "followup"],
        [
            (
                "Deep Learning and Neural Networks का EQF level क्या है? मेरे लिए ज़्यादा मुश्किल तो नहीं? "
                "मुझे बस थोड़ा "
                "excel आता है",
                EXPLAIN,
                {"cite_any": ["diaa-dl-202"]},
            ),
            ("तो फिर मैं शुरुआत किससे करूँ", SEARCH + PLAN + REFINE + EXPLORE + REQ, {"cite_min": 1}),
        ],
    ),
    (
        52,
        "en-v10n-docker-11",
        "hi",
        ["search", "question"],
        [
            ("kubernetes या docker पर कुछ है क्या?", SEARCH, {"cite_any": _N10_CONTAINERS}),
        ],
    ),
    (
        53,
        "en-v11d-h07-sounds-good",
        "hi",
        ["vague", "approval", "area_cyber"],
        [
            (
                "मैं अपनी admin वाली नौकरी से बोर हो गया हूँ, टेक में कुछ नया करना चाहता हूँ",
                EXPLORE,
                {"goal_not": ["admin"]},
            ),
            ("security अच्छा लगता है, हफ्ते में करीब 4 घंटे दे सकता हूँ", GOAL + CONS, {"goal": "cyber", "hours": 4}),
        ],
    ),
    (
        54,
        "en-t10named-mandatory-03",
        "hi",
        ["named_course", "attribute_mandatory"],
        [
            ("मुझे machine learning engineer बनना है, हफ्ते में 6 घंटे, प्लान बना दो", _N.PLANNED, {"plan": True}),
            (
                "क्या maths वाला कोर्स करना ज़रूरी है?",
                _N.ASK,
                {"cite_any": ["diaa-math-102"], "plan": False, "reply_excl": _CARD},
            ),
        ],
    ),
    (
        55,
        "en-t11goal-01",
        "bn",
        ["from_to"],
        [
            (
                "নার্সিং ছেড়ে ডেটার দিকে কিছু করতে চাই, সপ্তাহে ৫ ঘণ্টার মতো দিতে পারব",
                _G.ANY,
                {"goal": _DATA11G, "goal_not": ["nurse"]},
            ),
        ],
    ),
    (
        56,
        "en-v9n-py-ml-07",
        "bn",
        ["multi_intent", "area_ml", "no_punctuation"],
        [
            (
                "পাইথন ভালোই জানি মেশিন লার্নিং এর কী কী আছে",
                SEARCH + SKILLS,
                {"cite_any": _N9_ML, "skills": ["python"]},
            ),
        ],
    ),
    (
        57,
        "en-v10n-ux-24",
        "bn",
        ["goal", "current_role", "followup", "area_ux"],
        [
            ("আমি গ্রাফিক ডিজাইনার, UX এ যেতে চাই", GOAL, {"goal": "ux", "goal_not": ["graphic"]}),
            ("figma আর adobe illustrator আগে থেকেই জানি", SKILLS, {"skills": ["illustrator"]}),
            ("ঠিক আছে, তাহলে প্ল্যানটা কী", PLAN, {"plan": True}),
        ],
    ),
    (
        58,
        "en-v11d-h05-azure",
        "bn",
        ["nonexistent", "followup", "area_cloud"],
        [
            (
                "আপনাদের কাছে Azure Fundamentals AZ-900 আছে?",
                EXPLAIN + SEARCH,
                {"cite_any": _L11.CLOUD_EN + _L11.CLOUD_DE_ONLY},
            ),
            ("ঠিক আছে, শুধু ইংরেজিতে যেগুলো আছে সেগুলো", CONS + REFINE + SEARCH, {"cite_any": _L11.CLOUD_EN}),
        ],
    ),
    (
        59,
        "en-t9named-fit-01",
        "bn",
        ["named_course", "fit"],
        [
            (
                "যে শুধু Excel জানে তার জন্য Data Warehouse Design কি ঠিক হবে?",
                _ASK14,
                {"cite_any": ["nda-dwh-202"], "no_goal": True, "plan": False},
            ),
            ("তাহলে তার আগে কী করা উচিত?", _ASK14, {"cite_any": ["nda-model-102"], "plan": False}),
        ],
    ),
    (
        60,
        "en-v10n-guidance-07",
        "bn",
        ["goal", "outside_taxonomy"],
        [
            (
                "আমার লক্ষ্য একটা স্কুলে গাইডেন্স কাউন্সেলর হিসেবে কাজ করা",
                GOAL + EXPLORE,
                {"goal_not": ["research consultant", "ict teacher"]},
            ),
        ],
    ),
]


def _resolve(checks: dict, lang: str) -> dict:
    return {k: (v[lang] if isinstance(v, _PerLang) else v) for k, v in checks.items()}


def _build() -> dict[str, list]:
    out: dict[str, list] = {lang: [] for lang in ("de", "es", "fr", "fi", "vi", "hi", "bn")}
    for nn, _source, tags, turns in _ROWS:
        for lang in ("de", "es", "fr", "fi"):
            out[lang].append(
                D(
                    f"{lang}-trans18-{nn:02d}",
                    ["trans18", *tags],
                    [T(texts[lang], intents, **_resolve(checks, lang)) for texts, intents, checks in turns],
                    split="tune",
                )
            )
    for nn, _source, lang, tags, turns in _HELD:
        out[lang].append(
            D(
                f"{lang}-trans18-{nn:02d}",
                ["trans18", "held_back", *tags],
                [T(text, intents, **_resolve(checks, lang)) for text, intents, checks in turns],
                split="tune",
            )
        )
    return out


BY_LANG = _build()
