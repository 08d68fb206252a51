"""Spanish dialogues: Spain and Latin America, tú/usted, missing accents, Spanglish."""

from dates import BEFORE_JUNE, BEFORE_SUMMER, HALF_YEAR, IN_3_MONTHS, IN_4_MONTHS, MARCH, SEPTEMBER
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

LANG = "es"

DIALOGUES = [
    D(
        "es-vague-01",
        ["vague"],
        [
            T("me siento estancada en mi trabajo y no se que estudiar", EXPLORE),
            T(
                "trabajo de cajera en un super, se usar excel un poco",
                SKILLS + EXPLORE,
                role=["cajer", "cashier"],
                goal_not=["cajer", "cashier"],
            ),
            T("me gustaria algo con datos", GOAL + SEARCH + PLAN, cite_min=1),
        ],
    ),
    D(
        "es-data-02",
        ["area_data", "multi_intent"],
        [
            T(
                "Quiero ser analista de datos. Tengo 6 horas a la semana y 400 euros. ¿Qué hago primero?",
                PLAN,
                goal="data_analyst",
                hours=6,
                budget=(400, "EUR"),
                plan=True,
                plan_cost=(400, "EUR"),
                cite_min=1,
            ),
            T("¿y lo más rápido?", REFINE, plan=True, faster=True),
        ],
    ),
    D(
        "es-named-03",
        ["named_course"],
        [
            T("¿De qué trata SQL para el análisis de datos?", EXPLAIN, cite_any=["ual-sql-102"]),
            T("¿forma parte de algún título más grande?", EXPLAIN + REQ, cite_any=["ual-cert-datos"]),
        ],
    ),
    D(
        "es-req-04",
        ["requirements", "named_course"],
        [
            T(
                "que necesito para el Experto Universitario en Análisis de Datos y en que orden",
                REQ + PLAN,
                cite_any=["ual-cert-datos"],
                cite_min=2,
            ),
        ],
    ),
    D(
        "es-advisor-05",
        ["third_person", "area_dlit"],
        [
            T(
                "Soy orientadora laboral. Mi usuaria tiene 52 años, nunca ha "
                "usado un ordenador y busca empleo. ¿Qué curso le recomiendas?",
                SEARCH + PLAN,
                cite_any=["ual-digital-101", "glcc-alfab-108", "ual-problemas-103", "glcc-dl-101"],
            ),
            T("que sea gratis y presencial si puede ser", REFINE + CONS, cite_min=1),
        ],
    ),
    D(
        "es-deadline-06",
        ["constraint_deadline", "area_ai"],
        [
            T(
                "quiero aprender inteligencia artificial antes del verano",
                GOAL + SEARCH + CONS,
                deadline=BEFORE_SUMMER,
                cite_min=0,
            ),
            T("hazme un plan con 5 horas semanales", PLAN + CONS, hours=5, plan=True),
        ],
    ),
    D(
        "es-halfyear-07",
        ["constraint_deadline", "area_web"],
        [
            T(
                "quiero ser desarrollador web y terminar en medio año",
                GOAL + CONS,
                goal="web",
                deadline=HALF_YEAR,
                goal_not=["terminar"],
            ),
            T("dale, el plan", PLAN, plan=True),
            T("se puede mas barato?", REFINE, plan=True, cheaper=True),
        ],
    ),
    D(
        "es-spanglish-08",
        ["mixed_language", "area_cloud"],
        [
            T(
                "busco un curso de cloud computing, pero que sea full online y en español o inglés",
                SEARCH,
                part=["online"],
                cite_min=1,
            ),
        ],
    ),
    D(
        "es-compare-09",
        ["compare", "named_course"],
        [
            T(
                "compara Python para el análisis de datos con Estadística aplicada con R",
                COMPARE,
                cite_any=["ual-python-201", "ual-estad-202"],
                cite_min=2,
            ),
            T("cual es mas facil", COMPARE + EXPLAIN + SELECT, cite_min=1),
        ],
    ),
    D(
        "es-oos-10",
        ["out_of_scope"],
        [
            T("¿quién ganó el clásico ayer?", OOS),
            T("jaja bueno, ¿tienes cursos de minería de datos?", SEARCH, cite_any=["ual-mineria-301"]),
        ],
    ),
    D(
        "es-greet-11",
        ["greeting"],
        [
            T("hola buenas", SMALL),
            T("¿qué puedes hacer por mí?", SMALL),
        ],
    ),
    D(
        "es-nonexistent-12",
        ["nonexistent"],
        [
            T("¿tienen el curso de Excel avanzado con macros VBA?", EXPLAIN + SEARCH),
        ],
    ),
    D(
        "es-skip-13",
        ["skip", "followup", "area_data"],
        [
            T(
                "planifica mi ruta para analista de datos, 5 horas por semana",
                PLAN,
                goal="data_analyst",
                hours=5,
                plan=True,
            ),
            T("el primero ya lo hice, sáltalo", SKIP, held_prev_step=1, plan_excl_prev_step=1, plan=True),
        ],
    ),
    D(
        "es-hours-day-14",
        ["constraint_time"],
        [
            T("puedo estudiar 1 hora al dia de lunes a viernes", CONS, hours=5),
            T("meta: administrador de bases de datos", GOAL, goal="dba"),
            T("¿cuál sería el plan?", PLAN, plan=True, plan_hours=5),
        ],
    ),
    D(
        "es-budget-15",
        ["constraint_budget", "area_cyber"],
        [
            T(
                "ciberseguridad, maximo 300 dolares, online",
                SEARCH + CONS,
                budget=(300, "USD"),
                part=["online"],
                cite_min=1,
            ),
        ],
    ),
    D(
        "es-why-16",
        ["why", "area_data"],
        [
            T("quiero trabajar en business intelligence, haz un plan", PLAN + GOAL, plan=True, cite_min=1),
            T("¿por qué está el segundo?", WHY, cite_min=1),
        ],
    ),
    D(
        "es-eqf-17",
        ["named_course", "level"],
        [
            T(
                "que nivel EQF tiene Sistemas de recomendación? es muy dificil para mi?",
                EXPLAIN,
                cite_any=["ual-recom-304"],
            ),
            T("y que necesito antes", REQ, cite_any=["ual-python-201", "ual-estad-202"]),
        ],
    ),
    D(
        "es-3m-18",
        ["constraint_deadline", "area_data"],
        [
            T(
                "en 3 meses necesito saber SQL para un trabajo nuevo",
                SEARCH + CONS,
                deadline=IN_3_MONTHS,
                cite_any=["ual-sql-102"],
            ),
        ],
    ),
    D(
        "es-select-19",
        ["select", "followup"],
        [
            T("cursos de ia", SEARCH, cite_min=1),
            T("háblame del primero", SELECT, cite_min=1),
            T("¿es reconocido oficialmente?", EXPLAIN + SELECT, cite_min=1),
        ],
    ),
    D(
        "es-apply-20",
        ["apply_suggestion"],
        [
            T(
                "ruta para científico de datos con 1 hora semanal y 100 euros",
                PLAN,
                goal="data_scientist",
                hours=1,
                budget=(100, "EUR"),
                plan=True,
            ),
            T("sí, hazlo", APPLY),
        ],
    ),
    D(
        "es-sept-21",
        ["constraint_deadline", "area_dgov"],
        [
            T(
                "Necesito saber de protección de datos para septiembre, trabajo en RRHH",
                SEARCH + CONS + SKILLS,
                deadline=SEPTEMBER,
                cite_any=["inl-rgpd-101", "diaa-resp-205", "inl-dpo-201"],
            ),
        ],
    ),
    D(
        "es-langs-22",
        ["languages", "area_network"],
        [
            T(
                "hablo español y francés, no inglés. ¿Algo sobre redes?",
                SEARCH + SKILLS,
                langs=["es", "fr"],
                cite_any=["ccna-fondements-101"],
            ),
        ],
    ),
    D(
        "es-march-23",
        ["constraint_deadline", "area_dlit"],
        [
            T(
                "soy maestro de primaria y quiero enseñar competencias digitales a adultos para marzo",
                GOAL + CONS + SEARCH,
                deadline=MARCH,
                role=["maestro", "teacher"],
                cite_min=0,
            ),
            T("¿qué me recomiendas?", PLAN + SEARCH, cite_min=1),
        ],
    ),
]

DIALOGUES += [
    D(
        "es-flow-24",
        ["followup", "area_data"],
        [
            T(
                "hola, soy contable y quiero pasarme al análisis de datos",
                GOAL + SKILLS,
                goal="data_analyst",
                role=["contable", "accountant", "bookkeep"],
                goal_not=["contable"],
            ),
            T("tengo 4 horas por semana y quiero acabar antes de junio", CONS, hours=4, deadline=BEFORE_JUNE),
            T("¿qué curso hago primero y cuál después?", PLAN, plan=True, cite_min=1),
            T(
                "el de hojas de cálculo ya lo hice",
                SKIP,
                held=["ual-datos-101"],
                plan_excl=["ual-datos-101"],
                not_rejected=["ual-datos-101"],
            ),
        ],
    ),
    D(
        "es-flow-25",
        ["followup", "third_person", "area_cyber"],
        [
            T(
                "Mi cliente es repartidor y quiere trabajar en ciberseguridad",
                GOAL + SKILLS,
                goal="cyber",
                role=["repartidor", "delivery", "driver"],
                goal_not=["repartidor"],
            ),
            T("puede estudiar 2 horas al día", CONS, hours=14),
            T("dame un plan para él", PLAN, plan=True, cite_min=1),
            T("¿y más barato?", REFINE, plan=True, cheaper=True),
        ],
    ),
    D(
        "es-flow-26",
        ["followup", "area_hpc"],
        [
            T(
                "¿hay algo de computación de alto rendimiento?",
                SEARCH,
                cite_any=["padr-hpc-101", "padr-par-201", "padr-cert-hpc"],
            ),
            T("¿el primero es gratis?", SELECT + EXPLAIN, cite_min=1),
            T("¿y qué viene después?", REQ + PLAN + SEARCH + EXPLAIN, cite_min=1),
        ],
    ),
    D(
        "es-flow-27",
        ["followup", "area_ai", "constraint_budget"],
        [
            T(
                "Quiero especializarme en procesamiento de lenguaje natural, tengo 10 horas semanales",
                GOAL + CONS,
                hours=10,
            ),
            T(
                "¿Cuál sería la ruta? No más de 50000 rupias, estoy en la India",
                PLAN + CONS,
                plan=True,
                budget=(50000, "INR"),
            ),
            T("¿por qué está Mathematics for Machine Learning?", WHY, cite_any=["diaa-math-102"]),
        ],
    ),
]

DIALOGUES += [
    D(
        "es-health-28",
        ["area_health", "third_person"],
        [
            T(
                "asesoro a una enfermera que quiere trabajar con datos de salud",
                GOAL + SKILLS,
                goal="health_data",
                role=["enfermer", "nurse"],
                goal_not=["enfermer", "nurse"],
            ),
            T("tiene 3 horas a la semana, ¿por dónde empieza?", PLAN + CONS, hours=3, cite_min=1),
        ],
    ),
    D(
        "es-month-29",
        ["constraint_time", "constraint_deadline"],
        [
            T("tengo unas 16 horas al mes y quiero acabar en 4 meses", CONS, hours=3.7, deadline=IN_4_MONTHS),
            T("objetivo: analista de inteligencia de negocio", GOAL, goal="data_analyst"),
            T("¿qué ruta me propones?", PLAN, plan=True),
        ],
    ),
    D(
        "es-latam-30",
        ["constraint_budget", "area_web"],
        [
            T(
                "soy de mexico, quiero aprender desarrollo web, tengo como 200 dolares",
                GOAL + CONS + SEARCH,
                goal="web",
                budget=(200, "USD"),
            ),
            T("armame un plan porfa", PLAN, plan=True),
        ],
    ),
]

DIALOGUES += [
    D(
        "es-profile-31",
        ["profile_start", "languages"],
        [
            T("¿qué me toca ahora?", PLAN, plan=True, cite_min=1, plan_langs=["es"]),
            T(
                "¿y si acepto cursos en inglés también?",
                REFINE + CONS,
                plan=True,
                study_lang=["en"],
                plan_langs=["es", "en"],
            ),
        ],
        profile={
            "id": "p-es-31",
            "goal": {
                "label": "data analyst",
                "occupation_uri": "http://data.europa.eu/esco/occupation/d3edb8f8-3a06-47a0-8fb9-9b212c006aa2",
            },
            "languages": ["es"],
            "constraints": {"hours_per_week": 6, "languages": ["es"]},
        },
    ),
]

DIALOGUES += [
    D(
        "es-typo-32",
        ["typo", "no_punctuation", "area_data"],
        [
            T(
                "kiero aprender sql y python pa analisis de datos xfa",
                SEARCH + GOAL,
                cite_any=["ual-sql-102", "ual-python-201", "ual-cert-datos"],
            ),
            T("cual va primero", REQ + PLAN + COMPARE, cite_min=1),
        ],
    ),
    D(
        "es-req-33",
        ["requirements", "named_course"],
        [
            T("¿Qué hace falta antes de Minería de datos y big data?", REQ, cite_any=["ual-python-201"]),
            T("¿y antes de ese?", REQ, cite_any=["ual-datos-101"]),
        ],
    ),
]

# v6 (session 6): written before any run on it, from how people write (README "How it was written").
from dates import BEFORE_SEPTEMBER  # noqa: E402
from dsl import COMPARE, CONS, EXPLAIN, EXPLORE, GOAL, PLAN, REFINE, REQ, SEARCH, SKILLS  # noqa: E402

DIALOGUES += [
    D(
        "es-v6-vague-34",
        ["vague", "no_diacritics"],
        [
            T("hola, no se por donde empezar, quiero cambiar de trabajo", EXPLORE),
            T(
                "trabajo de camarero pero me gusta mucho la tecnologia",
                SKILLS + EXPLORE,
                role=["camarer", "waiter", "waitress", "bar"],
                goal_not=["camarer", "waiter"],
            ),
            T("que me recomiendas para empezar?", EXPLORE + PLAN + SEARCH, cite_min=1),
        ],
    ),
    D(
        "es-v6-mes-35",
        ["constraint_time", "constraint_deadline", "area_data", "languages"],
        [
            T(
                "quiero ser analista de datos antes de septiembre, puedo dedicarle 30 horas al mes",
                GOAL + CONS + PLAN,
                goal="data_analyst",
                hours=(7, 0.2),
                deadline=BEFORE_SEPTEMBER,
            ),
            T("armame el plan", PLAN, plan=True),
            T("solo cursos en español", REFINE + CONS, study_lang=["es"], plan=True, plan_langs=["es"]),
        ],
    ),
    D(
        "es-v6-orientadora-36",
        ["third_person", "area_ai", "constraint_budget"],
        [
            T(
                "soy orientadora laboral, tengo una usuaria que es profesora de primaria y quiere meterse en "
                "inteligencia artificial",
                GOAL + SKILLS,
                goal="ai",
                role=["profesor", "teacher", "maestr"],
                goal_not=["primaria", "primary"],
            ),
            T("no puede pagar nada, tiene que ser gratis", CONS, budget=(0, "EUR")),
            T("qué cursos le sirven?", SEARCH + PLAN, cite_any=["ual-ia-101", "diaa-ai-101"]),
        ],
    ),
    D(
        "es-v6-named-37",
        ["named_course", "level"],
        [
            T(
                "el curso Minería de datos y big data es muy dificil? que nivel tiene",
                EXPLAIN,
                cite_any=["ual-mineria-301"],
            ),
            T("y que necesito saber antes de hacerlo", REQ, cite_any=["ual-python-201"]),
        ],
    ),
    D(
        "es-v6-compare-38",
        ["compare", "named_course", "area_data"],
        [
            T(
                "cual es mejor para empezar, SQL para el análisis de datos o "
                "Python para el análisis de datos?",
                COMPARE,
                cite_any=["ual-sql-102", "ual-python-201"],
                cite_min=2,
            ),
        ],
    ),
    D(
        "es-v6-remoto-39",
        ["participation", "area_web", "slang", "constraint_time"],
        [
            T(
                "busco cursos de desarrollo web, 100% online porfa",
                SEARCH + CONS,
                part=["online"],
                cite_any=["lit-web-201", "lit-fw-203", "lit-api-204", "lit-webstd-202", "lit-cert-web"],
            ),
            T("cuanto tardaria con 5 horas a la semana?", CONS + PLAN + REFINE, hours=5),
        ],
    ),
]

# v6, second part (same session, also before any run).
from dates import OCTOBER as _OCTOBER  # noqa: E402

DIALOGUES += [
    D(
        "es-v6-largo-40",
        ["long", "multi_intent", "area_cloud", "constraint_budget", "followup"],
        [
            T(
                "Buenas, trabajo en soporte técnico en una empresa pequeña y quiero pasarme a cloud. Tengo "
                "unas "
                "6 horas a la semana y como mucho 1500 euros. ¿Qué ruta me propones?",
                PLAN,
                goal="cloud",
                role=["soporte", "support", "technician", "help"],
                hours=6,
                budget=(1500, "EUR"),
                plan=True,
                cite_min=1,
            ),
            T("y si solo tengo 3 horas?", REFINE + CONS, hours=3, plan=True),
        ],
    ),
    D(
        "es-v6-dolares-41",
        ["constraint_budget", "area_data", "languages"],
        [
            T(
                "tengo 400 dólares para un curso de análisis de datos",
                CONS + SEARCH,
                budget=(400, "USD"),
                cite_min=1,
            ),
            T(
                "¿y alguno en español?",
                REFINE + SEARCH,
                cite_any=["ual-datos-101", "ual-sql-102", "ual-python-201", "ual-visual-203"],
            ),
        ],
    ),
    D(
        "es-v6-oficial-42",
        ["named_course", "quality", "stacking"],
        [
            T(
                "Experto Universitario en Análisis de Datos es un título oficial?",
                EXPLAIN,
                cite_any=["ual-cert-datos"],
            ),
            T("qué cursos lo componen y en qué orden?", REQ + EXPLAIN, cite_min=2),
        ],
    ),
    D(
        "es-v6-octubre-43",
        ["constraint_deadline", "area_cyber"],
        [
            T(
                "me gustaría trabajar en ciberseguridad para octubre, ¿es realista?",
                GOAL + CONS + PLAN,
                goal="cyber",
                deadline=_OCTOBER,
            ),
            T("hazme el plan con 10 horas semanales", PLAN, hours=10, plan=True),
        ],
    ),
    D(
        "es-v6-noexiste-44",
        ["nonexistent", "area_cyber"],
        [
            T("tienen el curso de Google de ciberseguridad?", EXPLAIN + SEARCH),
            T("entonces que hay parecido", SEARCH, cite_min=1),
        ],
    ),
]

