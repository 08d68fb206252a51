"""Shared lists of the acts17 batch (session 17, tune, written BEFORE the fixes by the helper who fixes them):
the weakest acts of the frozen report in new phrasings - skills held (several skills with levels in one
message, tools, a course done, a certificate held, bullets, years of use, mixed languages), out-of-scope
requests (weather, recipes, homework, legal advice, sport, politics, jokes) whose reply says what the
assistant can do, a job's pay (not in the catalogue: said so, with what it can do), and searches in the
learner's own words (misspelt, with a level or format, mixed languages).

Held back: dialogues numbered 07 and 08 in each language are the held-back part, decided before the first run:
their phrasings are never added to the classifier's training lines and their failures are not studied; they
are reported apart from 01-06, the part tuned on."""

HELD_BACK = ("07", "08")

# a pay question is answered, not refused: the labour-market reply or a plain refusal that offers help
NEAR = ["out_of_scope", "explain", "explore", "search", "set_goal", "smalltalk"]
OOS_OR_EXPLORE = ["out_of_scope", "explore", "smalltalk"]

# what the assistant can do, in each reply language: every out-of-scope reply names courses or the catalogue
CAN_DO = {
    "en": ["catalogue", "course", "credential"],
    "de": ["katalog", "kurs"],
    "es": ["catálogo", "curso"],
    "fr": ["catalogue", "formation", "cours"],
    "fi": ["luettelo", "kurss"],
    "vi": ["danh mục", "khóa học", "khoá học"],
    "hi": ["कैटलॉग", "कोर्स", "पाठ्यक्रम"],
    "bn": ["ক্যাটালগ", "কোর্স"],
}
# the reply says what it cannot tell: pay
SALARY = {
    "en": ["salar", "pays", " pay "],
    "de": ["gehalt", "gehält", "verdien"],
    "es": ["salari", "sueldo"],
    "fr": ["salaire"],
    "fi": ["palk"],
    "vi": ["lương"],
    "hi": ["वेतन", "सैलरी"],
    "bn": ["বেতন"],
}

CLOUD = [
    "hrd-cloud-101",
    "hrd-cloudsec-201",
    "hrd-clouddev-204",
    "hrd-clouddb-303",
    "hrd-cloudmig-301",
    "hrd-virt-201",
    "hrd-iac-202",
    "lcsi-cloudops-205",
    "ccna-hybrid-303",
]
CYBER = [
    "inl-cyber-201",
    "ccna-netsec-204",
    "glcc-safe-104",
    "inl-securite-103",
    "inl-sensib-104",
    "inl-pssi-203",
    "hrd-cloudsec-201",
    "lcsi-anom-301",
    "inl-audit-302",
    "inl-crise-303",
    # the Baltic-Vistula cyber academy's courses, left out of the first version by an oversight (corrected
    # before any fix; the base figures are given for both versions)
    "bvca-soc-101",
    "bvca-siem-201",
    "bvca-hard-202",
    "bvca-pentest-201",
    "bvca-vuln-204",
    "bvca-iot-203",
    "bvca-awareness-101",
    "bvca-ir-203",
    "bvca-netfor-302",
    "bvca-cert-defence",
]
NETSEC = [
    "ccna-netsec-204",
    "lcsi-anom-301",
    "hrd-cloudnet-203",
    "inl-cyber-201",
    "inl-pssi-203",
    "glcc-safe-104",
    # as in CYBER: the cyber academy's courses on defending networks and systems (added before any fix)
    "bvca-soc-101",
    "bvca-siem-201",
    "bvca-hard-202",
    "bvca-netfor-302",
    "bvca-vuln-204",
]
AI = ["ual-ia-101", "diaa-ai-101", "diaa-ml-201", "diaa-math-102", "diaa-resp-205"]
ML = [
    "diaa-ai-101",
    "diaa-ml-201",
    "diaa-math-102",
    "diaa-dl-202",
    "lcsi-mlnet-203",
    "ual-ia-101",
    "diaa-cert-aml",
    "nda-dataset-204",
]
DB = [
    "nda-dba-201",
    "nda-model-102",
    "ual-sql-102",
    "nda-nosql-205",
    "hrd-clouddb-303",
    "nda-dbsec-301",
    "nda-dbphys-302",
    "nda-cert-dba",
]
NET = [
    "ccna-net-101",
    "ccna-fondements-101",
    "ccna-route-201",
    "ccna-netmon-202",
    "ccna-hw-102",
    "ccna-netsec-204",
    "lcsi-ne-201",
]
DATA = [
    "ual-datos-101",
    "ual-sql-102",
    "ual-python-201",
    "ual-estad-202",
    "ual-visual-203",
    "ual-cert-datos",
    "ual-mineria-301",
    "ual-olap-302",
    "glcc-office-106",
    "diaa-viz-204",
    "nda-de-101",
    "nda-etl-201",
    "inl-qualite-201",
    "nda-stream-301",
    "nda-model-102",
]
GDPR = ["inl-rgpd-101", "inl-dpo-201", "inl-aipd-202", "inl-cert-gouv", "inl-sensib-104", "diaa-resp-205"]
