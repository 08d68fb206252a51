"""French dialogues: France, Belgium, Québec; "gratuit", franglais, conseillers en évolution
professionnelle."""

from dates import BEFORE_SUMMER, HALF_YEAR, IN_2_MONTHS, JUNE, SEPTEMBER
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

LANG = "fr"

DIALOGUES = [
    D(
        "fr-vague-01",
        ["vague"],
        [
            T("je sais pas trop quoi faire de ma vie pro, je tourne en rond", EXPLORE),
            T(
                "je suis secrétaire médicale, j'aime bien l'informatique",
                SKILLS + EXPLORE,
                role=["secrétaire", "secretary"],
                goal_not=["secrétaire", "secretary"],
            ),
            T("qu'est-ce que tu me conseilles ?", EXPLORE + PLAN + SEARCH, cite_min=1),
        ],
    ),
    D(
        "fr-gratuit-02",
        ["constraint_budget", "area_dlit"],
        [
            T(
                "formations gratuites pour apprendre l'informatique de base",
                SEARCH,
                cite_min=1,
                cite_any=["inl-pix-101", "inl-citoyen-102", "inl-securite-103", "glcc-dl-101"],
            ),
            T("en français svp", REFINE, cite_any=["inl-pix-101", "inl-citoyen-102", "inl-securite-103"]),
        ],
    ),
    D(
        "fr-dpo-03",
        ["area_dgov", "multi_intent"],
        [
            T(
                "Je veux devenir DPO. J'ai 4h par semaine et mon "
                "employeur paie jusqu'à 2000 €. Quel parcours ?",
                PLAN,
                goal="dpo",
                hours=4,
                budget=(2000, "EUR"),
                plan=True,
                cite_min=1,
                plan_incl=["inl-rgpd-101", "inl-dpo-201"],
            ),
            T("et en moins cher ?", REFINE, plan=True, cheaper=True),
        ],
    ),
    D(
        "fr-named-04",
        ["named_course", "stacking"],
        [
            T(
                "c'est quoi le contenu de Conduire une analyse d'impact (AIPD) ?",
                EXPLAIN,
                cite_any=["inl-aipd-202"],
            ),
            T("ça fait partie d'un certificat plus grand ?", EXPLAIN + REQ, cite_any=["inl-cert-gouv"]),
            T("il faut quoi avant ?", REQ, cite_any=["inl-rgpd-101"]),
        ],
    ),
    D(
        "fr-advisor-05",
        ["third_person", "area_cyber"],
        [
            T(
                "Je suis conseillère en évolution professionnelle. Mon bénéficiaire "
                "est magasinier et veut se reconvertir dans la cybersécurité.",
                GOAL + SKILLS,
                goal="cyber",
                role=["magasinier", "warehouse", "logisti"],
                goal_not=["magasinier"],
            ),
            T("il ne parle que français", SKILLS + CONS, langs=["fr"]),
            T("proposez-lui un parcours", PLAN, plan=True, plan_langs=["fr"], cite_min=1),
        ],
    ),
    D(
        "fr-deadline-06",
        ["constraint_deadline"],
        [
            T(
                "je dois être prêt d'ici six mois pour un poste d'analyste de données",
                GOAL + CONS,
                goal="data_analyst",
                deadline=HALF_YEAR,
                goal_not=["prêt"],
            ),
            T("fais-moi un plan", PLAN, plan=True),
        ],
    ),
    D(
        "fr-quebec-07",
        ["area_network", "constraint_budget"],
        [
            T(
                "salut! je cherche une formation en réseautique pas trop chère, genre 500 $ max",
                SEARCH + CONS,
                budget=(500, "CAD"),
                cite_any=["ccna-fondements-101", "ccna-net-101"],
            ),
        ],
    ),
    D(
        "fr-compare-08",
        ["compare", "named_course"],
        [
            T(
                "quelle différence entre Les fondamentaux du RGPD "
                "et Sensibiliser ses équipes à la confidentialité ?",
                COMPARE,
                cite_any=["inl-rgpd-101", "inl-sensib-104"],
                cite_min=2,
            ),
        ],
    ),
    D(
        "fr-oos-09",
        ["out_of_scope"],
        [
            T("tu peux me donner la recette de la blanquette ?", OOS),
        ],
    ),
    D(
        "fr-greet-10",
        ["greeting"],
        [
            T("bonjour", SMALL),
            T("merci beaucoup !", SMALL),
        ],
    ),
    D(
        "fr-nonexistent-11",
        ["nonexistent"],
        [
            T("vous avez la formation « Certification ISO 27001 Lead Implementer » ?", EXPLAIN + SEARCH),
            T("bon, alors quoi de proche ?", SEARCH, cite_min=1),
        ],
    ),
    D(
        "fr-skip-12",
        ["skip", "followup"],
        [
            T(
                "planifie mon parcours vers la gouvernance des données, 5h/semaine",
                PLAN,
                goal="dgov",
                hours=5,
                plan=True,
            ),
            T("j'ai déjà fait le premier", SKIP, held_prev_step=1, plan_excl_prev_step=1, plan=True),
        ],
    ),
    D(
        "fr-microcred-13",
        ["area_microcred", "mixed_language"],
        [
            T(
                "je suis ingénieure pédagogique, je dois concevoir des micro-certifications, des idées ?",
                SEARCH + GOAL + EXPLORE,
                cite_any=["aec-mcd-101", "aec-cert-dld", "aec-outcomes-102"],
            ),
            T("c'est dispo en français ?", EXPLAIN + REFINE, cite_min=0),
        ],
    ),
    D(
        "fr-online-14",
        ["participation"],
        [
            T("que des formations à distance, je bosse en horaires décalés", CONS, part=["online"]),
            T(
                "sur la sécurité des systèmes d'information",
                SEARCH,
                cite_any=["inl-pssi-203", "inl-cyber-201"],
            ),
        ],
    ),
    D(
        "fr-why-15",
        ["why"],
        [
            T(
                "fais un parcours pour responsable sécurité informatique",
                PLAN,
                plan=True,
                goal="cyber",
                cite_min=1,
            ),
            T("pourquoi cette première étape ?", WHY, cite_min=1),
        ],
    ),
    D(
        "fr-summer-16",
        ["constraint_deadline", "area_ai"],
        [
            T(
                "je veux comprendre l'IA avant l'été, 2h par semaine, gratuit",
                SEARCH + CONS,
                deadline=BEFORE_SUMMER,
                hours=2,
                budget=(0, "EUR"),
                cite_any=["diaa-ai-101", "ual-ia-101"],
            ),
        ],
    ),
    D(
        "fr-apply-17",
        ["apply_suggestion"],
        [
            T(
                "plan pour devenir auditeur sécurité, 1h par semaine, 300 euros",
                PLAN,
                plan=True,
                hours=1,
                budget=(300, "EUR"),
                goal="cyber",
            ),
            T("d'accord, fais-le", APPLY),
        ],
    ),
    D(
        "fr-eqf-18",
        ["named_course", "level"],
        [
            T(
                "Audit de sécurité des systèmes d'information c'est quel niveau ? trop dur pour moi ?",
                EXPLAIN,
                cite_any=["inl-audit-302"],
            ),
        ],
    ),
    D(
        "fr-select-19",
        ["select", "followup"],
        [
            T("formations sur la qualité des données", SEARCH, cite_any=["inl-qualite-201"]),
            T("le deuxième c'est combien ?", SELECT, cite_min=1),
        ],
    ),
    D(
        "fr-langs-20",
        ["languages"],
        [
            T(
                "je parle français et anglais, je veux apprendre le cloud",
                SKILLS + GOAL + SEARCH,
                langs=["fr", "en"],
                cite_min=0,
            ),
            T("un plan sur 2 mois ?", PLAN + CONS, deadline=IN_2_MONTHS, plan=True, plan_langs=["fr", "en"]),
        ],
    ),
    D(
        "fr-sept-21",
        ["constraint_deadline", "area_cyber"],
        [
            T(
                "pour la rentrée de septembre je veux être au point en cybersécurité pour PME",
                GOAL + CONS + SEARCH,
                deadline=SEPTEMBER,
                cite_any=["inl-cyber-201", "inl-securite-103", "inl-pssi-203"],
            ),
        ],
    ),
    D(
        "fr-hpc-22",
        ["area_hpc"],
        [
            T(
                "je suis chercheur, je veux apprendre le calcul haute performance (HPC)",
                GOAL + SEARCH,
                cite_any=["padr-hpc-101", "padr-par-201", "padr-cert-hpc"],
            ),
            T("ça coûte combien le certificat complet ?", EXPLAIN + REQ, cite_any=["padr-cert-hpc"]),
        ],
    ),
]

DIALOGUES += [
    D(
        "fr-flow-23",
        ["followup", "area_dgov"],
        [
            T(
                "bonjour, je suis juriste et je voudrais devenir délégué à la protection des données",
                GOAL + SKILLS,
                goal="dpo",
                role=["juriste", "lawyer", "legal"],
                goal_not=["juriste"],
            ),
            T("3h par semaine, d'ici juin", CONS, hours=3, deadline=JUNE),
            T("quel parcours ?", PLAN, plan=True, cite_min=1),
            T("et avec 6h par semaine ?", REFINE + CONS, hours=6, plan=True),
        ],
    ),
    D(
        "fr-flow-24",
        ["followup", "third_person", "area_dlit"],
        [
            T(
                "j'accompagne une dame de 60 ans qui veut apprendre à utiliser internet en sécurité",
                SEARCH + GOAL,
                cite_any=["inl-securite-103", "inl-pix-101", "inl-citoyen-102", "glcc-safe-104"],
            ),
            T("c'est gratuit ?", EXPLAIN + REFINE, cite_min=1),
            T("et ensuite, elle pourrait faire quoi ?", PLAN + SEARCH + REQ + EXPLAIN, cite_min=1),
        ],
    ),
    D(
        "fr-flow-25",
        ["followup", "area_cloudsec", "languages"],
        [
            T(
                "je veux me spécialiser en sécurité du cloud. je lis l'allemand et l'anglais",
                GOAL + SKILLS,
                goal="cloudsec",
                langs=["de", "en"],
            ),
            T(
                "fais-moi un plan avec 5h par semaine",
                PLAN + CONS,
                hours=5,
                plan=True,
                plan_langs=["de", "en", "fr"],
            ),
            T("seulement en ligne", REFINE, plan=True, plan_part=["online"], part=["online"]),
        ],
    ),
    D(
        "fr-flow-26",
        ["followup", "area_ai"],
        [
            T(
                "c'est quoi la différence entre Natural Language Processing et Computer Vision Engineering ?",
                COMPARE,
                cite_any=["diaa-nlp-302", "diaa-cv-301"],
                cite_min=2,
            ),
            T("le premier demande quoi comme prérequis ?", REQ, cite_any=["diaa-dl-202"]),
        ],
    ),
]

DIALOGUES += [
    D(
        "fr-budget-27",
        ["constraint_budget", "area_cloud"],
        [
            T(
                "je veux devenir ingénieur cloud, budget 1 500 €, 5 h par semaine",
                GOAL + CONS,
                goal="cloud",
                budget=(1500, "EUR"),
                hours=5,
            ),
            T("quelles formations et dans quel ordre ?", PLAN, plan=True, plan_cost=(1500, "EUR")),
        ],
    ),
    D(
        "fr-health-28",
        ["area_health", "area_dgov"],
        [
            T(
                "je travaille dans un hôpital, on me demande de "
                "gérer la conformité RGPD des données de santé",
                GOAL + SEARCH,
                goal="dpo",
                cite_any=["inl-rgpd-101", "inl-aipd-202", "inl-dpo-201", "inl-cert-gouv"],
            ),
            T(
                "l'analyse d'impact c'est obligatoire pour les données de santé ?",
                EXPLAIN + SEARCH,
                cite_any=["inl-aipd-202"],
            ),
        ],
    ),
    D(
        "fr-month-29",
        ["constraint_time"],
        [
            T("j'ai environ 2 heures par jour en semaine", CONS, hours=10),
            T("objectif : administrateur réseau", GOAL, goal="netadmin"),
            T("ok un plan", PLAN, plan=True, plan_hours=10),
        ],
    ),
]

DIALOGUES += [
    D(
        "fr-profile-30",
        ["profile_start", "skip"],
        [
            T(
                "on reprend : c'est quoi la suite de mon parcours ?",
                PLAN,
                plan=True,
                cite_min=1,
                plan_excl=["inl-rgpd-101"],
            ),
            T(
                "j'ai aussi validé Politique de sécurité des systèmes d'information",
                SKIP + SKILLS,
                held=["inl-pssi-203"],
                plan_excl=["inl-pssi-203"],
                not_rejected=["inl-pssi-203"],
            ),
        ],
        profile={
            "id": "p-fr-30",
            "goal": {
                "label": "data protection officer",
                "occupation_uri": "http://data.europa.eu/esco/occupation/1619d7f3-7d95-407c-a20e-47745bfcde73",
            },
            "credentials": [{"id": "inl-rgpd-101", "title": "Les fondamentaux du RGPD"}],
            "languages": ["fr"],
            "constraints": {"hours_per_week": 4},
        },
    ),
]

DIALOGUES += [
    D(
        "fr-typo-31",
        ["typo", "slang", "area_web"],
        [
            T("slt jveux devenir dev web mais jsuis nul en code lol", GOAL + EXPLORE, goal="web"),
            T("c koi le mieux pour commencer", PLAN + SEARCH, cite_min=1),
        ],
    ),
]

# Session 5, weak-languages round (#12): written before any run on them.
_CYBER_FR = ["inl-cyber-201", "inl-pssi-203", "inl-audit-302", "inl-securite-103", "inl-crise-303"]
_AI_START = ["diaa-ai-101", "ual-ia-101", "glcc-code-107", "lit-prog-101"]

DIALOGUES += [
    D(
        "fr-cheaper-32",
        ["followup", "constraint_budget", "area_cyber"],
        [
            T("je veux devenir analyste SOC", GOAL, goal="cyber"),
            T("fais moi un parcours", PLAN, plan=True, cite_min=1),
            T("y en a un moins cher ?", REFINE, plan=True, cheaper=True),
        ],
    ),
    D(
        "fr-req-33",
        ["requirements", "named_course", "area_dgov"],
        [
            T(
                "pour le Certificat Gouvernance et protection des données faut avoir fait quoi avant ?",
                REQ,
                cite_any=["inl-cert-gouv", "inl-rgpd-101"],
            ),
            T("et ça prend combien de temps en tout ?", EXPLAIN + REQ, cite_min=1),
        ],
    ),
    D(
        "fr-search-34",
        ["search", "no_diacritics", "area_cyber"],
        [
            T("vous avez des formations en securite informatique en francais ?", SEARCH, cite_any=_CYBER_FR),
            T("et gratuites ?", REFINE + SEARCH, cite_min=1),
        ],
    ),
    D(
        "fr-job-35",
        ["vague", "slang", "area_data"],
        [
            T(
                "je bosse en compta depuis 10 ans et j'aimerais passer data analyst",
                GOAL + SKILLS,
                goal="data_analyst",
                role=["compta", "accountant", "bookkeep", "comptab"],
                goal_not=["compta", "accountant", "bookkeep"],
            ),
            T("ok du coup je commence par quoi ?", PLAN + REQ + EXPLORE, cite_min=1),
        ],
    ),
    D(
        "fr-hours-36",
        ["constraint_time", "followup", "area_network"],
        [
            T("objectif technicien réseau, j'ai 3h par semaine max", GOAL + CONS, goal="network", hours=3),
            T("ok propose moi un plan", PLAN, plan=True),
            T("et avec 6h par semaine ?", REFINE + CONS, hours=6, plan=True, faster=True),
        ],
    ),
    D(
        "fr-dpo-37",
        ["third_person", "area_dgov"],
        [
            T(
                "ma cliente est assistante juridique et veut devenir DPO",
                GOAL + SKILLS,
                goal="dpo",
                role=["juridique", "legal"],
                goal_not=["juridique", "legal"],
            ),
            T("quel parcours pour elle ? elle a 5h par semaine", PLAN + CONS, hours=5, plan=True),
        ],
    ),
    D(
        "fr-typo-38",
        ["typo", "slang", "area_ai"],
        [
            T("jveux apprendre l'IA mais g pas de diplome", GOAL + EXPLORE + SEARCH, goal="ai"),
            T("ya des cours gratos pour debuter ?", SEARCH + REFINE, cite_any=_AI_START),
        ],
    ),
]

# v6 (session 6): written before any run on it, from how people write (README "How it was written").
from dates import BY_SPRING as _BY_SPRING  # noqa: E402

DIALOGUES += [
    D(
        "fr-v6-vague-39",
        ["vague", "slang", "area_health"],
        [
            T("bonjour, j'en ai marre de mon boulot mais je sais pas vers quoi aller", EXPLORE),
            T(
                "je suis aide-soignante depuis 10 ans",
                SKILLS + EXPLORE,
                role=["soignant", "nurs", "care", "health"],
                goal_not=["soignant", "care"],
            ),
            T("les données de santé ça m'intéresse", GOAL + SEARCH + EXPLORE, cite_min=1),
        ],
    ),
    D(
        "fr-v6-gratuit-40",
        ["constraint_budget", "area_dgov", "stacking"],
        [
            T("je cherche une formation gratuite sur le RGPD", SEARCH, cite_any=["inl-rgpd-101"]),
            T(
                "et après Les fondamentaux du RGPD je peux faire quoi ?",
                EXPLAIN + REQ + SEARCH,
                cite_any=["inl-cert-gouv", "inl-dpo-201", "inl-aipd-202", "inl-sensib-104"],
            ),
        ],
    ),
    D(
        "fr-v6-jour-41",
        ["constraint_time", "constraint_deadline", "area_cyber", "languages"],
        [
            T(
                "je veux bosser dans la cybersécurité d'ici le printemps, j'ai genre 1h par jour",
                GOAL + CONS,
                goal="cyber",
                hours=(6, 0.2),
                deadline=_BY_SPRING,
            ),
            T("vas-y propose un parcours", PLAN, plan=True),
            T("que des cours en français", REFINE + CONS, study_lang=["fr"], plan=True, plan_langs=["fr"]),
        ],
    ),
    D(
        "fr-v6-accompagne-42",
        ["third_person", "area_microcred", "constraint_budget", "participation"],
        [
            T(
                "Je suis ingénieure pédagogique et j'accompagne une enseignante qui veut apprendre "
                "à concevoir des micro-certifications",
                GOAL + SKILLS + SEARCH,
                goal="microcred",
            ),
            T(
                "elle a un budget de 300 euros et que du distanciel",
                CONS,
                budget=(300, "EUR"),
                part=["online"],
            ),
            T(
                "tu lui conseilles quoi ?",
                PLAN + SEARCH,
                cite_any=["aec-mcd-101", "aec-outcomes-102", "aec-cert-dld"],
            ),
        ],
    ),
    D(
        "fr-v6-named-43",
        ["named_course", "quality", "level"],
        [
            T(
                "Piloter la conformité : le métier de DPO, c'est reconnu ? c'est quel niveau ?",
                EXPLAIN,
                cite_any=["inl-dpo-201"],
            ),
            T("ça coûte combien et c'est en ligne ?", EXPLAIN + SELECT, cite_any=["inl-dpo-201"]),
        ],
    ),
    D(
        "fr-v6-compare-44",
        ["compare", "named_course", "area_network"],
        [
            T(
                "différence entre Fondements des réseaux informatiques et Networking Fundamentals ?",
                COMPARE,
                cite_min=2,
                cite_any=["ccna-fondements-101", "ccna-net-101"],
            ),
        ],
    ),
]

# v6, second part (same session, also before any run).
DIALOGUES += [
    D(
        "fr-v6-long-45",
        ["long", "multi_intent", "area_data", "constraint_budget", "followup"],
        [
            T(
                "Bonjour, je suis comptable depuis 8 ans et je voudrais devenir data analyst. Je peux y "
                "consacrer "
                "5h par semaine, budget 1000 € max, et idéalement en français. Tu me proposes quoi ?",
                PLAN,
                goal="data_analyst",
                role=["compta", "accountant", "bookkeep"],
                goal_not=["compta", "accountant"],
                hours=5,
                budget=(1000, "EUR"),
                plan=True,
                cite_min=1,
            ),
            T("le plus rapide possible ?", REFINE, plan=True, faster=True),
        ],
    ),
    D(
        "fr-v6-gratuit-46",
        ["constraint_budget", "area_ai", "followup"],
        [
            T("des cours sur l'intelligence artificielle ?", SEARCH, cite_min=1),
            T(
                "gratuit uniquement",
                REFINE + CONS,
                cite_any=["diaa-ai-101", "ual-ia-101"],
                cite_none=["diaa-ml-201", "diaa-dl-202"],
            ),
        ],
    ),
    D(
        "fr-v6-existepas-47",
        ["nonexistent", "area_cyber"],
        [
            T("vous avez la formation Certified Ethical Hacker ?", EXPLAIN + SEARCH),
            T("ok et qu'est-ce qui s'en rapproche ?", SEARCH, cite_min=1),
        ],
    ),
    D(
        "fr-v6-distance-48",
        ["constraint_time", "area_web", "participation"],
        [
            T(
                "je veux devenir développeur web, j'ai une vingtaine d'heures par mois, et à distance "
                "uniquement",
                GOAL + CONS,
                goal="web",
                hours=(4.6, 0.25),
                part=["online"],
            ),
            T("un plan ?", PLAN, plan=True, plan_part=["online"]),
        ],
    ),
    D(
        "fr-v6-ensuite-49",
        ["named_course", "stacking", "area_cyber"],
        [
            T(
                "Je viens de finir Politique de sécurité des systèmes d'information, je fais quoi ensuite ?",
                EXPLAIN + REQ + PLAN + SEARCH + SKILLS,
                held=["inl-pssi-203"],
                cite_min=1,
            ),
        ],
    ),
]

