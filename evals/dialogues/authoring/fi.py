"""Finnish dialogues: spoken forms (mä, sä, mitä kursseja), inflected course names, English terms mixed in."""

from dates import BEFORE_SUMMER, HALF_YEAR, JUNE, SEPTEMBER
from dsl import (
    APPLY,
    COMPARE,
    CONS,
    EXPLAIN,
    EXPLORE,
    GOAL,
    OOS,
    PLAN,
    REFINE,
    REQ,
    SEARCH,
    SELECT,
    SKILLS,
    SKIP,
    SMALL,
    WHY,
    D,
    T,
)

LANG = "fi"

DIALOGUES = [
    D(
        "fi-vague-01",
        ["vague"],
        [
            T("En tiedä yhtään mistä aloittaa", EXPLORE),
            T(
                "oon ollu kaupan kassalla 8 vuotta ja haluisin jotain IT-juttuja",
                SKILLS + GOAL + EXPLORE,
                role=["kassa", "cashier", "myyjä", "kauppa"],
                goal_not=["kassa", "cashier"],
            ),
            T("mitä vaihtoehtoja mulla on?", EXPLORE + SEARCH, cite_min=1),
        ],
    ),
    D(
        "fi-data-02",
        ["area_data", "multi_intent"],
        [
            T(
                "Haluan data-analyytikoksi. Mulla on 5 tuntia viikossa ja "
                "budjetti 600 euroa. Mitä opiskelen ja missä järjestyksessä?",
                PLAN,
                goal="data_analyst",
                hours=5,
                budget=(600, "EUR"),
                plan=True,
                cite_min=1,
                plan_cost=(600, "EUR"),
            ),
            T("entä nopein vaihtoehto?", REFINE, plan=True, faster=True),
        ],
    ),
    D(
        "fi-elearn-03",
        ["area_microcred", "named_course"],
        [
            T(
                "Olen opettaja ja mun pitäis suunnitella mikrotutkintoja. Onko kursseja?",
                SEARCH + GOAL + EXPLORE,
                cite_any=["aec-mcd-101", "aec-cert-dld", "aec-outcomes-102"],
            ),
            T(
                "kerro lisää Designing Micro-Credentials: Foundations -kurssista",
                EXPLAIN,
                cite_any=["aec-mcd-101"],
            ),
        ],
    ),
    D(
        "fi-cyber-04",
        ["area_cyber", "third_person"],
        [
            T(
                "Asiakkaani on varastotyöntekijä ja haluaa kyberturvallisuusalalle",
                GOAL + SKILLS,
                goal="cyber",
                role=["varasto", "warehouse", "logisti"],
                goal_not=["varasto"],
            ),
            T("tee hänelle suunnitelma, 4 tuntia viikossa", PLAN + CONS, hours=4, plan=True, cite_min=1),
        ],
    ),
    D(
        "fi-deadline-05",
        ["constraint_deadline", "area_cloud"],
        [
            T("haluun oppia pilvipalvelut ennen kesää", GOAL + SEARCH + CONS, deadline=BEFORE_SUMMER),
            T("tee suunnitelma", PLAN, plan=True),
        ],
    ),
    D(
        "fi-halfyear-06",
        ["constraint_deadline", "area_web"],
        [
            T("Tavoite: web-kehittäjä puolen vuoden sisällä", GOAL + CONS, goal="web", deadline=HALF_YEAR),
            T("onnistuuko halvemmalla?", REFINE + PLAN, cite_min=1),
        ],
    ),
    D(
        "fi-oos-07",
        ["out_of_scope"],
        [
            T("Mikä on huomenna sää Tampereella?", OOS),
        ],
    ),
    D(
        "fi-greet-08",
        ["greeting"],
        [
            T("moi", SMALL),
            T("mitä sä osaat tehdä?", SMALL),
        ],
    ),
    D(
        "fi-nonexistent-09",
        ["nonexistent"],
        [
            T("Onko teillä kurssia nimeltä 'Tekoäly terveydenhuollossa'?", EXPLAIN + SEARCH),
        ],
    ),
    D(
        "fi-skip-10",
        ["skip", "followup"],
        [
            T(
                "suunnittele polku tietokannan ylläpitäjäksi, 6 h viikossa",
                PLAN,
                goal="dba",
                hours=6,
                plan=True,
            ),
            T("ensimmäinen on jo tehty", SKIP, held_prev_step=1, plan_excl_prev_step=1, plan=True),
        ],
    ),
    D(
        "fi-hpc-11",
        ["area_hpc"],
        [
            T(
                "tarttisin HPC-osaamista tutkimukseen, mitä löytyy?",
                SEARCH + GOAL,
                cite_any=["padr-hpc-101", "padr-par-201", "padr-cert-hpc", "padr-gpu-301"],
            ),
            T("onko johdantokurssi ilmainen", EXPLAIN + SELECT, cite_any=["padr-hpc-101"]),
        ],
    ),
    D(
        "fi-month-12",
        ["constraint_time"],
        [
            T("mulla on aikaa noin 20 tuntia kuukaudessa", CONS, hours=4.6),
            T("tavoite verkkoasiantuntija", GOAL, goal="network"),
            T("näytä suunnitelma", PLAN, plan=True, plan_hours=4.6),
        ],
    ),
    D(
        "fi-langs-13",
        ["languages"],
        [
            T(
                "puhun suomea ja englantia. kursseja tietoturvasta?",
                SEARCH + SKILLS,
                langs=["fi", "en"],
                cite_min=1,
                cite_none=["bvca-awareness-101", "inl-cyber-201", "inl-securite-103"],
            ),
        ],
    ),
    D(
        "fi-compare-14",
        ["compare", "named_course"],
        [
            T(
                "vertaa Security Operations Fundamentals ja Penetration Testing Foundations",
                COMPARE,
                cite_any=["bvca-soc-101", "bvca-pentest-201"],
                cite_min=2,
            ),
        ],
    ),
    D(
        "fi-req-15",
        ["requirements", "named_course"],
        [
            T(
                "mitä tarvitsen ennen Deep Learning and Neural Networks -kurssia?",
                REQ,
                cite_any=["diaa-ml-201"],
            ),
        ],
    ),
    D(
        "fi-ainet-16",
        ["area_ainet"],
        [
            T(
                "verkkoinsinööri tässä, kiinnostaa tekoälypohjainen verkonhallinta",
                GOAL + SEARCH,
                cite_any=[
                    "lcsi-cert-ainet",
                    "ccna-aiops-301",
                    "lcsi-mlnet-203",
                    "lcsi-anom-301",
                    "lcsi-sdn-202",
                ],
                role=["verkko", "network"],
            ),
            T("mikä on koko sertifikaatin hinta?", EXPLAIN + REQ, cite_min=1),
        ],
    ),
    D(
        "fi-free-17",
        ["constraint_budget", "area_dlit"],
        [
            T(
                "ilmaisia kursseja digitaitoihin? äitini tarvis apua",
                SEARCH,
                cite_min=1,
                cite_any=["glcc-dl-101", "glcc-safe-104", "glcc-comm-102", "glcc-solve-105", "inl-pix-101"],
            ),
        ],
    ),
    D(
        "fi-sept-18",
        ["constraint_deadline", "area_ai"],
        [
            T(
                "syyskuuhun mennessä haluan osata koneoppimista, 10 h viikossa",
                GOAL + CONS + PLAN,
                deadline=SEPTEMBER,
                hours=10,
                goal="ml",
            ),
            T("ok tee se", PLAN + APPLY, plan=True),
            T("miksi matematiikka on mukana?", WHY, cite_min=0),
        ],
    ),
]

DIALOGUES += [
    D(
        "fi-flow-19",
        ["followup", "area_data"],
        [
            T(
                "moi, oon kirjanpitäjä ja haluaisin data-analyytikoksi",
                GOAL + SKILLS,
                goal="data_analyst",
                role=["kirjanpit", "bookkeep", "accountant"],
                goal_not=["kirjanpit"],
            ),
            T("4 tuntia viikossa, kesäkuuhun mennessä", CONS, hours=4, deadline=JUNE),
            T("mitä opiskelen ja missä järjestyksessä?", PLAN, plan=True, cite_min=1),
            T("entä jos vain verkkokursseja?", REFINE, plan=True, plan_part=["online"], part=["online"]),
        ],
    ),
    D(
        "fi-flow-20",
        ["followup", "area_cyber"],
        [
            T(
                "haluun tietoturva-analyytikoksi, teen nyt IT-tukea",
                GOAL + SKILLS,
                goal="cyber",
                role=["tuki", "support", "help desk"],
                goal_not=["tuki"],
            ),
            T(
                "tee suunnitelma, 6 tuntia viikossa, max 5000 zlotya",
                PLAN + CONS,
                hours=6,
                budget=(5000, "PLN"),
                plan=True,
            ),
            T(
                "ensimmäinen kurssi on jo suoritettu",
                SKIP,
                held_prev_step=1,
                plan_excl_prev_step=1,
                plan=True,
            ),
        ],
    ),
    D(
        "fi-flow-21",
        ["followup", "area_hpc"],
        [
            T(
                "mitä eroa on Parallel Programming with MPI and OpenMP "
                "ja GPU Computing for Simulation and AI -kursseilla?",
                COMPARE,
                cite_any=["padr-par-201", "padr-gpu-301"],
                cite_min=2,
            ),
            T("kumpi ensin?", COMPARE + REQ + PLAN, cite_min=1),
        ],
    ),
]

DIALOGUES += [
    D(
        "fi-health-22",
        ["area_health"],
        [
            T(
                "olen sairaanhoitaja ja terveysdata kiinnostaa, miten pääsen alkuun?",
                GOAL + SKILLS + EXPLORE,
                role=["sairaanhoitaja", "nurse"],
                goal_not=["sairaanhoitaja", "nurse"],
            ),
            T("data-analyysi siis", GOAL + SEARCH, cite_min=1),
        ],
    ),
    D(
        "fi-budget-23",
        ["constraint_budget", "area_software"],
        [
            T(
                "budjetti max 1 000 €, haluan ohjelmistokehittäjäksi",
                CONS + GOAL,
                budget=(1000, "EUR"),
                goal="software",
            ),
            T("suunnitelma 8 tunnilla viikossa", PLAN + CONS, hours=8, plan=True, plan_cost=(1000, "EUR")),
            T("miksi toinen askel?", WHY, cite_min=1),
        ],
    ),
    D(
        "fi-select-24",
        ["select", "followup"],
        [
            T("näytä pilvikursseja", SEARCH, cite_min=1),
            T("kerro toisesta", SELECT, cite_min=1),
            T("paljonko se maksaa?", EXPLAIN + SELECT, cite_min=1),
        ],
    ),
    D(
        "fi-advisor-25",
        ["third_person", "languages"],
        [
            T(
                "asiakkaani puhuu vain suomea ja ruotsia, hän haluaa oppia digitaitoja",
                SKILLS + GOAL + SEARCH,
                langs=["fi", "sv"],
            ),
            T("mitä ehdotat?", SEARCH + PLAN, dead_ok=False),
        ],
    ),
]

DIALOGUES += [
    D(
        "fi-profile-26",
        ["profile_start"],
        [
            T("mikä on seuraava kurssi mulle?", PLAN, plan=True, cite_min=1, plan_excl=["padr-hpc-101"]),
            T("voiko sen tehdä kesäkuuhun mennessä?", REFINE + CONS, deadline=JUNE, plan=True),
        ],
        profile={
            "id": "p-fi-26",
            "goal": {
                "label": "computer scientist",
                "occupation_uri": "http://data.europa.eu/esco/occupation/e3229e40-f571-4b26-baca-29edc8fe313e",
            },
            "credentials": [{"id": "padr-hpc-101", "title": "Introduction to High-Performance Computing"}],
            "languages": ["fi", "en"],
            "constraints": {"hours_per_week": 5},
        },
    ),
]

DIALOGUES += [
    D(
        "fi-typo-27",
        ["typo", "no_diacritics", "area_data"],
        [
            T(
                "haluisin oppia sql:aa, onko kursseja? en osaa viela mitaan",
                SEARCH + SKILLS,
                cite_any=["ual-sql-102", "nda-model-102", "nda-dba-201"],
            ),
            T("mika niista on halvin", REFINE + SELECT, cite_min=1),
        ],
    ),
]

# Session 5, weak-languages round (#12): written before any run on them.
_HPC_FI = ["padr-hpc-101", "padr-par-201", "padr-cert-hpc", "padr-gpu-301", "padr-perf-202"]
_AI_FI = ["diaa-ai-101", "ual-ia-101", "diaa-ml-201", "diaa-cert-aml", "diaa-math-102"]

DIALOGUES += [
    D(
        "fi-cheaper-28",
        ["followup", "slang", "area_cloud"],
        [
            T("haluun pilvi-insinööriks", GOAL, goal="cloud"),
            T("tee mulle suunnitelma", PLAN, plan=True, cite_min=1),
            T("onks halvempaa vaihtoehtoa?", REFINE, plan=True, cheaper=True),
        ],
    ),
    D(
        "fi-req-29",
        ["requirements", "named_course"],
        [
            T(
                "mitä pitää osata ennen Applied Machine Learning with Python -kurssia?",
                REQ,
                cite_any=["diaa-ml-201", "diaa-math-102", "lit-prog-101", "diaa-ai-101"],
            ),
            T("kauanko se kestää?", EXPLAIN + REQ, cite_min=1),
        ],
    ),
    D(
        "fi-search-30",
        ["search", "no_diacritics", "area_cyber"],
        [
            T("loytyyko kursseja tietoturvasta", SEARCH, cite_min=1),
            T("entä pelkästään verkossa suoritettavia?", REFINE + SEARCH + CONS, cite_min=1),
        ],
    ),
    D(
        "fi-job-31",
        ["vague", "area_data"],
        [
            T(
                "oon kirjanpitäjä ja haluisin data-analyytikoks",
                GOAL + SKILLS,
                goal="data_analyst",
                role=["kirjanpit", "bookkeep", "accountant"],
                goal_not=["kirjanpit", "bookkeep", "accountant"],
            ),
            T("mistä kannattaa aloittaa?", PLAN + EXPLORE + REQ, cite_min=1),
        ],
    ),
    D(
        "fi-time-32",
        ["constraint_time", "area_hpc"],
        [
            T("haluan oppia suurteholaskentaa (HPC)", GOAL + SEARCH, cite_any=_HPC_FI),
            T("mulla on noin 5 tuntia viikossa, tee suunnitelma", PLAN + CONS, hours=5, plan=True),
        ],
    ),
    D(
        "fi-advisor-33",
        ["third_person", "area_web"],
        [
            T(
                "asiakkaani on varastotyöntekijä ja haluaa web-kehittäjäksi",
                GOAL + SKILLS,
                goal="web",
                role=["varasto", "warehouse"],
                goal_not=["varasto", "warehouse"],
            ),
            T("mitä hänen pitäis opiskella ensin?", REQ + PLAN, cite_min=1),
        ],
    ),
    D(
        "fi-slang-34",
        ["slang", "area_ai"],
        [
            T("moi, mitä tekoälykursseja teillä on?", SEARCH, cite_any=_AI_FI),
            T("mikä niistä on ilmainen?", REFINE + SEARCH + SELECT, cite_any=["diaa-ai-101", "ual-ia-101"]),
        ],
    ),
]

# v6 (session 6): written before any run on it, from how people write (README "How it was written").
from dates import BEFORE_SUMMER as _BEFORE_SUMMER  # noqa: E402

DIALOGUES += [
    D(
        "fi-v6-vague-35",
        ["vague"],
        [
            T("en oikein tiedä mistä aloittaa, haluaisin vaihtaa alaa", EXPLORE),
            T(
                "olen ollut kymmenen vuotta kaupan kassalla",
                SKILLS + EXPLORE,
                role=["kassa", "cashier", "retail", "sales", "shop"],
                goal_not=["kassa", "cashier"],
            ),
            T("mitä suosittelisit?", EXPLORE + PLAN + SEARCH, cite_min=1),
        ],
    ),
    D(
        "fi-v6-kuukausi-36",
        ["constraint_time", "area_data", "slang", "followup"],
        [
            T(
                "haluun data-analyytikoks, ehdin opiskella noin 20 tuntia kuussa",
                GOAL + CONS,
                goal="data_analyst",
                hours=(4.6, 0.2),
            ),
            T("tee mulle suunnitelma", PLAN, plan=True),
            T("halvempi vaihtoehto?", REFINE, plan=True, cheaper=True),
        ],
    ),
    D(
        "fi-v6-named-37",
        ["named_course", "stacking", "area_hpc"],
        [
            T(
                "mitä kurssilla Parallel Programming with MPI and OpenMP opitaan?",
                EXPLAIN,
                cite_any=["padr-par-201"],
            ),
            T("kuuluuko se johonkin isompaan tutkintoon?", EXPLAIN + REQ, cite_any=["padr-cert-hpc"]),
        ],
    ),
    D(
        "fi-v6-ohjaaja-38",
        ["third_person", "area_cyber", "constraint_budget"],
        [
            T(
                "olen uraohjaaja. asiakkaani on varastotyöntekijä ja haluaa kyberturvallisuusalalle",
                GOAL + SKILLS,
                goal="cyber",
                role=["varasto", "warehouse", "logisti"],
                goal_not=["varasto", "warehouse"],
            ),
            T("hänellä on budjettia enintään 1500 euroa", CONS, budget=(1500, "EUR")),
            T("mitä hänen kannattaisi opiskella?", PLAN + SEARCH, cite_min=1),
        ],
    ),
    D(
        "fi-v6-kesa-39",
        ["constraint_deadline", "area_web", "languages"],
        [
            T(
                "haluan web-kehittäjäksi ennen kesää",
                GOAL + CONS,
                goal="web",
                deadline=_BEFORE_SUMMER,
                goal_not=["kesä"],
            ),
            T("englanninkieliset kurssit käy hyvin", CONS + REFINE, study_lang=["en"]),
            T("näytä polku", PLAN, plan=True),
        ],
    ),
    D(
        "fi-v6-etana-40",
        ["participation", "area_network"],
        [
            T("etsin tietoverkkokursseja, vain etänä", SEARCH + CONS, part=["online"], cite_min=1),
            T("mikä niistä on halvin?", SELECT + SEARCH + REFINE, cite_min=1),
        ],
    ),
]

# v6, second part (same session, also before any run).
from dates import SEPTEMBER as _SEPTEMBER  # noqa: E402

DIALOGUES += [
    D(
        "fi-v6-pitka-41",
        ["long", "multi_intent", "area_cloud", "constraint_budget"],
        [
            T(
                "Moi! Teen tällä hetkellä asiakaspalvelussa töitä, mutta haluaisin pilvi-insinööriksi. "
                "Aikaa on "
                "noin 6 tuntia viikossa ja budjetti 1000 euroa. Mistä aloittaisin?",
                PLAN + GOAL,
                goal="cloud",
                role=["asiakaspalvelu", "customer service", "call", "contact"],
                goal_not=["asiakaspalvelu", "customer"],
                hours=6,
                budget=(1000, "EUR"),
                cite_min=1,
            ),
            T("tee siitä suunnitelma", PLAN, plan=True),
        ],
    ),
    D(
        "fi-v6-ilmainen-42",
        ["constraint_budget", "area_dlit", "third_person"],
        [
            T(
                "äitini tarvitsee ilmaisen kurssin tietokoneen perusteista",
                SEARCH,
                cite_any=["glcc-dl-101", "glcc-solve-105", "glcc-safe-104", "glcc-comm-102", "glcc-cert-df"],
            ),
        ],
    ),
    D(
        "fi-v6-vertailu-43",
        ["compare", "named_course", "area_data"],
        [
            T(
                "kumpi on parempi aloittelijalle: Data Modelling Essentials vai Data Engineering "
                "Foundations?",
                COMPARE,
                cite_min=2,
                cite_any=["nda-model-102", "nda-de-101"],
            ),
        ],
    ),
    D(
        "fi-v6-syyskuu-44",
        ["constraint_deadline", "area_ai", "constraint_time"],
        [
            T(
                "haluaisin valmistua tekoälyasiantuntijaksi syyskuuhun mennessä",
                GOAL + CONS,
                goal="ai",
                deadline=_SEPTEMBER,
            ),
            T("10 h viikossa, tee suunnitelma", PLAN + CONS, hours=10, plan=True),
        ],
    ),
    D(
        "fi-v6-halvempi-45",
        ["followup", "area_network", "constraint_budget", "constraint_time"],
        [
            T("haluan verkkoasiantuntijaksi, tee polku", PLAN + GOAL, goal="network", plan=True),
            T("voiko sen saada halvemmalla?", REFINE, plan=True, cheaper=True),
            T("entä jos ehdin vain 3 tuntia viikossa?", REFINE + CONS, hours=3, plan=True),
        ],
    ),
]

