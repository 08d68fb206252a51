"""English dialogues (the largest share): learners, advisors, follow-ups, named and invented courses."""

from dates import (
    APRIL,
    BEFORE_SUMMER,
    END_MARCH,
    END_NEXT_YEAR,
    HALF_YEAR,
    IN_2_MONTHS,
    IN_3_MONTHS,
    IN_8_WEEKS,
    JUNE,
    MAY,
    OCTOBER,
    SEPTEMBER,
    SPRING,
    WITHIN_A_YEAR,
)
from dsl import (
    APPLY,
    COMPARE,
    CONS,
    CONS_OR_REFINE,
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

LANG = "en"

DIALOGUES = [
    D(
        "en-vague-stuck-01",
        ["vague", "followup"],
        [
            T("I feel stuck in my job", EXPLORE, dead_ok=False),
            T(
                "i work in a warehouse, logistics clerk for 6 yrs. i like computers tho",
                SKILLS + EXPLORE,
                role=["logistic", "clerk", "warehouse"],
                goal_not=["clerk", "logistic", "warehouse"],
            ),
            T(
                "maybe something with IT security? what would i need",
                GOAL + PLAN + SEARCH,
                goal="cyber",
                cite_min=1,
            ),
        ],
    ),
    D(
        "en-vague-nostart-02",
        ["vague"],
        [
            T("no idea where to start honestly", EXPLORE),
            T("i have like 3 hours a week and zero money", CONS, hours=3, budget=(0, "EUR")),
            T("data stuff sounds cool i guess", GOAL + SEARCH + PLAN + EXPLORE, cite_min=1),
        ],
    ),
    D(
        "en-vague-bored-03",
        ["vague", "slang"],
        [
            T("ngl im bored of my job, wanna do something w computers but idk what", EXPLORE),
            T("what are my options", EXPLORE + SEARCH),
        ],
    ),
    D(
        "en-advisor-logistics-04",
        ["third_person", "area_cyber", "followup"],
        [
            T(
                "my client is a logistics clerk who wants to move into cybersecurity",
                GOAL + SKILLS,
                goal="cyber",
                role=["logistic", "clerk"],
                goal_not=["clerk", "logistic"],
            ),
            T(
                "she can do about 5 hours a week, budget is tight, maybe 1000 zloty max",
                CONS,
                hours=5,
                budget=(1000, "PLN"),
            ),
            T("what would you suggest as a pathway for her", PLAN, plan=True, cite_min=1),
            T("and the fastest one?", REFINE, plan=True, faster=True, cite_min=1),
        ],
    ),
    D(
        "en-goal-bookkeeper-05",
        ["multi_intent", "area_data"],
        [
            T(
                "I'm a bookkeeper and want to learn data visualisation",
                GOAL + SKILLS + SEARCH,
                role=["bookkeep", "accountant"],
                goal_not=["bookkeep"],
                cite_min=0,
            ),
            T(
                "what courses would you recommend, online only pls",
                SEARCH + PLAN + CONS_OR_REFINE,
                cite_min=1,
                cite_any=["diaa-viz-204", "ual-visual-203"],
            ),
        ],
    ),
    D(
        "en-halfyear-06",
        ["constraint_deadline", "area_data", "followup"],
        [
            T("I want to become a data analyst", GOAL, goal="data_analyst"),
            T(
                "I'd like to be finished within half a year",
                CONS,
                deadline=HALF_YEAR,
                goal="data_analyst",
                goal_not=["finish"],
            ),
            T("ok so what's the plan", PLAN, plan=True, cite_min=1),
            T("can you make that less expensive", REFINE, plan=True, cheaper=True),
        ],
    ),
    D(
        "en-mle-07",
        ["area_ai", "followup"],
        [
            T("how do i become a machine learning engineer", GOAL + PLAN, goal="ml"),
            T(
                "make me a plan, I can study 8h per week",
                PLAN + CONS,
                plan=True,
                hours=8,
                plan_hours=8,
                cite_min=2,
            ),
            T("why is the maths course in there", WHY, cite_min=0),
        ],
    ),
    D(
        "en-2hours-08",
        ["followup", "constraint_time", "area_cloudsec"],
        [
            T(
                "plan a pathway to cloud security engineer, 6 hours a week",
                PLAN,
                goal="cloudsec",
                hours=6,
                plan=True,
                cite_min=1,
            ),
            T("and with 2 hours a week instead?", REFINE + CONS, hours=2, plan=True, plan_hours=2),
        ],
    ),
    D(
        "en-skipfirst-09",
        ["followup", "skip", "area_data"],
        [
            T(
                "I want to work as a data engineer. Plan it for me, 5h/week",
                PLAN,
                goal="de",
                hours=5,
                plan=True,
            ),
            T("skip the first, I did it", SKIP, plan=True, held_prev_step=1, plan_excl_prev_step=1),
            T("thanks!", SMALL),
        ],
    ),
    D(
        "en-bigger-qual-10",
        ["named_course", "followup", "stacking"],
        [
            T("tell me about Log Analysis and SIEM Engineering", EXPLAIN, cite_any=["bvca-siem-201"]),
            T("is that part of a bigger qualification?", EXPLAIN + REQ, cite_any=["bvca-cert-defence"]),
            T("what do i need before it", REQ, cite_any=["bvca-soc-101"]),
        ],
    ),
    D(
        "en-everything-11",
        ["search", "vague"],
        [
            T("show me everything you have", SEARCH + EXPLORE, cite_min=1),
            T("only the free ones", REFINE + SEARCH, cite_min=1),
        ],
    ),
    D(
        "en-typo-cyber-12",
        ["typo"],
        [
            T(
                "wat cours for cyber secuirty begginer",
                SEARCH,
                cite_min=1,
                cite_any=[
                    "bvca-soc-101",
                    "glcc-safe-104",
                    "inl-cyber-201",
                    "ccna-netsec-204",
                    "bvca-awareness-101",
                    "inl-securite-103",
                ],
            ),
            T("cheeper?", REFINE, cite_min=1),
        ],
    ),
    D(
        "en-budget-dollars-13",
        ["constraint_budget", "area_ai"],
        [
            T(
                "I want to get into AI but no more than 800 dollars total",
                GOAL + CONS + SEARCH,
                goal="ai",
                budget=(800, "USD"),
            ),
            T("what's the plan then", PLAN, plan=True, cite_min=1),
        ],
    ),
    D(
        "en-remote-14",
        ["participation", "area_network"],
        [
            T("looking for networking courses, remote only", SEARCH, cite_min=1, part=["online"]),
            T("which one is the cheapest", REFINE + SELECT, cite_min=1),
        ],
    ),
    D(
        "en-polish-15",
        ["languages", "area_cyber"],
        [
            T(
                "I speak Polish and English. I'd like to learn the basics of staying safe online for my job",
                SKILLS + SEARCH + GOAL,
                langs=["pl", "en"],
                cite_min=0,
            ),
            T("anything in polish?", REFINE + SEARCH, cite_any=["bvca-awareness-101"]),
        ],
    ),
    D(
        "en-hpc-16",
        ["area_hpc"],
        [
            T(
                "I'm a physicist and need to get better at HPC, what's out there?",
                SEARCH + GOAL,
                cite_min=1,
                cite_any=["padr-hpc-101", "padr-par-201", "padr-cert-hpc"],
            ),
            T("is the intro one free?", EXPLAIN + SELECT, cite_any=["padr-hpc-101"]),
            T("and after that?", PLAN + REQ + EXPLAIN + SEARCH, cite_min=1),
        ],
    ),
    D(
        "en-ainet-17",
        ["area_ainet", "named_course"],
        [
            T(
                "our network team needs to upskill on AI-driven networking. what's the path?",
                PLAN + SEARCH + GOAL,
                cite_min=1,
                cite_any=[
                    "lcsi-cert-ainet",
                    "ccna-aiops-301",
                    "lcsi-mlnet-203",
                    "lcsi-sdn-202",
                    "lcsi-anom-301",
                    "ccna-cert-netops",
                ],
            ),
            T(
                "what's the EQF level of the AI-Based Anomaly Detection "
                "one, is it too hard for me? i only did networking basics",
                EXPLAIN,
                cite_any=["lcsi-anom-301"],
            ),
        ],
    ),
    D(
        "en-dlit-18",
        ["area_dlit", "third_person"],
        [
            T(
                "I run a community center. many of our older visitors "
                "cant use a smartphone properly. any basic courses?",
                SEARCH,
                cite_min=1,
                cite_any=["glcc-dl-101", "glcc-solve-105", "glcc-safe-104", "glcc-comm-102", "glcc-cert-df"],
            ),
            T("do they cost anything", EXPLAIN + REFINE + SEARCH, cite_min=1),
        ],
    ),
    D(
        "en-microcred-19",
        ["area_microcred", "named_course"],
        [
            T(
                "I'm a lecturer and my faculty wants us to design micro-credentials. where do I start?",
                GOAL + SEARCH + PLAN + EXPLORE,
                cite_any=["aec-mcd-101", "aec-cert-dld", "aec-outcomes-102"],
            ),
            T(
                "what do I need for the Certificate in Digital Learning "
                "and Micro-Credential Design and in what order?",
                REQ + PLAN,
                cite_any=["aec-cert-dld", "aec-mcd-101"],
                cite_min=2,
            ),
        ],
    ),
    D(
        "en-health-20",
        ["area_health", "area_data"],
        [
            T(
                "I work in hospital medical records and want to move into health data analysis",
                GOAL,
                goal=["data"],
                role=["record", "medical", "hospital", "clerk"],
                goal_not=["record"],
            ),
            T("plan pls. evenings only so like 1 hour a day", PLAN + CONS, hours=7, plan=True),
        ],
    ),
    D(
        "en-dgov-21",
        ["area_dgov"],
        [
            T(
                "data governance - what do you have? my boss wants me to own it",
                SEARCH + GOAL,
                cite_min=1,
                cite_any=[
                    "inl-rgpd-101",
                    "inl-cert-gouv",
                    "inl-qualite-201",
                    "inl-classif-301",
                    "nda-cdo-401",
                    "padr-fair-203",
                ],
            ),
            T("in english please", REFINE + CONS, cite_min=1, study_lang=["en"]),
        ],
    ),
    D(
        "en-nonexistent-22",
        ["nonexistent"],
        [
            T("tell me about the Advanced Kubernetes Security Bootcamp", EXPLAIN + SEARCH),
            T("ok what do you have that's close", SEARCH, cite_min=1),
        ],
    ),
    D(
        "en-nonexistent-23",
        ["nonexistent", "named_course"],
        [
            T("is the Google Data Analytics certificate in your list?", EXPLAIN + SEARCH),
        ],
    ),
    D(
        "en-oos-24",
        ["out_of_scope"],
        [
            T("whats the weather in dublin tomorrow", OOS),
            T(
                "ok fine. courses about python then",
                SEARCH,
                cite_min=1,
                cite_any=[
                    "lit-prog-101",
                    "ual-python-201",
                    "diaa-viz-204",
                    "glcc-code-107",
                    "ccna-netauto-203",
                ],
            ),
        ],
    ),
    D(
        "en-oos-25",
        ["out_of_scope"],
        [
            T("can you give me a recipe for banana bread", OOS),
        ],
    ),
    D(
        "en-greeting-26",
        ["greeting"],
        [
            T("hi", SMALL),
            T("what can you do?", SMALL),
            T("cool. i want to be a web developer", GOAL, goal="web"),
        ],
    ),
    D(
        "en-compare-27",
        ["compare", "named_course"],
        [
            T(
                "compare Networking Fundamentals and Network Engineering for Software Developers",
                COMPARE,
                cite_any=["ccna-net-101"],
                cite_min=2,
            ),
            T("which is better for someone who codes already", COMPARE + EXPLAIN + SELECT, cite_min=1),
        ],
    ),
    D(
        "en-compare-ids-28",
        ["compare", "named_course", "ids"],
        [
            T("diff between nda-etl-201 and nda-migr-203?", COMPARE, cite_any=["nda-etl-201"], cite_min=2),
        ],
    ),
    D(
        "en-after-29",
        ["named_course", "stacking"],
        [
            T(
                "what can i do after finishing Programming Fundamentals in Python?",
                EXPLAIN + SEARCH + REQ,
                cite_min=1,
            ),
            T("is it recognised by anyone? like accredited", EXPLAIN, cite_any=["lit-prog-101"]),
        ],
    ),
    D(
        "en-select-30",
        ["followup", "select"],
        [
            T("courses on databases", SEARCH, cite_min=1),
            T("tell me more about the second one", SELECT, cite_min=1),
            T("how much is it", EXPLAIN + SELECT, cite_min=1),
        ],
    ),
    D(
        "en-long-31",
        ["long", "multi_intent", "area_data"],
        [
            T(
                "Hi, so I'm 34, I've been working as an admin assistant in a school for "
                "years, I'm good with Excel and did a bit of SQL on youtube. I want to become "
                "a data analyst, ideally by june, I can do maybe 5 hours a week and I don't "
                "want to spend more than 500 euros. What should I learn and in what order?",
                PLAN,
                goal="data_analyst",
                hours=5,
                budget=(500, "EUR"),
                deadline=JUNE,
                plan=True,
                plan_cost=(500, "EUR"),
                cite_min=1,
                goal_not=["assistant", "admin"],
            ),
            T("why is that first?", WHY, cite_min=1),
        ],
    ),
    D(
        "en-long-advisor-32",
        ["long", "third_person", "area_cloudsec"],
        [
            T(
                "I'm a careers adviser. Client: 41, works as a sysadmin at a small firm, knows Linux and "
                "some networking, German native with ok English. Wants to move into cloud security within "
                "6 months. Has about 6 hrs/wk, employer pays up to 2000 EUR. Can you draft a pathway?",
                PLAN,
                goal="cloudsec",
                role=["admin", "sysadmin", "system"],
                hours=6,
                budget=(2000, "EUR"),
                deadline=HALF_YEAR,
                langs=["de", "en"],
                plan=True,
                cite_min=1,
                plan_langs=["de", "en"],
            ),
            T(
                "she's done Grundlagen des Cloud Computing already",
                SKIP + SKILLS,
                held=["hrd-cloud-101"],
                plan_excl=["hrd-cloud-101"],
                not_rejected=["hrd-cloud-101"],
            ),
        ],
    ),
    D(
        "en-hinglish-33",
        ["mixed_language", "area_ai"],
        [
            T(
                "bhai mujhe AI seekhna hai, kuch free courses hai kya?",
                SEARCH + GOAL,
                cite_min=1,
                any_lang=True,
            ),
            T(
                "ok and after that machine learning wala course",
                SEARCH + PLAN + REQ + EXPLAIN,
                cite_min=1,
                any_lang=True,
            ),
        ],
    ),
    D(
        "en-nopunct-34",
        ["no_punctuation", "area_web"],
        [
            T("i want to make websites what should i learn first", GOAL + PLAN, goal="web", cite_min=1),
            T(
                "i already know python basics",
                SKILLS,
                skills=["python", "programming", "computer programming"],
            ),
            T("ok plan it 10 hours a week", PLAN + CONS, hours=10, plan=True),
        ],
    ),
    D(
        "en-months-35",
        ["constraint_time", "constraint_deadline"],
        [
            T("I want to become a database administrator", GOAL, goal="dba"),
            T("i have 20 hours a month and need it done by september", CONS, hours=4.6, deadline=SEPTEMBER),
            T("plan", PLAN, plan=True, plan_hours=4.6),
        ],
    ),
    D(
        "en-weekdays-36",
        ["constraint_time"],
        [
            T("I can do 2 hours on weekdays", CONS, hours=10),
            T("goal is network engineer", GOAL, goal="network"),
            T("what's the plan", PLAN, plan=True),
        ],
    ),
    D(
        "en-free-37",
        ["constraint_budget", "area_dlit"],
        [
            T(
                "i'm unemployed and need basic computer skills for job applications. free only please",
                SEARCH + CONS,
                budget=(0, "EUR"),
                cite_min=1,
            ),
        ],
        profile=None,
    ),
    D(
        "en-apply-38",
        ["followup", "apply_suggestion", "area_ai"],
        [
            T(
                "plan me a path to computer vision engineer with 2 hours a week, max 5000 rupees",
                PLAN,
                goal="cv",
                hours=2,
                budget=(5000, "INR"),
                plan=True,
            ),
            T("ok do that", APPLY),
        ],
    ),
    D(
        "en-why-39",
        ["why", "area_software"],
        [
            T(
                "plan a path to software developer, I have 6 hours a week",
                PLAN,
                goal="software",
                hours=6,
                plan=True,
            ),
            T("why the second step?", WHY, cite_min=1),
            T(
                "can i skip the java one? did OOP at uni",
                SKIP,
                held=["lit-oop-102"],
                plan_excl=["lit-oop-102"],
                not_rejected=["lit-oop-102"],
            ),
        ],
    ),
    D(
        "en-requirements-40",
        ["requirements", "named_course"],
        [
            T("what do i need before Deep Learning and Neural Networks", REQ, cite_any=["diaa-ml-201"]),
            T("and before that one?", REQ, cite_any=["diaa-ai-101", "diaa-math-102"]),
        ],
    ),
    D(
        "en-eqf-41",
        ["named_course", "level"],
        [
            T(
                "which eqf level is Exploit Development? is it too hard for a beginner",
                EXPLAIN,
                cite_any=["bvca-exploit-301"],
            ),
            T(
                "what's an easier one in the same area",
                SEARCH + REFINE,
                cite_min=1,
                cite_none=["bvca-exploit-301"],
            ),
        ],
    ),
    D(
        "en-qa-42",
        ["named_course", "quality"],
        [
            T(
                "who accredits the Post-Graduate Certificate in Applied Machine Learning",
                EXPLAIN,
                cite_any=["diaa-cert-aml"],
            ),
        ],
    ),
    D(
        "en-sloppy-title-43",
        ["named_course", "typo"],
        [
            T("tell me abt the siem course", EXPLAIN + SEARCH, cite_any=["bvca-siem-201"]),
            T("how long does it take", EXPLAIN + SELECT, cite_any=["bvca-siem-201"]),
        ],
    ),
    D(
        "en-id-44",
        ["named_course", "ids"],
        [
            T("padr-gpu-301?", EXPLAIN, cite_any=["padr-gpu-301"]),
            T("what do i need first", REQ, cite_any=["padr-par-201"]),
        ],
    ),
    D(
        "en-inspanish-45",
        ["languages", "followup", "area_data"],
        [
            T("sql courses", SEARCH, cite_min=1),
            T("in spanish?", REFINE, cite_any=["ual-sql-102"]),
        ],
    ),
    D(
        "en-slang-46",
        ["slang", "area_cyber"],
        [
            T("yo how do i get into hacking (legally lol)", GOAL + SEARCH + EXPLORE, cite_min=0),
            T(
                "like pentesting n stuff",
                GOAL + SEARCH,
                cite_any=["bvca-pentest-201", "bvca-cert-offensive", "bvca-web-202"],
            ),
        ],
    ),
    D(
        "en-teacher-47",
        ["area_dlit", "third_person"],
        [
            T(
                "im a secondary teacher, they want me to teach computer science next year. help??",
                GOAL + PLAN + SEARCH + EXPLORE,
                cite_any=["aec-csteach-207", "aec-dlteach-104"],
                role=["teacher"],
            ),
            T("by september, 3 hrs a week", CONS + PLAN, deadline=SEPTEMBER, hours=3),
        ],
    ),
    D(
        "en-dpo-48",
        ["area_dgov", "languages"],
        [
            T(
                "I want to become a data protection officer. I speak French and English",
                GOAL + SKILLS,
                goal="dpo",
                langs=["fr", "en"],
            ),
            T("plan?", PLAN, plan=True, plan_langs=["fr", "en"], cite_min=1),
            T("what is an AIPD", EXPLAIN + SEARCH, cite_any=["inl-aipd-202"]),
        ],
    ),
    D(
        "en-profile-replan-49",
        ["followup", "constraint_deadline"],
        [
            T("plan my pathway", PLAN, plan=True, cite_min=1),
            T("by may please", CONS_OR_REFINE, deadline=MAY, plan=True),
        ],
        profile={
            "id": "p-en-49",
            "goal": {
                "label": "web developer",
                "occupation_uri": "http://data.europa.eu/esco/occupation/c40a2919-48a9-40ea-b506-1f34f693496d",
            },
            "constraints": {"hours_per_week": 8},
        },
    ),
    D(
        "en-profile-cheaper-50",
        ["followup", "constraint_budget"],
        [
            T("what should i learn next and in what order", PLAN, plan=True, cite_min=1),
            T("too expensive", REFINE, plan=True, cheaper=True),
            T("only online", REFINE, plan=True, plan_part=["online"], part=["online"]),
        ],
        profile={
            "id": "p-en-50",
            "goal": {
                "label": "ICT network engineer",
                "occupation_uri": "http://data.europa.eu/esco/occupation/cf2b03cd-feb7-4f47-90f6-ff1ed6016d3d",
            },
            "constraints": {"hours_per_week": 6},
        },
    ),
    D(
        "en-thanks-51",
        ["greeting"],
        [
            T("hello there", SMALL),
            T("who are you", SMALL),
        ],
    ),
    D(
        "en-oos-52",
        ["out_of_scope"],
        [
            T("who won the champions league last year", OOS),
            T(
                "lol ok. I need to learn excel for work",
                SEARCH + GOAL,
                cite_any=["glcc-office-106", "ual-datos-101"],
            ),
        ],
    ),
    D(
        "en-vague-advisor-53",
        ["third_person", "vague"],
        [
            T(
                "I'm advising a young guy, 19, dropped out, likes "
                "gaming, no qualifications. where could he start?",
                EXPLORE + SEARCH,
                dead_ok=False,
            ),
            T("he could do 10 hours a week, no money", CONS, hours=10, budget=(0, "EUR")),
            T("ok give him a plan for IT help desk", PLAN, plan=True, goal="helpdesk", plan_cost=(0, "EUR")),
        ],
    ),
    D(
        "en-spring-54",
        ["constraint_deadline", "area_web"],
        [
            T(
                "want to be job ready as a front end dev by spring, 12h a week",
                GOAL + CONS + PLAN,
                goal="web",
                hours=12,
                deadline=SPRING,
            ),
            T("go", PLAN, plan=True),
        ],
    ),
    D(
        "en-year-55",
        ["constraint_deadline", "area_hpc"],
        [
            T(
                "within a year i'd like to be doing GPU programming for simulations. plan pls",
                PLAN,
                deadline=WITHIN_A_YEAR,
                plan=True,
                plan_incl=["padr-gpu-301", "padr-par-201", "padr-hpc-101"],
            ),
        ],
    ),
    D(
        "en-cheapest-56",
        ["followup", "select"],
        [
            T("any courses on machine learning", SEARCH, cite_min=1),
            T("the cheapest one?", REFINE + SELECT, cite_min=1),
            T("is it online", EXPLAIN + SELECT, cite_min=1),
        ],
    ),
    D(
        "en-held-57",
        ["state_skills", "area_cyber"],
        [
            T(
                "done Security Operations Fundamentals last year and Vulnerability Management",
                SKILLS + SKIP,
                held=["bvca-soc-101", "bvca-vuln-204"],
            ),
            T(
                "what should i do next to become a SOC analyst",
                PLAN + GOAL,
                plan=True,
                plan_excl=["bvca-soc-101", "bvca-vuln-204"],
                goal="cyber",
            ),
        ],
    ),
    D(
        "en-eqf-level-58",
        ["constraint_level"],
        [
            T("beginner level only, nothing above eqf 4", CONS, max_eqf=4),
            T("show me cloud courses", SEARCH, cite_min=1, cite_any=["hrd-cloud-101"]),
        ],
    ),
    D(
        "en-gaming-59",
        ["nonexistent", "out_of_scope"],
        [
            T("do you have a course on becoming a pro esports player", SEARCH + OOS + EXPLAIN),
        ],
    ),
    D(
        "en-daily-60",
        ["constraint_time", "area_ai"],
        [
            T("30 mins a day is all I've got", CONS, hours=3.5),
            T(
                "I want to understand AI for my job in marketing",
                GOAL + SEARCH,
                cite_any=["diaa-ai-101", "diaa-resp-205", "ual-ia-101"],
            ),
        ],
    ),
    D(
        "en-mixed-de-61",
        ["mixed_language", "area_cloudsec"],
        [
            T("is Cloud-Sicherheit und Compliance only in german?", EXPLAIN, cite_any=["hrd-cloudsec-201"]),
            T("anything similar in english", SEARCH + REFINE, cite_min=1),
        ],
    ),
    D(
        "en-stack-62",
        ["stacking", "named_course"],
        [
            T(
                "what stacks into the Cyber Defence Practitioner Certificate",
                REQ + EXPLAIN,
                cite_any=["bvca-soc-101", "bvca-siem-201", "bvca-hard-202", "bvca-ir-203"],
                cite_min=2,
            ),
            T("how many hours in total", EXPLAIN + REQ, cite_min=1),
        ],
    ),
    D(
        "en-april-63",
        ["constraint_deadline", "constraint_budget", "area_data"],
        [
            T(
                "need a data warehouse design skillset by april, company gives 1500 eur",
                GOAL + CONS,
                deadline=APRIL,
                budget=(1500, "EUR"),
                goal="dwh",
            ),
            T("show me the plan", PLAN, plan=True, plan_cost=(1500, "EUR")),
        ],
    ),
    D(
        "en-8weeks-64",
        ["constraint_deadline"],
        [
            T(
                "I have 8 weeks before my new job starts, it's in IT support. what can I squeeze in?",
                PLAN + SEARCH + GOAL,
                deadline=IN_8_WEEKS,
                cite_min=1,
            ),
        ],
    ),
    D(
        "en-3months-65",
        ["constraint_deadline", "area_software"],
        [
            T("learn git in 3 months?", SEARCH + CONS, cite_any=["lit-git-103"]),
        ],
    ),
    D(
        "en-octo-66",
        ["constraint_deadline", "area_dgov"],
        [
            T(
                "I need GDPR knowledge by october for my job, english or french is fine",
                SEARCH + CONS + GOAL,
                deadline=OCTOBER,
                cite_any=["inl-rgpd-101", "diaa-resp-205"],
            ),
        ],
    ),
    D(
        "en-endyear-67",
        ["constraint_deadline", "area_ai"],
        [
            T("goal: NLP engineer by end of next year", GOAL + CONS, deadline=END_NEXT_YEAR, goal="ml"),
            T(
                "plan with 4h weekly",
                PLAN + CONS,
                hours=4,
                plan=True,
                plan_incl=["diaa-nlp-302", "diaa-ml-201", "diaa-dl-202"],
            ),
        ],
    ),
    D(
        "en-2months-68",
        ["constraint_deadline"],
        [
            T(
                "in 2 months I want to know the basics of networking",
                SEARCH + CONS + GOAL,
                deadline=IN_2_MONTHS,
                cite_any=["ccna-net-101", "lcsi-ne-201", "lcsi-5g-204"],
            ),
        ],
    ),
    D(
        "en-march-69",
        ["constraint_deadline", "area_microcred"],
        [
            T(
                "by end of march I need to have written learning "
                "outcomes for our new micro-credential. anything?",
                SEARCH + CONS,
                deadline=END_MARCH,
                cite_any=["aec-outcomes-102", "aec-mcd-101"],
            ),
        ],
    ),
    D(
        "en-summer-70",
        ["constraint_deadline", "area_web"],
        [
            T(
                "I'm a graphic designer, want to do front-end before the summer",
                GOAL + CONS,
                goal="web",
                deadline=BEFORE_SUMMER,
                role=["graphic", "designer"],
            ),
            T("what would that look like", PLAN, plan=True),
        ],
    ),
    D(
        "en-3m-71",
        ["constraint_deadline", "area_ai"],
        [
            T(
                "responsible ai course, need it within 3 months",
                SEARCH + CONS,
                deadline=IN_3_MONTHS,
                cite_any=["diaa-resp-205"],
            ),
        ],
    ),
]

# Longer flows: statement -> plan -> several follow-ups (added in v1, before any run).
DIALOGUES += [
    D(
        "en-flow-analyst-72",
        ["followup", "long", "area_data"],
        [
            T(
                "hey. i'm a retail manager, sick of weekends. thinking data analyst??",
                GOAL + SKILLS + EXPLORE,
                goal="data_analyst",
                role=["retail", "manager", "shop", "store"],
                goal_not=["retail"],
            ),
            T("i can do 4 hours a week, 600 euro max", CONS, hours=4, budget=(600, "EUR")),
            T("ok plan it", PLAN, plan=True, plan_cost=(600, "EUR"), cite_min=1),
            T("what if i do 8 hours a week", REFINE + CONS, hours=8, plan=True, plan_hours=8),
            T("tell me more about step 2", SELECT + WHY, cite_min=1),
        ],
    ),
    D(
        "en-flow-cyber-73",
        ["followup", "third_person", "area_cyber"],
        [
            T(
                "advisor here - client is 28, did help desk for 3 years, wants to be a penetration tester",
                GOAL + SKILLS,
                goal="cyber",
                role=["help desk", "helpdesk", "support", "technician"],
                goal_not=["help desk"],
            ),
            T(
                "she has about 6 hrs a week, budget 8000 PLN, online only",
                CONS,
                hours=6,
                budget=(8000, "PLN"),
                part=["online"],
            ),
            T(
                "draft the pathway please",
                PLAN,
                plan=True,
                plan_part=["online"],
                plan_cost=(8000, "PLN"),
                cite_min=1,
            ),
            T(
                "skip the first step, she did it last year",
                SKIP,
                held_prev_step=1,
                plan_excl_prev_step=1,
                plan=True,
            ),
            T("is the whole thing part of a certificate?", EXPLAIN + REQ, cite_any=["bvca-cert-offensive"]),
        ],
    ),
    D(
        "en-flow-hpc-74",
        ["followup", "area_hpc"],
        [
            T(
                "i do CFD simulations and our code is slow. want "
                "to learn performance engineering on clusters",
                GOAL + SEARCH,
                cite_any=["padr-perf-202", "padr-par-201", "padr-hpc-101", "padr-cert-hpc"],
            ),
            T("make a plan, 3 hours a week, done by june", PLAN + CONS, hours=3, deadline=JUNE, plan=True),
            T("remove anything that isn't online", REFINE, plan=True, plan_part=["online"], part=["online"]),
            T("why is the intro course needed", WHY, cite_min=1),
        ],
    ),
    D(
        "en-flow-ainet-75",
        ["followup", "area_ainet"],
        [
            T(
                "I'm a network admin. want to move into AI-driven "
                "networking, like intent based networks and ML for traffic",
                GOAL + SEARCH,
                goal="ainet",
                role=["network admin", "network", "81480b40"],
            ),
            T("what's the plan, 5h/week", PLAN + CONS, hours=5, plan=True, cite_min=1),
            T(
                "I already did Networking Fundamentals btw",
                SKIP + SKILLS,
                held=["ccna-net-101"],
                plan_excl=["ccna-net-101"],
                not_rejected=["ccna-net-101"],
            ),
            T("and the cheapest version?", REFINE, plan=True, cheaper=True),
        ],
    ),
    D(
        "en-flow-dgov-76",
        ["followup", "area_dgov", "languages"],
        [
            T(
                "our hospital needs someone to handle data governance and GDPR. that'll be me apparently",
                GOAL + SEARCH,
                goal="dgov",
                cite_min=0,
            ),
            T("i only speak english", SKILLS + CONS, langs=["en"]),
            T("so what can i take", SEARCH + PLAN, cite_min=1),
            T("is that recognised anywhere", EXPLAIN + SELECT, cite_min=0),
        ],
    ),
    D(
        "en-flow-micro-77",
        ["followup", "area_microcred"],
        [
            T(
                "I coordinate a teacher training programme and we want to turn our workshops into stackable "
                "micro-credentials",
                GOAL + SEARCH + EXPLORE,
                cite_any=["aec-mcd-101", "aec-cert-dld"],
            ),
            T("plan a path for me, 2 hours a week", PLAN + CONS, hours=2, plan=True),
            T("what about 4 hours then", REFINE + CONS, hours=4, plan=True),
            T(
                "ok which step covers assessment",
                SELECT + EXPLAIN + WHY,
                cite_any=["aec-outcomes-102", "aec-mcd-101"],
            ),
        ],
    ),
    D(
        "en-flow-dlit-78",
        ["followup", "area_dlit", "constraint_budget"],
        [
            T(
                "my dad is 67 and wants to learn how to video call and do online banking safely",
                SEARCH + GOAL,
                cite_any=["glcc-dl-101", "glcc-safe-104", "glcc-comm-102", "glcc-cert-df"],
            ),
            T("must be free", REFINE + CONS, cite_min=1),
            T("how long is the safety one", EXPLAIN + SELECT, cite_any=["glcc-safe-104"]),
        ],
    ),
    D(
        "en-flow-web-79",
        ["followup", "area_web", "constraint_deadline"],
        [
            T(
                "Goal: full stack dev. Time: 10h/wk. Money: whatever, employer pays. Deadline: none really",
                GOAL + CONS + PLAN,
                goal="web",
                hours=10,
            ),
            T("plan it", PLAN, plan=True, cite_min=1),
            T("actually I need it by april", CONS_OR_REFINE, deadline=APRIL, plan=True),
            T("what does the full-stack certificate need", REQ, cite_any=["lit-cert-web"]),
        ],
    ),
    D(
        "en-flow-oos-80",
        ["out_of_scope", "followup"],
        [
            T("tell me a joke", OOS + SMALL),
            T(
                "ok seriously, I'm a nurse and I'm curious about working with health data",
                GOAL + SKILLS + EXPLORE,
                goal="health_data",
                role=["nurse"],
                goal_not=["nurse"],
            ),
            T("what would the first step be", PLAN + SEARCH, cite_min=1),
        ],
    ),
    D(
        "en-flow-ml-81",
        ["followup", "area_ai", "constraint_budget"],
        [
            T(
                "i know python well, did some pandas at work",
                SKILLS,
                skills=["python", "programming", "pandas", "data"],
            ),
            T("i want to be a ML engineer, budget 20000 INR", GOAL + CONS, goal="ml", budget=(20000, "INR")),
            T("plan please, 6 hours weekly", PLAN + CONS, hours=6, plan=True, plan_cost=(20000, "INR")),
            T("and the fastest one?", REFINE, plan=True, faster=True),
        ],
    ),
    D(
        "en-flow-cloud-82",
        ["followup", "area_cloud", "languages"],
        [
            T(
                "I wanna do cloud engineering. I speak english and some german",
                GOAL + SKILLS,
                goal="cloud",
                langs=["en", "de"],
            ),
            T("plan with 5 hours a week", PLAN + CONS, hours=5, plan=True, plan_langs=["en", "de"]),
            T("english courses only pls", REFINE + CONS, plan=True, plan_langs=["en"], study_lang=["en"]),
        ],
    ),
]

# v2 (added before any tuning; fills gaps: health data, suggestions, ordinals, advisers with several clients).
DIALOGUES += [
    D(
        "en-health-83",
        ["area_health", "third_person"],
        [
            T(
                "one of my clients is a lab technician who wants to work with health data, analytics side",
                GOAL + SKILLS,
                goal="health_data",
                role=["lab", "technician"],
                goal_not=["lab", "technician"],
            ),
            T("what's realistic for him with 4 hours a week", PLAN + CONS, hours=4, plan=True, cite_min=1),
            T(
                "does any of it cover data protection? health data is sensitive",
                EXPLAIN + SEARCH + WHY,
                cite_min=1,
            ),
        ],
    ),
    D(
        "en-health-84",
        ["area_health", "vague"],
        [
            T(
                "I'm a pharmacist. Everyone says data is the future "
                "in healthcare. Should I do something about it?",
                EXPLORE + GOAL + SKILLS,
                role=["pharmacist"],
                goal_not=["pharmacist"],
            ),
            T(
                "yeah analysis, dashboards, that kind of thing",
                GOAL + SEARCH,
                cite_any=["diaa-viz-204", "ual-visual-203", "ual-datos-101", "ual-sql-102", "ual-cert-datos"],
            ),
        ],
    ),
    D(
        "en-suggest-85",
        ["apply_suggestion", "followup"],
        [
            T(
                "plan for data protection officer, 1 hour a week, done by february",
                PLAN,
                goal="dpo",
                hours=1,
                deadline=("2027-01-31", "2027-02-28"),
                plan=True,
            ),
            T("raise my hours then", APPLY + REFINE + CONS, plan=True),
        ],
    ),
    D(
        "en-suggest-86",
        ["apply_suggestion", "followup", "constraint_budget"],
        [
            T(
                "I want to become a penetration tester, 100 euros "
                "total budget, 5 hours a week. what's my path",
                PLAN,
                goal="cyber",
                budget=(100, "EUR"),
                hours=5,
                plan=True,
            ),
            T("fine, take the budget one", APPLY, plan=True),
        ],
    ),
    D(
        "en-ordinal-87",
        ["select", "followup"],
        [
            T("show me courses on cloud", SEARCH, cite_min=1),
            T("the 3rd one", SELECT, cite_min=1),
            T("and the last one?", SELECT, cite_min=1),
            T("compare them", COMPARE, cite_min=2),
        ],
    ),
    D(
        "en-advisor-multi-88",
        ["third_person", "long"],
        [
            T(
                "I have two clients today. First: Maria, bookkeeper, wants data analysis, 5h "
                "a week. Second: Tom, warehouse, wants IT support. Let's start with Maria.",
                GOAL + SKILLS + CONS + EXPLORE,
                goal="data_analyst",
                goal_not=["bookkeep", "warehouse"],
            ),
            T("ok give me Maria's plan", PLAN, plan=True, cite_min=1),
        ],
    ),
    D(
        "en-recog-89",
        ["named_course", "quality"],
        [
            T(
                "is Cyber Defence Practitioner Certificate accredited or is it just some random cert",
                EXPLAIN,
                cite_any=["bvca-cert-defence"],
            ),
            T("how many ECTS is that", EXPLAIN, cite_any=["bvca-cert-defence"]),
        ],
    ),
    D(
        "en-after-90",
        ["named_course", "stacking"],
        [
            T(
                "I just finished Data Engineering Foundations. what can I do next",
                EXPLAIN + PLAN + SEARCH + SKIP + SKILLS,
                cite_any=["nda-etl-201", "nda-migr-203", "nda-cert-de"],
            ),
            T("and that counts towards the certificate right?", EXPLAIN + REQ, cite_any=["nda-cert-de"]),
        ],
    ),
    D(
        "en-nonexist-91",
        ["nonexistent", "ids"],
        [
            T("whats in course xyz-ai-999", EXPLAIN + SEARCH),
        ],
    ),
    D(
        "en-hours-range-92",
        ["constraint_time"],
        [
            T("I can do between 3 and 5 hours a week, depends on the kids", CONS, hours=(4, 0.25)),
            T("goal is UX researcher", GOAL, goal="ux"),
            T("show me what fits", PLAN + SEARCH, cite_min=1),
        ],
    ),
    D(
        "en-edu-93",
        ["area_microcred", "third_person"],
        [
            T(
                "our university's continuing ed unit wants staff trained in writing learning "
                "outcomes and workload (ECTS) for micro-credentials. anything short?",
                SEARCH,
                cite_any=["aec-outcomes-102", "aec-mcd-101"],
            ),
            T("is the foundations one free", EXPLAIN + SELECT, cite_any=["aec-mcd-101"]),
        ],
    ),
    D(
        "en-inlang-94",
        ["languages", "followup"],
        [
            T(
                "make me a plan to become a data analyst, 6h/week",
                PLAN,
                goal="data_analyst",
                hours=6,
                plan=True,
            ),
            T(
                "in Spanish please, it's my first language",
                REFINE + CONS,
                plan=True,
                study_lang=["es"],
                plan_langs=["es"],
            ),
        ],
    ),
    D(
        "en-bydate-95",
        ["followup", "constraint_deadline"],
        [
            T(
                "plan me a route to become a software tester, 5 hours a week",
                PLAN,
                goal="tester",
                hours=5,
                plan=True,
            ),
            T("can it be done by june?", REFINE + CONS, deadline=JUNE, plan=True),
        ],
    ),
    D(
        "en-oos-96",
        ["out_of_scope"],
        [
            T("can you book me a flight to lisbon", OOS),
        ],
    ),
    D(
        "en-emoji-97",
        ["slang", "area_ai"],
        [
            T("AI courses pls 🙏 cheap ones", SEARCH, cite_min=1),
            T("ty! which is easiest 😅", SELECT + REFINE + SEARCH + EXPLAIN, cite_min=1),
        ],
    ),
]

# v3: conversations that start from a stored profile (a returning learner, or an adviser opening a client).
_ANALYST = "http://data.europa.eu/esco/occupation/d3edb8f8-3a06-47a0-8fb9-9b212c006aa2"
_CLOUD = "http://data.europa.eu/esco/occupation/349ee6f6-c295-4c38-9b98-48765b55280e"
_PENTEST = "http://data.europa.eu/esco/occupation/76ef0a87-6afe-4560-b5d0-9a086abe45c5"
DIALOGUES += [
    D(
        "en-profile-return-98",
        ["followup", "profile_start"],
        [
            T("hi again, where was I?", SMALL + PLAN + EXPLORE),
            T("ok what's next for me", PLAN, plan=True, plan_excl=["ual-datos-101"], cite_min=1),
            T(
                "I finished SQL para el análisis de datos last week",
                SKIP + SKILLS,
                held=["ual-sql-102"],
                plan_excl=["ual-sql-102", "ual-datos-101"],
                not_rejected=["ual-sql-102"],
            ),
        ],
        profile={
            "id": "p98",
            "goal": {"label": "data analyst", "occupation_uri": _ANALYST},
            "credentials": [
                {"id": "ual-datos-101", "title": "Introducción al análisis de datos con hojas de cálculo"}
            ],
            "languages": ["es", "en"],
            "constraints": {"hours_per_week": 5},
        },
    ),
    D(
        "en-profile-advisor-99",
        ["third_person", "profile_start", "constraint_budget"],
        [
            T(
                "my client's employer just cut her training budget to 500 euros. redo the plan",
                CONS + PLAN + REFINE,
                budget=(500, "EUR"),
                plan=True,
                plan_cost=(500, "EUR"),
            ),
            T("and if she drops to 3 hours a week?", REFINE + CONS, hours=3, plan=True, plan_hours=3),
        ],
        profile={
            "id": "p99",
            "goal": {"label": "cloud engineer", "occupation_uri": _CLOUD},
            "constraints": {"hours_per_week": 6, "budget": 3000, "currency": "EUR"},
            "languages": ["de", "en"],
        },
    ),
    D(
        "en-profile-why-100",
        ["why", "profile_start"],
        [
            T("plan", PLAN, plan=True, cite_min=1),
            T("why is Penetration Testing Foundations in there?", WHY, cite_any=["bvca-pentest-201"]),
            T("what's after it", REQ + EXPLAIN + PLAN + SEARCH, cite_min=1),
        ],
        profile={
            "id": "p100",
            "goal": {"label": "ethical hacker", "occupation_uri": _PENTEST},
            "credentials": [{"id": "bvca-soc-101", "title": "Security Operations Fundamentals"}],
            "constraints": {"hours_per_week": 8},
        },
    ),
    D(
        "en-profile-goalchange-101",
        ["profile_start", "set_goal"],
        [
            T(
                "actually I changed my mind, I want to do cloud instead",
                GOAL,
                goal="cloud",
                goal_not=["analyst", "d3edb8f8"],
            ),
            T("same hours as before. plan?", PLAN, plan=True, hours=5),
        ],
        profile={
            "id": "p101",
            "goal": {"label": "data analyst", "occupation_uri": _ANALYST},
            "constraints": {"hours_per_week": 5},
        },
    ),
]

# v4: more typos, slang, comparisons and prerequisites.
DIALOGUES += [
    D(
        "en-typo-102",
        ["typo", "area_data"],
        [
            T("wanna be data analist, wat shud i lern frist", GOAL + PLAN, goal="data_analyst"),
            T("ok mak the plan 5hrs a wk", PLAN + CONS, hours=5, plan=True, cite_min=1),
        ],
    ),
    D(
        "en-compare-103",
        ["compare", "named_course", "area_cyber"],
        [
            T(
                "Penetration Testing Foundations vs Web Application Security Testing - which first?",
                COMPARE + REQ,
                cite_any=["bvca-pentest-201", "bvca-web-202"],
                cite_min=2,
            ),
            T("and how do both compare on price", COMPARE + EXPLAIN, cite_min=2),
        ],
    ),
    D(
        "en-req-104",
        ["requirements", "named_course", "area_hpc"],
        [
            T(
                "what do I need to take before GPU Computing for Simulation and AI, and in which order",
                REQ + PLAN,
                cite_any=["padr-par-201"],
                cite_min=1,
            ),
            T("I already know MPI from my PhD tbh", SKILLS + SKIP, dead_ok=False),
        ],
    ),
    D(
        "en-slang-105",
        ["slang", "vague"],
        [
            T(
                "lowkey tired of retail, heard cloud pays well?? idk",
                EXPLORE + GOAL,
                role=["retail"],
                goal_not=["retail"],
            ),
            T("bet. whats the cheapest way in", SEARCH + PLAN + REFINE, cite_min=1),
        ],
    ),
]

# v6 (session 6): written before any run on it, from how people write (README "How it was written").
from dates import JULY  # noqa: E402

DIALOGUES += [
    D(
        "en-v6-vague-106",
        ["vague", "slang", "typo"],
        [
            T(
                "honestly im kinda lost, been doing retail 6 yrs and i hate it. wat can i even learn online",
                EXPLORE,
                role=["retail", "sales", "shop"],
                goal_not=["retail", "sales", "shop"],
            ),
            T("something with computers but not hardcore coding", EXPLORE + SEARCH + GOAL, cite_min=1),
            T(
                "ok and how long would that take if i do like 1 hour a day",
                CONS + PLAN + REFINE,
                hours=(6, 0.2),
            ),
        ],
    ),
    D(
        "en-v6-coach-107",
        ["third_person", "area_data", "constraint_budget", "constraint_time"],
        [
            T(
                "Hi, I'm a job coach. One of my clients is a warehouse supervisor who wants to get into data "
                "analysis.",
                GOAL + SKILLS,
                goal="data_analyst",
                role=["warehouse", "logisti", "supervisor"],
                goal_not=["warehouse"],
            ),
            T(
                "she can do about 20 hours a month and has max 600 euros from the jobcentre",
                CONS,
                hours=(4.6, 0.2),
                budget=(600, "EUR"),
            ),
            T("what would you suggest for her?", PLAN, plan=True, cite_min=1, plan_cost=(600, "EUR")),
        ],
    ),
    D(
        "en-v6-named-108",
        ["named_course", "level", "stacking"],
        [
            T(
                "whats the EQF level of Data Warehouse Design and is it too hard for a beginner",
                EXPLAIN,
                cite_any=["nda-dwh-202"],
            ),
            T("what do i need to take before it", REQ, cite_any=["nda-model-102"]),
            T("and does it count towards some bigger certificate", EXPLAIN + REQ, cite_any=["nda-cert-de"]),
        ],
    ),
    D(
        "en-v6-july-109",
        ["constraint_deadline", "area_cloudsec", "languages"],
        [
            T(
                "need to pivot into cloud security by july, I'm a sysadmin atm",
                GOAL + CONS,
                goal="cloudsec",
                deadline=JULY,
                role=["system admin", "sysadmin", "9e2e6e1e"],
            ),
            T("in english please, my german is bad", CONS_OR_REFINE, study_lang=["en"]),
            T("show me the plan", PLAN, plan=True, plan_langs=["en"]),
        ],
    ),
    D(
        "en-v6-dollars-110",
        ["constraint_budget", "area_network", "participation"],
        [
            T(
                "any networking courses under 800 dollars? remote only pls",
                SEARCH + CONS,
                part=["online"],
                budget=(800, "USD"),
                cite_min=1,
            ),
            T("which one is the cheapest", SELECT + REFINE + SEARCH, cite_min=1),
        ],
    ),
    D(
        "en-v6-nonexistent-111",
        ["nonexistent", "named_course", "compare", "quality"],
        [
            T(
                "how does the AWS Solutions Architect Associate compare to Cloud Migration Planning?",
                COMPARE + EXPLAIN,
                cite_any=["hrd-cloudmig-301"],
            ),
            T("ok is Cloud Migration Planning accredited by anyone", EXPLAIN, cite_any=["hrd-cloudmig-301"]),
        ],
    ),
    D(
        "en-v6-hpc-112",
        ["followup", "constraint_time", "area_hpc", "no_punctuation"],
        [
            T(
                "i want to become an hpc engineer plan it for me 5 hrs a week",
                PLAN,
                goal="hpc",
                hours=5,
                plan=True,
            ),
            T("what if i had 10 hours a week instead", REFINE + CONS, hours=10, plan=True, faster=True),
            T("skip the intro to hpc one i already know the basics", SKIP, held=["padr-hpc-101"], plan=True),
        ],
    ),
    D(
        "en-v6-polish-113",
        ["languages", "constraint_budget", "area_cyber"],
        [
            T(
                "I speak Polish and English, looking for cybersecurity basics",
                SEARCH + SKILLS + CONS,
                langs=["pl", "en"],
                cite_min=1,
            ),
            T("anything free?", REFINE + SEARCH, cite_any=["bvca-awareness-101", "glcc-safe-104"]),
        ],
    ),
]

# v6, second part (same session, also before any run).
from dates import IN_6_WEEKS  # noqa: E402

DIALOGUES += [
    D(
        "en-v6-long-114",
        ["long", "multi_intent", "constraint_time", "constraint_deadline", "area_ai", "followup"],
        [
            T(
                "ok so long story: I'm a high school maths teacher, 38, I've done a bit of python on my "
                "own and "
                "I want to move into machine learning, ideally done by next september, I can study evenings "
                "maybe 6-8 hours a week. where do I start?",
                PLAN + GOAL,
                goal="ml",
                role=["teacher", "teaching"],
                goal_not=["teacher"],
                hours=(7, 0.2),
                deadline=SEPTEMBER,
                plan=True,
                cite_min=1,
            ),
            T("and the fastest one?", REFINE, plan=True, faster=True),
        ],
    ),
    D(
        "en-v6-everything-115",
        ["vague", "area_data", "constraint_budget"],
        [
            T("show me everything you have on data", SEARCH, cite_min=3),
            T("only the free ones", REFINE, cite_any=["ual-datos-101", "padr-fair-203"]),
        ],
    ),
    D(
        "en-v6-postman-116",
        ["third_person", "constraint_deadline", "constraint_time", "area_web"],
        [
            T(
                "my client is a 50 year old postman, he wants to build websites, he has 6 weeks before his "
                "new "
                "contract starts",
                GOAL + CONS + SKILLS,
                goal="web",
                role=["post", "mail"],
                goal_not=["post", "mail"],
                deadline=IN_6_WEEKS,
            ),
            T("he can do full time, so like 35 hours a week", CONS, hours=35),
            T("what can he realistically do", PLAN, plan=True),
        ],
    ),
    D(
        "en-v6-bigger-117",
        ["named_course", "stacking", "followup", "area_ainet"],
        [
            T(
                "is Network Automation with Python and APIs part of a bigger qualification?",
                EXPLAIN + REQ,
                cite_any=["ccna-cert-netops"],
            ),
            T("what else do I need for that certificate and in what order", REQ + PLAN, cite_min=2),
        ],
    ),
    D(
        "en-v6-pounds-118",
        ["constraint_budget", "area_cyber", "typo"],
        [
            T(
                "looking for pen testing courses, budgte is about 3000 pounds",
                SEARCH + CONS,
                budget=(3000, "GBP"),
                cite_any=["bvca-pentest-201", "bvca-web-202"],
            ),
            T("which is the most hands on", SELECT + SEARCH, cite_min=1),
        ],
    ),
]

# v6 (session 6): follow-ups after a plan or a list, named-course questions, comparisons; written for tune.
_T6 = "tune"
DIALOGUES += [
    D(
        "en-fu-cheaper-106",
        ["followup", "area_network", "constraint_budget"],
        [
            T(
                "im a help desk guy, want to get into network engineering. whats the plan, ~6 hrs/week",
                PLAN + GOAL,
                goal="network",
                goal_not=["help desk", "helpdesk"],
                hours=6,
                plan=True,
            ),
            T("hmm thats a lot of money, anything cheaper?", REFINE, plan=True, cheaper=True),
            T("and the fastest one?", REFINE, plan=True, faster=True),
        ],
        split=_T6,
    ),
    D(
        "en-fu-advisor-107",
        ["third_person", "followup", "area_data"],
        [
            T(
                "I'm advising a warehouse supervisor who wants to become a data engineer. "
                "She has about 4 hours a week.",
                GOAL + PLAN,
                goal="de",
                goal_not=["warehouse", "supervisor"],
                hours=4,
            ),
            T("ok build her a plan", PLAN, plan=True, cite_min=1),
            T(
                "she already did the first one last year",
                SKIP,
                plan=True,
                held_prev_step=1,
                plan_excl_prev_step=1,
            ),
            T("what would the whole thing cost her now?", EXPLAIN + PLAN + WHY, cite_min=1),
        ],
        split=_T6,
    ),
    D(
        "en-fu-hours-108",
        ["followup", "constraint_time", "area_hpc"],
        [
            T("plan me a route into HPC, I can do 3 hours a week", PLAN, goal="hpc", hours=3, plan=True),
            T("what if I had 10 hours a week instead", REFINE + CONS, hours=10, plan=True, plan_hours=10),
            T(
                "is the parallel programming one part of a bigger qualification?",
                EXPLAIN + REQ,
                cite_any=["padr-cert-hpc"],
            ),
        ],
        split=_T6,
    ),
    D(
        "en-fu-after-109",
        ["named_course", "stacking", "followup"],
        [
            T(
                "what can I do after finishing Networking Fundamentals?",
                EXPLAIN + SEARCH + REQ,
                cite_any=["ccna-route-201", "ccna-netmon-202", "ccna-netauto-203", "ccna-netsec-204"],
            ),
            T(
                "and is Networking Fundamentals accredited by anyone or is it just a course",
                EXPLAIN,
                cite_any=["ccna-net-101"],
            ),
        ],
        split=_T6,
    ),
    D(
        "en-fu-compare-110",
        ["compare", "named_course", "area_data"],
        [
            T(
                "Data Engineering Foundations or Data Modelling Essentials - which one should I take first?",
                COMPARE + REQ,
                cite_any=["nda-de-101", "nda-model-102"],
                cite_min=2,
            ),
            T("which one is cheaper", COMPARE + EXPLAIN, cite_min=1),
            T("ok and what comes after Data Modelling Essentials", EXPLAIN + REQ + SEARCH, cite_min=1),
        ],
        split=_T6,
    ),
    D(
        "en-fu-eqf-111",
        ["level", "named_course", "followup"],
        [
            T(
                "which EQF level is Deep Learning and Neural Networks? too hard for me? "
                "I only know some excel",
                EXPLAIN,
                cite_any=["diaa-dl-202"],
            ),
            T("so what should I start with instead", SEARCH + PLAN + REFINE + EXPLORE + REQ, cite_min=1),
        ],
        split=_T6,
    ),
    D(
        "en-fu-everything-112",
        ["search", "followup", "area_cyber"],
        [
            T("what cybersecurity courses do you have", SEARCH, cite_min=1),
            T("show me everything you have, not just those", SEARCH + EXPLORE, cite_min=3),
            T("only online ones in English pls", REFINE + SEARCH + CONS, cite_min=1),
        ],
        split=_T6,
    ),
    D(
        "en-fu-recognised-113",
        ["quality", "named_course", "followup", "typo"],
        [
            T(
                "is the Certificat Gouvernance et protection des données recognised? who accredits it",
                EXPLAIN,
                cite_any=["inl-cert-gouv"],
            ),
            T(
                "wat courses are in it",
                EXPLAIN + REQ + SEARCH,
                cite_any=["inl-rgpd-101", "inl-dpo-201", "inl-aipd-202", "inl-pssi-203"],
            ),
            T("i already did the RGPD fundamentals one", SKIP + SKILLS, held=["inl-rgpd-101"]),
        ],
        split=_T6,
    ),
    D(
        "en-fu-advisor-budget-114",
        ["third_person", "followup", "constraint_budget", "area_ai"],
        [
            T(
                "My client is a school teacher and wants to get into AI. "
                "Can you plan something for him, 5 hours weekly?",
                PLAN + GOAL,
                goal="ai",
                goal_not=["teacher"],
                hours=5,
                plan=True,
            ),
            T(
                "he can't pay much, 500 euros max",
                CONS + REFINE,
                budget=(500, "EUR"),
                plan=True,
                plan_cost=(500, "EUR"),
            ),
            T("great. is AI Foundations recognised anywhere?", EXPLAIN, cite_any=["diaa-ai-101"]),
        ],
        split=_T6,
    ),
]

# v7 (session 7): whole sessions as a learner or adviser goes through them (vague opening, counsellor
# questions, goal, plan, 2-3 follow-ups, adviser notes); written for tune before any run on them.
from dates import JUNE as _JUNE7  # noqa: E402
from dates import MARCH as _MARCH7  # noqa: E402

DIALOGUES += [
    D(
        "en-v7-session-120",
        ["vague", "followup", "area_data", "participation"],
        [
            T(
                "hey. not sure this is the right place but I feel stuck at work and "
                "want to learn something new",
                EXPLORE,
            ),
            T(
                "I do admin at a small logistics firm, I like spreadsheets and "
                "numbers, and I have maybe 4 hours "
                "a week",
                EXPLORE + SKILLS + CONS + GOAL,
                hours=4,
            ),
            T("data analysis sounds good actually, let's go with that", GOAL + PLAN, goal="data_analyst"),
            T("ok so what's the plan", PLAN, plan=True),
            T("can it be cheaper? money is tight", REFINE, plan=True, cheaper=True),
            T(
                "and only online courses please, I can't travel",
                REFINE,
                plan=True,
                plan_part=["online"],
                part=["online"],
            ),
        ],
        split="tune",
    ),
    D(
        "en-v7-adviser-121",
        ["third_person", "vague", "followup", "constraint_budget", "quality"],
        [
            T(
                "I'm a careers adviser. My client is a 45 year old bus driver who "
                "wants out, no IT background "
                "at all",
                EXPLORE + GOAL + SKILLS,
                goal_not=["driver"],
            ),
            T(
                "he mentioned IT support, help desk kind of work, he's good with people",
                GOAL,
                goal="helpdesk",
            ),
            T(
                "he has about 6 hours a week and can't pay anything himself",
                CONS,
                hours=6,
                budget=(0, "EUR"),
            ),
            T("put together a pathway for him", PLAN, plan=True),
            T(
                "is the help desk course recognised by employers? accredited in any way?",
                EXPLAIN,
                cite_any=["glcc-help-201"],
            ),
            T(
                "note for his file: he already finished Digital Literacy Essentials last year",
                SKIP + SKILLS,
                held=["glcc-dl-101"],
            ),
        ],
        split="tune",
    ),
    D(
        "en-v7-ml-122",
        ["vague", "followup", "area_ai", "constraint_time", "stacking"],
        [
            T("where do I even start with AI? everyone talks about it at work", EXPLORE + SEARCH, cite_min=1),
            T("I'm a software tester, I know some python", SKILLS + EXPLORE, role="tester"),
            T("I'd like to become a machine learning engineer in the long run", GOAL, goal="ml"),
            T("10 hours a week, make me a plan", PLAN, hours=10, plan=True),
            T(
                "what can I do after Applied Machine Learning with Python?",
                EXPLAIN + REQ,
                cite_any=["diaa-dl-202", "diaa-mlops-303", "diaa-isd-304", "diaa-cert-aml"],
            ),
            T("and with only 2 hours a week?", REFINE + CONS, hours=2, plan=True, plan_hours=2),
        ],
        split="tune",
    ),
    D(
        "en-v7-march-123",
        ["vague", "constraint_deadline", "area_ainet", "compare", "named_course"],
        [
            T("my contract ends in spring and I need something on my CV", EXPLORE),
            T(
                "I was a network technician for years, would like to move to network automation or that AI "
                "networking stuff",
                GOAL,
                goal="ainet",
            ),
            T("by March if possible, 8 hours a week", CONS_OR_REFINE + PLAN, hours=8, deadline=_MARCH7),
            T("plan it", PLAN),
            T(
                "compare Network Automation with Python and APIs and AI-Driven Network Operations",
                COMPARE,
                cite_any=["ccna-netauto-203", "ccna-aiops-301"],
                cite_min=2,
            ),
            T("which of them comes first?", COMPARE + REQ + EXPLAIN, cite_min=1),
        ],
        split="tune",
    ),
    D(
        "en-v7-english-124",
        ["vague", "languages", "area_cyber", "followup"],
        [
            T(
                "Hello! I'm from Spain but live in Ireland now, what kind of courses do you have?",
                EXPLORE + SEARCH,
                cite_min=1,
            ),
            T(
                "I work in a call centre, want to get into cybersecurity",
                GOAL,
                goal="cyber",
                goal_not=["call", "contact cent"],
            ),
            T("in English is fine, I can also do Spanish", CONS_OR_REFINE + SKILLS, study_lang=["en", "es"]),
            T("make me a study plan, 5 hours a week", PLAN, hours=5, plan=True),
            T("show me everything you have on security", SEARCH, cite_min=3),
            T("thanks, that's really helpful", SMALL),
        ],
        split="tune",
    ),
    D(
        "en-v7-done-125",
        ["vague", "area_web", "constraint_deadline", "quality", "followup"],
        [
            T(
                "I finished a web dev bootcamp last year but can't land a job. what now?",
                EXPLORE + GOAL + PLAN + SEARCH,
            ),
            T(
                "front end mostly, html css javascript",
                SKILLS,
                skills=["javascript", "html", "css", "web"],
            ),
            T("I want to be a full-stack web developer", GOAL, goal="web"),
            T(
                "plan please, I have 12 hours a week and would like to be done by June",
                PLAN,
                hours=12,
                deadline=_JUNE7,
                plan=True,
            ),
            T(
                "I already did Front-End Web Development, skip it",
                SKIP,
                held=["lit-web-201"],
                plan_excl=["lit-web-201"],
            ),
            T("is the full-stack certificate accredited?", EXPLAIN, cite_any=["lit-cert-web"]),
        ],
        split="tune",
    ),
]

# v7-nlu (session 7, understanding round): stating skills and experience in many ways, searches, indirect
# goals, requirements of a named certificate, off-topic requests. Written before reading the rule files and
# committed before any run on it; written for tune.
_DATA_GOAL = ["data analyst", "d3edb8f8", "data scientist", "258e46f9", "data warehouse", "1562c7a3"]
_DEVOPS_GOAL = [
    "cloud",
    "349ee6f6",
    "system administrator",
    "9e2e6e1e",
    "integration",
    "07e60525",
    "developer",
]
DIALOGUES += [
    D(
        "en-v7-skills-excel-01",
        ["vague", "slang"],
        [
            T(
                "I know a bit of Excel and did a Coursera thing on SQL last spring",
                SKILLS,
                skills=["spreadsheet", "sql", "query"],
            ),
            T(
                "what could i do with that? something with data maybe",
                GOAL + PLAN + EXPLORE + SEARCH,
                goal=_DATA_GOAL,
            ),
        ],
        split="tune",
    ),
    D(
        "en-v7-cv-02",
        ["long", "multi_intent", "area_cloud"],
        [
            T(
                "Bit about me: 5 yrs as sysadmin (mostly servers and backups), scripting in bash and python, "
                "some networking from college. Now I want to move towards cloud engineering.",
                SKILLS + GOAL,
                role="sysadmin",
                goal="cloud",
                goal_not=["system administrator", "sysadmin"],
            ),
            T("ok so what would the path look like, about 6h a week", PLAN + CONS, hours=6, plan=True),
        ],
        split="tune",
    ),
    D(
        "en-v7-search-k8s-03",
        ["slang", "area_cloud", "constraint_budget"],
        [
            T(
                "got something for Kubernetes?",
                SEARCH,
                cite_min=1,
                cite_any=[
                    "hrd-virt-201",
                    "lcsi-cloudops-205",
                    "hrd-iac-202",
                    "hrd-cloud-101",
                    "hrd-clouddev-204",
                ],
            ),
            T(
                "anything on pen testing thats not crazy expensive",
                SEARCH + CONS,
                cite_min=1,
                cite_any=["bvca-pentest-201", "bvca-web-202", "bvca-soc-101", "bvca-vuln-204"],
            ),
        ],
        split="tune",
    ),
    D(
        "en-v7-oos-weather-04",
        ["out_of_scope"],
        [
            T("whats the weather gonna be in dublin tomorrow", OOS),
            T(
                "fine. courses about data visualisation?",
                SEARCH,
                cite_any=["diaa-viz-204", "ual-visual-203"],
            ),
        ],
        split="tune",
    ),
    D(
        "en-v7-advisor-bi-05",
        ["third_person", "area_data"],
        [
            T(
                "My client manages a clothing store and would like to end up as a BI developer",
                GOAL,
                goal=_DATA_GOAL,
                goal_not=["store", "retail", "shop"],
            ),
            T("she knows Excel pretty well and a little SQL", SKILLS, skills=["spreadsheet", "sql", "query"]),
            T("what would she need to take", PLAN + REQ, plan=True, cite_min=1),
        ],
        split="tune",
    ),
    D(
        "en-v7-req-hpc-06",
        ["named_course", "stacking", "area_hpc"],
        [
            T(
                "what do I need for the Certificate in HPC Performance Engineering?",
                REQ,
                cite_any=["padr-cert-hpc", "padr-hpc-101", "padr-par-201"],
            ),
            T("and which one do i start with", REQ + PLAN, cite_any=["padr-hpc-101"]),
        ],
        split="tune",
    ),
    D(
        "en-v7-oos-recipe-07",
        ["out_of_scope", "typo"],
        [
            T("can u give me a good lasagne recipie", OOS),
            T("who won the champions league final this year", OOS),
        ],
        split="tune",
    ),
    D(
        "en-v7-devops-08",
        ["vague", "area_cloud"],
        [
            T(
                "thinking about devops as a career, is that something you can help with",
                GOAL + PLAN + EXPLORE + SEARCH,
                goal=_DEVOPS_GOAL,
            ),
            T(
                "i did 3 years of java backend work",
                SKILLS,
                skills=["java", "programming", "object-oriented"],
            ),
        ],
        split="tune",
    ),
    D(
        "en-v7-typo-ml-09",
        ["typo", "area_ai"],
        [
            T(
                "i kno some pyhton and a littel bit of statistcs",
                SKILLS,
                skills=["python", "programming", "statistic"],
            ),
            T(
                "courses about machine lerning pls",
                SEARCH,
                cite_any=["diaa-ml-201", "diaa-ai-101", "ual-ia-101", "diaa-dl-202", "diaa-cert-aml"],
            ),
        ],
        split="tune",
    ),
]

# v8-nlu (session 8, understanding round): searches in many forms (bare topic lists, "anything on X?"),
# skills and experience stated without verbs or as CV lines, goals as areas or indirectly, long messages with
# several intents. Written before reading the rule files and committed before any run; all tune.
_N8_WEB = ["lit-web-201", "lit-webstd-202", "lit-fw-203", "lit-api-204", "lit-cert-web"]
_N8_DLIT = [
    "aec-dlteach-104",
    "glcc-dl-101",
    "aec-trainer-103",
    "glcc-cert-df",
    "glcc-comm-102",
    "glcc-safe-104",
]
_N8_UAL = [
    "ual-datos-101",
    "ual-sql-102",
    "ual-python-201",
    "ual-cert-datos",
    "ual-visual-203",
    "ual-estad-202",
]
DIALOGUES += [
    D(
        "en-v8n-anything-01",
        ["search", "slang", "area_web"],
        [
            T("anything on web accessibility?", SEARCH, cite_any=["lit-webstd-202", "lit-web-201"]),
            T(
                "got stuff for react or vue too",
                SEARCH,
                cite_any=["lit-fw-203", "lit-web-201", "lit-cert-web"],
            ),
        ],
        split="tune",
    ),
    D(
        "en-v8n-bare-list-02",
        ["search", "no_punctuation", "area_web"],
        [
            T("html css javascript", SEARCH, cite_min=1, cite_any=_N8_WEB),
            T("what about backend apis", SEARCH, cite_any=["lit-api-204", "lit-cert-web"]),
        ],
        split="tune",
    ),
    D(
        "en-v8n-excel-years-03",
        ["slang", "area_data"],
        [
            T("been doing excel for years, pivot tables, vlookups, the lot", SKILLS, skills=["spreadsheet"]),
            T("so something with data i guess", GOAL + PLAN + EXPLORE + SEARCH, goal="data_analyst"),
        ],
        split="tune",
    ),
    D(
        "en-v8n-cloudsec-04",
        ["long", "multi_intent", "area_cloudsec", "constraint_time"],
        [
            T(
                "Currently a network admin. Routing and switching, some firewall config, linux basics. "
                "I'd like to end up in cloud security, max 5 hours a week",
                SKILLS + GOAL + CONS,
                goal="cloudsec",
                goal_not=["network administrator"],
                hours=5,
            ),
            T("go ahead and sketch the path", PLAN, plan=True),
        ],
        split="tune",
    ),
    D(
        "en-v8n-microcred-05",
        ["area_microcred", "constraint_budget"],
        [
            T(
                "I coordinate staff development at a college and want to teach others "
                "to design micro-credentials",
                GOAL,
                goal="microcred",
            ),
            T(
                "free options only please",
                CONS + REFINE + SEARCH,
                budget=(0, "EUR"),
                cite_any=["aec-mcd-101", "aec-cert-dld", "aec-elearn-100"],
            ),
        ],
        split="tune",
    ),
    D(
        "en-v8n-seniors-06",
        ["area_dlit", "vague", "no_punctuation"],
        [
            T(
                "id love to help seniors get online like at the local library",
                GOAL + EXPLORE + PLAN,
                goal="dlit_teacher",
            ),
            T("what courses would get me there", PLAN + SEARCH, cite_any=_N8_DLIT),
        ],
        split="tune",
    ),
    D(
        "en-v8n-spanish-online-07",
        ["languages", "participation", "area_data"],
        [
            T("courses about data analysis in Spanish, online", SEARCH, cite_any=_N8_UAL),
            T("any on SQL in the same vein", SEARCH, cite_any=["ual-sql-102"]),
        ],
        split="tune",
    ),
    D(
        "en-v8n-cv-08",
        ["long", "multi_intent", "area_ai"],
        [
            T(
                "Skills: Python, pandas, PostgreSQL, Git. BSc Computer Science 2019. "
                "3 yrs backend dev at a fintech.",
                SKILLS,
                skills=["python", "postgresql", "sql", "git", "version control"],
            ),
            T(
                "id like to move into machine learning engineering, what would you suggest",
                GOAL + PLAN,
                goal="ml",
            ),
        ],
        split="tune",
    ),
]

# v8-dlg (session 8, reply/policy round): whole conversations as learners and advisers go, with follow-ups
# that only make sense in context (ordinals, "that one", "too long", "only online", "and in Spanish?",
# "why that order?", "what comes after that"), implied plan requests, named courses by partial or misspelt
# title, and courses that do not exist. Written before reading the policy files and committed before any
# run; for tune.
from dates import IN_3_MONTHS as _IN3_8  # noqa: E402
from dates import SEPTEMBER as _SEPT8  # noqa: E402

DIALOGUES += [
    D(
        "en-v8d-payroll-01",
        ["long", "multi_intent", "followup", "languages", "area_data"],
        [
            T(
                "Hi, I'm 34, been doing payroll admin for 8 years and I want to move into data analysis. I "
                "can do about 6 hours a week, budget is tight, maybe 500 euros max, and I'd like to be "
                "job-ready by September.",
                GOAL + CONS + PLAN,
                goal="data_analyst",
                goal_not=["payroll"],
                hours=6,
                budget=(500, "EUR"),
                deadline=_SEPT8,
            ),
            T("ok show me a plan then", PLAN, plan=True, plan_cost=(500, "EUR")),
            T("why that order?", WHY, cite_min=1),
            T(
                "and in spanish? my spanish is decent",
                REFINE + CONS,
                study_lang=["es"],
                plan=True,
                plan_langs=["es"],
            ),
            T("what about the second one", SELECT, cite_min=1),
        ],
        split="tune",
    ),
    D(
        "en-v8d-maria-02",
        ["third_person", "followup", "languages", "area_cloudsec", "named_course"],
        [
            T(
                "I'm a careers adviser. My client Maria is a junior sysadmin (Linux, some Windows server) "
                "and wants to get into cloud security. She has around 8 hours a week and her employer pays "
                "up to 2000 euros.",
                GOAL + SKILLS + CONS,
                goal="cloudsec",
                goal_not=["system administrator", "sysadmin"],
                hours=8,
                budget=(2000, "EUR"),
            ),
            T("what would her path look like?", PLAN, plan=True),
            T(
                "she already did the cloud basics one, Grundlagen des Cloud Computing",
                SKIP + SKILLS,
                held=["hrd-cloud-101"],
                plan_excl=["hrd-cloud-101"],
            ),
            T(
                "she doesn't read german well, only english ones please",
                REFINE + CONS,
                study_lang=["en"],
                plan=True,
                plan_langs=["en"],
            ),
            T("what comes after that?", EXPLAIN + REQ + PLAN, cite_min=1),
        ],
        split="tune",
    ),
    D(
        "en-v8d-pentest-03",
        ["named_course", "typo", "nonexistent", "area_cyber"],
        [
            T(
                "is there a course called Penetraton Testing Fundamentals? my manager mentioned it",
                EXPLAIN + SEARCH,
                cite_any=["bvca-pentest-201"],
            ),
            T("what do i need before it", REQ, cite_any=["bvca-soc-101"]),
            T("and the CompTIA Security+ one, do you have that?", EXPLAIN + SEARCH, cite_min=1),
            T(
                "ok then the security operations one, how long is it and what does it cost",
                EXPLAIN,
                cite_any=["bvca-soc-101"],
            ),
        ],
        split="tune",
    ),
    D(
        "en-v8d-toolong-04",
        ["followup", "constraint_deadline", "area_web"],
        [
            T(
                "want to become a web developer, I know basic HTML. 10h a week. what's the path?",
                GOAL + PLAN,
                goal="web",
                hours=10,
                plan=True,
            ),
            T("too long", REFINE, plan=True, faster=True),
            T("less than 3 months pls", CONS_OR_REFINE, deadline=_IN3_8, plan=True),
            T("why is the python one in there, I want web", WHY, cite_any=["lit-prog-101"]),
        ],
        split="tune",
    ),
    D(
        "en-v8d-nights-05",
        ["participation", "followup", "area_network"],
        [
            T(
                "looking for something on networking, I work nights so it has to fit around shifts",
                SEARCH,
                cite_min=1,
            ),
            T("only online ones pls", REFINE + CONS, part=["online"], cite_min=1),
            T(
                "the cheapest one, what's in it?",
                SELECT + REFINE,
                cite_any=["ccna-net-101", "ccna-fondements-101"],
            ),
            T(
                "what comes after that",
                EXPLAIN + REQ,
                cite_any=["ccna-netmon-202", "ccna-netauto-203", "ccna-netsec-204", "ccna-route-201"],
            ),
        ],
        split="tune",
    ),
    D(
        "en-v8d-helpdesk-06",
        ["vague", "followup", "area_network"],
        [
            T(
                "honestly I'm bored at the help desk. I fix printers and reset passwords all day.",
                EXPLORE + GOAL + SKILLS,
                role="helpdesk",
            ),
            T(
                "networks I guess, I like figuring out why things don't connect",
                GOAL,
                goal="network",
                goal_not=["help desk", "helpdesk"],
            ),
            T("5 hours a week, so what should I do first?", PLAN + CONS, hours=5, plan=True),
            T(
                "skip the first step, I've done something like that at work",
                SKIP,
                held_prev_step=1,
                plan_excl_prev_step=1,
            ),
            T("which of the remaining ones is the easiest?", SELECT + COMPARE, cite_min=1),
        ],
        split="tune",
    ),
    D(
        "en-v8d-postdoc-07",
        ["named_course", "participation", "followup", "area_hpc"],
        [
            T(
                "my research group does climate simulations and our code is slow. I'm a postdoc with Fortran "
                "and a bit of C. anything on making it scale?",
                SEARCH + SKILLS + GOAL,
                cite_any=["padr-par-201", "padr-hpc-101", "padr-perf-202"],
            ),
            T("the MPI one - is it online? I can't travel", EXPLAIN, cite_any=["padr-par-201"]),
            T("hmm. only online ones then", REFINE + CONS, part=["online"], cite_min=1),
            T("make me a plan towards the HPC certificate, 4 hours a week", PLAN, hours=4, plan=True),
        ],
        split="tune",
    ),
    D(
        "en-v8d-refugee-08",
        ["third_person", "languages", "followup", "area_helpdesk"],
        [
            T(
                "Advising a refugee from Syria, he speaks Arabic and English, some German. Was an "
                "electrician, wants IT support work.",
                GOAL + SKILLS,
                goal="helpdesk",
                goal_not=["electrician"],
                langs=["en", "de"],
            ),
            T("what should he take, he has maybe 15 hours a week", PLAN + CONS, hours=15, plan=True),
            T("is any of that free? he has no money", REFINE + CONS + EXPLAIN, cite_min=1),
            T("ok and the second one, what does he learn there", SELECT, cite_min=1),
        ],
        split="tune",
    ),
]

# v9-frozen (session 9): a blind frozen batch, written from the catalogue, the taxonomy and docs/ only,
# without
# reading the assistant's code, rules, tests, training lines or any results, and committed before any run; the
# lead scores it once at the end. Ids `<lang>-v9f-…`, tag `v9_frozen`, split frozen.
import v9f_lists as _F9  # noqa: E402
from dates import SEPTEMBER as _SEPT9  # noqa: E402

DIALOGUES += [
    D(
        "en-v9f-retail-01",
        ["v9_frozen", "vague", "followup", "area_data", "constraint_hours"],
        [
            T(
                "so ive been in retail management 9 yrs and im kind of done with it. no clue what next tbh",
                EXPLORE + GOAL + SKILLS,
                goal_not=["retail"],
            ),
            T(
                "the only part i ever enjoyed was the weekly sales numbers, building the spreadsheets",
                EXPLORE + GOAL + SKILLS + SEARCH + PLAN,
                goal_not=["retail"],
            ),
            T(
                "ok data analyst sounds about right. I can do evenings, roughly an hour a day",
                GOAL + CONS + PLAN,
                goal="data_analyst",
                goal_not=["retail"],
                hours=(6, 0.25),
            ),
            T("what would the first few months look like", PLAN, plan=True),
        ],
        split="frozen",
    ),
    D(
        "en-v9f-nhs-02",
        ["v9_frozen", "third_person", "constraint_budget", "languages", "area_cloudsec", "followup"],
        [
            T(
                "Client of mine, 41, 2nd line support at a hospital trust, wants to pivot into cloud "
                "security. "
                "The trust will fund £600 tops.",
                GOAL + CONS,
                goal="cloudsec",
                goal_not=["support", "help desk", "helpdesk"],
                budget=(600, "GBP"),
            ),
            T("what should she do first", PLAN, plan=True, plan_cost=(600, "GBP")),
            T(
                "she doesn't speak a word of German btw",
                REFINE + CONS + SKILLS,
                plan=True,
                plan_langs=["en", "fr", "es", "it", "pl", "nl", "pt"],
            ),
        ],
        split="frozen",
    ),
    D(
        "en-v9f-cuda-03",
        ["v9_frozen", "search", "slang", "participation", "area_hpc", "followup"],
        [
            T(
                "any gpu programming stuff? cuda or whatever",
                SEARCH,
                cite_any=["padr-gpu-301", "padr-par-201", "padr-cert-hpc", "padr-hpc-101"],
            ),
            T(
                "has to be fully remote, im based in Lagos",
                REFINE + CONS,
                part=["online"],
                cite_any=["padr-gpu-301", "padr-hpc-101", "padr-perf-202", "padr-sched-302"],
            ),
            T("the first one, what do i need before starting it", REQ + SELECT, cite_min=1),
        ],
        split="frozen",
    ),
    D(
        "en-v9f-physics-04",
        ["v9_frozen", "state_skills", "long", "multi_intent", "area_ai", "followup", "skip"],
        [
            T(
                "background: MSc physics, matlab + python for ~5 yrs, played with scikit-learn a bit. "
                "want to get into ML properly, maybe 8h/wk",
                SKILLS + GOAL + CONS,
                goal="ml",
                goal_not=["physicist"],
                hours=8,
                skills=["python", "matlab"],
            ),
            T("plan pls", PLAN, plan=True),
            T(
                "I can skip AI Foundations, did something very similar at uni",
                SKIP + SKILLS,
                held=["diaa-ai-101"],
                not_rejected=["diaa-ai-101"],
                plan_excl=["diaa-ai-101"],
            ),
            T("why that order though", WHY, cite_min=1),
        ],
        split="frozen",
    ),
    D(
        "en-v9f-aiops-05",
        ["v9_frozen", "named_course", "stacking", "area_ainet"],
        [
            T(
                "tell me about the AI driven network ops course",
                EXPLAIN + SEARCH,
                cite_any=["ccna-aiops-301"],
            ),
            T("is it part of some bigger cert?", EXPLAIN + REQ, cite_any=["ccna-cert-netops"]),
            T(
                "what else would I need to take to get that cert",
                REQ + EXPLAIN + PLAN,
                cite_any=["ccna-route-201", "ccna-netmon-202", "ccna-netauto-203"],
            ),
        ],
        split="frozen",
    ),
    D(
        "en-v9f-aws-06",
        ["v9_frozen", "nonexistent", "named_course", "area_cloudsec", "languages"],
        [
            T(
                "do u have the AWS Certified Security Specialty prep course",
                EXPLAIN + SEARCH,
                cite_any=_F9.CLOUD + ["bvca-hard-202", "bvca-soc-101", "ccna-netsec-204"],
            ),
            T(
                "hm ok. whats the closest thing you have thats taught in english",
                SEARCH + REFINE + CONS,
                cite_min=1,
                cite_none=["hrd-cloudsec-201", "hrd-iam-202", "hrd-cloudnet-203", "hrd-cloudir-301"],
            ),
        ],
        split="frozen",
    ),
    D(
        "en-v9f-college-07",
        ["v9_frozen", "area_microcred", "constraint_deadline", "constraint_budget", "followup"],
        [
            T(
                "I run CPD at an FE college and we've been told to start issuing micro-credentials by "
                "September. Guess who has to design them. Help",
                GOAL + EXPLORE + PLAN + SEARCH,
                cite_any=_F9.MCRED,
                deadline=_SEPT9,
            ),
            T(
                "3 hrs a week max, and the college pays nothing so free stuff only",
                CONS + REFINE,
                hours=3,
                budget=(0, "EUR"),
            ),
            T("so what's the plan", PLAN, plan=True, plan_cost=(0, "EUR"), plan_hours=3),
        ],
        split="frozen",
    ),
    D(
        "en-v9f-mum-08",
        ["v9_frozen", "third_person", "area_dlit", "constraint_budget", "participation", "followup"],
        [
            T(
                "my mum is 67 and wants to learn to video call the grandkids and do online banking without "
                "getting scammed. anything for her?",
                SEARCH + GOAL + EXPLORE,
                cite_any=_F9.DLIT,
            ),
            T(
                "she can't pay fees for any of it",
                CONS + REFINE,
                budget=(0, "EUR"),
                cite_any=["glcc-dl-101", "glcc-comm-102", "glcc-safe-104", "glcc-solve-105", "glcc-cert-df"],
            ),
            T(
                "and it needs to be in person really, she won't cope online on her own",
                REFINE + CONS,
                part=["on-site", "blended"],
                cite_any=["glcc-dl-101", "glcc-cert-df"],
            ),
        ],
        split="frozen",
    ),
    D(
        "en-v9f-dataeng-09",
        ["v9_frozen", "compare", "named_course", "stacking", "area_de", "followup"],
        [
            T(
                "Data Engineering Foundations vs Data Modelling Essentials, which one first if i wanna end "
                "up "
                "a data engineer",
                COMPARE + WHY + REQ + GOAL,
                cite_min=2,
                cite_any=["nda-de-101"],
            ),
            T(
                "and what would the whole data engineering certificate set me back",
                EXPLAIN + REQ,
                cite_any=["nda-cert-de"],
            ),
            T(
                "what if I've only got 4 hours a week, how long are we talking",
                PLAN + CONS + REFINE + EXPLAIN,
                hours=4,
                cite_min=1,
            ),
        ],
        split="frozen",
    ),
    D(
        "en-v9f-dublin-10",
        ["v9_frozen", "languages", "constraint_budget", "area_web", "followup"],
        [
            T(
                "Hi! Brazilian living in Dublin, I speak portuguese, english and some spanish. Looking at "
                "front "
                "end dev courses, under 1000 euro if possible",
                SEARCH + GOAL + CONS + SKILLS,
                langs=["pt", "en"],
                budget=(1000, "EUR"),
                cite_any=_F9.WEB,
            ),
            T(
                "could you map out a path to web developer with that budget, 6h weekly",
                PLAN + GOAL + CONS,
                goal="web",
                hours=6,
                plan=True,
                plan_cost=(1000, "EUR"),
            ),
            T("and the 2nd step, what's that about", SELECT, cite_min=1),
        ],
        split="frozen",
    ),
    D(
        "en-v9f-pizza-11",
        ["v9_frozen", "out_of_scope", "vague", "area_ai"],
        [
            T("whats the best pizza place near trinity college", OOS, dead_ok=True),
            T("haha fair. so what can you actually do", SMALL + EXPLORE, dead_ok=True),
            T(
                "im a bookkeeper and kinda worried AI will eat my job. what should i learn",
                EXPLORE + GOAL + SEARCH + PLAN,
                goal_not=["bookkeep", "accountant"],
                cite_min=1,
            ),
        ],
        split="frozen",
    ),
]

# v9-frozen, second part (same sitting, before any run): shorter/faster follow-ups, exact dates, long messages
# without punctuation, typos.
DIALOGUES += [
    D(
        "en-v9f-isp-12",
        [
            "v9_frozen",
            "long",
            "multi_intent",
            "no_punctuation",
            "constraint_deadline",
            "area_ainet",
            "followup",
        ],
        [
            T(
                "hey so im a network engineer at an ISP been doing BGP OSPF for like 6 yrs and my boss wants "
                "someone on the team who gets the AI ops stuff by 15 March next year i can do 5 hrs a week "
                "company pays up to 4k euros what do i take",
                SKILLS + GOAL + CONS + PLAN,
                deadline=("2027-03-14", "2027-03-16"),
                hours=5,
                budget=(4000, "EUR"),
                plan=True,
                plan_cost=(4000, "EUR"),
            ),
            T("too long, anything shorter", REFINE, plan=True, faster=True),
        ],
        split="frozen",
    ),
    D(
        "en-v9f-tester-13",
        ["v9_frozen", "typo", "area_tester", "followup"],
        [
            T(
                "wanna get into softwear testing, i no a bit of java from uni",
                GOAL + SKILLS,
                goal="tester",
                skills=["java"],
            ),
            T(
                "wat cours shud i do 1st",
                PLAN + SEARCH + REQ,
                cite_any=["lit-test-201", "lit-oop-102", "lit-prog-101"],
            ),
            T("hw much is that 1", SELECT + EXPLAIN, cite_min=1),
        ],
        split="frozen",
    ),
]

# v9-dlg (session 9, reply/policy round): whole conversations as learners and careers advisers go, written
# before reading the policy files and committed before any run: an adviser with a client's hours, budget and
# area in one line, plans implied ("so what do I do first?", "ok lets do it", "make me a schedule"),
# refinements in context ("too expensive", "anything shorter", "without the French ones", "and if she had
# 10 hours?", "by June?"), questions about a course just shown ("is the first one in English?", "how many
# ECTS is that", "what do I need before it"), named courses by partial or misspelt title, and courses that
# do not exist. For tune.
from dates import JUNE as _JUNE9  # noqa: E402
from dates import SEPTEMBER as _SEPT9  # noqa: E402
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
        "en-v9d-adviser-data-01",
        ["third_person", "followup", "implied_plan", "area_data"],
        [
            T(
                "seeing a client this afternoon - she has 4 h a week, budget 300 euros, wants data. "
                "where would she start?",
                GOAL + CONS + PLAN,
                goal=["data"],
                hours=4,
                budget=(300, "EUR"),
                plan=True,
            ),
            T("too expensive for her honestly", REFINE, plan=True, cheaper=True),
            T("is the first one in English?", SELECT, cite_min=1),
            T("ok and if she had 10 hours?", REFINE + CONS, hours=10, plan=True),
        ],
        split="tune",
    ),
    D(
        "en-v9d-firststep-02",
        ["implied_plan", "followup", "languages", "area_cloudsec"],
        [
            T(
                "I work in IT support and want to move into cloud security",
                GOAL,
                goal="cloudsec",
                goal_not=["support", "help desk"],
            ),
            T("I can spare about 6 hours a week", CONS, hours=6),
            T("so what do I do first?", PLAN, plan=True),
            T(
                "the German ones won't work for me, I don't speak German",
                REFINE + CONS,
                plan=True,
                plan_langs=["en"],
            ),
            T("how many ECTS is the whole thing", EXPLAIN + PLAN + SELECT),
        ],
        split="tune",
    ),
    D(
        "en-v9d-misspelt-03",
        ["named_course", "typo", "followup", "area_data"],
        [
            T("what's the Data Warehous Desing course like?", EXPLAIN + SEARCH, cite_any=["nda-dwh-202"]),
            T("how many ECTS is that", EXPLAIN, cite_any=["nda-dwh-202"]),
            T("what do I need before it", REQ, cite_any=["nda-model-102"]),
            T("and is it part of a certificate?", EXPLAIN + REQ, cite_any=["nda-cert-de"]),
        ],
        split="tune",
    ),
    D(
        "en-v9d-nonexistent-04",
        ["nonexistent", "followup", "implied_plan", "area_data"],
        [
            T(
                "do you have the Google Data Analytics Professional Certificate?",
                EXPLAIN + SEARCH,
                cite_min=1,
            ),
            T("hm ok what's closest to it then, something online and cheap", SEARCH + REFINE, cite_min=1),
            T("the second one, is it online?", SELECT, cite_min=1),
            T(
                "ok lets do it, I want to become a data analyst, 5 hours a week",
                GOAL + PLAN + CONS,
                goal="data_analyst",
                hours=5,
                plan=True,
            ),
        ],
        split="tune",
    ),
    D(
        "en-v9d-schedule-05",
        ["implied_plan", "followup", "constraint_deadline", "area_web"],
        [
            T(
                "I'm a graphic designer, I know some HTML and CSS, and I'd like to become a front-end "
                "developer",
                GOAL + SKILLS,
                goal="web",
                goal_not=["graphic designer"],
            ),
            T("make me a schedule, 8 hours a week", PLAN + CONS, hours=8, plan=True),
            T("by June?", _COR9, deadline=_JUNE9, plan=True),
            T("anything shorter?", REFINE, plan=True, faster=True),
            T("what do I need before the TypeScript one", REQ, cite_any=["lit-web-201"]),
        ],
        split="tune",
    ),
    D(
        "en-v9d-withoutfr-06",
        ["languages", "followup", "named_course", "area_dgov"],
        [
            T(
                "My team lead wants me to handle the GDPR and data protection stuff. I'm an office manager. "
                "Give me a plan, 3 hours a week.",
                GOAL + PLAN + CONS,
                goal="dgov",
                goal_not=["office manager"],
                hours=3,
                plan=True,
            ),
            T(
                "without the French ones please, I only read English",
                REFINE + CONS,
                plan=True,
                plan_excl=_INL9,
            ),
            T("what's the Responsible AI one about?", EXPLAIN, cite_any=["diaa-resp-205"]),
            T("is it recognised anywhere?", EXPLAIN, cite_any=["diaa-resp-205"]),
        ],
        split="tune",
    ),
    D(
        "en-v9d-gpu-07",
        ["named_course", "followup", "constraint_deadline", "area_hpc"],
        [
            T(
                "my boss wants me to do 'the GPU one' from the HPC people, do you know it?",
                EXPLAIN + SEARCH,
                cite_any=["padr-gpu-301"],
            ),
            T("what do I need before it", REQ, cite_any=["padr-par-201"]),
            T("and before that?", REQ, cite_any=["padr-hpc-101"]),
            T(
                "ok make me a plan to get there, 5 hours a week, by september",
                PLAN + CONS,
                hours=5,
                deadline=_SEPT9,
                plan=True,
                plan_incl=["padr-gpu-301", "padr-par-201"],
            ),
        ],
        split="tune",
    ),
    D(
        "en-v9d-coach-08",
        ["third_person", "followup", "named_course", "languages", "area_network"],
        [
            T(
                "Coaching a guy who's been a warehouse clerk for 10 years, he wants to get into networking. "
                "He has about 10 hours a week and no budget at all.",
                GOAL + CONS,
                goal="network",
                goal_not=["warehouse", "clerk"],
                hours=10,
                budget=(0, "EUR"),
            ),
            # session 28: the plan is shown at turn 1; its first step, cited, answers (session 26's design,
            # as fr-v9d-conseillere-01#2; was: the plan again)
            T("what should he start with?", PLAN + EXPLAIN + SELECT, cite_prev_step=1),
            T("is Networking Fundamentals free?", EXPLAIN, cite_any=["ccna-net-101"]),
            T(
                "what about the French one, Fondements des réseaux?",
                EXPLAIN + COMPARE,
                cite_any=["ccna-fondements-101"],
            ),
            T("he doesn't speak french", REFINE + CONS, plan_excl=["ccna-fondements-101"]),
        ],
        split="tune",
    ),
]