# v6 (session 6): follow-ups after a plan or a list, named-course questions, comparisons; written for tune.
DIALOGUES += [
    D(
        "fr-fu-dpo-50",
        ["followup", "area_dgov", "constraint_budget"],
        [
            T(
                "Je veux devenir DPO, je peux y consacrer 5 heures par semaine. Tu me proposes un parcours ?",
                PLAN,
                goal="dpo",
                hours=5,
                plan=True,
            ),
            T("c'est possible de faire moins cher ?", REFINE, plan=True, cheaper=True),
            T("j'ai déjà fait Les fondamentaux du RGPD", SKIP + SKILLS, held=["inl-rgpd-101"]),
        ],
        split="tune",
    ),
    D(
        "fr-fu-reconnu-51",
        ["quality", "named_course", "stacking"],
        [
            T(
                "Est-ce que la formation Piloter la conformité : le métier de DPO est reconnue ? par qui ?",
                EXPLAIN,
                cite_any=["inl-dpo-201"],
            ),
            T("elle fait partie d'un certificat plus large ?", EXPLAIN + REQ, cite_any=["inl-cert-gouv"]),
        ],
        split="tune",
    ),
    D(
        "fr-fu-conseiller-52",
        ["third_person", "followup", "area_network", "constraint_time"],
        [
            T(
                "J'accompagne un demandeur d'emploi qui veut devenir technicien réseau, "
                "il a 8 heures par semaine",
                GOAL + PLAN,
                goal="network",
                hours=8,
            ),
            T("fais-lui un plan", PLAN, plan=True, cite_min=1),
            T("et avec seulement 3 heures par semaine ?", REFINE + CONS, hours=3, plan=True, plan_hours=3),
        ],
        split="tune",
    ),
    D(
        "fr-fu-compare-53",
        ["compare", "named_course", "area_dgov"],
        [
            T(
                "Quelle différence entre Qualité des données : mesurer et améliorer et "
                "Cartographie et classification des données ?",
                COMPARE,
                cite_any=["inl-qualite-201", "inl-classif-301"],
                cite_min=2,
            ),
            T("laquelle est la moins chère ?", COMPARE + EXPLAIN, cite_min=1),
        ],
        split="tune",
    ),
]

# v7 (session 7): whole sessions (vague opening, counsellor questions, goal, plan, follow-ups, adviser notes);
# written for tune before any run on them.
from dates import MARCH as _MARCH7  # noqa: E402

DIALOGUES += [
    D(
        "fr-v7-session-50",
        ["vague", "followup", "area_dgov", "participation"],
        [
            T("Bonjour, je ne sais pas trop par où commencer, j'ai envie de changer de métier", EXPLORE),
            T(
                "Je suis comptable, j'aime bien les chiffres et j'ai environ 5 heures par semaine",
                EXPLORE + SKILLS + CONS + GOAL,
                hours=5,
            ),
            T("Je voudrais devenir délégué à la protection des données", GOAL + PLAN, goal="dpo"),
            T("Tu peux me proposer un parcours ?", PLAN, plan=True),
            T("Moins cher, c'est possible ?", REFINE, plan=True, cheaper=True),
            T(
                "Uniquement en ligne s'il vous plaît",
                REFINE,
                plan=True,
                plan_part=["online"],
                part=["online"],
            ),
        ],
        split="tune",
    ),
    D(
        "fr-v7-conseillere-51",
        ["third_person", "vague", "constraint_budget", "quality", "followup"],
        [
            T(
                "Je suis conseillère en insertion. J'accompagne une aide-soignante qui "
                "veut se reconvertir dans "
                "le numérique",
                EXPLORE + GOAL,
                goal_not=["soignant", "nurs", "care"],
            ),
            T(
                "Elle ne sait pas vraiment quoi, peut-être le support informatique",
                GOAL + EXPLORE + SEARCH,
                goal="helpdesk",
            ),
            T("Elle a 4 heures par semaine, budget 300 euros", CONS, hours=4, budget=(300, "EUR")),
            T("Quel parcours tu proposes pour elle ?", PLAN, plan=True),
            T("Est-ce que IT Help Desk Fundamentals est reconnu ?", EXPLAIN, cite_any=["glcc-help-201"]),
            T(
                "Elle a déjà fait Solving Everyday Tech Problems",
                SKIP + SKILLS,
                held=["glcc-solve-105"],
            ),
        ],
        split="tune",
    ),
    D(
        "fr-v7-rgpd-52",
        ["named_course", "level", "stacking", "area_dgov", "constraint_deadline"],
        [
            T("C'est quoi le niveau EQF de Les fondamentaux du RGPD ?", EXPLAIN, cite_any=["inl-rgpd-101"]),
            T(
                "Et après ce cours, je peux faire quoi ?",
                EXPLAIN + REQ,
                cite_any=["inl-dpo-201", "inl-aipd-202", "inl-classif-301", "inl-cert-gouv"],
            ),
            T(
                "Qu'est-ce qu'il faut pour le Certificat Gouvernance et protection des données, et dans quel "
                "ordre ?",
                REQ,
                cite_any=["inl-rgpd-101", "inl-dpo-201"],
            ),
            T(
                "Je veux devenir DPO, 6 heures par semaine, fais-moi un plan",
                PLAN,
                goal="dpo",
                hours=6,
                plan=True,
            ),
            T("Et pour finir d'ici mars ?", REFINE + CONS, deadline=_MARCH7),
        ],
        split="tune",
    ),
    D(
        "fr-v7-cyber-53",
        ["vague", "slang", "area_cyber", "constraint_time", "languages"],
        [
            T(
                "je bosse dans un supermarché et jen ai marre, je veux apprendre un truc en informatique",
                EXPLORE,
                goal_not=["supermarch", "retail", "shop"],
            ),
            T("la cybersécurité ça me plairait", GOAL, goal="cyber"),
            T("2 heures par semaine max", CONS, hours=2),
            T("fais moi un plan", PLAN, plan=True),
            T("en anglais ça va aussi", CONS + REFINE, study_lang=["en"]),
            T("merci beaucoup, c'est top !", SMALL),
        ],
        split="tune",
    ),
    D(
        "fr-v7-tout-54",
        ["vague", "compare", "area_network", "named_course"],
        [
            T("Vous proposez quoi comme formations ?", SEARCH + EXPLORE, cite_min=1),
            T("montre-moi tout", SEARCH, cite_min=3),
            T(
                "Quelle différence entre Networking Fundamentals et Fondements des réseaux informatiques ?",
                COMPARE,
                cite_any=["ccna-net-101", "ccna-fondements-101"],
                cite_min=2,
            ),
            T("Lequel est le moins cher ?", COMPARE + SELECT + REFINE, cite_min=1),
            T(
                "Je veux devenir administrateur réseau, 5 h par semaine, fais un plan",
                PLAN,
                goal="netadmin",
                hours=5,
                plan=True,
            ),
        ],
        split="tune",
    ),
]

# v7-nlu (session 7, understanding round): written before reading the rule files, before any run; for tune.
DIALOGUES += [
    D(
        "fr-v7-skills-01",
        ["no_diacritics", "area_data"],
        [
            T(
                "je me debrouille sur excel et j'ai fait un mooc sur SQL l'an dernier",
                SKILLS,
                skills=["spreadsheet", "sql", "query"],
            ),
            T(
                "j'aimerais bosser dans la data, genre analyse",
                GOAL + PLAN + EXPLORE + SEARCH,
                goal="data_analyst",
            ),
        ],
        split="tune",
    ),
    D(
        "fr-v7-cv-02",
        ["long", "multi_intent", "area_dgov"],
        [
            T(
                "Je suis juriste depuis 6 ans, je connais bien le droit des contrats et un peu le RGPD. "
                "Je voudrais devenir DPO.",
                SKILLS + GOAL,
                goal="dpo",
                goal_not=["juriste", "lawyer", "legal"],
            ),
            T(
                "quels cours pour y arriver ?",
                PLAN + SEARCH,
                cite_any=["inl-dpo-201", "inl-rgpd-101", "inl-cert-gouv", "inl-aipd-202"],
            ),
        ],
        split="tune",
    ),
    D(
        "fr-v7-search-03",
        ["slang", "area_network"],
        [
            T(
                "vous avez un truc sur les réseaux en français ?",
                SEARCH,
                cite_any=["ccna-fondements-101"],
            ),
            T(
                "et des formations sur la sécurité informatique pour débutant ?",
                SEARCH,
                cite_any=["inl-cyber-201", "inl-securite-103", "bvca-soc-101", "glcc-safe-104"],
            ),
        ],
        split="tune",
    ),
    D(
        "fr-v7-oos-04",
        ["out_of_scope"],
        [
            T("tu peux me donner la recette de la blanquette de veau ?", OOS),
            T("quel temps fera-t-il demain à Lyon ?", OOS),
        ],
        split="tune",
    ),
    D(
        "fr-v7-req-05",
        ["named_course", "stacking", "area_dgov"],
        [
            T(
                "Qu'est-ce qu'il faut pour obtenir le Certificat Gouvernance et protection des données ?",
                REQ,
                cite_any=["inl-cert-gouv", "inl-rgpd-101", "inl-dpo-201"],
            ),
            T("et dans quel ordre ?", REQ + PLAN, cite_any=["inl-rgpd-101"]),
        ],
        split="tune",
    ),
    D(
        "fr-v7-conseillere-06",
        ["third_person", "area_ai"],
        [
            T(
                "J'accompagne une demandeuse d'emploi, ancienne comptable, qui veut se reconvertir dans l'IA",
                GOAL,
                goal="ai",
                goal_not=["comptable", "accountant"],
            ),
            T(
                "elle a fait un peu de Python en autodidacte",
                SKILLS,
                skills=["python", "programming"],
            ),
            T("propose-lui un parcours", PLAN, plan=True),
        ],
        split="tune",
    ),
]

# v8-lang (session 8, languages round): a learner from Bangladesh writing French (languages, taka); written
# before reading the rule files and committed before any run; for tune.
from dates import END_MARCH as _END_MARCH8  # noqa: E402

DIALOGUES += [
    D(
        "fr-v8l-mix-01",
        ["languages", "mixed_language", "constraint_deadline", "area_network"],
        [
            T(
                "Je suis bangladais, je parle bengali, anglais et français",
                CONS + SKILLS,
                langs=["bn", "en", "fr"],
            ),
            T(
                "je voudrais devenir administrateur réseau avant la fin mars",
                GOAL + CONS,
                goal="netadmin",
                deadline=_END_MARCH8,
            ),
        ],
        split="tune",
    ),
    D(
        "fr-v8l-mix-02",
        ["mixed_language", "constraint_budget", "area_cyber"],
        [
            T("mon budget c'est à peu près 50 000 taka", CONS, budget=(50000, "BDT")),
            T("montre-moi des cours de cybersécurité", SEARCH, cite_min=1),
        ],
        split="tune",
    ),
]

# v8-nlu (session 8, understanding round): see en.py; written before reading the rules, all tune.
_N8_WEB = ["lit-web-201", "lit-webstd-202", "lit-fw-203", "lit-api-204", "lit-cert-web"]
_N8_DLIT = [
    "aec-dlteach-104",
    "glcc-dl-101",
    "inl-pix-101",
    "aec-trainer-103",
    "glcc-cert-df",
    "inl-citoyen-102",
]
DIALOGUES += [
    D(
        "fr-v8n-cherche-01",
        ["search", "slang", "area_dgov"],
        [
            T(
                "vous avez des trucs sur le RGPD ?",
                SEARCH,
                cite_any=["inl-rgpd-101", "inl-dpo-201", "inl-cert-gouv", "inl-aipd-202"],
            ),
            T("et sur la qualite des donnees", SEARCH, cite_any=["inl-qualite-201", "inl-classif-301"]),
        ],
        split="tune",
    ),
    D(
        "fr-v8n-liste-02",
        ["search", "no_punctuation", "area_network", "languages"],
        [
            T(
                "reseaux routage switching",
                SEARCH,
                cite_any=["ccna-route-201", "ccna-fondements-101", "ccna-net-101"],
            ),
            T("en francais si possible", SEARCH + REFINE + CONS, cite_any=["ccna-fondements-101"]),
        ],
        split="tune",
    ),
    D(
        "fr-v8n-cv-03",
        ["long", "area_data"],
        [
            T(
                "Compétences : Excel avancé, Power BI, SQL de base. 8 ans comme contrôleuse de gestion.",
                SKILLS,
                skills=["spreadsheet", "sql", "query"],
            ),
            T("j'aimerais bosser dans la data", GOAL + PLAN + EXPLORE + SEARCH, goal="data_analyst"),
        ],
        split="tune",
    ),
    D(
        "fr-v8n-cloudsec-04",
        ["area_cloudsec", "no_diacritics", "constraint_time"],
        [
            T(
                "je voudrais finir dans la securite du cloud, je suis admin systeme windows",
                GOAL + SKILLS,
                goal="cloudsec",
                goal_not=["system administrator"],
            ),
            T("propose moi un parcours, 6h par semaine max", PLAN + CONS, hours=6, plan=True),
        ],
        split="tune",
    ),
    D(
        "fr-v8n-seniors-05",
        ["area_dlit", "vague"],
        [
            T(
                "j'aimerais aider les seniors à se mettre à internet",
                GOAL + EXPLORE + PLAN,
                goal="dlit_teacher",
            ),
            T("quelles formations pour ça", PLAN + SEARCH, cite_any=_N8_DLIT),
        ],
        split="tune",
    ),
    D(
        "fr-v8n-microcred-06",
        ["area_microcred", "multi_intent", "constraint_time"],
        [
            T(
                "Je suis conseillère pédagogique, je maîtrise Moodle, et je veux apprendre à concevoir des "
                "micro-certifications pour nos enseignants. 2 heures par semaine.",
                SKILLS + GOAL + CONS,
                goal="microcred",
                hours=2,
            ),
            T("ok montre le plan", PLAN, plan=True),
        ],
        split="tune",
    ),
    D(
        "fr-v8n-web-07",
        ["search", "slang", "area_web"],
        [
            T("t'as des cours de dev web en ligne?", SEARCH, cite_any=_N8_WEB),
            T("je connais deja html et css", SKILLS, skills=["markup", "css", "style sheet"]),
        ],
        split="tune",
    ),
]

# v8-dlg (session 8, reply/policy round): whole conversations with context-bound follow-ups, implied plan
# requests, named courses by partial title, courses that do not exist. Written before reading the policy files
# and committed before any run; for tune.
from dates import IN_3_MONTHS as _IN3_8  # noqa: E402

DIALOGUES += [
    D(
        "fr-v8d-juriste-01",
        ["long", "multi_intent", "followup", "named_course", "area_dpo"],
        [
            T(
                "Bonjour, je suis juriste en entreprise depuis 5 ans et je voudrais devenir DPO. J'ai "
                "environ 4 heures par semaine, budget 2000 €, idéalement avant l'été.",
                GOAL + CONS + PLAN,
                goal="dpo",
                goal_not=["jurist", "lawyer", "legal"],
                hours=4,
                budget=(2000, "EUR"),
                deadline=BEFORE_SUMMER,
            ),
            T("montre-moi un parcours", PLAN, plan=True),
            T("pourquoi cet ordre ?", WHY, cite_min=1),
            T(
                "le RGPD je l'ai déjà suivi l'an dernier",
                SKIP,
                held=["inl-rgpd-101"],
                plan_excl=["inl-rgpd-101"],
            ),
            T("et après le DPO, il y a quoi ?", EXPLAIN + REQ, cite_min=1),
        ],
        split="tune",
    ),
    D(
        "fr-v8d-conseillere-02",
        ["third_person", "participation", "languages", "followup", "area_cloud"],
        [
            T(
                "Je suis conseillère France Travail. Mon bénéficiaire est technicien de maintenance et veut "
                "se former au cloud. Il ne parle pas allemand.",
                GOAL + SKILLS,
                goal="cloud",
                goal_not=["maintenance"],
            ),
            T("qu'est-ce qu'il devrait suivre en premier ?", PLAN + SEARCH + REQ, cite_min=1),
            T("seulement des cours en ligne", REFINE + CONS, part=["online"]),
            T("et en français ?", REFINE + SEARCH + CONS),
            T("ok, le deuxième alors", SELECT, cite_min=1),
        ],
        split="tune",
    ),
    D(
        "fr-v8d-cissp-03",
        ["nonexistent", "named_course", "level", "area_cyber"],
        [
            T("Est-ce que vous avez la formation « Certificat CISSP » ?", EXPLAIN + SEARCH, cite_min=1),
            T(
                "et l'audit de sécurité des SI, c'est quel niveau ?",
                EXPLAIN,
                cite_any=["inl-audit-302"],
            ),
            T(
                "c'est trop dur pour moi ? je débute",
                EXPLAIN,
                cite_any=["inl-audit-302", "inl-pssi-203", "inl-cyber-201"],
            ),
            T(
                "alors un plan pour débuter en cybersécurité, 3 h par semaine",
                PLAN,
                goal="cyber",
                hours=3,
                plan=True,
            ),
        ],
        split="tune",
    ),
    D(
        "fr-v8d-troplong-04",
        ["followup", "participation", "constraint_deadline", "area_data"],
        [
            T(
                "je veux devenir analyste de données, 6h par semaine, fais-moi un plan",
                GOAL + PLAN,
                goal="data_analyst",
                hours=6,
                plan=True,
            ),
            T("c'est trop long", REFINE, plan=True, faster=True),
            T("en moins de 3 mois stp", CONS + REFINE, deadline=_IN3_8, plan=True),
            T("et seulement en ligne", REFINE + CONS, part=["online"], plan=True, plan_part=["online"]),
        ],
        split="tune",
    ),
    D(
        "fr-v8d-prof-05",
        ["vague", "languages", "followup", "area_ict_teacher"],
        [
            T(
                "Je suis prof de techno au collège et je dois enseigner l'informatique l'an prochain. Par où "
                "commencer ?",
                GOAL + EXPLORE + SEARCH + PLAN,
                goal="ict_teacher",
            ),
            T("j'ai 2h par semaine, c'est tout", CONS + PLAN, hours=2),
            T("fais-moi le plan", PLAN, plan=True),
            T("c'est en anglais ? je préfère le français", REFINE + EXPLAIN + CONS),
        ],
        split="tune",
    ),
    D(
        "fr-v8d-hpc-06",
        ["named_course", "followup", "area_hpc"],
        [
            T(
                "c'est quoi le cours 'Introduction au calcul haute performance' ? c'est gratuit ?",
                EXPLAIN + SEARCH,
                cite_any=["padr-hpc-101"],
            ),
            T("et ensuite ?", EXPLAIN + REQ, cite_any=["padr-par-201", "padr-sched-302"]),
            T("le premier des deux, il est en ligne ?", SELECT, cite_min=1),
            T("je vise le certificat HPC, fais-moi un plan avec 5h par semaine", PLAN, hours=5, plan=True),
        ],
        split="tune",
    ),
]

# v9-frozen (session 9): blind frozen batch, see en.py; split frozen, tag v9_frozen.
import v9f_lists as _F9  # noqa: E402
from dates import BY_SPRING as _BY_SPRING9  # noqa: E402

_RENTREE9 = ("2027-08-20", "2027-09-10")  # "avant la rentrée de septembre"
_DLIT_TEACHER9 = ["digital literacy", "4588cd69", "ict trainer", "9e657046", "ict teacher", "0d595b87"]