# v6 (session 6): follow-ups after a plan or a list, named-course questions, comparisons; written for tune.
DIALOGUES += [
    D(
        "fi-fu-web-40",
        ["followup", "area_web", "constraint_time"],
        [
            T(
                "Haluan web-kehittäjäksi, ehdin 6 tuntia viikossa. Tee mulle suunnitelma",
                PLAN,
                goal="web",
                hours=6,
                plan=True,
            ),
            T("entä nopein vaihtoehto?", REFINE, plan=True, faster=True),
            T("ensimmäisen olen jo käynyt", SKIP, plan=True, held_prev_step=1, plan_excl_prev_step=1),
        ],
        split="tune",
    ),
    D(
        "fi-fu-taso-41",
        ["level", "named_course"],
        [
            T(
                "Mikä EQF-taso on Exploit Development -kurssilla? Onko se liian vaikea aloittelijalle?",
                EXPLAIN,
                cite_any=["bvca-exploit-301"],
            ),
            T("mitä pitää käydä ennen sitä?", REQ, cite_any=["bvca-pentest-201"]),
        ],
        split="tune",
    ),
    D(
        "fi-fu-ohjaaja-42",
        ["third_person", "followup", "area_data", "constraint_budget"],
        [
            T(
                "Asiakkaani on kirjanpitäjä ja haluaa data-analyytikoksi. Hänellä on 4 tuntia viikossa.",
                GOAL + PLAN,
                goal="data_analyst",
                goal_not=["kirjanpit", "bookkeep", "accountant"],
                hours=4,
            ),
            T("tee hänelle polku", PLAN, plan=True, cite_min=1),
            T("saisko halvemmalla?", REFINE, plan=True, cheaper=True),
        ],
        split="tune",
    ),
]

# v7 (session 7): whole sessions (vague opening, counsellor questions, goal, plan, follow-ups, adviser notes);
# written for tune before any run on them.
from dates import MARCH as _MARCH7  # noqa: E402

DIALOGUES += [
    D(
        "fi-v7-sessio-50",
        ["vague", "followup", "area_data", "participation"],
        [
            T("Hei, tunnen olevani jumissa työssäni enkä tiedä mitä opiskelisin", EXPLORE),
            T(
                "Olen kirjanpitäjä, pidän numeroista ja aikaa on noin 5 tuntia viikossa",
                EXPLORE + SKILLS + CONS + GOAL,
                hours=5,
            ),
            T("Haluaisin data-analyytikoksi", GOAL + PLAN, goal="data_analyst"),
            T("Tee minulle suunnitelma", PLAN, plan=True),
            T("Onko halvempaa vaihtoehtoa?", REFINE, plan=True, cheaper=True),
            T(
                "Vain verkkokursseja, kiitos",
                REFINE,
                plan=True,
                plan_part=["online"],
                part=["online"],
            ),
        ],
        split="tune",
    ),
    D(
        "fi-v7-ohjaaja-51",
        ["third_person", "area_software", "followup", "quality"],
        [
            T(
                "Olen uraohjaaja. Asiakkaani on varastotyöntekijä, joka haluaa ohjelmistokehittäjäksi",
                GOAL,
                goal="software",
                goal_not=["varasto", "warehouse"],
            ),
            T("Hänellä on 6 tuntia viikossa aikaa", CONS, hours=6),
            T("Tee hänelle opintopolku", PLAN, plan=True),
            T(
                "Hän on jo suorittanut ensimmäisen kurssin",
                SKIP,
                plan=True,
                held_prev_step=1,
                plan_excl_prev_step=1,
            ),
            T(
                "Onko Certificate in Professional Software Engineering akkreditoitu?",
                EXPLAIN,
                cite_any=["lit-cert-swe"],
            ),
        ],
        split="tune",
    ),
    D(
        "fi-v7-hpc-52",
        ["vague", "area_hpc", "followup", "constraint_time", "stacking"],
        [
            T("Mistä kannattaa aloittaa jos supertietokoneet kiinnostaa?", EXPLORE + SEARCH, cite_min=1),
            T("Haluan HPC-asiantuntijaksi, 4 tuntia viikossa", GOAL + PLAN, goal="hpc", hours=4),
            T("Näytä suunnitelma", PLAN, plan=True),
            T("Entä jos minulla on 10 tuntia viikossa?", REFINE + CONS, hours=10, plan=True, faster=True),
            T(
                "Mitä Introduction to High-Performance Computing -kurssin jälkeen voi opiskella?",
                EXPLAIN + REQ,
                cite_any=["padr-par-201", "padr-sched-302", "padr-cert-hpc"],
            ),
        ],
        split="tune",
    ),
    D(
        "fi-v7-kieli-53",
        ["area_cloud", "constraint_deadline", "languages", "followup"],
        [
            T("Voinko opiskella teillä pilvipalveluita?", SEARCH + EXPLORE, cite_min=1),
            T("Haluan pilviarkkitehdiksi", GOAL, goal="cloud"),
            T(
                "aikaa on 8 tuntia viikossa ja pitäisi olla valmis maaliskuuhun mennessä",
                CONS + PLAN,
                hours=8,
                deadline=_MARCH7,
            ),
            T("tee suunnitelma", PLAN),
            T("englanniksi käy myös, kiitos", CONS + REFINE, study_lang=["en"]),
            T("kiitos paljon avusta", SMALL),
        ],
        split="tune",
    ),
    D(
        "fi-v7-vertailu-54",
        ["vague", "compare", "area_data", "stacking", "named_course"],
        [
            T("Mitä kursseja teillä on?", SEARCH + EXPLORE, cite_min=1),
            T("näytä kaikki", SEARCH, cite_min=3),
            T(
                "Mikä ero on Data Engineering Foundations ja Data Modelling Essentials -kursseilla?",
                COMPARE,
                cite_any=["nda-de-101", "nda-model-102"],
                cite_min=2,
            ),
            T("Kumpi on halvempi?", COMPARE + EXPLAIN + SELECT, cite_min=1),
            T(
                "Onko Data Engineering Foundations osa isompaa tutkintoa?",
                EXPLAIN + REQ,
                cite_any=["nda-cert-de"],
            ),
        ],
        split="tune",
    ),
]

# v7-nlu (session 7, understanding round): written before reading the rule files, before any run; for tune.
DIALOGUES += [
    D(
        "fi-v7-skills-01",
        ["no_diacritics", "area_data"],
        [
            T(
                "osaan vahan Excelia ja tein kerran SQL-kurssin netissa",
                SKILLS,
                skills=["spreadsheet", "sql", "query"],
            ),
            T(
                "haluaisin tehda jotain datan parissa",
                GOAL + PLAN + EXPLORE + SEARCH,
                goal=["data analyst", "d3edb8f8", "data scientist", "258e46f9", "data warehouse", "1562c7a3"],
            ),
        ],
        split="tune",
    ),
    D(
        "fi-v7-cv-02",
        ["long", "multi_intent", "area_cyber"],
        [
            T(
                "Olen ollut 5 vuotta IT-tukihenkilönä, hoidan käyttäjätunnuksia ja työasemia. Haluaisin "
                "siirtyä tietoturva-asiantuntijaksi.",
                SKILLS + GOAL,
                role=["support", "help", "technician", "tuki"],
                goal="cyber",
            ),
            T("tee minulle suunnitelma, 4 tuntia viikossa", PLAN + CONS, hours=4, plan=True),
        ],
        split="tune",
    ),
    D(
        "fi-v7-search-03",
        ["area_hpc"],
        [
            T(
                "löytyykö kursseja supertietokoneista tai rinnakkaisohjelmoinnista?",
                SEARCH,
                cite_any=["padr-hpc-101", "padr-par-201", "padr-gpu-301", "padr-cert-hpc"],
            ),
            T(
                "entä pilvipalveluista?",
                SEARCH,
                cite_any=["hrd-cloud-101", "hrd-clouddev-204", "lcsi-cloudops-205", "hrd-cloudmig-301"],
            ),
        ],
        split="tune",
    ),
    D(
        "fi-v7-oos-04",
        ["out_of_scope"],
        [
            T("millainen sää on huomenna Tampereella?", OOS),
            T("kerro hyvä resepti karjalanpiirakoihin", OOS),
        ],
        split="tune",
    ),
    D(
        "fi-v7-req-05",
        ["named_course", "stacking", "area_software"],
        [
            T(
                "Mitä tarvitsen Certificate in Professional Software Engineering -todistukseen?",
                REQ,
                cite_any=["lit-cert-swe", "lit-oop-102", "lit-prog-101"],
            ),
            T(
                "missä järjestyksessä ne kannattaa käydä?",
                REQ + PLAN,
                cite_any=["lit-prog-101", "lit-oop-102"],
            ),
        ],
        split="tune",
    ),
    D(
        "fi-v7-ohjaaja-06",
        ["third_person", "area_web"],
        [
            T(
                "Ohjaan asiakasta, joka on ollut kokki ja haluaa web-kehittäjäksi",
                GOAL,
                goal="web",
                goal_not=["kokki", "cook", "chef"],
            ),
            T("hän on tehnyt omat kotisivut WordPressillä", SKILLS, skills=["wordpress", "web"]),
            T("mitä hänen kannattaa opiskella?", PLAN + SEARCH, cite_min=1),
        ],
        split="tune",
    ),
]

# v8-lang (session 8, languages round): case endings and compounds (tietoturva-asiantuntijaksi,
# kyberturvallisuuden, tietokantaohjelmointia), hours per day, juhannus as a deadline, languages spoken and
# wanted; written before reading the rule files and committed before any run; for tune.
from dates import BEFORE_SUMMER as _BEFORE_SUMMER8  # noqa: E402
from dates import MIDSUMMER as _MIDSUMMER8  # noqa: E402

DIALOGUES += [
    D(
        "fi-v8l-sijamuoto-01",
        ["case_endings", "area_cyber"],
        [
            T("Haluaisin kouluttautua tietoturva-asiantuntijaksi", GOAL, goal="cyber"),
            T("Onko teillä kyberturvallisuuden kursseja verkossa?", SEARCH, cite_min=1),
        ],
        split="tune",
    ),
    D(
        "fi-v8l-yhdyssana-02",
        ["compound", "area_data"],
        [
            T(
                "Olen kirjanpitäjä ja haluan oppia datan visualisointia ja tietokantaohjelmointia",
                GOAL + SKILLS,
                role=["account", "bookkeep", "kirjanpit"],
                goal_not=["kirjanpit", "bookkeep", "accountant"],
            ),
            T("Näytä polku", PLAN, plan=True),
        ],
        split="tune",
    ),
    D(
        "fi-v8l-tunnit-03",
        ["constraint_hours", "area_cloud"],
        [
            T("Ehdin opiskella kaksi tuntia päivässä arkisin", CONS, hours=(10, 0.2)),
            T("tavoitteena pilvipalveluinsinööri", GOAL, goal="cloud"),
            T("tee suunnitelma", PLAN, plan=True),
        ],
        split="tune",
    ),
    D(
        "fi-v8l-juhannus-04",
        ["constraint_deadline", "constraint_budget", "area_network"],
        [
            T(
                "Pitäisi päästä verkkoasiantuntijaksi juhannukseen mennessä",
                GOAL + CONS,
                goal="network",
                deadline=_MIDSUMMER8,
            ),
            T("budjetti on noin tuhat euroa", CONS, budget=(1000, "EUR")),
        ],
        split="tune",
    ),
    D(
        "fi-v8l-kielet-05",
        ["languages"],
        [
            T("Puhun suomea, ruotsia ja englantia", CONS + SKILLS, langs=["fi", "sv", "en"]),
            T("mieluiten englanninkielisiä kursseja", CONS + REFINE, study_lang=["en"]),
        ],
        split="tune",
    ),
    D(
        "fi-v8l-haku-06",
        ["search", "area_ai", "area_sysadmin"],
        [
            T(
                "löytyykö koneoppimisen kursseja?",
                SEARCH,
                cite_any=[
                    "diaa-ml-201",
                    "diaa-ai-101",
                    "diaa-dl-202",
                    "lcsi-mlnet-203",
                    "diaa-cert-aml",
                    "nda-dataset-204",
                ],
            ),
            T("entä Linuxin ylläpidosta?", SEARCH, cite_any=["hrd-linux-101", "hrd-cert-sysadmin"]),
        ],
        split="tune",
    ),
    D(
        "fi-v8l-jatko-07",
        ["followup", "area_software"],
        [
            T("Tavoite: ohjelmistokehittäjä, 5 h viikossa", GOAL + CONS + PLAN, goal="software", hours=5),
            T("polku kiitos", PLAN, plan=True),
            T("halvempi vaihtoehto?", REFINE, plan=True, cheaper=True),
            T("vain etäopiskeluna", REFINE + CONS, part=["online"], plan=True, plan_part=["online"]),
        ],
        split="tune",
    ),
    D(
        "fi-v8l-osaaminen-08",
        ["state_skills", "no_punctuation", "area_data"],
        [
            T(
                "osaan pythonia ja sql:ää ja olen tehnyt excel raportteja vuosia",
                SKILLS,
                skills=["python", "sql", "spreadsheet"],
            ),
            T("haluaisin töihin data-analyytikoksi", GOAL, goal="data_analyst"),
        ],
        split="tune",
    ),
    D(
        "fi-v8l-kesa-09",
        ["constraint_deadline", "constraint_budget"],
        [
            T(
                "kesään mennessä pitäisi olla valmista ja maksaa saa max 500 €",
                CONS,
                deadline=_BEFORE_SUMMER8,
                budget=(500, "EUR"),
            ),
        ],
        split="tune",
    ),
]

# v8-nlu (session 8, understanding round): see en.py; written before reading the rules, all tune.
_N8_WEB = ["lit-web-201", "lit-webstd-202", "lit-fw-203", "lit-api-204", "lit-cert-web"]
_N8_DLIT = [
    "aec-dlteach-104",
    "glcc-dl-101",
    "aec-trainer-103",
    "glcc-cert-df",
    "glcc-comm-102",
    "glcc-safe-104",
]
DIALOGUES += [
    D(
        "fi-v8n-haku-01",
        ["search", "slang", "area_ai"],
        [
            T(
                "onks teillä mitään koneoppimisesta?",
                SEARCH,
                cite_any=["diaa-ml-201", "diaa-ai-101", "diaa-cert-aml", "ual-ia-101", "diaa-dl-202"],
            ),
            T("entä jotain tekoälyn etiikasta", SEARCH, cite_any=["diaa-resp-205"]),
        ],
        split="tune",
    ),
    D(
        "fi-v8n-lista-02",
        ["search", "no_punctuation", "area_hpc"],
        [
            T(
                "mpi openmp rinnakkaisohjelmointi",
                SEARCH,
                cite_any=["padr-par-201", "padr-cert-hpc", "padr-hpc-101"],
            ),
            T("entä gpu laskenta", SEARCH, cite_any=["padr-gpu-301"]),
        ],
        split="tune",
    ),
    D(
        "fi-v8n-taidot-03",
        ["no_diacritics", "area_data"],
        [
            T("olen tehnyt excelia vuosia ja vahan sql:aa", SKILLS, skills=["spreadsheet", "sql"]),
            T("jotain datan parissa haluaisin tehda", GOAL + PLAN + EXPLORE + SEARCH, goal="data_analyst"),
        ],
        split="tune",
    ),
    D(
        "fi-v8n-pilvi-04",
        ["multi_intent", "area_cloudsec", "constraint_time"],
        [
            T(
                "Olen järjestelmäasiantuntija, Linux ja VMware tuttuja. Tavoite olisi päätyä "
                "pilviturvallisuuteen, aikaa noin 5 tuntia viikossa.",
                SKILLS + GOAL + CONS,
                goal="cloudsec",
                hours=5,
            ),
            T("tee suunnitelma", PLAN, plan=True),
        ],
        split="tune",
    ),
    D(
        "fi-v8n-seniorit-05",
        ["area_dlit", "vague"],
        [
            T(
                "haluaisin auttaa ikäihmisiä oppimaan tietokoneen ja netin käyttöä",
                GOAL + EXPLORE + PLAN,
                goal="dlit_teacher",
            ),
            T("mitä kursseja siihen on", PLAN + SEARCH, cite_any=_N8_DLIT),
        ],
        split="tune",
    ),
    D(
        "fi-v8n-mikro-06",
        ["area_microcred", "constraint_budget"],
        [
            T(
                "työskentelen ammattikorkeakoulussa ja haluan opettaa kollegoille "
                "mikrotutkintojen suunnittelua",
                GOAL,
                goal="microcred",
            ),
            T(
                "näytä ilmaiset vaihtoehdot",
                SEARCH + CONS + REFINE,
                cite_any=["aec-mcd-101", "aec-cert-dld", "aec-elearn-100"],
            ),
        ],
        split="tune",
    ),
    D(
        "fi-v8n-web-07",
        ["search", "area_web", "languages", "participation"],
        [
            T("kursseja web-kehityksestä englanniksi, verkossa", SEARCH, cite_any=_N8_WEB),
            T("osaan jo javascriptiä ja reactia", SKILLS, skills=["javascript"]),
        ],
        split="tune",
    ),
]

# v8-dlg (session 8, reply/policy round): whole conversations with context-bound follow-ups, implied plan
# requests, named courses by partial or misspelt title, courses that do not exist. Written before reading the
# policy files and committed before any run; for tune.
from dates import IN_3_MONTHS as _IN3_8  # noqa: E402

DIALOGUES += [
    D(
        "fi-v8d-kirjanpito-01",
        ["long", "multi_intent", "followup", "area_data"],
        [
            T(
                "Moi! Olen ollut kirjanpitäjänä 12 vuotta ja haluaisin siirtyä data-analytiikkaan. Aikaa on "
                "noin 5 tuntia viikossa ja budjetti 800 euroa, valmista pitäisi olla kesäkuuhun mennessä.",
                GOAL + CONS + PLAN,
                goal="data_analyst",
                goal_not=["bookkeep", "accountant", "kirjanpit"],
                hours=5,
                budget=(800, "EUR"),
                deadline=JUNE,
            ),
            T("näytä suunnitelma", PLAN, plan=True),
            T("miksi tuo järjestys?", WHY, cite_min=1),
            T("liian pitkä", REFINE, plan=True, faster=True),
            T("entä toinen kurssi, mitä siinä opitaan?", SELECT, cite_min=1),
        ],
        split="tune",
    ),
    D(
        "fi-v8d-lahihoitaja-02",
        ["third_person", "participation", "followup", "named_course", "area_cyber"],
        [
            T(
                "Olen uraohjaaja. Asiakkaani on lähihoitaja, joka haluaa tietoturva-alalle. Hänellä on aikaa "
                "6 tuntia viikossa.",
                GOAL + CONS,
                goal="cyber",
                goal_not=["nurse", "hoitaja", "care"],
                hours=6,
            ),
            T("mitä hänen pitäisi opiskella ensin?", PLAN + REQ + SEARCH, cite_min=1),
            T("vain verkkokursseja, hän asuu Lapissa", REFINE + CONS, part=["online"]),
            T(
                "hänellä on jo se Security Operations Fundamentals",
                SKIP + SKILLS,
                held=["bvca-soc-101"],
            ),
            T("mitä sen jälkeen?", EXPLAIN + REQ + PLAN, cite_min=1),
        ],
        split="tune",
    ),
    D(
        "fi-v8d-azure-03",
        ["nonexistent", "named_course", "typo", "area_cloud"],
        [
            T("Onko teillä kurssia nimeltä Microsoft Azure Fundamentals?", EXPLAIN + SEARCH, cite_min=1),
            T(
                "entä Cloud Operations and Observabilty, paljonko se maksaa?",
                EXPLAIN,
                cite_any=["lcsi-cloudops-205"],
            ),
            T("onko se siis verkossa?", EXPLAIN, cite_any=["lcsi-cloudops-205"]),
            T(
                "tee minulle suunnitelma pilvi-insinööriksi, 8 h viikossa",
                PLAN + GOAL,
                goal="cloud",
                hours=8,
                plan=True,
            ),
        ],
        split="tune",
    ),
    D(
        "fi-v8d-testaaja-04",
        ["followup", "constraint_deadline", "area_tester"],
        [
            T(
                "haluan ohjelmistotestaajaksi, osaan vähän pythonia, 10 tuntia viikossa",
                GOAL + SKILLS + CONS,
                goal="tester",
                hours=10,
            ),
            T("no näytä sitten suunnitelma", PLAN, plan=True),
            T("alle 3 kuukaudessa kiitos", CONS + REFINE, deadline=_IN3_8, plan=True),
            T("ohita eka, olen käynyt sen jo", SKIP, held_prev_step=1, plan_excl_prev_step=1),
            T("miksi Java-kurssi on mukana?", WHY, cite_any=["lit-oop-102"]),
        ],
        split="tune",
    ),
    D(
        "fi-v8d-kielet-05",
        ["languages", "followup", "area_ai"],
        [
            T(
                "Puhun suomea ja englantia, vähän ruotsia. Haluaisin oppia koneoppimista.",
                SKILLS + GOAL + SEARCH,
                langs=["fi", "en"],
            ),
            T(
                "onko jotain ilmaista?",
                REFINE + SEARCH + CONS,
                cite_any=["diaa-ai-101", "ual-ia-101"],
            ),
            T("entä seuraava askel sen jälkeen?", EXPLAIN + REQ, cite_min=1),
            T(
                "okei, tee suunnitelma koneoppimisinsinööriksi, 5 h/vko",
                PLAN + GOAL,
                goal="ml",
                hours=5,
                plan=True,
            ),
        ],
        split="tune",
    ),
    D(
        "fi-v8d-varasto-06",
        ["vague", "followup", "area_helpdesk"],
        [
            T("Oon jumissa nykyisessä työssä enkä tiedä mitä opiskella", EXPLORE),
            T(
                "teen varastotyötä, tykkään tietokoneista ja pelaamisesta",
                EXPLORE + SKILLS + GOAL,
            ),
            T("ehkä IT-tuki olisi hyvä", GOAL, goal="helpdesk"),
            T("mistä aloitan? 4 tuntia viikossa", PLAN + CONS, hours=4, plan=True),
        ],
        split="tune",
    ),
]