# v9-nlu (session 9, understanding round): the act on phrasings nobody tuned for: searches as questions, bare
# topics, "do u have", "I need to learn X for work", "X training near me"; skills and experience stated in
# passing; goals direct, indirect and by area; a goal with its limits; two intents in one message; typos and
# no punctuation. Written before reading the rule files or the classifier's lines, committed before any run.
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
        "en-v9n-dyh-docker-01",
        ["search", "slang", "no_punctuation", "area_cloud"],
        [
            T("do u have anything for docker or containers", SEARCH, cite_any=["hrd-virt-201"]),
            T("ok and infrastructure as code?", SEARCH, cite_any=["hrd-iac-202"]),
        ],
        split="tune",
    ),
    D(
        "en-v9n-sql-work-02",
        ["search", "area_data"],
        [
            T(
                "I need to learn SQL for work, we're moving all our reports into a database",
                SEARCH,
                cite_any=_N9_SQL,
            ),
        ],
        split="tune",
    ),
    D(
        "en-v9n-near-me-03",
        ["search", "participation", "area_cyber"],
        [
            T("cyber security training near me", SEARCH, cite_any=_N9_CYBER),
            T("online would be fine too", CONS + REFINE + SEARCH, part=["online"]),
        ],
        split="tune",
    ),
    D(
        "en-v9n-support-excel-04",
        ["skills", "area_data"],
        [
            T(
                "5 yrs of customer support, I'm the go-to person for excel macros and our ticket reports",
                SKILLS,
                skills=["spreadsheet"],
            ),
            T("looking to get into data analytics eventually", GOAL + EXPLORE + PLAN, goal="data_analyst"),
        ],
        split="tune",
    ),
    D(
        "en-v9n-goal-limits-05",
        ["multi_intent", "constraint_time", "area_cloud"],
        [
            T(
                "cloud engineer, 6 hours a week, done by september",
                GOAL + PLAN,
                goal="cloud",
                hours=6,
                deadline=_SEPT9,
            ),
            T("what would that look like", PLAN, plan=True),
        ],
        split="tune",
    ),
    D(
        "en-v9n-hospital-06",
        ["goal", "indirect", "area_network"],
        [
            T("my dream is to run the network for a big hospital one day", GOAL + EXPLORE, goal="network"),
        ],
        split="tune",
    ),
    D(
        "en-v9n-py-ml-07",
        ["multi_intent", "area_ml", "no_punctuation"],
        [
            T(
                "i know python pretty well already, whats there on machine learning",
                SEARCH + SKILLS,
                cite_any=_N9_ML,
                skills=["python"],
            ),
        ],
        split="tune",
    ),
    D(
        "en-v9n-pentest-08",
        ["plan", "area_cyber"],
        [
            T(
                "what's the quickest route to becoming a penetration tester if I only have evenings",
                PLAN + GOAL,
                goal="cyber",
            ),
            T("lay it out for me step by step", PLAN, plan=True),
        ],
        split="tune",
    ),
    D(
        "en-v9n-fixing-pcs-09",
        ["vague", "area_helpdesk"],
        [
            T(
                "honestly no clue what to study, i just like fixing my familys computers",
                EXPLORE + GOAL,
            ),
            T("yeah that help desk kind of thing sounds good", GOAL + PLAN + SEARCH, goal="helpdesk"),
        ],
        split="tune",
    ),
    D(
        "en-v9n-typos-viz-10",
        ["search", "typos"],
        [T("lookin for a corse in data visualisaton", SEARCH, cite_any=_N9_VIZ)],
        split="tune",
    ),
]