DIALOGUES += [
    D(
        "fr-v9f-compta-01",
        ["v9_frozen", "vague", "slang", "followup", "area_data", "constraint_budget"],
        [
            T(
                "jsuis comptable depuis 15 ans et franchement j'en ai marre, je tourne en rond",
                EXPLORE + GOAL,
                goal_not=["comptab", "accountant"],
            ),
            T(
                "ce que j'aime c'est quand les chiffres racontent une histoire, les tableaux croisés tout ça",
                EXPLORE + SKILLS + GOAL + SEARCH,
                goal_not=["comptab", "accountant"],
            ),
            T(
                "ok partons sur analyste de données. je peux y mettre 4h par semaine, budget 1000 balles",
                GOAL + CONS,
                goal="data_analyst",
                goal_not=["comptab", "accountant"],
                hours=4,
                budget=(1000, "EUR"),
            ),
            T("montre-moi le parcours", PLAN, plan=True, plan_cost=(1000, "EUR")),
        ],
        split="frozen",
    ),
    D(
        "fr-v9f-conseillere-02",
        ["v9_frozen", "third_person", "area_dpo", "constraint_deadline", "stacking", "named_course"],
        [
            T(
                "Je suis conseillère en évolution professionnelle. Ma bénéficiaire est assistante RH et veut "
                "devenir DPO. Elle aimerait être certifiée avant la rentrée de septembre.",
                GOAL + CONS,
                goal="dpo",
                goal_not=["ressources humaines", "human resources", "assistant"],
                deadline=_RENTREE9,
            ),
            T("Quel parcours tu lui proposerais ?", PLAN, plan=True),
            T(
                "Le Certificat Gouvernance et protection des données, il faut faire tous les modules pour "
                "l'avoir ?",
                REQ + EXPLAIN,
                cite_any=["inl-rgpd-101", "inl-dpo-201", "inl-aipd-202", "inl-pssi-203"],
            ),
        ],
        split="frozen",
    ),
    D(
        "fr-v9f-reseau-03",
        ["v9_frozen", "search", "no_diacritics", "languages", "area_network", "followup"],
        [
            T("formation reseau debutant en francais", SEARCH, cite_any=["ccna-fondements-101"]),
            T("c'est combien en euros a peu pres", EXPLAIN + SELECT, cite_any=["ccna-fondements-101"]),
            T("et apres celle la je fais quoi", EXPLAIN + REQ + PLAN + SEARCH, cite_min=1),
        ],
        split="frozen",
    ),
    D(
        "fr-v9f-javaml-04",
        ["v9_frozen", "state_skills", "area_ai", "constraint_hours", "followup", "skip"],
        [
            T(
                "Dev Java depuis 6 ans (Spring, un peu de Python). Je veux bosser dans l'IA, genre ingénieur "
                "machine learning. J'ai à peu près 1h par jour.",
                SKILLS + GOAL + CONS,
                goal="ml",
                goal_not=["software developer", "f2b15a0e"],
                hours=(6, 0.25),
                skills=["java"],
            ),
            T("vas-y fais le plan", PLAN, plan=True),
            T(
                "Les maths pour le machine learning, j'ai un master de maths, on peut l'enlever",
                SKIP + SKILLS,
                held=["diaa-math-102"],
                not_rejected=["diaa-math-102"],
                plan_excl=["diaa-math-102"],
            ),
            T("c'est quoi la dernière étape exactement ?", SELECT + EXPLAIN, cite_min=1),
        ],
        split="frozen",
    ),
    D(
        "fr-v9f-cyberpme-05",
        ["v9_frozen", "named_course", "quality", "area_cyber", "followup"],
        [
            T(
                "le cours d'initiation cyber pour les PME, il dure combien de temps ?",
                EXPLAIN,
                cite_any=["inl-cyber-201"],
            ),
            T("il faut avoir fait quoi avant ?", REQ, cite_any=["inl-securite-103"]),
            T("et c'est reconnu ? genre qualité certifiée", EXPLAIN, cite_any=["inl-cyber-201"]),
        ],
        split="frozen",
    ),
    D(
        "fr-v9f-azure-06",
        ["v9_frozen", "nonexistent", "named_course", "area_cloud", "participation", "constraint_budget"],
        [
            T("Vous avez la formation Microsoft Azure AZ-900 ?", EXPLAIN + SEARCH, cite_any=_F9.CLOUD),
            T(
                "bon alors un truc équivalent mais en ligne et pas trop cher",
                SEARCH + REFINE + CONS,
                cite_min=1,
            ),
        ],
        split="frozen",
    ),
    D(
        "fr-v9f-mediatheque-07",
        ["v9_frozen", "area_dlit", "participation", "vague"],
        [
            T(
                "Je suis bénévole dans une médiathèque et j'aimerais former les seniors au numérique. Il y a "
                "des formations pour moi ?",
                GOAL + SEARCH + PLAN + EXPLORE,
                goal=_DLIT_TEACHER9,
                cite_any=_F9.DLIT_TEACH + ["inl-pix-101", "inl-citoyen-102", "inl-securite-103"],
            ),
            T("uniquement en ligne, je travaille la journée", CONS + REFINE, part=["online"]),
        ],
        split="frozen",
    ),
    D(
        "fr-v9f-motoriste-08",
        ["v9_frozen", "area_hpc", "constraint_deadline", "constraint_hours", "followup"],
        [
            T(
                "Ingénieure calcul chez un motoriste, je voudrais monter en compétence sur le HPC et les "
                "GPU d'ici "
                "le printemps. Je peux dégager une quinzaine d'heures par mois.",
                GOAL + CONS + SEARCH,
                goal="hpc",
                deadline=_BY_SPRING9,
                hours=(3.6, 0.15),
            ),
            T("fais-moi un plan", PLAN, plan=True),
            T("et si je passe à 8h par semaine ?", REFINE + CONS, hours=8, plan=True, plan_hours=8),
        ],
        split="frozen",
    ),
    D(
        "fr-v9f-rgpd-09",
        ["v9_frozen", "compare", "named_course", "area_dgov", "constraint_budget"],
        [
            T(
                "Quelle différence entre Les fondamentaux du RGPD et Sensibiliser ses équipes à la "
                "confidentialité ?",
                COMPARE,
                cite_min=2,
                cite_any=["inl-rgpd-101", "inl-sensib-104"],
            ),
            T("lequel est gratuit ?", COMPARE + EXPLAIN + SELECT + REFINE, cite_any=["inl-rgpd-101"]),
        ],
        split="frozen",
    ),
    D(
        "fr-v9f-montreal-10",
        ["v9_frozen", "languages", "constraint_budget", "area_web", "followup"],
        [
            T(
                "Salut! Je suis à Montréal, je veux devenir développeur web. Je parle français et anglais. "
                "Budget max 1500 $ CAD, 10 h/semaine.",
                GOAL + CONS,
                goal="web",
                langs=["fr", "en"],
                budget=(1500, "CAD"),
                hours=10,
            ),
            T("c'est quoi le plan ?", PLAN, plan=True, plan_cost=(1500, "CAD")),
            T("le deuxième cours, il est en ligne ?", SELECT + EXPLAIN, cite_min=1),
        ],
        split="frozen",
    ),
    D(
        "fr-v9f-meteo-11",
        ["v9_frozen", "out_of_scope", "area_microcred", "level"],
        [
            T("il fait quel temps à Lyon demain ?", OOS, dead_ok=True),
            T(
                "ok. sinon je suis ingénieure pédagogique et on me demande de concevoir des "
                "micro-certifications, "
                "t'as quoi ?",
                SEARCH + GOAL,
                cite_any=_F9.MCRED,
            ),
            T("le premier, c'est quel niveau EQF ? j'ai un master", EXPLAIN + SELECT, cite_min=1),
        ],
        split="frozen",
    ),
]

# v9-frozen, second part (same sitting, before any run).
DIALOGUES += [
    D(
        "fr-v9f-soc-12",
        ["v9_frozen", "typo", "area_cyber", "constraint_budget", "followup"],
        [
            T(
                "je veux devenir analyste SOC, 6h/semaine, pas plus de 800€",
                GOAL + CONS,
                goal="cyber",
                hours=6,
                budget=(800, "EUR"),
            ),
            T("fais moi le parcour", PLAN, plan=True, plan_cost=(800, "EUR")),
            T("c'est trop long, y a plus court ?", REFINE, plan=True, faster=True),
        ],
        split="frozen",
    ),
    D(
        "fr-v9f-cpf-13",
        ["v9_frozen", "mixed_language", "slang", "area_web", "constraint_budget", "followup"],
        [
            T(
                "je suis dev backend PHP, je veux passer full stack avec React, c'est quoi le move ?",
                GOAL + SKILLS + SEARCH + PLAN,
                goal="web",
                skills=["php"],
            ),
            T("j'ai genre 1,5k de budget formation via mon CPF", CONS, budget=(1500, "EUR")),
            T("ok go pour le plan, 5h par semaine", PLAN + CONS, hours=5, plan=True, plan_cost=(1500, "EUR")),
        ],
        split="frozen",
    ),
]

# v9-dlg (session 9, reply/policy round): whole conversations as learners and conseillers go (a client's
# hours, budget and area in one line, plans implied, refinements in context, questions about a course just
# shown, named courses by partial or misspelt title, a course that does not exist). Written before reading
# the policy files and committed before any run; for tune.
from dates import JUNE as _JUNE9  # noqa: E402
from dsl import CONS_OR_REFINE as _COR9  # noqa: E402

DIALOGUES += [
    D(
        "fr-v9d-conseillere-01",
        ["third_person", "followup", "implied_plan", "area_cyber"],
        [
            T(
                "Je suis conseillère en évolution professionnelle. Mon bénéficiaire est magasinier, il veut "
                "aller vers la cybersécurité. Il a 5 h par semaine et 500 € de budget.",
                GOAL + CONS,
                goal="cyber",
                goal_not=["magasinier", "warehouse"],
                hours=5,
                budget=(500, "EUR"),
            ),
            # session 26: the plan is shown at turn 1; its first step, cited, answers (was: the plan again)
            T("il commence par quoi ?", PLAN + EXPLAIN + SELECT, cite_any=["bvca-soc-101"]),
            T("trop cher", REFINE, plan=True, cheaper=True),
            T("le premier, c'est en ligne ?", SELECT, cite_min=1),
        ],
        split="tune",
    ),
    D(
        "fr-v9d-rgpd-02",
        ["named_course", "typo", "followup", "area_dgov"],
        [
            T(
                "C'est quoi la formation Les fondamentaux du RGDP ?",
                EXPLAIN + SEARCH,
                cite_any=["inl-rgpd-101"],
            ),
            T("ça fait combien d'ECTS ?", EXPLAIN, cite_any=["inl-rgpd-101"]),
            T(
                "et après, je peux faire quoi ?",
                EXPLAIN + REQ,
                cite_any=["inl-dpo-201", "inl-aipd-202", "inl-classif-301", "inl-cert-gouv"],
            ),
            T("il faut quoi avant la formation DPO ?", REQ, cite_any=["inl-rgpd-101"]),
        ],
        split="tune",
    ),
    D(
        "fr-v9d-onyva-03",
        ["implied_plan", "followup", "constraint_deadline", "area_dpo"],
        [
            T(
                "Je veux devenir DPO, je suis juriste.",
                GOAL + SKILLS,
                goal="dpo",
                goal_not=["juriste", "lawyer", "legal"],
            ),
            T("bon, on y va", PLAN, plan=True),
            T("et si j'avais 10 heures par semaine ?", REFINE + CONS, hours=10, plan=True),
            T("d'ici juin ?", _COR9, deadline=_JUNE9, plan=True),
        ],
        split="tune",
    ),
    D(
        "fr-v9d-inexistant-04",
        ["nonexistent", "followup", "area_cyber"],
        [
            T("Vous avez la certification CISSP ?", EXPLAIN + SEARCH, cite_min=1),
            T("ok, et le plus proche en français ?", SEARCH + REFINE, cite_min=1),
            T("le deuxième, il faut quoi avant ?", REQ + SELECT, cite_min=1),
        ],
        split="tune",
    ),
    D(
        "fr-v9d-planning-05",
        ["implied_plan", "participation", "followup", "named_course", "area_network"],
        [
            T(
                "J'aimerais devenir administrateur réseau. 6 heures par semaine, en ligne uniquement.",
                GOAL + CONS,
                goal="netadmin",
                hours=6,
                part=["online"],
            ),
            T("fais-moi un planning", PLAN, plan=True, plan_part=["online"]),
            T("quelque chose de plus court ?", REFINE, plan=True, faster=True),
            T(
                "le cours Fondements des réseaux, c'est le même que Networking Fundamentals ?",
                COMPARE + EXPLAIN,
                cite_any=["ccna-fondements-101", "ccna-net-101"],
            ),
        ],
        split="tune",
    ),
    D(
        "fr-v9d-analyse-06",
        ["languages", "named_course", "followup", "area_dgov"],
        [
            T(
                "Je cherche une formation en protection des données, mais en français uniquement",
                SEARCH + CONS,
                cite_min=1,
                study_lang=["fr"],
            ),
            T("celle sur l'analyse d'impact, c'est combien ?", EXPLAIN + SELECT, cite_any=["inl-aipd-202"]),
            T("qu'est-ce qu'il faut avant ?", REQ, cite_any=["inl-rgpd-101"]),
            T(
                "ok, fais-moi un parcours vers le certificat gouvernance, 4 h par semaine",
                PLAN + CONS,
                hours=4,
                plan=True,
            ),
        ],
        split="tune",
    ),
    D(
        "fr-v9d-prof-07",
        ["implied_plan", "followup", "named_course", "area_microcred"],
        [
            T(
                "Je suis prof de techno au collège, je veux apprendre à créer des cours en ligne",
                GOAL + SEARCH,
                goal="microcred",
            ),
            T("et donc je commence par quoi ?", PLAN, plan=True),
            T("sans le SCORM, ça ne m'intéresse pas", REFINE + SKIP, plan_excl=["aec-scorm-202"]),
            T("le cours Designing Web-Based Courses, il faut quoi avant ?", REQ, cite_any=["aec-mcd-101"]),
        ],
        split="tune",
    ),
]

# v9-lang (session 9, languages round): French without accents, Québec and Belgian usage, "en ligne",
# "gratuit", franglais, advisers, seasons as deadlines; written before reading the rule files and committed
# before any run; for tune.
from dates import BY_SPRING as _BY_SPRING9  # noqa: E402
from dates import RENTREE as _RENTREE9  # noqa: E402

DIALOGUES += [
    D(
        "fr-v9l-enligne-01",
        ["search", "constraint_budget", "area_dgov"],
        [
            T(
                "je cherche une formation en ligne sur le RGPD",
                SEARCH,
                cite_any=["inl-rgpd-101", "inl-dpo-201", "inl-aipd-202", "inl-cert-gouv"],
            ),
            T("c'est gratuit?", EXPLAIN + REFINE + SELECT, cite_min=1),
        ],
        split="tune",
    ),
    D(
        "fr-v9l-sansaccents-02",
        ["no_diacritics", "constraint_time", "area_dpo"],
        [
            T(
                "je voudrais devenir delegue a la protection des donnees, j'ai deja travaille en securite "
                "informatique",
                GOAL + SKILLS,
                goal="dpo",
            ),
            T("ca prend combien de temps avec 4h par semaine", PLAN + CONS, hours=4, plan=True),
        ],
        split="tune",
    ),
    D(
        "fr-v9l-quebec-03",
        ["quebec", "languages", "constraint_budget", "area_netadmin"],
        [
            T(
                "Allô, je suis au Québec pis je veux me former en réseautique, des cours en français si "
                "possible",
                SEARCH + GOAL + CONS,
                cite_any=["ccna-fondements-101", "ccna-net-101", "ccna-route-201"],
                study_lang=["fr"],
            ),
            T("Mon budget c'est 1500 piastres", CONS, budget=(1500, "CAD")),
            T(
                "fais-moi un parcours pour devenir administrateur réseau",
                PLAN + GOAL,
                goal="netadmin",
                plan=True,
            ),
        ],
        split="tune",
    ),
    D(
        "fr-v9l-reconversion-04",
        ["constraint_deadline", "constraint_time", "area_cyber"],
        [
            T(
                "Je suis employée administrative et je voudrais me reconvertir dans la cybersécurité d'ici "
                "la rentrée",
                GOAL + CONS,
                goal="cyber",
                goal_not=["administrative", "clerk"],
                deadline=_RENTREE9,
            ),
            T("Un plan stp, j'ai 6h par semaine", PLAN + CONS, hours=6, plan=True),
        ],
        split="tune",
    ),
    D(
        "fr-v9l-franglais-05",
        ["mixed_language", "search", "languages", "area_ml"],
        [
            T(
                "des cours de machine learning en ligne, niveau débutant?",
                SEARCH,
                cite_any=["diaa-ai-101", "diaa-ml-201", "ual-ia-101", "diaa-math-102"],
            ),
            T("et en français ça existe?", REFINE + SEARCH + CONS),
        ],
        split="tune",
    ),
    D(
        "fr-v9l-competences-06",
        ["skills", "area_data"],
        [
            T(
                "Je maîtrise Excel, les tableaux croisés dynamiques et un peu de SQL",
                SKILLS,
                skills=["spreadsheet", "sql"],
            ),
            T("mon objectif: analyste de données", GOAL, goal="data_analyst"),
            T("montre-moi le parcours le moins cher", PLAN, plan=True),
        ],
        split="tune",
    ),
    D(
        "fr-v9l-conseillere-07",
        ["third_person", "constraint_time", "area_helpdesk"],
        [
            T(
                "Je suis conseillère en évolution professionnelle. Mon bénéficiaire est magasinier et veut "
                "devenir technicien support informatique. Il peut y consacrer 10 heures par semaine.",
                GOAL + CONS,
                goal="helpdesk",
                goal_not=["warehouse", "magasin"],
                hours=10,
            ),
            T("quelles formations pour lui?", PLAN + SEARCH, cite_min=1),
        ],
        split="tune",
    ),
    D(
        "fr-v9l-printemps-08",
        ["constraint_deadline", "area_web"],
        [
            T(
                "J'aimerais finir avant le printemps, c'est faisable pour devenir développeur web?",
                GOAL + CONS + PLAN,
                goal="web",
                deadline=_BY_SPRING9,
            ),
        ],
        split="tune",
    ),
    D(
        "fr-v9l-gratuit-09",
        ["search", "constraint_budget", "languages", "area_dlit"],
        [
            T(
                "formations gratuites en compétences numériques pour mes parents",
                SEARCH,
                cite_any=[
                    "inl-pix-101",
                    "glcc-dl-101",
                    "inl-securite-103",
                    "inl-citoyen-102",
                    "glcc-safe-104",
                    "glcc-cert-df",
                ],
            ),
            T("ils ne parlent que français", CONS + REFINE + SEARCH, study_lang=["fr"]),
        ],
        split="tune",
    ),
    D(
        "fr-v9l-comparer-10",
        ["compare", "named_course", "area_dgov"],
        [
            T(
                "Quelle est la différence entre le Hochschulzertifikat Cloud Security Engineering et le "
                "Certificat Gouvernance et protection des données?",
                COMPARE,
                cite_any=["hrd-cert-cloudsec", "inl-cert-gouv"],
                cite_min=2,
            ),
        ],
        split="tune",
    ),
    D(
        "fr-v9l-parjour-11",
        ["constraint_time", "area_cloud"],
        [
            T("j'ai 2h par jour en semaine", CONS, hours=10),
            T("objectif ingénieur cloud", GOAL, goal="cloud"),
            T("vas-y pour le plan", PLAN, plan=True),
        ],
        split="tune",
    ),
]

# v9-nlu (session 9, understanding round): see en.py; written before reading the rule files, committed
# before any run.
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
        "fr-v9n-rgpd-01",
        ["search", "area_dgov"],
        [
            T(
                "vous avez des formations sur le RGPD ?",
                SEARCH,
                cite_any=["inl-rgpd-101", "inl-dpo-201", "inl-cert-gouv", "inl-aipd-202"],
            ),
            T("et sur la qualité des données", SEARCH, cite_any=["inl-qualite-201"]),
        ],
        split="tune",
    ),
    D(
        "fr-v9n-cyber-distance-02",
        ["search", "no_punctuation", "participation", "area_cyber"],
        [T("formation cybersécurité à distance", SEARCH, cite_any=_N9_CYBER)],
        split="tune",
    ),
    D(
        "fr-v9n-reseau-boulot-03",
        ["search", "area_network"],
        [
            T(
                "je dois apprendre le réseau pour mon boulot, on installe des switchs dans les agences",
                SEARCH,
                cite_any=_N9_NET,
            ),
        ],
        split="tune",
    ),
    D(
        "fr-v9n-compta-04",
        ["skills", "area_data"],
        [
            T(
                "10 ans de compta, je maîtrise Excel et les tableaux croisés dynamiques",
                SKILLS,
                skills=["spreadsheet"],
            ),
            T("j'aimerais évoluer vers la data", GOAL + EXPLORE + PLAN, goal="data_analyst"),
        ],
        split="tune",
    ),
    D(
        "fr-v9n-dpo-limites-05",
        ["multi_intent", "constraint_time", "constraint_budget", "area_dpo"],
        [
            T(
                "objectif : devenir DPO, 5 h par semaine, budget 1500 €",
                GOAL + PLAN,
                goal="dpo",
                hours=5,
                budget=(1500, "EUR"),
            ),
            T("tu peux me proposer un parcours ?", PLAN, plan=True),
        ],
        split="tune",
    ),
    D(
        "fr-v9n-former-profs-06",
        ["goal", "indirect", "area_elearning"],
        [
            T(
                "je voudrais former les enseignants au numérique",
                GOAL + EXPLORE,
                goal=["digital literacy", "ict trainer", "e-learning", "instructional design", "teacher"],
            ),
        ],
        split="tune",
    ),
    D(
        "fr-v9n-linux-secu-07",
        ["multi_intent", "area_cyber"],
        [
            T(
                "je connais déjà Linux, vous avez quoi en sécurité système ?",
                SEARCH + SKILLS,
                cite_any=["bvca-hard-202", "inl-pssi-203", "bvca-soc-101", "inl-audit-302"],
                skills=["linux"],
            ),
        ],
        split="tune",
    ),
    D(
        "fr-v9n-ingenieur-cloud-08",
        ["plan", "area_cloud"],
        [T("quelles formations faut-il suivre pour devenir ingénieur cloud ?", PLAN + GOAL, goal="cloud")],
        split="tune",
    ),
    D(
        "fr-v9n-perdu-09",
        ["vague", "slang"],
        [T("jsuis perdu, je sais pas quoi apprendre", EXPLORE)],
        split="tune",
    ),
]

# v10-frozen (session 10): a second blind frozen batch, written from docs/, the catalogue and the taxonomy
# only, without reading the assistant's code, rules, tests, training lines, results, or any frozen dialogue,
# and committed before any run; the lead scores it once at the end. Ids `<lang>-v10f-…`, tag `v10_frozen`.
import v10f_lists as _V10  # noqa: E402
from dates import JUNE as _JUNE10  # noqa: E402
from dates import RENTREE as _RENTREE10  # noqa: E402