# v9-frozen (session 9): blind frozen batch, see en.py; split frozen, tag v9_frozen.
import v9f_lists as _F9  # noqa: E402
from dates import BEFORE_SUMMER as _BEFORE_SUMMER9  # noqa: E402
from dates import VAPPU as _VAPPU9  # noqa: E402

DIALOGUES += [
    D(
        "fi-v9f-varasto-01",
        ["v9_frozen", "vague", "followup", "area_helpdesk", "constraint_hours"],
        [
            T(
                "Oon ollut 10 vuotta varastolla töissä ja alkaa riittää. En tiedä mitä opiskelisin",
                EXPLORE + GOAL,
                goal_not=["varasto", "warehouse"],
            ),
            T(
                "Tykkään tietokoneista ja ongelmien ratkomisesta, kotona oon koonnut koneita itse",
                EXPLORE + SKILLS + GOAL,
                goal_not=["varasto", "warehouse"],
            ),
            T(
                "IT-tuki vois olla mun juttu. Paljonko aikaa menis jos opiskelen 6 tuntia viikossa?",
                GOAL + CONS + PLAN,
                goal="helpdesk",
                hours=6,
                cite_min=1,
            ),
        ],
        split="frozen",
    ),
    D(
        "fi-v9f-uraohjaaja-02",
        ["v9_frozen", "third_person", "area_ainet", "constraint_budget", "named_course", "participation"],
        [
            T(
                "Olen uraohjaaja. Asiakkaani on 45-vuotias verkkoasentaja, ja häntä kiinnostaa tekoälyn "
                "hyödyntäminen verkkojen hallinnassa. Työnantaja maksaa enintään 3000 euroa.",
                GOAL + CONS + SEARCH,
                budget=(3000, "EUR"),
            ),
            T("Mitä hänen kannattaisi opiskella ensin?", PLAN, plan=True, plan_cost=(3000, "EUR")),
            T(
                "Onko se AI-Driven Network Operations -kurssi verkossa vai lähiopetusta?",
                EXPLAIN,
                cite_any=["ccna-aiops-301"],
            ),
        ],
        split="frozen",
    ),
    D(
        "fi-v9f-pilvi-03",
        ["v9_frozen", "search", "case_endings", "languages", "area_cloudsec"],
        [
            T("löytyykö kursseja pilvipalveluiden tietoturvasta", SEARCH, cite_any=_F9.CLOUDSEC),
            T("englanninkielisiä? en osaa saksaa", REFINE + CONS + SEARCH + SKILLS, cite_min=1),
        ],
        split="frozen",
    ),
    D(
        "fi-v9f-excel-04",
        ["v9_frozen", "state_skills", "area_data", "constraint_deadline", "followup"],
        [
            T(
                "Osaan Excelin hyvin, SQL:stä perusteet ja vähän Power BI:tä. Haluaisin data-analyytikoksi "
                "vappuun mennessä.",
                SKILLS + GOAL + CONS,
                goal="data_analyst",
                skills=["spreadsheet", "sql"],
                deadline=_VAPPU9,
            ),
            T("Teetkö suunnitelman, 8 h viikossa", PLAN + CONS, hours=8, plan=True),
            T("Miksi tuo ensimmäinen on mukana?", WHY, cite_min=1),
        ],
        split="frozen",
    ),
    D(
        "fi-v9f-hpc-05",
        ["v9_frozen", "named_course", "no_diacritics", "area_hpc", "followup"],
        [
            T(
                "kerro siita Introduction to High-Performance Computing kurssista",
                EXPLAIN,
                cite_any=["padr-hpc-101"],
            ),
            T("maksaako se jotain", EXPLAIN, cite_any=["padr-hpc-101"]),
            T(
                "mita sen jalkeen kannattaa ottaa",
                EXPLAIN + REQ + PLAN,
                cite_any=["padr-par-201", "padr-sched-302"],
            ),
        ],
        split="frozen",
    ),
    D(
        "fi-v9f-elements-06",
        ["v9_frozen", "nonexistent", "named_course", "area_ai", "constraint_budget", "languages"],
        [
            T("Onko teillä Elements of AI -kurssia?", EXPLAIN + SEARCH, cite_any=_F9.AI),
            T(
                "entä joku ilmainen tekoälyn peruskurssi englanniksi",
                SEARCH + REFINE + CONS,
                cite_any=["diaa-ai-101"],
            ),
        ],
        split="frozen",
    ),
    D(
        "fi-v9f-amk-07",
        ["v9_frozen", "area_microcred", "constraint_hours", "compound"],
        [
            T(
                "Työskentelen ammattikorkeakoulussa ja meidän pitäisi alkaa myöntää mikrotutkintoja. Haluan "
                "oppia suunnittelemaan niitä.",
                GOAL + SEARCH + PLAN,
                goal="microcred",
            ),
            T("Aikaa on noin 12 tuntia kuukaudessa", CONS, hours=(2.85, 0.15)),
            T("Näytä polku", PLAN, plan=True),
        ],
        split="frozen",
    ),
    D(
        "fi-v9f-koodari-08",
        ["v9_frozen", "slang", "area_web", "constraint_deadline", "followup"],
        [
            T(
                "mä haluisin koodata nettisivuja työkseen, osaan vähän javascriptiä. kesään mennessä "
                "valmista?",
                GOAL + CONS + SKILLS,
                goal="web",
                deadline=_BEFORE_SUMMER9,
            ),
            T("tee suunnitelma, 10 tuntia viikossa", PLAN + CONS, hours=10, plan=True),
            T("liian kallis, saisko halvemmaks", REFINE, plan=True, cheaper=True),
        ],
        split="frozen",
    ),
    D(
        "fi-v9f-vertailu-09",
        ["v9_frozen", "compare", "named_course", "area_ainet"],
        [
            T(
                "Kumpi sopii paremmin aloittelijalle: Software-Defined and Intent-Based Networking vai "
                "Machine "
                "Learning for Network Traffic Analysis?",
                COMPARE,
                cite_min=2,
                cite_any=["lcsi-sdn-202", "lcsi-mlnet-203"],
            ),
            T("mitä niihin pitää osata etukäteen?", REQ, cite_any=["lcsi-ne-201"]),
        ],
        split="frozen",
    ),
    D(
        "fi-v9f-aiti-10",
        ["v9_frozen", "third_person", "languages", "area_dlit", "constraint_budget", "participation"],
        [
            T(
                "Äitini on 70 ja puhuu vain suomea ja vähän ruotsia. Onko jotain digitaitojen kurssia "
                "hänelle?",
                SEARCH + EXPLORE,
                cite_min=1,
            ),
            T(
                "ilmaisia ja netissä",
                REFINE + CONS + SEARCH,
                cite_any=[
                    "glcc-comm-102",
                    "glcc-safe-104",
                    "glcc-solve-105",
                    "inl-pix-101",
                    "inl-citoyen-102",
                    "inl-securite-103",
                    "ual-contenidos-102",
                    "ual-problemas-103",
                    "bvca-awareness-101",
                ],
            ),
        ],
        split="frozen",
    ),
    D(
        "fi-v9f-resepti-11",
        ["v9_frozen", "out_of_scope", "area_tester", "named_course"],
        [
            T("moi! osaatko antaa hyvän karjalanpiirakkareseptin", OOS, dead_ok=True),
            T(
                "okei. entä ohjelmistotestaus, onko kursseja?",
                SEARCH,
                cite_any=["lit-test-201", "lit-cert-swe", "lit-debug-202"],
            ),
            T("mitä siihen testauskurssiin pitää osata ennen", REQ, cite_any=["lit-oop-102"]),
        ],
        split="frozen",
    ),
]

# v9-frozen, second part (same sitting, before any run).
DIALOGUES += [
    D(
        "fi-v9f-insinoori-12",
        ["v9_frozen", "compound", "area_de", "state_skills", "followup"],
        [
            T(
                "haluan data-insinööriksi, python ja sql hallussa, 6 tuntia viikossa",
                GOAL + SKILLS + CONS,
                goal="de",
                skills=["python", "sql"],
                hours=6,
            ),
            T("näytä suunnitelma", PLAN, plan=True),
            T("onko nopeampaa vaihtoehtoa", REFINE, plan=True, faster=True),
        ],
        split="frozen",
    ),
    D(
        "fi-v9f-paivamaara-13",
        ["v9_frozen", "mixed_language", "constraint_deadline", "constraint_budget", "area_cloudsec"],
        [
            T(
                "Pitäis saada cloud security -osaamista 31.5.2027 mennessä, firma maksaa max 2500 €",
                GOAL + CONS,
                goal="cloudsec",
                deadline=("2027-05-30", "2027-06-01"),
                budget=(2500, "EUR"),
            ),
            T("tee plääni, 7h/vko", PLAN + CONS, hours=7, plan=True, plan_cost=(2500, "EUR")),
        ],
        split="frozen",
    ),
]

# v9-dlg (session 9, reply/policy round): whole conversations as learners and uraohjaajat go (a client's
# hours, budget and area in one line, plans implied, refinements in context, questions about a course just
# shown, named courses by partial or misspelt title, a course that does not exist). Written before reading
# the policy files and committed before any run; for tune.
from dates import JUNE as _JUNE9  # noqa: E402
from dsl import CONS_OR_REFINE as _COR9  # noqa: E402

_INL9 = [
    "inl-rgpd-101",
    "inl-dpo-201",
    "inl-aipd-202",
    "inl-pssi-203",
    "inl-cert-gouv",
    "inl-qualite-201",
    "inl-classif-301",
    "inl-sensib-104",
]

DIALOGUES += [
    D(
        "fi-v9d-ohjaaja-01",
        ["third_person", "followup", "implied_plan", "area_data"],
        [
            T(
                "Olen uraohjaaja. Asiakkaani on kaupan kassa ja haluaa data-alalle. Hänellä on 4 tuntia "
                "viikossa ja 300 euroa käytettävissä.",
                GOAL + CONS,
                goal=["data"],
                goal_not=["kassa", "cashier"],
                hours=4,
                budget=(300, "EUR"),
            ),
            # session 28: the plan is shown at turn 1; its first step, cited, answers (session 26's design,
            # as fr-v9d-conseillere-01#2; was: the plan again)
            T("mistä hänen kannattaa aloittaa?", PLAN + EXPLAIN + SELECT, cite_prev_step=1),
            T("liian kallis", REFINE, plan=True, cheaper=True),
            T("onko toinen kurssi verkossa?", SELECT, cite_min=1),
        ],
        split="tune",
    ),
    D(
        "fi-v9d-tehdaan-02",
        ["implied_plan", "followup", "constraint_deadline", "area_software"],
        [
            T("Haluan ohjelmistokehittäjäksi, osaan vähän Pythonia", GOAL + SKILLS, goal="software"),
            T("8 tuntia viikossa onnistuu", CONS, hours=8),
            T("no tehdään se", PLAN + APPLY, plan=True),  # the plan asked one thing: take it (s13)
            T("entä jos olisi 12 tuntia?", REFINE + CONS, hours=12, plan=True),
            T("kesäkuuhun mennessä?", _COR9, deadline=_JUNE9, plan=True),
        ],
        split="tune",
    ),
    D(
        "fi-v9d-kirjoitusvirhe-03",
        ["named_course", "typo", "followup", "area_cyber"],
        [
            T(
                "Kerro kurssista Penetration Testing Fundations",
                EXPLAIN + SEARCH,
                cite_any=["bvca-pentest-201"],
            ),
            T("montako opintopistettä?", EXPLAIN, cite_any=["bvca-pentest-201"]),
            T("mitä tarvitsen ennen sitä?", REQ, cite_any=["bvca-soc-101"]),
        ],
        split="tune",
    ),
    D(
        "fi-v9d-eiole-04",
        ["nonexistent", "followup", "area_cloud"],
        [
            T("Onko teillä Microsoft Azure Fundamentals -kurssia?", EXPLAIN + SEARCH, cite_min=1),
            # widened (session 12): after the closest list, the closest one's card is as right as the list
            T("mikä on lähin vastaava?", SEARCH + SELECT + EXPLAIN, cite_min=1),
            T("ensimmäinen, onko se englanniksi?", SELECT, cite_min=1),
        ],
        split="tune",
    ),
    D(
        "fi-v9d-lyhyempi-05",
        ["implied_plan", "followup", "area_cyber"],
        [
            T(
                "Olen lähihoitaja ja haluaisin tietoturva-alalle. Aikaa on 6 tuntia viikossa.",
                GOAL + CONS,
                goal="cyber",
                goal_not=["hoitaja", "nurse"],
                hours=6,
            ),
            T("tee minulle aikataulu", PLAN, plan=True),
            T("onko jotain lyhyempää?", REFINE, plan=True, faster=True),
            T("miksi tuo ensimmäinen on mukana?", WHY, cite_min=1),
        ],
        split="tune",
    ),
    D(
        "fi-v9d-gpu-06",
        ["named_course", "followup", "area_hpc"],
        [
            T(
                "Tutkimusryhmämme tarvitsee HPC-osaamista. Onko GPU-laskennasta kurssia?",
                SEARCH,
                cite_any=["padr-gpu-301"],
            ),
            T("mitä sitä ennen pitää osata?", REQ, cite_any=["padr-par-201"]),
            T("onko MPI-kurssi etänä?", EXPLAIN, cite_any=["padr-par-201"]),
        ],
        split="tune",
    ),
    D(
        "fi-v9d-ilmanranskaa-07",
        ["languages", "implied_plan", "followup", "named_course", "area_dpo"],
        [
            T(
                "Haluan tietosuojavastaavaksi, 5 tuntia viikossa. Mitä teen ensin?",
                GOAL + PLAN + CONS,
                goal="dpo",
                hours=5,
                plan=True,
            ),
            T("ilman ranskankielisiä kursseja kiitos", REFINE + CONS, plan_excl=_INL9),
            T("onko Responsible AI -kurssi englanniksi?", EXPLAIN, cite_any=["diaa-resp-205"]),
        ],
        split="tune",
    ),
]

# v9-lang (session 9, languages round): Finnish case endings and compounds (pilvitietoturvan,
# ohjelmistotestaajana, SQL:ää, tekoälyllä), spoken forms, English terms, seasons and holidays as deadlines;
# written before reading the rule files and committed before any run; for tune.
from dates import BY_AUTUMN as _BY_AUTUMN9  # noqa: E402
from dates import EASTER as _EASTER9  # noqa: E402

DIALOGUES += [
    D(
        "fi-v9l-pilvi-01",
        ["search", "compound", "area_cloudsec"],
        [
            T(
                "Etsin pilvitietoturvan kursseja",
                SEARCH,
                cite_any=["hrd-cloudsec-201", "hrd-cert-cloudsec", "hrd-iam-202", "hrd-cloudnet-203"],
            ),
            T("Onko niitä englanniksi?", REFINE + SEARCH + CONS + EXPLAIN),
        ],
        split="tune",
    ),
    D(
        "fi-v9l-testaaja-02",
        ["inflection", "constraint_time", "area_tester"],
        [
            T(
                "Haluaisin töihin ohjelmistotestaajaksi, nyt oon myyjänä kaupassa",
                GOAL + SKILLS,
                goal="tester",
                goal_not=["sales", "myyjä"],
            ),
            T("Mulla on aikaa 5 tuntia viikossa", CONS, hours=5),
            T("Näytä suunnitelma", PLAN, plan=True),
        ],
        split="tune",
    ),
    D(
        "fi-v9l-taidot-03",
        ["skills", "inflection", "area_data"],
        [
            T(
                "Osaan Pythonia ja SQL:ää, ja olen tehnyt Excelillä raportteja",
                SKILLS,
                skills=["python", "sql", "spreadsheet"],
            ),
            T(
                "Mitä multa puuttuu data-analyytikon osaamisesta?",
                GOAL + PLAN + EXPLAIN,
                goal="data_analyst",
            ),
        ],
        split="tune",
    ),
    D(
        "fi-v9l-budjetti-04",
        ["constraint_budget", "constraint_deadline", "area_web"],
        [
            T(
                "Budjetti on enintään 600 euroa ja haluan valmistua syksyyn mennessä",
                CONS,
                budget=(600, "EUR"),
                deadline=_BY_AUTUMN9,
            ),
            T("Tavoitteena web-kehittäjän työ", GOAL, goal="web"),
        ],
        split="tune",
    ),
    D(
        "fi-v9l-verkko-05",
        ["inflection", "search", "area_ainet"],
        [
            T(
                "Kiinnostaisi tekoälyllä tehostettu verkonhallinta, onko siihen koulutuksia?",
                SEARCH,
                cite_any=[
                    "ccna-aiops-301",
                    "lcsi-cert-ainet",
                    "ccna-cert-netops",
                    "lcsi-sdn-202",
                    "lcsi-mlnet-203",
                    "lcsi-anom-301",
                ],
            ),
        ],
        split="tune",
    ),
    D(
        "fi-v9l-neuvoja-06",
        ["third_person", "constraint_time", "area_cyber"],
        [
            T(
                "Asiakkaani on logistiikkatyöntekijä ja haluaa kyberturvallisuusalalle, hänellä on 6 tuntia "
                "viikossa",
                GOAL + CONS,
                goal="cyber",
                goal_not=["logist"],
                hours=6,
            ),
            T("Mistä hänen kannattaa aloittaa?", PLAN + REQ + SEARCH, cite_min=1),
        ],
        split="tune",
    ),
    D(
        "fi-v9l-paasiainen-07",
        ["constraint_deadline", "participation", "area_dba"],
        [
            T(
                "Haluan oppia tietokantojen ylläpitoa, valmista pitäis olla pääsiäiseen mennessä",
                GOAL + CONS,
                goal="dba",
                deadline=_EASTER9,
            ),
            T("vain verkkokursseja kiitos", CONS + REFINE, part=["online"]),
        ],
        split="tune",
    ),
    D(
        "fi-v9l-hpc-08",
        ["compound", "search", "constraint_budget", "area_hpc"],
        [
            T(
                "Suurteholaskenta kiinnostaa, mitä kursseja teillä on?",
                SEARCH,
                cite_any=[
                    "padr-hpc-101",
                    "padr-par-201",
                    "padr-gpu-301",
                    "padr-cert-hpc",
                    "padr-sched-302",
                    "padr-perf-202",
                ],
            ),
            T(
                "Entä ilmaisia?",
                REFINE + SEARCH + CONS,
                cite_any=["padr-hpc-101", "padr-green-205", "padr-fair-203"],
            ),
        ],
        split="tune",
    ),
    D(
        "fi-v9l-kielet-09",
        ["languages"],
        [
            T("Puhun suomea, ruotsia ja englantia", CONS + SKILLS, langs=["fi", "sv", "en"]),
        ],
        split="tune",
    ),
]

# v9-nlu (session 9, understanding round): see en.py; written before reading the rule files, committed
# before any run.
from dates import BEFORE_SUMMER as _BEFORE_SUMMER9  # noqa: E402