# v10-frozen (session 10): a second blind frozen batch, written from docs/, the catalogue and the taxonomy
# only, without reading the assistant's code, rules, tests, training lines, results, or any frozen dialogue,
# and committed before any run; the lead scores it once at the end. Ids `<lang>-v10f-…`, tag `v10_frozen`.
import v10f_lists as _V10  # noqa: E402
from dates import JUNE as _JUNE10  # noqa: E402

_DWH_URI10 = "http://data.europa.eu/esco/occupation/1562c7a3-c7d9-419d-b9b6-db26610bcf84"
_EN_ML10 = [c for c in _V10.ML + _V10.DATA if not c.startswith("ual-")]
DIALOGUES += [
    D(
        "en-v10f-burnout-nurse-01",
        ["v10_frozen", "vague", "career_change", "area_data"],
        [
            T(
                "been a nurse 12 yrs and honestly im burnt out. is there anything in tech that isnt "
                "coding all day",
                EXPLORE,
            ),
            T(
                "i like the data side tbh, audits, spreadsheets, that kind of thing",
                GOAL + EXPLORE + SKILLS,
                goal=["data"],
                goal_not=["nurse"],
            ),
            T("maybe 5 hrs a week with my shifts. what would i do first", CONS + PLAN, hours=5, plan=True),
        ],
        split="frozen",
    ),
    D(
        "en-v10f-adviser-cloudsec-02",
        ["v10_frozen", "third_person", "constraint_budget", "languages", "area_cloudsec"],
        [
            T(
                "Client of mine, 34, runs the IT for a small accountancy firm and wants to move into cloud "
                "security. She can do 6h a week and the firm will pay up to £1,500.",
                GOAL + CONS,
                goal="cloudsec",
                goal_not=["accountan"],
                hours=6,
                budget=(1500, "GBP"),
            ),
            T("what should her route look like", PLAN, plan=True, plan_cost=(1500, "GBP")),
            T("she reads German fine by the way, grew up in Vienna", CONS + SKILLS + REFINE, langs=["de"]),
            T(
                "and the identity and access management one, what does she need before it?",
                REQ,
                cite_any=["hrd-cloud-101"],
            ),
        ],
        split="frozen",
    ),
    D(
        "en-v10f-physics-gpu-03",
        ["v10_frozen", "search", "slang", "area_hpc"],
        [
            T(
                "any courses on getting code to run on gpus / clusters? im a physics phd, fortran + a bit "
                "of c++",
                SEARCH + SKILLS,
                cite_any=_V10.HPC,
            ),
            T(
                "which one do i start with if ive never touched a cluster",
                EXPLAIN + PLAN + SELECT + REQ + SEARCH,
                cite_any=["padr-hpc-101"],
            ),
            T("is the intro one free?", EXPLAIN + SELECT, cite_any=["padr-hpc-101"]),
        ],
        split="frozen",
    ),
    D(
        "en-v10f-dp100-04",
        ["v10_frozen", "nonexistent", "followup", "area_ml"],
        [
            T(
                "is there a DP-100 course? azure data scientist",
                EXPLAIN + SEARCH,
                cite_any=_V10.ML + _V10.DATA,
            ),
            T(
                "ok whats the closest thing you actually have, in english",
                SEARCH + REFINE,
                cite_any=_EN_ML10,
            ),
            T(
                "the machine learning with python one - how long is it and what does it cost",
                EXPLAIN + SELECT,
                cite_any=["diaa-ml-201"],
            ),
        ],
        split="frozen",
    ),
    D(
        "en-v10f-return-parent-05",
        ["v10_frozen", "vague", "parent_returning", "constraint_budget", "area_helpdesk"],
        [
            T(
                "I've been home with the kids for 8 years and want to go back to work. My computer skills "
                "are "
                "pretty rusty tbh",
                EXPLORE + SKILLS + GOAL,
            ),
            T(
                "something like IT support maybe? I'm the one who fixes everything at home",
                GOAL + EXPLORE,
                goal="helpdesk",
            ),
            T(
                "school hours only so maybe 2 hours a day on weekdays, and we can't spend much, 200 euros "
                "max",
                CONS,
                hours=10,
                budget=(200, "EUR"),
            ),
            T("ok show me the plan", PLAN, plan=True, plan_cost=(200, "EUR")),
        ],
        split="frozen",
    ),
    D(
        "en-v10f-college-mcd-06",
        ["v10_frozen", "educator", "named_course", "area_microcred"],
        [
            T(
                "I coordinate CPD at a college and we've been asked to turn our short courses into "
                "micro-credentials. where do I even start",
                GOAL + EXPLORE + SEARCH + PLAN,
                cite_any=_V10.MICROCRED,
            ),
            T(
                "is the Designing Micro-Credentials course recognised? like accredited by anyone",
                EXPLAIN,
                cite_any=["aec-mcd-101"],
            ),
            T("and does it count towards a bigger certificate?", EXPLAIN + REQ, cite_any=["aec-cert-dld"]),
            T(
                "what else would I need for that certificate and in what order",
                REQ + PLAN + EXPLAIN,
                cite_any=["aec-outcomes-102", "aec-online-201", "aec-scorm-202", "aec-needs-203"],
            ),
        ],
        split="frozen",
    ),
    D(
        "en-v10f-isp-aiops-07",
        ["v10_frozen", "skills", "constraint_time", "skip", "area_ainet"],
        [
            T(
                "network eng at an ISP, 7 yrs routing/switching. management keeps saying AIOps. want to "
                "be the "
                "person who actually understands it",
                GOAL + SKILLS,
                goal="ainet",
            ),
            T("about 20 hours a month, done before end of June", CONS, hours=(4.8, 0.15), deadline=_JUNE10),
            T(
                "plan it",
                PLAN,
                plan=True,
                plan_incl=[
                    "ccna-aiops-301",
                    "lcsi-mlnet-203",
                    "lcsi-anom-301",
                    "lcsi-sdn-202",
                    "lcsi-cert-ainet",
                ],
            ),
            T(
                "skip the basic networking stuff, i obviously know that",
                SKIP + SKILLS + REFINE,
                plan=True,
                plan_excl=["ccna-net-101", "ccna-fondements-101"],
            ),
        ],
        split="frozen",
    ),
    D(
        "en-v10f-bookkeeper-viz-08",
        ["v10_frozen", "current_job", "followup", "languages", "area_data"],
        [
            T(
                "im a bookkeeper and want to learn data visualisation, dashboards n stuff",
                GOAL + SEARCH,
                goal_not=["bookkeep", "accounting"],
                cite_any=_V10.VIZ + ["ual-sql-102", "ual-datos-101", "ual-python-201"],
            ),
            T("cheapest one?", REFINE + SELECT + SEARCH, cite_min=1),
            T(
                "is there one in english? my spanish is nonexistent",
                REFINE + CONS + SEARCH,
                cite_any=["diaa-viz-204"],
            ),
        ],
        split="frozen",
    ),
    D(
        "en-v10f-compare-sec-09",
        ["v10_frozen", "compare", "typo", "named_course", "area_cyber"],
        [
            T(
                "whats the difference between Security Operations Fundementals and Network Security "
                "Essentails",
                COMPARE + EXPLAIN,
                cite_any=["bvca-soc-101"],
                cite_min=2,
            ),
            T(
                "which is easier to start with if ive got no IT background",
                COMPARE + EXPLAIN + WHY + REQ,
                cite_any=["bvca-soc-101", "ccna-netsec-204"],
            ),
            T(
                "what can I do after the first one",
                EXPLAIN + REQ + SEARCH,
                cite_any=[
                    "bvca-siem-201",
                    "bvca-hard-202",
                    "bvca-pentest-201",
                    "bvca-forensics-201",
                    "bvca-vuln-204",
                    "bvca-cert-defence",
                ],
            ),
        ],
        split="frozen",
    ),
    D(
        "en-v10f-bca-inr-10",
        ["v10_frozen", "student", "constraint_budget", "constraint_time", "area_ml"],
        [
            T(
                "final yr BCA student, want a job in AI/ML after graduation. budget around 25k rupees",
                GOAL + CONS,
                goal="ml",
                budget=(25000, "INR"),
            ),
            T("i can do 2-3 hrs daily", CONS, hours=(17.5, 0.45)),
            T("give me the roadmap", PLAN, plan=True, plan_cost=(25000, "INR")),
            T("why that order?", WHY),
        ],
        split="frozen",
    ),
    D(
        "en-v10f-mum-gdpr-11",
        ["v10_frozen", "third_person", "languages", "area_dgov"],
        [
            T(
                "my mum works in HR and her company just made her the GDPR person. she's terrified lol. what "
                "can she take",
                GOAL + SEARCH + PLAN + EXPLORE,
                cite_any=_V10.DGOV,
            ),
            T(
                "she doesn't speak french",
                REFINE + CONS,
                cite_any=["diaa-resp-205", "nda-cdo-401", "padr-fair-203"],
            ),
            T(
                "ok the responsible AI one, how many hours is that",
                EXPLAIN + SELECT,
                cite_any=["diaa-resp-205"],
            ),
        ],
        split="frozen",
    ),
    D(
        "en-v10f-bananabread-12",
        ["v10_frozen", "off_topic", "no_punctuation", "constraint_budget", "area_web"],
        [
            T("whats a good recipe for banana bread", OOS + SMALL),
            T(
                "lol ok fine. i want to learn web dev from scratch like build actual sites",
                GOAL + SEARCH + PLAN + EXPLORE,
                cite_any=_V10.WEB,
            ),
            T(
                "only free stuff pls",
                REFINE + CONS,
                budget=(0, "EUR"),
                cite_any=["lit-prog-101", "glcc-code-107"],
            ),
        ],
        split="frozen",
    ),
    D(
        "en-v10f-returning-dwh-13",
        ["v10_frozen", "profile_start", "skip", "typo", "area_data"],
        [
            T("back again. what's next on my list?", PLAN + EXPLORE, plan=True),
            T(
                "I already did Data Modeling Essentials last spring",
                SKIP + SKILLS,
                held=["nda-model-102"],
                not_rejected=["nda-model-102"],
                plan_excl=["nda-model-102"],
            ),
            T(
                "and if I could do 8 hours a week instead?",
                REFINE + CONS,
                hours=8,
                plan=True,
                plan_excl=["nda-model-102"],
            ),
        ],
        profile={
            "id": "v10f-en-13",
            "goal": {"label": "data warehouse designer", "occupation_uri": _DWH_URI10},
            "languages": ["en"],
            "constraints": {"hours_per_week": 4},
        },
        split="frozen",
    ),
]