DIALOGUES += [
    D(
        "fr-v10f-compta-ras-01",
        ["v10_frozen", "vague", "career_change", "constraint_deadline", "area_data"],
        [
            T("j'en ai marre de la compta, je tourne en rond depuis 10 ans. vous conseillez quoi ?", EXPLORE),
            T(
                "j'aime bien Excel et les chiffres, mais je veux un truc plus moderne",
                GOAL + EXPLORE + SKILLS,
                goal_not=["compta", "accountant", "comptable"],
            ),
            T(
                "genre analyste de données. j'ai 5h par semaine et jusqu'à la rentrée",
                GOAL + CONS,
                goal="data_analyst",
                hours=5,
                deadline=_RENTREE10,
            ),
            T("ok fais-moi un plan", PLAN, plan=True),
        ],
        split="frozen",
    ),
    D(
        "fr-v10f-rgpd-typo-02",
        ["v10_frozen", "named_course", "typo", "level", "area_dgov"],
        [
            T(
                "c'est quoi le cours 'les fondemmentaux du rgpd' ? il est vraiment gratuit ?",
                EXPLAIN,
                cite_any=["inl-rgpd-101"],
            ),
            T(
                "et après celui-là, je peux faire quoi ?",
                EXPLAIN + REQ + SEARCH,
                cite_any=["inl-dpo-201", "inl-aipd-202", "inl-classif-301", "inl-cert-gouv"],
            ),
            T(
                "le métier de DPO, c'est quel niveau EQF ? c'est pas trop dur pour moi, j'ai un bac+2",
                EXPLAIN,
                cite_any=["inl-dpo-201"],
            ),
        ],
        split="frozen",
    ),
    D(
        "fr-v10f-cegep-reseau-03",
        ["v10_frozen", "quebec", "student", "constraint_budget", "compare", "area_network"],
        [
            T(
                "Salut! Je suis au Cégep pis j'veux travailler en réseautique. J'ai 600 piastres de budget",
                GOAL + CONS,
                goal="network",
                budget=(600, "CAD"),
            ),
            T("j'ai à peu près 8 heures par semaine", CONS, hours=8),
            T("c'est quoi le plan?", PLAN, plan=True, plan_cost=(600, "CAD")),
            T(
                "le cours Fondements des réseaux, c'est la même affaire que Networking Fundamentals?",
                COMPARE + EXPLAIN,
                cite_any=["ccna-fondements-101", "ccna-net-101"],
            ),
        ],
        split="frozen",
    ),
    D(
        "fr-v10f-conseillere-cloud-04",
        ["v10_frozen", "third_person", "languages", "constraint_time", "area_cloud"],
        [
            T(
                "Je reçois un demandeur d'emploi, ex-technicien de maintenance industrielle, qui veut "
                "aller vers "
                "le cloud. Il parle allemand (il a vécu à Stuttgart). 10 h par semaine.",
                GOAL + CONS + SKILLS,
                goal="cloud",
                goal_not=["maintenance"],
                hours=10,
                langs=["de"],
            ),
            T("qu'est-ce qu'il devrait suivre en premier ?", PLAN, plan=True),
            T("et s'il n'a que 4 heures ?", REFINE + CONS, hours=4, plan=True),
        ],
        split="frozen",
    ),
    D(
        "fr-v10f-prof-ecoles-05",
        ["v10_frozen", "educator", "constraint_budget", "named_course", "area_dlit_teacher"],
        [
            T(
                "je suis prof des écoles et je voudrais animer des ateliers numériques pour les parents "
                "d'élèves",
                GOAL + SEARCH,
                cite_any=_V10.DLIT_TEACH,
            ),
            T(
                "en ligne et gratuit si possible",
                REFINE + CONS + SEARCH,
                cite_any=["aec-dlteach-104", "aec-elearn-100", "aec-hw-105"],
            ),
            T(
                "Teaching Digital Literacy to Adults, il est reconnu ? ça donne des crédits ?",
                EXPLAIN,
                cite_any=["aec-dlteach-104"],
            ),
        ],
        split="frozen",
    ),
    D(
        "fr-v10f-telecom-ia-06",
        ["v10_frozen", "search", "stacking", "constraint_time", "area_ainet"],
        [
            T(
                "je bosse chez un opérateur télécom, on nous parle de réseaux pilotés par l'IA. y a des "
                "formations là-dessus ?",
                SEARCH,
                cite_any=_V10.AINET,
            ),
            T(
                "le certificat complet, ça fait combien d'ECTS et ça coûte combien ?",
                EXPLAIN,
                cite_any=["lcsi-cert-ainet", "ccna-cert-netops"],
            ),
            T(
                "et je l'aurais en combien de temps avec 6h par semaine ?",
                PLAN + EXPLAIN + CONS,
                hours=6,
                cite_min=1,
            ),
        ],
        split="frozen",
    ),
    D(
        "fr-v10f-sans-accents-07",
        ["v10_frozen", "no_diacritics", "skills", "followup", "area_software"],
        [
            T(
                "je veux devenir developpeur logiciel, je connais un peu python. combien de temps ca prend",
                GOAL + SKILLS + PLAN,
                goal="software",
                skills=["python", "Python"],
            ),
            T("3h par jour du lundi au vendredi", CONS, hours=15),
            T("vas-y montre le parcours", PLAN, plan=True),
            T("le 2e cours il sert a quoi", SELECT + WHY, cite_min=1),
        ],
        split="frozen",
    ),
    D(
        "fr-v10f-openclassrooms-08",
        ["v10_frozen", "nonexistent", "languages", "area_ml"],
        [
            T(
                "vous avez la formation « Data Scientist » d'OpenClassrooms ?",
                EXPLAIN + SEARCH,
                cite_any=_V10.ML + _V10.DATA,
            ),
            T("et un équivalent en français ?", SEARCH + REFINE),
        ],
        split="frozen",
    ),
    D(
        "fr-v10f-pme-piratee-09",
        ["v10_frozen", "employer", "search", "named_course", "area_cyber"],
        [
            T(
                "Je gère une petite boîte de 12 salariés, on s'est fait pirater le mois dernier. Je veux "
                "former "
                "tout le monde aux bases de la cybersécurité",
                SEARCH + GOAL,
                cite_any=[
                    "inl-cyber-201",
                    "inl-securite-103",
                    "glcc-safe-104",
                    "bvca-awareness-101",
                    "inl-sensib-104",
                    "inl-pssi-203",
                ],
            ),
            T(
                "et pour moi, un truc plus poussé, du présentiel ça me va",
                SEARCH + REFINE,
                cite_any=_V10.CYBER,
            ),
            T(
                "l'initiation à la cybersécurité pour les PME, elle demande des prérequis ?",
                REQ,
                cite_any=["inl-securite-103"],
            ),
        ],
        split="frozen",
    ),
    D(
        "fr-v10f-liege-dataeng-10",
        ["v10_frozen", "career_change", "constraint_budget", "constraint_deadline", "area_dataeng"],
        [
            T(
                "Bonjour, je suis développeur Java à Liège et je voudrais me réorienter vers le data "
                "engineering. "
                "Budget 2000 €, 6 heures/semaine, d'ici fin juin.",
                GOAL + CONS,
                goal="de",
                goal_not=["java"],
                hours=6,
                budget=(2000, "EUR"),
                deadline=_JUNE10,
            ),
            T("ok, un plan", PLAN, plan=True, plan_cost=(2000, "EUR")),
            T("pourquoi celui-là en premier ?", WHY),
        ],
        split="frozen",
    ),
    D(
        "fr-v10f-mere-demarches-11",
        ["v10_frozen", "third_person", "languages", "area_dlit"],
        [
            T(
                "ma mère (62 ans) voudrait apprendre à faire ses démarches administratives en ligne, elle "
                "parle "
                "arabe et français",
                SEARCH + GOAL,
                cite_any=_V10.DLIT,
                langs=["fr"],
            ),
        ],
        split="frozen",
    ),
    D(
        "fr-v10f-postdoc-cluster-12",
        ["v10_frozen", "search", "followup", "constraint_time", "area_hpc"],
        [
            T(
                "post-doc en chimie, je fais tourner des simulations sur le cluster du labo sans trop "
                "comprendre. "
                "des cours sur le calcul intensif ?",
                SEARCH,
                cite_any=_V10.HPC,
            ),
            T(
                "celui sur la gestion des ressources et l'ordonnancement des clusters, il faut quoi avant ?",
                REQ,
                cite_any=["padr-hpc-101"],
            ),
            T(
                "ok je prends les deux, fais-moi un planning à 3h/semaine",
                PLAN + CONS,
                hours=3,
                plan=True,
                plan_incl=["padr-sched-302", "padr-hpc-101"],
            ),
        ],
        split="frozen",
    ),
    D(
        "fr-v10f-pluie-cloud-13",
        ["v10_frozen", "off_topic", "vague", "area_cloud"],
        [
            T("il va pleuvoir demain à Lyon ?", OOS + SMALL),
            T("bon. tu peux m'aider à trouver une formation alors ?", EXPLORE + SMALL + SEARCH),
            T("dans le cloud, niveau débutant", SEARCH + GOAL, cite_any=_V10.CLOUD),
        ],
        split="frozen",
    ),
]

# v10-dlg (session 10, reply/policy round): whole conversations written before reading the policy files and
# committed before any run: searches in French for subjects the catalogue has in English ("formation
# cybersécurité en ligne"), "je commence par laquelle ?", implied plans ("bon, on fait quoi maintenant ?",
# "fais-lui un calendrier"), a budget or hours said after a list, courses just shown asked about, titles, a
# course that does not exist, "le plus court". Area lists in `v10d_lists.py`. For tune.
import v10d_lists as _L10  # noqa: E402

DIALOGUES += [
    D(
        "fr-v10d-cyber-liste-01",
        ["search", "crosslang", "followup", "budget_after_list", "area_cyber"],
        [
            T("formation cybersécurité en ligne", SEARCH, cite_any=_L10.CYBER),
            T("je commence par laquelle ?", SELECT + PLAN + REQ, cite_any=_L10.CYBER_START),
            T("mon budget c'est 300 euros max", _L10.COR, budget=(300, "EUR"), cite_min=1),
            T("la deuxième, elle dure combien de temps ?", SELECT, cite_min=1),
        ],
        split="tune",
    ),
    D(
        "fr-v10d-secretaire-02",
        ["implied_plan", "followup", "area_dpo"],
        [
            T(
                "Je suis secrétaire médicale et j'aimerais me reconvertir dans la protection des données, "
                "j'ai 4 h par semaine",
                GOAL + CONS,
                goal="dpo",
                goal_not=["secr"],
                hours=4,
            ),
            T("bon, on fait quoi maintenant ?", PLAN, plan=True),
            T("ça fait combien au total ?", EXPLAIN + PLAN + SELECT),
            T("d'accord, on part là-dessus", PLAN + _L10.APPLY, plan=True),
        ],
        split="tune",
    ),
    D(
        "fr-v10d-reseaux-heures-03",
        ["search", "crosslang", "hours_after_list", "area_network"],
        [
            T("vous avez des cours sur les réseaux informatiques ?", SEARCH, cite_any=_L10.NETWORK),
            T("je n'ai que 2 heures par semaine", _L10.COR, hours=2, cite_min=1),
            T("la première est en français ?", SELECT, cite_min=1),
        ],
        split="tune",
    ),
    D(
        "fr-v10d-aipd-04",
        ["named_course", "partial_title", "followup", "area_dpo"],
        [
            T(
                "c'est quoi le cours conduire une analyse d'impact ?",
                EXPLAIN + SEARCH,
                cite_any=["inl-aipd-202"],
            ),
            T("il faut quoi avant ?", REQ, cite_any=["inl-aipd-202", "inl-rgpd-101"]),
            T("et ça mène à quel certificat ?", EXPLAIN + REQ, cite_any=["inl-cert-gouv"]),
        ],
        split="tune",
    ),
    D(
        "fr-v10d-cissp-05",
        ["nonexistent", "followup", "area_cyber"],
        [
            T("est-ce que vous avez la certification CISSP ?", EXPLAIN + SEARCH, cite_any=_L10.CYBER),
            T("bon, et le plus proche en français ?", SEARCH + SELECT + REFINE, cite_any=_L10.CYBER_FR),
            T("combien coûte celui-là ?", SELECT, cite_min=1),
        ],
        split="tune",
    ),
    D(
        "fr-v10d-conseillere-06",
        ["third_person", "implied_plan", "followup", "area_helpdesk"],
        [
            T(
                "J'accompagne un demandeur d'emploi, ancien magasinier, qui veut devenir technicien support "
                "informatique. Il a 10 heures par semaine et 500 euros.",
                GOAL + CONS,
                goal="helpdesk",
                goal_not=["magasin"],
                hours=10,
                budget=(500, "EUR"),
            ),
            T("qu'est-ce qu'il devrait suivre en premier ?", PLAN, plan=True),
            T(
                "seulement en ligne, il n'a pas de voiture",
                REFINE + CONS,
                part=["online"],
                plan=True,
                plan_part=["online"],
            ),
            T("fais-lui un calendrier", PLAN, plan=True),
        ],
        split="tune",
    ),
    D(
        "fr-v10d-python-court-07",
        ["search", "followup", "area_software"],
        [
            T("cours python débutant", SEARCH, cite_any=_L10.PROG),
            T("c'est lequel le plus court ?", SELECT + COMPARE, cite_min=1),
            T("et il est gratuit celui-là ?", SELECT, cite_min=1),
        ],
        split="tune",
    ),
]

# v10-nlu (session 10, understanding round): see en.py; written before reading the rule files, committed
# before any run.
DIALOGUES += [
    D(
        "fr-v10n-caissiere-01",
        ["current_role", "constraint_time", "area_cyber"],
        [
            T(
                "Je suis caissière depuis 6 ans, j'aimerais travailler dans la cybersécurité, j'ai 5 heures "
                "par semaine",
                GOAL + CONS,
                goal="cyber",
                goal_not=["caiss"],
                hours=5,
            )
        ],
        split="tune",
    ),
    D(
        "fr-v10n-donnees-02",
        ["goal", "indirect", "slang", "area_data"],
        [T("je veux bosser avec les données", GOAL + EXPLORE, goal_not=["bosser"])],
        split="tune",
    ),
    D(
        "fr-v10n-routier-03",
        ["third_person", "constraint_budget", "area_network"],
        [
            T(
                "Mon client, ancien chauffeur routier, veut devenir administrateur réseau. Il a un budget de "
                "800 euros.",
                GOAL + CONS,
                goal="netadmin",
                goal_not=["chauffeur"],
                budget=(800, "EUR"),
            )
        ],
        split="tune",
    ),
]

# v10-defr (session 10, languages round, German and French): written in one sitting from the catalogue,
# the taxonomy and docs only, before reading the rule files and before any run, and committed before the
# first run.
from dates import BEFORE_SUMMER as _BEFORE_SUMMER10  # noqa: E402
from dates import END_MARCH as _END_MARCH10  # noqa: E402
from dates import IN_3_MONTHS as _IN_3_MONTHS10  # noqa: E402
from dates import RENTREE as _RENTREE10  # noqa: E402