_N9_CYBER = [
    "bvca-soc-101",
    "bvca-cert-defence",
    "bvca-ir-203",
    "bvca-hard-202",
    "bvca-pentest-201",
    "bvca-forensics-201",
    "inl-cyber-201",
    "ccna-netsec-204",
    "bvca-vuln-204",
    "bvca-siem-201",
]
_N9_NET = [
    "ccna-net-101",
    "ccna-fondements-101",
    "ccna-route-201",
    "ccna-netsec-204",
    "lcsi-ne-201",
    "ccna-netmon-202",
    "ccna-hw-102",
    "ccna-cert-netops",
]
_N9_CLOUD = [
    "hrd-cloud-101",
    "hrd-cloudsec-201",
    "lcsi-cloudops-205",
    "hrd-clouddev-204",
    "ccna-hybrid-303",
    "hrd-cloudmig-301",
    "hrd-cloudarch-302",
    "hrd-cert-cloudsec",
    "hrd-clouddb-303",
    "hrd-cloudnet-203",
]
_N9_CLOUDSEC = ["hrd-cloudsec-201", "hrd-cert-cloudsec", "hrd-iam-202", "hrd-cloudnet-203", "hrd-cloudir-301"]
_N9_PY = ["lit-prog-101", "glcc-code-107", "ual-python-201", "diaa-ml-201", "diaa-viz-204"]
_N9_SQL = ["nda-dba-201", "ual-sql-102", "hrd-clouddb-303", "nda-model-102", "nda-cert-dba", "ual-cert-datos"]
_N9_ML = ["diaa-ml-201", "diaa-ai-101", "diaa-cert-aml", "diaa-dl-202", "diaa-math-102", "ual-ia-101"]
_N9_WEB = ["lit-web-201", "lit-fw-203", "lit-cert-web", "lit-webstd-202", "lit-api-204"]
_N9_LINUX = ["hrd-linux-101", "hrd-cert-sysadmin", "bvca-hard-202"]
_N9_SHEET = ["glcc-office-106", "ual-datos-101"]
_N9_VIZ = ["diaa-viz-204", "ual-visual-203"]
DIALOGUES += [
    D(
        "fi-v9n-pilvi-01",
        ["search", "area_cloud", "area_dba"],
        [
            T("onko teillä kursseja pilvipalveluista?", SEARCH, cite_any=_N9_CLOUD),
            T(
                "entä tietokannoista",
                SEARCH,
                cite_any=["nda-dba-201", "hrd-clouddb-303", "nda-model-102", "nda-nosql-205", "nda-cert-dba"],
            ),
        ],
        split="tune",
    ),
    D(
        "fi-v9n-python-verkossa-02",
        ["search", "no_punctuation"],
        [T("python kurssi verkossa", SEARCH, cite_any=_N9_PY)],
        split="tune",
    ),
    D(
        "fi-v9n-excel-toihin-03",
        ["search", "slang"],
        [T("mun pitää oppia Exceliä töitä varten", SEARCH, cite_any=_N9_SHEET)],
        split="tune",
    ),
    D(
        "fi-v9n-varasto-04",
        ["skills", "area_cyber"],
        [
            T(
                "Olen tehnyt kuusi vuotta varastotöitä ja osaan SAP:ia ja Exceliä",
                SKILLS,
                skills=["spreadsheet", "sap"],
            ),
            T("haluaisin jotain tietoturvan parissa", GOAL + EXPLORE, goal="cyber"),
        ],
        split="tune",
    ),
    D(
        "fi-v9n-tavoite-05",
        ["multi_intent", "constraint_time", "area_software"],
        [
            T(
                "tavoite: ohjelmistokehittäjä, 7 tuntia viikossa, kesään mennessä",
                GOAL + PLAN,
                goal="software",
                hours=7,
                deadline=_BEFORE_SUMMER9,
            ),
            T("tee siitä suunnitelma", PLAN, plan=True),
        ],
        split="tune",
    ),
    D(
        "fi-v9n-tekoaly-06",
        ["goal", "indirect", "area_ai"],
        [T("haluaisin joskus rakentaa tekoälysovelluksia", GOAL + EXPLORE, goal="ai")],
        split="tune",
    ),
    D(
        "fi-v9n-sql-dwh-07",
        ["multi_intent", "area_dwh"],
        [
            T(
                "osaan jo SQL:n, onko jotain tietovarastoista?",
                SEARCH + SKILLS,
                cite_any=["nda-dwh-202", "nda-etl-201", "nda-cert-de"],
                skills=["sql"],
            ),
        ],
        split="tune",
    ),
    D(
        "fi-v9n-verkko-08",
        ["plan", "area_network"],
        [T("mitä kursseja tarvitsen, että pääsen verkkoasiantuntijaksi?", PLAN + GOAL, goal="network")],
        split="tune",
    ),
    D(
        "fi-v9n-kassa-09",
        ["vague", "slang"],
        [T("en tiedä yhtään mitä opiskelisin, oon ollu kaupan kassalla", EXPLORE + SKILLS)],
        split="tune",
    ),
]

# v10-frozen (session 10): a second blind frozen batch, written from docs/, the catalogue and the taxonomy
# only, without reading the assistant's code, rules, tests, training lines, results, or any frozen dialogue,
# and committed before any run; the lead scores it once at the end. Ids `<lang>-v10f-…`, tag `v10_frozen`.
import v10f_lists as _V10  # noqa: E402
from dates import BY_AUTUMN as _AUTUMN10  # noqa: E402
from dates import VAPPU as _VAPPU10  # noqa: E402

DIALOGUES += [
    D(
        "fi-v10f-kassalla-01",
        ["v10_frozen", "vague", "career_change", "constraint_budget", "area_cyber"],
        [
            T(
                "oon tosi kyllästynyt mun työhön kaupan kassalla, haluisin jotain muuta mut en tiiä mitä",
                EXPLORE,
            ),
            T(
                "tietokoneet kiinnostaa, varsinkin tietoturva",
                GOAL + EXPLORE,
                goal="cyber",
                goal_not=["kassa", "cashier", "myyjä"],
            ),
            T("ehdin ehkä 5 tuntia viikossa, budjetti max 300 euroa", CONS, hours=5, budget=(300, "EUR")),
            T("mistä mun kannattais aloittaa?", PLAN, plan=True, plan_cost=(300, "EUR")),
        ],
        split="frozen",
    ),
    D(
        "fi-v10f-analyytikko-02",
        ["v10_frozen", "skills", "constraint_deadline", "followup", "area_data"],
        [
            T(
                "Haluaisin data-analyytikon töihin. Osaan Exceliä hyvin ja vähän SQL:ää.",
                GOAL + SKILLS,
                goal="data_analyst",
                skills=["sql", "SQL", "spreadsheet", "excel", "Excel"],
            ),
            T(
                "10 h viikossa, valmista pitäisi olla juhannukseen mennessä",
                CONS,
                hours=10,
                deadline=_V10.MIDSUMMER,
            ),
            T("tee suunnitelma, englanninkieliset kurssit käy hyvin", PLAN, plan=True),
            T("entä jos vain 5 tuntia viikossa?", REFINE + CONS, hours=5, plan=True),
        ],
        split="frozen",
    ),
    D(
        "fi-v10f-sahkoasentaja-03",
        ["v10_frozen", "third_person", "languages", "area_network"],
        [
            T(
                "Asiakkaani on 50-vuotias sähköasentaja, joka haluaa siirtyä verkkoasioihin. Hän puhuu "
                "suomea ja "
                "englantia. Aikaa 6 h/vko.",
                GOAL + CONS + SKILLS,
                goal="network",
                goal_not=["sähkö", "electrician"],
                hours=6,
                langs=["fi", "en"],
            ),
            T("mitä hänen kannattaisi opiskella ensin?", PLAN, plan=True, plan_langs=["en", "fi"]),
            T("onko tuo ensimmäinen kurssi verkossa vai lähiopetusta?", SELECT + EXPLAIN, cite_min=1),
        ],
        split="frozen",
    ),
    D(
        "fi-v10f-tekoaly-haku-04",
        ["v10_frozen", "search", "no_punctuation", "area_ai"],
        [
            T("tekoäly kurssit verkossa ilmaiseksi", SEARCH, cite_any=["diaa-ai-101", "ual-ia-101"]),
            T("entä koneoppiminen pythonilla?", SEARCH, cite_any=_V10.ML),
            T("mitä tarvitsen ennen sitä?", REQ, cite_any=["diaa-ai-101", "diaa-math-102"]),
        ],
        split="frozen",
    ),
    D(
        "fi-v10f-lehtori-mikro-05",
        ["v10_frozen", "educator", "named_course", "stacking", "area_microcred"],
        [
            T(
                "Olen ammattikorkeakoulun lehtori ja meidän pitää suunnitella mikrotutkintoja ensi syksyksi. "
                "Mitä koulutusta teillä on?",
                SEARCH + GOAL,
                cite_any=_V10.MICROCRED,
            ),
            T(
                "Designing Micro-Credentials: Foundations – mitä siinä opitaan?",
                EXPLAIN,
                cite_any=["aec-mcd-101"],
            ),
            T("kuuluuko se johonkin laajempaan sertifikaattiin?", EXPLAIN + REQ, cite_any=["aec-cert-dld"]),
        ],
        split="frozen",
    ),
    D(
        "fi-v10f-vaitoskirja-hpc-06",
        ["v10_frozen", "constraint_deadline", "followup", "area_hpc"],
        [
            T(
                "Väitöskirjatutkija, fysiikka. Haluan oppia rinnakkaisohjelmointia (MPI) ja GPU-laskentaa. "
                "4 h/vko, vappuun mennessä.",
                GOAL + CONS + SEARCH,
                hours=4,
                deadline=_VAPPU10,
            ),
            T(
                "näytä suunnitelma",
                PLAN,
                plan=True,
                plan_incl=["padr-par-201", "padr-gpu-301", "padr-hpc-101"],
            ),
            T("miksi tuo järjestys?", WHY),
        ],
        split="frozen",
    ),
    D(
        "fi-v10f-ilman-pisteita-07",
        ["v10_frozen", "no_diacritics", "constraint_time", "languages", "area_cloudsec"],
        [
            T(
                "haluisin oppia pilvipalveluiden tietoturvaa, ehdin n. 2 h paivassa arkisin",
                GOAL + SEARCH + CONS,
                hours=10,
            ),
            T("tee mulle suunnitelma", PLAN, plan=True, plan_incl=_V10.CLOUDSEC),
            T("saksankieliset ei kay, en osaa saksaa", REFINE + CONS, plan_excl=_V10.GERMAN_ONLY),
        ],
        split="frozen",
    ),
    D(
        "fi-v10f-mummo-08",
        ["v10_frozen", "third_person", "languages", "area_dlit"],
        [
            T(
                "Mun mummo haluaisi oppia käyttämään älypuhelinta ja nettiä turvallisesti. Onko jotain "
                "helppoa?",
                SEARCH + GOAL,
                cite_any=_V10.DLIT,
            ),
            T("hän ei osaa englantia", CONS + REFINE),
        ],
        split="frozen",
    ),
    D(
        "fi-v10f-cv-frontend-09",
        ["v10_frozen", "cv_lines", "followup", "area_web"],
        [
            T(
                "Taidot: HTML, CSS, JavaScript (perusteet), Figma. Tavoite: front-end-kehittäjä.",
                SKILLS + GOAL,
                goal="web",
                skills=["html", "HTML", "css", "CSS", "javascript", "JavaScript"],
            ),
            T("tee polku ja kerro paljonko se maksaa", PLAN, plan=True),
            T("onko halvempaa vaihtoehtoa?", REFINE, plan=True, cheaper=True),
        ],
        split="frozen",
    ),
    D(
        "fi-v10f-mooc-10",
        ["v10_frozen", "nonexistent", "constraint_budget", "area_software"],
        [
            T(
                "Onko teillä Helsingin yliopiston Ohjelmoinnin MOOC:ia?",
                EXPLAIN + SEARCH,
                cite_any=_V10.SOFTWARE + _V10.PYTHON,
            ),
            T(
                "no mikä on lähin vastaava, mielellään ilmainen",
                SEARCH + REFINE,
                cite_any=["lit-prog-101", "glcc-code-107"],
            ),
        ],
        split="frozen",
    ),
    D(
        "fi-v10f-kunta-tietosuoja-11",
        ["v10_frozen", "indirect", "languages", "area_dgov"],
        [
            T(
                "Meidän kunnassa jonkun pitäisi hoitaa tietosuoja-asiat ja esimies ehdotti mua. Mistä lähden "
                "liikkeelle?",
                GOAL + EXPLORE + SEARCH + PLAN,
                cite_any=_V10.DGOV,
            ),
            T(
                "ranskaa en osaa, vain suomea ja englantia",
                CONS + REFINE + SKILLS,
                langs=["en"],
                cite_any=["diaa-resp-205", "nda-cdo-401", "padr-fair-203"],
            ),
        ],
        split="frozen",
    ),
    D(
        "fi-v10f-asiakastuki-testaus-12",
        ["v10_frozen", "career_change", "constraint_deadline", "area_testing"],
        [
            T(
                "Teen nyt asiakastukea softafirmassa ja haluaisin siirtyä testaukseen. Kuinka pitkä polku "
                "se on?",
                GOAL + PLAN,
                goal="tester",
                goal_not=["asiakastuki", "support"],
            ),
            T("5 tuntia viikossa, syksyyn mennessä", CONS, hours=5, deadline=_AUTUMN10),
            T("näytä se", PLAN, plan=True),
        ],
        split="frozen",
    ),
    D(
        "fi-v10f-moikka-dataeng-13",
        ["v10_frozen", "smalltalk", "search", "named_course", "area_dataeng"],
        [
            T("moikka! mitä sä osaat?", SMALL + EXPLORE),
            T("no kerro data engineeringistä, onko kursseja?", SEARCH, cite_any=_V10.DATAENG),
            T("Building Reliable Data Pipelines – onko se etänä?", EXPLAIN, cite_any=["nda-etl-201"]),
        ],
        split="frozen",
    ),
]

# v10-dlg (session 10, reply/policy round): whole conversations written before reading the policy files and
# committed before any run: searches in Finnish for subjects the catalogue has in English or Spanish
# ("kurssi data-analytiikka"), "mikä ensin?", implied plans ("okei, mitä nyt?", "tehdään aikataulu"), a
# budget or hours said after a list, courses just shown asked about, titles, a course that does not exist,
# "React vai Vue?", "vaikein". Area lists in `v10d_lists.py`. For tune.
import v10d_lists as _L10  # noqa: E402

DIALOGUES += [
    D(
        "fi-v10d-data-lista-01",
        ["search", "crosslang", "followup", "budget_after_list", "area_data"],
        [
            T("kurssi data-analytiikka", SEARCH, cite_any=_L10.DATA),
            T("mikä niistä kannattaa ottaa ensin?", SELECT + PLAN + REQ, cite_any=_L10.DATA_START),
            T("budjettini on 300 euroa", _L10.COR, budget=(300, "EUR"), cite_min=1),
        ],
        split="tune",
    ),
    D(
        "fi-v10d-pilvi-02",
        ["implied_plan", "followup", "area_cloudsec"],
        [
            T(
                "Olen IT-tukihenkilö ja haluaisin siirtyä pilvitietoturvaan. "
                "Aikaa on noin 6 tuntia viikossa.",
                GOAL + CONS,
                goal="cloudsec",
                goal_not=["support", "help desk"],
                hours=6,
            ),
            T("okei, mitä nyt?", PLAN, plan=True),
            T("onko toinen kurssi verkossa?", SELECT, cite_min=1),
            T("liian pitkä, saisiko nopeamman?", REFINE, plan=True, faster=True),
        ],
        split="tune",
    ),
    D(
        "fi-v10d-verkot-tunnit-03",
        ["search", "crosslang", "hours_after_list", "area_network"],
        [
            T("onko teillä verkkotekniikan kursseja?", SEARCH, cite_any=_L10.NETWORK),
            T("minulla on vain 3 tuntia viikossa", _L10.COR, hours=3, cite_min=1),
            T("mikä niistä on vaikein?", SELECT + COMPARE, cite_min=1),
        ],
        split="tune",
    ),
    D(
        "fi-v10d-gpu-04",
        ["named_course", "partial_title", "followup", "area_hpc"],
        [
            T("kerro GPU Computing -kurssista", EXPLAIN + SEARCH, cite_any=["padr-gpu-301"]),
            T("kuinka pitkä se on?", SELECT, cite_any=["padr-gpu-301"]),
            T("mitä tarvitsen ennen sitä?", REQ, cite_any=["padr-par-201"]),
        ],
        split="tune",
    ),
    D(
        "fi-v10d-elements-05",
        ["nonexistent", "followup", "area_ai"],
        [
            T("löytyykö teiltä Elements of AI -kurssia?", EXPLAIN + SEARCH, cite_any=_L10.ML),
            T("no mikä on lähin vastaava?", SEARCH + SELECT, cite_any=_L10.AI_START),
            T("onko se ilmainen?", SELECT, cite_min=1),
        ],
        split="tune",
    ),
    D(
        "fi-v10d-ohjaaja-06",
        ["third_person", "implied_plan", "followup", "area_tester"],
        [
            T(
                "Olen uraohjaaja. Asiakkaani on varastotyöntekijä, joka haluaa ohjelmistotestaajaksi. "
                "Hänellä on 8 tuntia viikossa.",
                GOAL + CONS,
                goal="tester",
                goal_not=["varasto", "warehouse"],
                hours=8,
            ),
            # session 28: the plan is shown at turn 1; its first step, cited, answers (session 26's design,
            # as fr-v9d-conseillere-01#2; was: the plan again)
            T("mistä hänen pitäisi aloittaa?", PLAN + EXPLAIN + SELECT, cite_prev_step=1),
            T("tehdään hänelle aikataulu", PLAN, plan=True),
            T("entä jos hänellä olisi vain 4 tuntia?", REFINE + CONS, hours=4, plan=True),
        ],
        split="tune",
    ),
    D(
        "fi-v10d-react-07",
        ["compare", "implied_plan", "area_web"],
        [
            T("haluan web-kehittäjäksi, osaan vähän HTML:ää", GOAL + SKILLS, goal="web"),
            T(
                "React vai Vue, kumpi kannattaa?",
                COMPARE + EXPLAIN + SEARCH,
                goal="web",
                cite_any=_L10.FRAMEWORKS,
            ),
            T("selvä, tehdään suunnitelma", PLAN, plan=True),
        ],
        split="tune",
    ),
]

# v10-nlu (session 10, understanding round): see en.py; written before reading the rule files, committed
# before any run.
_N10_SHEET = ["glcc-office-106", "ual-datos-101"]
_N10_ML = ["diaa-ml-201", "diaa-ai-101", "diaa-cert-aml", "diaa-dl-202", "diaa-math-102", "ual-ia-101"]
DIALOGUES += [
    D(
        "fi-v10n-kirjanpitaja-01",
        ["goal", "current_role", "constraint_time", "area_data"],
        [
            T(
                "Olen kirjanpitäjä ja haluaisin siirtyä data-analyytikoksi, aikaa on noin 5 tuntia viikossa",
                GOAL + CONS + PLAN,
                goal="data_analyst",
                goal_not=["kirjanpit", "account"],
                hours=5,
            )
        ],
        split="tune",
    ),
    D(
        "fi-v10n-excel-02",
        ["search", "need", "slang"],
        [T("jotain millä oppisin excelin paremmin töitä varten", SEARCH, cite_any=_N10_SHEET, no_goal=True)],
        split="tune",
    ),
    D(
        "fi-v10n-tietoturva-03",
        ["goal", "indirect", "area_cyber"],
        [T("haluan tehdä töitä tietoturvan parissa", GOAL + EXPLORE, goal="cyber")],
        split="tune",
    ),
    D(
        "fi-v10n-cv-04",
        ["skills", "cv", "area_cloud"],
        [
            T(
                "Osaaminen: Linux, verkot, Python. Työkokemus: 3 vuotta IT-tukihenkilönä.",
                SKILLS,
                skills=["python"],
            ),
            T("seuraavaksi haluaisin pilvipuolelle, mikä olisi hyvä polku?", PLAN + GOAL, goal="cloud"),
        ],
        split="tune",
    ),
    D(
        "fi-v10n-oppimispolku-05",
        ["plan", "slang", "area_software"],
        [
            T(
                "anna mulle oppimispolku ohjelmistokehittäjäksi",
                PLAN + GOAL,
                goal="software",
                goal_not=["oppimis", "polku"],
            )
        ],
        split="tune",
    ),
    D(
        "fi-v10n-uraohjaaja-06",
        ["third_person", "long", "constraint_budget", "area_network"],
        [
            T(
                "Olen uraohjaaja. Asiakkaani on 45-vuotias varastotyöntekijä, joka haluaa kouluttautua "
                "verkkoasentajaksi. Budjetti 1000 euroa.",
                GOAL + CONS,
                goal="network",
                goal_not=["varasto", "ohjaaja"],
                budget=(1000, "EUR"),
            )
        ],
        split="tune",
    ),
    D(
        "fi-v10n-koneoppiminen-07",
        ["search", "question", "area_ml"],
        [T("onko teillä kursseja koneoppimisesta?", SEARCH, cite_any=_N10_ML)],
        split="tune",
    ),
    D(
        "fi-v10n-robotit-08",
        ["goal", "indirect", "area_ai"],
        [T("Haluaisin työskennellä tekoälyn ja robottien parissa", GOAL + EXPLORE, goal="ai")],
        split="tune",
    ),
    D(
        "fi-v10n-rajoitteet-09",
        ["participation", "constraint_budget", "area_dba"],
        [
            T("tavoitteena tietokannan ylläpitäjä", GOAL, goal="dba"),
            T(
                "vain verkossa ja alle 300 euroa",
                CONS + REFINE,
                part=["online"],
                budget=(300, "EUR"),
                goal="dba",
            ),
        ],
        split="tune",
    ),
    D(
        "fi-v10n-puhekieli-10",
        ["slang", "multi_intent", "constraint_time"],
        [
            T(
                "mul ois pari tuntii viikos aikaa, haluisin oppii koodaa",
                SEARCH + CONS + PLAN + GOAL,
                hours=(2, 0.5),
            )
        ],
        split="tune",
    ),
    D(
        "fi-v10n-opettaja-11",
        ["goal", "current_role", "area_teacher"],
        [
            T(
                "Olen matematiikan opettaja ja haluaisin opettaa myös ohjelmointia yläkoulussa",
                GOAL,
                goal="ict_teacher",
            )
        ],
        split="tune",
    ),
    D(
        "fi-v10n-bussikuski-12",
        ["vague", "experience", "slang"],
        [
            T(
                "Oon ollu 10 vuotta bussikuskina ja haluis vaihtaa alaa, mutta en tiiä mihin",
                EXPLORE + SKILLS,
                goal_not=["kusk", "bussi"],
            )
        ],
        split="tune",
    ),
]