# v6 (session 6): follow-ups after a plan or a list, named-course questions, comparisons; written for tune.
DIALOGUES += [
    D(
        "es-fu-analista-40",
        ["followup", "area_data", "constraint_time"],
        [
            T(
                "quiero ser analista de datos, tengo 4 horas a la semana, me armas un plan?",
                PLAN,
                goal="data_analyst",
                hours=4,
                plan=True,
            ),
            T("y el más rápido?", REFINE, plan=True, faster=True),
            T("ya hice el de SQL para el análisis de datos", SKIP + SKILLS, held=["ual-sql-102"]),
        ],
        split="tune",
    ),
    D(
        "es-fu-nivel-41",
        ["level", "named_course", "followup"],
        [
            T(
                "qué nivel EQF tiene Minería de datos y big data? es muy difícil para mí?",
                EXPLAIN,
                cite_any=["ual-mineria-301"],
            ),
            T("y qué necesito antes de hacerlo?", REQ, cite_any=["ual-python-201"]),
        ],
        split="tune",
    ),
    D(
        "es-fu-asesora-42",
        ["third_person", "followup", "area_dlit", "constraint_budget"],
        [
            T(
                "Asesoro a una señora de 55 años que quiere aprender lo básico de informática "
                "para buscar trabajo",
                GOAL + SEARCH + EXPLORE + PLAN,
            ),
            T(
                "enséñame todo lo que tengas gratis y en español",
                SEARCH + REFINE + EXPLORE,
                cite_any=["ual-digital-101", "glcc-alfab-108", "ual-problemas-103", "ual-contenidos-102"],
            ),
        ],
        split="tune",
    ),
    D(
        "es-fu-compara-43",
        ["compare", "named_course", "area_data"],
        [
            T(
                "compárame SQL para el análisis de datos con Python para el análisis de datos",
                COMPARE,
                cite_any=["ual-sql-102", "ual-python-201"],
                cite_min=2,
            ),
            T(
                "¿y forman parte de algún título más grande?",
                EXPLAIN + REQ + COMPARE,
                cite_any=["ual-cert-datos"],
            ),
        ],
        split="tune",
    ),
]

# v7 (session 7): whole sessions (vague opening, counsellor questions, goal, plan, follow-ups, adviser notes);
# written for tune before any run on them.
from dates import BEFORE_SEPTEMBER as _BEFORE_SEPTEMBER7  # noqa: E402

DIALOGUES += [
    D(
        "es-v7-sesion-50",
        ["vague", "followup", "area_data", "participation"],
        [
            T("Hola, la verdad no sé qué estudiar, estoy estancada en mi trabajo", EXPLORE),
            T(
                "Trabajo de recepcionista en un hotel, me gustan los ordenadores, "
                "tengo unas 4 horas a la semana",
                EXPLORE + SKILLS + CONS + GOAL,
                hours=4,
            ),
            T("Vale, quiero ser analista de datos", GOAL + PLAN, goal="data_analyst"),
            T("Hazme un plan para eso", PLAN, plan=True),
            T("¿Hay algo más barato?", REFINE, plan=True, cheaper=True),
            T(
                "Solo online, por favor",
                REFINE,
                plan=True,
                plan_part=["online"],
                part=["online"],
            ),
        ],
        split="tune",
    ),
    D(
        "es-v7-orientadora-51",
        ["third_person", "area_dlit", "constraint_budget", "level", "stacking"],
        [
            T(
                "Soy orientadora laboral. Tengo un usuario de 50 años, mecánico, que "
                "quiere aprender informática "
                "básica",
                GOAL + EXPLORE + SEARCH,
                goal_not=["mecánic", "mechanic"],
            ),
            T("Tiene 3 horas a la semana y no puede pagar nada", CONS, hours=3, budget=(0, "EUR")),
            T("¿Qué ruta le recomiendas?", PLAN + SEARCH, cite_min=1),
            T(
                "¿Qué nivel EQF tiene Digital Literacy Essentials? ¿No es demasiado difícil para él?",
                EXPLAIN,
                cite_any=["glcc-dl-101"],
            ),
            T("¿Forma parte de algún certificado más grande?", EXPLAIN + REQ, cite_any=["glcc-cert-df"]),
        ],
        split="tune",
    ),
    D(
        "es-v7-datos-52",
        ["languages", "compare", "area_data", "constraint_deadline", "followup"],
        [
            T(
                "Quiero aprender a analizar datos pero en español",
                SEARCH + GOAL + EXPLORE,
                cite_min=1,
                study_lang=["es"],
            ),
            T(
                "¿Qué diferencia hay entre SQL para el análisis de datos y Python para el análisis de datos?",
                COMPARE,
                cite_any=["ual-sql-102", "ual-python-201"],
                cite_min=2,
            ),
            T(
                "Mi meta es ser analista de datos, tengo 6 horas semanales",
                GOAL + PLAN,
                goal="data_analyst",
                hours=6,
            ),
            T("Hazme el plan para terminar antes de septiembre", PLAN, deadline=_BEFORE_SEPTEMBER7),
            T(
                "Ya hice Introducción al análisis de datos con hojas de cálculo",
                SKIP + SKILLS,
                held=["ual-datos-101"],
            ),
            T(
                "¿Qué puedo hacer después de Python para el análisis de datos?",
                EXPLAIN + REQ,
                cite_any=["ual-mineria-301", "ual-texto-303", "ual-recom-304", "ual-cert-datos"],
            ),
        ],
        split="tune",
    ),
    D(
        "es-v7-ia-53",
        ["vague", "area_ai", "followup", "constraint_time"],
        [
            T("me interesa la IA pero no sé por dónde empezar", EXPLORE + SEARCH, cite_min=1),
            T("Soy profesora de matemáticas en secundaria", SKILLS + EXPLORE),
            T(
                "Quiero especializarme en machine learning, 10 horas por semana",
                GOAL + PLAN,
                goal="ml",
                hours=10,
            ),
            T("Hazme un plan", PLAN, plan=True),
            T("es demasiado caro, ¿algo más económico?", REFINE, plan=True, cheaper=True),
            T("¿Y si solo tengo 2 horas por semana?", REFINE + CONS, hours=2, plan=True),
        ],
        split="tune",
    ),
    D(
        "es-v7-todo-54",
        ["vague", "area_network", "compare", "quality", "named_course"],
        [
            T("Buenas, ¿qué cursos tenéis?", SEARCH + EXPLORE, cite_min=1),
            T("muéstrame todo lo que tengáis", SEARCH, cite_min=3),
            T("¿algo de redes?", SEARCH, cite_min=1),
            T(
                "Compara Networking Fundamentals y Fondements des réseaux informatiques",
                COMPARE,
                cite_any=["ccna-net-101", "ccna-fondements-101"],
                cite_min=2,
            ),
            T("¿El primero está acreditado?", EXPLAIN, cite_any=["ccna-net-101"]),
        ],
        split="tune",
    ),
]

# v7-nlu (session 7, understanding round): written before reading the rule files, before any run; for tune.
DIALOGUES += [
    D(
        "es-v7-skills-01",
        ["no_diacritics", "area_data"],
        [
            T(
                "se usar excel a nivel basico y hice un cursito de SQL en Coursera",
                SKILLS,
                skills=["spreadsheet", "sql", "query"],
            ),
            T(
                "me gustaria trabajar con datos, armar dashboards y eso",
                GOAL + PLAN + EXPLORE + SEARCH,
                goal=["data analyst", "d3edb8f8", "data scientist", "258e46f9", "data warehouse", "1562c7a3"],
            ),
        ],
        split="tune",
    ),
    D(
        "es-v7-cv-02",
        ["long", "multi_intent", "area_cyber"],
        [
            T(
                "Les cuento: 5 años como administrador de sistemas, manejo servidores, copias de seguridad y "
                "algo de redes. Quiero pasarme a ciberseguridad.",
                SKILLS + GOAL,
                role="sysadmin",
                goal="cyber",
            ),
            T("cuanto me llevaria con 8 horas semanales?", PLAN + CONS + REFINE, hours=8, plan=True),
        ],
        split="tune",
    ),
    D(
        "es-v7-search-03",
        ["languages", "area_ai"],
        [
            T(
                "hay cursos sobre inteligencia artificial en español?",
                SEARCH,
                cite_any=["ual-ia-101", "ual-texto-303", "ual-recom-304"],
            ),
            T(
                "y algo de estadistica?",
                SEARCH,
                cite_any=["ual-estad-202", "diaa-statsw-203", "diaa-math-102"],
            ),
        ],
        split="tune",
    ),
    D(
        "es-v7-oos-04",
        ["out_of_scope"],
        [
            T("pasame una receta de tortilla de patatas", OOS),
            T("bueno, entonces ¿en qué me puedes ayudar?", SMALL + EXPLORE),
        ],
        split="tune",
    ),
    D(
        "es-v7-req-05",
        ["named_course", "stacking", "area_data"],
        [
            T(
                "que necesito para sacar el Experto Universitario en Análisis de Datos",
                REQ,
                cite_any=["ual-cert-datos", "ual-sql-102", "ual-python-201", "ual-datos-101"],
            ),
            T("y por cual empiezo?", REQ + PLAN, cite_any=["ual-datos-101", "ual-sql-102"]),
        ],
        split="tune",
    ),
    D(
        "es-v7-orientador-06",
        ["third_person", "area_web"],
        [
            T(
                "Oriento a un chico de 22 años que quiere ser desarrollador front-end",
                GOAL,
                goal="web",
            ),
            T(
                "sabe algo de HTML y CSS por su cuenta",
                SKILLS,
                skills=["markup", "web", "html", "css"],
            ),
            T("que ruta le recomiendas", PLAN, plan=True),
        ],
        split="tune",
    ),
]

# v8-lang (session 8, languages round): learners from India and Vietnam writing Spanish; written before
# reading the rule files and committed before any run; for tune.
DIALOGUES += [
    D(
        "es-v8l-mix-01",
        ["languages", "mixed_language", "area_cyber", "participation"],
        [
            T("Soy de la India, hablo hindi, inglés y un poco de español", CONS + SKILLS, langs=["hi", "en"]),
            T(
                "quiero aprender ciberseguridad, solo en línea",
                GOAL + SEARCH + CONS,
                goal="cyber",
                part=["online"],
            ),
        ],
        split="tune",
    ),
    D(
        "es-v8l-mix-02",
        ["mixed_language", "constraint_budget", "area_data"],
        [
            T("trabajo en Hanói y mi presupuesto es de 10 millones de VND", CONS, budget=(10000000, "VND")),
            T("me gustaría trabajar de analista de datos", GOAL, goal="data_analyst"),
        ],
        split="tune",
    ),
]

# v8-nlu (session 8, understanding round): see en.py; written before reading the rules, all tune.
_N8_WEB = ["lit-web-201", "lit-webstd-202", "lit-fw-203", "lit-api-204", "lit-cert-web"]
_N8_DLIT = [
    "aec-dlteach-104",
    "glcc-dl-101",
    "glcc-alfab-108",
    "aec-trainer-103",
    "glcc-cert-df",
    "ual-digital-101",
]
DIALOGUES += [
    D(
        "es-v8n-busca-01",
        ["search", "slang", "area_web"],
        [
            T("tienen algo de desarrollo web?", SEARCH, cite_any=_N8_WEB),
            T(
                "y de frameworks de javascript tipo react",
                SEARCH,
                cite_any=["lit-fw-203", "lit-web-201", "lit-cert-web"],
            ),
        ],
        split="tune",
    ),
    D(
        "es-v8n-lista-02",
        ["search", "no_punctuation", "area_data", "languages"],
        [
            T(
                "python pandas visualizacion de datos",
                SEARCH,
                cite_any=["ual-python-201", "diaa-viz-204", "ual-visual-203"],
            ),
            T(
                "en espanol y online",
                SEARCH + REFINE + CONS,
                cite_any=["ual-python-201", "ual-visual-203", "ual-datos-101", "ual-cert-datos"],
            ),
        ],
        split="tune",
    ),
    D(
        "es-v8n-excel-03",
        ["no_diacritics", "area_data"],
        [
            T(
                "llevo anos con excel y access en la oficina",
                SKILLS,
                skills=["spreadsheet", "access", "database"],
            ),
            T("me gustaria algo con datos", GOAL + PLAN + EXPLORE + SEARCH, goal="data_analyst"),
        ],
        split="tune",
    ),
    D(
        "es-v8n-nube-04",
        ["multi_intent", "area_cloudsec", "constraint_time"],
        [
            T(
                "Soy técnico de soporte, sé algo de redes y Linux. Quiero acabar trabajando en "
                "seguridad en la nube, con unas 5 horas por semana",
                SKILLS + GOAL + CONS,
                goal="cloudsec",
                goal_not=["support", "technician", "help desk"],
                hours=5,
            ),
            T("vale, arma el plan", PLAN, plan=True),
        ],
        split="tune",
    ),
    D(
        "es-v8n-mayores-05",
        ["area_dlit", "vague"],
        [
            T(
                "quiero ayudar a personas mayores a usar internet y el móvil",
                GOAL + EXPLORE + PLAN,
                goal="dlit_teacher",
            ),
            T("que cursos me sirven", PLAN + SEARCH, cite_any=_N8_DLIT),
        ],
        split="tune",
    ),
    D(
        "es-v8n-microcred-06",
        ["area_microcred", "constraint_time"],
        [
            T(
                "Soy coordinadora de formación y quiero enseñar a otros docentes a diseñar microcredenciales",
                GOAL,
                goal="microcred",
            ),
            T("hazme un plan de 3 horas a la semana", PLAN + CONS, hours=3, plan=True),
        ],
        split="tune",
    ),
    D(
        "es-v8n-hacking-07",
        ["search", "slang", "area_cyber", "no_punctuation"],
        [
            T(
                "hay cursos de hacking etico o pentesting",
                SEARCH,
                cite_any=["bvca-pentest-201", "bvca-web-202", "bvca-cert-offensive"],
            ),
            T("y algo de forense digital", SEARCH, cite_any=["bvca-forensics-201", "bvca-netfor-302"]),
        ],
        split="tune",
    ),
]

# v8-dlg (session 8, reply/policy round): whole conversations with context-bound follow-ups, implied plan
# requests, named courses by partial title, courses that do not exist. Written before reading the policy files
# and committed before any run; for tune.
from dates import BEFORE_SEPTEMBER as _BEFORE_SEPTEMBER8  # noqa: E402
from dates import IN_3_MONTHS as _IN3_8  # noqa: E402

DIALOGUES += [
    D(
        "es-v8d-clinica-01",
        ["long", "multi_intent", "followup", "named_course", "area_data"],
        [
            T(
                "Hola, soy administrativa en una clínica, llevo 7 años con Excel y quiero pasarme al "
                "análisis de datos. Tengo unas 5 horas a la semana y me gustaría terminar antes de "
                "septiembre, presupuesto máximo 600 euros.",
                GOAL + SKILLS + CONS + PLAN,
                goal="data_analyst",
                goal_not=["administrat", "clinic"],
                hours=5,
                deadline=_BEFORE_SEPTEMBER8,
                budget=(600, "EUR"),
            ),
            T("vale, ¿me haces un plan?", PLAN, plan=True),
            T("¿por qué ese orden?", WHY, cite_min=1),
            T(
                "el de hojas de cálculo ya lo hice",
                SKIP,
                held=["ual-datos-101"],
                plan_excl=["ual-datos-101"],
            ),
            T(
                "¿y qué viene después del de SQL?",
                EXPLAIN + REQ,
                cite_any=["ual-visual-203", "ual-olap-302"],
            ),
        ],
        split="tune",
    ),
    D(
        "es-v8d-camionero-02",
        ["third_person", "participation", "languages", "followup", "area_dlit"],
        [
            T(
                "Soy orientadora laboral. Tengo un usuario de 50 años, ex camionero, que quiere aprender lo "
                "básico de informática para buscar trabajo.",
                GOAL + SEARCH + EXPLORE + PLAN,
            ),
            T(
                "algo gratis y en español",
                REFINE + CONS + SEARCH,
                study_lang=["es"],
                cite_any=["ual-digital-101", "glcc-alfab-108", "ual-problemas-103", "ual-contenidos-102"],
            ),
            T(
                "solo online, no tiene coche",
                REFINE + CONS,
                part=["online"],
                cite_any=["ual-problemas-103", "ual-contenidos-102"],
            ),
            T("¿y el segundo?", SELECT, cite_min=1),
        ],
        split="tune",
    ),
    D(
        "es-v8d-powerbi-03",
        ["nonexistent", "named_course", "languages", "area_data"],
        [
            T("¿tenéis el curso 'Introducción a Power BI'?", EXPLAIN + SEARCH, cite_min=1),
            T(
                "vale, ¿y el de visualizacion de datos y cuadros de mando? cuanto cuesta",
                EXPLAIN,
                cite_any=["ual-visual-203"],
            ),
            T("¿qué necesito antes?", REQ, cite_any=["ual-sql-102"]),
            T("¿y en inglés hay algo parecido?", REFINE + SEARCH, cite_any=["diaa-viz-204"]),
        ],
        split="tune",
    ),
    D(
        "es-v8d-largo-04",
        ["followup", "constraint_deadline", "constraint_time", "area_web"],
        [
            T(
                "quiero ser desarrollador web, sé algo de javascript, 10 horas semanales",
                GOAL + SKILLS + CONS,
                goal="web",
                hours=10,
            ),
            T("muéstrame el plan", PLAN, plan=True),
            T("demasiado largo", REFINE, plan=True, faster=True),
            T("en menos de 3 meses porfa", CONS + REFINE, deadline=_IN3_8, plan=True),
            T("¿y si le dedico 15 horas?", REFINE + CONS, hours=15, plan=True),
        ],
        split="tune",
    ),
    D(
        "es-v8d-ia-05",
        ["languages", "followup", "area_ai"],
        [
            T(
                "me interesa la inteligencia artificial pero no hablo bien inglés. ¿qué tenéis en español?",
                SEARCH + CONS,
                study_lang=["es"],
                cite_any=["ual-ia-101", "ual-texto-303", "ual-recom-304", "ual-mineria-301"],
            ),
            T("el primero, ¿es gratis?", SELECT, cite_min=1),
            T("¿y qué puedo hacer después?", EXPLAIN + REQ, cite_min=1),
            T(
                "quiero llegar a hacer sistemas de recomendación, hazme un plan, 6 horas por semana",
                PLAN + GOAL,
                hours=6,
                plan=True,
            ),
        ],
        split="tune",
    ),
    D(
        "es-v8d-vigilante-06",
        ["third_person", "languages", "followup", "area_cyber"],
        [
            T(
                "Mi hermano trabaja de vigilante de seguridad y quiere pasarse a la ciberseguridad, sabe "
                "poco de informática",
                GOAL,
                goal="cyber",
                goal_not=["guard", "vigilant"],
            ),
            T("¿qué tendría que estudiar? tiene 4 horas a la semana", PLAN + CONS, hours=4, plan=True),
            T("¿hay algo en español?", REFINE + SEARCH + CONS),
            T("¿cuál es el más fácil?", SELECT + REFINE + COMPARE, cite_min=1),
        ],
        split="tune",
    ),
]

# v9-frozen (session 9): blind frozen batch, see en.py; split frozen, tag v9_frozen.
import v9f_lists as _F9  # noqa: E402
from dates import BEFORE_SEPTEMBER as _BEFORE_SEPT9  # noqa: E402