_L10_WEB = ["lit-web-201", "lit-webstd-202", "lit-fw-203", "lit-api-204", "lit-cert-web"]
_L10_PY = ["lit-prog-101", "glcc-code-107", "ual-python-201", "diaa-ml-201", "diaa-viz-204"]
_L10_PY_NEXT = [
    "diaa-ml-201",
    "ual-python-201",
    "diaa-viz-204",
    "ccna-netauto-203",
    "lit-oop-102",
    "lit-api-204",
]
_L10_SEC_START = [
    "inl-cyber-201",
    "glcc-safe-104",
    "inl-securite-103",
    "bvca-awareness-101",
    "bvca-soc-101",
    "ccna-netsec-204",
    "inl-sensib-104",
]
_L10_CYBER = [
    "bvca-soc-101",
    "bvca-siem-201",
    "bvca-ir-203",
    "bvca-cert-defence",
    "bvca-pentest-201",
    "bvca-vuln-204",
    "bvca-hard-202",
    "inl-cyber-201",
    "ccna-netsec-204",
    "inl-pssi-203",
    "inl-audit-302",
]
_L10_DGOV = [
    "inl-rgpd-101",
    "inl-dpo-201",
    "inl-aipd-202",
    "inl-cert-gouv",
    "inl-qualite-201",
    "inl-classif-301",
    "inl-sensib-104",
    "diaa-resp-205",
]
_L10_HPC = [
    "padr-hpc-101",
    "padr-par-201",
    "padr-perf-202",
    "padr-gpu-301",
    "padr-sched-302",
    "padr-cert-hpc",
]
_L10_CONTAINERS = ["hrd-virt-201", "hrd-iac-202", "diaa-mlops-303", "lcsi-cloudops-205", "hrd-clouddev-204"]
_L10_NET_AFTER = [
    "ccna-fondements-101",
    "ccna-route-201",
    "ccna-netsec-204",
    "ccna-netmon-202",
    "ccna-hw-102",
]
_L10_DATA_FREE = [
    "diaa-ai-101",
    "ual-datos-101",
    "lit-prog-101",
    "ual-ia-101",
    "ual-sql-102",
    "ual-python-201",
    "ual-cert-datos",
    "glcc-office-106",
    "glcc-code-107",
    "padr-fair-203",
]
_L10_TEACH_CS = ["aec-csteach-207", "glcc-code-107", "lit-prog-101", "aec-hw-105", "aec-elearn-100"]
DIALOGUES += [
    D(
        "fr-v10l-aide-soignante-01",
        ["long_message", "constraint_time", "constraint_budget", "area_data"],
        [
            T(
                "Bonjour, j'ai 29 ans, je suis aide-soignante depuis 6 ans et je veux me reconvertir dans la "
                "data. J'ai des bases en Excel. Je peux y consacrer 5h par semaine, surtout le week-end, et "
                "mon "
                "budget c'est max 500 balles.",
                GOAL + CONS + SKILLS + EXPLORE + PLAN,
                goal=["data analyst", "d3edb8f8", "data scientist", "258e46f9", "data"],
                goal_not=["aide-soignant", "nurs", "health care assistant", "healthcare assistant"],
                hours=5,
                budget=(500, "EUR"),
            ),
            T("ok, par quoi je commence ?", PLAN + SEARCH + SELECT, cite_min=1),
            T("c'est en anglais ? je préfère en français", REFINE + CONS + EXPLAIN, study_lang=["fr"]),
        ],
        split="tune",
    ),
    D(
        "fr-v10l-samedi-reseau-02",
        ["constraint_time", "area_network", "plan"],
        [
            T("Je suis dispo que le week-end, genre 4 heures le samedi", CONS, hours=4),
            T("objectif : devenir admin réseau", GOAL + PLAN, goal="netadmin"),
            T("vas-y fais-moi le parcours", PLAN, plan=True, plan_hours=4),
        ],
        split="tune",
    ),
    D(
        "fr-v10l-rentree-cyber-03",
        ["constraint_deadline", "career_change", "area_cyber"],
        [
            T(
                "Je voudrais décrocher un certificat en cybersécurité d'ici la rentrée, je bosse déjà comme "
                "technicien support.",
                GOAL + CONS + SKILLS + SEARCH + PLAN,
                goal="cyber",
                goal_not=["help desk", "support"],
                deadline=_RENTREE10,
            ),
            T("ça coûte combien en tout ?", PLAN + EXPLAIN + REQ),
        ],
        split="tune",
    ),
    D(
        "fr-v10l-liege-web-04",
        ["belgian", "search", "area_web"],
        [
            T(
                "Bonjour, je suis demandeur d'emploi à Liège, ancien employé administratif. Le Forem me "
                "propose "
                "une formation en développement web. Vous avez quoi comme formations en ligne ?",
                SEARCH + GOAL + EXPLORE,
                cite_any=_L10_WEB,
            ),
        ],
        split="tune",
    ),
    D(
        "fr-v10l-montreal-nuage-05",
        ["quebec", "constraint_budget", "area_cloud"],
        [
            T(
                "Allô! Chu technicien en informatique à Montréal pis j'aimerais me spécialiser en "
                "infonuagique. "
                "J'ai environ 6 heures par semaine pis un budget de 2000 piastres.",
                GOAL + CONS + SKILLS,
                goal="cloud",
                hours=6,
                budget=(2000, "CAD"),
            ),
            T("c'est-tu offert en français?", EXPLAIN + SEARCH + REFINE + CONS),
        ],
        split="tune",
    ),
    D(
        "fr-v10l-dakar-datascience-06",
        ["african", "constraint_budget", "constraint_participation", "area_data"],
        [
            T(
                "Bonsoir, je suis étudiant en licence informatique à Dakar. Je veux faire une formation en "
                "data "
                "science mais je n'ai pas beaucoup de moyens, il me faut quelque chose de gratuit ou pas "
                "cher, "
                "en ligne.",
                GOAL + SEARCH + CONS + PLAN,
                part=["online"],
                cite_any=_L10_DATA_FREE,
            ),
        ],
        split="tune",
    ),
    D(
        "fr-v10l-tu-python-07",
        ["informal", "search", "level"],
        [
            T(
                "salut, tu peux me conseiller une formation en python ? j'ai des bases mais rien de pro",
                SEARCH,
                cite_any=_L10_PY,
            ),
            T("et un truc plus avancé après ?", SEARCH + REFINE + EXPLAIN, cite_any=_L10_PY_NEXT),
        ],
        split="tune",
    ),
    D(
        "fr-v10l-cariste-08",
        ["third_person", "formal", "constraint_time", "languages", "area_network"],
        [
            T(
                "Bonjour, je suis conseillère chez France Travail. J'accompagne un monsieur de 45 ans, "
                "ancien "
                "cariste, qui souhaite se former pour devenir technicien réseau. Il a le CACES mais aucune "
                "compétence informatique. Que lui conseilleriez-vous ?",
                GOAL + PLAN + SEARCH,
                goal="network",
                goal_not=["forklift", "cariste", "chariot"],
                cite_min=1,
            ),
            T("Il peut suivre 15 heures par semaine, en présentiel de préférence.", CONS + REFINE, hours=15),
            T(
                "Est-ce qu'il y a un cours en français ?",
                SEARCH + EXPLAIN + REFINE + CONS,
                cite_any=["ccna-fondements-101"],
            ),
        ],
        split="tune",
    ),
    D(
        "fr-v10l-sans-accents-09",
        ["no_accents", "search", "constraint_budget", "area_cyber"],
        [
            T(
                "je cherche une formation securite informatique pour debutant, de preference gratuite",
                SEARCH,
                cite_any=_L10_SEC_START,
            ),
        ],
        split="tune",
    ),
    D(
        "fr-v10l-juriste-dpo-10",
        ["career_change", "constraint_time", "area_dpo"],
        [
            T(
                "Je suis juriste dans une PME et mon patron veut que je devienne DPO. Par où commencer ?",
                GOAL + PLAN + EXPLORE,
                goal="dpo",
                goal_not=["juriste", "lawyer", "legal"],
            ),
            T("et ça prend combien de temps avec 3h par semaine ?", CONS + PLAN + REFINE, hours=3),
        ],
        split="tune",
    ),
    D(
        "fr-v10l-par-mois-11",
        ["constraint_time", "area_cloud"],
        [
            T("Je peux faire environ 10 heures par mois", CONS, hours=(2.3, 0.15)),
            T("c'est pour apprendre le cloud", GOAL + SEARCH + EXPLORE),
        ],
        split="tune",
    ),
    D(
        "fr-v10l-compare-rgpd-12",
        ["named_course", "compare", "area_dgov"],
        [
            T(
                "Quelle différence entre Les fondamentaux du RGPD et Piloter la conformité : le métier de "
                "DPO ?",
                COMPARE,
                cite_any=["inl-rgpd-101", "inl-dpo-201"],
            ),
            T("le premier est gratuit ?", EXPLAIN + SELECT + COMPARE, cite_any=["inl-rgpd-101"]),
        ],
        split="tune",
    ),
    D(
        "fr-v10l-prerequis-aipd-13",
        ["named_course", "requirements", "area_dgov"],
        [
            T(
                "Qu'est-ce qu'il faut avoir fait avant Conduire une analyse d'impact ?",
                REQ,
                cite_any=["inl-aipd-202", "inl-rgpd-101"],
            ),
        ],
        split="tune",
    ),
    D(
        "fr-v10l-securityplus-14",
        ["not_in_catalogue", "area_cyber"],
        [T("vous avez la certif CompTIA Security+ ?", SEARCH + EXPLAIN + REQ, cite_any=_L10_CYBER)],
        split="tune",
    ),
    D(
        "fr-v10l-bootcamp-15",
        ["denglisch", "constraint_deadline", "constraint_time", "area_web"],
        [
            T(
                "je veux faire un bootcamp dev web, 3 mois max, à temps plein, le budget c'est pas un souci",
                SEARCH + GOAL + CONS + PLAN,
                deadline=_IN_3_MONTHS10,
                hours=(37.5, 0.1),
                cite_any=_L10_WEB,
            ),
        ],
        split="tune",
    ),
    D(
        "fr-v10l-data-engineer-skip-16",
        ["plan", "skip", "followup", "area_data"],
        [
            T(
                "fais-moi un parcours pour devenir data engineer, 8h par semaine",
                PLAN + GOAL,
                goal="de",
                hours=8,
                plan=True,
            ),
            T("la première étape je l'ai déjà faite à la fac", SKIP, held_prev_step=1, plan=True),
            T("et si je passe à 12h ?", REFINE + CONS, hours=12, plan=True, faster=True),
        ],
        split="tune",
    ),
    D(
        "fr-v10l-ml-moins-cher-17",
        ["plan", "followup", "constraint_participation", "area_ml"],
        [
            T("Parcours pour devenir ingénieur en machine learning svp", PLAN + GOAL, goal="ml", plan=True),
            T("c'est hors de prix, y a moins cher ?", REFINE, plan=True, cheaper=True),
            T(
                "en ligne uniquement",
                REFINE + CONS,
                part=["online"],
                plan=True,
                plan_part=["online"],
            ),
        ],
        split="tune",
    ),
    D(
        "fr-v10l-prof-techno-18",
        ["goal", "search", "area_ict_teacher"],
        [
            T(
                "Je suis prof de techno au collège et j'aimerais me former pour enseigner l'informatique, "
                "notamment la programmation.",
                GOAL + SEARCH + SKILLS + EXPLORE,
            ),
            T("des cours concrets à me proposer ?", SEARCH + PLAN, cite_any=_L10_TEACH_CS),
        ],
        split="tune",
    ),
    D(
        "fr-v10l-arabe-19",
        ["languages", "search", "area_network"],
        [
            T("Je parle arabe, français et un peu d'anglais", CONS + SKILLS, langs=["ar", "fr"]),
            T(
                "les cours en anglais c'est compliqué pour moi, il y a des formations en français sur les "
                "réseaux ?",
                SEARCH + CONS,
                study_lang=["fr"],
                cite_any=["ccna-fondements-101"],
            ),
        ],
        split="tune",
    ),
    D(
        "fr-v10l-dev-php-20",
        ["skills", "constraint_deadline", "area_dba"],
        [
            T(
                "Je suis dev PHP et j'aimerais être opérationnel en administration de bases de données "
                "d'ici l'été.",
                GOAL + CONS + SKILLS + SEARCH,
                deadline=_BEFORE_SUMMER10,
                skills=["php"],
            ),
        ],
        split="tune",
    ),
    D(
        "fr-v10l-caissiere-21",
        ["vague", "career_change", "area_helpdesk", "plan"],
        [
            T(
                "J'en ai marre de mon boulot de caissière, je voudrais faire autre chose mais je sais pas "
                "quoi",
                EXPLORE,
            ),
            T("j'aime bien aider les gens et je me débrouille avec les ordis", EXPLORE + SKILLS),
            T(
                "support informatique pourquoi pas",
                GOAL + EXPLORE,
                goal="helpdesk",
                goal_not=["cashier", "caiss"],
            ),
            T("je peux faire 6h par semaine, montre-moi", PLAN + CONS, hours=6, plan=True),
        ],
        split="tune",
    ),
    D(
        "fr-v10l-ia-zero-22",
        ["search", "level", "area_ai"],
        [
            T(
                "C'est quoi la meilleure formation pour comprendre l'IA quand on n'y connaît rien ?",
                SEARCH,
                cite_any=["diaa-ai-101", "ual-ia-101"],
            ),
        ],
        split="tune",
    ),
    D(
        "fr-v10l-nombres-lettres-23",
        ["number_words", "constraint_budget", "constraint_time", "area_elearning"],
        [
            T(
                "mon budget : mille cinq cents euros maximum, et pas plus de deux heures par jour en semaine",
                CONS,
                budget=(1500, "EUR"),
                hours=(10, 0.15),
            ),
            T("objectif chef de projet e-learning", GOAL + PLAN, goal="elearning"),
        ],
        split="tune",
    ),
    D(
        "fr-v10l-doctorant-hpc-24",
        ["skills", "search", "area_hpc"],
        [
            T(
                "Doctorant en mécanique des fluides, je code en C++ et je voudrais apprendre MPI et le "
                "calcul "
                "sur GPU.",
                SKILLS + SEARCH + GOAL,
                cite_any=_L10_HPC,
            ),
        ],
        split="tune",
    ),
    D(
        "fr-v10l-apres-fondements-25",
        ["named_course", "stacking", "area_network"],
        [
            T(
                "Le cours Fondements des réseaux informatiques, ça mène à quoi après ?",
                EXPLAIN + REQ + SEARCH,
                cite_any=_L10_NET_AFTER,
            ),
        ],
        split="tune",
    ),
    D(
        "fr-v10l-soc-vous-26",
        ["formal", "long_message", "constraint_budget", "area_cyber"],
        [
            T(
                "Bonjour Madame, Monsieur, je me permets de vous écrire car je souhaiterais évoluer vers un "
                "poste "
                "d'analyste SOC. Je travaille actuellement comme administrateur systèmes Linux. Je dispose "
                "d'environ 7 heures hebdomadaires et mon employeur finance jusqu'à 3000 euros. "
                "Pourriez-vous me "
                "proposer un parcours ?",
                PLAN + GOAL,
                goal="cyber",
                goal_not=["system administrator"],
                hours=7,
                budget=(3000, "EUR"),
                plan=True,
            ),
        ],
        split="tune",
    ),
    D(
        "fr-v10l-docker-merci-27",
        ["search", "smalltalk", "area_sysadmin"],
        [
            T("t'as des formations sur Docker et Kubernetes ?", SEARCH, cite_any=_L10_CONTAINERS),
            T("merci c'est top !", SMALL),
        ],
        split="tune",
    ),
    D(
        "fr-v10l-entretien-mars-28",
        ["constraint_deadline", "search", "area_dgov"],
        [
            T(
                "il me faut un certificat en protection des données avant fin mars pour un entretien",
                SEARCH + GOAL + CONS,
                deadline=_END_MARCH10,
                cite_any=_L10_DGOV,
            ),
        ],
        split="tune",
    ),
]

# v11-frozen (session 11, third blind frozen batch): see en.py; written blind, committed before any run.
import v11f_lists as _V11  # noqa: E402

DIALOGUES += [
    D(
        "fr-v11f-licenciee-compta-01",
        ["v11_frozen", "vague", "lost_job", "constraint_deadline", "area_data"],
        [
            T(
                "bonjour, je viens d'être licenciée, j'étais comptable depuis 15 ans dans une PME. je suis "
                "un peu perdue",
                _V11.OPENING + _V11.ROLE,
            ),
            T("j'aime bien les chiffres, les tableaux, excel je maîtrise", _V11.ROLE_GOAL + _V11.SEARCH),
            T(
                "analyste de données ça pourrait me plaire. j'ai 10h par semaine et je voudrais avoir fini "
                "avant l'été",
                _V11.GOAL_CONS,
                goal="data_analyst",
                goal_not=["compta", "account"],
                hours=10,
                deadline=_V11.BY_SUMMER,
            ),
            T("fais-moi le parcours", _V11.PLAN, plan=True, plan_hours=10),
        ],
        split="frozen",
    ),
    D(
        "fr-v11f-cegep-reseaux-02",
        ["v11_frozen", "student", "quebec", "constraint_budget", "languages", "area_network"],
        [
            T(
                "Allo! Je suis au Cégep en informatique et j'aimerais me spécialiser en réseaux. Mon budget "
                "c'est "
                "1500 piastres max",
                _V11.GOAL_CONS + _V11.SEARCH,
                goal="network",
                budget=(1500, "CAD"),
            ),
            T(
                "y'a-tu des cours en français?",
                _V11.REFINE + _V11.SEARCH + _V11.PICK,
                cite_any=["ccna-fondements-101"],
            ),
            T(
                "ok pis après celui-là?",
                _V11.AFTER,
                cite_any=[
                    "ccna-route-201",
                    "ccna-netmon-202",
                    "ccna-netauto-203",
                    "ccna-netsec-204",
                    "ccna-cert-netops",
                ],
            ),
        ],
        split="frozen",
    ),
    D(
        "fr-v11f-rgpd-dpo-03",
        ["v11_frozen", "named_course", "recognition", "area_dgov"],
        [
            T(
                "le cours sur les bases du RGPD, il coûte combien ?",
                _V11.NAMED + _V11.PICK,
                cite_any=["inl-rgpd-101"],
            ),
            T(
                "et pour devenir DPO ensuite, il faut quoi ?",
                _V11.GOAL_PLAN + _V11.AFTER,
                cite_any=["inl-dpo-201", "inl-cert-gouv"],
            ),
            T("c'est reconnu ? genre accrédité ?", _V11.PICK + _V11.EXPLAIN, cite_min=1),
        ],
        split="frozen",
    ),
    D(
        "fr-v11f-france-travail-cariste-04",
        ["v11_frozen", "third_person", "adviser", "constraint_budget", "languages", "area_helpdesk"],
        [
            T(
                "Je suis conseillère France Travail. Mon bénéficiaire, 38 ans, ancien cariste, veut devenir "
                "technicien support informatique. Il est dispo à temps plein et ne peut rien payer.",
                _V11.GOAL_CONS,
                goal="helpdesk",
                goal_not=["cariste", "forklift"],
                budget=(0, "EUR"),
                hours=(35, 0.2),
            ),
            T("quel parcours tu lui proposes ?", _V11.PLAN, plan=True, plan_cost=(0, "EUR")),
            T(
                "il parle pas anglais, seulement français",
                _V11.SKILLS + _V11.CONS + _V11.REFINE,
                langs=["fr"],
            ),
        ],
        split="frozen",
    ),
    D(
        "fr-v11f-medecin-ia-05",
        ["v11_frozen", "career_changer", "prerequisites", "area_ai"],
        [
            T(
                "je suis médecin généraliste et l'IA m'intéresse beaucoup, surtout pour l'imagerie. par où "
                "commencer sans être informaticien ?",
                _V11.GOAL + _V11.SEARCH + _V11.EXPLORE + _V11.PLAN,
                cite_any=_V11.AI_START + ["diaa-cv-301"],
            ),
            T(
                "il y a des prérequis en maths ?",
                _V11.REQ + _V11.SEARCH,
                cite_any=["diaa-math-102", "diaa-ml-201", "diaa-ai-101"],
            ),
            T(
                "et combien de temps pour arriver au cours de vision par ordinateur, à 4 h par semaine ?",
                _V11.PLAN + _V11.CONS + _V11.EXPLAIN + _V11.REQ,
                cite_any=["diaa-cv-301", "diaa-dl-202", "diaa-ml-201"],
            ),
        ],
        split="frozen",
    ),
    D(
        "fr-v11f-liege-cloud-06",
        ["v11_frozen", "belgium", "languages", "goal", "area_cloud"],
        [
            T(
                "Salut, je bosse en helpdesk à Liège, je voudrais évoluer vers le cloud. Je parle français, "
                "néerlandais et un peu d'anglais. Pas d'allemand du tout",
                _V11.GOAL + _V11.SKILLS + _V11.CONS,
                goal="cloud",
                langs=["fr"],
            ),
            T(
                "un plan alors, 6 heures par semaine",
                _V11.PLAN + _V11.CONS,
                plan=True,
                hours=6,
                plan_langs=["fr", "en", "nl"],
            ),
        ],
        split="frozen",
    ),
    D(
        "fr-v11f-hpc-en-ligne-07",
        ["v11_frozen", "search", "no_accents", "area_hpc"],
        [
            T(
                "cours calcul haute performance en ligne",
                _V11.SEARCH,
                cite_any=[c for c in _V11.HPC if c not in ("padr-par-201", "padr-cert-hpc")],
            ),
            T("le premier, c'est quel niveau ?", _V11.PICK, cite_min=1),
        ],
        split="frozen",
    ),
    D(
        "fr-v11f-dakar-web-08",
        ["v11_frozen", "student", "constraint_budget", "constraint_participation", "area_web"],
        [
            T(
                "salam, je suis à Dakar, étudiant en licence, je veux devenir développeur web. il me faut "
                "des "
                "cours gratuits et en ligne svp",
                _V11.GOAL_CONS + _V11.SEARCH,
                goal="web",
                budget=(0, "EUR"),
                part=["online"],
            ),
            T(
                "ok montre moi le parcours",
                _V11.PLAN,
                plan=True,
                plan_part=["online"],
                plan_cost=(0, "EUR"),
            ),
        ],
        split="frozen",
    ),
    D(
        "fr-v11f-prof-nsi-09",
        ["v11_frozen", "educator", "prerequisites", "held_credential", "area_teacher"],
        [
            T(
                "prof de techno au collège, on me demande d'enseigner la NSI au lycée l'an prochain. je "
                "suis pas "
                "du tout prêt",
                _V11.GOAL + _V11.SEARCH + _V11.EXPLORE + _V11.PLAN,
                cite_any=[
                    "aec-csteach-207",
                    "aec-dlteach-104",
                    "lit-prog-101",
                    "glcc-code-107",
                    "aec-hw-105",
                ],
            ),
            T(
                "il faut faire quoi avant le cours pour enseigner l'informatique au lycée ?",
                _V11.REQ,
                cite_any=["aec-dlteach-104", "aec-csteach-207"],
            ),
            T(
                "Teaching Digital Literacy to Adults je l'ai déjà fait, en 2024",
                _V11.SKIP + _V11.SKILLS,
                held=["aec-dlteach-104"],
            ),
        ],
        split="frozen",
    ),
    D(
        "fr-v11f-gerant-pme-cyber-10",
        ["v11_frozen", "search", "followup", "area_cyber"],
        [
            T(
                "on est une petite boîte de 12 personnes, je suis le gérant et je veux former mes équipes à "
                "la "
                "cybersécurité, un truc pas trop technique",
                _V11.SEARCH + _V11.GOAL,
                cite_any=[
                    "inl-cyber-201",
                    "inl-securite-103",
                    "inl-sensib-104",
                    "glcc-safe-104",
                    "bvca-awareness-101",
                ],
            ),
            T(
                "et pour moi, pour gérer une crise genre rançongiciel ?",
                _V11.SEARCH + _V11.NAMED,
                cite_any=["inl-crise-303", "bvca-ir-203", "inl-pssi-203", "hrd-cloudir-301"],
            ),
            T("c'est en présentiel ? on est à Lyon", _V11.PICK, cite_min=1),
        ],
        split="frozen",
    ),
    D(
        "fr-v11f-pipelines-compare-11",
        ["v11_frozen", "compare", "named_course", "area_de"],
        [
            T(
                "Quelle différence entre Building Reliable Data Pipelines et Data Migration and Integration "
                "?",
                _V11.COMPARE,
                cite_any=["nda-etl-201", "nda-migr-203"],
                cite_min=2,
            ),
            T("lequel est le moins cher ?", _V11.WHICH, cite_any=["nda-migr-203", "nda-etl-201"]),
            T("et qu'est-ce qu'il faut avant ?", _V11.REQ, cite_any=["nda-de-101"]),
        ],
        split="frozen",
    ),
    D(
        "fr-v11f-toussaint-bdd-12",
        ["v11_frozen", "constraint_deadline", "constraint_time", "what_if", "area_dba"],
        [
            T(
                "j'ai besoin d'apprendre les bases de données avant les vacances de la Toussaint, je peux y "
                "consacrer 1h par jour",
                _V11.GOAL + _V11.CONS + _V11.SEARCH,
                deadline=_V11.TOUSSAINT,
                hours=(6, 0.25),
            ),
            T("propose-moi un programme", _V11.PLAN, plan=True),
            T("c'est trop, j'ai que 4h par semaine en fait", _V11.REPLAN, hours=4, plan=True),
        ],
        split="frozen",
    ),
    D(
        "fr-v11f-bruxelles-ia-resp-13",
        ["v11_frozen", "off_topic", "search", "area_dgov"],
        [
            T("il fait un temps pourri à Bruxelles aujourd'hui", _V11.OFF, dead_ok=True),
            T(
                "bref, je cherche une formation sur l'IA responsable, RGPD et IA, ce genre de trucs",
                _V11.SEARCH,
                cite_any=["diaa-resp-205", "inl-aipd-202", "inl-rgpd-101", "inl-cert-gouv"],
            ),
            T("elle dure combien de temps ?", _V11.PICK, cite_min=1),
        ],
        split="frozen",
    ),
]

# v11-dlg (session 11, reply/policy round): life events, follow-ups in context, named courses; written before
# reading the policy files, committed before any run. Lists in `v11d_lists.py`. For tune.
import v11d_lists as _L11  # noqa: E402

DIALOGUES += [
    D(
        "fr-v11d-licencie-01",
        ["life_event", "vague", "implied_plan", "area_network"],
        [
            T(
                "je viens d'être licencié, je bossais dans un entrepôt en logistique. je voudrais me "
                "reconvertir dans l'informatique mais je sais pas par où commencer",
                EXPLORE + GOAL,
                goal_not=["logisti", "warehouse"],
            ),
            T("les réseaux ça me plairait bien", GOAL, goal="network"),
            T("ok vas-y fais le plan, 7 heures par semaine", PLAN + CONS, plan=True, hours=7),
        ],
        split="tune",
    ),
    D(
        "fr-v11d-rgpd-asso-02",
        ["search", "followup", "area_dpo"],
        [
            T("formation rgpd pour une asso, on n'y connait rien", SEARCH, cite_any=_L11.DPO),
            T("laquelle est la plus courte", SELECT + COMPARE, cite_any=_L11.DPO),
            T("et après celle-là je fais quoi", REQ + PLAN + EXPLAIN, cite_any=_L11.DPO_AFTER),
        ],
        split="tune",
    ),
    D(
        "fr-v11d-conseillere-03",
        ["third_person", "refine", "area_health_data"],
        [
            T(
                "je suis conseillère France Travail, ma cliente est secrétaire médicale et veut aller vers "
                "l'analyse de données de santé, 5h par semaine",
                GOAL + CONS,
                goal="health_data",
                goal_not=["secretar"],
                hours=5,
            ),
            T("propose-lui un parcours", PLAN, plan=True),
            T("moins cher c'est possible ?", REFINE, plan=True, cheaper=True),
        ],
        split="tune",
    ),
    D(
        "fr-v11d-fondements-04",
        ["named_course", "followup", "area_network"],
        [
            T(
                "le cours Fondements des reseaux informatiques il dure combien",
                EXPLAIN + SELECT,
                cite_any=["ccna-fondements-101"],
            ),
            T("il est bien en français ?", SELECT + EXPLAIN, cite_any=["ccna-fondements-101"]),
            T("et ensuite je peux faire quoi", REQ + EXPLAIN + PLAN, cite_any=_L11.NETWORK_AFTER),
        ],
        split="tune",
    ),
]