# v10-dlg (session 10, reply/policy round): whole conversations written before reading the policy files and
# committed before any run: searches for subjects the catalogue has in another language, "which one should I
# take first", implied plans ("ok so what now", "make me a schedule", "lets go with that"), a course just
# shown asked about ("is the 2nd one online", "how long is the first one"), partial or misspelt titles,
# courses that do not exist, a budget or hours said after a list (the list filtered, no goal asked), "X or
# Y?" and "the hardest one". Area lists in `v10d_lists.py`. For tune.
import v10d_lists as _L10  # noqa: E402

DIALOGUES += [
    D(
        "en-v10d-cloudsec-list-01",
        ["search", "followup", "budget_after_list", "area_cloudsec"],
        [
            T("any courses on cloud security? preferably online", SEARCH, cite_any=_L10.CLOUDSEC),
            T(
                "which one should I take first",
                SELECT + PLAN + REQ,
                cite_any=["hrd-cloud-101"],
            ),
            T("is the 2nd one online?", SELECT, cite_min=1),
            T(
                "my budget is 600 euros tops",
                _L10.COR,
                budget=(600, "EUR"),
                cite_min=1,
                cite_none=_L10.CLOUDSEC_OVER_600,
            ),
        ],
        split="tune",
    ),
    D(
        "en-v10d-bookkeeper-02",
        ["implied_plan", "followup", "area_data"],
        [
            T(
                "i'm a bookkeeper, 40, thinking about getting into data analysis. maybe 5 hrs a week",
                GOAL + CONS,
                goal="data_analyst",
                goal_not=["bookkeep", "accountant"],
                hours=5,
            ),
            T("ok so what now", PLAN, plan=True),
            T("how long is the first one", SELECT, cite_min=1),
            T("lets go with that then, make me a schedule", PLAN + _L10.APPLY, plan=True),
        ],
        split="tune",
    ),
    D(
        "en-v10d-powerbi-03",
        ["compare", "followup", "area_data"],
        [
            T(
                "I want to become a data analyst. I know Excel pretty well",
                GOAL + SKILLS,
                goal="data_analyst",
            ),
            T(
                "Power BI or Python, what should I learn first?",
                COMPARE + EXPLAIN + SEARCH + SELECT + PLAN,
                goal="data_analyst",
                cite_min=1,
            ),
            T("what does the python one cost", SELECT, cite_any=_L10.PYTHON_DATA),
        ],
        split="tune",
    ),
    D(
        "en-v10d-hardest-04",
        ["search", "followup", "hours_after_list", "area_network"],
        [
            T("show me network courses", SEARCH, cite_any=_L10.NETWORK),
            T("which is the hardest one?", SELECT + COMPARE, cite_min=1),
            T("and the easiest?", SELECT + COMPARE, cite_any=_L10.NETWORK_EASY),
            T("I have about 4 hours a week, does that one fit", CONS + SELECT, hours=4, cite_min=1),
        ],
        split="tune",
    ),
    D(
        "en-v10d-ccna-05",
        ["nonexistent", "followup", "area_network"],
        [
            T("is there a CCNA course? the actual Cisco one", EXPLAIN + SEARCH, cite_any=_L10.NETWORK),
            T("fine, what's the closest thing", SEARCH + SELECT, cite_any=_L10.NETWORK),
            T("how many weeks would that take me at 3h a week", SELECT + CONS, cite_min=1),
        ],
        split="tune",
    ),
    D(
        "en-v10d-mpi-06",
        ["named_course", "typo", "followup", "area_hpc"],
        [
            T("whats in the Paralel Programing MPI course", EXPLAIN + SEARCH, cite_any=["padr-par-201"]),
            T("what do I need before it", REQ, cite_any=["padr-hpc-101"]),
            T("and after that, where does it lead", EXPLAIN + REQ, cite_any=_L10.HPC_AFTER_MPI),
        ],
        split="tune",
    ),
    D(
        "en-v10d-adviser-warehouse-07",
        ["third_person", "implied_plan", "followup", "area_helpdesk"],
        [
            T(
                "I'm advising a warehouse worker who wants to move into IT support, he can do 6 hours a week",
                GOAL + CONS,
                goal="helpdesk",
                goal_not=["warehouse"],
                hours=6,
            ),
            T("what should he take first?", PLAN, plan=True),
            T("is the second one in person or online?", SELECT, cite_min=1),
            T(
                "he can only do online",
                REFINE + CONS,
                part=["online"],
                plan=True,
                plan_part=["online"],
            ),
        ],
        split="tune",
    ),
    D(
        "en-v10d-aplus-08",
        ["held_credential", "implied_plan", "followup", "area_network"],
        [
            T(
                "I have CompTIA A+ and two years on a help desk. what next if I want to get into networking?",
                SKILLS + GOAL + PLAN,
                goal="network",
            ),
            T("ok lets go with that", PLAN + _L10.APPLY, plan=True),
            T("too long, anything faster?", REFINE, plan=True, faster=True),
        ],
        split="tune",
    ),
]