# v11-frozen (session 11, third blind frozen batch): see en.py; written blind, committed before any run.
import v11f_lists as _V11  # noqa: E402

DIALOGUES += [
    D(
        "fi-v11f-yt-myyja-01",
        ["v11_frozen", "vague", "lost_job", "colloquial", "area_helpdesk"],
        [
            T(
                "Jäin just työttömäksi yt-neuvotteluissa, olin 11 vuotta myyjänä rautakaupassa. En oikein "
                "tiedä "
                "mitä nyt",
                _V11.OPENING + _V11.ROLE,
            ),
            T("Tietokoneet kiinnostaa, oon aina säätänyt kotona verkkoja ja koneita", _V11.ROLE_GOAL),
            T(
                "IT-tuki vois olla mun juttu. Mitä mun pitäis opiskella?",
                _V11.GOAL_PLAN,
                goal="helpdesk",
                goal_not=["myyj", "sales"],
            ),
            T("Mulla on aikaa noin 20 tuntia viikossa", _V11.CONS_OR_REFINE + _V11.PLAN, hours=20),
        ],
        split="frozen",
    ),
    D(
        "fi-v11f-te-lahihoitaja-02",
        ["v11_frozen", "third_person", "adviser", "languages", "area_health_data"],
        [
            T(
                "Olen TE-palveluiden asiantuntija. Asiakkaani on 44-vuotias lähihoitaja, joka haluaa siirtyä "
                "terveysdatan analytiikkaan. Hän voi opiskella 8 tuntia viikossa.",
                _V11.GOAL_CONS,
                goal="health_data",
                goal_not=["lähihoitaja", "hoitaja", "nurse"],
                hours=8,
            ),
            T("Mistä hänen kannattaa aloittaa?", _V11.START, cite_any=_V11.DATA),
            T(
                "Hän ei osaa espanjaa, vain suomea ja englantia",
                _V11.SKILLS + _V11.CONS + _V11.REFINE,
                langs=["fi", "en"],
            ),
        ],
        split="frozen",
    ),
    D(
        "fi-v11f-pilvi-ilman-aakkosia-03",
        ["v11_frozen", "search", "no_diacritics", "languages", "area_cloudsec"],
        [
            T(
                "haluisin oppia pilvipalveluiden tietoturvaa, onko teilla mitaan kursseja",
                _V11.SEARCH + _V11.GOAL,
                cite_any=_V11.CLOUDSEC,
            ),
            T("onko ne saksaks? en osaa saksaa", _V11.PICK + _V11.SEARCH + _V11.REFINE + _V11.CONS),
            T("entas englanniks", _V11.REFINE + _V11.SEARCH, cite_any=_V11.CLOUD_EN),
        ],
        split="frozen",
    ),
    D(
        "fi-v11f-lehtori-mikrotutkinnot-04",
        ["v11_frozen", "educator", "area_microcred"],
        [
            T(
                "Oon ammattikorkeakoulun lehtori ja meidän pitäis suunnitella mikrotutkintoja ensi syksyyn "
                "mennessä. Mistä löytyis koulutusta siihen?",
                _V11.SEARCH + _V11.GOAL + _V11.PLAN,
                cite_any=_V11.MICROCRED,
            ),
            T(
                "Mitä siihen sertifikaattiin kuuluu ja missä järjestyksessä?",
                _V11.AFTER,
                cite_any=["aec-cert-dld", "aec-mcd-101"],
            ),
            T("Tehdään siitä suunnitelma, 3 tuntia viikossa", _V11.PLAN + _V11.CONS, plan=True, hours=3),
        ],
        split="frozen",
    ),
    D(
        "fi-v11f-vaitoskirja-gpu-05",
        ["v11_frozen", "search", "named_course", "held_credential", "area_hpc"],
        [
            T(
                "Teen väitöskirjaa laskennallisesta fysiikasta. Rinnakkaisohjelmointi ja GPU:t kiinnostaa, "
                "mitä "
                "teillä on?",
                _V11.SEARCH,
                cite_any=_V11.HPC,
            ),
            T(
                "GPU Computing for Simulation and AI, mitä se vaatii?",
                _V11.REQ,
                cite_any=["padr-gpu-301", "padr-par-201"],
            ),
            T("MPI-kurssi on jo käyty", _V11.SKIP + _V11.SKILLS, held=["padr-par-201"]),
        ],
        split="frozen",
    ),
    D(
        "fi-v11f-cv-data-engineer-06",
        ["v11_frozen", "cv", "constraint_budget", "why", "area_de"],
        [
            T(
                "CV: Python (hyvä), SQL (hyvä), Power BI, 4 v data-analyytikkona. Tavoite: data engineer",
                _V11.SKILLS + _V11.GOAL,
                goal="de",
                skills=["python", "Python", "SQL", "sql"],
            ),
            T(
                "tee suunnitelma, max 2000 e",
                _V11.PLAN + _V11.CONS,
                plan=True,
                budget=(2000, "EUR"),
                plan_cost=(2000, "EUR"),
            ),
            T("miksi tuo ensimmäinen askel?", _V11.WHY + _V11.PICK),
        ],
        split="frozen",
    ),
    D(
        "fi-v11f-az104-07",
        ["v11_frozen", "nonexistent", "followup", "area_cloud"],
        [
            T("Onko teillä Microsoftin AZ-104 kurssia?", _V11.NAMED, cite_any=_V11.CLOUD + _V11.SYSADMIN),
            T("mikä noista on halvin?", _V11.WHICH, cite_min=1),
        ],
        split="frozen",
    ),
    D(
        "fi-v11f-mummo-pankki-08",
        ["v11_frozen", "third_person", "digital_literacy", "languages", "area_dlit"],
        [
            T(
                "Mun mummo (78) haluis oppia käyttämään älypuhelinta ja pankkia netissä. Onko jotain tosi "
                "helppoa?",
                _V11.SEARCH + _V11.GOAL,
                cite_any=_V11.DLIT,
            ),
            T("se ei puhu englantia ollenkaan", _V11.SKILLS + _V11.CONS + _V11.REFINE),
        ],
        split="frozen",
    ),
    D(
        "fi-v11f-verkkoasentaja-ai-09",
        ["v11_frozen", "goal", "constraint_deadline", "what_if", "area_ainet"],
        [
            T(
                "Tekoälypohjaiset verkot kiinnostaa, työskentelen verkkoasentajana",
                _V11.GOAL + _V11.SKILLS + _V11.SEARCH,
                goal="ainet",
            ),
            T(
                "näytä polku, 5 tuntia viikossa, valmista juhannukseen mennessä",
                _V11.PLAN + _V11.CONS,
                plan=True,
                hours=5,
                deadline=_V11.MIDSUMMER,
            ),
            T("entäs jos 8 tuntia?", _V11.REPLAN, hours=8, plan=True),
        ],
        split="frozen",
    ),
    D(
        "fi-v11f-lukiolainen-koodari-10",
        ["v11_frozen", "student", "colloquial", "area_web"],
        [
            T(
                "moi oon lukiossa ja haluun koodariks, tehä nettisivuja ja sovelluksia. mist kannattais "
                "alottaa",
                _V11.GOAL_PLAN + _V11.SEARCH,
                goal=_V11.OCC["web"] + _V11.OCC["software"],
            ),
            T("onks ne ilmasia?", _V11.PICK + _V11.SEARCH + _V11.CONS + _V11.REFINE, cite_min=1),
        ],
        split="frozen",
    ),
    D(
        "fi-v11f-kunta-tietosuoja-11",
        ["v11_frozen", "search", "languages", "eqf", "area_dgov"],
        [
            T(
                "Työskentelen kunnalla ja minut nimitettiin tietosuojavastaavaksi. Tarvitsisin koulutusta "
                "GDPR:stä, ranska käy kyllä",
                _V11.SEARCH + _V11.GOAL + _V11.SKILLS,
                cite_any=_V11.DGOV,
                langs=["fr"],
            ),
            T("Mikä on AIPD-kurssin EQF-taso?", _V11.NAMED + _V11.PICK, cite_any=["inl-aipd-202"]),
        ],
        split="frozen",
    ),
    D(
        "fi-v11f-testaaja-hiihtoloma-12",
        ["v11_frozen", "goal", "constraint_deadline", "select", "area_testing"],
        [
            T(
                "Oon ollut 2 vuotta manuaalitestaajana, haluisin testiautomaatioon. Ehtiiks hiihtolomaan "
                "mennessä "
                "jotain järkevää?",
                _V11.GOAL + _V11.CONS + _V11.PLAN,
                goal="tester",
                deadline=_V11.SKI_HOLIDAY,
            ),
            T("tee suunnitelma 6 tunnilla viikossa", _V11.PLAN + _V11.CONS, plan=True, hours=6),
            T("toinen askel, mistä siinä on kyse", _V11.PICK, cite_min=1),
        ],
        split="frozen",
    ),
    D(
        "fi-v11f-karpat-sql-13",
        ["v11_frozen", "off_topic", "search", "area_dba"],
        [
            T("Näitkö eilisen Kärppien pelin?", _V11.OFF, dead_ok=True),
            T("no mut asiaan: etsin SQL-kurssia, mieluiten verkossa", _V11.SEARCH, cite_any=_V11.SQL),
            T("lyhyempi?", _V11.WHICH + _V11.REFINE, cite_min=1),
        ],
        split="frozen",
    ),
]

# v11-dlg (session 11, reply/policy round): life events, follow-ups in context, named courses; written before
# reading the policy files, committed before any run. Lists in `v11d_lists.py`. For tune.
import v11d_lists as _L11  # noqa: E402

DIALOGUES += [
    D(
        "fi-v11d-tyoton-01",
        ["life_event", "vague", "implied_plan", "area_cyber"],
        [
            T(
                "jäin työttömäksi kaupan kassalta eikä oo hajuakaan mitä mun kannattais opiskella",
                EXPLORE,
                goal_not=["cashier", "retail", "sales"],
            ),
            T("vaikka jotain tietoturvaan liittyvää", GOAL + SEARCH + EXPLORE),
            T("tee mulle suunnitelma, 5 tuntia viikossa", PLAN + CONS, plan=True, hours=5),
        ],
        split="tune",
    ),
    D(
        "fi-v11d-lyhin-02",
        ["search", "language", "followup", "area_cloud"],
        [
            T("pilvipalvelukursseja englanniksi?", SEARCH, cite_any=_L11.CLOUD_EN),
            T("mikä niistä on lyhin", SELECT + COMPARE, cite_min=1),
            T("onko mitään halvempaa", REFINE + SEARCH, cite_min=1),
        ],
        split="tune",
    ),
    D(
        "fi-v11d-uraohjaaja-03",
        ["third_person", "refine", "area_data"],
        [
            T(
                "olen uraohjaaja, asiakas on entinen lähihoitaja joka haluaa data-analyytikoksi, 8 tuntia "
                "viikossa",
                GOAL + CONS,
                goal="data_analyst",
                goal_not=["nurse", "care"],
                hours=8,
            ),
            T("tee hänelle polku", PLAN, plan=True),
            T("entä jos vain viikonloppuisin, 4 tuntia", REFINE + CONS, hours=4, plan=True),
        ],
        split="tune",
    ),
    D(
        "fi-v11d-pentest-typo-04",
        ["named_course", "typo", "followup", "area_cyber"],
        [
            T(
                "kerro kurssista Penetration Testing Foundatons",
                EXPLAIN + SEARCH,
                cite_any=["bvca-pentest-201"],
            ),
            T("mitä pitää osata ennen sitä", REQ, cite_any=["bvca-soc-101"]),
            T("paljonko se maksaa", SELECT, cite_min=1),
        ],
        split="tune",
    ),
]

# v11-eu (session 11, languages round, Finnish): written in one sitting from the catalogue, the taxonomy and
# docs only, before reading the rule files and before any run, and committed before the first run.
import v11l_lists as _E11  # noqa: E402
from dates import BEFORE_SUMMER as _BEFORE_SUMMER11  # noqa: E402
from dates import MIDSUMMER as _MIDSUMMER11  # noqa: E402

DIALOGUES += [
    D(
        "fi-v11l-kirjanpitaja-data-01",
        ["long_message", "skills_held", "constraint_budget", "area_data"],
        [
            T(
                "Moi! Oon kirjanpitäjä pienessä tilitoimistossa ja Excel on hallussa. Haluaisin siirtyä "
                "data-analyytikoksi. Aikaa on noin 4 tuntia viikossa ja budjetti max 500 euroa.",
                GOAL + SKILLS + CONS + PLAN,
                goal="data_analyst",
                goal_not=["kirjanpit", "bookkeep", "accounting"],
                hours=4,
                budget=(500, "EUR"),
            ),
            T("tee mulle suunnitelma", PLAN, plan=True, plan_cost=(500, "EUR")),
        ],
        split="tune",
    ),
    D(
        "fi-v11l-koneoppiminen-02",
        ["search", "inflection", "area_ml"],
        [
            T(
                "Onko teillä koneoppimisen kursseja? Syväoppiminen kiinnostaisi erityisesti.",
                SEARCH,
                cite_any=_E11.ML,
            ),
            T("mikä niistä on halvin?", SELECT + SEARCH + COMPARE + EXPLAIN + REFINE, cite_min=1),
        ],
        split="tune",
    ),
    D(
        "fi-v11l-opettaja-ikaihmiset-03",
        ["teacher", "plan", "area_dlit_teacher"],
        [
            T(
                "Olen alakoulun opettaja ja haluaisin opettaa digitaitoja ikäihmisille kirjastossa. Mistä "
                "kannattaa aloittaa?",
                GOAL + EXPLORE + SEARCH,
                goal="dlit_teacher",
            ),
            T(
                "2 tuntia viikossa riittää, tee suunnitelma",
                PLAN + CONS,
                hours=2,
                plan=True,
                plan_incl=_E11.DLIT_TEACH,
            ),
        ],
        split="tune",
    ),
    D(
        "fi-v11l-pilvi-englanniksi-04",
        ["search", "languages", "area_cloud"],
        [
            T(
                "pilviturvallisuus kiinnostaa, onko jotain englanniksi? saksaa en osaa",
                SEARCH + CONS,
                study_lang=["en"],
                cite_any=_E11.CLOUD_EN,
            ),
        ],
        split="tune",
    ),
    D(
        "fi-v11l-verkko-taidot-05",
        ["skills_held", "inflection", "area_network"],
        [
            T(
                "Haluan verkkoasiantuntijaksi. Osaan jo Linuxin perusteet ja vähän Pythonia.",
                GOAL + SKILLS,
                goal="network",
                skills=["operating system", "Python"],
            ),
            T("paljonko koko polku maksaa?", PLAN + EXPLAIN, cite_min=1),
        ],
        split="tune",
    ),
    D(
        "fi-v11l-uravalmentaja-06",
        ["advisor", "third_person", "languages", "constraint_participation", "area_dlit"],
        [
            T(
                "Hei, olen TE-palveluiden uravalmentaja. Asiakkaani on 55-vuotias entinen myyjä, joka "
                "haluaisi "
                "oppia tietokoneen perustaidot, koska kaikki asiointi on nykyään netissä. Hän puhuu suomea "
                "ja "
                "ruotsia, englantia vähän.",
                SEARCH + GOAL + EXPLORE + CONS,
                cite_any=_E11.DLIT,
                langs=["fi", "sv"],
            ),
            T("mieluiten lähiopetuksena", REFINE + CONS, part=["on-site", "blended"]),
        ],
        split="tune",
    ),
    D(
        "fi-v11l-vaitoskirja-hpc-07",
        ["search", "requirements", "area_hpc"],
        [
            T(
                "Teen väitöskirjaa laskennallisesta kemiasta ja ajan simulaatioita supertietokoneella. "
                "Haluaisin oppia rinnakkaisohjelmointia ja GPU-laskentaa. Joku kurssisuositus?",
                SEARCH + GOAL,
                cite_any=_E11.HPC,
            ),
            T(
                "mitä tarvitsen ennen GPU-kurssia?",
                REQ,
                cite_any=["padr-gpu-301", "padr-par-201", "padr-hpc-101"],
            ),
        ],
        split="tune",
    ),
    D(
        "fi-v11l-tietokanta-kurssi-08",
        ["named_course", "participation", "stacking"],
        [
            T(
                "Onko Relational Database Administration verkkokurssi ja paljonko se maksaa?",
                EXPLAIN,
                cite_any=["nda-dba-201"],
            ),
            T("mihin sertifikaattiin se kuuluu?", EXPLAIN + REQ, cite_any=["nda-cert-dba"]),
        ],
        split="tune",
    ),
    D(
        "fi-v11l-tietoturva-kesa-09",
        ["constraint_deadline", "constraint_time", "cheaper", "area_cyber"],
        [
            T(
                "haluan osata tietoturvaa kesään mennessä, oon ihan aloittelija, 5h viikossa",
                GOAL + SEARCH + CONS + PLAN,
                deadline=_BEFORE_SUMMER11,
                hours=5,
            ),
            T("tee siitä suunnitelma", PLAN, plan=True),
            T("saisko halvemmalla?", REFINE, cheaper=True),
        ],
        split="tune",
    ),
    D(
        "fi-v11l-arkkitehti-10",
        ["cv_line", "skills_held", "area_software"],
        [
            T(
                "Taidot: Java, Spring Boot, Git, Docker. Haluan ohjelmistoarkkitehdiksi.",
                SKILLS + GOAL,
                skills=["Java", "version control", "virtualisation"],
                goal=["software architect", "d0aa0792", "architect"],
            ),
            T("näytä polku", PLAN, plan=True),
        ],
        split="tune",
    ),
    D(
        "fi-v11l-tekoaly-ilmainen-11",
        ["search", "the_second", "area_ai"],
        [
            T(
                "Etsin kursseja tekoälystä, mielellään ilmaisia ja verkossa",
                SEARCH + CONS,
                cite_any=["diaa-ai-101", "ual-ia-101"],
            ),
            T("toinen niistä, millä kielellä se on?", SELECT + EXPLAIN, cite_min=1),
        ],
        split="tune",
    ),
    D(
        "fi-v11l-mlops-tiimi-12",
        ["manager", "search", "area_ml"],
        [
            T(
                "Johdan pientä IT-tiimiä ja meidän pitäis alkaa viedä ML-malleja tuotantoon. Mitä teillä on "
                "MLOpsista?",
                SEARCH,
                cite_any=["diaa-mlops-303", "diaa-ml-201", "diaa-cert-aml"],
            ),
        ],
        split="tune",
    ),
    D(
        "fi-v11l-mikrotutkinnot-13",
        ["current_role", "search", "constraint_deadline", "area_microcred"],
        [
            T(
                "Työskentelen ammattikorkeakoulussa koulutussuunnittelijana ja meidän pitäisi suunnitella "
                "mikrotutkintoja. Löytyykö tähän koulutusta?",
                SEARCH + GOAL,
                cite_any=_E11.MICRO,
            ),
            T(
                "pitäis olla valmista juhannukseen mennessä, 3 tuntia viikossa",
                CONS + PLAN + REFINE,
                deadline=_MIDSUMMER11,
                hours=3,
            ),
        ],
        split="tune",
    ),
    D(
        "fi-v11l-saavutettavuus-14",
        ["search", "skills_held", "area_web"],
        [
            T(
                "Mä teen frontendia ja haluun oppia saavutettavuudesta (WCAG). Onko kurssia?",
                SEARCH + SKILLS,
                cite_any=["lit-webstd-202"],
            ),
            T("kauanko se kestää jos teen 3 tuntia viikossa?", EXPLAIN + PLAN + CONS, cite_min=1),
        ],
        split="tune",
    ),
]