DIALOGUES += [
    D(
        "es-v9f-harta-01",
        ["v9_frozen", "vague", "followup", "area_ai", "slang"],
        [
            T(
                "estoy harta de mi curro de teleoperadora, 6 años ya. me gustaría algo con tecnología pero "
                "ni idea",
                EXPLORE + GOAL,
                goal_not=["teleoperador", "call", "operator"],
            ),
            T(
                "me llama lo de la IA, uso chatgpt un montón en el trabajo",
                GOAL + EXPLORE + SEARCH,
                goal_not=["teleoperador", "call", "operator"],
            ),
            T(
                "vale, quiero ir hacia inteligencia artificial. ¿por dónde empiezo? tengo 5 horas a la "
                "semana y "
                "poco dinero",
                GOAL + PLAN + CONS,
                goal="ai",
                hours=5,
                cite_any=_F9.AI_START,
            ),
            T("¿cuál es el primero y es gratis?", SELECT + EXPLAIN, cite_any=_F9.AI_START),
        ],
        split="frozen",
    ),
    D(
        "es-v9f-orientadora-02",
        ["v9_frozen", "third_person", "area_data", "constraint_budget", "followup", "skip"],
        [
            T(
                "Soy orientadora laboral. Mi usuaria tiene 52 años, fue administrativa en una gestoría y "
                "quiere "
                "reciclarse en análisis de datos. Puede dedicar unas 8 horas semanales y pagar como mucho "
                "300 "
                "euros.",
                GOAL + CONS,
                goal="data_analyst",
                goal_not=["administrativ", "clerk", "secretar"],
                hours=8,
                budget=(300, "EUR"),
            ),
            T("¿qué itinerario le recomiendas?", PLAN, plan=True, plan_cost=(300, "EUR")),
            T(
                "el de hojas de cálculo de la Universidad Abierta de Levante ya lo hizo",
                SKIP + SKILLS,
                held=["ual-datos-101"],
                not_rejected=["ual-datos-101"],
                plan_excl=["ual-datos-101"],
            ),
        ],
        split="frozen",
    ),
    D(
        "es-v9f-redes-03",
        ["v9_frozen", "search", "no_diacritics", "languages", "area_network", "followup"],
        [
            T(
                "cursos de redes para principiantes",
                SEARCH,
                cite_any=["ccna-net-101", "ccna-fondements-101", "ccna-hw-102", "lcsi-ne-201"],
            ),
            T("hay alguno en espanol?", REFINE + SEARCH + CONS, cite_min=1),
            T("bueno, y el mas barato de esos?", REFINE + SELECT, cite_min=1),
        ],
        split="frozen",
    ),
    D(
        "es-v9f-soporte-04",
        ["v9_frozen", "state_skills", "area_web", "constraint_hours", "followup"],
        [
            T(
                "Experiencia: 2 años de soporte técnico, algo de JavaScript y WordPress. Quiero ser "
                "desarrollador "
                "web full stack.",
                SKILLS + GOAL,
                goal="web",
                goal_not=["support", "help desk", "technician"],
                skills=["javascript"],
            ),
            T(
                "ármame un plan, puedo 2 horas al día entre semana",
                PLAN + CONS,
                hours=10,
                plan=True,
            ),
            T("¿y por qué ese orden?", WHY, cite_min=1),
        ],
        split="frozen",
    ),
    D(
        "es-v9f-mpi-05",
        ["v9_frozen", "named_course", "typo", "participation", "area_hpc", "followup"],
        [
            T(
                "info sobre el curso de progamacion paralela con MPI",
                EXPLAIN + SEARCH,
                cite_any=["padr-par-201"],
            ),
            T("¿es presencial? vivo en Valencia", EXPLAIN + SEARCH + REFINE),
            T(
                "y después de ese qué podría hacer",
                EXPLAIN + REQ,
                cite_any=["padr-perf-202", "padr-gpu-301", "padr-reverse-302", "padr-cert-hpc"],
            ),
        ],
        split="frozen",
    ),
    D(
        "es-v9f-google-06",
        ["v9_frozen", "nonexistent", "named_course", "area_data", "constraint_budget", "languages"],
        [
            T("¿tenéis el certificado de Google Data Analytics?", EXPLAIN + SEARCH, cite_any=_F9.DATA),
            T(
                "y algo parecido pero en español y gratis",
                SEARCH + REFINE + CONS,
                cite_any=["ual-datos-101", "ual-cert-datos"],
            ),
        ],
        split="frozen",
    ),
    D(
        "es-v9f-abuela-07",
        ["v9_frozen", "third_person", "area_dlit", "participation", "languages"],
        [
            T(
                "mi abuela quiere aprender a usar el móvil y el whatsapp, tiene 78 años. ¿hay algo "
                "presencial y "
                "en español?",
                SEARCH,
                cite_any=["glcc-alfab-108", "ual-digital-101"],
            ),
            T("¿cuánto cuesta y dónde es?", EXPLAIN + SELECT, cite_any=["glcc-alfab-108", "ual-digital-101"]),
        ],
        split="frozen",
    ),
    D(
        "es-v9f-microcred-08",
        ["v9_frozen", "area_microcred", "constraint_deadline", "languages", "followup"],
        [
            T(
                "Coordino la formación del PDI en una universidad y tenemos que diseñar microcredenciales "
                "antes "
                "de septiembre. ¿Qué formación me recomiendas? Leo inglés sin problema.",
                GOAL + SEARCH + PLAN + CONS + SKILLS,
                deadline=_BEFORE_SEPT9,
                langs=["en"],
                cite_any=_F9.MCRED,
            ),
            T("¿con 4 horas por semana me da tiempo?", PLAN + CONS + REFINE, hours=4, cite_min=1),
        ],
        split="frozen",
    ),
    D(
        "es-v9f-compara-09",
        ["v9_frozen", "compare", "named_course", "stacking", "area_data"],
        [
            T(
                "SQL para el análisis de datos o Python para el análisis de datos, ¿cuál hago primero?",
                COMPARE + WHY + REQ,
                cite_min=2,
                cite_any=["ual-sql-102", "ual-python-201"],
            ),
            T(
                "¿y cuál de los dos cuenta para el Experto Universitario?",
                EXPLAIN + REQ,
                cite_any=["ual-cert-datos"],
            ),
        ],
        split="frozen",
    ),
    D(
        "es-v9f-monterrey-10",
        ["v9_frozen", "constraint_budget", "constraint_time", "area_cyber", "followup"],
        [
            T(
                "hola, soy de Monterrey, quiero meterme en ciberseguridad. tengo como 500 dólares y 6 "
                "horas a la "
                "semana",
                GOAL + CONS,
                goal="cyber",
                hours=6,
                budget=(500, "USD"),
            ),
            T("dame la ruta", PLAN, plan=True, plan_cost=(500, "USD")),
            T("¿y con 10 horas semanales terminaría antes?", REFINE + CONS, hours=10, plan=True, faster=True),
        ],
        split="frozen",
    ),
    D(
        "es-v9f-netflix-11",
        ["v9_frozen", "out_of_scope", "vague", "area_software"],
        [
            T("oye, ¿me recomiendas una serie de Netflix?", OOS, dead_ok=True),
            T(
                "vale vale. entonces ayúdame con algo de programación, nunca he programado",
                SEARCH + GOAL + EXPLORE + PLAN,
                cite_any=_F9.SWE,
            ),
            T("¿ese primero da certificado al final?", EXPLAIN + SELECT, cite_min=1),
        ],
        split="frozen",
    ),
]

# v9-frozen, second part (same sitting, before any run).
DIALOGUES += [
    D(
        "es-v9f-sinpuntos-12",
        ["v9_frozen", "no_punctuation", "no_diacritics", "area_cloud", "constraint_budget", "followup"],
        [
            T(
                "quiero ser ingeniero cloud tengo 8 horas por semana y hasta 1500 euros hazme un plan",
                GOAL + CONS + PLAN,
                goal="cloud",
                hours=8,
                budget=(1500, "EUR"),
                plan=True,
                plan_cost=(1500, "EUR"),
            ),
            T("es muy largo no hay algo mas corto", REFINE, plan=True, faster=True),
        ],
        split="frozen",
    ),
    D(
        "es-v9f-fecha-13",
        ["v9_frozen", "constraint_deadline", "languages", "area_dgov"],
        [
            T(
                "Necesito formarme en protección de datos antes del 1 de abril de 2027, lo pide mi empresa. "
                "Hablo español y francés.",
                GOAL + CONS + SEARCH + SKILLS,
                deadline=("2027-03-31", "2027-04-01"),
                langs=["es", "fr"],
            ),
            T("¿qué me recomiendas hacer primero?", PLAN + SEARCH, cite_any=_F9.DGOV),
        ],
        split="frozen",
    ),
]

# v9-dlg (session 9, reply/policy round): whole conversations as learners and orientadores go (a client's
# hours, budget and area in one line, plans implied, refinements in context, questions about a course just
# shown, named courses by partial title, a course that does not exist). Written before reading the policy
# files and committed before any run; for tune.
from dates import JUNE as _JUNE9  # noqa: E402
from dsl import CONS_OR_REFINE as _COR9  # noqa: E402

DIALOGUES += [
    D(
        "es-v9d-orientadora-01",
        ["third_person", "followup", "implied_plan", "area_cyber"],
        [
            T(
                "Soy orientadora laboral. Tengo un usuario de 28 años, camarero, que quiere trabajar en "
                "ciberseguridad. Puede dedicarle 5 horas a la semana y tiene 400 euros.",
                GOAL + CONS,
                goal="cyber",
                goal_not=["camarero", "waiter"],
                hours=5,
                budget=(400, "EUR"),
            ),
            # session 28: the plan is shown at turn 1; its first step, cited, answers (session 26's design,
            # as fr-v9d-conseillere-01#2; was: the plan again)
            T("¿por dónde empieza?", PLAN + EXPLAIN + SELECT, cite_prev_step=1),
            T("es muy caro para él", REFINE, plan=True, cheaper=True),
            T("¿el primero es online?", SELECT, cite_min=1),
        ],
        split="tune",
    ),
    D(
        "es-v9d-hagamoslo-02",
        ["implied_plan", "followup", "constraint_deadline", "area_data"],
        [
            T(
                "me gustaría trabajar como analista de datos, ya manejo excel bastante bien",
                GOAL + SKILLS,
                goal="data_analyst",
            ),
            T("vale, hagámoslo", PLAN, plan=True),
            T("¿y si tuviera 10 horas a la semana?", REFINE + CONS, hours=10, plan=True),
            T("para junio?", _COR9, deadline=_JUNE9, plan=True),
        ],
        split="tune",
    ),
    D(
        "es-v9d-sql-03",
        ["named_course", "followup", "area_data"],
        [
            T("¿qué tal el curso de SQL para analisis de datos?", EXPLAIN + SEARCH, cite_any=["ual-sql-102"]),
            T("¿cuántos ECTS tiene?", EXPLAIN, cite_any=["ual-sql-102"]),
            T(
                "¿y qué viene después?",
                EXPLAIN + REQ,
                cite_any=["ual-visual-203", "ual-olap-302", "ual-cert-datos"],
            ),
            T("¿qué necesito antes del de visualización?", REQ, cite_any=["ual-sql-102"]),
        ],
        split="tune",
    ),
    D(
        "es-v9d-noexiste-04",
        ["nonexistent", "followup", "named_course", "area_data"],
        [
            T("¿tienen el Máster en Big Data de la Complutense?", EXPLAIN + SEARCH, cite_min=1),
            T("bueno, ¿algo parecido pero más corto?", SEARCH + REFINE, cite_min=1),
            T("el de minería, ¿qué necesito antes?", REQ, cite_any=["ual-python-201"]),
        ],
        split="tune",
    ),
    D(
        "es-v9d-primero-05",
        ["implied_plan", "followup", "area_web"],
        [
            T(
                "Trabajo de administrativo y quiero pasarme a desarrollo web. Tengo 6 horas semanales.",
                GOAL + CONS,
                goal="web",
                goal_not=["administrativ"],
                hours=6,
            ),
            T("¿y entonces qué hago primero?", PLAN, plan=True),
            T("algo más corto?", REFINE, plan=True, faster=True),
            T("el segundo, ¿cuánto cuesta?", SELECT, cite_min=1),
        ],
        split="tune",
    ),
    D(
        "es-v9d-siningles-06",
        ["languages", "followup", "named_course", "area_dlit"],
        [
            T(
                "Soy maestra de primaria y quiero enseñar competencias digitales a adultos. 3 horas a la "
                "semana.",
                GOAL + CONS,
                goal="dlit_teacher",
                hours=3,
            ),
            T("ármame un plan con eso", PLAN, plan=True),
            T("sin los que son en inglés, porfa", REFINE + CONS, plan_langs=["es"]),
            T("¿el de alfabetización digital es presencial?", EXPLAIN, cite_any=["glcc-alfab-108"]),
        ],
        split="tune",
    ),
    D(
        "es-v9d-ia-07",
        ["vague", "named_course", "implied_plan", "area_ai"],
        [
            T(
                "Me interesa la IA pero no sé por dónde empezar, soy contable",
                EXPLORE + GOAL + SEARCH,
                goal_not=["contable", "accountant"],
            ),
            T("lo de fundamentos de inteligencia artificial, ¿es gratis?", EXPLAIN, cite_any=["ual-ia-101"]),
            T("¿y después de ese?", EXPLAIN + REQ + PLAN, cite_min=1),
            T(
                "vale, quiero ser ingeniero de machine learning, 5 horas por semana, hazme el plan",
                GOAL + PLAN + CONS,
                goal="ml",
                hours=5,
                plan=True,
            ),
        ],
        split="tune",
    ),
]

# v9-lang (session 9, languages round): Spanish without accents, Latin-American usage (chambear, laburo,
# voseo, usted), "formación", "cursos gratis", Spanglish, seasons and holidays as deadlines; written before
# reading the rule files and committed before any run; for tune.
from dates import BEFORE_SEPTEMBER as _BEFORE_SEPTEMBER9  # noqa: E402
from dates import EASTER as _EASTER9  # noqa: E402
from dates import IN_3_MONTHS as _IN3_9  # noqa: E402

DIALOGUES += [
    D(
        "es-v9l-formacion-01",
        ["search", "no_diacritics", "participation", "area_cyber"],
        [
            T(
                "Busco formacion en ciberseguridad, algo gratis o barato",
                SEARCH + CONS,
                cite_any=[
                    "bvca-soc-101",
                    "inl-cyber-201",
                    "glcc-safe-104",
                    "bvca-awareness-101",
                    "ccna-netsec-204",
                    "inl-securite-103",
                ],
            ),
            T("y que sea en linea", REFINE + CONS + SEARCH, part=["online"]),
        ],
        split="tune",
    ),
    D(
        "es-v9l-chambear-02",
        ["latam", "constraint_time", "constraint_budget", "area_data"],
        [
            T(
                "Hola, soy de Mexico, trabajo de contador y quiero chambear en analisis de datos. Tengo como "
                "5 horitas a la semana",
                GOAL + CONS,
                goal="data_analyst",
                goal_not=["accountant", "contador"],
                hours=5,
            ),
            # widened (session 12): a limit said after a plan or list is noted and what was shown re-run
            T("Tengo unos 400 dolares para eso", CONS + REFINE, budget=(400, "USD")),
            T("arma el plan pues", PLAN, plan=True),
        ],
        split="tune",
    ),
    D(
        "es-v9l-gratis-03",
        ["search", "constraint_budget", "area_software"],
        [
            T("cursos gratis de python?", SEARCH, cite_any=["lit-prog-101", "glcc-code-107"]),
            T("y de SQL hay algo?", SEARCH, cite_any=["ual-sql-102", "nda-model-102", "nda-dba-201"]),
        ],
        split="tune",
    ),
    D(
        "es-v9l-sinacentos-04",
        ["no_diacritics", "search", "languages", "area_data"],
        [
            T(
                "quiero aprender visualizacion de datos y cuadros de mando, en espanol si se puede",
                SEARCH + GOAL + CONS,
                cite_any=["ual-visual-203", "diaa-viz-204", "ual-olap-302"],
                study_lang=["es"],
            ),
            T("que nivel EQF tiene el primero?", EXPLAIN + SELECT, cite_min=1),
        ],
        split="tune",
    ),
    D(
        "es-v9l-voseo-05",
        ["latam", "slang", "constraint_time", "area_ml"],
        [
            T(
                "che, vos sabés si hay algo de inteligencia artificial para arrancar de cero?",
                SEARCH,
                cite_any=["ual-ia-101", "diaa-ai-101"],
            ),
            T("Tengo laburo full time, puedo 3 horas por semana nomás", CONS, hours=3),
            T(
                "dale, armame un camino para ser ingeniero de machine learning",
                PLAN + GOAL,
                goal="ml",
                plan=True,
            ),
        ],
        split="tune",
    ),
    D(
        "es-v9l-usted-06",
        ["latam", "formal", "constraint_deadline", "area_netadmin"],
        [
            T(
                "Buenas, usted me podría orientar? Soy técnico de soporte y quisiera pasar a "
                "administrador de redes antes de septiembre",
                GOAL + CONS,
                goal="netadmin",
                goal_not=["help desk", "support"],
                deadline=_BEFORE_SEPTEMBER9,
            ),
            T("muéstreme el plan por favor", PLAN, plan=True),
            T("y qué necesito saber antes del primer curso?", REQ, cite_min=1),
        ],
        split="tune",
    ),
    D(
        "es-v9l-excel-07",
        ["skills", "constraint_deadline", "area_data"],
        [
            T(
                "Manejo Excel avanzado, tablas dinámicas y algo de SQL",
                SKILLS,
                skills=["spreadsheet", "sql"],
            ),
            T(
                "quiero ser científico de datos, idealmente para Semana Santa",
                GOAL + CONS,
                goal="data_scientist",
                deadline=_EASTER9,
            ),
        ],
        split="tune",
    ),
    D(
        "es-v9l-spanglish-08",
        ["mixed_language", "search", "languages", "area_cloud"],
        [
            T(
                "necesito un curso de cloud computing, de preferencia online y en ingles o espanol",
                SEARCH + CONS,
                cite_any=[
                    "hrd-clouddev-204",
                    "lcsi-cloudops-205",
                    "hrd-cloudmig-301",
                    "ccna-hybrid-303",
                    "hrd-iac-202",
                ],
                study_lang=["en", "es"],
            ),
        ],
        split="tune",
    ),
    D(
        "es-v9l-orientadora-09",
        ["third_person", "area_dlit", "participation"],
        [
            T(
                "Soy orientadora laboral. Mi usuario tiene 50 años, fue cajero y quiere aprender "
                "competencias digitales básicas para buscar empleo",
                GOAL + SEARCH + EXPLORE + PLAN,
                cite_any=[
                    "ual-digital-101",
                    "glcc-dl-101",
                    "glcc-cert-df",
                    "ual-problemas-103",
                    "ual-contenidos-102",
                    "glcc-alfab-108",
                ],
            ),
            T(
                "tiene que ser presencial, no se maneja bien en linea",
                CONS + REFINE + SEARCH,
                part=["on-site"],
            ),
        ],
        split="tune",
    ),
    D(
        "es-v9l-presupuesto-10",
        ["constraint_budget", "constraint_deadline", "area_web"],
        [
            T(
                "mi presupuesto es de 300 euros maximo y quiero terminar en 3 meses",
                CONS,
                budget=(300, "EUR"),
                deadline=_IN3_9,
            ),
            T("objetivo: desarrollador web", GOAL, goal="web"),
            T("dame el plan", PLAN, plan=True),
        ],
        split="tune",
    ),
    D(
        "es-v9l-comparar-11",
        ["compare", "named_course", "no_diacritics", "area_data"],
        [
            T(
                "que diferencia hay entre Python para el analisis de datos y Estadistica aplicada con R?",
                COMPARE,
                cite_any=["ual-python-201", "ual-estad-202"],
                cite_min=2,
            ),
        ],
        split="tune",
    ),
]