# v10-nlu (session 10, understanding round): how people really open a chat - long messages with background,
# wish and limits; CV-like skill lines; "I'm a X, want Y"; indirect goals ("work with data/robots/security");
# searches phrased as needs; questions; typos, slang, no punctuation; advisers about a client. Written before
# reading the rule files or the classifier's lines, committed before any run.
from dates import WITHIN_A_YEAR as _YEAR10  # noqa: E402

_N10_SHEET = ["glcc-office-106", "ual-datos-101"]
_N10_SQL = [
    "nda-dba-201",
    "ual-sql-102",
    "hrd-clouddb-303",
    "nda-model-102",
    "nda-cert-dba",
    "ual-cert-datos",
]
_N10_NET = ["ccna-net-101", "ccna-fondements-101", "ccna-route-201", "ccna-netsec-204", "ccna-netmon-202"]
_N10_VIZ = ["diaa-viz-204", "ual-visual-203", "ual-olap-302"]
_N10_CONTAINERS = ["hrd-virt-201", "lcsi-cloudops-205", "hrd-clouddev-204", "hrd-iac-202"]
_N10_HACK = [
    "bvca-pentest-201",
    "bvca-web-202",
    "bvca-cert-offensive",
    "bvca-exploit-301",
    "bvca-redteam-302",
]
DIALOGUES += [
    D(
        "en-v10n-callcentre-01",
        ["long", "multi_intent", "area_helpdesk"],
        [
            T(
                "hi, i've been working in a call centre for about 4 years, handling customer complaints "
                "mostly. i'm pretty good with computers and i'm the one everyone asks when the system "
                "crashes. i'd like to move into IT support, ideally within a year, and i can do "
                "maybe 5 hours a week",
                GOAL + PLAN,
                goal="helpdesk",
                goal_not=["call", "computer scientist"],
                hours=5,
                deadline=_YEAR10,
            ),
            T("what would the plan look like", PLAN, plan=True),
        ],
        split="tune",
    ),
    D(
        "en-v10n-robots-02",
        ["goal", "indirect", "area_ai"],
        [T("I want to work with robots someday", GOAL + EXPLORE, goal="ai")],
        split="tune",
    ),
    D(
        "en-v10n-excel-job-03",
        ["search", "need", "no_punctuation"],
        [T("something to get better at excel for my job", SEARCH, cite_any=_N10_SHEET, no_goal=True)],
        split="tune",
    ),
    D(
        "en-v10n-cv-04",
        ["skills", "cv", "area_de"],
        [
            T(
                "Skills: Python, SQL, Tableau, Git. 3 yrs as junior data analyst at a retail company.",
                SKILLS,
                skills=["python", "sql"],
            ),
            T("what should i learn next to become a data engineer", PLAN + GOAL, goal="de"),
        ],
        split="tune",
    ),
    D(
        "en-v10n-nurse-05",
        ["goal", "current_role", "area_health_data"],
        [
            T(
                "I'm a nurse and I want to get into health data analytics",
                GOAL,
                goal="health_data",
                goal_not=["nurse"],
            )
        ],
        split="tune",
    ),
    D(
        "en-v10n-hackers-06",
        ["goal", "indirect", "area_cyber"],
        [
            T(
                "i want to do something in security, like protecting companies from hackers",
                GOAL + EXPLORE,
                goal="cyber",
            )
        ],
        split="tune",
    ),
    D(
        "en-v10n-guidance-07",
        ["goal", "outside_taxonomy"],
        [
            T(
                "my goal is to work as a guidance counselor in a school",
                GOAL + EXPLORE,
                goal_not=["research consultant", "ict teacher"],
            )
        ],
        split="tune",
    ),
    D(
        "en-v10n-roadmap-08",
        ["plan", "area_web"],
        [
            T("I want to become a web developer", GOAL, goal="web"),
            T("ok give me a study roadmap", PLAN, plan=True, goal="web", goal_not=["roadmap", "study"]),
        ],
        split="tune",
    ),
    D(
        "en-v10n-sysadmin-azure-09",
        ["long", "experience", "area_cloud"],
        [
            T(
                "I've been a sysadmin for 12 years, mostly Windows servers and some Linux, and my company is "
                "moving everything to Azure. I need to get up to speed on cloud.",
                GOAL + SEARCH + PLAN,
                goal_not=["system administrator", "sysadmin"],
            )
        ],
        split="tune",
    ),
    D(
        "en-v10n-teller-10",
        ["third_person", "long", "area_data"],
        [
            T(
                "I'm helping a client who was a bank teller for 10 years, she wants to retrain as a data "
                "analyst, budget is about 1500 euros and she can study 8 hours a week",
                GOAL + CONS,
                goal="data_analyst",
                goal_not=["teller"],
                budget=(1500, "EUR"),
                hours=8,
            )
        ],
        split="tune",
    ),
    D(
        "en-v10n-docker-11",
        ["search", "question"],
        [T("do you have anything on kubernetes or docker?", SEARCH, cite_any=_N10_CONTAINERS)],
        split="tune",
    ),
    D(
        "en-v10n-websites-12",
        ["vague", "slang", "area_web"],
        [
            T(
                "total beginner here, never coded, where do i start if i wanna make websites",
                GOAL + PLAN + SEARCH,
                goal_not=["beginner"],
            )
        ],
        split="tune",
    ),
    D(
        "en-v10n-ethical-13",
        ["slang", "search", "area_cyber"],
        [T("yo whats good, tryna learn hacking legit like ethical hacking", SEARCH + GOAL)],
        split="tune",
    ),
    D(
        "en-v10n-sql-typo-14",
        ["search", "typos", "need"],
        [
            T(
                "i wnat to lern sql for analysing sales numbers at work",
                SEARCH,
                cite_any=_N10_SQL,
                no_goal=True,
            )
        ],
        split="tune",
    ),
    D(
        "en-v10n-dba-limits-15",
        ["constraint_budget", "participation", "area_dba"],
        [
            T("I want to become a database administrator", GOAL, goal="dba"),
            T(
                "only online courses pls, and nothing over 600 euros total",
                CONS + REFINE,
                part=["online"],
                budget=(600, "EUR"),
                goal="dba",
            ),
        ],
        split="tune",
    ),
    D(
        "en-v10n-kids-16",
        ["constraint_time"],
        [T("I've got two kids so realistically 1 hour a day max, weekdays", CONS, hours=(5.5, 0.3))],
        split="tune",
    ),
    D(
        "en-v10n-maths-teacher-17",
        ["goal", "current_role", "area_teacher"],
        [
            T(
                "I teach maths at a secondary school and want to teach computer science too",
                GOAL,
                goal="ict_teacher",
            )
        ],
        split="tune",
    ),
    D(
        "en-v10n-soc-siem-18",
        ["compare", "named_course", "area_cyber"],
        [
            T(
                "what's the difference between the SOC fundamentals course and the SIEM one",
                COMPARE,
                cite_any=["bvca-soc-101", "bvca-siem-201"],
            )
        ],
        split="tune",
    ),
    D(
        "en-v10n-physics-ml-19",
        ["cv", "long", "multi_intent", "area_ml"],
        [
            T(
                "Background: BSc physics, 2 years doing lab data analysis in MATLAB and Python. Goal: "
                "machine learning engineer in industry. Available: evenings, ~10h/week. Budget: up to €2000.",
                GOAL + CONS + PLAN,
                goal="ml",
                hours=10,
                budget=(2000, "EUR"),
            )
        ],
        split="tune",
    ),
    D(
        "en-v10n-powerbi-20",
        ["search", "need", "area_data"],
        [
            T(
                "my boss wants me to learn power bi and dashboards, what courses are there",
                SEARCH,
                cite_any=_N10_VIZ,
            )
        ],
        split="tune",
    ),
    D(
        "en-v10n-retail-21",
        ["vague", "experience"],
        [
            T(
                "been doing retail for 8 years and honestly i'm sick of it. no degree. what can someone "
                "like me actually learn that leads to a job?",
                EXPLORE + SKILLS,
                goal_not=["retail"],
            )
        ],
        split="tune",
    ),
    D(
        "en-v10n-data-area-22",
        ["goal", "indirect", "area_data"],
        [T("i want to work with data", GOAL + EXPLORE, goal_not=["work"])],
        split="tune",
    ),
    D(
        "en-v10n-recognised-23",
        ["named_course", "quality", "area_cyber"],
        [
            T(
                "is the cyber defence practitioner certificate recognised anywhere? how long does it take",
                EXPLAIN + REQ,
                cite_any=["bvca-cert-defence"],
            )
        ],
        split="tune",
    ),
    D(
        "en-v10n-ux-24",
        ["goal", "current_role", "followup", "area_ux"],
        [
            T("I'm a graphic designer, want to move into UX", GOAL, goal="ux", goal_not=["graphic"]),
            T("I already know figma and adobe illustrator", SKILLS, skills=["illustrator"]),
            T("ok what's the plan then", PLAN, plan=True),
        ],
        split="tune",
    ),
    D(
        "en-v10n-network-basics-25",
        ["search", "level", "area_network"],
        [
            T(
                "is there a course on networking that's not too advanced, I only know the basics",
                SEARCH,
                cite_any=_N10_NET,
            )
        ],
        split="tune",
    ),
    D(
        "en-v10n-machinist-26",
        ["third_person", "vague"],
        [
            T(
                "My client is 52, was a machinist for 30 years, factory closed. He's never used a computer "
                "much. Where could he start?",
                EXPLORE + SEARCH + PLAN,
                goal_not=["machinist"],
            )
        ],
        split="tune",
    ),
]

# v11-frozen (session 11, third blind frozen batch): written without reading the assistant's code, rules,
# tests, classifier lines, evaluation results or any earlier frozen dialogue (sources: docs/, the catalogue,
# the taxonomy, the notation of the session-10 tune blocks), committed before any run; the lead scores it
# once at the end. Ids `<lang>-v11f-…`, tag `v11_frozen`, split frozen. Course lists in `v11f_lists.py`.
import v11f_lists as _V11  # noqa: E402

DIALOGUES += [
    D(
        "en-v11f-laidoff-shop-01",
        ["v11_frozen", "vague", "lost_job", "constraint_time", "area_helpdesk"],
        [
            T(
                "got laid off last week from the shop i managed for 9 years. honestly no idea what comes "
                "next",
                _V11.OPENING + _V11.ROLE,
            ),
            T(
                "i was always the one fixing the tills and the wifi when it broke lol. i like that more "
                "than selling",
                _V11.ROLE_GOAL,
            ),
            T(
                "IT support sounds ok actually. what would i need",
                _V11.GOAL_PLAN,
                goal="helpdesk",
                goal_not=["shop", "retail", "sales"],
            ),
            T(
                "i can do like 2 hrs every evening",
                _V11.CONS_OR_REFINE + _V11.PLAN,
                hours=(12, 0.25),
                goal="helpdesk",
            ),
        ],
        split="frozen",
    ),
    D(
        "en-v11f-adviser-two-clients-02",
        ["v11_frozen", "third_person", "adviser", "constraint_budget", "area_data", "area_dlit"],
        [
            T(
                "Got two clients this morning. First one is 34, was a pharmacy assistant, wants to get into "
                "data analysis, about 6 hrs a week and a budget of around 1000 euros",
                _V11.GOAL_CONS,
                goal="data_analyst",
                goal_not=["pharmac"],
                hours=6,
                budget=(1000, "EUR"),
            ),
            T("what should she start with", _V11.START, cite_any=_V11.DATA),
            T(
                "ok the second one drove delivery vans for 20 years and has barely used email. "
                "he needs the very basics first",
                _V11.SEARCH + _V11.GOAL + _V11.EXPLORE + _V11.SKILLS,
                cite_any=_V11.DLIT,
            ),
        ],
        split="frozen",
    ),
    D(
        "en-v11f-hpc-phd-03",
        ["v11_frozen", "search", "student", "skip", "area_hpc"],
        [
            T(
                "finishing my physics phd and my simulations are slow as hell. anything on HPC or parallel "
                "programming?",
                _V11.SEARCH,
                cite_any=_V11.HPC,
            ),
            T(
                "the MPI one, do i need the intro course first? i've used the uni cluster for years",
                _V11.AFTER,
                cite_any=["padr-par-201", "padr-hpc-101"],
            ),
            T(
                "ok count the intro as done. what would a full path to the HPC certificate look like at "
                "about "
                "5 hours a week",
                _V11.PLAN + _V11.SKIP + _V11.CONS,
                hours=5,
                plan=True,
                plan_excl=["padr-hpc-101"],
            ),
        ],
        split="frozen",
    ),
    D(
        "en-v11f-college-microcred-04",
        ["v11_frozen", "educator", "named_course", "area_microcred"],
        [
            T(
                "I'm head of CPD at a further-ed college and we've been told to start offering "
                "micro-credentials. No idea how to design one properly tbh",
                _V11.GOAL + _V11.SEARCH + _V11.EXPLORE,
                cite_any=_V11.MICROCRED,
            ),
            T(
                "is the foundations one free? how long is it",
                _V11.PICK + _V11.SEARCH,
                cite_any=["aec-mcd-101"],
            ),
            T(
                "what can i do after it",
                _V11.AFTER,
                cite_any=[
                    "aec-outcomes-102",
                    "aec-online-201",
                    "aec-cert-dld",
                    "aec-needs-203",
                    "aec-scorm-202",
                ],
            ),
        ],
        split="frozen",
    ),
    D(
        "en-v11f-gcp-nonexistent-05",
        ["v11_frozen", "nonexistent", "followup", "area_cloudsec"],
        [
            T(
                "do you have the Google Cloud Professional Security Engineer cert",
                _V11.NAMED,
                cite_any=_V11.CLOUDSEC + _V11.CLOUD_EN,
            ),
            T("which of those is taught in english", _V11.WHICH + _V11.SEARCH, cite_any=_V11.CLOUD_EN),
            T("and the cheapest one?", _V11.WHICH, cite_min=1),
        ],
        split="frozen",
    ),
    D(
        "en-v11f-mum-return-06",
        ["v11_frozen", "returning_parent", "constraint_budget", "constraint_participation", "area_data"],
        [
            T(
                "hi!! mum of 3, been at home 6 yrs, used to do admin in an accounts office. kids are all at "
                "school now and i want back in, maybe something with data? only have school hours, "
                "like 15 a week, and can't spend much, 300 quid max",
                _V11.GOAL_CONS + _V11.SKILLS,
                goal=["data"],
                goal_not=["admin", "account"],
                hours=15,
                budget=(300, "GBP"),
            ),
            T("go on then show me a plan", _V11.PLAN, plan=True, plan_cost=(300, "GBP")),
            T(
                "are they all online? i can't really travel",
                _V11.CONS + _V11.CHEAPER + _V11.PICK,
                part=["online"],
            ),
        ],
        split="frozen",
    ),
    D(
        "en-v11f-isp-aiops-07",
        ["v11_frozen", "skills", "named_course", "constraint_deadline", "area_ainet"],
        [
            T(
                "network engineer at an ISP for 7 years, cisco routing and switching, a bit of python. want "
                "to "
                "move towards the AI side of network ops, AIOps or whatever they call it now",
                _V11.GOAL + _V11.SKILLS + _V11.SEARCH,
                goal="ainet",
            ),
            T(
                "is the AI-Driven Network Operations course enough on its own or is there a proper cert",
                _V11.AFTER,
                cite_any=["ccna-aiops-301", "ccna-cert-netops", "lcsi-cert-ainet"],
            ),
            T(
                "plan me towards the certificate then, 4h a week, done by september",
                _V11.PLAN + _V11.CONS,
                plan=True,
                hours=4,
                deadline=_V11.SEPTEMBER,
            ),
        ],
        split="frozen",
    ),
    D(
        "en-v11f-btech-free-08",
        ["v11_frozen", "student", "constraint_budget", "slang", "area_cloudsec"],
        [
            T(
                "btech 3rd yr cse, want to get into cloud security. free stuff only for now im broke lol",
                _V11.GOAL + _V11.SEARCH + _V11.CONS + _V11.PLAN,
                goal="cloudsec",
                budget=(0, "INR"),
            ),
            T(
                "ok whats the first step",
                _V11.START,
                cite_any=[
                    "hrd-cloud-101",
                    "glcc-safe-104",
                    "ccna-net-101",
                    "lit-prog-101",
                    "glcc-solve-105",
                    "bvca-awareness-101",
                    "inl-securite-103",
                    "glcc-dl-101",
                ],
            ),
            T("how many hours is that one", _V11.PICK, cite_min=1),
        ],
        split="frozen",
    ),
    D(
        "en-v11f-fullstack-compare-09",
        ["v11_frozen", "compare", "named_course", "area_web"],
        [
            T(
                "Front-End Web Development vs Building Web APIs, which should I do first if I want to be a "
                "full stack dev",
                _V11.COMPARE + _V11.START + _V11.GOAL,
                cite_any=["lit-web-201", "lit-api-204"],
                cite_min=2,
            ),
            T(
                "and the typescript one, what do i need before that",
                _V11.AFTER,
                cite_any=["lit-fw-203", "lit-web-201"],
            ),
            T("is there a certificate that covers all of them", _V11.AFTER, cite_any=["lit-cert-web"]),
        ],
        split="frozen",
    ),
    D(
        "en-v11f-sister-dpo-10",
        ["v11_frozen", "third_person", "languages", "area_dgov"],
        [
            T(
                "my sister works in compliance at a bank and keeps saying she wants to be a data protection "
                "officer. she reads french fine if that helps. where should she start",
                _V11.GOAL_PLAN + _V11.SEARCH,
                goal="dpo",
                goal_not=["bank"],
                langs=["fr"],
                cite_any=_V11.DGOV,
            ),
            T(
                "roughly how long would the whole DPO certificate take her at 3 hrs a week",
                _V11.PLAN + _V11.EXPLAIN + _V11.REQ + _V11.CONS,
                cite_any=["inl-cert-gouv", "inl-dpo-201", "inl-rgpd-101"],
            ),
        ],
        split="frozen",
    ),
    D(
        "en-v11f-rain-linux-11",
        ["v11_frozen", "off_topic", "search", "languages", "area_sysadmin"],
        [
            T("ugh its raining again in manchester", _V11.OFF, dead_ok=True),
            T(
                "anyway. need to learn linux for work, boss wants me to take over the servers",
                _V11.SEARCH + _V11.GOAL,
                cite_any=_V11.SYSADMIN,
            ),
            T(
                "any in english? i only speak english",
                _V11.REFINE + _V11.SEARCH + _V11.CONS,
                langs=["en"],
                cite_any=["hrd-iac-202", "glcc-sys-202", "ccna-ops-205", "glcc-help-201"],
            ),
        ],
        split="frozen",
    ),
    D(
        "en-v11f-ml-typos-12",
        ["v11_frozen", "typo", "skip", "why", "area_ai"],
        [
            T(
                "wat do i need to becum a machine lerning engineer, i know python n some stats",
                _V11.GOAL_PLAN + _V11.SKILLS,
                goal="ml",
            ),
            T("thats a lot. whats the quickest route", _V11.CHEAPER, plan=True),
            T(
                "skip the AI Foundations one, did it already",
                _V11.SKIP + _V11.SKILLS,
                held=["diaa-ai-101"],
                plan=True,
                plan_excl=["diaa-ai-101"],
            ),
            T(
                "why is the maths one before the ml course",
                _V11.WHY + _V11.REQ,
                cite_any=["diaa-math-102", "diaa-ml-201"],
            ),
        ],
        split="frozen",
    ),
    D(
        "en-v11f-grandad-13",
        ["v11_frozen", "third_person", "digital_literacy", "area_dlit"],
        [
            T(
                "my grandad is 71 and wants to video call us and do his banking online. anything for total "
                "beginners? he'd rather go somewhere in person than do it on a screen",
                _V11.SEARCH + _V11.GOAL,
                cite_any=["glcc-dl-101", "glcc-comm-102", "glcc-safe-104", "glcc-solve-105", "glcc-cert-df"],
            ),
            T("is it free", _V11.PICK + _V11.SEARCH, cite_min=1),
            T("and once he's done that, what next", _V11.AFTER + _V11.PLAN, cite_any=_V11.DLIT_EN),
        ],
        split="frozen",
    ),
]

# v11-dlg (session 11, reply/policy round): whole conversations written before reading the policy files and
# committed before any run: life events (a job lost in retail or at a car plant, back after parental leave,
# months unemployed) answered over several turns, career changers naming an area, advisers with several
# clients, follow-ups only meaningful in context ("is there anything I can skip?", "which one is shortest",
# "anything cheaper?", "what if I only had weekends", "ok do that"), named courses (partial, misspelt,
# nonexistent) and questions about a plan step. Area lists in `v11d_lists.py`. For tune.
import v11d_lists as _L11  # noqa: E402
from dates import FEBRUARY as _FEB11  # noqa: E402

