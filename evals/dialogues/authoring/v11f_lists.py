"""The v11-frozen batch (session 11, third blind frozen batch): the courses of the bundled catalogue a fair
reviewer would accept for an area or a follow-up, the act alternatives and the deadline windows it uses, in
one place for the eight language modules. Written from the catalogue files, the taxonomy and docs only, by a
writer who read no assistant code, rules, tests, classifier lines or earlier frozen dialogues; never run
before the lead's one scoring."""

from dsl import (
    APPLY,
    COMPARE,
    CONS,
    CONS_OR_REFINE,
    EXPLAIN,
    EXPLORE,
    GOAL,
    OCC,
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
)

__all__ = [
    "APPLY",
    "COMPARE",
    "CONS",
    "CONS_OR_REFINE",
    "EXPLAIN",
    "EXPLORE",
    "GOAL",
    "OCC",
    "OOS",
    "PLAN",
    "REFINE",
    "REQ",
    "SEARCH",
    "SELECT",
    "SKILLS",
    "SKIP",
    "SMALL",
    "WHY",
]

# Act alternatives used often in this batch (each list = acts a fair reviewer would all accept).
OPENING = EXPLORE + SMALL  # "hi, no idea what to do with my life": the counsellor's opening or a greeting
ROLE = SKILLS + EXPLORE  # "I was a cashier for 8 years": the background stated, answered as a counsellor
ROLE_GOAL = SKILLS + EXPLORE + GOAL  # background with a vague direction
GOAL_PLAN = GOAL + PLAN + EXPLORE  # "how do I become X" / "what do I need for X"
GOAL_CONS = GOAL + CONS + PLAN  # a goal with its limits in one message
REPLAN = REFINE + PLAN + CONS  # "what if 3 hours a week", "by March instead": a re-plan
CHEAPER = REFINE + PLAN  # "cheaper?", "shorter?", "only online" after a plan
PICK = SELECT + EXPLAIN  # "the second one", "tell me about the first"
WHICH = SELECT + COMPARE + REFINE + EXPLAIN  # "which is shortest / cheapest / easiest" over a list
START = SELECT + PLAN + REQ + EXPLAIN  # "which one first?"
NAMED = EXPLAIN + SEARCH  # a course named by title (or a course that does not exist)
AFTER = EXPLAIN + REQ + SEARCH  # "what can I do after X", "what do I need before X"
OFF = OOS + SMALL  # an off-topic opener

# Deadline windows (today 2026-12-04) not in dates.py.
IN_5_MONTHS = ("2027-04-25", "2027-05-10")
XMAS_2027 = ("2027-12-10", "2027-12-26")  # "by Christmas next year"
NAVRATRI = ("2027-09-15", "2027-10-12")  # "Navratri se pehle": Sharad Navratri 2027 starts about 30 September
NATIONAL_DAY_VN = ("2027-08-25", "2027-09-02")  # "trước 2/9": Vietnam's National Day
SKI_HOLIDAY = ("2027-02-12", "2027-03-14")  # "hiihtolomaan mennessä": Finnish winter holiday, weeks 8-10
TOUSSAINT = ("2027-10-12", "2027-10-25")  # "avant les vacances de la Toussaint"
END_FEBRUARY = ("2027-02-20", "2027-03-01")
EID_ADHA = ("2027-05-05", "2027-05-18")  # "Korbanir Eid er age": Eid al-Adha 2027 about 16-17 May
IN_6_MONTHS = ("2027-05-20", "2027-06-20")
END_OF_YEAR_2027 = ("2027-12-15", "2027-12-31")
BY_SUMMER = ("2027-05-15", "2027-07-15")  # "bis zum Sommer", "para el verano": the start or the middle of it
IN_3_MONTHS = ("2027-02-25", "2027-03-12")
JUNE = ("2027-05-31", "2027-06-30")
SEPTEMBER = ("2027-08-31", "2027-09-30")
MARCH = ("2027-02-28", "2027-03-31")
APRIL = ("2027-03-31", "2027-04-30")
TET = ("2027-01-20", "2027-02-10")
DIWALI = ("2027-10-15", "2027-11-10")
BOISHAKH = ("2027-04-01", "2027-04-15")
EASTER = ("2027-03-14", "2027-03-31")
MIDSUMMER = ("2027-06-15", "2027-06-30")
RENTREE = ("2027-08-20", "2027-09-06")
HOLI = ("2027-03-08", "2027-03-23")  # "Holi se pehle": Holi 2027 is on 22 March
BEFORE_MONSOON = ("2027-05-20", "2027-06-30")  # "मानसून से पहले"
BEFORE_PUJA = ("2027-09-20", "2027-10-20")  # "পুজোর আগে": Durga Puja 2027, early October
BEFORE_SEPTEMBER = ("2027-08-24", "2027-09-01")  # "antes de septiembre": the end of August