# v9-nlu (session 9, understanding round): see en.py; written before reading the rule files, committed
# before any run.
from dates import SEPTEMBER as _SEPT9  # noqa: E402

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
        "es-v9n-tienen-redes-01",
        ["search", "area_network", "area_cloudsec"],
        [
            T("¿tienen algo de redes?", SEARCH, cite_any=_N9_NET),
            T("y de seguridad en la nube", SEARCH, cite_any=_N9_CLOUDSEC),
        ],
        split="tune",
    ),
    D(
        "es-v9n-excel-gratis-02",
        ["search", "no_punctuation", "constraint_budget"],
        [T("curso excel avanzado gratis", SEARCH, cite_any=_N9_SHEET)],
        split="tune",
    ),
    D(
        "es-v9n-estadistica-03",
        ["search", "area_data"],
        [
            T(
                "necesito aprender estadística para mi trabajo, trabajo en un laboratorio",
                SEARCH,
                cite_any=["ual-estad-202", "diaa-statsw-203", "diaa-math-102", "ual-datos-101"],
            ),
        ],
        split="tune",
    ),
    D(
        "es-v9n-administrativa-04",
        ["skills", "area_data"],
        [
            T(
                "llevo 4 años de administrativa, manejo bien Excel y un poco de SQL",
                SKILLS,
                skills=["spreadsheet", "sql"],
            ),
            T("me gustaría pasarme al análisis de datos", GOAL + PLAN + EXPLORE, goal="data_analyst"),
        ],
        split="tune",
    ),
    D(
        "es-v9n-web-limites-05",
        ["multi_intent", "constraint_time", "area_web"],
        [
            T(
                "quiero ser desarrollador web, tengo 8 horas a la semana y hasta septiembre",
                GOAL + PLAN,
                goal="web",
                hours=8,
                deadline=_SEPT9,
            ),
            T("vale, ¿qué cursos hago y en qué orden?", PLAN, plan=True),
        ],
        split="tune",
    ),
    D(
        "es-v9n-ia-interesa-06",
        ["goal", "area_ai", "vague"],
        [T("me interesa todo lo de la inteligencia artificial", GOAL + SEARCH + EXPLORE)],
        split="tune",
    ),
    D(
        "es-v9n-coursera-07",
        ["multi_intent", "area_data"],
        [
            T(
                "ya hice un curso de Python en Coursera, ¿hay algo de ciencia de datos?",
                SEARCH + SKILLS,
                cite_any=_N9_ML + ["ual-cert-datos", "ual-mineria-301", "ual-python-201", "ual-datos-101"],
                skills=["python"],
            ),
        ],
        split="tune",
    ),
    D(
        "es-v9n-dba-plan-08",
        ["plan", "area_dba"],
        [T("armame un plan para llegar a administrador de bases de datos", PLAN + GOAL, goal="dba")],
        split="tune",
    ),
    D(
        "es-v9n-perdida-09",
        ["vague"],
        [T("estoy un poco perdida, quiero cambiar de trabajo pero no sé hacia dónde", EXPLORE)],
        split="tune",
    ),
]

# v10-frozen (session 10): a second blind frozen batch, written from docs/, the catalogue and the taxonomy
# only, without reading the assistant's code, rules, tests, training lines, results, or any frozen dialogue,
# and committed before any run; the lead scores it once at the end. Ids `<lang>-v10f-…`, tag `v10_frozen`.
import v10f_lists as _V10  # noqa: E402
from dates import BEFORE_SEPTEMBER as _BSEPT10  # noqa: E402
from dates import IN_3_MONTHS as _IN3M10  # noqa: E402
from dates import JUNE as _JUNE10  # noqa: E402

_ES_ML10 = ["ual-ia-101", "ual-mineria-301", "ual-python-201", "ual-texto-303", "ual-recom-304"]
DIALOGUES += [
    D(
        "es-v10f-harta-callcenter-01",
        ["v10_frozen", "vague", "no_diacritics", "career_change", "area_dlit_teacher"],
        [
            T("estoy harta de mi curro en el call center, 5 años ya. no se ni por donde empezar", EXPLORE),
            T(
                "me gusta ayudar a la gente con el ordenador y se me da bien explicar cosas",
                GOAL + EXPLORE + SKILLS,
                goal_not=["call", "contact centre", "contact center"],
            ),
            T(
                "vale, lo de enseñar competencias digitales a adultos me llama. tengo 4 horas a la semana",
                GOAL + CONS,
                goal="dlit_teacher",
                hours=4,
            ),
            T("y que curso haria primero?", PLAN + SELECT + EXPLAIN, cite_any=_V10.DLIT_TEACH),
        ],
        split="frozen",
    ),
    D(
        "es-v10f-contador-mty-02",
        ["v10_frozen", "latam", "constraint_budget", "languages", "area_data"],
        [
            T(
                "soy contador en Monterrey y quiero chambear como analista de datos, tengo como 500 "
                "dolares y 6 "
                "horas por semana",
                GOAL + CONS,
                goal="data_analyst",
                goal_not=["contador", "accountant"],
                hours=6,
                budget=(500, "USD"),
            ),
            T("armame un plan porfa", PLAN, plan=True, plan_cost=(500, "USD")),
            T(
                "y todo en español? el ingles no lo manejo bien",
                REFINE + CONS,
                plan=True,
                plan_langs=["es"],
                study_lang=["es"],
            ),
        ],
        split="frozen",
    ),
    D(
        "es-v10f-nube-castellano-03",
        ["v10_frozen", "search", "languages", "area_cloudsec"],
        [
            T("hola, tienen algo de seguridad en la nube en castellano?", SEARCH, cite_min=1),
            T(
                "y lo de identidades y accesos (IAM), eso lo tienen?",
                SEARCH + EXPLAIN,
                cite_any=["hrd-iam-202"],
            ),
            T("que necesito antes de ese?", REQ, cite_any=["hrd-cloud-101"]),
        ],
        split="frozen",
    ),
    D(
        "es-v10f-hijo-ia-04",
        ["v10_frozen", "third_person", "student", "constraint_budget", "area_ai"],
        [
            T(
                "mi hijo de 17 quiere estudiar inteligencia artificial, hay algo para empezar gratis y en "
                "español?",
                SEARCH,
                cite_any=["ual-ia-101"],
            ),
            T(
                "y despues de ese que podria hacer?",
                EXPLAIN + REQ + SEARCH + PLAN,
                cite_any=[
                    "ual-python-201",
                    "ual-texto-303",
                    "ual-mineria-301",
                    "ual-datos-101",
                    "diaa-ml-201",
                    "diaa-math-102",
                    "diaa-ai-101",
                ],
            ),
        ],
        split="frozen",
    ),
    D(
        "es-v10f-sql-nombre-05",
        ["v10_frozen", "named_course", "no_diacritics", "area_data"],
        [
            T(
                "busco el curso de sql para analisis de datos, creo que se llama 'SQL para el analisis de "
                "datos'",
                EXPLAIN + SEARCH,
                cite_any=["ual-sql-102"],
            ),
            T("cuantos ECTS tiene y es online?", EXPLAIN, cite_any=["ual-sql-102"]),
            T("forma parte de algun titulo mas grande?", EXPLAIN + REQ, cite_any=["ual-cert-datos"]),
        ],
        split="frozen",
    ),
    D(
        "es-v10f-laburo-redes-06",
        ["v10_frozen", "latam", "voseo", "constraint_deadline", "area_network"],
        [
            T(
                "che, laburo en soporte técnico hace 3 años y quiero pasar a redes. vos qué me recomendás?",
                GOAL + EXPLORE + SEARCH + PLAN,
                cite_any=_V10.NET,
                goal_not=["soporte", "support"],
            ),
            T(
                "tengo 10 horas por semana y quiero terminar antes de septiembre",
                CONS,
                hours=10,
                deadline=_BSEPT10,
            ),
            T("dale, haceme el plan", PLAN, plan=True),
            T("el de Network Hardware es presencial? dónde?", EXPLAIN + SELECT, cite_any=["ccna-hw-102"]),
        ],
        split="frozen",
    ),
    D(
        "es-v10f-fp-microcred-07",
        ["v10_frozen", "educator", "constraint_deadline", "followup", "area_microcred"],
        [
            T(
                "Soy profesora en un instituto de FP y el año que viene tenemos que diseñar "
                "microcredenciales. "
                "¿Qué formación hay para eso?",
                SEARCH + GOAL,
                cite_any=_V10.MICROCRED,
            ),
            T(
                "puedo dedicarle 3 horitas por semana hasta junio",
                CONS,
                hours=3,
                deadline=_JUNE10,
            ),
            T("¿cuál es el más corto?", REFINE + SELECT + EXPLAIN, cite_any=_V10.MICROCRED),
            T(
                "el de resultados de aprendizaje, ¿qué necesito antes?",
                REQ,
                cite_any=["aec-mcd-101"],
            ),
        ],
        split="frozen",
    ),
    D(
        "es-v10f-google-ciber-08",
        ["v10_frozen", "nonexistent", "constraint_budget", "area_cyber"],
        [
            T("tienen el certificado de Google de ciberseguridad?", EXPLAIN + SEARCH, cite_any=_V10.CYBER),
            T(
                "algo parecido que sea barato, menos de 100 euros",
                SEARCH + REFINE,
                cite_any=["glcc-safe-104", "inl-securite-103", "bvca-awareness-101"],
            ),
        ],
        split="frozen",
    ),
    D(
        "es-v10f-ingeniero-hpc-09",
        ["v10_frozen", "career_change", "participation", "area_hpc"],
        [
            T(
                "Soy ingeniero de caminos y hago simulaciones. Quiero aprender computación de alto "
                "rendimiento "
                "en serio. 5h/semana. ¿Plan?",
                GOAL + PLAN + CONS,
                goal="hpc",
                goal_not=["caminos", "civil"],
                hours=5,
                plan=True,
            ),
            T("el de MPI, ¿es presencial?", EXPLAIN + SELECT, cite_any=["padr-par-201"]),
            T(
                "no puedo viajar, solo online",
                REFINE + CONS,
                plan=True,
                plan_part=["online"],
                part=["online"],
            ),
        ],
        split="frozen",
    ),
    D(
        "es-v10f-bootcamp-web-10",
        ["v10_frozen", "skills", "constraint_deadline", "skip", "area_web"],
        [
            T(
                "hice un bootcamp de javascript hace un año pero no encuentro curro. que me falta para ser "
                "desarrollador web de verdad?",
                GOAL + SKILLS + PLAN,
                goal="web",
                skills=["javascript", "JavaScript"],
            ),
            T("vale pero rapido, en 3 meses", CONS + REFINE, deadline=_IN3M10),
            T("muestrame el plan", PLAN, plan=True),
            T(
                "me salto el de Python, ya se programar",
                SKIP + SKILLS,
                plan=True,
                plan_excl=["lit-prog-101"],
                not_rejected=["lit-prog-101"],
            ),
        ],
        split="frozen",
    ),
    D(
        "es-v10f-abuela-bogota-11",
        ["v10_frozen", "third_person", "latam", "participation", "area_dlit"],
        [
            T(
                "mi abuela en Bogotá quiere aprender a usar el celular y las videollamadas, hay algo "
                "presencial "
                "y gratis?",
                SEARCH + GOAL,
                cite_any=["glcc-alfab-108", "glcc-dl-101", "ual-digital-101"],
            ),
            T(
                "y cuándo empieza?",
                EXPLAIN + SELECT,
                cite_any=["glcc-alfab-108", "glcc-dl-101", "ual-digital-101"],
            ),
        ],
        split="frozen",
    ),
    D(
        "es-v10f-hospital-datos-12",
        ["v10_frozen", "indirect", "languages", "area_dgov"],
        [
            T(
                "trabajo en un hospital, en administracion, y me han pedido encargarme de la proteccion "
                "de datos "
                "de los pacientes. que ruta me recomiendas?",
                GOAL + PLAN + SEARCH,
                cite_any=_V10.DGOV,
            ),
            T("el frances lo leo bien", CONS + SKILLS + REFINE, langs=["fr"]),
            T("cuanto costaria todo?", EXPLAIN + PLAN, cite_min=1),
        ],
        split="frozen",
    ),
    D(
        "es-v10f-clasico-ml-13",
        ["v10_frozen", "off_topic", "languages", "area_ml"],
        [
            T("quien gana el clasico el domingo?", OOS + SMALL),
            T("jaja vale. oye y de machine learning que tienes en español?", SEARCH, cite_any=_ES_ML10),
            T(
                "cual es mas facil para empezar?",
                EXPLAIN + COMPARE + SELECT + REFINE,
                cite_any=["ual-ia-101", "ual-python-201", "ual-datos-101"],
            ),
        ],
        split="frozen",
    ),
]

# v10-dlg (session 10, reply/policy round): whole conversations written before reading the policy files and
# committed before any run: searches in Spanish for subjects the catalogue has in English or German ("curso
# de ciberseguridad en la nube"), "¿cuál primero?", implied plans ("vale, y ahora qué hago?"), a budget or
# hours said after a list, courses just shown asked about, titles without accents, a course that does not
# exist, "¿Power BI o Python?". Area lists in `v10d_lists.py`. For tune.
import v10d_lists as _L10  # noqa: E402

DIALOGUES += [
    D(
        "es-v10d-ciber-nube-01",
        ["search", "crosslang", "followup", "budget_after_list", "area_cloudsec"],
        [
            T("curso de ciberseguridad en la nube", SEARCH, cite_any=_L10.CLOUDSEC),
            T("cuál debería hacer primero?", SELECT + PLAN + REQ, cite_any=["hrd-cloud-101"]),
            T("el segundo es online?", SELECT, cite_min=1),
            T(
                "tengo como máximo 700 euros",
                _L10.COR,
                budget=(700, "EUR"),
                cite_min=1,
                cite_none=_L10.CLOUDSEC_OVER_700,
            ),
        ],
        split="tune",
    ),
    D(
        "es-v10d-cajera-02",
        ["implied_plan", "followup", "area_data"],
        [
            T(
                "trabajo de cajera en un súper y me gustaría pasarme al análisis de datos, tengo 6 horas "
                "a la semana",
                GOAL + CONS,
                goal="data_analyst",
                goal_not=["cajer", "cashier"],
                hours=6,
            ),
            T("vale, y ahora qué hago?", PLAN, plan=True),
            T("cuánto dura el primero?", SELECT, cite_min=1),
            T("me sale caro, hay algo más barato?", REFINE, plan=True, cheaper=True),
        ],
        split="tune",
    ),
    D(
        "es-v10d-redes-horas-03",
        ["search", "crosslang", "hours_after_list", "area_network"],
        [
            T("hay cursos de redes?", SEARCH, cite_any=_L10.NETWORK),
            T("solo tengo 2 horas por semana", _L10.COR, hours=2, cite_min=1),
            T("y cuál es el más difícil?", SELECT + COMPARE, cite_min=1),
        ],
        split="tune",
    ),
    D(
        "es-v10d-titulo-04",
        ["named_course", "typo", "followup", "area_data"],
        [
            T(
                "de qué va el curso de Visualizacion de datos y cuadros de mando?",
                EXPLAIN + SEARCH,
                cite_any=["ual-visual-203"],
            ),
            T("qué necesito antes?", REQ, cite_any=["ual-sql-102"]),
            T("forma parte de algún certificado?", EXPLAIN + REQ, cite_any=["ual-cert-datos"]),
        ],
        split="tune",
    ),
    D(
        "es-v10d-noexiste-05",
        ["nonexistent", "followup", "area_helpdesk"],
        [
            T("tienen el Google IT Support Certificate?", EXPLAIN + SEARCH, cite_any=_L10.HELPDESK),
            T("y algo parecido pero gratis?", SEARCH + REFINE, cite_min=1),
            T("ese cuántas horas son?", SELECT, cite_min=1),
        ],
        split="tune",
    ),
    D(
        "es-v10d-orientadora-06",
        ["third_person", "implied_plan", "followup", "area_web"],
        [
            T(
                "Soy orientadora laboral. Mi usuaria es administrativa y quiere dedicarse al desarrollo web. "
                "Tiene 10 horas a la semana.",
                GOAL + CONS,
                goal="web",
                goal_not=["administrativ"],
                hours=10,
            ),
            T("por dónde empezaría ella?", PLAN, plan=True),
            T("el tercero es presencial?", SELECT, cite_min=1),
            T("y si solo tuviera 4 horas?", REFINE + CONS, hours=4, plan=True),
        ],
        split="tune",
    ),
    D(
        "es-v10d-powerbi-07",
        ["compare", "followup", "implied_plan", "area_data"],
        [
            T(
                "quiero ser analista de datos pero no sé si aprender Power BI o Python",
                GOAL + COMPARE + EXPLAIN + SEARCH,
                goal="data_analyst",
            ),
            T(
                "entonces Python, qué curso me recomiendas?",
                SEARCH + SELECT + PLAN,
                cite_any=_L10.PYTHON_DATA,
                goal="data_analyst",
            ),
            T("pues hazme un plan con eso", PLAN, plan=True),
        ],
        split="tune",
    ),
]

# v10-nlu (session 10, understanding round): see en.py; written before reading the rule files, committed
# before any run.
from dates import JUNE as _JUNE10  # noqa: E402

_N10_SHEET = ["glcc-office-106", "ual-datos-101"]
_N10_PY = ["lit-prog-101", "glcc-code-107", "ual-python-201", "diaa-ml-201", "diaa-viz-204"]
DIALOGUES += [
    D(
        "es-v10n-contable-01",
        ["long", "multi_intent", "area_data"],
        [
            T(
                "Hola, soy contable desde hace 15 años y quiero pasarme al análisis de datos. Tengo unas "
                "6 horas a la semana y no quiero gastar más de 500 €.",
                GOAL + CONS + PLAN,
                goal="data_analyst",
                goal_not=["contab", "account"],
                hours=6,
                budget=(500, "EUR"),
            )
        ],
        split="tune",
    ),
    D(
        "es-v10n-excel-curro-02",
        ["search", "need", "slang"],
        [T("algo para mejorar con excel en el curro", SEARCH, cite_any=_N10_SHEET, no_goal=True)],
        split="tune",
    ),
    D(
        "es-v10n-ciber-03",
        ["goal", "question", "area_cyber"],
        [
            T(
                "me gustaría trabajar en ciberseguridad, ¿por dónde empiezo?",
                GOAL + PLAN + EXPLORE,
                goal="cyber",
            )
        ],
        split="tune",
    ),
    D(
        "es-v10n-cv-04",
        ["skills", "cv", "area_web"],
        [
            T(
                "Conocimientos: Java, SQL, HTML y CSS. Experiencia: 2 años de programador junior.",
                SKILLS,
                skills=["java", "sql"],
            ),
            T("quiero ser desarrollador web full stack", GOAL, goal="web"),
        ],
        split="tune",
    ),
    D(
        "es-v10n-ruta-05",
        ["plan", "area_de"],
        [
            T(
                "dame una ruta de aprendizaje para ser ingeniero de datos",
                PLAN + GOAL,
                goal="de",
                goal_not=["aprendizaje", "ruta"],
            )
        ],
        split="tune",
    ),
    D(
        "es-v10n-orientadora-06",
        ["third_person", "long", "area_helpdesk"],
        [
            T(
                "Soy orientadora laboral. Tengo una usuaria de 40 años, ex cajera de supermercado, que "
                "quiere trabajar en soporte informático. Solo puede estudiar por las tardes, unas 4 horas "
                "a la semana.",
                GOAL + CONS,
                goal="helpdesk",
                goal_not=["cajer", "orientador"],
                hours=4,
            )
        ],
        split="tune",
    ),
    D(
        "es-v10n-robots-07",
        ["goal", "indirect", "slang", "area_ai"],
        [
            T(
                "me flipan los robots y la inteligencia artificial, quiero dedicarme a eso",
                GOAL + EXPLORE,
                goal="ai",
            )
        ],
        split="tune",
    ),
    D(
        "es-v10n-sql-espanol-08",
        ["search", "question", "languages"],
        [T("¿hay algún curso de SQL en español?", SEARCH, cite_any=["ual-sql-102"])],
        split="tune",
    ),
    D(
        "es-v10n-dba-junio-09",
        ["constraint_deadline", "constraint_budget", "area_dba"],
        [
            T("quiero ser administrador de bases de datos", GOAL, goal="dba"),
            T(
                "pero solo tengo hasta junio y unos 200 euros",
                CONS + REFINE,
                deadline=_JUNE10,
                budget=(200, "EUR"),
                goal="dba",
            ),
        ],
        split="tune",
    ),
    D(
        "es-v10n-python-cero-10",
        ["search", "no_diacritics", "slang"],
        [T("q curso me recomiendas pa aprender python desde cero", SEARCH, cite_any=_N10_PY)],
        split="tune",
    ),
    D(
        "es-v10n-primaria-11",
        ["goal", "current_role", "area_dlit"],
        [
            T(
                "Soy profesora de primaria y quiero enseñar competencias digitales a adultos",
                GOAL,
                goal="dlit_teacher",
                goal_not=["primaria"],
            )
        ],
        split="tune",
    ),
    D(
        "es-v10n-camarero-12",
        ["vague", "experience"],
        [
            T(
                "llevo años de camarero y ya no puedo más, me gustan los ordenadores pero no sé qué estudiar",
                EXPLORE + SKILLS,
                goal_not=["camarer", "computer scientist", "ordenador"],
            )
        ],
        split="tune",
    ),
]