DIALOGUES += [
    D(
        "en-v11d-retail-layoff-01",
        ["life_event", "vague", "implied_plan", "area_helpdesk"],
        [
            T(
                "I lost my job in retail last month and honestly i dont know what to do now",
                EXPLORE,
                goal_not=["retail", "sales", "shop"],
            ),
            T(
                "i was always the one fixing the tills and the card machines when they broke. maybe "
                "something with computers?",
                GOAL + EXPLORE + SEARCH,
                goal_not=["retail", "sales", "shop"],
            ),
            T(
                "ok IT support sounds good. I can do about 6 hours a week, cant spend much",
                GOAL + CONS,
                goal="helpdesk",
                hours=6,
            ),
            T("so what would i do first", PLAN, plan=True, cite_any=_L11.HELPDESK_START),
        ],
        split="tune",
    ),
    D(
        "en-v11d-parental-leave-02",
        ["life_event", "search", "followup", "area_office"],
        [
            T(
                "back to work after 2 years of parental leave, I was an office administrator. everything "
                "moved online while I was away and I feel behind with computers",
                EXPLORE + SEARCH + GOAL,
                goal_not=["parent"],
            ),
            T(
                "mostly spreadsheets and the online collaboration stuff, teams, shared docs",
                SEARCH,
                cite_any=_L11.OFFICE,
            ),
            T("which one is shortest", SELECT + COMPARE, cite_any=_L11.OFFICE),
            T("is it free?", SELECT, cite_min=1),
        ],
        split="tune",
    ),
    D(
        "en-v11d-web-skip-03",
        ["plan", "skip", "apply", "area_web"],
        [
            T(
                "I want to become a web developer, I have about 8 hours a week",
                GOAL + CONS,
                goal="web",
                hours=8,
            ),
            T("show me the plan", PLAN, plan=True),
            T(
                "is there anything I can skip? I already know basic python from uni",
                SKIP + SKILLS + REFINE + PLAN,
                plan=True,
                plan_excl=["lit-prog-101"],
            ),
            T("ok do that", APPLY + PLAN, plan=True),
        ],
        split="tune",
    ),
    D(
        "en-v11d-gdpr-shortest-04",
        ["search", "followup", "cross_language", "area_dpo"],
        [
            T("any courses about GDPR? I handle customer data at work", SEARCH, cite_any=_L11.DPO),
            T("which one is shortest", SELECT + COMPARE, cite_any=_L11.DPO),
            T(
                "are any of them in english? my french is school level",
                SEARCH + CONS + REFINE + SELECT,
                cite_any=["diaa-resp-205"],
            ),
        ],
        split="tune",
    ),
    D(
        "en-v11d-coach-cheaper-05",
        ["third_person", "life_event", "refine", "area_cyber"],
        [
            T(
                "I'm a job coach. client: 34, former retail supervisor, wants to get into cybersecurity, "
                "can study 10h/week, budget around 1500 euros",
                GOAL + CONS,
                goal="cyber",
                goal_not=["retail", "supervisor"],
                hours=10,
                budget=(1500, "EUR"),
            ),
            T("make a plan for her", PLAN, plan=True),
            T(
                "anything cheaper? the jobcentre only covers 800",
                REFINE + CONS,
                budget=(800, "EUR"),
                plan=True,
                cheaper=True,
            ),
            T(
                "what if she only had weekends, like 5 hours",
                REFINE + CONS,
                hours=5,
                plan=True,
            ),
        ],
        split="tune",
    ),
    D(
        "en-v11d-google-cyber-06",
        ["nonexistent", "followup", "area_cyber"],
        [
            T(
                "do you have the Google Cybersecurity Certificate",
                EXPLAIN + SEARCH,
                cite_any=_L11.CYBER_START,
            ),
            T(
                "ok whats the closest you have for a beginner",
                SEARCH + SELECT,
                cite_any=_L11.CYBER_START,
            ),
            T("how much does that one cost", SELECT, cite_min=1),
        ],
        split="tune",
    ),
    D(
        "en-v11d-dwh-typo-07",
        ["named_course", "typo", "followup", "area_de"],
        [
            T("tell me about the Data Warehose Design course", EXPLAIN + SEARCH, cite_any=["nda-dwh-202"]),
            T("what do i need before it", REQ, cite_any=["nda-model-102"]),
            T("is it part of some certificate", EXPLAIN + REQ, cite_any=["nda-cert-de"]),
        ],
        split="tune",
    ),
    D(
        "en-v11d-hpc-partial-08",
        ["named_course", "partial", "followup", "area_hpc"],
        [
            T("the intro to HPC one, is it free?", EXPLAIN + SELECT + SEARCH, cite_any=["padr-hpc-101"]),
            T(
                "and what comes after it if I want to do GPU stuff",
                REQ + EXPLAIN + PLAN,
                cite_any=["padr-par-201", "padr-gpu-301"],
            ),
        ],
        split="tune",
    ),
    D(
        "en-v11d-chef-data-09",
        ["career_change", "implied_plan", "area_data"],
        [
            T(
                "im a chef for 12 years, knees are done, want to retrain in something with data",
                GOAL + EXPLORE,
                goal="data_analyst",
                goal_not=["chef", "cook"],
            ),
            T("I can do evenings, like 1 hour on weekdays", CONS, hours=(5, 0.3)),
            T("whats the plan", PLAN, plan=True, cite_any=_L11.DATA_START),
        ],
        split="tune",
    ),
    D(
        "en-v11d-elearning-coordinator-10",
        ["current_role", "plan", "area_microcred"],
        [
            T(
                "I work as an e-learning coordinator at a college and want to learn how to design "
                "micro-credentials properly",
                GOAL + SEARCH,
                cite_any=_L11.MICROCRED,
            ),
            T("put together a plan for me, 3 hours a week", PLAN + CONS, plan=True, hours=3),
            T("which step is the longest", SELECT + COMPARE + EXPLAIN, cite_min=1),
        ],
        split="tune",
    ),
    D(
        "en-v11d-sysadmin-weekends-11",
        ["current_role", "refine", "area_cloud"],
        [
            T(
                "I want to get into cloud computing, I'm a sysadmin, mostly linux",
                GOAL + SKILLS,
                goal="cloud",
                goal_not=["system administrator", "sysadmin"],
            ),
            T("plan please, about 6h a week", PLAN + CONS, plan=True, hours=6),
            T("what if I only had weekends", REFINE + CONS),
            T("say 8 hours on saturdays", CONS + REFINE, hours=8, plan=True),
        ],
        split="tune",
    ),
    D(
        "en-v11d-de-stepq-12",
        ["plan", "step_question", "area_de"],
        [
            T(
                "I'd like to be a data engineer, I know SQL already. 5 hrs a week",
                GOAL + SKILLS + CONS,
                goal="de",
                hours=5,
            ),
            T("plan it out for me", PLAN, plan=True),
            T("what's the second step about exactly", SELECT + EXPLAIN, cite_min=1),
            T("why is that one before the others", WHY, cite_min=1),
        ],
        split="tune",
    ),
    D(
        "en-v11d-netadmin-skip-13",
        ["plan", "skip", "apply", "area_network"],
        [
            T("want to become a network admin, 6h/week", GOAL + CONS, goal="netadmin", hours=6),
            T("go ahead and plan it", PLAN, plan=True),
            T(
                "skip the first one, I did Networking Fundamentals last year",
                SKIP,
                held=["ccna-net-101"],
                not_rejected=["ccna-net-101"],
                plan=True,
                plan_excl=["ccna-net-101"],
            ),
            T("ok do that", APPLY + PLAN, plan=True),
        ],
        split="tune",
    ),
    D(
        "en-v11d-adviser-two-clients-14",
        ["third_person", "several_clients", "area_helpdesk", "area_data"],
        [
            T(
                "I've got three clients today. first one, Maria, ex-cashier, wants help desk work, 5 hours "
                "a week",
                GOAL + CONS,
                goal="helpdesk",
                goal_not=["cashier"],
                hours=5,
            ),
            T("what should she start with", PLAN + SEARCH + SELECT, cite_any=_L11.HELPDESK),
            # session 26 (lead trial 22): one client's profile per chat; another client named never
            # changes the current one's goal, limits or plan (was: Tom's goal saved over Maria's); session 29
            # (advisers29): Tom gets a fresh profile of his own, Maria's kept for the return
            T(
                "ok next client, Tom, a warehouse team lead who wants to go into data analysis, no budget "
                "limit, 8 hours",
                SMALL + GOAL + CONS + PLAN,
                goal="data_analyst",
                goal_not="helpdesk",
            ),
            T("fine, back to Maria then - her plan again", PLAN, plan=True, cite_any=_L11.HELPDESK),
        ],
        split="tune",
    ),
    D(
        "en-v11d-car-plant-15",
        ["life_event", "vague", "area_ai"],
        [
            T(
                "got laid off from the car plant after 15 years. they offer retraining money. i liked "
                "working with the robots on the line",
                EXPLORE + GOAL,
                goal_not=["car", "assembl", "factory"],
            ),
            T(
                "yeah maybe something with AI or automation, i did some PLC programming",
                GOAL + SKILLS,
                goal="ai",
            ),
            T("how long would that take at 10 hours a week", PLAN + CONS, plan=True, hours=10),
        ],
        split="tune",
    ),
    D(
        "en-v11d-ml-cheaper-16",
        ["search", "refine", "followup", "area_ml"],
        [
            T("courses on machine learning", SEARCH, cite_any=_L11.ML),
            T("anything cheaper?", REFINE + SEARCH, cite_any=_L11.ML_CHEAP + ["diaa-ml-201"]),
            T(
                "is the free one any good, who runs it",
                SELECT + EXPLAIN,
                cite_any=["diaa-ai-101", "ual-ia-101"],
            ),
        ],
        split="tune",
    ),
    D(
        "en-v11d-aws-english-17",
        ["nonexistent", "language", "area_cloud"],
        [
            T(
                "what do you know about the AWS Certified Cloud Practitioner",
                EXPLAIN + SEARCH,
                cite_any=_L11.CLOUD_EN + _L11.CLOUD_DE_ONLY,
            ),
            T(
                "in english please, I dont speak german",
                CONS + REFINE + SEARCH,
                study_lang=["en"],
                cite_any=_L11.CLOUD_EN,
                cite_none=_L11.CLOUD_DE_ONLY,
            ),
        ],
        split="tune",
    ),
    D(
        "en-v11d-teacher-coding-18",
        ["current_role", "search", "followup", "area_teacher"],
        [
            T(
                "I teach year 9 and our school wants us to teach coding from next year, I have zero "
                "background",
                GOAL + SEARCH + EXPLORE + PLAN,
                cite_any=_L11.TEACH_CODE,
            ),
            T("what would you do first", PLAN + SELECT, cite_any=_L11.TEACH_CODE),
            T("and the one after that?", SELECT + PLAN + REQ, cite_min=1),
        ],
        split="tune",
    ),
    D(
        "en-v11d-free-only-19",
        ["budget", "plan", "area_data"],
        [
            T("i want to be a data analyst but i have basically no money", GOAL + CONS, goal="data_analyst"),
            T(
                "show me a plan with free stuff only",
                PLAN + CONS,
                plan=True,
                plan_cost=(0, "EUR"),
            ),
        ],
        split="tune",
    ),
    D(
        "en-v11d-mum-phone-20",
        ["third_person", "search", "language", "participation", "area_dlit"],
        [
            T(
                "my mum is 63 and wants to learn to use her phone and email properly, anything for her?",
                SEARCH,
                cite_any=_L11.DLIT,
            ),
            T("she only speaks spanish actually", CONS + REFINE + SEARCH, cite_any=_L11.DLIT_ES),
            T(
                "and in person if possible, she wont do online",
                CONS + REFINE + SEARCH,
                cite_any=["glcc-alfab-108"],
            ),
        ],
        split="tune",
    ),
    D(
        "en-v11d-receptionist-21",
        ["career_change", "vague", "apply", "area_helpdesk"],
        [
            T(
                "I've been a receptionist at a dental clinic for 6 years, want something in IT but not sure "
                "what. I like solving problems",
                EXPLORE + GOAL,
                goal_not=["receptionist"],
            ),
            T("help desk maybe? whats involved", GOAL + EXPLAIN + SEARCH, cite_any=_L11.HELPDESK),
            T(
                "ok lets do that, 4 hours a week",
                GOAL + PLAN + CONS + APPLY,
                goal="helpdesk",
                hours=4,
                plan=True,
            ),
        ],
        split="tune",
    ),
    D(
        "en-v11d-cloudsec-english-22",
        ["plan", "language", "refine", "area_cloudsec"],
        [
            T(
                "goal: cloud security engineer. know networking basics. 10h per week",
                GOAL + SKILLS + CONS,
                goal="cloudsec",
                hours=10,
            ),
            T("plan", PLAN, plan=True),
            T("the german ones, are they taught in english too?", SELECT + EXPLAIN + SEARCH, cite_min=1),
            T("i only speak english", CONS + REFINE, plan=True, plan_langs=["en"]),
        ],
        split="tune",
    ),
    D(
        "en-v11d-pentest-vs-soc-23",
        ["compare", "named_course", "followup", "area_cyber"],
        [
            T(
                "Penetration Testing Foundations vs Security Operations Fundamentals - which is better for "
                "a total beginner",
                COMPARE,
                cite_any=["bvca-soc-101"],
            ),
            T("what does the SOC one lead to", EXPLAIN + REQ, cite_any=_L11.SOC_AFTER),
            T("how many hours is it", SELECT + EXPLAIN, cite_any=["bvca-soc-101"]),
        ],
        split="tune",
    ),
    D(
        "en-v11d-unemployed-24",
        ["life_event", "vague", "implied_plan", "area_data"],
        [
            T(
                "been unemployed 8 months, applying everywhere, nothing. what should I learn to get hired",
                EXPLORE,
            ),
            T("I used to do admin and bookkeeping", SKILLS + EXPLORE + GOAL, goal_not=["bookkeep", "admin"]),
            T("data sounds ok, excel and that", GOAL + SEARCH + EXPLORE),
            T("ok what would the first few steps be", PLAN, plan=True, cite_any=_L11.DATA),
        ],
        split="tune",
    ),
    D(
        "en-v11d-nlp-typo-25",
        ["search", "typo", "followup", "area_ml"],
        [
            T("natual langauge procesing course?", SEARCH, cite_any=_L11.NLP),
            T("what do I need to know before", REQ, cite_any=_L11.NLP_BEFORE),
            T("thats a lot. whats the total cost of getting there", REQ + PLAN + EXPLAIN, cite_min=1),
        ],
        split="tune",
    ),
    D(
        "en-v11d-sql-february-26",
        ["search", "deadline", "followup", "area_data"],
        [
            T(
                "need something on SQL before my new job starts in february",
                SEARCH + CONS,
                cite_any=_L11.SQL,
                deadline=_FEB11,
            ),
            T("the shortest one", SELECT, cite_min=1),
            T("is it online", SELECT, cite_min=1),
        ],
        split="tune",
    ),
]

# v11-dlg, second part (session 11, written after the round's fixes, before any run on it): new whole
# conversations in other words, scored once before and after the round as a held-out check of the fixes (not
# blind: the writer had read the policy files by then). For tune.
DIALOGUES += [
    D(
        "en-v11d-h01-redundant-teacher",
        ["life_event", "implied_plan", "area_data"],
        [
            T(
                "school closed down and im out of a job after 9 years teaching geography. i liked the "
                "spreadsheet side of the job more than the teaching tbh",
                EXPLORE + GOAL + SKILLS,
                goal_not=["geograph", "teacher"],
            ),
            T("data analysis then? is that realistic", GOAL + EXPLORE + EXPLAIN, goal="data_analyst"),
            T("fine. I can put in 7 hours a week, what's step one", PLAN + CONS, plan=True, hours=7),
        ],
        split="tune",
    ),
    D(
        "en-v11d-h02-list-longest",
        ["search", "followup", "area_network"],
        [
            T("network security courses?", SEARCH, cite_any=_L11.NETWORK + _L11.CYBER),
            T("which of them is the longest", SELECT + COMPARE, cite_min=1),
            T("and the cheapest one?", SELECT + COMPARE + REFINE, cite_min=1),
        ],
        split="tune",
    ),
    D(
        "en-v11d-h03-plan-leave-out",
        ["plan", "skip", "area_web"],
        [
            T("goal is front end developer, I have 5 h a week", GOAL + CONS, goal="web", hours=5),
            T(
                "can I leave any of this out? I've been doing javascript for a year",
                SKIP + SKILLS + REFINE,
                plan=True,
            ),
            T("alright do it", APPLY + PLAN, plan=True),
        ],
        split="tune",
    ),
    D(
        "en-v11d-h04-adviser-time-question",
        ["third_person", "implied_plan", "area_cloud"],
        [
            T(
                "my client wants to become a cloud engineer, he used to drive delivery vans",
                GOAL,
                goal="cloud",
            ),
            T("what would it look like if he studied 8 hours a week?", PLAN + CONS, plan=True, hours=8),
            T("she- sorry he can only do online", REFINE + CONS, plan=True, part=["online"]),
        ],
        split="tune",
    ),
    D(
        "en-v11d-h05-azure",
        ["nonexistent", "followup", "area_cloud"],
        [
            T(
                "have you got Azure Fundamentals AZ-900?",
                EXPLAIN + SEARCH,
                cite_any=_L11.CLOUD_EN + _L11.CLOUD_DE_ONLY,
            ),
            T("ok, english ones only please", CONS + REFINE + SEARCH, cite_any=_L11.CLOUD_EN),
        ],
        split="tune",
    ),
    D(
        "en-v11d-h06-grandad",
        ["third_person", "language", "area_dlit"],
        [
            T("anything to help my grandad get online? he's 78", SEARCH + EXPLORE, cite_any=_L11.DLIT),
            T(
                "he only speaks french",
                CONS + REFINE + SEARCH,
                cite_any=["inl-pix-101", "inl-citoyen-102", "inl-securite-103"],
            ),
        ],
        split="tune",
    ),
    D(
        "en-v11d-h07-sounds-good",
        ["vague", "approval", "area_cyber"],
        [
            T("I'm bored in my admin job and want to do something new in tech", EXPLORE, goal_not=["admin"]),
            T(
                "security sounds good actually, i could give it about 4 hours a week",
                GOAL + CONS,
                goal="cyber",
                hours=4,
            ),
        ],
        split="tune",
    ),
    D(
        "en-v11d-h08-ects-q",
        ["named_course", "followup", "area_de"],
        [
            T("tell me about Building Reliable Data Pipelines", EXPLAIN, cite_any=["nda-etl-201"]),
            T("how many ECTS?", SELECT + EXPLAIN, cite_any=["nda-etl-201"]),
            T("and what do I need first", REQ, cite_any=["nda-de-101"]),
        ],
        split="tune",
    ),
]

# v12-frozen (session 12, fourth blind frozen batch): written in one sitting without reading the
# assistant's code or rules, any result, or any other frozen dialogue; never run by its writer. Course
# lists and deadline windows in `v12f_lists.py`. Split frozen.
import v12f_lists as _L12  # noqa: E402

_ESCO_SKILL = "http://data.europa.eu/esco/skill/"
_ESCO_OCC = "http://data.europa.eu/esco/occupation/"

