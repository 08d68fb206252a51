"""Shared lists of the t10search batch (session 15): search topics without filler, vague openings, and
follow-ups that keep every constraint said so far. Written before the fixes; tune."""

INTENTS_OPENING = ["explore", "search", "set_goal", "plan", "state_skills"]
INTENTS_SEARCH = ["search", "explore", "set_goal"]
INTENTS_CHEAPER = ["refine", "search"]
INTENTS_FREE = ["refine", "search", "set_constraints"]
INTENTS_BUDGET = ["set_constraints", "refine"]
INTENTS_HELD = ["skip_step", "state_skills"]
INTENTS_LANGUAGE = ["refine", "set_constraints", "search"]

# entries taught in none of the learner's languages when they write Vietnamese, Hindi, Bengali, Finnish
# (nothing in those languages: English is the fallback) or English
NOT_ENGLISH = [
    "ual-datos-101",
    "ual-ia-101",
    "ual-digital-101",
    "ual-contenidos-102",
    "ual-problemas-103",
    "inl-pix-101",
    "inl-citoyen-102",
    "inl-securite-103",
    "inl-rgpd-101",
    "bvca-awareness-101",
    "glcc-alfab-108",
    "hrd-cloud-101",
]
# entries for a classroom or a teacher: no answer to a vague opening by someone who is not a teacher
CLASSROOM = ["aec-hw-105", "aec-csteach-207", "aec-dlteach-104", "aec-elearn-100"]
# advanced or leaders' entries: no first list for a beginner
ADVANCED = ["diaa-isd-304", "nda-cdo-401", "lcsi-strategy-401", "bvca-ciso-401", "padr-gpu-301"]
# data-engineering entries dearer than EUR 400
DATA_OVER_400 = ["nda-de-101", "nda-etl-201", "nda-dwh-202", "nda-migr-203", "nda-stream-301", "nda-cdo-401"]
# Spanish data entries dearer than EUR 400
UAL_OVER_400 = [
    "ual-python-201",
    "ual-estad-202",
    "ual-mineria-301",
    "ual-olap-302",
    "ual-texto-303",
    "ual-recom-304",
]
# German cloud-security entries dearer than EUR 500
HRD_OVER_500 = ["hrd-cloudsec-201", "hrd-iam-202", "hrd-cloudnet-203", "hrd-cloudir-301", "hrd-cloudarch-302"]
# cybersecurity entries dearer than EUR 300
CYBER_OVER_300 = [
    "inl-audit-302",
    "inl-crise-303",
    "inl-pssi-203",
    "inl-dpo-201",
    "bvca-ir-203",
    "bvca-forensics-201",
    "bvca-exploit-301",
    "bvca-redteam-302",
    "bvca-ciso-401",
    "bvca-siem-201",
    "bvca-pentest-201",
    "bvca-web-202",
]
# cloud entries dearer than about EUR 460 (USD 500, BDT 50,000)
CLOUD_OVER_460 = [
    "lcsi-cloudops-205",
    "ccna-hybrid-303",
    "hrd-cloudarch-302",
    "hrd-cloudmig-301",
    "hrd-clouddev-204",
    "hrd-cloudsec-201",
    "hrd-cloudnet-203",
    "hrd-cloudir-301",
]
# AI/ML entries dearer than INR 10,000
AI_OVER_10000 = [
    "diaa-ml-201",
    "diaa-dl-202",
    "diaa-cv-301",
    "diaa-nlp-302",
    "diaa-mlops-303",
    "diaa-isd-304",
]
# network-engineering entries: no answer to a developer moving into machine learning
NETWORKING = ["lcsi-ne-201", "ccna-net-101", "ccna-route-201", "ccna-netmon-202"]