# v11-frozen (session 11, third blind frozen batch): see en.py; written blind, committed before any run.
import v11f_lists as _V11  # noqa: E402

DIALOGUES += [
    D(
        "es-v11f-paro-cajera-01",
        ["v11_frozen", "vague", "lost_job", "constraint_time", "area_data"],
        [
            T(
                "me quedé en paro, fui cajera en un super 10 años y la verdad no se que hacer",
                _V11.OPENING + _V11.ROLE,
            ),
            T(
                "me gustaria algo con ordenadores pero desde cero, no se ni por donde empezar",
                _V11.ROLE_GOAL + _V11.SEARCH,
            ),
            T(
                "vale, lo de analisis de datos me llama. tengo unas 8 horas a la semana",
                _V11.GOAL_CONS,
                goal=["data"],
                goal_not=["cajer", "cashier"],
                hours=8,
            ),
            T("hazme el plan", _V11.PLAN, plan=True),
        ],
        split="frozen",
    ),
    D(
        "es-v11f-monterrey-ciber-02",
        ["v11_frozen", "constraint_budget", "goal", "area_cyber"],
        [
            T(
                "Hola buenas tardes, soy de Monterrey, trabajo en soporte técnico y quiero especializarme en "
                "ciberseguridad, puedo pagar hasta 500 dólares",
                _V11.GOAL_CONS,
                goal="cyber",
                goal_not=["soporte", "help desk"],
                budget=(500, "USD"),
            ),
            T("cuál me recomiendas para empezar?", _V11.START, cite_any=_V11.CYBER_START),
            T("y está en español?", _V11.PICK + _V11.SEARCH + _V11.REFINE, cite_min=1),
        ],
        split="frozen",
    ),
    D(
        "es-v11f-fp-microcred-03",
        ["v11_frozen", "educator", "languages", "area_microcred"],
        [
            T(
                "Soy profesora en un instituto de FP y quiero aprender a diseñar microcredenciales para mis "
                "alumnos",
                _V11.GOAL + _V11.SEARCH + _V11.PLAN + _V11.EXPLORE,
                cite_any=_V11.MICROCRED,
            ),
            T(
                "los cursos son en inglés? yo hablo español y un poco de inglés",
                _V11.PICK + _V11.SEARCH + _V11.SKILLS + _V11.CONS,
                langs=["es"],
            ),
            T(
                "vale, hazme un plan para el certificado completo, 4 horas por semana",
                _V11.PLAN + _V11.CONS,
                plan=True,
                hours=4,
            ),
        ],
        split="frozen",
    ),
    D(
        "es-v11f-sql-analisis-04",
        ["v11_frozen", "named_course", "no_accents", "area_data"],
        [
            T("curso sql para analisis de datos", _V11.NAMED, cite_any=["ual-sql-102"]),
            T("cuanto cuesta y cuantas horas son", _V11.PICK, cite_any=["ual-sql-102"]),
            T(
                "y despues de ese que puedo hacer",
                _V11.AFTER,
                cite_any=["ual-visual-203", "ual-olap-302", "ual-cert-datos"],
            ),
        ],
        split="frozen",
    ),
    D(
        "es-v11f-nube-semana-santa-05",
        ["v11_frozen", "constraint_deadline", "what_if", "area_cloudsec"],
        [
            T(
                "necesito un certificado de seguridad en la nube antes de Semana Santa, le dedico 10 horas "
                "a la "
                "semana",
                _V11.GOAL_CONS + _V11.SEARCH,
                hours=10,
                deadline=_V11.EASTER,
                cite_any=_V11.CLOUDSEC,
            ),
            T("es posible llegar a tiempo?", _V11.PLAN + _V11.EXPLAIN, cite_min=1),
            T("y si le dedico 15 horas?", _V11.REPLAN, hours=15, plan=True),
        ],
        split="frozen",
    ),
    D(
        "es-v11f-orientadora-limpiadora-06",
        ["v11_frozen", "third_person", "adviser", "constraint_participation", "area_dlit"],
        [
            T(
                "Trabajo como orientadora laboral. Tengo una usuaria de 52 años, limpiadora, que quiere "
                "aprender "
                "lo básico del ordenador para buscar trabajo por internet. Solo puede ir presencial",
                _V11.SEARCH + _V11.GOAL,
                cite_any=[
                    "ual-digital-101",
                    "glcc-alfab-108",
                    "glcc-dl-101",
                    "ual-problemas-103",
                    "glcc-cert-df",
                    "inl-pix-101",
                ],
                part=["on-site", "blended"],
            ),
            T("es gratis?", _V11.PICK + _V11.SEARCH, cite_min=1),
        ],
        split="frozen",
    ),
    D(
        "es-v11f-google-data-07",
        ["v11_frozen", "nonexistent", "constraint_budget", "area_data"],
        [
            T("tienen el certificado de Google Data Analytics?", _V11.NAMED, cite_any=_V11.DATA),
            T(
                "y algo parecido pero gratis",
                _V11.REFINE + _V11.SEARCH + _V11.CONS,
                cite_any=["ual-datos-101", "lit-prog-101", "padr-fair-203", "glcc-code-107"],
            ),
        ],
        split="frozen",
    ),
    D(
        "es-v11f-cfd-hpc-08",
        ["v11_frozen", "skills", "search", "area_hpc"],
        [
            T(
                "Che, soy ingeniero mecánico y hago simulaciones CFD, me interesa aprender computación de "
                "alto "
                "rendimiento",
                _V11.GOAL + _V11.SEARCH + _V11.SKILLS,
                cite_any=_V11.HPC,
            ),
            T("cuál es el más corto?", _V11.WHICH, cite_min=1),
            T(
                "y el de GPUs qué necesita antes?",
                _V11.REQ + _V11.AFTER,
                cite_any=["padr-gpu-301", "padr-par-201"],
            ),
        ],
        split="frozen",
    ),
    D(
        "es-v11f-redes-ia-09",
        ["v11_frozen", "goal", "constraint_budget", "why", "area_ainet"],
        [
            T(
                "quiero trabajar en redes gestionadas con inteligencia artificial",
                _V11.GOAL + _V11.SEARCH + _V11.EXPLORE,
                goal="ainet",
            ),
            T(
                "plan por favor, tengo 6 horas semanales y hasta 3000 euros",
                _V11.PLAN + _V11.CONS,
                plan=True,
                hours=6,
                budget=(3000, "EUR"),
                plan_cost=(3000, "EUR"),
            ),
            T("por qué ese orden?", _V11.WHY),
        ],
        split="frozen",
    ),
    D(
        "es-v11f-daw-frontend-10",
        ["v11_frozen", "student", "slang", "eqf", "area_web"],
        [
            T(
                "q tal, estoy en 2º de DAW y quiero mejorar en frontend, react y eso",
                _V11.SEARCH + _V11.GOAL + _V11.SKILLS,
                cite_any=["lit-web-201", "lit-fw-203", "lit-webstd-202", "lit-cert-web"],
            ),
            T(
                "el de typescript es muy dificil? que nivel EQF tiene",
                _V11.PICK + _V11.NAMED,
                cite_any=["lit-fw-203"],
            ),
        ],
        split="frozen",
    ),
    D(
        "es-v11f-ia-espanol-11",
        ["v11_frozen", "no_accents", "languages", "area_ai"],
        [
            T(
                "hola quisiera saber si hay cursos de inteligencia artificial en espanol, no hablo ingles",
                _V11.SEARCH + _V11.CONS,
                cite_any=[
                    "ual-ia-101",
                    "ual-texto-303",
                    "ual-recom-304",
                    "ual-mineria-301",
                    "ual-python-201",
                ],
            ),
            T("el de fundamentos cuanto dura", _V11.PICK, cite_any=["ual-ia-101"]),
            T("y luego que sigue para llegar a machine learning", _V11.AFTER + _V11.PLAN, cite_min=1),
        ],
        split="frozen",
    ),
    D(
        "es-v11f-tester-java-12",
        ["v11_frozen", "skills", "constraint_deadline", "skip", "area_testing"],
        [
            T(
                "Llevo 3 años haciendo pruebas manuales de software, quiero pasar a automatización de "
                "pruebas. "
                "Sé algo de Java",
                _V11.GOAL + _V11.SKILLS,
                goal="tester",
            ),
            T(
                "plan para antes de septiembre",
                _V11.PLAN + _V11.CONS,
                plan=True,
                deadline=_V11.BEFORE_SEPTEMBER,
            ),
            T(
                "el de Java ya lo hice, quítalo",
                _V11.SKIP + _V11.SKILLS,
                held=["lit-oop-102"],
                plan=True,
                plan_excl=["lit-oop-102"],
            ),
        ],
        split="frozen",
    ),
    D(
        "es-v11f-betis-linux-13",
        ["v11_frozen", "off_topic", "search", "cheaper", "area_sysadmin"],
        [
            T("viste el partido del Betis anoche?", _V11.OFF, dead_ok=True),
            T("bueno, a lo que iba: busco un curso de linux en linea", _V11.SEARCH, cite_any=_V11.SYSADMIN),
            T("y alguno mas barato?", _V11.WHICH + _V11.REFINE, cite_min=1),
        ],
        split="frozen",
    ),
]

# v11-dlg (session 11, reply/policy round): life events, follow-ups in context, named courses; written before
# reading the policy files, committed before any run. Lists in `v11d_lists.py`. For tune.
import v11d_lists as _L11  # noqa: E402

DIALOGUES += [
    D(
        "es-v11d-despido-01",
        ["life_event", "vague", "implied_plan", "area_data"],
        [
            T(
                "me despidieron de la tienda donde trabajaba hace 10 años y no se que hacer ahora",
                EXPLORE,
                goal_not=["retail", "sales", "shop"],
            ),
            T(
                "me gustaria algo con datos, tengo unas 6 horas a la semana",
                GOAL + CONS,
                goal="data_analyst",
                hours=6,
            ),
            T("vale hazme un plan", PLAN, plan=True, cite_any=_L11.DATA),
        ],
        split="tune",
    ),
    D(
        "es-v11d-barato-02",
        ["search", "refine", "followup", "area_prog"],
        [
            T("cursos de python para principiantes", SEARCH, cite_any=_L11.PROG_EASY),
            T("hay algo mas barato?", REFINE + SEARCH, cite_any=["lit-prog-101", "glcc-code-107"]),
            T("cual es el mas corto", SELECT + COMPARE, cite_min=1),
        ],
        split="tune",
    ),
    D(
        "es-v11d-orientadora-03",
        ["third_person", "refine", "area_cyber"],
        [
            T(
                "soy orientadora laboral, mi cliente era camarero y quiere pasarse a ciberseguridad, puede "
                "dedicarle 8 horas semanales y tiene 1000 euros",
                GOAL + CONS,
                goal="cyber",
                goal_not=["waiter", "bartender"],
                hours=8,
                budget=(1000, "EUR"),
            ),
            T("qué le recomiendas para empezar?", PLAN + SEARCH + SELECT, cite_any=_L11.CYBER_START),
            T("y si solo tuviera los fines de semana, unas 4 horas", REFINE + CONS, hours=4, plan=True),
        ],
        split="tune",
    ),
    D(
        "es-v11d-mineria-04",
        ["named_course", "nonexistent", "area_data"],
        [
            T(
                "el curso de Mineria de datos y big data que nivel tiene",
                EXPLAIN,
                cite_any=["ual-mineria-301"],
            ),
            T("y que necesito antes", REQ, cite_any=["ual-python-201"]),
            T(
                "tienen tambien el de Google Data Analytics?",
                EXPLAIN + SEARCH,
                cite_any=_L11.DATA,
            ),
        ],
        split="tune",
    ),
]

# v11-dlg, second part (written after the round's fixes, before any run on it; not blind). For tune.
DIALOGUES += [
    D(
        "es-v11d-h01-horas",
        ["implied_plan", "area_web"],
        [
            T("quiero ser desarrolladora web", GOAL, goal="web"),
            T("y con 5 horas a la semana cuanto me llevaria?", PLAN + CONS, plan=True, hours=5),
        ],
        split="tune",
    ),
    D(
        "es-v11d-h02-saltar",
        ["plan", "skip", "area_data"],
        [
            T(
                "quiero ser analista de datos, tengo 6 horas semanales",
                GOAL + CONS,
                goal="data_analyst",
                hours=6,
            ),
            T("puedo saltarme algo? ya se bastante de estadistica", SKIP + SKILLS + REFINE, plan=True),
        ],
        split="tune",
    ),
]

# v11-eu (session 11, languages round, Spanish): written in one sitting from the catalogue, the taxonomy and
# docs only, before reading the rule files and before any run, and committed before the first run.
import v11l_lists as _E11  # noqa: E402
from dates import APRIL as _APRIL11  # noqa: E402
from dates import BEFORE_SEPTEMBER as _BEFORE_SEPTEMBER11  # noqa: E402
from dates import HALF_YEAR as _HALF_YEAR11  # noqa: E402