# v12-frozen (session 12, fourth blind frozen batch): written in one sitting without reading the
# assistant's code or rules, any result, or any other frozen dialogue; never run by its writer. Course
# lists and deadline windows in `v12f_lists.py`. Split frozen.
import v12f_lists as _L12  # noqa: E402

DIALOGUES += [
    D(
        "fi-v12f-rakennusmies-01",
        ["v12_frozen", "vague", "career_change", "hours_per_day", "area_cyber"],
        [
            T(
                "oon ollu rakennuksilla 20 vuotta ja polvet on loppu. kaveri sano et tietoturva-alalla on "
                "töitä mut en tiiä mistä alottaa",
                EXPLORE + GOAL + SEARCH,
                goal_not=["construction", "rakennus", "builder", "bricklayer"],
            ),
            T(
                "no tietoturva kiinnostais. ihan perusteista pitäis lähtee, en oo mikään koneihminen",
                GOAL + SEARCH,
                cite_any=_L12.CYBER_START,
            ),
            T(
                "pystyn tekee iltasin sen puoltoista tuntia, arkipäivinä",
                CONS,
                hours=(7.5, 0.2),
            ),
            T("tee mulle suunnitelma", PLAN, plan=True, plan_incl=_L12.CYBER, plan_hours=8),
        ],
        split="frozen",
    ),
    D(
        "fi-v12f-kirjasto-syysloma-02",
        ["v12_frozen", "teach_digital", "constraint_deadline", "budget", "area_dlit_teacher"],
        [
            T(
                "Oon kirjastovirkailija Oulussa ja mun pitäis alkaa opettaa asiakkaille digitaitoja. Onks "
                "teillä jotain meille kouluttajille?",
                SEARCH + GOAL,
                cite_any=_L12.TEACH_DLIT,
            ),
            T(
                "Englanti käy. Pitäis olla valmis syyslomaan mennessä ja max 300 euroa",
                CONS,
                deadline=_L12.AUTUMN_BREAK_FI,
                budget=(300, "EUR"),
            ),
            T("mikä noista on lyhin?", SELECT + COMPARE, cite_any=_L12.TEACH_DLIT),
        ],
        split="frozen",
    ),
    D(
        "fi-v12f-de-vertailu-03",
        ["v12_frozen", "compare", "certificate_totals", "area_de"],
        [
            T(
                "Mitä eroa on Data Engineering Foundations ja Data Migration and Integration kursseilla? "
                "kumpi ekana?",
                COMPARE + REQ,
                cite_any=["nda-de-101", "nda-migr-203"],
                cite_min=2,
            ),
            T(
                "onks jompikumpi osa jotain isompaa sertifikaattia?",
                EXPLAIN + REQ,
                cite_any=["nda-cert-de"],
            ),
            T(
                "paljonko se koko sertti maksaa yhteensä?",
                EXPLAIN + REQ,
                cite_any=["nda-cert-de", "nda-de-101", "nda-etl-201", "nda-dwh-202", "nda-migr-203"],
            ),
        ],
        split="frozen",
    ),
    D(
        "fi-v12f-vaimo-kotiaiti-04",
        ["v12_frozen", "third_person", "returning_parent", "area_data"],
        [
            T(
                "Vaimo on ollu kotona lasten kanssa 8 vuotta ja haluis takas töihin, ehkä jotain datan "
                "parissa. Kolme lasta niin aikaa on vähän, ehkä 3h viikossa. Mitä suosittelisit hänelle?",
                GOAL + CONS + SEARCH + EXPLORE,
                hours=3,
                goal_not=["home", "parent", "mother"],
            ),
            T(
                "no sit data-analyytikko. näytä mitä hänen pitäis opiskella",
                GOAL + PLAN,
                goal="data_analyst",
                plan=True,
                plan_hours=3,
            ),
        ],
        split="frozen",
    ),
    D(
        "fi-v12f-tampere-ml-05",
        ["v12_frozen", "student", "skills", "held", "area_ml"],
        [
            T(
                "Opiskelen tietotekniikkaa Tampereella, 3. vuosi. Koneoppiminen kiinnostaa, Python ja "
                "lineaarialgebra on hallussa. Mikä olis järkevä jatko?",
                SKILLS + SEARCH + PLAN + GOAL,
                skills=["python", "Python"],
                cite_any=_L12.ML,
            ),
            T(
                "Applied Machine Learning with Python, voinko hypätä suoraan siihen kun matikka on jo "
                "hallussa?",
                REQ + EXPLAIN,
                cite_any=["diaa-ml-201", "diaa-math-102", "diaa-ai-101"],
            ),
            T("AI Foundations oon käyny jo, skippaa se", SKIP + SKILLS, held=["diaa-ai-101"]),
        ],
        split="frozen",
    ),
    D(
        "fi-v12f-vaitoskirja-gpu-06",
        ["v12_frozen", "search", "prerequisites", "area_hpc"],
        [
            T(
                "väitöskirjatutkija fysiikassa, simulaatiot pyörii CSC:n koneilla ja koodi on hidas. onko "
                "jotain profilointiin ja gpu-laskentaan?",
                SEARCH,
                cite_any=["padr-perf-202", "padr-gpu-301", "padr-hpc-101", "padr-par-201", "padr-cert-hpc"],
            ),
            T("GPU Computing for Simulation and AI, mitä pitää osata ennen?", REQ, cite_any=["padr-par-201"]),
            T("entä sitä ennen?", REQ, cite_any=["padr-hpc-101"]),
        ],
        split="frozen",
    ),
    D(
        "fi-v12f-euroviisut-pilvi-07",
        ["v12_frozen", "off_topic", "language_wanted", "languages_spoken", "area_cloud"],
        [
            T("kuka voitti euroviisut viime keväänä", OOS + SMALL),
            T("okei. entä pilvipalveluista, onko mitään suomeks?", SEARCH + REFINE),
            T(
                "no saksaks sit, osaan saksaa ihan hyvin",
                REFINE + SEARCH + SKILLS,
                langs=["de"],
                cite_any=[
                    "hrd-cloud-101",
                    "hrd-cloudsec-201",
                    "hrd-iam-202",
                    "hrd-cloudnet-203",
                    "hrd-clouddb-303",
                    "hrd-cloudarch-302",
                    "hrd-cloudir-301",
                    "hrd-iac-202",
                    "hrd-cert-cloudsec",
                    "hrd-virt-201",
                ],
            ),
        ],
        split="frozen",
    ),
    D(
        "fi-v12f-testaaja-runon-08",
        ["v12_frozen", "runon", "career_change", "why", "area_tester"],
        [
            T(
                "moi mä oon ollu asiakaspalvelussa teleoperaattorilla viis vuotta ja nyt haluisin "
                "softatestaajaks koska mä tykkään löytää virheitä ja oon tosi tarkka mulla on aikaa noin "
                "kuus tuntia viikossa ja rahaa voisin käyttää ehkä tonnin",
                GOAL + CONS,
                goal="tester",
                goal_not=["customer", "asiakaspalvelu"],
                hours=6,
                budget=(1000, "EUR"),
            ),
            T(
                "näytä se suunnitelma",
                PLAN,
                plan=True,
                plan_incl=_L12.TESTER,
                plan_cost=(1000, "EUR"),
            ),
            T("miks toi järjestys", WHY, cite_min=1),
        ],
        split="frozen",
    ),
    D(
        "fi-v12f-taloyhtio-gdpr-09",
        ["v12_frozen", "search", "language_denied", "area_dpo"],
        [
            T(
                "Taloyhtiön hallituksen pj:nä mun pitäis ymmärtää GDPR:ää paremmin, asukasrekisteri, "
                "kameravalvonta yms. Ranska ei suju. Onko englanniks jotain?",
                SEARCH,
                cite_any=_L12.DPO,
            ),
            T("kesto ja hinta?", SELECT + EXPLAIN, cite_min=1),
        ],
        split="frozen",
    ),
    D(
        "fi-v12f-linux-jalkeen-10",
        ["v12_frozen", "held", "what_after", "eqf", "ects", "area_sysadmin"],
        [
            T(
                "Tein just Linux-Systemadministration kompakt -kurssin Kölnissä työkeikan ohessa. Mitä sen "
                "jälkeen kannattais?",
                SKILLS + REQ + PLAN + SEARCH + EXPLAIN,
                held=["hrd-linux-101"],
                cite_any=["hrd-virt-201", "hrd-iac-202", "hrd-cert-sysadmin", "hrd-backup-102"],
            ),
            T(
                "Infrastructure as Code with Ansible, mikä EQF-taso ja montako opintopistettä?",
                EXPLAIN + REQ,
                cite_any=["hrd-iac-202"],
            ),
        ],
        split="frozen",
    ),
    D(
        "fi-v12f-vauva-toukokuu-11",
        ["v12_frozen", "stored_profile", "life_event", "constraint_deadline", "refine", "area_cloud"],
        [
            T(
                "moi taas! tilanne muuttu, vauva tulee toukokuussa joten pitäis saada valmiiks ennen sitä. "
                "tunteja voin nostaa kymmeneen viikossa",
                CONS + REFINE,
                deadline=_L12.BABY_DUE_MAY,
                hours=10,
            ),
            T("päivitä suunnitelma", PLAN + REFINE, plan=True, plan_hours=10),
            T("onks halvempaa vaihtoehtoa", REFINE, plan=True, cheaper=True),
        ],
        profile={
            "id": "v12f-vauva-pilvi",
            "name": "Juho",
            "skills": [
                {
                    "uri": "http://data.europa.eu/esco/skill/f9a6f35b-01a7-40c9-8b61-b6ee46f97272",
                    "label": "operating systems",
                    "level": "intermediate",
                    "source": "self-declared",
                }
            ],
            "credentials": [],
            "goal": {
                "occupation_uri": "http://data.europa.eu/esco/occupation/349ee6f6-c295-4c38-9b98-48765b55280e",
                "label": "cloud engineer",
                "skills": [],
                "job_advert": None,
            },
            "current_role": None,
            "languages": ["fi", "en"],
            "constraints": {
                "hours_per_week": 5,
                "weeks": None,
                "deadline": None,
                "budget": 2000,
                "currency": "EUR",
                "languages": [],
                "participation": [],
                "max_eqf": None,
                "providers": [],
                "countries": [],
            },
            "preferences": {"prefer_stacks": True, "pinned": [], "rejected": []},
            "version": 0,
        },
        split="frozen",
    ),
    D(
        "fi-v12f-graafikko-frontend-12",
        ["v12_frozen", "career_change", "skip_known", "area_web"],
        [
            T(
                "Graafinen suunnittelija täällä, haluun oppia frontendiä, Reactia ja TypeScriptiä. Mistä "
                "alotan?",
                GOAL + SEARCH + PLAN,
                cite_any=_L12.WEB,
            ),
            T(
                "HTML ja CSS on jo hallussa, voinko ohittaa Front-End Web Developmentin?",
                SKIP + SKILLS + REQ + EXPLAIN,
                cite_min=1,
            ),
        ],
        split="frozen",
    ),
    D(
        "fi-v12f-lyhyet-ai-13",
        ["v12_frozen", "short_replies", "free", "area_ai"],
        [
            T("ilmasii kursseja tekoälystä?", SEARCH, cite_any=["diaa-ai-101", "ual-ia-101"]),
            T("eka", SELECT, cite_min=1),
            T("kauanko kestää", SELECT + EXPLAIN, cite_min=1),
            T("kiitti", SMALL, dead_ok=True),
        ],
        split="frozen",
    ),
]


# v12u (session 12, helper "followups"): short follow-ups about what was just shown - a course card ("is it
# online / recognised / in German?"), a certificate after "skip X, I did it" (what is left and its cost), two
# courses compared (together, in between, which first), a filter after a plan (a re-plan) and an interest
# stated as an activity. Written by the helper who built `assistant/followups_shown.py`, from its hand probes,
# AFTER the code: a check of that work, not a blind measure. For tune.
from dsl import COMPARE, EXPLAIN, EXPLORE, GOAL, PLAN, REFINE, REQ, SEARCH, SELECT, SKIP, D, T  # noqa: E402
from dsl import CONS as _CONS12  # noqa: E402

DIALOGUES += [
    D(
        "fi-v12u-card-01",
        ["named_course", "followup", "v12u"],
        [
            T("kerro Network Security Essentials -kurssista", EXPLAIN + SELECT, cite_any=["ccna-netsec-204"]),
            T(
                "onko se kurssi verkossa?",
                EXPLAIN + SELECT,
                cite_any=["ccna-netsec-204"],
                cite_none=["ccna-net-101"],
            ),
            T(
                "onko se virallisesti tunnustettu?",
                EXPLAIN + SELECT,
                cite_any=["ccna-netsec-204"],
                cite_none=["ccna-net-101"],
            ),
            T(
                "onko se myös saksaksi?",
                EXPLAIN + SELECT + SEARCH,
                cite_any=["hrd-cloudnet-203", "hrd-cloudsec-201", "hrd-iam-202", "hrd-cloud-101"],
            ),
        ],
        split="tune",
    ),
    D(
        "fi-v12u-cert-02",
        ["certificate", "skip", "followup", "v12u"],
        [
            T(
                "mitä tarvitsen Certificate in Database Administration -todistukseen?",
                REQ,
                cite_any=["nda-model-102", "nda-dba-201"],
            ),
            T(
                "ohita Data Modelling Essentials, olen jo suorittanut sen",
                REQ + SKIP,
                held=["nda-model-102"],
                cite_any=["nda-dbphys-302"],
            ),
            T("mitä on jäljellä ja paljonko se maksaa?", REQ + EXPLAIN, cite_any=["nda-dbphys-302"]),
            T(
                "kauanko loput kestävät 5 tunnilla viikossa?",
                REQ + EXPLAIN + _CONS12,
                cite_any=["nda-dbphys-302"],
            ),
        ],
        split="tune",
    ),
    D(
        "fi-v12u-pair-03",
        ["named_course", "compare", "followup", "v12u"],
        [
            T(
                "vertaa Networking Fundamentals ja AI-Driven Network Operations",
                COMPARE,
                cite_any=["ccna-net-101", "ccna-aiops-301"],
            ),
            T(
                "montako tuntia ne ovat yhteensä?",
                EXPLAIN + COMPARE,
                cite_any=["ccna-aiops-301"],
                cite_none=["ccna-route-201"],
            ),
            T("mitä minun pitäisi ottaa siinä välissä?", EXPLAIN + PLAN, cite_any=["ccna-netmon-202"]),
            T(
                "kumpi ensin? olen backend-kehittäjä ja osaan Pythonia",
                COMPARE + EXPLAIN,
                cite_any=["ccna-net-101"],
                cite_none=["glcc-code-107", "lit-prog-101"],
            ),
        ],
        split="tune",
    ),
    D(
        "fi-v12u-plan-online-04",
        ["plan", "refine", "participation", "v12u"],
        [
            T(
                "Haluan verkkoinsinööriksi, minulla on 6 tuntia viikossa",
                GOAL + PLAN + _CONS12,
                goal="network",
                plan=True,
            ),
            T(
                "voiko kaiken tehdä etänä?",
                REFINE + _CONS12,
                plan=True,
                part=["online"],
                plan_part=["online"],
            ),
        ],
        split="tune",
    ),
    D(
        "fi-v12u-interest-05",
        ["vague", "interest", "area_helpdesk", "v12u"],
        [
            T("en tiedä mitä opiskella", EXPLORE),
            T("tykkään auttaa ihmisiä tietokoneongelmissa", GOAL + EXPLORE, goal="helpdesk"),
        ],
        split="tune",
    ),
]

# v13u, part b (session 13, blind tune batch): written without reading the assistant's code or rules, from the
# catalogue, the taxonomy and docs only, before any run. Lists and deadline windows in `v13ub_lists.py`.
import v13ub_lists as _U13  # noqa: E402
from dates import EASTER as _EASTER13  # noqa: E402
from dsl import OCC as _OCC13  # noqa: E402

_FI13_PROFILE = {
    "id": "fi-v13u-07-sanna",
    "name": "Sanna",
    "skills": [
        {
            "uri": "http://data.europa.eu/esco/skill/598de5b0-5b58-4ea7-8058-a4bc4d18c742",
            "label": "SQL",
            "level": "intermediate",
            "source": "self-declared",
        }
    ],
    "credentials": [],
    "goal": {
        "occupation_uri": "http://data.europa.eu/esco/occupation/1562c7a3-c7d9-419d-b9b6-db26610bcf84",
        "label": "data warehouse designer",
        "skills": [],
        "job_advert": None,
    },
    "languages": ["fi", "en"],
    "constraints": {
        "hours_per_week": 6,
        "languages": [],
        "participation": [],
        "providers": [],
        "countries": [],
    },
    "preferences": {"prefer_stacks": True, "pinned": [], "rejected": []},
    "version": 0,
}