# v11-dlg, second part (written after the round's fixes, before any run on it; not blind). For tune.
DIALOGUES += [
    D(
        "fr-v11d-h01-courte",
        ["search", "followup", "area_cyber"],
        [
            T("des formations en cybersécurité ?", SEARCH, cite_any=_L11.CYBER),
            T("laquelle de celles-ci est la moins chère ?", SELECT + COMPARE + REFINE, cite_min=1),
        ],
        split="tune",
    ),
    D(
        "fr-v11d-h02-fais-le",
        ["plan", "apply", "area_dpo"],
        [
            T("je veux devenir DPO, 4 heures par semaine", GOAL + CONS, goal="dpo", hours=4),
            T("ok vas-y fais ça", APPLY + PLAN, plan=True),
        ],
        split="tune",
    ),
]

# v11-eu (session 11, languages round, French): written in one sitting from the catalogue, the taxonomy and
# docs only, before reading the rule files and before any run, and committed before the first run.
import v11l_lists as _E11  # noqa: E402

DIALOGUES += [
    D(
        "fr-v11l-compta-data-01",
        ["long_message", "skills_held", "constraint_time", "constraint_budget", "area_data"],
        [
            T(
                "Bonjour, je suis comptable dans une PME à Lyon depuis 10 ans, je maîtrise Excel (TCD, "
                "macros) et "
                "j'aimerais évoluer vers l'analyse de données. J'ai environ 3h par semaine, le soir, et mon "
                "budget c'est 800 euros max. Vous auriez un parcours à me proposer ?",
                GOAL + PLAN + CONS + SKILLS,
                goal="data_analyst",
                goal_not=["compta", "account"],
                hours=3,
                budget=(800, "EUR"),
                plan=True,
            ),
            T("et avec 5h par semaine ça irait plus vite ?", REFINE + CONS + PLAN, hours=5, plan=True),
        ],
        split="tune",
    ),
    D(
        "fr-v11l-enseignante-02",
        ["teacher", "current_role", "plan", "area_dlit_teacher"],
        [
            T(
                "Je suis enseignante en collège (techno) et je voudrais devenir formatrice en numérique pour "
                "adultes. Par où je commence ?",
                GOAL + EXPLORE + PLAN + SEARCH,
                goal="dlit_teacher",
                goal_not=["secondary"],
            ),
            T(
                "fais-moi un plan, j'ai 2h par semaine",
                PLAN + CONS,
                plan=True,
                hours=2,
                plan_incl=_E11.DLIT_TEACH,
            ),
        ],
        split="tune",
    ),
    D(
        "fr-v11l-formateur-rgpd-03",
        ["current_role", "constraint_participation", "skip", "area_dgov"],
        [
            T(
                "Formateur indépendant, on me demande de plus en plus des modules RGPD. Je veux monter en "
                "compétence sur la protection des données, jusqu'au niveau DPO si possible. Plutôt en ligne.",
                GOAL + SEARCH + CONS,
                goal="dpo",
                part=["online"],
            ),
            T("ça fait combien en tout ?", PLAN + EXPLAIN, cite_min=1),
            T(
                "j'ai déjà suivi Les fondamentaux du RGPD l'an dernier",
                SKIP + SKILLS,
                held=["inl-rgpd-101"],
            ),
        ],
        split="tune",
    ),
    D(
        "fr-v11l-quebec-reseau-04",
        ["quebec", "constraint_budget", "constraint_time", "languages", "area_network"],
        [
            T(
                "Allo! Je suis technicien informatique à Montréal pis j'aimerais ça me spécialiser en "
                "réseautique, genre administrateur réseau. J'ai un budget de 1500 piastres pis 6 heures "
                "semaine.",
                GOAL + CONS + PLAN,
                goal="netadmin",
                budget=(1500, "CAD"),
                hours=6,
            ),
            T(
                "y en a-tu en français?",
                REFINE + SEARCH + CONS,
                study_lang=["fr"],
                cite_any=["ccna-fondements-101"],
            ),
        ],
        split="tune",
    ),
    D(
        "fr-v11l-dakar-gratuit-05",
        ["west_africa", "no_accents", "constraint_budget", "area_ai"],
        [
            T(
                "bjr svp je suis etudiant a dakar en licence info, je cherche des formations gratuites en "
                "ligne "
                "sur l'IA ou le machine learning, je n'ai pas de budget",
                SEARCH + CONS,
                budget=(0, "EUR"),
                cite_any=["diaa-ai-101", "ual-ia-101"],
                cite_none=["diaa-ml-201", "diaa-dl-202", "diaa-cert-aml"],
            ),
            T("merci, et apres celle-la je fais quoi ?", PLAN + EXPLAIN + REQ + SEARCH, cite_min=1),
        ],
        split="tune",
    ),
    D(
        "fr-v11l-namur-cyber-06",
        ["belgium", "vague", "constraint_budget", "area_cyber"],
        [
            T(
                "Bonjour, je travaille à l'accueil d'une administration à Namur. On a eu une attaque de "
                "phishing "
                "et ça m'a donné envie de me reconvertir dans la cybersécurité. J'ai 45 ans, aucune base "
                "technique. C'est réaliste ?",
                GOAL + EXPLORE + SEARCH,
                goal="cyber",
                goal_not=["accueil", "receptionist"],
            ),
            T(
                "ok, un plan alors, 4 heures par semaine, pas plus de 1000 euros",
                PLAN + CONS,
                plan=True,
                hours=4,
                budget=(1000, "EUR"),
                plan_cost=(1000, "EUR"),
            ),
        ],
        split="tune",
    ),
    D(
        "fr-v11l-aipd-prerequis-07",
        ["named_course", "requirements", "stacking"],
        [
            T(
                "Le cours « Conduire une analyse d'impact (AIPD) », il faut quoi comme prérequis ?",
                REQ,
                cite_any=["inl-aipd-202", "inl-rgpd-101"],
            ),
            T("et il fait partie d'une certification ?", EXPLAIN + REQ, cite_any=["inl-cert-gouv"]),
        ],
        split="tune",
    ),
    D(
        "fr-v11l-langues-python-08",
        ["languages", "search", "the_second", "area_data"],
        [
            T(
                "Je parle français et anglais couramment, un peu d'espagnol. Je voudrais apprendre Python "
                "pour "
                "l'analyse de données, la langue du cours m'est égale.",
                GOAL + SKILLS + SEARCH + CONS,
                langs=["fr", "en"],
                cite_any=_E11.PYTHON,
            ),
            T("le deuxième, il dure combien de temps ?", SELECT + EXPLAIN, cite_min=1),
        ],
        split="tune",
    ),
    D(
        "fr-v11l-conseillere-magasinier-09",
        ["advisor", "third_person", "constraint_budget", "constraint_time", "area_helpdesk"],
        [
            T(
                "Bonjour, conseillère France Travail. J'accompagne un monsieur de 38 ans, ancien magasinier "
                "(CACES 1 et 3), qui voudrait aller vers le support informatique. Il a 10 h par semaine et "
                "c'est "
                "financé par le CPF jusqu'à 600 €. Que lui proposer ?",
                GOAL + PLAN + SEARCH + CONS,
                goal="helpdesk",
                goal_not=["magasin", "warehouse"],
                hours=10,
                budget=(600, "EUR"),
            ),
            T("il ne parle pas anglais du tout", CONS + REFINE, study_lang=["fr"]),
        ],
        split="tune",
    ),
    D(
        "fr-v11l-reprise-lille-10",
        ["returner", "vague", "constraint_participation", "area_dlit"],
        [
            T(
                "J'ai arrêté de travailler 6 ans pour m'occuper de mes enfants, avant j'étais assistante de "
                "direction. Je suis un peu perdue avec l'informatique maintenant, je voudrais reprendre les "
                "bases "
                "du numérique avant de chercher du travail.",
                SEARCH + GOAL + EXPLORE,
                cite_any=_E11.DLIT,
            ),
            T(
                "en présentiel ce serait mieux, je suis à Lille",
                REFINE + CONS,
                part=["on-site", "blended"],
            ),
        ],
        split="tune",
    ),
    D(
        "fr-v11l-fullstack-court-11",
        ["plan", "faster", "why"],
        [
            T(
                "Donne-moi un parcours pour devenir développeur web full stack, 8h/semaine",
                PLAN + GOAL,
                goal="web",
                hours=8,
                plan=True,
            ),
            T("c'est trop long, y a plus court ?", REFINE, faster=True),
            T("pourquoi cet ordre-là ?", WHY, cite_min=1),
        ],
        split="tune",
    ),
    D(
        "fr-v11l-cloud-sans-accents-12",
        ["no_accents", "constraint_budget", "languages", "area_cloudsec"],
        [
            T(
                "je cherche une formation cloud securite certifiante, de preference en ligne et pas trop "
                "chere "
                "(max 700e)",
                SEARCH + CONS,
                budget=(700, "EUR"),
                cite_any=_E11.CLOUDSEC + _E11.CLOUD_EN,
            ),
            T("je parle pas allemand, que anglais et francais", REFINE + CONS, study_lang=["en", "fr"]),
        ],
        split="tune",
    ),
    D(
        "fr-v11l-abidjan-sql-13",
        ["west_africa", "skills_held", "search", "area_data"],
        [
            T(
                "Bonsoir, je suis gestionnaire de stock à Abidjan et je souhaite apprendre SQL et Power BI "
                "pour "
                "faire des tableaux de bord. Je connais déjà bien Excel.",
                SKILLS + SEARCH + GOAL,
                skills=["spreadsheet", "Excel", "excel"],
                cite_any=["ual-sql-102", "ual-visual-203", "diaa-viz-204", "nda-model-102", "ual-olap-302"],
            ),
            T("ok je prends le premier. ça dure combien ?", SELECT + EXPLAIN, cite_min=1),
        ],
        split="tune",
    ),
    D(
        "fr-v11l-niveau-maths-14",
        ["named_course", "level", "eqf"],
        [
            T(
                "le cours Mathematics for Machine Learning c'est quel niveau ? j'ai juste le bac",
                EXPLAIN + REQ,
                cite_any=["diaa-math-102"],
            ),
            T("y a plus facile pour commencer ?", SEARCH + REFINE + EXPLAIN, cite_any=_E11.AI_START),
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
        "fr-v12f-boulanger-01",
        ["v12_frozen", "vague", "career_change", "budget_cpf", "area_dpo"],
        [
            T(
                "je suis boulanger depuis 20 ans, je me leve a 3h du mat et j'en peux plus. j'aimerais me "
                "reconvertir mais j'ai que le CAP, je sais pas si c'est possible dans l'informatique",
                EXPLORE + GOAL + SEARCH,
                goal_not=["boulang", "baker"],
            ),
            T(
                "ce qui me plairait c'est proteger les donnees des gens, genre le rgpd, j'ai vu un reportage "
                "la dessus",
                GOAL + SEARCH,
                cite_any=_L12.DPO,
            ),
            T(
                "je peux y consacrer le samedi matin, 4h, et j'ai 1800 euros sur mon CPF",
                CONS,
                hours=4,
                budget=(1800, "EUR"),
            ),
            T(
                "vas-y propose moi un parcours",
                PLAN,
                plan=True,
                plan_incl=_L12.DPO,
                plan_cost=(1800, "EUR"),
            ),
        ],
        split="frozen",
    ),
    D(
        "fr-v12f-agence-immo-14juillet-02",
        ["v12_frozen", "constraint_deadline", "what_if_hours", "area_web"],
        [
            T(
                "Salut ! Je bosse dans une agence immo a Bordeaux, je veux apprendre le dev web, objectif : "
                "avoir mon site perso en ligne avant le 14 juillet. 3h par semaine max.",
                GOAL + CONS + SEARCH,
                goal="web",
                goal_not=["immobili", "real estate", "estate agent"],
                deadline=_L12.QUATORZE_JUILLET,
                hours=3,
            ),
            T("ca tient dans les temps ?", PLAN + EXPLAIN + WHY + REQ),
            T("et si je passe a 6h ?", REFINE + CONS + PLAN, hours=6, plan=True),
        ],
        split="frozen",
    ),
    D(
        "fr-v12f-dakar-maths-ia-03",
        ["v12_frozen", "student", "free", "online_only", "what_after", "area_ai"],
        [
            T(
                "Bonjour, je suis etudiante en licence de maths a Dakar. L'IA m'interesse beaucoup mais je "
                "n'ai pas de budget, tout doit etre gratuit et en ligne.",
                SEARCH + GOAL + CONS,
                cite_any=["diaa-ai-101", "ual-ia-101"],
            ),
            T("et apres AI Foundations il y a quoi de gratuit ?", REQ + SEARCH + REFINE + PLAN),
        ],
        split="frozen",
    ),
    D(
        "fr-v12f-pere-retraite-quebec-04",
        ["v12_frozen", "third_person", "languages_spoken", "level_easy", "area_software"],
        [
            T(
                "Mon pere vient de prendre sa retraite (il etait comptable) et il s'ennuie. Il voudrait "
                "apprendre a programmer, juste pour le fun, rien de trop dur. Il parle juste francais.",
                SEARCH + EXPLORE + GOAL,
            ),
            T(
                "bon finalement il se debrouille un peu en anglais. c'est quoi le plus facile ?",
                SEARCH + REFINE + SELECT,
                cite_any=_L12.PROG_START,
            ),
            T("c'est combien en dollars canadiens ?", EXPLAIN + SELECT, cite_min=1),
        ],
        split="frozen",
    ),
    D(
        "fr-v12f-aipd-typo-05",
        ["v12_frozen", "named_course", "typo", "recognition", "area_dpo"],
        [
            T(
                "le cours sur l'analyse d'impacte (AIPD), il faut quoi avant ?",
                REQ,
                cite_any=["inl-rgpd-101"],
            ),
            T(
                "il est reconnu par qui ce cours ? c'est serieux ?",
                EXPLAIN + SELECT,
                cite_any=["inl-aipd-202", "inl-rgpd-101"],
            ),
            T("il fait partie d'une certif plus grande ?", EXPLAIN + REQ, cite_any=_L12.GOUV_CERT_PARTS),
        ],
        split="frozen",
    ),
    D(
        "fr-v12f-mission-locale-06",
        ["v12_frozen", "third_person", "vague", "free", "area_helpdesk"],
        [
            T(
                "Conseillère en Mission Locale. Jeune de 19 ans, décrocheur, passionné de jeux vidéo, il "
                "aimerait 'travailler dans l'informatique'. Pas de diplôme, aucun budget, 15h/semaine "
                "dispo. Des pistes ?",
                EXPLORE + SEARCH + GOAL + CONS,
                hours=15,
                budget=(0, "EUR"),
            ),
            T("plutot support informatique je pense, il adore depanner", GOAL, goal="helpdesk"),
            T(
                "faites-lui un planning",
                PLAN,
                plan=True,
                plan_incl=_L12.HELPDESK,
                plan_cost=(0, "EUR"),
            ),
        ],
        split="frozen",
    ),
    D(
        "fr-v12f-bruxelles-dba-07",
        ["v12_frozen", "current_role", "languages_spoken", "participation", "area_de"],
        [
            T(
                "Je suis bruxelloise, je parle français et néerlandais, anglais correct. DBA Oracle depuis "
                "6 ans, je voudrais évoluer vers data engineer. Je fais quoi ?",
                GOAL + SKILLS + PLAN + SEARCH,
                goal="de",
                goal_not=["database administrator", "8c57af09"],
                langs=["fr", "en"],
            ),
            T(
                "Building Reliable Data Pipelines, c'est en présentiel ?",
                EXPLAIN + SELECT,
                cite_any=["nda-etl-201"],
            ),
            T(
                "je préfère éviter le présentiel. autre chose ?",
                REFINE + CONS + SEARCH,
                cite_any=["nda-de-101", "nda-dwh-202", "nda-migr-203", "nda-stream-301", "nda-nosql-205"]
                + ["hrd-clouddb-303", "nda-model-102"],
            ),
        ],
        split="frozen",
    ),
    D(
        "fr-v12f-abidjan-netauto-08",
        ["v12_frozen", "search", "eqf", "prerequisites", "area_ainet"],
        [
            T(
                "bjr, technicien telecom a abidjan ici. je veux apprendre l'automatisation des reseaux avec "
                "python et l'IA pour la supervision. je lis bien l'anglais",
                SEARCH + GOAL + SKILLS,
                cite_any=_L12.AINET,
            ),
            T(
                "Network Automation with Python and APIs c'est quel niveau ? je connais pas python",
                EXPLAIN + REQ,
                cite_any=["ccna-netauto-203"],
            ),
            T(
                "donc il me faut quoi d'abord",
                REQ + PLAN,
                cite_any=["ccna-net-101", "ccna-fondements-101", "lit-prog-101"],
            ),
        ],
        split="frozen",
    ),
    D(
        "fr-v12f-fle-hybride-09",
        ["v12_frozen", "compare", "sessions", "area_microcred"],
        [
            T(
                "Blended Learning in Practice ou Designing Web-Based Courses, lequel pour une prof de FLE "
                "qui passe ses cours en hybride ?",
                COMPARE + EXPLAIN,
                cite_any=["aec-blended-204", "aec-online-201"],
                cite_min=2,
            ),
            T("le premier, il y a des sessions quand ?", EXPLAIN + SELECT, cite_any=["aec-blended-204"]),
        ],
        split="frozen",
    ),
    D(
        "fr-v12f-devoirs-philo-10",
        ["v12_frozen", "off_topic", "search", "language_wanted", "area_cyber"],
        [
            T("tu peux me faire mes devoirs de philo ?", OOS + SMALL),
            T(
                "lol ok. sinon t'as des cours de cybersecu pour debutant en francais ?",
                SEARCH,
                cite_any=["inl-securite-103", "inl-cyber-201"],
            ),
        ],
        split="frozen",
    ),
    D(
        "fr-v12f-geneve-cloud-11",
        ["v12_frozen", "budget_chf", "constraint_deadline", "language_denied", "area_cloud"],
        [
            T(
                "Salut, ingé système à Genève, je gère du VMware et du Windows Server. Je veux passer cloud "
                "engineer, budget 2500 CHF, 5h par semaine, fini avant l'été.",
                GOAL + CONS + SKILLS,
                goal="cloud",
                budget=(2500, "CHF"),
                hours=5,
                deadline=_L12.BEFORE_SUMMER,
            ),
            T(
                "ok montre le plan",
                PLAN,
                plan=True,
                plan_incl=_L12.CLOUD,
                plan_cost=(2500, "CHF"),
            ),
            T(
                "je parle pas allemand hein",
                CONS + REFINE + SKILLS,
                plan=True,
                plan_langs=["fr", "en"],
            ),
        ],
        split="frozen",
    ),
    D(
        "fr-v12f-cap-emploi-12",
        ["v12_frozen", "stored_profile", "third_person", "change_of_mind", "held", "area_helpdesk"],
        [
            T(
                "Cap emploi ici. Mme Benali a finalement décidé qu'elle ne veut plus être formatrice, elle "
                "préfère aider les usagers en informatique, genre support. Changez l'objectif svp.",
                GOAL,
                goal="helpdesk",
                goal_not=["literacy", "4588cd69", "trainer"],
            ),
            T(
                "elle a déjà fait 'Compétences numériques du quotidien', ça compte ?",
                SKILLS + EXPLAIN,
                held=["inl-pix-101"],
            ),
            T(
                "proposez un parcours, uniquement en ligne à cause de son handicap",
                PLAN + CONS,
                plan=True,
                part=["online"],
                plan_part=["online"],
            ),
        ],
        profile={
            "id": "v12f-benali",
            "name": "Nadia Benali",
            "skills": [],
            "credentials": [],
            "goal": {
                "occupation_uri": "http://data.europa.eu/esco/occupation/4588cd69-e6a5-4668-94c7-f02a3d86a649",
                "label": "digital literacy teacher",
                "skills": [],
                "job_advert": None,
            },
            "current_role": None,
            "languages": ["fr", "en"],
            "constraints": {
                "hours_per_week": 6,
                "weeks": None,
                "deadline": None,
                "budget": 900,
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
        "fr-v12f-ml-courtes-13",
        ["v12_frozen", "short_replies", "search", "area_ml"],
        [
            T("formation machine learning", SEARCH, cite_any=_L12.ML),
            T("la moins chere", SELECT + COMPARE + REFINE, cite_any=_L12.ML),
            T("ca dure combien ?", SELECT + EXPLAIN, cite_min=1),
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
        "fr-v12u-card-01",
        ["named_course", "followup", "v12u"],
        [
            T("parle-moi de Network Security Essentials", EXPLAIN + SELECT, cite_any=["ccna-netsec-204"]),
            T("c'est en ligne ?", EXPLAIN + SELECT, cite_any=["ccna-netsec-204"], cite_none=["ccna-net-101"]),
            T(
                "est-ce reconnu officiellement ?",
                EXPLAIN + SELECT,
                cite_any=["ccna-netsec-204"],
                cite_none=["ccna-net-101"],
            ),
            T(
                "il existe aussi en allemand ?",
                EXPLAIN + SELECT + SEARCH,
                cite_any=["hrd-cloudnet-203", "hrd-cloudsec-201", "hrd-iam-202", "hrd-cloud-101"],
            ),
        ],
        split="tune",
    ),
    D(
        "fr-v12u-cert-02",
        ["certificate", "skip", "followup", "v12u"],
        [
            T(
                "qu'est-ce qu'il faut pour le Certificate in Database Administration ?",
                REQ,
                cite_any=["nda-model-102", "nda-dba-201"],
            ),
            T(
                "je passe Data Modelling Essentials, je l'ai déjà fait",
                REQ + SKIP,
                held=["nda-model-102"],
                cite_any=["nda-dbphys-302"],
            ),
            T("et le reste, ça coûte combien ?", REQ + EXPLAIN, cite_any=["nda-dbphys-302"]),
            T(
                "et combien de temps pour le reste à 5 heures par semaine ?",
                REQ + EXPLAIN + _CONS12,
                cite_any=["nda-dbphys-302"],
            ),
        ],
        split="tune",
    ),
    D(
        "fr-v12u-pair-03",
        ["named_course", "compare", "followup", "v12u"],
        [
            T(
                "compare Networking Fundamentals et AI-Driven Network Operations",
                COMPARE,
                cite_any=["ccna-net-101", "ccna-aiops-301"],
            ),
            T(
                "combien d'heures au total pour les deux ?",
                EXPLAIN + COMPARE,
                cite_any=["ccna-aiops-301"],
                cite_none=["ccna-route-201"],
            ),
            T(
                "qu'est-ce que je devrais faire entre les deux ?",
                EXPLAIN + PLAN,
                cite_any=["ccna-netmon-202"],
            ),
            T(
                "lequel je fais d'abord ? je suis dev backend et je connais Python",
                COMPARE + EXPLAIN,
                cite_any=["ccna-net-101"],
                cite_none=["glcc-code-107", "lit-prog-101"],
            ),
        ],
        split="tune",
    ),
    D(
        "fr-v12u-plan-online-04",
        ["plan", "refine", "participation", "v12u"],
        [
            T(
                "Je veux devenir ingénieur réseau, j'ai 6 heures par semaine",
                GOAL + PLAN + _CONS12,
                goal="network",
                plan=True,
            ),
            T(
                "on peut tout faire à distance ?",
                REFINE + _CONS12,
                plan=True,
                part=["online"],
                plan_part=["online"],
            ),
        ],
        split="tune",
    ),
    D(
        "fr-v12u-interest-05",
        ["vague", "interest", "area_helpdesk", "v12u"],
        [
            T("je ne sais pas quoi apprendre", EXPLORE),
            T(
                "j'aime bien aider les gens avec leurs problèmes d'ordinateur",
                GOAL + EXPLORE,
                goal="helpdesk",
            ),
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

DIALOGUES += [
    D(
        "fr-v13u-01",
        ["v13u", "no_accents", "career_change", "area_cyber"],
        [
            T(
                "wesh, chauffeur VTC a marseille depuis 6 ans, j'ai pas le bac mais la cyber ca me branche "
                "grave. c'est jouable ou pas",
                _GOAL13A + _EXPLORE13A,
                goal="cyber",
                goal_not=["chauffeur", "driver", "vtc"],
            ),
            T(
                "en francais si possible, l'anglais c'est chaud pour moi",
                _CONS13A + _REFINE13A + _SEARCH13A,
                cite_any=_L13A.CYBER_FR,
            ),
            T("et ca coute combien le premier", _SELECT13A + _EXPLAIN13A, cite_min=1),
        ],
        split="tune",
    ),
    D(
        "fr-v13u-02",
        ["v13u", "public_sector", "recognition", "eqf", "area_dpo"],
        [
            T(
                "Bonjour, je suis secretaire de mairie dans un village de 800 habitants et on me demande "
                "d'etre la reference RGPD. Par ou je commence ?",
                _SEARCH13A + _GOAL13A + _EXPLORE13A,
                cite_any=_L13A.DPO,
            ),
            T(
                "c'est reconnu ? c'est quel niveau ?",
                _EXPLAIN13A + _SELECT13A,
                cite_any=_L13A.DPO,
            ),
            T(
                "et pour aller jusqu'au certificat gouvernance, il faut combien de temps et combien ca "
                "coute en tout",
                _EXPLAIN13A + _REQ13A + _PLAN13A,
                cite_any=["inl-cert-gouv"],
            ),
        ],
        split="tune",
    ),
    D(
        "fr-v13u-03",
        ["v13u", "belgian", "budget", "hours", "area_data"],
        [
            T(
                "salut, je suis employee dans une mutuelle a Liege, je fais deja pas mal d'Excel et je "
                "voudrais devenir analyste de donnees",
                _GOAL13A + _SKILLS13A,
                goal="data_analyst",
            ),
            T(
                "je peux mettre septante euros max et 3h par semaine, pas plus",
                _CONS13A,
                budget=(70, "EUR"),
                hours=3,
            ),
            T(
                "ok fais-moi le parcours",
                _PLAN13A,
                plan=True,
                plan_hours=3,
                plan_cost=(70, "EUR"),
            ),
        ],
        split="tune",
    ),
    D(
        "fr-v13u-04",
        ["v13u", "third_person", "relative", "languages", "area_dlit"],
        [
            T(
                "je cherche pour ma mere, 71 ans, retraitee de la Poste. elle veut faire ses demarches sur "
                "internet toute seule et arreter de se faire avoir par les arnaques par sms",
                _SEARCH13A + _EXPLORE13A + _GOAL13A,
                cite_any=_L13A.DLIT,
            ),
            T(
                "juste en francais, elle parle pas anglais du tout",
                _CONS13A + _REFINE13A + _SEARCH13A,
                cite_any=_L13A.DLIT_FR,
            ),
        ],
        split="tune",
    ),
    D(
        "fr-v13u-05",
        ["v13u", "named_course", "typo", "what_after", "area_network"],
        [
            T(
                "le cours Fondement des reseau informatique c'est pour debutant ?",
                _EXPLAIN13A + _SEARCH13A + _SELECT13A,
                cite_any=["ccna-fondements-101"],
            ),
            T(
                "et apres ?",
                _REQ13A + _EXPLAIN13A + _PLAN13A + _SEARCH13A,
                cite_any=_L13A.NETWORK_AFTER_BASICS,
            ),
        ],
        split="tune",
    ),
    D(
        "fr-v13u-06",
        ["v13u", "third_person", "advisor", "profile_start", "held", "online_only", "area_dpo"],
        [
            T(
                "Bonjour, je reprends le dossier de Mme Diallo : elle a valide Les fondamentaux du RGPD en "
                "octobre.",
                _SKILLS13A + ["skip_step"],
                held=["inl-rgpd-101"],
            ),
            T(
                "proposez-lui la suite, uniquement en ligne, elle habite loin de Lyon",
                _PLAN13A + _CONS13A + _REFINE13A,
                plan=True,
                part=["online"],
                plan_part=["online"],
                plan_excl=["inl-rgpd-101"],
                cite_any=_L13A.DPO_AFTER_RGPD,
            ),
        ],
        profile={
            "id": "p-v13u-fr-06",
            "goal": {
                "label": "data protection officer",
                "occupation_uri": "http://data.europa.eu/esco/occupation/1619d7f3-7d95-407c-a20e-47745bfcde73",
            },
            "credentials": [],
            "languages": ["fr"],
            "constraints": {"hours_per_week": 5},
        },
        split="tune",
    ),
    D(
        "fr-v13u-07",
        ["v13u", "franglais", "skills", "area_de"],
        [
            T(
                "je veux faire du data engineering, genre pipelines ETL, airflow tout ca. j'ai deja du SQL "
                "solide (5 ans de reporting)",
                _GOAL13A + _SKILLS13A + _SEARCH13A,
                goal="de",
            ),
            T(
                "c'est quoi le premier step",
                _PLAN13A + _SELECT13A,
                cite_any=_L13A.DE + ["lit-prog-101", "ual-python-201"],
            ),
            T(
                "le Building Reliable Data Pipelines il faut du python ?",
                _REQ13A + _EXPLAIN13A,
                cite_any=["nda-etl-201"],
            ),
        ],
        split="tune",
    ),
    D(
        "fr-v13u-08",
        ["v13u", "compare", "named_course", "level", "area_cyber"],
        [
            T(
                "Exploit Development vs Red Team Operations and Reporting, lequel est le plus dur ? je suis "
                "pentesteur junior",
                _COMPARE13A + _EXPLAIN13A + _SKILLS13A,
                cite_any=["bvca-exploit-301", "bvca-redteam-302"],
            ),
            T(
                "il faut connaitre le C++ pour l'exploit dev ?",
                _REQ13A + _EXPLAIN13A,
                cite_any=["bvca-exploit-301"],
            ),
        ],
        split="tune",
    ),
    D(
        "fr-v13u-09",
        ["v13u", "moroccan", "budget_mad", "area_ml"],
        [
            T(
                "salam, je suis etudiant en licence maths a Rabat, je veux me lancer dans l'IA et le machine "
                "learning",
                _GOAL13A + _EXPLORE13A + _SKILLS13A,
                goal="ml",
            ),
            T(
                "budget 5000 dirhams et 10h par semaine",
                _CONS13A,
                budget=(5000, "MAD"),
                hours=10,
            ),
            T("montre le plan", _PLAN13A, plan=True, plan_hours=10, cite_any=_L13A.ML),
        ],
        split="tune",
    ),
    D(
        "fr-v13u-10",
        ["v13u", "educator", "deadline_holiday", "area_microcred"],
        [
            T(
                "Prof documentaliste en lycee. Notre region veut qu'on monte des micro-certifications pour "
                "les eleves (recherche d'info, esprit critique). Je dois concevoir le truc avant les "
                "vacances de fevrier, 2h par semaine. Des formations pour moi ?",
                _SEARCH13A + _GOAL13A + _CONS13A + _EXPLORE13A,
                cite_any=_L13A.MICROCRED + _L13A.MICROCRED_FREE,
            ),
            T(
                "en anglais ca ira. c'est lequel le plus court ?",
                _SELECT13A + _COMPARE13A,
                cite_any=_L13A.MICROCRED + _L13A.MICROCRED_FREE,
            ),
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
        "fr-t9named-before-01",
        ["t9named", "named_course", "before"],
        [
            _T14("Parlez-moi de Conduire une analyse d'impact (AIPD)", _ASK14, cite_any=["inl-aipd-202"]),
            _T14("et avant celui-là, je dois suivre quoi ?", _ASK14, cite_any=["inl-rgpd-101"], plan=False),
            _T14("combien de semaines pour celui-là ?", _ASK14, cite_any=["inl-rgpd-101"], plan=False),
        ],
        split="tune",
    ),
    _D14(
        "fr-t9named-eqf-02",
        ["t9named", "concept"],
        [
            _T14("c'est quoi le niveau 7 du CEC, c'est comme un master ?", _EX14, no_goal=True, plan=False),
        ],
        split="tune",
    ),
]
DIALOGUES += [
    _D14(
        "fr-t9named-subject-03",
        ["t9named", "skip", "subject"],
        [
            _T14(
                "je veux devenir délégué à la protection des données, 6 heures par semaine",
                _GOAL14 + _PLAN14 + _CONS14,
                plan=True,
            ),
            _T14(
                "saute celui sur le RGPD, je l'ai déjà fait",
                _SKIP14,
                held=["inl-rgpd-101"],
                plan_excl=["inl-rgpd-101"],
            ),
        ],
        split="tune",
    ),
]

# -- session 14 (t9goals): goals read the way people state them; tune, written before the fixes -------------
import t9goals_lists as _G14  # noqa: E402
from dsl import CONS as _CONS14  # noqa: E402
from dsl import PLAN as _PLAN14  # noqa: E402

DIALOGUES += [
    D(
        "fr-t9goals-01",
        ["t9goals", "teacher_title"],
        [
            T(
                "Je suis institutrice en CE2 et je voudrais apprendre à enseigner les compétences numériques",
                _G14.GOAL_OR_EXPLORE,
                role=_G14.TEACHER_ROLE,
                goal=_G14.TEACHING_GOAL,
            ),
        ],
        split="tune",
    ),
    D(
        "fr-t9goals-02",
        ["t9goals", "third_person", "answer_verbs"],
        [
            T(
                "Je suis conseillère emploi. Mon client est comptable et veut devenir analyste de données, "
                "il a 6 heures par semaine.",
                _G14.GOAL_OR_EXPLORE,
                goal="data_analyst",
            ),
            T(
                "Vous pouvez me faire un plan que je peux imprimer pour lui ?",
                _PLAN14,
                plan=True,
                goal="data_analyst",
                goal_not=_G14.NOT_PRINT,
            ),
        ],
        split="tune",
    ),
    D(
        "fr-t9goals-03",
        ["t9goals", "vague_field", "area_data"],
        [
            T(
                "je bosse en logistique, je fais des tableaux Excel toute la journée et mon chef veut que je "
                "me forme aux trucs de data. je commence par quoi ?",
                _G14.GOAL_OR_EXPLORE,
                goal_not=_G14.NOT_WAREHOUSE,
                cite_none=["padr-hpc-101", "padr-fair-203"],
            ),
            T(
                "3 heures par semaine, c'est l'entreprise qui paie",
                _CONS14 + _PLAN14,
                goal_not=_G14.NOT_WAREHOUSE,
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
        "fr-t9p-01",
        ["t9profile", "field_with_person_word", "career_change"],
        [
            _T9P(
                "Je travaille au service client d'un opérateur depuis six ans et j'aimerais me reconvertir "
                "dans le support informatique.",
                _GOAL_OR_PLAN9P + _SEARCH9P,
                goal="helpdesk",
                reply_excl=["votre client"],
            ),
            _T9P("français ou anglais, les deux me vont", _CONS9P, study_langs=["fr", "en"]),
        ],
        split="tune",
    ),
    _D9P(
        "fr-t9p-02",
        ["t9profile", "level_floor"],
        [
            _T9P(
                "Je suis développeur web et je veux me former à la cybersécurité. Pas de cours pour "
                "débutants.",
                _GOAL_OR_PLAN9P + _SEARCH9P,
                goal="cyber",
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
        "fr-t10named-lang-01",
        ["t10named", "pointed_course", "attribute_language"],
        [
            _T15("je cherche une formation sur la protection des données", _N15.OPEN),
            _T15(
                "la première est-elle disponible en anglais ?",
                _N15.ASK,
                cite_min=1,
                no_study_lang=True,
                plan=False,
                reply_excl=_N15.CARD["fr"],
            ),
        ],
        split="tune",
    ),
    _D15(
        "fr-t10named-level-02",
        ["t10named", "named_course", "attribute_level", "attribute_prerequisites"],
        [
            _T15("Parlez-moi de Piloter la conformité : le métier de DPO", _N15.ASK),
            _T15(
                "c'est quel niveau, et il faut quoi avant ?",
                _N15.ASK,
                cite_any=["inl-dpo-201"],
                no_max_eqf=True,
                plan=False,
                reply_excl=_N15.CARD["fr"],
            ),
        ],
        split="tune",
    ),
    _D15(
        "fr-t10named-mandatory-03",
        ["t10named", "named_course", "attribute_mandatory"],
        [
            _T15(
                "je veux devenir développeuse web, 5 heures par semaine, fais-moi un parcours",
                _N15.PLANNED,
                plan=True,
            ),
            _T15(
                "est-ce que le cours de Python est obligatoire ?",
                _N15.ASK,
                cite_any=["lit-prog-101"],
                plan=False,
                reply_excl=_N15.CARD["fr"],
            ),
        ],
        split="tune",
    ),
    _D15(
        "fr-t10named-missing-04",
        ["t10named", "not_in_catalogue"],
        [
            _T15(
                "vous avez une formation sur l'impression 3D ?",
                _SEARCH15 + _EXPLORE15,
                reply_any=_N15.MISSING["fr"],
            ),
        ],
        split="tune",
    ),
    _D15(
        "fr-t10named-cert-05",
        ["t10named", "named_course", "attribute_certificate"],
        [
            _T15("Parlez-moi de Les fondamentaux du RGPD", _N15.ASK),
            _T15(
                "est-ce qu'on obtient une attestation reconnue à la fin ?",
                _N15.ASK,
                cite_any=["inl-rgpd-101"],
                plan=False,
                reply_excl=_N15.CARD["fr"],
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
        "fr-t10search-01",
        ["t10search", "topic_filler", "search"],
        [
            T(
                "d'accord super. vous avez quoi comme formations en protection des données "
                "pour quelqu'un qui n'y connaît rien ?",
                _S15.INTENTS_SEARCH,
                cite_min=1,
                reply_excl=["quelqu", "connaît", "super protection"],
            ),
        ],
        split="tune",
    ),
    D(
        "fr-t10search-02",
        ["t10search", "topic_role_words", "vague_opening"],
        [
            T(
                "je suis aide-soignante depuis 15 ans, quelles formations en informatique de base ?",
                _S15.INTENTS_SEARCH + ["state_skills", "set_goal"],
                cite_min=1,
                cite_none=["aec-csteach-207", "aec-hw-105"] + _S15.ADVANCED,
                reply_excl=["soignante informatique", "ans**"],
            ),
        ],
        split="tune",
    ),
    D(
        "fr-t10search-03",
        ["t10search", "cheaper_budget"],
        [
            T("des formations en cybersécurité ?", _S15.INTENTS_SEARCH, cite_min=1),
            T("mon budget est de 300 euros", _S15.INTENTS_BUDGET, budget=(300, "EUR")),
            T("et moins cher ?", _S15.INTENTS_CHEAPER, budget=(300, "EUR"), cite_none=_S15.CYBER_OVER_300),
        ],
        split="tune",
    ),
    D(
        "fr-t10search-04",
        ["t10search", "free_languages"],
        [
            T("je veux devenir analyste de données", ["set_goal", "explore", "plan"], goal="data_analyst"),
            T(
                "il y a des formations gratuites ?",
                _S15.INTENTS_FREE,
                cite_none=[
                    "ual-datos-101",
                    "ual-ia-101",
                    "bvca-awareness-101",
                    "hrd-cloud-101",
                    "glcc-alfab-108",
                ],
            ),
        ],
        split="tune",
    ),
    D(
        "fr-t10search-05",
        ["t10search", "held_no_plan"],
        [
            T("quelles formations sur le RGPD ?", _S15.INTENTS_SEARCH, cite_min=1),
            T(
                "j'ai déjà fait Les fondamentaux du RGPD",
                _S15.INTENTS_HELD,
                held=["inl-rgpd-101"],
                reply_excl=["refait le plan"],
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
        "fr-t10roles-01",
        ["t10roles", "status_not_job"],
        [
            _T10R(
                (
                    "je suis à la retraite depuis l'an dernier et je voudrais apprendre à repérer les "
                    "arnaques sur internet"
                ),
                _ANY10R,
                no_role=True,
            ),
        ],
        split="tune",
    ),
    _D10R(
        "fr-t10roles-02",
        ["t10roles", "place_not_job"],
        [
            _T10R(
                (
                    "je bosse comme vendeuse dans une boulangerie à Nantes et j'aimerais devenir "
                    "développeuse web"
                ),
                _ANY10R,
                role_not=["nantes", "boulangerie", "bosse"],
                goal="web",
            ),
        ],
        split="tune",
    ),
    _D10R(
        "fr-t10roles-03",
        ["t10roles", "adviser"],
        [
            _T10R(
                (
                    "J'accompagne une jeune femme de 22 ans, bac pro commerce, qui veut se lancer "
                    "dans l'informatique. Vous proposeriez quoi ?"
                ),
                _ANY10R,
                reply_excl=["vous travaillez actuellement", "**votre parcours**"],
            ),
        ],
        split="tune",
    ),
    _D10R(
        "fr-t10roles-04",
        ["t10roles", "skill_not_course"],
        [
            _T10R(
                ("je connais déjà les bases de SQL, je voudrais devenir administrateur de bases de données"),
                _ANY10R,
                held_not=["ual-sql-102"],
                goal="dba",
            ),
        ],
        split="tune",
    ),
    _D10R(
        "fr-t10roles-05",
        ["t10roles", "status_not_job"],
        [
            _T10R(
                ("Je suis étudiant en master de biologie et j'aimerais apprendre l'analyse de données"),
                _ANY10R,
                no_role=True,
            ),
        ],
        split="tune",
    ),
]

DIALOGUES += [
    _D10R(
        "fr-t10roles-06",
        ["t10roles", "skill_not_course"],
        [
            _T10R(
                "je maîtrise déjà un peu Python pour l'analyse de données, je vise data scientist",
                _ANY10R,
                held_not=["ual-python-201", "lit-prog-101"],
            ),
        ],
        split="tune",
    ),
]


# t11own (session 16, tune, written BEFORE the fixes by the helper who fixes them): the learner's own
# language and form searched without a goal, an interest absorbed, a subject not wanted, the gender said
import t11own_lists as _O16  # noqa: E402

DIALOGUES += _O16.dialogues("fr")
# -- session 16 (t11lists): questions over the list or plan just shown - a superlative over what was shown,
# the nth step's card, the plan's total, a shorter entry course after a long plan, a cover letter / CV /
# interview out of scope. Written BEFORE the fixes by the helper who fixes them (a check of that work, not a
# blind measure), in phrasings not taken from the lead's trial 11. For tune.
import t11lists_lists as _L16  # noqa: E402
from dsl import D as _D16  # noqa: E402
from dsl import T as _T16  # noqa: E402

DIALOGUES += [
    _D16(
        "fr-t11lists-01",
        ["t11lists", "shown_extreme"],
        [
            _T16("des formations en cybersécurité ?", _L16.OPEN),
            _T16(
                "lequel est le moins cher ?",
                _L16.PICK,
                cite_any=["bvca-soc-101"],
                reply_any=["PLN 900", "207"],
                plan=False,
            ),
        ],
        split="tune",
    ),
    _D16(
        "fr-t11lists-02",
        ["t11lists", "plan_step_card"],
        [
            _T16(
                "je veux devenir développeur web, 6 heures par semaine, fais-moi un plan",
                _L16.PLANNED,
                plan=True,
            ),
            _T16(
                "c'est quoi exactement la dernière formation du plan ?",
                _L16.PICK,
                cite_prev_step=-1,
                plan=False,
            ),
        ],
        split="tune",
    ),
    _D16(
        "fr-t11lists-03",
        ["t11lists", "plan_total"],
        [
            _T16(
                "je veux devenir développeur web, 6 heures par semaine, fais-moi un plan",
                _L16.PLANNED,
                plan=True,
            ),
            _T16("ça me coûterait combien au total ?", _L16.TOTAL, prev_total="cost", plan=False),
        ],
        split="tune",
    ),
    _D16(
        "fr-t11lists-04",
        ["t11lists", "shorter_start"],
        [
            _T16(
                "je veux devenir développeur web, 6 heures par semaine, fais-moi un plan",
                _L16.PLANNED,
                plan=True,
            ),
            _T16("c'est trop long, il y a plus court pour commencer ?", _L16.SHORTER, cite_min=1, plan=False),
        ],
        split="tune",
    ),
    _D16(
        "fr-t11lists-05",
        ["t11lists", "cover_letter"],
        [
            _T16(
                "tu peux m'écrire une lettre de motivation pour un poste de technicien réseau ?",
                _L16.OUT,
                reply_any=["ne peux pas"],
                no_role=True,
            ),
            _T16("bon, alors je veux devenir administrateur réseau", _L16.PLANNED, goal="netadmin"),
        ],
        split="tune",
    ),
    _D16(
        "fr-t11lists-06",
        ["t11lists", "shown_extreme"],
        [
            _T16("des formations en cybersécurité ?", _L16.OPEN),
            _T16(
                "et le plus avancé, c'est lequel ?",
                _L16.PICK,
                cite_any=["inl-pssi-203", "bvca-cert-defence"],
                reply_any=["EQF 6"],
                plan=False,
            ),
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
        "fr-t11goal-01",
        ["t11goal", "from_to"],
        [
            _T11G(
                "Je voudrais passer de comptable à quelque chose dans les données, 5 h par semaine",
                _G11.ANY,
                goal=_DATA11G,
                goal_not=["accountant", "comptable"],
            ),
        ],
        split="tune",
    ),
    _D11G(
        "fr-t11goal-02",
        ["t11goal", "background"],
        [
            _T11G(
                (
                    "Je n'ai aucun diplôme et je ne connais qu'Excel. On me dit d'apprendre la data, "
                    "c'est pour moi ?"
                ),
                _G11.ANY,
                reply_excl=_G11.NOT_IN_CATALOGUE["fr"],
                cite_none=_G11.DATA_ADVANCED,
            ),
        ],
        split="tune",
    ),
    _D11G(
        "fr-t11goal-03",
        ["t11goal", "that_job"],
        [
            _T11G(
                "J'ai un entretien la semaine prochaine pour un poste d'administrateur réseau",
                _G11.ANY_OR_OOS,
                dead_ok=True,
            ),
            _T11G("quelles formations pour décrocher ce poste ?", _G11.ANY, goal="netadmin"),
        ],
        split="tune",
    ),
    _D11G(
        "fr-t11goal-04",
        ["t11goal", "skill_held"],
        [
            _T11G(
                "Je connais le C et Python, je veux me former au calcul haute performance",
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

DIALOGUES += _R17.dialogues("fr")


# acts17 (session 17, tune, written BEFORE the fixes by the helper who fixes them): the weakest acts of the
# frozen report in new phrasings - skills held, out-of-scope requests and pay, searches in own words.
# Dialogues 07 and 08 are held back (never trained on, failures not studied): acts17_lists.HELD_BACK.
import acts17_lists as _A17  # noqa: E402
from dsl import D as _D17  # noqa: E402
from dsl import T as _T17  # noqa: E402

DIALOGUES += [
    _D17(
        "fr-acts17-01",
        ["acts17", "skills_held"],
        [
            _T17(
                "Alors moi : Excel niveau avancé, un peu de VBA, SQL de base et je me débrouille en Python.",
                ["state_skills"],
                skills_all=["spreadsheet", "sql", "python"],
            ),
        ],
        split="tune",
    ),
    _D17(
        "fr-acts17-02",
        ["acts17", "oos"],
        [
            _T17(
                "Tu peux me donner une recette de blanquette de veau ?",
                _A17.OOS_OR_EXPLORE,
                reply_any=_A17.CAN_DO["fr"],
            ),
        ],
        split="tune",
    ),
    _D17(
        "fr-acts17-03",
        ["acts17", "search"],
        [
            _T17(
                (
                    "je cherche une formation sur la protection des données personnelles, en français si "
                    "possible"
                ),
                ["search"],
                cite_any=_A17.GDPR,
            ),
        ],
        split="tune",
    ),
    _D17(
        "fr-acts17-04",
        ["acts17", "skills_held"],
        [
            _T17(
                "J'ai suivi la formation Les fondamentaux du RGPD l'an dernier et je connais bien Wireshark.",
                ["state_skills", "skip_step"],
                held=["inl-rgpd-101"],
                skills=["wireshark"],
            ),
        ],
        split="tune",
    ),
    _D17(
        "fr-acts17-05",
        ["acts17", "oos"],
        [
            _T17(
                "Pour qui tu votes aux prochaines élections ?",
                _A17.OOS_OR_EXPLORE,
                reply_any=_A17.CAN_DO["fr"],
            ),
        ],
        split="tune",
    ),
    _D17(
        "fr-acts17-06",
        ["acts17", "search"],
        [
            _T17("des cours de cybersécu pour débutant, en ligne ?", ["search"], cite_any=_A17.CYBER),
        ],
        split="tune",
    ),
    _D17(
        "fr-acts17-07",
        ["acts17", "skills_held", "held_back"],
        [
            _T17(
                "Je bosse sur Linux depuis 10 ans, je fais du scripting bash et de l'Ansible au quotidien",
                ["state_skills"],
                skills_all=["operating systems", "scripting", "ansible"],
            ),
        ],
        split="tune",
    ),
    _D17(
        "fr-acts17-08",
        ["acts17", "pay", "held_back"],
        [
            _T17(
                "Combien gagne un administrateur réseau en France ?", _A17.NEAR, reply_any=_A17.SALARY["fr"]
            ),
            _T17(
                "et quelles formations pour le devenir ?",
                ["set_goal", "plan", "explore", "search"],
                cite_min=1,
            ),
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
        "fr-t12goal-01",
        ["t12goal", "job_subject"],
        [
            _T12G(
                "je suis admin réseau depuis 4 ans et je dois me former à l'automatisation en Python",
                _G12.ANY,
                goal_not=_G12.NETADMIN,
                no_deadline=True,
                cite_any=_G12.NET_AUTOMATION,
            ),
        ],
        split="tune",
    ),
    _D12G(
        "fr-t12goal-02",
        ["t12goal", "interest"],
        [
            _T12G(
                "j'aimerais dépanner des ordis et aider les gens qui galèrent avec leur informatique",
                _G12.ANY,
                goal="helpdesk",
            ),
        ],
        split="tune",
    ),
    _D12G(
        "fr-t12goal-03",
        ["t12goal", "experience"],
        [
            _T12G(
                "Développeur avec 10 ans d'expérience, je veux me tourner vers le machine learning",
                _G12.ANY,
                no_deadline=True,
                goal="ml",
            ),
        ],
        split="tune",
    ),
    _D12G(
        "fr-t12goal-04",
        ["t12goal", "teach_kids"],
        [
            _T12G(
                (
                    "Je suis prof de maths en primaire, je voudrais apprendre à initier mes élèves à "
                    "l'informatique"
                ),
                _G12.ANY,
                cite_any=_G12.TEACH_KIDS,
                cite_none=_G12.NOT_FOR_TEACHERS,
            ),
            _T12G(
                "3 h par semaine, en ligne",
                _G12.ANY,
                goal_not=["semaine", "ligne", "informatique"],
                plan_excl=_G12.NOT_FOR_TEACHERS,
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

DIALOGUES += _L17.dialogues("fr")


# refs18 (session 18, tune, written BEFORE the fixes by the helper who fixes them): questions about named
# courses and certificates answered from the catalogue (shared in authoring/refs18_lists.py)
import refs18_lists as _Q18  # noqa: E402

DIALOGUES += _Q18.dialogues("fr")


# refine18 (session 18, tune, written BEFORE the fixes by the helper who fixes them): refinements in every
# language after a list, a plan or a "nearest" answer - cheaper/free said in other ways, a question about
# availability is no limit, "free?" over a goal, limits after a plan (shared in authoring/refine18_lists.py)
import refine18_lists as _RF18  # noqa: E402

DIALOGUES += _RF18.dialogues("fr")

# trans18 (session 18, tune, written BEFORE the fixes by the helper who fixes them): passing English
# tune dialogues said again in this language (authoring/trans18.py); 41-60 (vi/hi/bn) are held back.
import trans18 as _TR18  # noqa: E402

DIALOGUES += _TR18.BY_LANG["fr"]


# goal18 (session 18, tune, written BEFORE the fixes by the helper who fixes them, in its own
# phrasings): goals and roles that are what the learner meant - constraints or "pick for me" after an opener
# set no goal of its words, skills held stay out of the goal's label, a group, a comparison or a past job is
# no role or held skill
import goal18_lists as _G18  # noqa: E402

DIALOGUES += _G18.dialogues("fr")


# skills18 (session 18, tune, written BEFORE the fixes by the helper who fixes them): what the learner says
# they know, saved right - levels said in words, every skill of a long message, years of study and primary
# teachers no EQF limit, skills denied or compared, tools named informally
import skills18_lists as _S18  # noqa: E402

DIALOGUES += _S18.dialogues("fr")


# roles19 (session 19, tune, written BEFORE the fixes by the helper who fixes them): goal occupations named in
# any language or informally, primary and adult teachers' goals (the pupils' level no EQF limit), a current
# and a target job in one sentence (shared in authoring/roles19_lists.py)
import roles19_lists as _R19  # noqa: E402

DIALOGUES += _R19.dialogues("fr")

# scope19 (session 19, tune, written BEFORE the fixes by the helper who fixes them): out of scope only
# when it is (unrelated requests with what the assistant can do, near-scope ones answered),
# searches in any words
import scope19_lists as _SC19  # noqa: E402

DIALOGUES += _SC19.dialogues("fr")


# vague19 (session 19, tune, written BEFORE the fixes by the helper who fixes them, in its own phrasings):
# vague openings set no goal of their words, "you choose for me" picks one direction from what was said,
# "a plan to get to that one" plans towards the entry in focus, a past job invents no held skill
import vague19_lists as _V19  # noqa: E402

DIALOGUES += _V19.dialogues("fr")

# skills19 (session 19, helper skills19, tune): held skills and done courses said any way - the skill before
# its verb, a plan step named by its subject in any language, lists of skills beside jobs and places
import skills19_lists as _S19  # noqa: E402

DIALOGUES += _S19.dialogues("fr")

# refine19 (session 19, issue #12): refinements that change what is shown ("cheaper" over a plan that is
# already the cheapest, a card or a comparison) and questions about a language or format that are not filters
import refine19_lists as _R19  # noqa: E402

DIALOGUES += _R19.dialogues("fr")

# skills20 (session 20, issue #12): held skills and held courses - courses not in the catalogue as evidence,
# negation, levels, lists, pronouns, school or degree as background
import skills20_lists as _S20  # noqa: E402

DIALOGUES += _S20.dialogues("fr")

# goals20 (session 20, tune, written BEFORE the fixes by the helper who fixes them): goals and labels a
# learner would recognise - workplaces are no roles, labels without typos or the group's words, areas by
# meaning, English titles inside other languages (shared in authoring/goals20_lists.py)
import goals20_lists as _G20  # noqa: E402

DIALOGUES += _G20.dialogues("fr")

# search20 (session 20, issue #12, tune, written BEFORE the fixes by the helper who fixes them): a level in a
# search is a limit on it, totals over a plan, a list or a certificate, searches with limits in es/de/fi/fr
import search20_lists as _S20  # noqa: E402

DIALOGUES += _S20.dialogues("fr")

# lang20 (session 20, tune, written BEFORE the fixes by the helper who fixes them): everyday conversations -
# greetings, goals, limits said the everyday way, advisers, held skills, named courses, definitions after a
# card, refinements (shared in authoring/lang20_lists.py)
import lang20_lists as _LG20  # noqa: E402

DIALOGUES += _LG20.dialogues("fr")

# follow20 (session 20, tune, written BEFORE the fixes by the helper who fixes them): follow-ups that
# keep the thread - the answer after the counsellor's opening and "what do I do first?", "faster?" after a
# plan, a held basics course with a level wish, a plan to the entry in focus (authoring/follow20_lists.py)
import follow20_lists as _F20  # noqa: E402

DIALOGUES += _F20.dialogues("fr")

# which21 (session 21, issue #12, tune, written BEFORE the fixes by the helper who fixes them): "which one
# first, and why?" after a list, a plan, a card, the counsellor's opening or nothing, held skills said beside
# it, an adviser's group (authoring/which21_lists.py)
import which21_lists as _W21  # noqa: E402

DIALOGUES += _W21.dialogues("fr")
# refine21 (session 21, tune, written BEFORE the fixes by the helper who fixes them): searches with a topic
# and a limit, then refinements, ordinal questions about a listed course and goal changes mid-thread
# (authoring/refine21_lists.py)
import refine21_lists as _R21  # noqa: E402

DIALOGUES += _R21.dialogues("fr")

# roles21 (session 21, tune, written BEFORE the fixes by the helper who fixes them): current roles and goals
# that read cleanly - spoken copulas, fillers, running/driving/doing a trade, fields of work, interests,
# selling online (authoring/roles21_lists.py)
import roles21_lists as _R21  # noqa: E402

DIALOGUES += _R21.dialogues("fr")

# session 22 (goals22): goals and roles read from any sentence - hearsay, places, brackets, a trade and
# a field,
# "ok"/"ready", two goals, advisers, goals the catalogue lacks (authoring/goals22_lists.py)
import goals22_lists as _G22  # noqa: E402

DIALOGUES += _G22.dialogues("fr")
# questions about a plan and its courses (authoring/explain22_lists.py)
import explain22_lists as _E22  # noqa: E402

DIALOGUES += _E22.dialogues("fr")

# skills21 (session 21, reverted at its merge and relanded in session 22 by skills22): skill statements in any
# phrasing - tools for skills, everyday levels, a job said as its work, corrections, an adviser's client,
# skills inside a goal, a plan that skips what is held (authoring/skills21_lists.py)
import skills21_lists as _S21  # noqa: E402

DIALOGUES += _S21.dialogues("fr")

# skills22 (session 22, tune, written BEFORE the fixes by the helper who fixes them): lists of skills with a
# field word ("Linux und Netzwerke"), an adviser's "sie kann Excel", skills inside a goal, tools still not in
# the catalogue by name, a search naming skills is no statement (authoring/skills22_lists.py)
import skills22_lists as _S22  # noqa: E402

DIALOGUES += _S22.dialogues("fr")
# what "that one" points at after a superlative, a swapped plan step, "anything in French?", goals named by
# an area or a need (authoring/refs23_lists.py)
import refs23_lists as _R23  # noqa: E402

DIALOGUES += _R23.dialogues("fr")

# session 23 (days23): a learner's day instead of skills, time questions ("how long until a job?", "can I
# finish by June?", "hours a week for 2 months?"), a degree or study as background (authoring/days23_lists.py)
import days23_lists as _D23  # noqa: E402

DIALOGUES += _D23.dialogues("fr")

# session 24 (directions24): a counsellor's opening that fits the learner - directions from what was said,
# the answer to the opening read, prices in the currency asked (authoring/directions24_lists.py)
import directions24_lists as _DIR24  # noqa: E402

DIALOGUES += _DIR24.dialogues("fr")

# session 24 (acts24): the act decision's largest causes on the tune split - a message about oneself naming no
# skill read as skills held, a first message about something else read as out of scope unsure
# (authoring/acts24_lists.py)
import acts24_lists as _A24  # noqa: E402

DIALOGUES += _A24.dialogues("fr")

# session 24 (loose24): what follows a course toward the goal, only a phone, "how long until I'm ready?",
# goal labels in a stable order (authoring/loose24_lists.py)
import loose24_lists as _L24  # noqa: E402

DIALOGUES += _L24.dialogues("fr")

# session 25 (goalplan25): a stated goal and the plan - a goal stated with its limits and nothing asked is the
# goal, a goal with the way asked for is the plan (authoring/goalplan25_lists.py)
import goalplan25_lists as _GP25  # noqa: E402

DIALOGUES += _GP25.dialogues("fr")

# session 25 (classifier25): turns the intent classifier misreads where no later rule corrects it - a course
# asked for beside something about oneself, a background with a wish, a subject asked in a few words, a
# narrowing after a list, "what could I become with that?" (authoring/classifier25_lists.py)
import classifier25_lists as _C25  # noqa: E402

DIALOGUES += _C25.dialogues("fr")

# session 25 (lead25fix): lead trial 21's classes - background words in the goal, courses in the learner's
# language, a subject excluded, the cheapest plan, how long, the cheapest of a list, routing said
# (authoring/lead25fix_lists.py)
import lead25fix_lists as _LF25  # noqa: E402

DIALOGUES += _LF25.dialogues("fr")

# session 26 (conv26): lead trial 21's follow-up and search classes - which of the courses just shown first,
# an adviser's "where should she start?", how long asked beside a goal, a subject's own courses first
# (authoring/conv26_lists.py)
import conv26_lists as _CV26  # noqa: E402

DIALOGUES += _CV26.dialogues("fr")
# lang26 (session 26): everyday fr as people write it - jobs, skills, limits, inflection, no diacritics,
# anglicisms, colloquial forms, negation (authoring/lang26_lists.py)
import lang26_lists as _LANG26  # noqa: E402

DIALOGUES += _LANG26.dialogues("fr")
# session 26 (trial22fix): lead trial 22's classes - another client named in an adviser's chat
# (authoring/trial22fix_lists.py)
import trial22fix_lists as _T22  # noqa: E402

DIALOGUES += _T22.dialogues("fr")
# session 26 (classifier26): new phrasings of the pairs the intent classifier confuses, written before the
# retrained classifier shipped with the rules it feeds re-measured (authoring/classifier26_lists.py)
import classifier26_lists as _C26  # noqa: E402

DIALOGUES += _C26.dialogues("fr")
# session 27 (trial27): lead trial 22's classes still failing - a language asked after a list, an
# introduction done, cheaper on the subject, hours a week by a date, enrolment, another client in a learner's
# chat (authoring/trial27_lists.py)
import trial27_lists as _T27  # noqa: E402

DIALOGUES += _T27.dialogues("fr")
# session 27 (causes27): the largest general causes of failing tune turns - something asked for on a
# subject beside a circumstance, what work one's skills lead to (authoring/causes27_lists.py)
import causes27_lists as _CA27  # noqa: E402

DIALOGUES += _CA27.dialogues("fr")
# session 27 (roles27): the goal a learner's words mean - an alternative label naming another worker, a
# subject one word short of a job's name, a career changer's entry job, a teacher's subject, a field beside
# its domain (authoring/roles27_lists.py)
import roles27_lists as _R27  # noqa: E402

DIALOGUES += _R27.dialogues("fr")
DIALOGUES += _R27.dialogues("fr", unseen=True)
# session 28 (lang28): the largest general causes of failing de/es/fr/fi turns and the lead's browser
# findings - English titles inside a sentence, enrolment asks, a language after directions, a change of
# field, accented words (authoring/lang28_lists.py)
import lang28_lists as _L28  # noqa: E402

DIALOGUES += _L28.dialogues("fr")
DIALOGUES += _L28.dialogues("fr", unseen=True)
# session 28 (causes28): a subject wished beside a background (the job held, a lack, the studies)
# went without its goal (authoring/causes28_lists.py)
import causes28_lists as _CA28  # noqa: E402

DIALOGUES += _CA28.dialogues("fr")
# session 28 (trial28): lead trial 23's classes still failing - a later wish or a preference kept beside the
# goal, a plan's whole time, a question about form after a plan, the cheapest with a language accepted, a
# short deadline, a course asked for on a subject, no money (authoring/trial28_lists.py)
import trial28_lists as _T28  # noqa: E402

DIALOGUES += _T28.dialogues("fr")
DIALOGUES += _T28.dialogues("fr", unseen=True)
# session 29 (trial29): lead trial 24's classes still failing - a lack or a job not wanted is no goal,
# "little bit" is basic, what a boss says, no budget beside a goal, what follows a one-step plan, the weeks
# of the first course, a subject the plan already teaches, a budget far below any course
# (authoring/trial29_lists.py)
import trial29_lists as _T29  # noqa: E402

DIALOGUES += _T29.dialogues("fr")
DIALOGUES += _T29.dialogues("fr", unseen=True)
# session 29 (advisers29): career advisers speaking of their clients - the client's facts in their profile,
# several clients in one chat, a wish for a field the catalogue does not name, one Spanish register
# (authoring/advisers29_lists.py)
import advisers29_lists as _A29  # noqa: E402

DIALOGUES += _A29.dialogues("fr")
DIALOGUES += _A29.dialogues("fr", unseen=True)
# session 29 (broad29): general causes of the blind sets 23-25 (tune from session 29) - the certificate a
# course counts towards, the nearest entries after a certificate the catalogue lacks, what follows a course
# just finished (authoring/broad29_lists.py)
import broad29_lists as _B29  # noqa: E402

DIALOGUES += _B29.dialogues("fr")