DIALOGUES += [
    D(
        "es-v11l-contador-datos-01",
        ["latam", "long_message", "skills_held", "constraint_budget", "cheaper", "area_data"],
        [
            T(
                "Hola, soy contador en Bogotá, manejo Excel avanzado y algo de Power BI. Quiero pasarme a "
                "analista de datos, tengo unas 5 horas a la semana y un presupuesto de 400 dólares",
                GOAL + SKILLS + CONS + PLAN,
                goal="data_analyst",
                goal_not=["contador", "accountant"],
                hours=5,
                budget=(400, "USD"),
            ),
            T("armame un plan", PLAN, plan=True, plan_cost=(400, "USD")),
            T("y si lo quiero más barato?", REFINE, cheaper=True),
        ],
        split="tune",
    ),
    D(
        "es-v11l-cajero-ciber-02",
        ["spain", "vague", "constraint_time", "area_cyber"],
        [
            T(
                "Buenas! Trabajo de cajero en un súper en Valencia y estoy hasta las narices. Me mola la "
                "ciberseguridad pero no tengo ni idea. Por dónde empiezo?",
                GOAL + EXPLORE + SEARCH,
                goal="cyber",
                goal_not=["cajero", "cashier"],
            ),
            T(
                "tengo las tardes libres, unas 2 horas al día entre semana",
                CONS,
                hours=(10, 0.2),
            ),
            T("vale, hazme el plan", PLAN, plan=True),
        ],
        split="tune",
    ),
    D(
        "es-v11l-maestra-usted-03",
        ["mexico", "formal_usted", "teacher", "languages", "area_dlit_teacher"],
        [
            T(
                "Buenas tardes. Soy maestra de secundaria en Guadalajara y quisiera aprender a enseñar "
                "alfabetización digital a adultos mayores. ¿Qué me recomienda usted?",
                GOAL + SEARCH + EXPLORE,
                goal="dlit_teacher",
            ),
            T("¿Hay algo en español?", REFINE + SEARCH + CONS, study_lang=["es"]),
        ],
        split="tune",
    ),
    D(
        "es-v11l-excel-sql-04",
        ["no_accents", "skills_held", "languages", "area_data"],
        [
            T(
                "se excel pero quiero aprender sql, hay algo en español?",
                SKILLS + SEARCH + CONS,
                skills=["spreadsheet", "Excel", "excel"],
                cite_any=["ual-sql-102"],
            ),
            T("y despues de ese que curso sigue?", EXPLAIN + PLAN + REQ + SEARCH, cite_min=1),
        ],
        split="tune",
    ),
    D(
        "es-v11l-che-web-05",
        ["argentina", "skills_held", "constraint_budget", "constraint_deadline", "area_web"],
        [
            T(
                "che, tengo 22, laburo en un call center y quiero ser desarrollador web. Sé algo de HTML y "
                "CSS "
                "de youtube. Tengo plata para unos 300 euros nomás y quiero terminar antes de septiembre",
                GOAL + SKILLS + CONS + PLAN,
                goal="web",
                goal_not=["call center", "call centre"],
                budget=(300, "EUR"),
                deadline=_BEFORE_SEPTEMBER11,
            ),
            T("solo online", REFINE + CONS, part=["online"]),
        ],
        split="tune",
    ),
    D(
        "es-v11l-nube-idioma-06",
        ["search", "the_first", "languages", "area_cloudsec"],
        [
            T("cursos de seguridad en la nube", SEARCH, cite_any=_E11.CLOUDSEC + _E11.CLOUD_EN),
            T("el primero en qué idioma está?", SELECT + EXPLAIN, cite_min=1),
            T(
                "no hablo alemán, hay algo en inglés o español?",
                REFINE + SEARCH + CONS,
                study_lang=["en", "es"],
            ),
        ],
        split="tune",
    ),
    D(
        "es-v11l-orientador-redes-07",
        ["advisor", "third_person", "constraint_budget", "area_network"],
        [
            T(
                "Hola, soy orientador laboral en Santiago. Tengo un usuario de 29 años, técnico eléctrico, "
                "que "
                "quiere trabajar en redes informáticas. Dispone de 6 horas semanales y no puede pagar nada.",
                GOAL + CONS + PLAN + SEARCH,
                goal="network",
                goal_not=["electric", "eléctric"],
                hours=6,
                budget=(0, "EUR"),
            ),
            T("y si consigue una beca de 1000 euros?", REFINE + CONS, budget=(1000, "EUR")),
        ],
        split="tune",
    ),
    D(
        "es-v11l-comparar-python-08",
        ["compare", "named_course"],
        [
            T(
                "qué diferencia hay entre Python para el análisis de datos y Applied Machine Learning with "
                "Python? cuál me conviene si ya sé programar?",
                COMPARE + EXPLAIN,
                cite_any=["ual-python-201", "diaa-ml-201"],
            ),
        ],
        split="tune",
    ),
    D(
        "es-v11l-estadistica-r-09",
        ["named_course", "participation", "price"],
        [
            T("Estadística aplicada con R es presencial?", EXPLAIN, cite_any=["ual-estad-202"]),
            T("y cuánto cuesta", EXPLAIN, cite_any=["ual-estad-202"]),
        ],
        split="tune",
    ),
    D(
        "es-v11l-pln-plan-10",
        ["current_role", "constraint_deadline", "skip", "area_ai"],
        [
            T(
                "Quiero especializarme en inteligencia artificial, sobre todo procesamiento de lenguaje "
                "natural. "
                "Tengo un grado en informática y trabajo de programador Java. Dame un plan, 6 meses máximo.",
                GOAL + PLAN + SKILLS + CONS,
                goal="ai",
                goal_not=["software developer", "java"],
                deadline=_HALF_YEAR11,
                plan=True,
            ),
            T("me salto el primero, ya lo hice en la uni", SKIP, held_prev_step=1),
        ],
        split="tune",
    ),
    D(
        "es-v11l-linux-mes-11",
        ["constraint_time", "constraint_deadline", "area_linux"],
        [
            T(
                "quiero aprender linux para administrar servidores, tengo como 12 horas al mes y quisiera "
                "terminar para abril",
                GOAL + SEARCH + CONS + PLAN,
                hours=(2.8, 0.2),
                deadline=_APRIL11,
            ),
            T("dame el plan", PLAN, plan=True, plan_incl=_E11.LINUX),
        ],
        split="tune",
    ),
    D(
        "es-v11l-google-data-12",
        ["not_in_catalogue", "area_data"],
        [
            T(
                "tienen el curso de Google Data Analytics? o algo parecido",
                SEARCH + EXPLAIN,
                cite_any=_E11.DATA,
            ),
        ],
        split="tune",
    ),
    D(
        "es-v11l-streaming-13",
        ["skills_held", "level", "area_data_engineering"],
        [
            T(
                "Soy ingeniera de datos junior, sé Python y SQL. Me interesa big data y pipelines de datos "
                "en "
                "streaming, algo de nivel avanzado.",
                SKILLS + SEARCH + GOAL,
                skills=["SQL", "Python"],
                cite_any=_E11.STREAM,
            ),
        ],
        split="tune",
    ),
    D(
        "es-v11l-rgpd-empresa-14",
        ["languages", "area_dgov"],
        [
            T(
                "en mi empresa me pidieron encargarme de la protección de datos y el RGPD pero no sé nada. "
                "hay "
                "cursos en español?",
                SEARCH + GOAL + CONS,
                cite_any=_E11.DGOV,
            ),
            T("vale, en francés me apaño, lo leo bien", CONS + REFINE, study_lang=["fr"]),
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
        "es-v12f-repartidor-01",
        ["v12_frozen", "migrant", "free", "hours_per_day", "area_software"],
        [
            T(
                "soy repartidor de glovo en madrid, en venezuela estudie 2 años de ingenieria de sistemas "
                "pero no termine. quiero volver a lo mio, algo de programacion",
                GOAL + SKILLS + EXPLORE + SEARCH,
                goal_not=["repartidor", "courier", "delivery", "rider"],
            ),
            T(
                "tengo como 2 horas al dia entre pedido y pedido, y nada de plata",
                CONS,
                hours=(12, 0.2),
                budget=(0, "EUR"),
            ),
            T(
                "entonces por donde arranco?",
                PLAN + SEARCH + EXPLORE,
                cite_any=["lit-prog-101", "glcc-code-107"],
            ),
        ],
        split="frozen",
    ),
    D(
        "es-v12f-enfermera-fallas-02",
        ["v12_frozen", "health_data", "constraint_deadline", "named_course", "area_data"],
        [
            T(
                "soy enfermera en un hospital de valencia, me han metido en un proyecto de datos clinicos y "
                "no se ni sql. quiero saber lo basico antes de las fallas",
                SEARCH + GOAL + CONS,
                deadline=_L12.FALLAS,
                cite_any=_L12.DATA,
            ),
            T(
                "el de sql para el analisis de datos, cuantas horas son?",
                EXPLAIN + SELECT,
                cite_any=["ual-sql-102"],
            ),
            T(
                "me da tiempo a hacerlo antes de las fallas con 4 horas a la semana?",
                EXPLAIN + PLAN + CONS + SELECT + REQ,
                hours=4,
                cite_any=["ual-sql-102"],
            ),
        ],
        split="frozen",
    ),
    D(
        "es-v12f-guadalajara-linux-03",
        ["v12_frozen", "current_role", "languages_spoken", "language_limit", "area_sysadmin"],
        [
            T(
                "q onda, soy de guadalajara, trabajo en un call center de soporte tecnico nivel 1. quiero "
                "subir a administrador de sistemas linux",
                GOAL + SKILLS,
                goal="sysadmin",
                goal_not=["call cent", "contact cent"],
            ),
            T(
                "el de linux esta en aleman?? no hablo aleman, solo español e ingles",
                EXPLAIN + CONS + REFINE + SELECT + SKILLS,
                langs=["es", "en"],
            ),
            T(
                "entonces armame un plan sin cursos en aleman",
                PLAN + REFINE,
                plan=True,
                plan_langs=["en", "es"],
            ),
        ],
        split="frozen",
    ),
    D(
        "es-v12f-abuela-valparaiso-04",
        ["v12_frozen", "third_person", "in_person", "sessions", "area_dlit"],
        [
            T(
                "mi abuela tiene 74 y vive sola en valparaiso, quiero que aprenda a usar whatsapp y hacer "
                "tramites online. algo presencial seria ideal, ella no se maneja con el computador",
                SEARCH + EXPLORE,
                cite_any=_L12.DLIT_ES + ["glcc-dl-101"],
            ),
            T("y cuando empieza?", EXPLAIN + SELECT, cite_min=1),
            T("termina antes de fiestas patrias?", EXPLAIN + SELECT + CONS + REFINE),
        ],
        split="frozen",
    ),
    D(
        "es-v12f-google-ux-05",
        ["v12_frozen", "nonexistent", "named_course", "eqf", "area_ux"],
        [
            T(
                "tienen el certificado de Google UX Design? quiero ser diseñadora ux, vengo de diseño "
                "grafico",
                EXPLAIN + SEARCH + GOAL,
                cite_any=["lcsi-ux-207", "padr-ux-204"],
            ),
            T(
                "UX Research Methods cuanto cuesta en euros y es online?",
                EXPLAIN + SELECT,
                cite_any=["lcsi-ux-207"],
            ),
            T(
                "y que nivel EQF tiene? tengo un grado, no quiero algo demasiado basico",
                EXPLAIN + REQ + SELECT,
                cite_any=["lcsi-ux-207"],
            ),
        ],
        split="frozen",
    ),
    D(
        "es-v12f-rosario-voseo-06",
        ["v12_frozen", "voseo", "current_role", "skills", "skip_known", "area_de"],
        [
            T(
                "che, laburo de analista de datos en una fintech en rosario, manejo sql y python bastante "
                "bien. me quiero pasar a ingenieria de datos, que me recomendas?",
                GOAL + SKILLS + SEARCH + PLAN,
                goal="de",
                goal_not=["data analyst", "d3edb8f8"],
                skills=["SQL", "sql", "python", "Python"],
            ),
            T(
                "el de data warehouse design, me conviene hacer antes el de modelado?",
                REQ + EXPLAIN,
                cite_any=["nda-model-102"],
            ),
            T(
                "ya se modelar datos, lo hago hace 3 años. saltealo",
                SKIP + SKILLS,
                not_rejected=["nda-model-102", "nda-dwh-202"],
            ),
        ],
        split="frozen",
    ),
    D(
        "es-v12f-medellin-coordinadora-07",
        ["v12_frozen", "formal", "certificate_totals", "language_wanted", "area_microcred"],
        [
            T(
                "Buenas tardes. Soy coordinadora de educación continua en una universidad en Medellín y "
                "queremos diseñar microcredenciales apilables. ¿Qué curso me recomienda para empezar y "
                "cuánto cuesta el certificado completo?",
                SEARCH + REQ + EXPLAIN + PLAN,
                cite_any=_L12.MICROCRED,
            ),
            T("¿Hay algo de eso en español?", REFINE + SEARCH),
            T(
                "Bueno, en inglés entonces. Hágame un plan, 5 horas semanales",
                PLAN + CONS,
                plan=True,
                hours=5,
                plan_incl=_L12.MICROCRED,
            ),
        ],
        split="frozen",
    ),
    D(
        "es-v12f-lima-banco-runon-08",
        ["v12_frozen", "runon", "level_easy", "area_cyber"],
        [
            T(
                "hola buenas mira te cuento yo trabajo en un banco en lima en atencion al cliente y me "
                "gustaria pasar al area de ciberseguridad del banco porque ahi hay mas oportunidades pero no "
                "se nada tecnico nada de nada y tengo como 6 horas a la semana",
                GOAL + CONS,
                goal="cyber",
                hours=6,
            ),
            T(
                "algo facil para empezar, nada muy dificil",
                SEARCH + REFINE + PLAN + CONS,
                cite_any=_L12.CYBER_START,
            ),
            T("y el primero es en ingles?", SELECT + EXPLAIN, cite_min=1),
        ],
        split="frozen",
    ),
    D(
        "es-v12f-nlp-vs-textos-09",
        ["v12_frozen", "compare", "prerequisites", "area_ml"],
        [
            T(
                "Extracción de información de textos vs Natural Language Processing, cual es mejor para "
                "alguien que ya sabe python?",
                COMPARE + EXPLAIN,
                cite_any=["ual-texto-303", "diaa-nlp-302"],
                cite_min=2,
            ),
            T("y que necesito antes del de textos?", REQ, cite_any=["ual-python-201"]),
        ],
        split="frozen",
    ),
    D(
        "es-v12f-sevilla-powerbi-10",
        ["v12_frozen", "off_topic", "nonexistent", "area_data"],
        [
            T("oye sabes si mañana llueve en sevilla?", OOS + SMALL),
            T(
                "vale vale. cursos de power bi o algo de dashboards?",
                SEARCH,
                cite_any=["ual-visual-203", "diaa-viz-204", "ual-olap-302"],
            ),
        ],
        split="frozen",
    ),
    D(
        "es-v12f-redes-cambio-11",
        ["v12_frozen", "change_of_mind", "plan", "area_ainet"],
        [
            T("quiero estudiar redes, tipo cisco", GOAL + SEARCH),
            T(
                "bueno no, mejor lo de redes con inteligencia artificial, suena a mas futuro",
                GOAL + SEARCH + REFINE,
            ),
            T(
                "10 horas semanales, hasta 3000 euros. plan",
                CONS + PLAN,
                hours=10,
                budget=(3000, "EUR"),
                plan=True,
                plan_incl=_L12.AINET,
                plan_cost=(3000, "EUR"),
            ),
        ],
        split="frozen",
    ),
    D(
        "es-v12f-investigadora-hpc-12",
        ["v12_frozen", "stored_profile", "held", "participation", "certificate_totals", "area_hpc"],
        [
            T(
                "ya termine el de MPI y OpenMP, que sigue?",
                SKILLS + PLAN + REQ + SKIP,
                held=["padr-par-201"],
                cite_any=_L12.HPC_AFTER_PAR + ["padr-sched-302"],
            ),
            T("solo online por favor, no puedo viajar a italia", CONS + REFINE, part=["online"]),
            T(
                "cuanto me falta para el certificado completo y cuanto cuesta?",
                REQ + EXPLAIN + PLAN,
                cite_any=["padr-cert-hpc", "padr-perf-202", "padr-gpu-301", "padr-sched-302"],
            ),
        ],
        profile={
            "id": "v12f-investigadora-hpc",
            "name": "Marta",
            "skills": [
                {
                    "uri": "http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d",
                    "label": "Python (computer programming)",
                    "level": "advanced",
                    "source": "formal",
                }
            ],
            "credentials": [
                {
                    "id": "padr-hpc-101",
                    "title": "Introduction to High-Performance Computing",
                    "awarding_body": "Politecnico Adriatico",
                    "issued": "2026-06-30",
                    "ects": 3,
                    "eqf_level": 5,
                    "skills": [],
                }
            ],
            "goal": {
                "occupation_uri": "http://data.europa.eu/esco/occupation/e3229e40-f571-4b26-baca-29edc8fe313e",
                "label": "computer scientist",
                "skills": [],
                "job_advert": None,
            },
            "current_role": None,
            "languages": ["es", "en"],
            "constraints": {
                "hours_per_week": 6,
                "weeks": None,
                "deadline": None,
                "budget": None,
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
        "es-v12f-bbdd-cortas-13",
        ["v12_frozen", "short_replies", "search", "what_after", "area_dba"],
        [
            T("cursos de bases de datos", SEARCH, cite_any=_L12.DBA),
            T("el mas barato?", SELECT + COMPARE + REFINE, cite_any=_L12.DBA),
            T("y despues?", REQ + EXPLAIN + PLAN + SEARCH, cite_min=1),
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
        "es-v12u-card-01",
        ["named_course", "followup", "v12u"],
        [
            T("háblame de Network Security Essentials", EXPLAIN + SELECT, cite_any=["ccna-netsec-204"]),
            T("¿es en línea?", EXPLAIN + SELECT, cite_any=["ccna-netsec-204"], cite_none=["ccna-net-101"]),
            T(
                "¿está reconocido oficialmente?",
                EXPLAIN + SELECT,
                cite_any=["ccna-netsec-204"],
                cite_none=["ccna-net-101"],
            ),
            T(
                "¿está también en alemán?",
                EXPLAIN + SELECT + SEARCH,
                cite_any=["hrd-cloudnet-203", "hrd-cloudsec-201", "hrd-iam-202", "hrd-cloud-101"],
            ),
        ],
        split="tune",
    ),
    D(
        "es-v12u-cert-02",
        ["certificate", "skip", "followup", "v12u"],
        [
            T(
                "¿qué necesito para el Certificate in Database Administration?",
                REQ,
                cite_any=["nda-model-102", "nda-dba-201"],
            ),
            T(
                "sáltate Data Modelling Essentials, ya lo hice",
                REQ + SKIP,
                held=["nda-model-102"],
                cite_any=["nda-dbphys-302"],
            ),
            T("¿y lo que me queda cuánto cuesta?", REQ + EXPLAIN, cite_any=["nda-dbphys-302"]),
            T(
                "¿y cuánto tardo con el resto a 5 horas por semana?",
                REQ + EXPLAIN + _CONS12,
                cite_any=["nda-dbphys-302"],
            ),
        ],
        split="tune",
    ),
    D(
        "es-v12u-pair-03",
        ["named_course", "compare", "followup", "v12u"],
        [
            T(
                "compara Networking Fundamentals y AI-Driven Network Operations",
                COMPARE,
                cite_any=["ccna-net-101", "ccna-aiops-301"],
            ),
            T(
                "¿cuántas horas son en total los dos?",
                EXPLAIN + COMPARE,
                cite_any=["ccna-aiops-301"],
                cite_none=["ccna-route-201"],
            ),
            T("¿qué debería hacer entre medias?", EXPLAIN + PLAN, cite_any=["ccna-netmon-202"]),
            T(
                "¿cuál hago primero? soy desarrollador backend y sé Python",
                COMPARE + EXPLAIN,
                cite_any=["ccna-net-101"],
                cite_none=["glcc-code-107", "lit-prog-101"],
            ),
        ],
        split="tune",
    ),
    D(
        "es-v12u-plan-online-04",
        ["plan", "refine", "participation", "v12u"],
        [
            T(
                "Quiero ser ingeniero de redes, tengo 6 horas a la semana",
                GOAL + PLAN + _CONS12,
                goal="network",
                plan=True,
            ),
            T(
                "¿podemos hacerlo todo a distancia?",
                REFINE + _CONS12,
                plan=True,
                part=["online"],
                plan_part=["online"],
            ),
        ],
        split="tune",
    ),
    D(
        "es-v12u-interest-05",
        ["vague", "interest", "area_helpdesk", "v12u"],
        [
            T("no sé qué estudiar", EXPLORE),
            T("me gusta ayudar a la gente con problemas de ordenador", GOAL + EXPLORE, goal="helpdesk"),
        ],
        split="tune",
    ),
]


# v13u, part a (session 13, blind tune batch): written without reading the assistant's code or rules, the
# tests, any result or any frozen dialogue (sources: docs/, the catalogue, the taxonomy, the notation of the
# v11d tune blocks), never run by its writer. Course lists and deadline windows in `v13ua_lists.py`. For tune.
import v13ua_lists as _L13A  # noqa: E402
from dsl import COMPARE as _COMPARE13A  # noqa: E402
from dsl import CONS as _CONS13A
from dsl import EXPLAIN as _EXPLAIN13A
from dsl import EXPLORE as _EXPLORE13A
from dsl import GOAL as _GOAL13A
from dsl import PLAN as _PLAN13A
from dsl import REFINE as _REFINE13A
from dsl import REQ as _REQ13A
from dsl import SEARCH as _SEARCH13A
from dsl import SELECT as _SELECT13A
from dsl import SKILLS as _SKILLS13A
from dsl import SKIP as _SKIP13A

DIALOGUES += [
    D(
        "es-v13u-01",
        ["v13u", "no_accents", "career_change", "area_cyber"],
        [
            T(
                "buenas, soy camionero en zaragoza, 20 años en la carretera y ya no quiero mas. siempre me "
                "ha molado lo de la ciberseguridad, los hackers y eso. se puede empezar sin saber nada?",
                _GOAL13A + _EXPLORE13A + _SEARCH13A,
                goal="cyber",
                goal_not=["camionero", "truck", "driver", "conductor"],
            ),
            T(
                "y en que idioma son? ingles lo justo",
                _EXPLAIN13A + _SELECT13A + _CONS13A + _SEARCH13A,
                cite_min=1,
            ),
            T(
                "vale, hazme un plan, puedo 8 horas a la semana",
                _PLAN13A + _CONS13A,
                plan=True,
                hours=8,
                plan_hours=8,
                cite_any=_L13A.CYBER,
            ),
        ],
        split="tune",
    ),
    D(
        "es-v13u-02",
        ["v13u", "third_person", "relative", "free_only", "area_software"],
        [
            T(
                "hola! mi hijo tiene 16 y se pasa el dia con el fortnite, dice que quiere hacer videojuegos. "
                "hay algun curso gratis para que empiece a programar? el ingles lo lleva bien del insti",
                _SEARCH13A + _EXPLORE13A + _GOAL13A,
                cite_any=["glcc-code-107", "lit-prog-101"],
            ),
            T("y despues de ese?", _REQ13A + _EXPLAIN13A + _PLAN13A + _SEARCH13A, cite_any=_L13A.SOFTWARE),
        ],
        split="tune",
    ),
    D(
        "es-v13u-03",
        ["v13u", "named_course", "requirements", "what_after", "area_data"],
        [
            T(
                "info sobre Mineria de datos y big data porfa",
                _EXPLAIN13A + _SEARCH13A,
                cite_any=["ual-mineria-301"],
            ),
            T(
                "que necesito saber antes?",
                _REQ13A,
                cite_any=[
                    "ual-mineria-301",
                    "ual-python-201",
                    "ual-sql-102",
                    "ual-estad-202",
                    "ual-datos-101",
                ],
            ),
            T(
                "y despues que? me interesa lo de recomendar productos tipo netflix",
                _REQ13A + _SEARCH13A + _EXPLAIN13A + _PLAN13A,
                cite_any=["ual-recom-304"],
            ),
        ],
        split="tune",
    ),
    D(
        "es-v13u-04",
        ["v13u", "profile_start", "held", "certificate_total", "area_data"],
        [
            T(
                "ya termine el de SQL!! por fin",
                _SKILLS13A + _SKIP13A,
                held=["ual-sql-102"],
            ),
            T(
                "cuanto me falta para el Experto Universitario y cuanto cuesta todo lo que queda?",
                _PLAN13A + _EXPLAIN13A + _REQ13A,
                cite_any=_L13A.DATA_CERT_ES,
                plan_excl=["ual-sql-102"],
            ),
        ],
        profile={
            "id": "p-v13u-es-04",
            "goal": {
                "label": "data analyst",
                "occupation_uri": "http://data.europa.eu/esco/occupation/d3edb8f8-3a06-47a0-8fb9-9b212c006aa2",
            },
            "credentials": [
                {"id": "ual-datos-101", "title": "Introducción al análisis de datos con hojas de cálculo"}
            ],
            "languages": ["es"],
            "constraints": {"hours_per_week": 6},
        },
        split="tune",
    ),
    D(
        "es-v13u-05",
        ["v13u", "colombian", "budget_cop", "area_web"],
        [
            T(
                "parce quiero aprender a hacer paginas web pa conseguir clientes como freelance, soy "
                "disenador grafico",
                _GOAL13A + _EXPLORE13A + _SKILLS13A,
                goal="web",
            ),
            T(
                "tengo como 800 mil pesos y unas 10 horitas a la semana",
                _CONS13A,
                budget=(800000, "COP"),
                hours=10,
            ),
            T("listo, armame el plan", _PLAN13A, plan=True, plan_hours=10, cite_any=_L13A.WEB),
            T(
                "el de javascript con typescript me lo puedo saltar? ya hice un bootcamp",
                _SKIP13A + _SKILLS13A + _REFINE13A,
                plan_excl=["lit-fw-203"],
            ),
        ],
        split="tune",
    ),
    D(
        "es-v13u-06",
        ["v13u", "educator", "mexican", "area_teaching"],
        [
            T(
                "soy maestra de secundaria en Puebla y me toco dar la materia de computacion este ciclo. no "
                "soy de sistemas. hay algo para prepararme? en ingles esta bien",
                _SEARCH13A + _GOAL13A + _EXPLORE13A,
                cite_any=_L13A.TEACH_CS,
            ),
            T("cuanto dura el primero", _SELECT13A + _EXPLAIN13A, cite_min=1),
            T(
                "quiero terminar antes de que acabe el ciclo escolar en julio, cuantas horas a la semana "
                "necesitaria?",
                _CONS13A + _PLAN13A + _EXPLAIN13A,
                deadline=("2027-06-15", "2027-07-31"),
            ),
        ],
        split="tune",
    ),
    D(
        "es-v13u-07",
        ["v13u", "spanglish", "nonexistent", "area_cloud"],
        [
            T(
                "quiero hacer un upskill en cloud, algo tipo el AWS Solutions Architect, lo tienen?",
                _SEARCH13A + _EXPLAIN13A + _GOAL13A,
                cite_any=_L13A.CLOUD,
            ),
            T(
                "ok y lo mas parecido en ingles? aleman no hablo",
                _SEARCH13A + _CONS13A + _REFINE13A + _SELECT13A,
                cite_any=_L13A.CLOUD_EN + ["lcsi-edge-302"],
            ),
        ],
        split="tune",
    ),
    D(
        "es-v13u-08",
        ["v13u", "compare", "named_course", "area_data"],
        [
            T(
                "Python para el analisis de datos o Estadistica aplicada con R, cual hago primero?",
                _COMPARE13A + _EXPLAIN13A,
                cite_any=["ual-python-201", "ual-estad-202"],
            ),
            T(
                "el de R es presencial? trabajo de turno partido",
                _SELECT13A + _EXPLAIN13A,
                cite_any=["ual-estad-202"],
            ),
        ],
        split="tune",
    ),
    D(
        "es-v13u-09",
        ["v13u", "voice_typed", "languages", "area_dpo"],
        [
            T(
                "hola mira trabajo en el ayuntamiento de un pueblo en registro y ahora con lo de la "
                "proteccion de datos nos piden que alguien sepa del tema y me ha tocado a mi asi que "
                "necesito un curso de rgpd o algo asi y el frances lo leo regular",
                _SEARCH13A + _GOAL13A + _EXPLORE13A,
                cite_any=_L13A.DPO,
            ),
            T("hay alguno en castellano?", _SEARCH13A + _CONS13A + _REFINE13A),
            T(
                "vale pues el frances basico, cual es el mas facil",
                _SELECT13A + _COMPARE13A + _SEARCH13A,
                cite_any=["inl-rgpd-101", "inl-sensib-104"],
            ),
        ],
        split="tune",
    ),
    D(
        "es-v13u-10",
        ["v13u", "career_change", "deadline_festival", "area_dba"],
        [
            T(
                "soy tecnico de soporte en una aseguradora, me paso el dia reseteando contraseñas. quiero "
                "pasar a administrador de bases de datos",
                _GOAL13A + _SKILLS13A + _EXPLORE13A,
                goal="dba",
            ),
            T(
                "antes de semana santa quiero tener algo hecho, 5 horas semanales",
                _CONS13A,
                hours=5,
                deadline=_L13A.EASTER_WEEK,
            ),
            T("y el plan?", _PLAN13A, plan=True, plan_hours=5, cite_any=_L13A.DBA),
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
from dsl import CONS as _CONS14
from dsl import EXPLAIN as _EX14  # noqa: E402
from dsl import GOAL as _GOAL14
from dsl import PLAN as _PLAN14
from dsl import REQ as _REQ14
from dsl import SELECT as _SEL14
from dsl import SKIP as _SKIP14  # noqa: E402
from dsl import D as _D14
from dsl import T as _T14

_ASK14 = _EX14 + _SEL14 + _REQ14
DIALOGUES += [
    _D14(
        "es-t9named-fit-01",
        ["t9named", "named_course", "fit"],
        [
            _T14(
                "¿Me conviene Estadística aplicada con R si solo sé usar Excel?",
                _ASK14,
                cite_any=["ual-estad-202"],
                no_goal=True,
                plan=False,
            ),
            _T14("¿y qué tengo que hacer antes?", _ASK14, cite_any=["ual-datos-101"], plan=False),
            _T14("¿cuántas semanas dura ese?", _ASK14, cite_any=["ual-datos-101"], plan=False),
        ],
        split="tune",
    ),
    _D14(
        "es-t9named-eqf-02",
        ["t9named", "concept"],
        [
            _T14(
                "¿qué significa nivel 6 del EQF? ¿es como un grado universitario?",
                _EX14,
                no_goal=True,
                plan=False,
            ),
        ],
        split="tune",
    ),
]
DIALOGUES += [
    _D14(
        "es-t9named-subject-03",
        ["t9named", "skip", "subject"],
        [
            _T14(
                "quiero trabajar de técnico de soporte informático, tengo 8 horas a la semana",
                _GOAL14 + _PLAN14 + _CONS14,
                plan=True,
            ),
            _T14(
                "ya tengo el de sistemas operativos de escritorio",
                _SKIP14 + ["state_skills"],
                held=["glcc-sys-202"],
            ),
        ],
        split="tune",
    ),
]

# -- session 14 (t9goals): goals read the way people state them; tune, written before the fixes -------------
import t9goals_lists as _G14  # noqa: E402
from dsl import SEARCH as _SEARCH14  # noqa: E402

DIALOGUES += [
    D(
        "es-t9goals-01",
        ["t9goals", "teacher_title"],
        [
            T(
                "Soy maestra de primaria y quiero aprender a enseñar competencias digitales a mis alumnos",
                _G14.GOAL_OR_EXPLORE,
                role=_G14.TEACHER_ROLE,
                goal=_G14.TEACHING_GOAL,
            ),
        ],
        split="tune",
    ),
    D(
        "es-t9goals-02",
        ["t9goals", "domain_worker_ai"],
        [
            T(
                "Soy enfermero en urgencias y quiero entender cómo se usa la inteligencia artificial en los "
                "hospitales, nada muy técnico",
                _G14.GOAL_OR_EXPLORE,
                role=_G14.NURSE_ROLE,
                goal_not=_G14.NOT_ICT_AI_JOB,
                cite_any=_G14.AI_BASICS,
            ),
        ],
        split="tune",
    ),
    D(
        "es-t9goals-03",
        ["t9goals", "filler_words", "search"],
        [
            T("¿tienen algo de docker?", _SEARCH14, cite_min=1),
            T(
                "vale, ¿y algún curso bueno de cloud para principiantes?",
                _SEARCH14,
                cite_any=_G14.CLOUD_BEGINNER,
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
from dsl import EXPLORE as _EXPLORE9P  # noqa: E402
from dsl import GOAL as _GOAL9P  # noqa: E402
from dsl import GOAL_OR_PLAN as _GOAL_OR_PLAN9P  # noqa: E402
from dsl import SEARCH as _SEARCH9P  # noqa: E402
from dsl import D as _D9P  # noqa: E402
from dsl import T as _T9P  # noqa: E402

DIALOGUES += [
    _D9P(
        "es-t9p-01",
        ["t9profile", "field_with_person_word", "career_change"],
        [
            _T9P(
                "Llevo cinco años en atención al cliente en un banco y me interesa el soporte técnico "
                "informático. ¿Por dónde empiezo?",
                _GOAL_OR_PLAN9P + _SEARCH9P,
                goal="helpdesk",
                reply_excl=["tu cliente", "su cliente"],
            ),
            _T9P("español o inglés, me da igual", _CONS9P, study_langs=["es", "en"]),
        ],
        split="tune",
    ),
    _D9P(
        "es-t9p-02",
        ["t9profile", "level_floor"],
        [
            _T9P(
                "Soy programador y quiero aprender machine learning, nada de nivel básico por favor",
                _GOAL_OR_PLAN9P + _SEARCH9P,
                goal="ml",
                min_eqf=5,
            ),
        ],
        split="tune",
    ),
    _D9P(
        "es-t9p-03",
        ["t9profile", "relative", "topic_not_format"],
        [
            _T9P(
                "Mi abuela tiene 70 años y quiere aprender a hacer compras online y usar la banca en línea "
                "con seguridad. Solo habla español.",
                _EXPLORE9P + _SEARCH9P + _GOAL9P,
                no_part=True,
                langs=["es"],
                reply_excl=["puedes estudiar en"],
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
from dsl import PLAN as _PLAN15  # noqa: E402
from dsl import SEARCH as _SEARCH15  # noqa: E402
from dsl import D as _D15  # noqa: E402
from dsl import T as _T15  # noqa: E402

DIALOGUES += [
    _D15(
        "es-t10named-lang-01",
        ["t10named", "named_course", "attribute_language"],
        [
            _T15("Busco cursos de análisis de datos", _N15.OPEN),
            _T15(
                "¿el de SQL se imparte en inglés?",
                _N15.ASK,
                cite_any=["ual-sql-102"],
                no_study_lang=True,
                plan=False,
                reply_excl=_N15.CARD["es"],
            ),
        ],
        split="tune",
    ),
    _D15(
        "es-t10named-price-02",
        ["t10named", "named_course", "attribute_price", "attribute_format"],
        [
            _T15("háblame de Estadística aplicada con R", _N15.ASK),
            _T15(
                "¿y cuánto cuesta? ¿es presencial?",
                _N15.ASK,
                cite_any=["ual-estad-202"],
                no_part=True,
                plan=False,
                reply_excl=_N15.CARD["es"],
            ),
        ],
        split="tune",
    ),
    _D15(
        "es-t10named-prereq-03",
        ["t10named", "named_course", "attribute_prerequisites"],
        [
            _T15("quiero aprender minería de datos", _N15.OPEN),
            _T15(
                "¿qué tengo que saber antes del de minería?",
                _N15.ASK,
                cite_any=["ual-mineria-301"],
                plan=False,
                reply_excl=_N15.CARD["es"],
            ),
        ],
        split="tune",
    ),
    _D15(
        "es-t10named-missing-04",
        ["t10named", "not_in_catalogue"],
        [
            _T15(
                "¿tenéis algún curso de desarrollo de videojuegos con Unity?",
                _SEARCH15 + _EXPLORE15,
                reply_any=_N15.MISSING["es"],
            ),
        ],
        split="tune",
    ),
    _D15(
        "es-t10named-fastest-05",
        ["t10named", "fastest_path"],
        [
            _T15("me gustaría ser analista de datos", _N15.PLANNED),
            _T15("¿cuál es el camino más rápido?", _PLAN15, plan=True),
        ],
        split="tune",
    ),
]

# -- session 15 (t10search): search topics without filler, follow-ups that keep their word; tune, written
# before the fixes ------------------------------------------------------------------------------------------
import t10search_lists as _S15  # noqa: E402

DIALOGUES += [
    D(
        "es-t10search-01",
        ["t10search", "topic_filler", "search"],
        [
            T(
                "vale, bien. ¿qué cursos tenéis sobre inteligencia artificial "
                "para alguien sin formación técnica?",
                _S15.INTENTS_SEARCH,
                cite_min=1,
                cite_none=_S15.ADVANCED,
                reply_excl=["alguien", "formación técnica", "bien inteligencia"],
            ),
        ],
        split="tune",
    ),
    D(
        "es-t10search-02",
        ["t10search", "cheaper_budget"],
        [
            T("cursos de análisis de datos", _S15.INTENTS_SEARCH, cite_min=1),
            T("tengo un presupuesto de 400 euros", _S15.INTENTS_BUDGET, budget=(400, "EUR")),
            T(
                "¿y hay algo más barato?",
                _S15.INTENTS_CHEAPER,
                budget=(400, "EUR"),
                cite_none=_S15.UAL_OVER_400,
            ),
        ],
        split="tune",
    ),
    D(
        "es-t10search-03",
        ["t10search", "free_languages"],
        [
            T("Quiero trabajar de analista de datos", ["set_goal", "explore", "plan"], goal="data_analyst"),
            T(
                "¿hay algo gratis?",
                _S15.INTENTS_FREE,
                cite_none=["inl-pix-101", "bvca-awareness-101", "hrd-cloud-101", "inl-rgpd-101"],
            ),
        ],
        split="tune",
    ),
    D(
        "es-t10search-04",
        ["t10search", "held_no_plan"],
        [
            T("¿qué hay de SQL?", _S15.INTENTS_SEARCH, cite_min=1),
            T(
                "ya hice el curso SQL para el análisis de datos",
                _S15.INTENTS_HELD,
                held=["ual-sql-102"],
                reply_excl=["vuelto a planificar"],
            ),
        ],
        split="tune",
    ),
    D(
        "es-t10search-05",
        ["t10search", "topic_role_words"],
        [
            T(
                "Soy cajera de supermercado desde hace 8 años, ¿qué cursos hay de ciberseguridad?",
                _S15.INTENTS_SEARCH + ["state_skills", "set_goal"],
                cite_min=1,
                reply_excl=["supermercado ciberseguridad", "años**"],
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
        "es-t10roles-01",
        ["t10roles", "status_not_job"],
        [
            _T10R(
                "Estoy jubilada y quiero aprender a usar el móvil sin que me estafen", _ANY10R, no_role=True
            ),
        ],
        split="tune",
    ),
    _D10R(
        "es-t10roles-02",
        ["t10roles", "place_not_job"],
        [
            _T10R(
                ("Trabajo de recepcionista en un hotel de Málaga y me gustaría pasarme a la ciberseguridad"),
                _ANY10R,
                role_not=["málaga", "hotel"],
                goal="cyber",
            ),
        ],
        split="tune",
    ),
    _D10R(
        "es-t10roles-03",
        ["t10roles", "skill_not_course"],
        [
            _T10R(
                "Ya manejo Python a nivel básico; quiero ser científico de datos",
                _ANY10R,
                held_not=["ual-python-201", "lit-prog-101", "diaa-viz-204"],
                goal="data_scientist",
            ),
        ],
        split="tune",
    ),
    _D10R(
        "es-t10roles-04",
        ["t10roles", "relative", "study_not_job"],
        [
            _T10R(
                (
                    "Mi hijo está en la universidad estudiando derecho y quiere aprender sobre "
                    "protección de datos"
                ),
                _ANY10R,
                role_not=["universidad", "hijo", "estudiando"],
                reply_excl=["ahora trabajas"],
            ),
        ],
        split="tune",
    ),
    _D10R(
        "es-t10roles-05",
        ["t10roles", "adviser"],
        [
            _T10R(
                (
                    "Soy orientadora laboral. Atiendo a un chico de 20 años sin estudios que quiere "
                    "trabajar con ordenadores. ¿Por dónde empezaría?"
                ),
                _ANY10R,
                reply_excl=["ahora trabajas", "**tu experiencia**"],
            ),
        ],
        split="tune",
    ),
]

DIALOGUES += [
    _D10R(
        "es-t10roles-06",
        ["t10roles", "skill_not_course"],
        [
            _T10R(
                "Ya sé Excel y algo de estadística; me gustaría ser analista de datos",
                _ANY10R,
                held_not=["ual-datos-101", "ual-estad-202", "glcc-office-106"],
                goal="data_analyst",
            ),
        ],
        split="tune",
    ),
]


# t11own (session 16, tune, written BEFORE the fixes by the helper who fixes them): the learner's own
# language and form searched without a goal, an interest absorbed, a subject not wanted, the gender said
import t11own_lists as _O16  # noqa: E402

DIALOGUES += _O16.dialogues("es")
# -- session 16 (t11lists): questions over the list or plan just shown - a superlative over what was shown,
# the nth step's card, the plan's total, a shorter entry course after a long plan, a cover letter / CV /
# interview out of scope. Written BEFORE the fixes by the helper who fixes them (a check of that work, not a
# blind measure), in phrasings not taken from the lead's trial 11. For tune.
import t11lists_lists as _L16  # noqa: E402
from dsl import D as _D16  # noqa: E402
from dsl import T as _T16  # noqa: E402

DIALOGUES += [
    _D16(
        "es-t11lists-01",
        ["t11lists", "shown_extreme"],
        [
            _T16("cursos de redes por favor", _L16.OPEN),
            _T16(
                "¿y cuál es el más corto de esos?",
                _L16.PICK,
                cite_any=["bvca-netfor-302"],
                reply_any=["82.5 h"],
                plan=False,
            ),
        ],
        split="tune",
    ),
    _D16(
        "es-t11lists-02",
        ["t11lists", "plan_step_card"],
        [
            _T16("quiero ser analista de datos, 4 horas a la semana, hazme un plan", _L16.PLANNED, plan=True),
            _T16(
                "¿qué es exactamente el primer curso?",
                _L16.PICK,
                cite_any=["ual-datos-101"],
                reply_any=["Universidad Abierta de Levante"],
                plan=False,
            ),
        ],
        split="tune",
    ),
    _D16(
        "es-t11lists-03",
        ["t11lists", "plan_total"],
        [
            _T16("quiero ser analista de datos, 4 horas a la semana, hazme un plan", _L16.PLANNED, plan=True),
            _T16("¿cuánto me costaría todo el plan?", _L16.TOTAL, prev_total="cost", plan=False),
        ],
        split="tune",
    ),
    _D16(
        "es-t11lists-04",
        ["t11lists", "shorter_start"],
        [
            _T16("quiero ser analista de datos, 4 horas a la semana, hazme un plan", _L16.PLANNED, plan=True),
            _T16(
                "76 semanas es mucho, ¿hay algo más corto para empezar?", _L16.SHORTER, cite_min=1, plan=False
            ),
        ],
        split="tune",
    ),
    _D16(
        "es-t11lists-05",
        ["t11lists", "cover_letter"],
        [
            _T16(
                "hazme el currículum para un puesto de programador",
                _L16.OUT,
                reply_any=["No puedo escribir"],
                no_role=True,
            ),
            _T16("vale, entonces quiero ser desarrollador de software", _L16.PLANNED, goal="software"),
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
        "es-t11goal-01",
        ["t11goal", "from_to"],
        [
            _T11G(
                "Quiero pasar de maestra de primaria a algo de ciberseguridad",
                _G11.ANY,
                goal="cyber",
                goal_not=["teacher", "maestr"],
            ),
        ],
        split="tune",
    ),
    _D11G(
        "es-t11goal-02",
        ["t11goal", "from_to"],
        [
            _T11G(
                "Trabajo de cajero en un supermercado y quiero dejarlo por el análisis de datos",
                _G11.ANY,
                goal="data_analyst",
                goal_not=["cajero", "cashier"],
            ),
        ],
        split="tune",
    ),
    _D11G(
        "es-t11goal-03",
        ["t11goal", "background"],
        [
            _T11G(
                "No tengo estudios, solo sé Excel. Me dicen que aprenda datos, ¿por dónde empiezo?",
                _G11.ANY,
                reply_excl=_G11.NOT_IN_CATALOGUE["es"],
                cite_any=_G11.DATA_ENTRY,
                cite_none=_G11.DATA_ADVANCED,
            ),
        ],
        split="tune",
    ),
    _D11G(
        "es-t11goal-04",
        ["t11goal", "that_job"],
        [
            _T11G(
                "Vi una oferta de trabajo de desarrollador web en mi ciudad", _G11.ANY_OR_OOS, dead_ok=True
            ),
            _T11G("¿qué tendría que aprender para ese trabajo?", _G11.ANY, goal="web"),
        ],
        split="tune",
    ),
    _D11G(
        "es-t11goal-05",
        ["t11goal", "skill_held"],
        [
            _T11G(
                "Sé programar en C y un poco de Python; me interesa la computación de alto rendimiento",
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

DIALOGUES += _R17.dialogues("es")


# acts17 (session 17, tune, written BEFORE the fixes by the helper who fixes them): the weakest acts of the
# frozen report in new phrasings - skills held, out-of-scope requests and pay, searches in own words.
# Dialogues 07 and 08 are held back (never trained on, failures not studied): acts17_lists.HELD_BACK.
import acts17_lists as _A17  # noqa: E402
from dsl import D as _D17  # noqa: E402
from dsl import T as _T17  # noqa: E402

DIALOGUES += [
    _D17(
        "es-acts17-01",
        ["acts17", "skills_held"],
        [
            _T17(
                "Manejo bien Excel y Access, SQL a nivel intermedio y algo de Tableau para informes.",
                ["state_skills"],
                skills_all=["spreadsheet", "sql", "business intelligence"],
            ),
        ],
        split="tune",
    ),
    _D17(
        "es-acts17-02",
        ["acts17", "oos"],
        [
            _T17(
                "Necesito un abogado, mi casero no me devuelve la fianza, ¿qué hago?",
                _A17.OOS_OR_EXPLORE,
                reply_any=_A17.CAN_DO["es"],
            ),
        ],
        split="tune",
    ),
    _D17(
        "es-acts17-03",
        ["acts17", "search"],
        [
            _T17(
                "busco algo de inteligencia artificial pero sin mates complicadas, nivel básico",
                ["search"],
                cite_any=_A17.AI,
            ),
        ],
        split="tune",
    ),
    _D17(
        "es-acts17-04",
        ["acts17", "skills_held"],
        [
            _T17(
                (
                    "Tengo el certificado de Fundamentos de la inteligencia artificial y "
                    "llevo dos años usando "
                    "Python con pandas"
                ),
                ["state_skills", "skip_step"],
                held=["ual-ia-101"],
                skills=["python"],
            ),
        ],
        split="tune",
    ),
    _D17(
        "es-acts17-05",
        ["acts17", "pay"],
        [
            _T17("¿Cuánto cobra un analista de datos en España?", _A17.NEAR, reply_any=_A17.SALARY["es"]),
        ],
        split="tune",
    ),
    _D17(
        "es-acts17-06",
        ["acts17", "search"],
        [
            _T17("cursos de redes tipo cisco, online", ["search"], cite_any=_A17.NET),
        ],
        split="tune",
    ),
    _D17(
        "es-acts17-07",
        ["acts17", "skills_held", "held_back"],
        [
            _T17(
                "sé usar photoshop e illustrator desde hace años, y también hago páginas con wordpress",
                ["state_skills"],
                skills_all=["photoshop", "illustrator", "wordpress"],
            ),
        ],
        split="tune",
    ),
    _D17(
        "es-acts17-08",
        ["acts17", "oos", "held_back"],
        [
            _T17("cuéntame un chiste de informáticos", _A17.OOS_OR_EXPLORE, reply_any=_A17.CAN_DO["es"]),
            _T17("vale, ¿y cursos de bases de datos para principiantes?", ["search"], cite_any=_A17.DB),
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
        "es-t12goal-01",
        ["t12goal", "job_subject"],
        [
            _T12G(
                "Soy administrador de redes y en mi empresa quieren que aprenda automatización con python",
                _G12.ANY,
                goal_not=_G12.NETADMIN,
                cite_any=_G12.NET_AUTOMATION,
            ),
        ],
        split="tune",
    ),
    _D12G(
        "es-t12goal-02",
        ["t12goal", "weak_interest"],
        [
            _T12G("trabajo en una fábrica y quiero cambiar", _G12.ANY),
            _T12G(
                "algo donde pueda hablar con la gente, eso me gusta",
                _G12.ANY,
                goal_not=["gente", "hablar"],
            ),
        ],
        split="tune",
    ),
    _D12G(
        "es-t12goal-03",
        ["t12goal", "experience"],
        [
            _T12G(
                "Llevo 6 años de experiencia como técnico de soporte y quiero pasarme a la ciberseguridad",
                _G12.ANY,
                no_deadline=True,
                goal="cyber",
            ),
        ],
        split="tune",
    ),
    _D12G(
        "es-t12goal-04",
        ["t12goal", "thin_goal"],
        [
            _T12G(
                (
                    "Oriento a tres enfermeras que quieren pasarse a la informática sanitaria. Pueden "
                    "dedicar 3 horas a la semana y no tienen presupuesto."
                ),
                _G12.ANY,
                reply_excl=_G12.FULL_COVER,
            ),
        ],
        split="tune",
    ),
    _D12G(
        "es-t12goal-05",
        ["t12goal", "interest"],
        [
            _T12G(
                "me encantaría reparar ordenadores y echar una mano a quien tenga problemas con el suyo",
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

DIALOGUES += _L17.dialogues("es")


# refs18 (session 18, tune, written BEFORE the fixes by the helper who fixes them): questions about named
# courses and certificates answered from the catalogue (shared in authoring/refs18_lists.py)
import refs18_lists as _Q18  # noqa: E402

DIALOGUES += _Q18.dialogues("es")


# refine18 (session 18, tune, written BEFORE the fixes by the helper who fixes them): refinements in every
# language after a list, a plan or a "nearest" answer - cheaper/free said in other ways, a question about
# availability is no limit, "free?" over a goal, limits after a plan (shared in authoring/refine18_lists.py)
import refine18_lists as _RF18  # noqa: E402

DIALOGUES += _RF18.dialogues("es")

# trans18 (session 18, tune, written BEFORE the fixes by the helper who fixes them): passing English
# tune dialogues said again in this language (authoring/trans18.py); 41-60 (vi/hi/bn) are held back.
import trans18 as _TR18  # noqa: E402

DIALOGUES += _TR18.BY_LANG["es"]


# goal18 (session 18, tune, written BEFORE the fixes by the helper who fixes them, in its own
# phrasings): goals and roles that are what the learner meant - constraints or "pick for me" after an opener
# set no goal of its words, skills held stay out of the goal's label, a group, a comparison or a past job is
# no role or held skill
import goal18_lists as _G18  # noqa: E402

DIALOGUES += _G18.dialogues("es")


# skills18 (session 18, tune, written BEFORE the fixes by the helper who fixes them): what the learner says
# they know, saved right - levels said in words, every skill of a long message, years of study and primary
# teachers no EQF limit, skills denied or compared, tools named informally
import skills18_lists as _S18  # noqa: E402

DIALOGUES += _S18.dialogues("es")


# roles19 (session 19, tune, written BEFORE the fixes by the helper who fixes them): goal occupations named in
# any language or informally, primary and adult teachers' goals (the pupils' level no EQF limit), a current
# and a target job in one sentence (shared in authoring/roles19_lists.py)
import roles19_lists as _R19  # noqa: E402

DIALOGUES += _R19.dialogues("es")

# scope19 (session 19, tune, written BEFORE the fixes by the helper who fixes them): out of scope only
# when it is (unrelated requests with what the assistant can do, near-scope ones answered),
# searches in any words
import scope19_lists as _SC19  # noqa: E402

DIALOGUES += _SC19.dialogues("es")


# vague19 (session 19, tune, written BEFORE the fixes by the helper who fixes them, in its own phrasings):
# vague openings set no goal of their words, "you choose for me" picks one direction from what was said,
# "a plan to get to that one" plans towards the entry in focus, a past job invents no held skill
import vague19_lists as _V19  # noqa: E402

DIALOGUES += _V19.dialogues("es")

# skills19 (session 19, helper skills19, tune): held skills and done courses said any way - the skill before
# its verb, a plan step named by its subject in any language, lists of skills beside jobs and places
import skills19_lists as _S19  # noqa: E402

DIALOGUES += _S19.dialogues("es")

# refine19 (session 19, issue #12): refinements that change what is shown ("cheaper" over a plan that is
# already the cheapest, a card or a comparison) and questions about a language or format that are not filters
import refine19_lists as _R19  # noqa: E402

DIALOGUES += _R19.dialogues("es")

# skills20 (session 20, issue #12): held skills and held courses - courses not in the catalogue as evidence,
# negation, levels, lists, pronouns, school or degree as background
import skills20_lists as _S20  # noqa: E402

DIALOGUES += _S20.dialogues("es")

# goals20 (session 20, tune, written BEFORE the fixes by the helper who fixes them): goals and labels a
# learner would recognise - workplaces are no roles, labels without typos or the group's words, areas by
# meaning, English titles inside other languages (shared in authoring/goals20_lists.py)
import goals20_lists as _G20  # noqa: E402

DIALOGUES += _G20.dialogues("es")

# search20 (session 20, issue #12, tune, written BEFORE the fixes by the helper who fixes them): a level in a
# search is a limit on it, totals over a plan, a list or a certificate, searches with limits in es/de/fi/fr
import search20_lists as _S20  # noqa: E402

DIALOGUES += _S20.dialogues("es")

# lang20 (session 20, tune, written BEFORE the fixes by the helper who fixes them): everyday conversations -
# greetings, goals, limits said the everyday way, advisers, held skills, named courses, definitions after a
# card, refinements (shared in authoring/lang20_lists.py)
import lang20_lists as _LG20  # noqa: E402

DIALOGUES += _LG20.dialogues("es")

# follow20 (session 20, tune, written BEFORE the fixes by the helper who fixes them): follow-ups that
# keep the thread - the answer after the counsellor's opening and "what do I do first?", "faster?" after a
# plan, a held basics course with a level wish, a plan to the entry in focus (authoring/follow20_lists.py)
import follow20_lists as _F20  # noqa: E402

DIALOGUES += _F20.dialogues("es")

# which21 (session 21, issue #12, tune, written BEFORE the fixes by the helper who fixes them): "which one
# first, and why?" after a list, a plan, a card, the counsellor's opening or nothing, held skills said beside
# it, an adviser's group (authoring/which21_lists.py)
import which21_lists as _W21  # noqa: E402

DIALOGUES += _W21.dialogues("es")
# refine21 (session 21, tune, written BEFORE the fixes by the helper who fixes them): searches with a topic
# and a limit, then refinements, ordinal questions about a listed course and goal changes mid-thread
# (authoring/refine21_lists.py)
import refine21_lists as _R21  # noqa: E402

DIALOGUES += _R21.dialogues("es")

# roles21 (session 21, tune, written BEFORE the fixes by the helper who fixes them): current roles and goals
# that read cleanly - spoken copulas, fillers, running/driving/doing a trade, fields of work, interests,
# selling online (authoring/roles21_lists.py)
import roles21_lists as _R21  # noqa: E402

DIALOGUES += _R21.dialogues("es")

# session 22 (goals22): goals and roles read from any sentence - hearsay, places, brackets, a trade and
# a field,
# "ok"/"ready", two goals, advisers, goals the catalogue lacks (authoring/goals22_lists.py)
import goals22_lists as _G22  # noqa: E402

DIALOGUES += _G22.dialogues("es")
# questions about a plan and its courses (authoring/explain22_lists.py)
import explain22_lists as _E22  # noqa: E402

DIALOGUES += _E22.dialogues("es")

# skills21 (session 21, reverted at its merge and relanded in session 22 by skills22): skill statements in any
# phrasing - tools for skills, everyday levels, a job said as its work, corrections, an adviser's client,
# skills inside a goal, a plan that skips what is held (authoring/skills21_lists.py)
import skills21_lists as _S21  # noqa: E402

DIALOGUES += _S21.dialogues("es")

# skills22 (session 22, tune, written BEFORE the fixes by the helper who fixes them): lists of skills with a
# field word ("Linux und Netzwerke"), an adviser's "sie kann Excel", skills inside a goal, tools still not in
# the catalogue by name, a search naming skills is no statement (authoring/skills22_lists.py)
import skills22_lists as _S22  # noqa: E402

DIALOGUES += _S22.dialogues("es")

# dees22 (session 22, tune, written BEFORE the fixes by the helper who fixes them): German and Spanish
# conversations as learners and advisers write them - vague openings, rambling turns, follow-ups, named
# courses, regional forms, ae/oe/ue and missing accents (authoring/dees22_lists.py)
import dees22_lists as _DE22  # noqa: E402

DIALOGUES += _DE22.dialogues("es")
# what "that one" points at after a superlative, a swapped plan step, "anything in French?", goals named by
# an area or a need (authoring/refs23_lists.py)
import refs23_lists as _R23  # noqa: E402

DIALOGUES += _R23.dialogues("es")

# session 23 (days23): a learner's day instead of skills, time questions ("how long until a job?", "can I
# finish by June?", "hours a week for 2 months?"), a degree or study as background (authoring/days23_lists.py)
import days23_lists as _D23  # noqa: E402

DIALOGUES += _D23.dialogues("es")

# session 24 (directions24): a counsellor's opening that fits the learner - directions from what was said,
# the answer to the opening read, prices in the currency asked (authoring/directions24_lists.py)
import directions24_lists as _DIR24  # noqa: E402

DIALOGUES += _DIR24.dialogues("es")

# session 24 (acts24): the act decision's largest causes on the tune split - a message about oneself naming no
# skill read as skills held, a first message about something else read as out of scope unsure
# (authoring/acts24_lists.py)
import acts24_lists as _A24  # noqa: E402

DIALOGUES += _A24.dialogues("es")

# session 24 (loose24): what follows a course toward the goal, only a phone, "how long until I'm ready?",
# goal labels in a stable order (authoring/loose24_lists.py)
import loose24_lists as _L24  # noqa: E402

DIALOGUES += _L24.dialogues("es")

# session 25 (goalplan25): a stated goal and the plan - a goal stated with its limits and nothing asked is the
# goal, a goal with the way asked for is the plan (authoring/goalplan25_lists.py)
import goalplan25_lists as _GP25  # noqa: E402

DIALOGUES += _GP25.dialogues("es")

# session 25 (classifier25): turns the intent classifier misreads where no later rule corrects it - a course
# asked for beside something about oneself, a background with a wish, a subject asked in a few words, a
# narrowing after a list, "what could I become with that?" (authoring/classifier25_lists.py)
import classifier25_lists as _C25  # noqa: E402

DIALOGUES += _C25.dialogues("es")

# session 25 (lead25fix): lead trial 21's classes - background words in the goal, courses in the learner's
# language, a subject excluded, the cheapest plan, how long, the cheapest of a list, routing said
# (authoring/lead25fix_lists.py)
import lead25fix_lists as _LF25  # noqa: E402

DIALOGUES += _LF25.dialogues("es")

# session 26 (conv26): lead trial 21's follow-up and search classes - which of the courses just shown first,
# an adviser's "where should she start?", how long asked beside a goal, a subject's own courses first
# (authoring/conv26_lists.py)
import conv26_lists as _CV26  # noqa: E402

DIALOGUES += _CV26.dialogues("es")
# lang26 (session 26): everyday es as people write it - jobs, skills, limits, inflection, no diacritics,
# anglicisms, colloquial forms, negation (authoring/lang26_lists.py)
import lang26_lists as _LANG26  # noqa: E402

DIALOGUES += _LANG26.dialogues("es")
# session 26 (trial22fix): lead trial 22's classes - another client named in an adviser's chat
# (authoring/trial22fix_lists.py)
import trial22fix_lists as _T22  # noqa: E402

DIALOGUES += _T22.dialogues("es")
# session 26 (classifier26): new phrasings of the pairs the intent classifier confuses, written before the
# retrained classifier shipped with the rules it feeds re-measured (authoring/classifier26_lists.py)
import classifier26_lists as _C26  # noqa: E402

DIALOGUES += _C26.dialogues("es")
# session 27 (trial27): lead trial 22's classes still failing - a language asked after a list, an
# introduction done, cheaper on the subject, hours a week by a date, enrolment, another client in a learner's
# chat (authoring/trial27_lists.py)
import trial27_lists as _T27  # noqa: E402

DIALOGUES += _T27.dialogues("es")
# session 27 (causes27): the largest general causes of failing tune turns - something asked for on a
# subject beside a circumstance, what work one's skills lead to (authoring/causes27_lists.py)
import causes27_lists as _CA27  # noqa: E402

DIALOGUES += _CA27.dialogues("es")
# session 27 (roles27): the goal a learner's words mean - an alternative label naming another worker, a
# subject one word short of a job's name, a career changer's entry job, a teacher's subject, a field beside
# its domain (authoring/roles27_lists.py)
import roles27_lists as _R27  # noqa: E402

DIALOGUES += _R27.dialogues("es")
DIALOGUES += _R27.dialogues("es", unseen=True)
# session 28 (lang28): the largest general causes of failing de/es/fr/fi turns and the lead's browser
# findings - English titles inside a sentence, enrolment asks, a language after directions, a change of
# field, accented words (authoring/lang28_lists.py)
import lang28_lists as _L28  # noqa: E402

DIALOGUES += _L28.dialogues("es")
DIALOGUES += _L28.dialogues("es", unseen=True)
# session 28 (causes28): a subject wished beside a background (the job held, a lack, the studies)
# went without its goal (authoring/causes28_lists.py)
import causes28_lists as _CA28  # noqa: E402

DIALOGUES += _CA28.dialogues("es")
# session 28 (trial28): lead trial 23's classes still failing - a later wish or a preference kept beside the
# goal, a plan's whole time, a question about form after a plan, the cheapest with a language accepted, a
# short deadline, a course asked for on a subject, no money (authoring/trial28_lists.py)
import trial28_lists as _T28  # noqa: E402

DIALOGUES += _T28.dialogues("es")
DIALOGUES += _T28.dialogues("es", unseen=True)
# session 29 (trial29): lead trial 24's classes still failing - a lack or a job not wanted is no goal,
# "little bit" is basic, what a boss says, no budget beside a goal, what follows a one-step plan, the weeks
# of the first course, a subject the plan already teaches, a budget far below any course
# (authoring/trial29_lists.py)
import trial29_lists as _T29  # noqa: E402

DIALOGUES += _T29.dialogues("es")
DIALOGUES += _T29.dialogues("es", unseen=True)
# session 29 (advisers29): career advisers speaking of their clients - the client's facts in their profile,
# several clients in one chat, a wish for a field the catalogue does not name, one Spanish register
# (authoring/advisers29_lists.py)
import advisers29_lists as _A29  # noqa: E402

DIALOGUES += _A29.dialogues("es")
DIALOGUES += _A29.dialogues("es", unseen=True)
# session 29 (broad29): general causes of the blind sets 23-25 (tune from session 29) - the certificate a
# course counts towards, the nearest entries after a certificate the catalogue lacks, what follows a course
# just finished (authoring/broad29_lists.py)
import broad29_lists as _B29  # noqa: E402

DIALOGUES += _B29.dialogues("es")