# Areas: every course of the bundled catalogue a fair reviewer would accept, in any language.
CLOUDSEC = [
    "hrd-cloud-101",
    "hrd-cloudsec-201",
    "hrd-iam-202",
    "hrd-cloudnet-203",
    "hrd-cloudir-301",
    "hrd-cert-cloudsec",
    "hrd-cloudarch-302",
    "ccna-hybrid-303",
    "lcsi-cloudops-205",
]
CLOUD = CLOUDSEC + ["hrd-cloudmig-301", "hrd-clouddev-204", "hrd-clouddb-303", "hrd-virt-201", "hrd-iac-202"]
CLOUD_EN = [  # cloud courses taught in English
    "hrd-cloudmig-301",
    "hrd-clouddev-204",
    "hrd-iac-202",
    "ccna-hybrid-303",
    "lcsi-cloudops-205",
]
AI = [
    "diaa-ai-101",
    "diaa-math-102",
    "diaa-ml-201",
    "diaa-dl-202",
    "diaa-cv-301",
    "diaa-nlp-302",
    "diaa-cert-aml",
    "diaa-mlops-303",
    "diaa-isd-304",
    "diaa-kbs-305",
    "diaa-resp-205",
    "ual-ia-101",
    "lcsi-mlnet-203",
    "nda-dataset-204",
    "ual-texto-303",
    "ual-recom-304",
]
AI_START = ["diaa-ai-101", "ual-ia-101", "diaa-math-102", "lit-prog-101", "glcc-code-107", "diaa-ml-201"]
AI_FREE = ["diaa-ai-101", "ual-ia-101", "lit-prog-101", "glcc-code-107"]
DATA = [
    "ual-datos-101",
    "ual-sql-102",
    "ual-python-201",
    "ual-estad-202",
    "ual-visual-203",
    "ual-cert-datos",
    "ual-mineria-301",
    "ual-olap-302",
    "diaa-viz-204",
    "diaa-statsw-203",
    "nda-model-102",
    "nda-de-101",
    "glcc-office-106",
    "inl-qualite-201",
    "lit-prog-101",
    "diaa-ml-201",
]
DATA_EN = [
    "diaa-viz-204",
    "diaa-statsw-203",
    "nda-model-102",
    "nda-de-101",
    "glcc-office-106",
    "lit-prog-101",
    "diaa-ml-201",
    "nda-dwh-202",
    "nda-dba-201",
]
VIZ = ["diaa-viz-204", "ual-visual-203", "ual-olap-302", "glcc-office-106", "ual-datos-101"]
DE = [
    "nda-de-101",
    "nda-etl-201",
    "nda-dwh-202",
    "nda-migr-203",
    "nda-cert-de",
    "nda-stream-301",
    "nda-model-102",
    "nda-nosql-205",
]
DBA = [
    "nda-model-102",
    "nda-dba-201",
    "nda-dbsec-301",
    "nda-dbphys-302",
    "nda-cert-dba",
    "hrd-clouddb-303",
    "ual-sql-102",
    "nda-nosql-205",
]
SQL = ["ual-sql-102", "nda-model-102", "nda-dba-201", "hrd-clouddb-303", "nda-cert-dba", "ual-cert-datos"]
HPC = [
    "padr-hpc-101",
    "padr-par-201",
    "padr-perf-202",
    "padr-gpu-301",
    "padr-sched-302",
    "padr-cert-hpc",
    "padr-numerics-102",
    "padr-green-205",
    "padr-reverse-302",
    "padr-fair-203",
]
HPC_AFTER_PAR = ["padr-perf-202", "padr-gpu-301", "padr-reverse-302", "padr-cert-hpc"]
AINET = [
    "ccna-aiops-301",
    "ccna-cert-netops",
    "lcsi-mlnet-203",
    "lcsi-anom-301",
    "lcsi-sdn-202",
    "lcsi-cert-ainet",
    "ccna-netauto-203",
    "ccna-netmon-202",
    "lcsi-ne-201",
]
NETWORK = [
    "ccna-net-101",
    "ccna-fondements-101",
    "ccna-route-201",
    "ccna-netmon-202",
    "ccna-netauto-203",
    "ccna-aiops-301",
    "ccna-cert-netops",
    "ccna-netsec-204",
    "ccna-hw-102",
    "ccna-capacity-302",
    "ccna-hybrid-303",
    "ccna-email-103",
    "lcsi-ne-201",
    "lcsi-sdn-202",
    "lcsi-5g-204",
]
NET_START = ["ccna-net-101", "ccna-fondements-101", "lcsi-ne-201", "ccna-hw-102", "ccna-email-103"]
CYBER = [
    "bvca-soc-101",
    "bvca-siem-201",
    "bvca-hard-202",
    "bvca-ir-203",
    "bvca-cert-defence",
    "bvca-pentest-201",
    "bvca-web-202",
    "bvca-exploit-301",
    "bvca-redteam-302",
    "bvca-cert-offensive",
    "bvca-forensics-201",
    "bvca-netfor-302",
    "bvca-iot-203",
    "bvca-awareness-101",
    "bvca-vuln-204",
    "ccna-netsec-204",
    "inl-cyber-201",
    "inl-pssi-203",
    "inl-audit-302",
    "inl-crise-303",
    "inl-securite-103",
    "glcc-safe-104",
    "lcsi-anom-301",
    "hrd-cloudsec-201",
]
CYBER_START = [
    "bvca-soc-101",
    "inl-cyber-201",
    "glcc-safe-104",
    "inl-securite-103",
    "ccna-net-101",
    "ccna-netsec-204",
    "bvca-awareness-101",
]
CYBER_EN = [c for c in CYBER if not c.startswith("inl-") and c != "bvca-awareness-101"]
DLIT = [
    "glcc-dl-101",
    "glcc-comm-102",
    "glcc-create-103",
    "glcc-safe-104",
    "glcc-solve-105",
    "glcc-cert-df",
    "glcc-office-106",
    "glcc-alfab-108",
    "inl-pix-101",
    "inl-citoyen-102",
    "inl-securite-103",
    "ual-digital-101",
    "ual-contenidos-102",
    "ual-problemas-103",
    "bvca-awareness-101",
]
DLIT_EN = [c for c in DLIT if c.startswith("glcc-") and c != "glcc-alfab-108"]
DLIT_TEACH = [
    "aec-dlteach-104",
    "aec-trainer-103",
    "aec-hw-105",
    "aec-elearn-100",
    "aec-csteach-207",
    "aec-media-208",
    "glcc-dl-101",
    "glcc-cert-df",
]
MICROCRED = [
    "aec-mcd-101",
    "aec-outcomes-102",
    "aec-online-201",
    "aec-scorm-202",
    "aec-needs-203",
    "aec-cert-dld",
    "aec-elearn-100",
    "aec-blended-204",
    "aec-elplan-301",
    "aec-content-205",
    "aec-cogpsy-206",
    "aec-media-208",
]
WEB = [
    "lit-web-201",
    "lit-webstd-202",
    "lit-fw-203",
    "lit-api-204",
    "lit-cert-web",
    "lit-prog-101",
    "glcc-code-107",
    "lit-git-103",
]
SOFTWARE = [
    "lit-prog-101",
    "lit-oop-102",
    "lit-git-103",
    "lit-test-201",
    "lit-debug-202",
    "lit-design-301",
    "lit-cert-swe",
    "lit-req-105",
    "lit-agile-106",
    "lit-case-205",
    "lit-api-204",
    "glcc-code-107",
]
PROG_START = ["lit-prog-101", "glcc-code-107", "ual-python-201", "diaa-viz-204"]
TESTING = ["lit-test-201", "lit-debug-202", "lit-cert-swe", "lit-oop-102", "lit-prog-101", "lit-agile-106"]
DGOV = [
    "inl-rgpd-101",
    "inl-dpo-201",
    "inl-aipd-202",
    "inl-pssi-203",
    "inl-cert-gouv",
    "inl-qualite-201",
    "inl-classif-301",
    "inl-sensib-104",
    "diaa-resp-205",
    "nda-cdo-401",
    "padr-fair-203",
]
HELPDESK = [
    "glcc-help-201",
    "glcc-sys-202",
    "glcc-solve-105",
    "ccna-ops-205",
    "glcc-dl-101",
    "ccna-email-103",
    "hrd-linux-101",
]
SYSADMIN = [
    "hrd-linux-101",
    "hrd-backup-102",
    "hrd-virt-201",
    "hrd-iac-202",
    "hrd-cert-sysadmin",
    "glcc-sys-202",
    "ccna-ops-205",
]
TEACHER = OCC["ict_teacher"] + OCC["dlit_teacher"]