DIALOGUES += [
    D(
        "en-v12f-bus-driver-01",
        ["v12_frozen", "vague", "life_event", "implied_plan", "area_helpdesk"],
        [
            T(
                "been driving buses 15 yrs, shifts all over the place and my back is killing me. nephew says "
                "i should do something with computers but idk where to even start",
                EXPLORE + GOAL + SEARCH,
                goal_not=["driver"],
            ),
            T(
                "i like fixing stuff tbh, im the one sorting out everyones phones and the ticket machines at "
                "the depot lol",
                EXPLORE + GOAL + SEARCH + SKILLS,
                goal_not=["driver"],
            ),
            T(
                "ok the IT support thing then. only got sundays, like 3-4 hrs",
                GOAL + CONS,
                goal="helpdesk",
                hours=(3.5, 0.2),
            ),
            T("go on then whats step 1", PLAN + SELECT + REQ, cite_any=_L12.HELPDESK),
        ],
        split="frozen",
    ),
    D(
        "en-v12f-army-leaver-02",
        ["v12_frozen", "runon", "life_event", "skip", "area_cyber"],
        [
            T(
                "so im leaving the army in april after 9 years royal signals mostly radios and a bit of "
                "network kit and i want to get into cyber security probably like a SOC analyst type job the "
                "resettlement grant is about 2000 pounds and i can do it full time from may",
                GOAL + CONS,
                goal="cyber",
                goal_not=["radio", "signal", "soldier", "army"],
                budget=(2000, "GBP"),
            ),
            T(
                "what would that look like then, course by course",
                PLAN,
                plan=True,
                plan_incl=_L12.CYBER,
                plan_cost=(2000, "GBP"),
            ),
            T(
                "skip the first one, did loads of that in the forces",
                SKIP + SKILLS,
                held_prev_step=1,
                plan_excl_prev_step=1,
            ),
        ],
        split="frozen",
    ),
    D(
        "en-v12f-pharmacist-ai-03",
        ["v12_frozen", "named_course", "eqf", "compare", "area_ai"],
        [
            T(
                "Hi, community pharmacist here (8 yrs). Curious about AI in healthcare, not a programmer "
                "at all. Two questions: is your AI Foundations course actually free, and what EQF level "
                "is it?",
                EXPLAIN + REQ + SELECT + SEARCH,
                cite_any=["diaa-ai-101"],
            ),
            T(
                "and after that one, what would be the next step if I wanted to actually build models "
                "myself?",
                REQ + EXPLAIN + PLAN + SEARCH,
                cite_any=["diaa-ml-201", "diaa-math-102", "diaa-cert-aml"],
            ),
            T(
                "Mathematics for Machine Learning vs AI Foundations - which one is harder?",
                COMPARE + EXPLAIN,
                cite_any=["diaa-math-102", "diaa-ai-101"],
                cite_min=2,
            ),
        ],
        split="frozen",
    ),
    D(
        "en-v12f-mum-gamer-son-04",
        ["v12_frozen", "third_person", "vague", "free", "area_web"],
        [
            T(
                "my son is 17 and does nothing but play games all day, hes good with computers tho. is there "
                "anything that could turn that into an actual job? web stuff maybe",
                EXPLORE + GOAL + SEARCH,
                goal_not=["game", "player"],
            ),
            T("he has no money obviously so free things only", CONS + REFINE + SEARCH),
            T(
                "so whats free to get him started with web development",
                SEARCH + PLAN + REFINE,
                cite_any=["lit-prog-101", "glcc-code-107"],
            ),
        ],
        split="frozen",
    ),
    D(
        "en-v12f-cka-05",
        ["v12_frozen", "nonexistent", "named_course", "prerequisites", "area_cloud"],
        [
            T(
                "do u have the certified kubernetes administrator thing",
                EXPLAIN + SEARCH,
                cite_any=_L12.CLOUD + _L12.SYSADMIN,
            ),
            T(
                "what about Virtualisierung und Container Plattformen, is that one in english?",
                EXPLAIN + SELECT,
                cite_any=["hrd-virt-201"],
            ),
            T("what do i need before it", REQ, cite_any=["hrd-linux-101"]),
        ],
        split="frozen",
    ),
    D(
        "en-v12f-librarian-fair-06",
        ["v12_frozen", "search", "recognition", "area_dgov"],
        [
            T(
                "Librarian at a university here, they've just made me responsible for our research data "
                "management policy (FAIR etc). What courses would actually help?",
                SEARCH + GOAL + PLAN,
                cite_any=_L12.DGOV,
            ),
            T(
                "is the FAIR principles one recognised by anyone? who checks the quality",
                EXPLAIN + SELECT,
                cite_any=["padr-fair-203"],
            ),
            T(
                "what else would pair well with it for the data governance side",
                SEARCH + PLAN + EXPLAIN + REQ,
                cite_any=_L12.DGOV,
            ),
        ],
        split="frozen",
    ),
    D(
        "en-v12f-care-worker-polish-07",
        ["v12_frozen", "languages_spoken", "free", "select", "area_dlit"],
        [
            T(
                "im polish, work in a care home in leeds. i speak polish and english, reading english is ok. "
                "want basic computer skills so i can do the online trainings at work without asking my "
                "daughter every time",
                SEARCH + SKILLS + GOAL + EXPLORE,
                langs=["pl", "en"],
            ),
            T(
                "something free pls, i only have my phone and maybe 30 min a day",
                REFINE + CONS + SEARCH,
                hours=(3, 0.25),
                cite_any=_L12.DLIT_FREE,
            ),
            T("the 2nd one how long does it take", SELECT, cite_min=1),
        ],
        split="frozen",
    ),
    D(
        "en-v12f-adviser-travel-agent-08",
        ["v12_frozen", "third_person", "constraint_deadline", "language_limit", "area_data"],
        [
            T(
                "Adviser here, client Priya, 29, ex-travel agent. Wants to become a data analyst, 10 h/week, "
                "budget £1,500, finished by Christmas next year.",
                GOAL + CONS,
                goal="data_analyst",
                goal_not=["travel"],
                hours=10,
                budget=(1500, "GBP"),
                deadline=_L12.XMAS_NEXT_YEAR,
            ),
            T(
                "plan for her pls",
                PLAN,
                plan=True,
                plan_incl=_L12.DATA,
                plan_hours=10,
                plan_cost=(1500, "GBP"),
            ),
            T(
                "she only reads english btw, no spanish",
                CONS + REFINE + PLAN,
                plan=True,
                plan_langs=["en"],
            ),
        ],
        split="frozen",
    ),
    D(
        "en-v12f-genomics-slurm-09",
        ["v12_frozen", "search", "prerequisites", "ects", "area_hpc"],
        [
            T(
                "lab tech in a genomics lab, our pipelines run on the uni cluster and im sick of not "
                "understanding slurm. anything on HPC / job scheduling?",
                SEARCH,
                cite_any=_L12.HPC,
            ),
            T("Cluster Resource Management - whats the prerequisite?", REQ, cite_any=["padr-hpc-101"]),
            T(
                "how many ects are the two together and what do they cost",
                EXPLAIN + REQ + COMPARE,
                cite_any=["padr-sched-302", "padr-hpc-101"],
            ),
        ],
        split="frozen",
    ),
    D(
        "en-v12f-mind-change-10",
        ["v12_frozen", "change_of_mind", "plan", "area_de"],
        [
            T("want to become a cloud engineer. 5 hrs a week", GOAL + CONS, goal="cloud", hours=5),
            T(
                "actually no scrap that, my manager says the money is in data engineering",
                GOAL,
                goal="de",
                goal_not=["cloud"],
            ),
            T("ok plan it", PLAN, plan=True, plan_incl=_L12.DE, plan_hours=5),
        ],
        split="frozen",
    ),
    D(
        "en-v12f-fe-lecturer-cert-total-11",
        ["v12_frozen", "certificate_totals", "named_course", "area_microcred"],
        [
            T(
                "Im an FE lecturer and the college wants us to start offering micro-credentials. How much "
                "does the whole Certificate in Digital Learning and Micro-Credential Design cost all in, "
                "and how long would it take at ~4 hrs a week?",
                REQ + EXPLAIN + PLAN,
                cite_any=_L12.DLD_CERT_PARTS,
            ),
            T("which bit do I do first", REQ + PLAN + SELECT, cite_any=["aec-mcd-101", "aec-needs-203"]),
            T(
                "and the training needs analysis one, do i need it for the cert or is it optional",
                EXPLAIN + REQ,
                cite_any=["aec-needs-203"],
            ),
        ],
        split="frozen",
    ),
    D(
        "en-v12f-returning-web-12",
        ["v12_frozen", "stored_profile", "held", "refine", "why", "area_web"],
        [
            T(
                "hey im back. finished the python fundamentals course last month!! whats next on my plan",
                SKILLS + PLAN + SKIP + REQ,
                held=["lit-prog-101"],
                plan=True,
                plan_excl=["lit-prog-101"],
                plan_incl=_L12.WEB,
            ),
            T("can it be cheaper", REFINE, plan=True, cheaper=True),
            T("why that order tho", WHY, cite_min=1),
        ],
        profile={
            "id": "v12f-returning-web",
            "name": "Callum",
            "skills": [
                {
                    "uri": _ESCO_SKILL + "1973c966-f236-40c9-b2d4-5d71a89019be",
                    "label": "use spreadsheets software",
                    "level": "intermediate",
                    "source": "self-declared",
                }
            ],
            "credentials": [],
            "goal": {
                "occupation_uri": _ESCO_OCC + "c40a2919-48a9-40ea-b506-1f34f693496d",
                "label": "web developer",
                "skills": [],
                "job_advert": None,
            },
            "constraints": {
                "hours_per_week": 6,
                "weeks": None,
                "deadline": None,
                "budget": 1500,
                "currency": "EUR",
                "languages": [],
                "participation": [],
                "max_eqf": None,
                "providers": [],
                "countries": [],
            },
            "preferences": {"prefer_stacks": True, "pinned": [], "rejected": []},
            "languages": ["en"],
            "version": 0,
        },
        split="frozen",
    ),
    D(
        "en-v12f-darts-aiops-13",
        ["v12_frozen", "off_topic", "current_role", "constraint_deadline", "area_ainet"],
        [
            T("who won the darts last night", OOS + SMALL),
            T(
                "haha fair enough. serious q, im a network engineer at an ISP and management keeps banging "
                "on about AIOps and intent based networking. where do i even start",
                SEARCH + GOAL + PLAN,
                cite_any=_L12.AINET,
            ),
            T(
                "could i get through the main bits by the end of Q1? 6h a week",
                CONS + REFINE + PLAN,
                deadline=_L12.END_Q1,
                hours=6,
            ),
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
        "en-v12u-card-01",
        ["named_course", "followup", "v12u"],
        [
            T("tell me about Network Security Essentials", EXPLAIN + SELECT, cite_any=["ccna-netsec-204"]),
            T(
                "and is that one online?",
                EXPLAIN + SELECT,
                cite_any=["ccna-netsec-204"],
                cite_none=["ccna-net-101"],
            ),
            T(
                "is it officially recognised?",
                EXPLAIN + SELECT,
                cite_any=["ccna-netsec-204"],
                cite_none=["ccna-net-101"],
            ),
            T(
                "is it also in German?",
                EXPLAIN + SELECT + SEARCH,
                cite_any=["hrd-cloudnet-203", "hrd-cloudsec-201", "hrd-iam-202", "hrd-cloud-101"],
            ),
        ],
        split="tune",
    ),
    D(
        "en-v12u-cert-02",
        ["certificate", "skip", "followup", "v12u"],
        [
            T(
                "what do I need for the Certificate in Database Administration?",
                REQ,
                cite_any=["nda-model-102", "nda-dba-201"],
            ),
            T(
                "skip Data Modelling Essentials, I did it",
                REQ + SKIP,
                held=["nda-model-102"],
                cite_any=["nda-dbphys-302"],
            ),
            T("so what's left and what does it cost", REQ + EXPLAIN, cite_any=["nda-dbphys-302"]),
            T(
                "and how long will the rest take at 5 hours a week",
                REQ + EXPLAIN + _CONS12,
                cite_any=["nda-dbphys-302"],
            ),
        ],
        split="tune",
    ),
    D(
        "en-v12u-pair-03",
        ["named_course", "compare", "followup", "v12u"],
        [
            T(
                "compare Networking Fundamentals and AI-Driven Network Operations",
                COMPARE,
                cite_any=["ccna-net-101", "ccna-aiops-301"],
            ),
            T(
                "how many hours is all of that together",
                EXPLAIN + COMPARE,
                cite_any=["ccna-aiops-301"],
                cite_none=["ccna-route-201"],
            ),
            T("what should I take in between then", EXPLAIN + PLAN, cite_any=["ccna-netmon-202"]),
            T(
                "which one should I do first if I'm a backend dev who knows Python",
                COMPARE + EXPLAIN,
                cite_any=["ccna-net-101"],
                cite_none=["glcc-code-107", "lit-prog-101"],
            ),
        ],
        split="tune",
    ),
    D(
        "en-v12u-plan-online-04",
        ["plan", "refine", "participation", "v12u"],
        [
            T(
                "I want to become a network engineer, I have 6 hours a week",
                GOAL + PLAN + _CONS12,
                goal="network",
                plan=True,
            ),
            T(
                "can we do it all remotely?",
                REFINE + _CONS12,
                plan=True,
                part=["online"],
                plan_part=["online"],
            ),
        ],
        split="tune",
    ),
    D(
        "en-v12u-interest-05",
        ["vague", "interest", "area_helpdesk", "v12u"],
        [
            T("I don't know what to learn", EXPLORE),
            T("I like helping people with their computer problems", GOAL + EXPLORE, goal="helpdesk"),
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
from dsl import SMALL as _SMALL13A

DIALOGUES += [
    D(
        "en-v13u-01",
        ["v13u", "voice_typed", "career_change", "refine", "area_data"],
        [
            T(
                "so basically im a postman right and they keep saying the rounds are going to be done by the "
                "parcel robots or whatever and my manager said i should look at something with data because "
                "i always do the spreadsheets for the depot so yeah what would i even do",
                _GOAL13A + _EXPLORE13A + _SKILLS13A,
                goal_not=["postman", "postal", "courier"],
            ),
            T(
                "data analyst sounds alright i guess. i can do maybe 5 hrs a week after shifts",
                _GOAL13A + _CONS13A,
                goal="data_analyst",
                hours=5,
            ),
            T("go on then give me the steps", _PLAN13A, plan=True, cite_any=_L13A.DATA_START),
            T(
                "bit pricey that, anything cheaper",
                _REFINE13A + _CONS13A,
                plan=True,
                cheaper=True,
            ),
        ],
        split="tune",
    ),
    D(
        "en-v13u-02",
        ["v13u", "third_person", "relative", "free_only", "area_dlit"],
        [
            T(
                "hiya, asking for my dad. he's 68, was an electrician his whole life, never touched a "
                "computer properly. he wants to video call the grandkids in Australia and do his own online "
                "banking without ringing me every time lol",
                _EXPLORE13A + _SEARCH13A + _GOAL13A,
                cite_any=_L13A.DLIT,
            ),
            T(
                "nothing too hard please and it has to be free, hes a pensioner",
                _CONS13A + _REFINE13A + _SEARCH13A,
                cite_any=["glcc-dl-101", "glcc-comm-102", "glcc-safe-104", "glcc-solve-105", "glcc-cert-df"],
            ),
            T("the online safety one sounds good, how long is it", _SELECT13A, cite_any=["glcc-safe-104"]),
        ],
        split="tune",
    ),
    D(
        "en-v13u-03",
        ["v13u", "named_course", "typo", "requirements", "certificate_total", "area_ml"],
        [
            T(
                "whats in Aplied Machine Lerning with Python? is it any good",
                _EXPLAIN13A + _SEARCH13A,
                cite_any=["diaa-ml-201"],
            ),
            T("do i need maths first or can i jump in", _REQ13A, cite_any=["diaa-ml-201", "diaa-math-102"]),
            T("and what after it", _REQ13A + _EXPLAIN13A + _PLAN13A, cite_any=_L13A.ML_AFTER),
            T(
                "how much is the whole postgrad certificate all in, and how many hours roughly",
                _EXPLAIN13A + _REQ13A,
                cite_any=["diaa-cert-aml"],
            ),
        ],
        split="tune",
    ),
    D(
        "en-v13u-04",
        ["v13u", "slang", "change_of_mind", "hours_per_day", "area_web"],
        [
            T(
                "ngl i wanna make websites, been streaming on twitch 2 yrs and my overlays are mid fr",
                _GOAL13A + _EXPLORE13A,
                goal="web",
            ),
            T(
                "wait nah actually the backend stuff, like APIs and databases, frontend is boring",
                _GOAL13A + _REFINE13A + _SEARCH13A,
                goal=["web developer", "c40a2919", "software", "f2b15a0e", "developer", "programmer", "web"],
            ),
            T("i got like 2 hours a day", _CONS13A, hours=(14, 0.3)),
            T("ok plan pls", _PLAN13A, plan=True, cite_any=_L13A.BACKEND),
        ],
        split="tune",
    ),
    D(
        "en-v13u-05",
        ["v13u", "third_person", "profile_start", "held", "online_only", "area_cloud"],
        [
            T(
                "update on Priya: she passed Networking Fundamentals last month, put it on her record",
                _SKILLS13A + _SKIP13A,
                held=["ccna-net-101"],
            ),
            T(
                "she can't travel anymore (new baby) so only online courses from now on. whats next for her",
                _CONS13A + _PLAN13A + _REFINE13A,
                part=["online"],
                plan=True,
                plan_part=["online"],
                plan_excl=["ccna-net-101"],
            ),
            T(
                "is the first one in English? her German is zero",
                _SELECT13A + _EXPLAIN13A + _CONS13A,
                cite_min=1,
            ),
        ],
        profile={
            "id": "p-v13u-en-05",
            "goal": {
                "label": "cloud engineer",
                "occupation_uri": "http://data.europa.eu/esco/occupation/349ee6f6-c295-4c38-9b98-48765b55280e",
            },
            "credentials": [],
            "languages": ["en"],
            "constraints": {"hours_per_week": 6, "budget": 2000, "currency": "EUR"},
        },
        split="tune",
    ),
    D(
        "en-v13u-06",
        ["v13u", "compare", "named_course", "recognition", "eqf", "area_cyber"],
        [
            T(
                "SIEM engineering vs the system hardening one - which should I do first? I work nights on a "
                "service desk, bit of windows admin",
                _COMPARE13A + _EXPLAIN13A + _SKILLS13A,
                cite_any=["bvca-siem-201", "bvca-hard-202"],
            ),
            T(
                "how many ECTS are both together",
                _COMPARE13A + _EXPLAIN13A + _SELECT13A,
                cite_any=["bvca-siem-201", "bvca-hard-202"],
            ),
            T(
                "the Cyber Defence Practitioner thing, is that recognised anywhere or just a paper? what EQF",
                _EXPLAIN13A + _REQ13A,
                cite_any=["bvca-cert-defence"],
            ),
        ],
        split="tune",
    ),
    D(
        "en-v13u-07",
        ["v13u", "career_change", "deadline_festival", "area_network"],
        [
            T(
                "I'm a lighting tech at a theatre, all our desks run over ethernet now and I end up fixing "
                "the network more than the lights. want to do it properly",
                _GOAL13A + _EXPLORE13A + _SEARCH13A,
            ),
            T(
                "i want something done before Eid in march, 4 hours a week max",
                _CONS13A,
                hours=4,
                deadline=("2027-03-01", "2027-03-15"),
            ),
            T("what would you line up for me", _PLAN13A, plan=True, plan_hours=4, cite_any=_L13A.NETWORK),
        ],
        split="tune",
    ),
    D(
        "en-v13u-08",
        ["v13u", "nonexistent", "budget_gbp", "area_helpdesk"],
        [
            T(
                "do u do the CompTIA A+",
                _EXPLAIN13A + _SEARCH13A,
                cite_any=_L13A.HELPDESK,
            ),
            T(
                "ok whatever is closest then. ive got about 300 quid saved",
                _SEARCH13A + _CONS13A + _SELECT13A + _GOAL13A,
                budget=(300, "GBP"),
                cite_any=_L13A.HELPDESK,
            ),
            T("the 2nd", _SELECT13A, cite_min=1),
        ],
        split="tune",
    ),
    D(
        "en-v13u-09",
        ["v13u", "educator", "free_only", "eqf", "area_microcred"],
        [
            T(
                "deputy head at a primary here. our trust wants us to turn the staff CPD into stackable "
                "micro-credentials and guess who got the job. where do i even start",
                _GOAL13A + _EXPLORE13A + _SEARCH13A,
                cite_any=_L13A.MICROCRED + _L13A.MICROCRED_FREE,
            ),
            T(
                "just the free ones for now, no budget till april",
                _CONS13A + _REFINE13A + _SEARCH13A,
                cite_any=_L13A.MICROCRED_FREE,
            ),
            T("which of those is eqf 6", _SELECT13A + _EXPLAIN13A, cite_any=["aec-mcd-101", "aec-cert-dld"]),
        ],
        split="tune",
    ),
    D(
        "en-v13u-10",
        ["v13u", "long_message", "languages", "deadline_festival", "area_sysadmin"],
        [
            T(
                "Hello. I do IT for a small hotel group in Penang, mostly Windows Server and the booking "
                "system. Boss wants us to move to Linux and cloud next year. I speak English and some "
                "Mandarin, English courses only please. About 4 hours a week and I'd like the first part "
                "finished before Chinese New Year.",
                _GOAL13A + _CONS13A + _SKILLS13A,
                goal=["system administrator", "9e2e6e1e", "cloud", "349ee6f6", "sysadmin"],
                hours=4,
                study_lang=["en"],
            ),
            T(
                "ok make the plan",
                _PLAN13A,
                plan=True,
                plan_langs=["en"],
                plan_hours=4,
            ),
            T("why that order", ["why", "explain"], cite_min=1),
            T("thanks, thats helpful", _SMALL13A + _EXPLAIN13A, dead_ok=True),
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
        "en-t9named-fit-01",
        ["t9named", "named_course", "fit"],
        [
            _T14(
                "Is Data Warehouse Design a good fit for someone who only knows Excel?",
                _ASK14,
                cite_any=["nda-dwh-202"],
                no_goal=True,
                plan=False,
            ),
            _T14("what should I do before it then?", _ASK14, cite_any=["nda-model-102"], plan=False),
        ],
        split="tune",
    ),
    _D14(
        "en-t9named-weeks-02",
        ["t9named", "named_course", "duration"],
        [
            _T14(
                "I want to learn HPC, I'm a Python developer in a research lab",
                _GOAL14 + ["state_skills", "search", "explore"],
            ),
            _T14("how many weeks is the MPI course?", _ASK14, cite_any=["padr-par-201"], plan=False),
            _T14("and what comes after it?", _ASK14, cite_any=["padr-perf-202", "padr-gpu-301"]),
        ],
        split="tune",
    ),
    _D14(
        "en-t9named-eqf-03",
        ["t9named", "concept"],
        [
            _T14("what is EQF level 6 and is that like a bachelor?", _EX14, no_goal=True, plan=False),
            _T14(
                "I want to become a database administrator, 10 hours a week",
                _GOAL14 + _PLAN14 + _CONS14,
                plan=True,
            ),
            _T14("how many ECTS is that in total?", _EX14 + _PLAN14, cite_min=2),
        ],
        split="tune",
    ),
    _D14(
        "en-t9named-subject-04",
        ["t9named", "skip", "subject"],
        [
            _T14(
                "I want to become a machine learning engineer, 8 hours a week",
                _GOAL14 + _PLAN14 + _CONS14,
                plan=True,
            ),
            _T14(
                "skip the maths one, I have a math degree",
                _SKIP14,
                held=["diaa-math-102"],
                plan_excl=["diaa-math-102"],
            ),
        ],
        split="tune",
    ),
]

# -- session 14 (t9goals): goals read the way people state them; tune, written before the fixes -------------
import t9goals_lists as _G14  # noqa: E402
from dsl import CONS as _CONS14  # noqa: E402
from dsl import PLAN as _PLAN14  # noqa: E402
from dsl import SEARCH as _SEARCH14  # noqa: E402

DIALOGUES += [
    D(
        "en-t9goals-01",
        ["t9goals", "vague_field", "area_data"],
        [
            T(
                "i do stock counts in excel at a distribution centre and my supervisor wants me to pick up "
                "some data stuff. where should i start",
                _G14.GOAL_OR_EXPLORE,
                goal_not=_G14.NOT_WAREHOUSE,
                cite_none=["padr-hpc-101", "padr-fair-203"],
            ),
            T(
                "about 3 hours a week, my employer pays",
                _CONS14 + _PLAN14,
                hours=3,
                goal_not=_G14.NOT_WAREHOUSE,
            ),
        ],
        split="tune",
    ),
    D(
        "en-t9goals-02",
        ["t9goals", "third_person", "answer_verbs"],
        [
            T(
                "I'm an employment adviser. My client Jo is a bookkeeper who wants to become a data analyst, "
                "about 5 hours a week.",
                _G14.GOAL_OR_EXPLORE,
                goal="data_analyst",
                hours=5,
            ),
            T(
                "great, could you give me a plan I can print out for him?",
                _PLAN14,
                plan=True,
                goal="data_analyst",
                goal_not=_G14.NOT_PRINT,
            ),
            T("and one I can email him too", _PLAN14 + ["explain", "refine"], goal_not=_G14.NOT_PRINT),
        ],
        split="tune",
    ),
    D(
        "en-t9goals-03",
        ["t9goals", "domain_worker_ai"],
        [
            T(
                "I'm a nurse on a cardiology ward and I'd like to understand how AI is used in hospitals. "
                "nothing too technical please",
                _G14.GOAL_OR_EXPLORE,
                role=_G14.NURSE_ROLE,
                goal_not=_G14.NOT_ICT_AI_JOB,
                cite_any=_G14.AI_BASICS,
            ),
            T("are any of them free?", ["refine", "search", "set_constraints"], goal_not=_G14.NOT_ICT_AI_JOB),
        ],
        split="tune",
    ),
    D(
        "en-t9goals-04",
        ["t9goals", "held_role_plus_skills", "area_ainet"],
        [
            T(
                "I'm a network engineer with CCNA-level knowledge and want to learn to use AI to automate "
                "our networks",
                _G14.GOAL_OR_EXPLORE,
                goal="ainet",
                cite_any=_G14.AI_NETWORKING,
            ),
            T(
                "budget is 1500 euros and I have 6 hours a week",
                _CONS14 + _PLAN14,
                budget=(1500, "EUR"),
                goal="ainet",
                plan_incl=_G14.AI_NETWORKING,
            ),
        ],
        split="tune",
    ),
    D(
        "en-t9goals-05",
        ["t9goals", "filler_words", "search"],
        [
            T("got anything on docker?", _SEARCH14, cite_min=1),
            T(
                "fine, then what cloud courses do you have for a beginner",
                _SEARCH14,
                cite_any=_G14.CLOUD_BEGINNER,
            ),
        ],
        split="tune",
    ),
    D(
        "en-t9goals-06",
        ["t9goals", "third_person", "office_work"],
        [
            T(
                "My client drove trucks for twenty years and now wants an office job, but he can barely "
                "use a computer. What is there for him?",
                _G14.GOAL_OR_EXPLORE,
                goal_not=_G14.NOT_PROGRAMMING,
                cite_any=_G14.OFFICE_STARTERS,
            ),
            T(
                "he has 15 hours a week but no money",
                _CONS14 + _PLAN14,
                hours=15,
                goal_not=_G14.NOT_PROGRAMMING,
                plan_incl=_G14.OFFICE_STARTERS,
            ),
        ],
        split="tune",
    ),
    D(
        "en-t9goals-07",
        ["t9goals", "next_step", "area_ai"],
        [
            T(
                "I finished Applied Machine Learning with Python. What's a good next step if I want to build "
                "chatbots?",
                _G14.GOAL_OR_EXPLORE,
                goal_not=["step"],
                cite_any=["diaa-nlp-302"],
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
from dsl import SELECT as _SELECT9P  # noqa: E402
from dsl import D as _D9P  # noqa: E402
from dsl import T as _T9P  # noqa: E402

DIALOGUES += [
    _D9P(
        "en-t9p-01",
        ["t9profile", "field_with_person_word", "career_change"],
        [
            _T9P(
                "I've been in customer support at a telecom for four years and I'd like to move into IT "
                "support. What would you recommend?",
                _GOAL_OR_PLAN9P + _SEARCH9P,
                goal="helpdesk",
                reply_excl=["your client"],
            ),
            _T9P("Bengali or English is fine for me", _CONS9P, study_langs=["bn", "en"]),
        ],
        split="tune",
    ),
    _D9P(
        "en-t9p-02",
        ["t9profile", "relative", "topic_not_format"],
        [
            _T9P(
                "my dad (61) wants to learn smartphone safety and online banking, he only speaks Hindi",
                _EXPLORE9P + _SEARCH9P + _GOAL9P,
                no_part=True,
                langs=["hi"],
                reply_excl=["you can study in"],
            ),
        ],
        split="tune",
    ),
    _D9P(
        "en-t9p-03",
        ["t9profile", "level_floor"],
        [
            _T9P(
                "I'm a network admin and want to get into cloud security. Don't give me beginner stuff.",
                _GOAL_OR_PLAN9P + _SEARCH9P,
                goal="cloudsec",
                min_eqf=5,
            ),
        ],
        split="tune",
    ),
    _D9P(
        "en-t9p-04",
        ["t9profile", "level_question"],
        [
            _T9P("show me cloud computing courses", _SEARCH9P),
            _T9P("which one is for beginners?", _SELECT9P + _SEARCH9P, no_max_eqf=True),
        ],
        split="tune",
    ),
    _D9P(
        "en-t9p-05",
        ["t9profile", "level_floor", "field_with_person_word"],
        [
            _T9P(
                "I work in customer service but I already know Excel and some SQL. I want to become a data "
                "analyst, no basics please",
                _GOAL_OR_PLAN9P + _SEARCH9P,
                goal="data_analyst",
                min_eqf=5,
                reply_excl=["your client"],
            ),
        ],
        split="tune",
    ),
]

# -- session 15 (t10named): questions about a named or pointed course answered, not its card; a subject the
# catalogue lacks said to be missing; "which of these is quickest?" over what was shown. Written BEFORE the
# fixes by the helper who fixes them (a check of that work, not a blind measure), in phrasings not taken from
# the lead's trial 10. For tune.
import t10named_lists as _N15  # noqa: E402

DIALOGUES += [
    D(
        "en-t10named-lang-01",
        ["t10named", "named_course", "attribute_language"],
        [
            T("show me courses on GDPR", _N15.OPEN),
            T(
                "is the RGPD one taught in English or only in French?",
                _N15.ASK,
                cite_any=["inl-rgpd-101"],
                no_study_lang=True,
                plan=False,
                reply_excl=_N15.CARD["en"],
            ),
        ],
        split="tune",
    ),
    D(
        "en-t10named-format-02",
        ["t10named", "named_course", "attribute_format", "attribute_start"],
        [
            T("What does Parallel Programming with MPI and OpenMP cover?", EXPLAIN + SELECT),
            T(
                "can I do it fully online or do I have to be there in person?",
                _N15.ASK,
                cite_any=["padr-par-201"],
                no_part=True,
                plan=False,
                reply_excl=_N15.CARD["en"],
            ),
            T(
                "and when does it start?",
                _N15.ASK,
                cite_any=["padr-par-201"],
                reply_any=["2027"],
                reply_excl=_N15.CARD["en"],
            ),
        ],
        split="tune",
    ),
    D(
        "en-t10named-mandatory-03",
        ["t10named", "named_course", "attribute_mandatory"],
        [
            T(
                "I want to become a machine learning engineer, 6 hours a week, plan it",
                _N15.PLANNED,
                plan=True,
            ),
            T(
                "do I really have to take the maths course?",
                _N15.ASK,
                cite_any=["diaa-math-102"],
                plan=False,
                reply_excl=_N15.CARD["en"],
            ),
        ],
        split="tune",
    ),
    D(
        "en-t10named-price-04",
        ["t10named", "pointed_course", "attribute_price"],
        [
            T("courses on network security please", _N15.OPEN),
            T("how much is the last one?", _N15.ASK, cite_min=1, plan=False, reply_excl=_N15.CARD["en"]),
        ],
        split="tune",
    ),
    D(
        "en-t10named-prereq-05",
        ["t10named", "named_course", "attribute_prerequisites"],
        [
            T("I'm interested in high performance computing", _N15.OPEN),
            T(
                "what do I need to know before the GPU one?",
                _N15.ASK,
                cite_any=["padr-gpu-301"],
                plan=False,
                reply_excl=_N15.CARD["en"],
            ),
        ],
        split="tune",
    ),
    D(
        "en-t10named-missing-06",
        ["t10named", "not_in_catalogue"],
        [
            T("do you have anything on quantum computing?", SEARCH + EXPLORE, reply_any=_N15.MISSING["en"]),
            T(
                "what about game development with Unity",
                SEARCH + EXPLORE + ["refine"],
                reply_any=_N15.MISSING["en"],
            ),
        ],
        split="tune",
    ),
    D(
        "en-t10named-fastest-07",
        ["t10named", "fastest_path"],
        [
            T("I want to become a data analyst", _N15.PLANNED),
            T("what's the quickest route there?", PLAN, plan=True),
        ],
        split="tune",
    ),
    D(
        "en-t10named-which-08",
        ["t10named", "of_the_plan"],
        [
            T("I want to become a database administrator, 5 hours a week", _N15.PLANNED, plan=True),
            T("which of those steps takes the least time?", SELECT, cite_min=1, plan=False),
        ],
        split="tune",
    ),
    D(
        "en-t10named-provider-09",
        ["t10named", "named_course", "attribute_provider", "attribute_certificate"],
        [
            T("tell me about Data Warehouse Design", EXPLAIN + SELECT),
            T(
                "who runs it, and do I get a certificate at the end?",
                _N15.ASK,
                cite_any=["nda-dwh-202"],
                plan=False,
                reply_excl=_N15.CARD["en"],
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
        "en-t10search-01",
        ["t10search", "topic_filler", "search"],
        [
            T(
                "alright cool. what courses have you got about cybersecurity for someone who has honestly "
                "never done anything technical",
                _S15.INTENTS_SEARCH,
                cite_min=1,
                cite_none=_S15.ADVANCED,
                reply_excl=["honestly", "someone", "technical**"],
            ),
        ],
        split="tune",
    ),
    D(
        "en-t10search-02",
        ["t10search", "cheaper_budget"],
        [
            T("show me data engineering courses", _S15.INTENTS_SEARCH, cite_min=1),
            T("my budget is 400 euros", _S15.INTENTS_BUDGET, budget=(400, "EUR")),
            T("anything cheaper?", _S15.INTENTS_CHEAPER, budget=(400, "EUR"), cite_none=_S15.DATA_OVER_400),
        ],
        split="tune",
    ),
    D(
        "en-t10search-03",
        ["t10search", "held_no_plan"],
        [
            T("what AI courses are there for beginners", _S15.INTENTS_SEARCH, cite_min=1),
            T(
                "I already did AI Foundations",
                _S15.INTENTS_HELD,
                held=["diaa-ai-101"],
                reply_excl=["re-planned"],
            ),
        ],
        split="tune",
    ),
    D(
        "en-t10search-04",
        ["t10search", "vague_opening"],
        [
            T(
                "i stack shelves at a supermarket and i'm bored of it. "
                "what could someone like me even learn?",
                _S15.INTENTS_OPENING,
                cite_none=_S15.CLASSROOM + _S15.ADVANCED,
            ),
        ],
        split="tune",
    ),
    D(
        "en-t10search-05",
        ["t10search", "free_languages"],
        [
            T("I want to become a data analyst", ["set_goal", "explore", "plan"], goal="data_analyst"),
            T("are any of them free?", _S15.INTENTS_FREE, cite_none=_S15.NOT_ENGLISH),
        ],
        split="tune",
    ),
    D(
        "en-t10search-06",
        ["t10search", "topic_role_words"],
        [
            T(
                "as a warehouse supervisor with 10 years behind me, "
                "which courses on data analysis would suit me?",
                _S15.INTENTS_SEARCH + ["state_skills"],
                cite_min=1,
                reply_excl=["years behind", "supervisor data", "**warehouse supervisor data"],
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
        "en-t10roles-01",
        ["t10roles", "status_not_job"],
        [
            _T10R(
                (
                    "I'm retired now, spent 30 years as a postman. Would love to learn video calls "
                    "and how to not get scammed online"
                ),
                _ANY10R,
                role_not=["retired"],
            ),
        ],
        split="tune",
    ),
    _D10R(
        "en-t10roles-02",
        ["t10roles", "place_not_job"],
        [
            _T10R(
                "I do the books at a small bakery in Leeds and fancy moving into data analysis",
                _ANY10R,
                role_not=["leeds", "bakery in"],
                goal="data_analyst",
            ),
        ],
        split="tune",
    ),
    _D10R(
        "en-t10roles-03",
        ["t10roles", "relative"],
        [
            _T10R(
                ("My nephew is 17 and mad about games, he'd like to learn coding. Where should he begin?"),
                _ANY10R,
                role_not=["nephew"],
                reply_excl=["you work as", "**your background**"],
            ),
            _T10R("he mostly wants Java", _ANY10R, goal="software", reply_excl=["you work as"]),
        ],
        split="tune",
    ),
    _D10R(
        "en-t10roles-04",
        ["t10roles", "status_not_job"],
        [
            _T10R(
                "I'm a second-year chemistry student at uni and thinking about data science",
                _ANY10R,
                no_role=True,
                goal="data_scientist",
            ),
        ],
        split="tune",
    ),
    _D10R(
        "en-t10roles-05",
        ["t10roles", "skill_not_course"],
        [
            _T10R(
                "I already know basic Python and some SQL. I'd like to become a data analyst",
                _ANY10R,
                held_not=["lit-prog-101", "ual-python-201", "ual-sql-102", "diaa-ml-201"],
                goal="data_analyst",
            ),
        ],
        split="tune",
    ),
    _D10R(
        "en-t10roles-06",
        ["t10roles", "adviser"],
        [
            _T10R(
                (
                    "I'm counselling a woman in her forties, she ran a shoe shop for years and now "
                    "wants something with computers"
                ),
                _ANY10R,
                reply_excl=["you work as", "**your background**"],
            ),
        ],
        split="tune",
    ),
]

DIALOGUES += [
    _D10R(
        "en-t10roles-07",
        ["t10roles", "skill_not_course"],
        [
            _T10R(
                "Basic SQL I've got, and Excel every day at work. Aiming for database admin",
                _ANY10R,
                held_not=["ual-sql-102"],
                goal="dba",
            ),
        ],
        split="tune",
    ),
]


# t11own (session 16, tune, written BEFORE the fixes by the helper who fixes them): the learner's own
# language and form searched without a goal, an interest absorbed, a subject not wanted, the gender said
import t11own_lists as _O16  # noqa: E402

DIALOGUES += _O16.dialogues("en")
# -- session 16 (t11lists): questions over the list or plan just shown - a superlative over what was shown,
# the nth step's card, the plan's total, a shorter entry course after a long plan, a cover letter / CV /
# interview out of scope. Written BEFORE the fixes by the helper who fixes them (a check of that work, not a
# blind measure), in phrasings not taken from the lead's trial 11. For tune.
import t11lists_lists as _L16  # noqa: E402
from dsl import D as _D16  # noqa: E402
from dsl import T as _T16  # noqa: E402

DIALOGUES += [
    _D16(
        "en-t11lists-01",
        ["t11lists", "shown_extreme"],
        [
            _T16("show me courses on cloud security", _L16.OPEN),
            _T16(
                "which one is the most advanced?",
                _L16.PICK,
                cite_any=["ccna-hybrid-303", "lcsi-anom-301"],
                reply_any=["EQF 6"],
                plan=False,
            ),
        ],
        split="tune",
    ),
    _D16(
        "en-t11lists-02",
        ["t11lists", "plan_step_card"],
        [
            _T16("I want to become a data analyst, 5 hours a week, make me a plan", _L16.PLANNED, plan=True),
            _T16(
                "so what exactly is the last course in there?",
                _L16.PICK,
                cite_any=["nda-dataset-204"],
                reply_any=["Noordzee"],
                plan=False,
            ),
        ],
        split="tune",
    ),
    _D16(
        "en-t11lists-03",
        ["t11lists", "plan_total"],
        [
            _T16("I want to become a data analyst, 5 hours a week, make me a plan", _L16.PLANNED, plan=True),
            _T16("how much would all of it cost me?", _L16.TOTAL, prev_total="cost", plan=False),
        ],
        split="tune",
    ),
    _D16(
        "en-t11lists-04",
        ["t11lists", "shorter_start"],
        [
            _T16("I want to become a data analyst, 5 hours a week, make me a plan", _L16.PLANNED, plan=True),
            _T16(
                "88 weeks is a lot. is there a shorter course I could start with?",
                _L16.SHORTER,
                cite_min=1,
                plan=False,
            ),
        ],
        split="tune",
    ),
    _D16(
        "en-t11lists-05",
        ["t11lists", "cover_letter"],
        [
            _T16(
                "can you write my cover letter for a junior web developer role?",
                _L16.OUT,
                reply_any=["can't write"],
                reply_excl=["Here are"],
                no_role=True,
            ),
            _T16("ok, then what should I learn to become a web developer?", _L16.PLANNED, goal="web"),
        ],
        split="tune",
    ),
    _D16(
        "en-t11lists-06",
        ["t11lists", "cover_letter", "interview"],
        [
            _T16("I want to become a cloud engineer, 6 hours a week, plan it", _L16.PLANNED, plan=True),
            _T16(
                "could you help me get ready for the job interview?",
                _L16.OUT,
                reply_any=_L16.CAN_DO["en"],
                plan=False,
            ),
        ],
        split="tune",
    ),
    _D16(
        "en-t11lists-07",
        ["t11lists", "list_total"],
        [
            _T16("show me courses on cloud security", _L16.OPEN),
            _T16(
                "how much would all of those cost together?",
                _L16.TOTAL,
                reply_excl=["Here are 5"],
                plan=False,
            ),
        ],
        split="tune",
    ),
    _D16(
        "en-t11lists-08",
        ["t11lists", "shown_extreme"],
        [
            _T16("show me courses on cloud security", _L16.OPEN),
            _T16(
                "and the cheapest of those?",
                _L16.PICK,
                cite_any=["bvca-soc-101"],
                reply_any=["PLN 900"],
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
        "en-t11goal-01",
        ["t11goal", "from_to"],
        [
            _T11G(
                "Looking to switch out of nursing into something in data, I can do about 5 hours a week",
                _G11.ANY,
                goal=_DATA11G,
                goal_not=["nurse"],
            ),
        ],
        split="tune",
    ),
    _D11G(
        "en-t11goal-02",
        ["t11goal", "from_to"],
        [
            _T11G(
                "leaving my job as a retail store manager for cyber security. where do i start?",
                _G11.ANY,
                goal="cyber",
                goal_not=["retail", "store", "shop"],
            ),
        ],
        split="tune",
    ),
    _D11G(
        "en-t11goal-03",
        ["t11goal", "from_to"],
        [
            _T11G(
                (
                    "After 12 years teaching physics at a secondary school I want to move into data "
                    "analysis. 4 hours a week, online only."
                ),
                _G11.ANY,
                goal="data_analyst",
                goal_not=["teacher"],
                cite_none=_G11.TEACHING,
            ),
            _T11G("ok make me a plan", ["plan"], plan=True, plan_excl=_G11.TEACHING, goal_not=["teacher"]),
        ],
        split="tune",
    ),
    _D11G(
        "en-t11goal-04",
        ["t11goal", "background"],
        [
            _T11G(
                "I have no qualifications and I only know Excel. Is there anything for me in data?",
                _G11.ANY,
                reply_excl=_G11.NOT_IN_CATALOGUE["en"],
                cite_none=_G11.DATA_ADVANCED,
                skills=["spreadsheet"],
            ),
        ],
        split="tune",
    ),
    _D11G(
        "en-t11goal-05",
        ["t11goal", "background"],
        [
            _T11G(
                (
                    "I run a little flower shop and keep all my stock in spreadsheets. Everyone says I "
                    "should 'learn data'. Where does someone like me begin?"
                ),
                _G11.ANY,
                reply_excl=_G11.NOT_IN_CATALOGUE["en"],
                cite_none=_G11.DATA_ADVANCED,
                cite_any=_G11.DATA_ENTRY,
            ),
            _T11G(
                "which course comes first then?",
                _G11.ANY,
                cite_any=_G11.DATA_ENTRY,
                cite_none=_G11.DATA_ADVANCED,
            ),
            _T11G("and the next one?", _G11.ANY, cite_min=1),
        ],
        split="tune",
    ),
    _D11G(
        "en-t11goal-06",
        ["t11goal", "that_job"],
        [
            _T11G(
                "could you help me write a CV for a database administrator job?",
                _G11.ANY_OR_OOS,
                dead_ok=True,
            ),
            _T11G("what should I study to get that job?", _G11.ANY, goal="dba", goal_not=["job", "cv"]),
        ],
        split="tune",
    ),
    _D11G(
        "en-t11goal-07",
        ["t11goal", "that_job"],
        [
            _T11G(
                "There's an opening for a junior network administrator at the council.",
                _G11.ANY_OR_OOS,
                dead_ok=True,
            ),
            _T11G("What would I have to learn for this role?", _G11.ANY, goal="netadmin"),
        ],
        split="tune",
    ),
    _D11G(
        "en-t11goal-08",
        ["t11goal", "skill_held"],
        [
            _T11G(
                "I know C and some Python and I want to get into high performance computing",
                _G11.ANY,
                skills=["python"],
                skills_not=_G11.NOT_THE_GOALS_SKILL,
                goal="hpc",
            ),
        ],
        split="tune",
    ),
]
# -- session 17 (t12refs, tune, written BEFORE the fixes by the helper who fixes them): what "it", "that
# one", "the X one" and "after it" refer to - a step named by its subject, what follows a named course, an
# entry picked by its description, why a step (shared in authoring/t12refs_lists.py)
import t12refs_lists as _R17  # noqa: E402

DIALOGUES += _R17.dialogues("en")


# acts17 (session 17, tune, written BEFORE the fixes by the helper who fixes them): the weakest acts of the
# frozen report in new phrasings - skills held, out-of-scope requests and pay, searches in own words.
# Dialogues 07 and 08 are held back (never trained on, failures not studied): acts17_lists.HELD_BACK.
import acts17_lists as _A17  # noqa: E402
from dsl import D as _D17  # noqa: E402
from dsl import T as _T17  # noqa: E402

DIALOGUES += [
    _D17(
        "en-acts17-01",
        ["acts17", "skills_held"],
        [
            _T17(
                (
                    "ok so about me: 6 yrs as a bookkeeper, very strong in Excel (pivot tables, vlookups), "
                    "intermediate SQL, and I dabble in Python for small scripts. Also comfortable building "
                    "Power BI dashboards."
                ),
                ["state_skills"],
                skills_all=["spreadsheet", "sql", "python", "business intelligence"],
            ),
        ],
        split="tune",
    ),
    _D17(
        "en-acts17-02",
        ["acts17", "oos"],
        [
            _T17(
                "whats the weather going to be like in Manchester tomorrow",
                _A17.OOS_OR_EXPLORE,
                reply_any=_A17.CAN_DO["en"],
            ),
            _T17("fine. then find me something on cloud for beginners", ["search"], cite_any=_A17.CLOUD),
        ],
        split="tune",
    ),
    _D17(
        "en-acts17-03",
        ["acts17", "search"],
        [
            _T17(
                (
                    "got any courses about keeping company networks safe from hackers? "
                    "beginner level, online "
                    "if possible"
                ),
                ["search"],
                cite_any=_A17.NETSEC,
            ),
        ],
        split="tune",
    ),
    _D17(
        "en-acts17-04",
        ["acts17", "skills_held"],
        [
            _T17(
                "Skills:\n- Linux admin (5 years)\n- Docker, some Kubernetes\n- bash scripting\n- AWS basics",
                ["state_skills"],
                skills_all=["operating systems", "virtualisation", "scripting", "cloud technologies"],
            ),
        ],
        split="tune",
    ),
    _D17(
        "en-acts17-05",
        ["acts17", "pay"],
        [
            _T17(
                "what does a data engineer actually earn in the UK?", _A17.NEAR, reply_any=_A17.SALARY["en"]
            ),
            _T17(
                "ok and what would I need to learn to become one", ["set_goal", "plan", "explore"], goal="de"
            ),
        ],
        split="tune",
    ),
    _D17(
        "en-acts17-06",
        ["acts17", "search"],
        [
            _T17("cyber secuirty cours for a total begginer?", ["search"], cite_any=_A17.CYBER),
        ],
        split="tune",
    ),
    _D17(
        "en-acts17-07",
        ["acts17", "skills_held", "held_back"],
        [
            _T17(
                (
                    "I have been doing web stuff for years - mostly HTML and CSS, a fair "
                    "bit of javascript, and"
                    " wordpress sites for local businesses"
                ),
                ["state_skills"],
                skills_all=["markup", "css", "javascript", "wordpress"],
            ),
        ],
        split="tune",
    ),
    _D17(
        "en-acts17-08",
        ["acts17", "oos", "held_back"],
        [
            _T17(
                "can you tell me a good recipe for banana bread",
                _A17.OOS_OR_EXPLORE,
                reply_any=_A17.CAN_DO["en"],
            ),
            _T17("ok forget it. anything on machine learning with python?", ["search"], cite_any=_A17.ML),
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
        "en-t12goal-01",
        ["t12goal", "job_subject"],
        [
            _T12G(
                (
                    "im a sysadmin at a small firm, they want me to pick up ansible and automate our "
                    "servers. where do i begin"
                ),
                _G12.ANY,
                goal_not=_G12.SYSADMIN,
                cite_any=["hrd-iac-202", "hrd-linux-101"],
            ),
        ],
        split="tune",
    ),
    _D12G(
        "en-t12goal-02",
        ["t12goal", "weak_interest"],
        [
            _T12G("Been stacking shelves for years. Not sure what I want really", _G12.ANY),
            _T12G(
                "just something where I'm dealing with people face to face, not stuck alone",
                _G12.ANY,
                goal_not=["people", "face", "alone"],
            ),
        ],
        split="tune",
    ),
    _D12G(
        "en-t12goal-03",
        ["t12goal", "thin_goal"],
        [
            _T12G(
                (
                    "My client is a pharmacist who wants to move into clinical informatics. She has about "
                    "4 hours a week and can't pay for anything."
                ),
                _G12.ANY,
                reply_excl=_G12.FULL_COVER,
            ),
        ],
        split="tune",
    ),
    _D12G(
        "en-t12goal-04",
        ["t12goal", "constraints_only"],
        [
            _T12G("hello, I'm having a look at what courses you've got", _G12.ANY, dead_ok=True),
            _T12G("I could do 4 hours a week, online only", _G12.ANY, no_goal=True, hours=4),
        ],
        split="tune",
    ),
    _D12G(
        "en-t12goal-05",
        ["t12goal", "experience"],
        [
            _T12G(
                "DBA here, 8 years experience with Oracle. I'd like to move towards data engineering",
                _G12.ANY,
                no_deadline=True,
                goal="de",
            ),
        ],
        split="tune",
    ),
    _D12G(
        "en-t12goal-06",
        ["t12goal", "teach_kids"],
        [
            _T12G(
                (
                    "I teach maths at a primary school and I'd love to get the kids into coding. "
                    "What should I learn?"
                ),
                _G12.ANY,
                cite_any=_G12.TEACH_KIDS,
                cite_none=_G12.NOT_FOR_TEACHERS,
            ),
            _T12G(
                "2 hours a week, online",
                _G12.ANY,
                goal_not=["hours", "week", "online"],
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

DIALOGUES += _L17.dialogues("en")


# refs18 (session 18, tune, written BEFORE the fixes by the helper who fixes them): questions about named
# courses and certificates answered from the catalogue (shared in authoring/refs18_lists.py)
import refs18_lists as _Q18  # noqa: E402

DIALOGUES += _Q18.dialogues("en")


# refine18 (session 18, tune, written BEFORE the fixes by the helper who fixes them): refinements in every
# language after a list, a plan or a "nearest" answer - cheaper/free said in other ways, a question about
# availability is no limit, "free?" over a goal, limits after a plan (shared in authoring/refine18_lists.py)
import refine18_lists as _RF18  # noqa: E402

DIALOGUES += _RF18.dialogues("en")


# goal18 (session 18, tune, written BEFORE the fixes by the helper who fixes them, in its own
# phrasings): goals and roles that are what the learner meant - constraints or "pick for me" after an opener
# set no goal of its words, skills held stay out of the goal's label, a group, a comparison or a past job is
# no role or held skill
import goal18_lists as _G18  # noqa: E402

DIALOGUES += _G18.dialogues("en")


# skills18 (session 18, tune, written BEFORE the fixes by the helper who fixes them): what the learner says
# they know, saved right - levels said in words, every skill of a long message, years of study and primary
# teachers no EQF limit, skills denied or compared, tools named informally
import skills18_lists as _S18  # noqa: E402

DIALOGUES += _S18.dialogues("en")


# roles19 (session 19, tune, written BEFORE the fixes by the helper who fixes them): goal occupations named in
# any language or informally, primary and adult teachers' goals (the pupils' level no EQF limit), a current
# and a target job in one sentence (shared in authoring/roles19_lists.py)
import roles19_lists as _R19  # noqa: E402

DIALOGUES += _R19.dialogues("en")

# scope19 (session 19, tune, written BEFORE the fixes by the helper who fixes them): out of scope only
# when it is (unrelated requests with what the assistant can do, near-scope ones answered),
# searches in any words
import scope19_lists as _SC19  # noqa: E402

DIALOGUES += _SC19.dialogues("en")


# vague19 (session 19, tune, written BEFORE the fixes by the helper who fixes them, in its own phrasings):
# vague openings set no goal of their words, "you choose for me" picks one direction from what was said,
# "a plan to get to that one" plans towards the entry in focus, a past job invents no held skill
import vague19_lists as _V19  # noqa: E402

DIALOGUES += _V19.dialogues("en")

# skills19 (session 19, helper skills19, tune): held skills and done courses said any way - the skill before
# its verb, a plan step named by its subject in any language, lists of skills beside jobs and places
import skills19_lists as _S19  # noqa: E402

DIALOGUES += _S19.dialogues("en")

# refine19 (session 19, issue #12): refinements that change what is shown ("cheaper" over a plan that is
# already the cheapest, a card or a comparison) and questions about a language or format that are not filters
import refine19_lists as _R19  # noqa: E402

DIALOGUES += _R19.dialogues("en")

# skills20 (session 20, issue #12): held skills and held courses - courses not in the catalogue as evidence,
# negation, levels, lists, pronouns, school or degree as background
import skills20_lists as _S20  # noqa: E402

DIALOGUES += _S20.dialogues("en")

# goals20 (session 20, tune, written BEFORE the fixes by the helper who fixes them): goals and labels a
# learner would recognise - workplaces are no roles, labels without typos or the group's words, areas by
# meaning, English titles inside other languages (shared in authoring/goals20_lists.py)
import goals20_lists as _G20  # noqa: E402

DIALOGUES += _G20.dialogues("en")

# search20 (session 20, issue #12, tune, written BEFORE the fixes by the helper who fixes them): a level in a
# search is a limit on it, totals over a plan, a list or a certificate, searches with limits in es/de/fi/fr
import search20_lists as _S20  # noqa: E402

DIALOGUES += _S20.dialogues("en")

# follow20 (session 20, tune, written BEFORE the fixes by the helper who fixes them): follow-ups that
# keep the thread - the answer after the counsellor's opening and "what do I do first?", "faster?" after a
# plan, a held basics course with a level wish, a plan to the entry in focus (authoring/follow20_lists.py)
import follow20_lists as _F20  # noqa: E402

DIALOGUES += _F20.dialogues("en")

# which21 (session 21, issue #12, tune, written BEFORE the fixes by the helper who fixes them): "which one
# first, and why?" after a list, a plan, a card, the counsellor's opening or nothing, held skills said beside
# it, an adviser's group (authoring/which21_lists.py)
import which21_lists as _W21  # noqa: E402

DIALOGUES += _W21.dialogues("en")

# roles21 (session 21, tune, written BEFORE the fixes by the helper who fixes them): current roles and goals
# that read cleanly - spoken copulas, fillers, running/driving/doing a trade, fields of work, interests,
# selling online (authoring/roles21_lists.py)
import roles21_lists as _R21  # noqa: E402

DIALOGUES += _R21.dialogues("en")

# session 22 (goals22): goals and roles read from any sentence - hearsay, places, brackets, a trade and
# a field,
# "ok"/"ready", two goals, advisers, goals the catalogue lacks (authoring/goals22_lists.py)
import goals22_lists as _G22  # noqa: E402

DIALOGUES += _G22.dialogues("en")
# questions about a plan and its courses (authoring/explain22_lists.py)
import explain22_lists as _E22  # noqa: E402

DIALOGUES += _E22.dialogues("en")

# skills21 (session 21, reverted at its merge and relanded in session 22 by skills22): skill statements in any
# phrasing - tools for skills, everyday levels, a job said as its work, corrections, an adviser's client,
# skills inside a goal, a plan that skips what is held (authoring/skills21_lists.py)
import skills21_lists as _S21  # noqa: E402

DIALOGUES += _S21.dialogues("en")

# skills22 (session 22, tune, written BEFORE the fixes by the helper who fixes them): lists of skills with a
# field word ("Linux und Netzwerke"), an adviser's "sie kann Excel", skills inside a goal, tools still not in
# the catalogue by name, a search naming skills is no statement (authoring/skills22_lists.py)
import skills22_lists as _S22  # noqa: E402

DIALOGUES += _S22.dialogues("en")
# what "that one" points at after a superlative, a swapped plan step, "anything in French?", goals named by
# an area or a need (authoring/refs23_lists.py)
import refs23_lists as _R23  # noqa: E402

DIALOGUES += _R23.dialogues("en")

# session 23 (days23): a learner's day instead of skills, time questions ("how long until a job?", "can I
# finish by June?", "hours a week for 2 months?"), a degree or study as background (authoring/days23_lists.py)
import days23_lists as _D23  # noqa: E402

DIALOGUES += _D23.dialogues("en")

# session 24 (directions24): a counsellor's opening that fits the learner - directions from what was said,
# the answer to the opening read, prices in the currency asked (authoring/directions24_lists.py)
import directions24_lists as _DIR24  # noqa: E402

DIALOGUES += _DIR24.dialogues("en")

# session 24 (acts24): the act decision's largest causes on the tune split - a message about oneself naming no
# skill read as skills held, a first message about something else read as out of scope unsure
# (authoring/acts24_lists.py)
import acts24_lists as _A24  # noqa: E402

DIALOGUES += _A24.dialogues("en")

# session 24 (loose24): what follows a course toward the goal, only a phone, "how long until I'm ready?",
# goal labels in a stable order (authoring/loose24_lists.py)
import loose24_lists as _L24  # noqa: E402

DIALOGUES += _L24.dialogues("en")

# session 25 (goalplan25): a stated goal and the plan - a goal stated with its limits and nothing asked is the
# goal, a goal with the way asked for is the plan (authoring/goalplan25_lists.py)
import goalplan25_lists as _GP25  # noqa: E402

DIALOGUES += _GP25.dialogues("en")

# session 25 (classifier25): turns the intent classifier misreads where no later rule corrects it - a course
# asked for beside something about oneself, a background with a wish, a subject asked in a few words, a
# narrowing after a list, "what could I become with that?" (authoring/classifier25_lists.py)
import classifier25_lists as _C25  # noqa: E402

DIALOGUES += _C25.dialogues("en")

# session 25 (lead25fix): lead trial 21's classes - background words in the goal, courses in the learner's
# language, a subject excluded, the cheapest plan, how long, the cheapest of a list, routing said
# (authoring/lead25fix_lists.py)
import lead25fix_lists as _LF25  # noqa: E402

DIALOGUES += _LF25.dialogues("en")

# session 26 (conv26): lead trial 21's follow-up and search classes - which of the courses just shown first,
# an adviser's "where should she start?", how long asked beside a goal, a subject's own courses first
# (authoring/conv26_lists.py)
import conv26_lists as _CV26  # noqa: E402

DIALOGUES += _CV26.dialogues("en")
# session 26 (trial22fix): lead trial 22's classes - another client named in an adviser's chat
# (authoring/trial22fix_lists.py)
import trial22fix_lists as _T22  # noqa: E402

DIALOGUES += _T22.dialogues("en")
# session 26 (classifier26): new phrasings of the pairs the intent classifier confuses, written before the
# retrained classifier shipped with the rules it feeds re-measured (authoring/classifier26_lists.py)
import classifier26_lists as _C26  # noqa: E402

DIALOGUES += _C26.dialogues("en")
# session 27 (trial27): lead trial 22's classes still failing - a language asked after a list, an
# introduction done, cheaper on the subject, hours a week by a date, enrolment, another client in a learner's
# chat (authoring/trial27_lists.py)
import trial27_lists as _T27  # noqa: E402

DIALOGUES += _T27.dialogues("en")
# session 27 (causes27): the largest general causes of failing tune turns - something asked for on a
# subject beside a circumstance, what work one's skills lead to (authoring/causes27_lists.py)
import causes27_lists as _CA27  # noqa: E402

DIALOGUES += _CA27.dialogues("en")
# session 27 (roles27): the goal a learner's words mean - an alternative label naming another worker, a
# subject one word short of a job's name, a career changer's entry job, a teacher's subject, a field beside
# its domain (authoring/roles27_lists.py)
import roles27_lists as _R27  # noqa: E402

DIALOGUES += _R27.dialogues("en")
DIALOGUES += _R27.dialogues("en", unseen=True)
# session 28 (causes28): a subject wished beside a background (the job held, a lack, the studies)
# went without its goal (authoring/causes28_lists.py)
import causes28_lists as _CA28  # noqa: E402

DIALOGUES += _CA28.dialogues("en")
# session 28 (trial28): lead trial 23's classes still failing - a later wish or a preference kept beside the
# goal, a plan's whole time, a question about form after a plan, the cheapest with a language accepted, a
# short deadline, a course asked for on a subject, no money (authoring/trial28_lists.py)
import trial28_lists as _T28  # noqa: E402

DIALOGUES += _T28.dialogues("en")
DIALOGUES += _T28.dialogues("en", unseen=True)
# session 29 (trial29): lead trial 24's classes still failing - a lack or a job not wanted is no goal,
# "little bit" is basic, what a boss says, no budget beside a goal, what follows a one-step plan, the weeks
# of the first course, a subject the plan already teaches, a budget far below any course
# (authoring/trial29_lists.py)
import trial29_lists as _T29  # noqa: E402

DIALOGUES += _T29.dialogues("en")
DIALOGUES += _T29.dialogues("en", unseen=True)
# session 29 (advisers29): career advisers speaking of their clients - the client's facts in their profile,
# several clients in one chat, a wish for a field the catalogue does not name, one Spanish register
# (authoring/advisers29_lists.py)
import advisers29_lists as _A29  # noqa: E402

DIALOGUES += _A29.dialogues("en")
DIALOGUES += _A29.dialogues("en", unseen=True)
# session 29 (broad29): general causes of the blind sets 23-25 (tune from session 29) - the certificate a
# course counts towards, the nearest entries after a certificate the catalogue lacks, what follows a course
# just finished (authoring/broad29_lists.py)
import broad29_lists as _B29  # noqa: E402

DIALOGUES += _B29.dialogues("en")