DIALOGUES += [
    D(
        "fi-v13u-01",
        ["v13u", "life_event", "colloquial", "implied_plan", "area_helpdesk"],
        [
            T(
                "moi, oon ollu postinjakajana 15v ja nyt mun reitti lopetetaan. vois musta tulla jotain "
                "it-tukihenkilöä? en oo mikään nörtti mut tykkään auttaa ihmisiä",
                GOAL + EXPLORE + SKILLS,
                goal="helpdesk",
                goal_not=["postal", "mail", "postman"],
            ),
            T("joo 10h viikossa onnistuu, ja mieluiten jotain ilmasta", CONS + REFINE, hours=10),
            T("ok tee mulle suunnitelma", PLAN, plan=True),
        ],
        split="tune",
    ),
    D(
        "fi-v13u-02",
        ["v13u", "named_course", "typo", "followup", "area_de"],
        [
            T(
                "onks teillä sitä Data Warehous Desing kurssia? mitä siihen pitää osata etukäteen",
                EXPLAIN + REQ + SEARCH,
                cite_any=["nda-dwh-202"],
            ),
            T("entä mitä sen jälkeen", REQ + EXPLAIN + PLAN, cite_any=_U13.DWH_AFTER),
            T(
                "paljonko koko se data engineering sertifikaatti maksaa yhteensä ja kauanko menee",
                REQ + EXPLAIN + PLAN,
                cite_any=_U13.DE_CERT,
            ),
        ],
        split="tune",
    ),
    D(
        "fi-v13u-03",
        ["v13u", "third_person", "language", "area_data"],
        [
            T(
                "mun mies on rekkakuski ja selkä meni, se haluis jotain koneella tehtävää. osaa vähän "
                "exceliä ja data kiinnostaa",
                GOAL + EXPLORE + SKILLS,
                goal=_OCC13["data_analyst"] + ["data"],
                goal_not=["driver", "truck", "lorry"],
            ),
            T("se ei puhu englantia kunnolla, onks suomeks mitään?", CONS + REFINE + SEARCH),
            T("no sit englanniks, mut ne helpoimmat", REFINE + SEARCH + PLAN + CONS, cite_min=1),
        ],
        split="tune",
    ),
    D(
        "fi-v13u-04",
        ["v13u", "search", "short_reply", "followup", "area_ai"],
        [
            T("tekoälykursseja?", SEARCH, cite_any=_U13.AI),
            T("toka", SELECT, cite_min=1),
            T("ja sen jälkeen?", REQ + EXPLAIN + PLAN, cite_min=1),
        ],
        split="tune",
    ),
    D(
        "fi-v13u-05",
        ["v13u", "educator", "eqf_ects", "area_microcred"],
        [
            T(
                "Oon kansalaisopiston suunnittelija ja meidän pitäis alkaa tehdä mikrotutkintoja. Mikä "
                "kurssi auttais siinä, ja mikä on sen EQF-taso ja montako opintopistettä se on?",
                SEARCH + EXPLORE + GOAL + EXPLAIN,
                cite_any=_U13.MICROCRED,
            ),
            T("onks se ilmanen?", SELECT + EXPLAIN, cite_min=1),
            T(
                "ok tee mulle polku siihen koko sertifikaattiin, 3h viikossa riittää",
                PLAN + CONS + GOAL,
                plan=True,
                hours=3,
                plan_incl=_U13.MICROCRED_CERT,
            ),
        ],
        split="tune",
    ),
    D(
        "fi-v13u-06",
        ["v13u", "change_mind", "constraint_budget", "online", "area_cyber"],
        [
            T(
                "haluun pilvi-insinööriks... tai ei vaiskaan, kyberturva kiinnostaa enemmän",
                GOAL + EXPLORE,
                goal="cyber",
            ),
            T(
                "vaan verkossa, ei mitään lähiopetusta, ja budjetti max 1000e",
                CONS + REFINE,
                part=["online"],
                budget=(1000, "EUR"),
            ),
            T(
                "näytä polku",
                PLAN,
                plan=True,
                plan_part=["online"],
                plan_cost=(1000, "EUR"),
            ),
        ],
        split="tune",
    ),
    D(
        "fi-v13u-07",
        ["v13u", "stored_profile", "returning", "course_done", "prerequisite", "area_de"],
        [
            T(
                "moi taas! sain ton Data Engineering Foundationsin vihdoin valmiiks, mitäs seuraavaks",
                SKILLS + SKIP + REQ + EXPLAIN + PLAN,
                held=["nda-de-101"],
                cite_any=_U13.DE_NEXT,
            ),
            T(
                "se pipeline-kurssi kuulostaa hyvältä mut mulla ei oo pythonia yhtään",
                REQ + EXPLAIN + PLAN + SKILLS + SEARCH,
                cite_any=_U13.PYTHON_START,
            ),
            T(
                "tee polku niin et oon valmis pääsiäiseen mennessä",
                PLAN + CONS,
                plan=True,
                deadline=_EASTER13,
            ),
        ],
        profile=_FI13_PROFILE,
        split="tune",
    ),
    D(
        "fi-v13u-08",
        ["v13u", "researcher", "skills_held", "thanks", "area_hpc"],
        [
            T(
                "väitöskirjatutkija täällä, mun simulaatiot pyörii ihan liian hitaasti. onks jotain gpu- tai "
                "rinnakkaislaskenta juttuja? C++ on hallussa",
                SEARCH + GOAL + SKILLS + EXPLORE,
                cite_any=_U13.HPC,
            ),
            T("mikä on helpoin aloittaa", SELECT + COMPARE + PLAN, cite_any=_U13.HPC_START),
            T("kiitti, katon noita", SMALL, dead_ok=True),
        ],
        split="tune",
    ),
    D(
        "fi-v13u-09",
        ["v13u", "voice_typed", "digital_literacy", "language", "area_dlit"],
        [
            T(
                "siis mä oon siivooja koulussa ja mun pomo sano et vois opetella vähä tietokoneita ku kaikki "
                "on nykyään sähköstä en osaa ees liitetiedostoja lähettää onks jotain helppoa ja ilmasta",
                EXPLORE + SEARCH + GOAL,
                cite_any=_U13.DLIT,
            ),
            T("englanti ei suju, ruotsi vähän", CONS + REFINE + SKILLS),
            T(
                "no okei ne englanninkieliset sit, montako tuntia viikossa pitää varata",
                EXPLAIN + SELECT + PLAN + CONS,
                cite_min=1,
            ),
        ],
        split="tune",
    ),
    D(
        "fi-v13u-10",
        ["v13u", "compare", "certificate_total", "cheaper", "area_web"],
        [
            T(
                "Front-End Web Development vs Building Web APIs, kumpi kannattaa ottaa ekana?",
                COMPARE + WHY + EXPLAIN,
                cite_any=["lit-web-201", "lit-api-204"],
            ),
            T(
                "ok entä koko full stack sertti, paljonko yhteensä?",
                REQ + EXPLAIN + PLAN,
                cite_any=_U13.WEB_CERT,
            ),
            T("liian kallis. halvemmin?", REFINE + SEARCH + PLAN, cite_min=1),
        ],
        split="tune",
    ),
]


# t9named (session 14, helper "t9named"): questions about a named or pointed-at course, written BEFORE the
# fixes from the classes of the lead's trial 9 (tune now): a fit question about a named course (its level and
# prerequisites against what the learner knows, never a goal), "and before it?" / "after it?" relative to the
# course in focus, "how many weeks/days is X?" (its duration, not a list), "what is EQF 6, like a bachelor?"
# (the framework in a sentence), the ECTS total of the plan shown, and a course named by its subject ("skip
# the maths one"). Written by the helper who fixes them: a check of that work, not a blind measure.
# For tune.
from dsl import EXPLAIN as _EX14  # noqa: E402
from dsl import REQ as _REQ14
from dsl import SELECT as _SEL14
from dsl import D as _D14  # noqa: E402
from dsl import T as _T14

_ASK14 = _EX14 + _SEL14 + _REQ14
DIALOGUES += [
    _D14(
        "fi-t9named-before-01",
        ["t9named", "named_course", "before", "duration"],
        [
            _T14("Kerro kurssista Deep Learning and Neural Networks", _ASK14, cite_any=["diaa-dl-202"]),
            _T14("entä mitä pitää käydä ennen sitä?", _ASK14, cite_any=["diaa-ml-201"], plan=False),
            _T14("montako viikkoa se kestää?", _ASK14, cite_any=["diaa-ml-201"], plan=False),
        ],
        split="tune",
    ),
    _D14(
        "fi-t9named-fit-02",
        ["t9named", "named_course", "fit"],
        [
            _T14(
                "Sopiiko Building Reliable Data Pipelines minulle, osaan vain Excelin?",
                _ASK14,
                cite_any=["nda-etl-201"],
                no_goal=True,
                plan=False,
            ),
        ],
        split="tune",
    ),
]

# -- session 14 (t9goals): goals read the way people state them; tune, written before the fixes -------------
import t9goals_lists as _G14  # noqa: E402

DIALOGUES += [
    D(
        "fi-t9goals-01",
        ["t9goals", "teacher_title"],
        [
            T(
                "Olen luokanopettaja ja haluan oppia opettamaan digitaitoja oppilailleni",
                _G14.GOAL_OR_EXPLORE,
                role=_G14.TEACHER_ROLE,
                goal=_G14.TEACHING_GOAL,
            ),
        ],
        split="tune",
    ),
    D(
        "fi-t9goals-02",
        ["t9goals", "domain_worker_ai"],
        [
            T(
                "Olen sairaanhoitaja ja haluaisin ymmärtää, miten tekoälyä käytetään sairaalassa. Ei mitään "
                "liian teknistä",
                _G14.GOAL_OR_EXPLORE,
                role=_G14.NURSE_ROLE,
                goal_not=_G14.NOT_ICT_AI_JOB,
                cite_any=_G14.AI_BASICS,
            ),
        ],
        split="tune",
    ),
]


# t9profile (session 14, tune, written before the fixes): what a message says about the learner and about
# whom. A field named with a person word ("customer service") is no client; a relative's facts are the
# relative's and "online banking" is a topic, not a format; "X or Y" lists every language accepted; a level
# floor said as a negation ("no beginner courses") is a floor; "which one is for beginners?" is no limit.
from dsl import CONS_OR_REFINE as _CONS9P  # noqa: E402
from dsl import GOAL_OR_PLAN as _GOAL_OR_PLAN9P  # noqa: E402
from dsl import SEARCH as _SEARCH9P  # noqa: E402
from dsl import D as _D9P  # noqa: E402
from dsl import T as _T9P  # noqa: E402

DIALOGUES += [
    _D9P(
        "fi-t9p-01",
        ["t9profile", "field_with_person_word", "career_change"],
        [
            _T9P(
                "Olen ollut viisi vuotta asiakaspalvelussa ja haluaisin siirtyä IT-tukeen. Mitä suosittelet?",
                _GOAL_OR_PLAN9P + _SEARCH9P,
                goal="helpdesk",
                reply_excl=["asiakkaasi"],
            ),
            _T9P("suomeksi tai englanniksi, kumpi vain käy", _CONS9P, study_langs=["fi", "en"]),
        ],
        split="tune",
    ),
    _D9P(
        "fi-t9p-02",
        ["t9profile", "level_floor"],
        [
            _T9P(
                "Olen ohjelmoija ja haluan oppia pilvitietoturvaa. Ei alkeiskursseja, kiitos.",
                _GOAL_OR_PLAN9P + _SEARCH9P,
                goal="cloudsec",
                min_eqf=5,
            ),
        ],
        split="tune",
    ),
]

# -- session 15 (t10named): questions about a named or pointed course answered, not its card; a subject the
# catalogue lacks said to be missing; the quickest way there. Written BEFORE the fixes by the helper who fixes
# them (a check of that work, not a blind measure), not from the lead's trial 10. For tune.
import t10named_lists as _N15  # noqa: E402
from dsl import EXPLORE as _EXPLORE15  # noqa: E402
from dsl import SEARCH as _SEARCH15  # noqa: E402
from dsl import D as _D15  # noqa: E402
from dsl import T as _T15  # noqa: E402

DIALOGUES += [
    _D15(
        "fi-t10named-lang-01",
        ["t10named", "pointed_course", "attribute_language"],
        [
            _T15("Etsin kursseja pilvipalveluista", _N15.OPEN),
            _T15(
                "onko ensimmäinen englanniksi?",
                _N15.ASK,
                cite_min=1,
                no_study_lang=True,
                plan=False,
                reply_excl=_N15.CARD["fi"],
            ),
        ],
        split="tune",
    ),
    _D15(
        "fi-t10named-mandatory-02",
        ["t10named", "named_course", "attribute_mandatory"],
        [
            _T15(
                "Haluan koneoppimisinsinööriksi, 6 tuntia viikossa, tee suunnitelma",
                _N15.PLANNED,
                plan=True,
            ),
            _T15(
                "pitääkö minun käydä se matematiikkakurssi?",
                _N15.ASK,
                cite_any=["diaa-math-102"],
                plan=False,
                reply_excl=_N15.CARD["fi"],
            ),
        ],
        split="tune",
    ),
    _D15(
        "fi-t10named-price-03",
        ["t10named", "named_course", "attribute_price", "attribute_provider"],
        [
            _T15("Kerro kurssista Data Warehouse Design", _N15.ASK),
            _T15(
                "paljonko se maksaa ja kuka sen järjestää?",
                _N15.ASK,
                cite_any=["nda-dwh-202"],
                plan=False,
                reply_excl=_N15.CARD["fi"],
            ),
        ],
        split="tune",
    ),
    _D15(
        "fi-t10named-missing-04",
        ["t10named", "not_in_catalogue"],
        [
            _T15(
                "Löytyykö teiltä kurssia blockchain-teknologiasta?",
                _SEARCH15 + _EXPLORE15,
                reply_any=_N15.MISSING["fi"],
            ),
        ],
        split="tune",
    ),
    _D15(
        "fi-t10named-prereq-05",
        ["t10named", "named_course", "attribute_prerequisites"],
        [
            _T15("Minua kiinnostaa suurteholaskenta", _N15.OPEN),
            _T15(
                "mitä pitää osata ennen MPI-kurssia?",
                _N15.ASK,
                cite_any=["padr-par-201"],
                plan=False,
                reply_excl=_N15.CARD["fi"],
            ),
        ],
        split="tune",
    ),
]

# -- session 15 (t10search): search topics without filler, follow-ups that keep their word; tune, written
# before the fixes ------------------------------------------------------------------------------------------
import t10search_lists as _S15  # noqa: E402

DIALOGUES += [
    D(
        "fi-t10search-01",
        ["t10search", "topic_role_words"],
        [
            T(
                "Olen myyjä ja haluaisin oppia data-analytiikkaa. Mitä kursseja on?",
                _S15.INTENTS_SEARCH + ["state_skills"],
                cite_min=1,
                reply_excl=["myyjä data"],
            ),
        ],
        split="tune",
    ),
    D(
        "fi-t10search-02",
        ["t10search", "topic_role_words", "area_skills"],
        [
            T(
                "Teen töitä web-kehittäjänä ja haluaisin siirtyä tekoälyn pariin. Mistä kannattaa aloittaa?",
                _S15.INTENTS_OPENING,
                cite_none=_S15.NETWORKING,
                reply_excl=["analyse network configuration", "kehittäjänä tekoäly"],
            ),
        ],
        split="tune",
    ),
    D(
        "fi-t10search-03",
        ["t10search", "cheaper_budget"],
        [
            T("näytä kyberturvallisuuden kursseja", _S15.INTENTS_SEARCH, cite_min=1),
            T("budjettini on 300 euroa", _S15.INTENTS_BUDGET, budget=(300, "EUR")),
            T("onko halvempia?", _S15.INTENTS_CHEAPER, budget=(300, "EUR"), cite_none=_S15.CYBER_OVER_300),
        ],
        split="tune",
    ),
    D(
        "fi-t10search-04",
        ["t10search", "free_languages"],
        [
            T("haluaisin data-analyytikoksi", ["set_goal", "explore", "plan"], goal="data_analyst"),
            T("onko ilmaisia kursseja?", _S15.INTENTS_FREE, cite_none=_S15.NOT_ENGLISH),
        ],
        split="tune",
    ),
    D(
        "fi-t10search-05",
        ["t10search", "held_no_plan"],
        [
            T("mitä tekoälykursseja teillä on?", _S15.INTENTS_SEARCH, cite_min=1),
            T(
                "olen jo käynyt AI Foundations -kurssin",
                _S15.INTENTS_HELD,
                held=["diaa-ai-101"],
                reply_excl=["suunnittelin uudelleen"],
            ),
        ],
        split="tune",
    ),
]


# t10roles (session 15, tune, written BEFORE the fixes by the helper who fixes them): whose facts, and what
# they are. A current role is a job, never a place, an employer or a workplace ("at a bakery in Leeds"), a
# study ("my sister is at university") or a status (retired, a student, out of work); a relative or a
# client spoken of is not the learner; a language named as a subject or written in restricts no study
# language unless asked ("only in Hindi"); a skill stated ("I know basic SQL") marks no course held.
from dsl import EXPLORE as _EXPLORE10R  # noqa: E402
from dsl import GOAL_OR_PLAN as _GOAL_OR_PLAN10R  # noqa: E402
from dsl import SEARCH as _SEARCH10R  # noqa: E402
from dsl import SKILLS as _SKILLS10R  # noqa: E402
from dsl import D as _D10R  # noqa: E402
from dsl import T as _T10R  # noqa: E402

_ANY10R = _GOAL_OR_PLAN10R + _SEARCH10R + _SKILLS10R + _EXPLORE10R


DIALOGUES += [
    _D10R(
        "fi-t10roles-01",
        ["t10roles", "status_not_job"],
        [
            _T10R(
                "Olen eläkkeellä oleva opettaja ja haluaisin oppia tekoälyn perusteita",
                _ANY10R,
                role_not=["eläkkeellä"],
            ),
        ],
        split="tune",
    ),
    _D10R(
        "fi-t10roles-02",
        ["t10roles", "place_not_job"],
        [
            _T10R(
                "Olen kassalla marketissa Tampereella ja haluaisin data-analyytikoksi",
                _ANY10R,
                role_not=["tampere", "marketissa"],
                goal="data_analyst",
            ),
        ],
        split="tune",
    ),
    _D10R(
        "fi-t10roles-03",
        ["t10roles", "relative", "study_not_job"],
        [
            _T10R(
                (
                    "Poikani opiskelee ammattikoulussa ja haluaa oppia ohjelmointia. Mistä hänen "
                    "kannattaisi aloittaa?"
                ),
                _ANY10R,
                role_not=["opiskelee", "poika", "ammattikoulu"],
                reply_excl=["työskentelet nyt", "**taustastasi**"],
            ),
        ],
        split="tune",
    ),
    _D10R(
        "fi-t10roles-04",
        ["t10roles", "skill_not_course"],
        [
            _T10R(
                "Osaan jo SQL:n perusteet ja haluan tietokannan ylläpitäjäksi",
                _ANY10R,
                held_not=["ual-sql-102"],
                goal="dba",
            ),
        ],
        split="tune",
    ),
    _D10R(
        "fi-t10roles-05",
        ["t10roles", "status_not_job"],
        [
            _T10R("Olen työtön ja haluan opiskella kyberturvallisuutta", _ANY10R, no_role=True, goal="cyber"),
        ],
        split="tune",
    ),
]

DIALOGUES += [
    _D10R(
        "fi-t10roles-06",
        ["t10roles", "skill_not_course"],
        [
            _T10R(
                "Osaan jo Linuxin perusteet, haluan järjestelmäylläpitäjäksi",
                _ANY10R,
                held_not=["hrd-linux-101"],
            ),
        ],
        split="tune",
    ),
]


# t11own (session 16, tune, written BEFORE the fixes by the helper who fixes them): the learner's own
# language and form searched without a goal, an interest absorbed, a subject not wanted, the gender said
import t11own_lists as _O16  # noqa: E402

DIALOGUES += _O16.dialogues("fi")
# -- session 16 (t11lists): questions over the list or plan just shown - a superlative over what was shown,
# the nth step's card, the plan's total, a shorter entry course after a long plan, a cover letter / CV /
# interview out of scope. Written BEFORE the fixes by the helper who fixes them (a check of that work, not a
# blind measure), in phrasings not taken from the lead's trial 11. For tune.
import t11lists_lists as _L16  # noqa: E402
from dsl import D as _D16  # noqa: E402
from dsl import T as _T16  # noqa: E402

DIALOGUES += [
    _D16(
        "fi-t11lists-01",
        ["t11lists", "shown_extreme"],
        [
            _T16("kursseja pilvipalveluista", _L16.OPEN),
            _T16(
                "mikä niistä on halvin?",
                _L16.PICK,
                cite_least="cost",
                plan=False,
            ),
        ],
        split="tune",
    ),
    _D16(
        "fi-t11lists-02",
        ["t11lists", "plan_step_card"],
        [
            _T16("haluan data-analyytikoksi, 5 tuntia viikossa, tee suunnitelma", _L16.PLANNED, plan=True),
            _T16(
                "mikä se ensimmäinen kurssi tarkalleen on?",
                _L16.PICK,
                cite_prev_step=1,
                plan=False,
            ),
        ],
        split="tune",
    ),
    _D16(
        "fi-t11lists-03",
        ["t11lists", "plan_total"],
        [
            _T16("haluan data-analyytikoksi, 5 tuntia viikossa, tee suunnitelma", _L16.PLANNED, plan=True),
            _T16(
                "paljonko koko suunnitelma maksaa yhteensä?",
                _L16.TOTAL,
                prev_total="cost",
                plan=False,
            ),
        ],
        split="tune",
    ),
    _D16(
        "fi-t11lists-04",
        ["t11lists", "shorter_start"],
        [
            _T16("haluan data-analyytikoksi, 5 tuntia viikossa, tee suunnitelma", _L16.PLANNED, plan=True),
            _T16("onko jotain lyhyempää aloitukseen?", _L16.SHORTER, cite_min=1, plan=False),
        ],
        split="tune",
    ),
    _D16(
        "fi-t11lists-05",
        ["t11lists", "cover_letter"],
        [
            _T16(
                "kirjoita mulle työhakemus it-tukihenkilön paikkaan",
                _L16.OUT,
                reply_any=["En voi kirjoittaa"],
                no_role=True,
            ),
            _T16("no sitten haluan it-tukihenkilöksi", _L16.PLANNED, goal="helpdesk"),
        ],
        split="tune",
    ),
]


# t11goal (session 16, tune, written BEFORE the fixes by the helper who fixes them): goals, roles and
# background read as a counsellor would. "from X to Y" keeps X as the job held and Y as the goal; "no degree",
# "I only know Excel", "people say learn data" are facts about the learner, never a subject "not in the
# catalogue"; "that job" is the job named before; a skill said in Hinglish/Banglish links the skill named.
import t11goal_lists as _G11  # noqa: E402
from dsl import D as _D11G  # noqa: E402
from dsl import T as _T11G  # noqa: E402

_DATA11G = ["data", "d3edb8f8", "258e46f9"]

DIALOGUES += [
    _D11G(
        "fi-t11goal-01",
        ["t11goal", "from_to"],
        [
            _T11G(
                "Haluaisin siirtyä opettajan työstä data-analytiikkaan",
                _G11.ANY,
                goal=_DATA11G,
                goal_not=["teacher", "opettaja"],
            ),
        ],
        split="tune",
    ),
    _D11G(
        "fi-t11goal-02",
        ["t11goal", "background"],
        [
            _T11G(
                "Minulla ei ole tutkintoa, osaan vain Excelin. Voisinko oppia datan käsittelyä?",
                _G11.ANY,
                reply_excl=_G11.NOT_IN_CATALOGUE["fi"],
                cite_none=_G11.DATA_ADVANCED,
            ),
        ],
        split="tune",
    ),
    _D11G(
        "fi-t11goal-03",
        ["t11goal", "that_job"],
        [
            _T11G("Näin ilmoituksen tietoturva-asiantuntijan työpaikasta", _G11.ANY_OR_OOS, dead_ok=True),
            _T11G("Mitä minun pitäisi opiskella sitä työtä varten?", _G11.ANY, goal="cyber"),
        ],
        split="tune",
    ),
    _D11G(
        "fi-t11goal-04",
        ["t11goal", "skill_held"],
        [
            _T11G(
                "Osaan C:tä ja Pythonia, haluan oppia suurteholaskentaa (HPC)",
                _G11.ANY,
                skills=["python"],
                skills_not=_G11.NOT_THE_GOALS_SKILL,
            ),
        ],
        split="tune",
    ),
]
# -- session 17 (t12refs, tune, written BEFORE the fixes by the helper who fixes them): what "it", "that
# one", "the X one" and "after it" refer to - a step named by its subject, what follows a named course, an
# entry picked by its description, why a step (shared in authoring/t12refs_lists.py)
import t12refs_lists as _R17  # noqa: E402

DIALOGUES += _R17.dialogues("fi")


# acts17 (session 17, tune, written BEFORE the fixes by the helper who fixes them): the weakest acts of the
# frozen report in new phrasings - skills held, out-of-scope requests and pay, searches in own words.
# Dialogues 07 and 08 are held back (never trained on, failures not studied): acts17_lists.HELD_BACK.
import acts17_lists as _A17  # noqa: E402
from dsl import D as _D17  # noqa: E402
from dsl import T as _T17  # noqa: E402

DIALOGUES += [
    _D17(
        "fi-acts17-01",
        ["acts17", "skills_held"],
        [
            _T17(
                (
                    "Osaan Excelin tosi hyvin, SQL:ää perustasolla ja vähän Pythonia. Lisäksi käytän Power "
                    "BI:tä töissä."
                ),
                ["state_skills"],
                skills_all=["spreadsheet", "sql", "python", "business intelligence"],
            ),
        ],
        split="tune",
    ),
    _D17(
        "fi-acts17-02",
        ["acts17", "oos"],
        [
            _T17("Millainen sää Helsingissä on huomenna?", _A17.OOS_OR_EXPLORE, reply_any=_A17.CAN_DO["fi"]),
        ],
        split="tune",
    ),
    _D17(
        "fi-acts17-03",
        ["acts17", "search"],
        [
            _T17(
                "onko teillä jotain koneoppimisesta aloittelijalle, mieluiten verkossa",
                ["search"],
                cite_any=_A17.ML,
            ),
        ],
        split="tune",
    ),
    _D17(
        "fi-acts17-04",
        ["acts17", "skills_held"],
        [
            _T17(
                "Olen koodannut Javaa ja JavaScriptiä viisi vuotta, ja minulla on CCNA-sertifikaatti.",
                ["state_skills"],
                skills_all=["java (", "javascript", "network routing"],
            ),
        ],
        split="tune",
    ),
    _D17(
        "fi-acts17-05",
        ["acts17", "pay"],
        [
            _T17("Paljonko ohjelmistokehittäjä tienaa Suomessa?", _A17.NEAR, reply_any=_A17.SALARY["fi"]),
        ],
        split="tune",
    ),
    _D17(
        "fi-acts17-06",
        ["acts17", "search"],
        [
            _T17("tietokanta kursseja englanniksi, jotain SQL juttua", ["search"], cite_any=_A17.DB),
        ],
        split="tune",
    ),
    _D17(
        "fi-acts17-07",
        ["acts17", "skills_held", "held_back"],
        [
            _T17(
                "Käytän päivittäin Linuxia ja Dockeria, ja osaan vähän Kubernetesia",
                ["state_skills"],
                skills_all=["operating systems", "virtualisation"],
            ),
        ],
        split="tune",
    ),
    _D17(
        "fi-acts17-08",
        ["acts17", "oos", "held_back"],
        [
            _T17(
                "Voitko kirjoittaa minulle esseen ilmastonmuutoksesta koulua varten?",
                _A17.OOS_OR_EXPLORE,
                reply_any=_A17.CAN_DO["fi"],
            ),
            _T17("no, entä pilvipalvelut, onko kursseja?", ["search"], cite_any=_A17.CLOUD),
        ],
        split="tune",
    ),
]


# t12goal (session 17, tune, written BEFORE the fixes by the helper who fixes them, in its own phrasings):
# goals, subjects and interests read by meaning: a job held plus a subject to learn keeps the job as the role,
# never the goal; an interest points to what it means; constraints alone set no goal; years of experience are
# no deadline; a goal the catalogue barely teaches is never "100 % covered".
import t12goal_lists as _G12  # noqa: E402
from dsl import D as _D12G  # noqa: E402
from dsl import T as _T12G  # noqa: E402

DIALOGUES += [
    _D12G(
        "fi-t12goal-01",
        ["t12goal", "job_subject"],
        [
            _T12G(
                "Olen verkkoylläpitäjä ja pomo haluaa että opettelen verkkoautomaatiota Pythonilla",
                _G12.ANY,
                goal_not=_G12.NETADMIN,
                cite_any=_G12.NET_AUTOMATION,
            ),
        ],
        split="tune",
    ),
    _D12G(
        "fi-t12goal-02",
        ["t12goal", "experience"],
        [
            _T12G(
                "Minulla on viiden vuoden kokemus tukihenkilönä ja haluaisin siirtyä pilvipalveluihin",
                _G12.ANY,
                no_deadline=True,
                goal="cloud",
            ),
        ],
        split="tune",
    ),
    _D12G(
        "fi-t12goal-03",
        ["t12goal", "constraints_only"],
        [
            _T12G("Moi, etsin jotain kurssia", _G12.ANY, dead_ok=True),
            _T12G("3 tuntia viikossa, verkossa", _G12.ANY, no_goal=True, hours=3),
        ],
        split="tune",
    ),
    _D12G(
        "fi-t12goal-04",
        ["t12goal", "interest"],
        [
            _T12G(
                "haluaisin korjata tietokoneita ja auttaa ihmisiä niiden ongelmissa",
                _G12.ANY,
                goal="helpdesk",
            ),
        ],
        split="tune",
    ),
]


# t12lang (session 17, tune, written BEFORE the fixes by the helper who fixes them): the language written
# in versus the language studied in - English or the written language by default, a third one never leads;
# "only <language>" a hard limit; "can I do it in <language>?" answered for the course; one subject in eight
# languages
import t12lang_lists as _L17  # noqa: E402

DIALOGUES += _L17.dialogues("fi")


# refs18 (session 18, tune, written BEFORE the fixes by the helper who fixes them): questions about named
# courses and certificates answered from the catalogue (shared in authoring/refs18_lists.py)
import refs18_lists as _Q18  # noqa: E402

DIALOGUES += _Q18.dialogues("fi")


# refine18 (session 18, tune, written BEFORE the fixes by the helper who fixes them): refinements in every
# language after a list, a plan or a "nearest" answer - cheaper/free said in other ways, a question about
# availability is no limit, "free?" over a goal, limits after a plan (shared in authoring/refine18_lists.py)
import refine18_lists as _RF18  # noqa: E402

DIALOGUES += _RF18.dialogues("fi")

# trans18 (session 18, tune, written BEFORE the fixes by the helper who fixes them): passing English
# tune dialogues said again in this language (authoring/trans18.py); 41-60 (vi/hi/bn) are held back.
import trans18 as _TR18  # noqa: E402

DIALOGUES += _TR18.BY_LANG["fi"]


# goal18 (session 18, tune, written BEFORE the fixes by the helper who fixes them, in its own
# phrasings): goals and roles that are what the learner meant - constraints or "pick for me" after an opener
# set no goal of its words, skills held stay out of the goal's label, a group, a comparison or a past job is
# no role or held skill
import goal18_lists as _G18  # noqa: E402

DIALOGUES += _G18.dialogues("fi")


# skills18 (session 18, tune, written BEFORE the fixes by the helper who fixes them): what the learner says
# they know, saved right - levels said in words, every skill of a long message, years of study and primary
# teachers no EQF limit, skills denied or compared, tools named informally
import skills18_lists as _S18  # noqa: E402

DIALOGUES += _S18.dialogues("fi")


# roles19 (session 19, tune, written BEFORE the fixes by the helper who fixes them): goal occupations named in
# any language or informally, primary and adult teachers' goals (the pupils' level no EQF limit), a current
# and a target job in one sentence (shared in authoring/roles19_lists.py)
import roles19_lists as _R19  # noqa: E402

DIALOGUES += _R19.dialogues("fi")

# scope19 (session 19, tune, written BEFORE the fixes by the helper who fixes them): out of scope only
# when it is (unrelated requests with what the assistant can do, near-scope ones answered),
# searches in any words
import scope19_lists as _SC19  # noqa: E402

DIALOGUES += _SC19.dialogues("fi")


# vague19 (session 19, tune, written BEFORE the fixes by the helper who fixes them, in its own phrasings):
# vague openings set no goal of their words, "you choose for me" picks one direction from what was said,
# "a plan to get to that one" plans towards the entry in focus, a past job invents no held skill
import vague19_lists as _V19  # noqa: E402

DIALOGUES += _V19.dialogues("fi")

# skills19 (session 19, helper skills19, tune): held skills and done courses said any way - the skill before
# its verb, a plan step named by its subject in any language, lists of skills beside jobs and places
import skills19_lists as _S19  # noqa: E402

DIALOGUES += _S19.dialogues("fi")

# refine19 (session 19, issue #12): refinements that change what is shown ("cheaper" over a plan that is
# already the cheapest, a card or a comparison) and questions about a language or format that are not filters
import refine19_lists as _R19  # noqa: E402

DIALOGUES += _R19.dialogues("fi")

# skills20 (session 20, issue #12): held skills and held courses - courses not in the catalogue as evidence,
# negation, levels, lists, pronouns, school or degree as background
import skills20_lists as _S20  # noqa: E402

DIALOGUES += _S20.dialogues("fi")

# goals20 (session 20, tune, written BEFORE the fixes by the helper who fixes them): goals and labels a
# learner would recognise - workplaces are no roles, labels without typos or the group's words, areas by
# meaning, English titles inside other languages (shared in authoring/goals20_lists.py)
import goals20_lists as _G20  # noqa: E402

DIALOGUES += _G20.dialogues("fi")

# search20 (session 20, issue #12, tune, written BEFORE the fixes by the helper who fixes them): a level in a
# search is a limit on it, totals over a plan, a list or a certificate, searches with limits in es/de/fi/fr
import search20_lists as _S20  # noqa: E402

DIALOGUES += _S20.dialogues("fi")

# lang20 (session 20, tune, written BEFORE the fixes by the helper who fixes them): everyday conversations -
# greetings, goals, limits said the everyday way, advisers, held skills, named courses, definitions after a
# card, refinements (shared in authoring/lang20_lists.py)
import lang20_lists as _LG20  # noqa: E402

DIALOGUES += _LG20.dialogues("fi")

# follow20 (session 20, tune, written BEFORE the fixes by the helper who fixes them): follow-ups that
# keep the thread - the answer after the counsellor's opening and "what do I do first?", "faster?" after a
# plan, a held basics course with a level wish, a plan to the entry in focus (authoring/follow20_lists.py)
import follow20_lists as _F20  # noqa: E402

DIALOGUES += _F20.dialogues("fi")

# which21 (session 21, issue #12, tune, written BEFORE the fixes by the helper who fixes them): "which one
# first, and why?" after a list, a plan, a card, the counsellor's opening or nothing, held skills said beside
# it, an adviser's group (authoring/which21_lists.py)
import which21_lists as _W21  # noqa: E402

DIALOGUES += _W21.dialogues("fi")
# refine21 (session 21, tune, written BEFORE the fixes by the helper who fixes them): searches with a topic
# and a limit, then refinements, ordinal questions about a listed course and goal changes mid-thread
# (authoring/refine21_lists.py)
import refine21_lists as _R21  # noqa: E402

DIALOGUES += _R21.dialogues("fi")

# roles21 (session 21, tune, written BEFORE the fixes by the helper who fixes them): current roles and goals
# that read cleanly - spoken copulas, fillers, running/driving/doing a trade, fields of work, interests,
# selling online (authoring/roles21_lists.py)
import roles21_lists as _R21  # noqa: E402

DIALOGUES += _R21.dialogues("fi")

# session 22 (goals22): goals and roles read from any sentence - hearsay, places, brackets, a trade and
# a field,
# "ok"/"ready", two goals, advisers, goals the catalogue lacks (authoring/goals22_lists.py)
import goals22_lists as _G22  # noqa: E402

DIALOGUES += _G22.dialogues("fi")
# questions about a plan and its courses (authoring/explain22_lists.py)
import explain22_lists as _E22  # noqa: E402

DIALOGUES += _E22.dialogues("fi")

# skills21 (session 21, reverted at its merge and relanded in session 22 by skills22): skill statements in any
# phrasing - tools for skills, everyday levels, a job said as its work, corrections, an adviser's client,
# skills inside a goal, a plan that skips what is held (authoring/skills21_lists.py)
import skills21_lists as _S21  # noqa: E402

DIALOGUES += _S21.dialogues("fi")

# skills22 (session 22, tune, written BEFORE the fixes by the helper who fixes them): lists of skills with a
# field word ("Linux und Netzwerke"), an adviser's "sie kann Excel", skills inside a goal, tools still not in
# the catalogue by name, a search naming skills is no statement (authoring/skills22_lists.py)
import skills22_lists as _S22  # noqa: E402

DIALOGUES += _S22.dialogues("fi")
# what "that one" points at after a superlative, a swapped plan step, "anything in French?", goals named by
# an area or a need (authoring/refs23_lists.py)
import refs23_lists as _R23  # noqa: E402

DIALOGUES += _R23.dialogues("fi")

# session 23 (days23): a learner's day instead of skills, time questions ("how long until a job?", "can I
# finish by June?", "hours a week for 2 months?"), a degree or study as background (authoring/days23_lists.py)
import days23_lists as _D23  # noqa: E402

DIALOGUES += _D23.dialogues("fi")

# session 24 (directions24): a counsellor's opening that fits the learner - directions from what was said,
# the answer to the opening read, prices in the currency asked (authoring/directions24_lists.py)
import directions24_lists as _DIR24  # noqa: E402

DIALOGUES += _DIR24.dialogues("fi")

# session 24 (acts24): the act decision's largest causes on the tune split - a message about oneself naming no
# skill read as skills held, a first message about something else read as out of scope unsure
# (authoring/acts24_lists.py)
import acts24_lists as _A24  # noqa: E402

DIALOGUES += _A24.dialogues("fi")

# session 24 (loose24): what follows a course toward the goal, only a phone, "how long until I'm ready?",
# goal labels in a stable order (authoring/loose24_lists.py)
import loose24_lists as _L24  # noqa: E402

DIALOGUES += _L24.dialogues("fi")

# session 25 (goalplan25): a stated goal and the plan - a goal stated with its limits and nothing asked is the
# goal, a goal with the way asked for is the plan (authoring/goalplan25_lists.py)
import goalplan25_lists as _GP25  # noqa: E402

DIALOGUES += _GP25.dialogues("fi")

# session 25 (classifier25): turns the intent classifier misreads where no later rule corrects it - a course
# asked for beside something about oneself, a background with a wish, a subject asked in a few words, a
# narrowing after a list, "what could I become with that?" (authoring/classifier25_lists.py)
import classifier25_lists as _C25  # noqa: E402

DIALOGUES += _C25.dialogues("fi")

# session 25 (lead25fix): lead trial 21's classes - background words in the goal, courses in the learner's
# language, a subject excluded, the cheapest plan, how long, the cheapest of a list, routing said
# (authoring/lead25fix_lists.py)
import lead25fix_lists as _LF25  # noqa: E402

DIALOGUES += _LF25.dialogues("fi")

# session 26 (conv26): lead trial 21's follow-up and search classes - which of the courses just shown first,
# an adviser's "where should she start?", how long asked beside a goal, a subject's own courses first
# (authoring/conv26_lists.py)
import conv26_lists as _CV26  # noqa: E402

DIALOGUES += _CV26.dialogues("fi")
# lang26 (session 26): everyday fi as people write it - jobs, skills, limits, inflection, no diacritics,
# anglicisms, colloquial forms, negation (authoring/lang26_lists.py)
import lang26_lists as _LANG26  # noqa: E402

DIALOGUES += _LANG26.dialogues("fi")
# session 26 (trial22fix): lead trial 22's classes - another client named in an adviser's chat
# (authoring/trial22fix_lists.py)
import trial22fix_lists as _T22  # noqa: E402

DIALOGUES += _T22.dialogues("fi")
# session 26 (classifier26): new phrasings of the pairs the intent classifier confuses, written before the
# retrained classifier shipped with the rules it feeds re-measured (authoring/classifier26_lists.py)
import classifier26_lists as _C26  # noqa: E402

DIALOGUES += _C26.dialogues("fi")
# session 27 (trial27): lead trial 22's classes still failing - a language asked after a list, an
# introduction done, cheaper on the subject, hours a week by a date, enrolment, another client in a learner's
# chat (authoring/trial27_lists.py)
import trial27_lists as _T27  # noqa: E402

DIALOGUES += _T27.dialogues("fi")
# session 27 (causes27): the largest general causes of failing tune turns - something asked for on a
# subject beside a circumstance, what work one's skills lead to (authoring/causes27_lists.py)
import causes27_lists as _CA27  # noqa: E402

DIALOGUES += _CA27.dialogues("fi")
# session 27 (roles27): the goal a learner's words mean - an alternative label naming another worker, a
# subject one word short of a job's name, a career changer's entry job, a teacher's subject, a field beside
# its domain (authoring/roles27_lists.py)
import roles27_lists as _R27  # noqa: E402

DIALOGUES += _R27.dialogues("fi")
DIALOGUES += _R27.dialogues("fi", unseen=True)
# session 28 (lang28): the largest general causes of failing de/es/fr/fi turns and the lead's browser
# findings - English titles inside a sentence, enrolment asks, a language after directions, a change of
# field, accented words (authoring/lang28_lists.py)
import lang28_lists as _L28  # noqa: E402

DIALOGUES += _L28.dialogues("fi")
DIALOGUES += _L28.dialogues("fi", unseen=True)
# session 28 (causes28): a subject wished beside a background (the job held, a lack, the studies)
# went without its goal (authoring/causes28_lists.py)
import causes28_lists as _CA28  # noqa: E402

DIALOGUES += _CA28.dialogues("fi")
# session 28 (trial28): lead trial 23's classes still failing - a later wish or a preference kept beside the
# goal, a plan's whole time, a question about form after a plan, the cheapest with a language accepted, a
# short deadline, a course asked for on a subject, no money (authoring/trial28_lists.py)
import trial28_lists as _T28  # noqa: E402

DIALOGUES += _T28.dialogues("fi")
DIALOGUES += _T28.dialogues("fi", unseen=True)
# session 29 (trial29): lead trial 24's classes still failing - a lack or a job not wanted is no goal,
# "little bit" is basic, what a boss says, no budget beside a goal, what follows a one-step plan, the weeks
# of the first course, a subject the plan already teaches, a budget far below any course
# (authoring/trial29_lists.py)
import trial29_lists as _T29  # noqa: E402

DIALOGUES += _T29.dialogues("fi")
DIALOGUES += _T29.dialogues("fi", unseen=True)
# session 29 (advisers29): career advisers speaking of their clients - the client's facts in their profile,
# several clients in one chat, a wish for a field the catalogue does not name, one Spanish register
# (authoring/advisers29_lists.py)
import advisers29_lists as _A29  # noqa: E402

DIALOGUES += _A29.dialogues("fi")
DIALOGUES += _A29.dialogues("fi", unseen=True)
# session 29 (broad29): general causes of the blind sets 23-25 (tune from session 29) - the certificate a
# course counts towards, the nearest entries after a certificate the catalogue lacks, what follows a course
# just finished (authoring/broad29_lists.py)
import broad29_lists as _B29  # noqa: E402

DIALOGUES += _B29.dialogues("fi")
