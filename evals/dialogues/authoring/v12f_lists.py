"""The v12-frozen batch (session 12, fourth blind frozen batch): the courses of the bundled catalogue a fair
reviewer would accept for an area or a follow-up, and the deadline windows its phrases need, in one place for
the eight language modules. Written from the catalogue files, the taxonomy and docs only, without reading the
assistant's code or rules and before any run (the batch is never run by its writer)."""

from dsl import OCC

__all__ = ["OCC"]

# data analysis
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
    "glcc-office-106",
    "inl-qualite-201",
    "nda-de-101",
    "nda-dwh-202",
    "lit-prog-101",
]
DATA_START = [
    "ual-datos-101",
    "ual-sql-102",
    "glcc-office-106",
    "diaa-viz-204",
    "lit-prog-101",
    "ual-python-201",
    "nda-model-102",
    "ual-visual-203",
]
# taught in English (the learner reads no Spanish)
DATA_EN = [
    "diaa-viz-204",
    "diaa-statsw-203",
    "nda-model-102",
    "glcc-office-106",
    "lit-prog-101",
    "nda-de-101",
    "nda-dwh-202",
    "diaa-math-102",
]
DATA_ES = [
    "ual-datos-101",
    "ual-sql-102",
    "ual-python-201",
    "ual-estad-202",
    "ual-visual-203",
    "ual-cert-datos",
]
# data engineering and databases
DE = [
    "nda-de-101",
    "nda-etl-201",
    "nda-dwh-202",
    "nda-migr-203",
    "nda-cert-de",
    "nda-stream-301",
    "nda-model-102",
    "nda-nosql-205",
    "hrd-clouddb-303",
    "ual-sql-102",
]
DBA = [
    "nda-model-102",
    "nda-dba-201",
    "nda-dbsec-301",
    "nda-dbphys-302",
    "nda-cert-dba",
    "nda-nosql-205",
    "hrd-clouddb-303",
    "ual-sql-102",
    "nda-graph-302",
]
DBA_CERT_PARTS = ["nda-cert-dba", "nda-model-102", "nda-dba-201", "nda-dbsec-301", "nda-dbphys-302"]
# AI and machine learning
ML = [
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
    "ual-texto-303",
    "ual-recom-304",
    "ual-mineria-301",
    "nda-dataset-204",
    "lcsi-mlnet-203",
    "padr-gpu-301",
]
ML_START = ["diaa-ai-101", "ual-ia-101", "diaa-math-102", "lit-prog-101", "diaa-ml-201", "ual-python-201"]
ML_EN = [
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
    "nda-dataset-204",
    "lit-prog-101",
]
AML_CERT_PARTS = ["diaa-cert-aml", "diaa-ml-201", "diaa-dl-202", "diaa-cv-301", "diaa-nlp-302"]
# cloud and cloud security
CLOUD = [
    "hrd-cloud-101",
    "hrd-clouddev-204",
    "hrd-cloudmig-301",
    "hrd-cloudarch-302",
    "hrd-clouddb-303",
    "hrd-iac-202",
    "lcsi-cloudops-205",
    "ccna-hybrid-303",
    "hrd-virt-201",
    "hrd-cloudsec-201",
    "hrd-iam-202",
    "hrd-cloudnet-203",
    "hrd-cert-cloudsec",
    "hrd-cloudir-301",
    "hrd-linux-101",
]
CLOUD_EN = ["hrd-clouddev-204", "hrd-cloudmig-301", "hrd-iac-202", "lcsi-cloudops-205", "ccna-hybrid-303"]
CLOUDSEC = [
    "hrd-cloudsec-201",
    "hrd-iam-202",
    "hrd-cloudnet-203",
    "hrd-cloudir-301",
    "hrd-cert-cloudsec",
    "hrd-cloud-101",
    "ccna-netsec-204",
    "bvca-hard-202",
    "bvca-soc-101",
    "lcsi-cloudops-205",
    "ccna-hybrid-303",
    "hrd-iac-202",
]
CLOUDSEC_CERT_PARTS = [
    "hrd-cert-cloudsec",
    "hrd-cloudsec-201",
    "hrd-iam-202",
    "hrd-cloudnet-203",
    "hrd-cloudir-301",
]
# networking, AI-driven networking
NETWORK = [
    "ccna-net-101",
    "ccna-fondements-101",
    "ccna-route-201",
    "ccna-netmon-202",
    "ccna-netauto-203",
    "ccna-netsec-204",
    "ccna-hw-102",
    "ccna-cert-netops",
    "ccna-capacity-302",
    "ccna-hybrid-303",
    "ccna-aiops-301",
    "lcsi-ne-201",
    "lcsi-sdn-202",
    "lcsi-5g-204",
    "hrd-cloudnet-203",
]
NETWORK_START = ["ccna-net-101", "ccna-fondements-101", "lcsi-ne-201", "ccna-hw-102"]
AINET = [
    "lcsi-ne-201",
    "lcsi-sdn-202",
    "lcsi-mlnet-203",
    "lcsi-anom-301",
    "lcsi-5g-204",
    "lcsi-cert-ainet",
    "ccna-aiops-301",
    "ccna-netmon-202",
    "ccna-netauto-203",
    "ccna-cert-netops",
    "ccna-net-101",
    "lcsi-edge-302",
]
AINET_CERT_PARTS = ["lcsi-cert-ainet", "lcsi-sdn-202", "lcsi-mlnet-203", "lcsi-anom-301", "lcsi-5g-204"]
NETOPS_CERT_PARTS = [
    "ccna-cert-netops",
    "ccna-route-201",
    "ccna-netmon-202",
    "ccna-netauto-203",
    "ccna-aiops-301",
]
# HPC
HPC = [
    "padr-hpc-101",
    "padr-par-201",
    "padr-perf-202",
    "padr-gpu-301",
    "padr-sched-302",
    "padr-cert-hpc",
    "padr-numerics-102",
    "padr-green-205",
    "padr-fair-203",
    "padr-reverse-302",
]
HPC_AFTER_PAR = ["padr-perf-202", "padr-gpu-301", "padr-reverse-302", "padr-cert-hpc"]
# digital literacy (learners) and teaching it
DLIT = [
    "glcc-dl-101",
    "glcc-comm-102",
    "glcc-create-103",
    "glcc-safe-104",
    "glcc-solve-105",
    "glcc-cert-df",
    "glcc-office-106",
    "glcc-alfab-108",
    "glcc-code-107",
    "inl-pix-101",
    "inl-citoyen-102",
    "inl-securite-103",
    "ual-digital-101",
    "ual-contenidos-102",
    "ual-problemas-103",
    "bvca-awareness-101",
]
DLIT_EN = [
    "glcc-dl-101",
    "glcc-comm-102",
    "glcc-create-103",
    "glcc-safe-104",
    "glcc-solve-105",
    "glcc-cert-df",
    "glcc-office-106",
]
DLIT_FREE = [
    "glcc-dl-101",
    "glcc-comm-102",
    "glcc-safe-104",
    "glcc-solve-105",
    "glcc-alfab-108",
    "glcc-code-107",
    "inl-pix-101",
    "inl-citoyen-102",
    "inl-securite-103",
    "ual-digital-101",
    "ual-contenidos-102",
    "ual-problemas-103",
    "glcc-cert-df",
]
DLIT_FR = ["inl-pix-101", "inl-citoyen-102", "inl-securite-103"]
DLIT_ES = ["glcc-alfab-108", "ual-digital-101", "ual-contenidos-102", "ual-problemas-103"]
DF_CERT_PARTS = [
    "glcc-cert-df",
    "glcc-dl-101",
    "glcc-comm-102",
    "glcc-create-103",
    "glcc-safe-104",
    "glcc-solve-105",
]
TEACH_DLIT = [
    "aec-dlteach-104",
    "aec-trainer-103",
    "aec-hw-105",
    "aec-elearn-100",
    "aec-csteach-207",
    "aec-media-208",
    "glcc-dl-101",
    "aec-blended-204",
]
# educators: e-learning and micro-credential design
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
DLD_CERT_PARTS = [
    "aec-cert-dld",
    "aec-mcd-101",
    "aec-outcomes-102",
    "aec-online-201",
    "aec-scorm-202",
    "aec-needs-203",
]
# web and software
WEB = [
    "lit-prog-101",
    "lit-web-201",
    "lit-webstd-202",
    "lit-fw-203",
    "lit-api-204",
    "lit-cert-web",
    "lit-git-103",
]
WEB_CERT_PARTS = ["lit-cert-web", "lit-web-201", "lit-webstd-202", "lit-fw-203", "lit-api-204"]
SOFTWARE = [
    "lit-prog-101",
    "lit-oop-102",
    "lit-test-201",
    "lit-debug-202",
    "lit-design-301",
    "lit-cert-swe",
    "lit-git-103",
    "lit-req-105",
    "lit-agile-106",
    "lit-case-205",
    "glcc-code-107",
    "lit-api-204",
]
TESTER = [
    "lit-test-201",
    "lit-oop-102",
    "lit-prog-101",
    "lit-debug-202",
    "lit-cert-swe",
    "lit-req-105",
    "lit-agile-106",
    "lit-git-103",
]
PROG_START = ["lit-prog-101", "glcc-code-107", "ual-python-201"]
# IT support and system administration
HELPDESK = [
    "glcc-solve-105",
    "glcc-help-201",
    "glcc-sys-202",
    "ccna-ops-205",
    "glcc-dl-101",
    "glcc-cert-df",
    "ccna-email-103",
    "hrd-linux-101",
    "hrd-backup-102",
    "ccna-hw-102",
    "ccna-net-101",
]
SYSADMIN = [
    "hrd-linux-101",
    "hrd-backup-102",
    "hrd-virt-201",
    "hrd-iac-202",
    "hrd-cert-sysadmin",
    "glcc-sys-202",
    "ccna-ops-205",
    "lcsi-cloudops-205",
    "bvca-hard-202",
    "ccna-email-103",
]
# cyber security
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
    "bvca-vuln-204",
    "bvca-awareness-101",
    "inl-cyber-201",
    "inl-securite-103",
    "ccna-netsec-204",
    "glcc-safe-104",
    "lcsi-anom-301",
    "hrd-cloudsec-201",
    "inl-pssi-203",
    "inl-audit-302",
    "inl-crise-303",
]
CYBER_START = [
    "bvca-soc-101",
    "glcc-safe-104",
    "inl-securite-103",
    "inl-cyber-201",
    "ccna-netsec-204",
    "ccna-net-101",
    "bvca-iot-203",
    "bvca-vuln-204",
]
CYBER_EN = [
    "bvca-soc-101",
    "bvca-siem-201",
    "bvca-hard-202",
    "bvca-ir-203",
    "bvca-cert-defence",
    "bvca-pentest-201",
    "bvca-web-202",
    "bvca-forensics-201",
    "bvca-iot-203",
    "bvca-vuln-204",
    "ccna-netsec-204",
    "glcc-safe-104",
    "lcsi-anom-301",
]
PENTEST_AFTER = ["bvca-web-202", "bvca-exploit-301", "bvca-cert-offensive", "bvca-redteam-302"]
DEFENCE_CERT_PARTS = ["bvca-cert-defence", "bvca-soc-101", "bvca-siem-201", "bvca-hard-202", "bvca-ir-203"]
# data protection and governance
DPO = [
    "inl-rgpd-101",
    "inl-dpo-201",
    "inl-aipd-202",
    "inl-cert-gouv",
    "inl-classif-301",
    "inl-sensib-104",
    "inl-pssi-203",
    "diaa-resp-205",
    "inl-qualite-201",
]
DGOV = [
    "inl-qualite-201",
    "inl-classif-301",
    "inl-cert-gouv",
    "inl-rgpd-101",
    "nda-cdo-401",
    "padr-fair-203",
    "diaa-resp-205",
    "inl-dpo-201",
    "inl-aipd-202",
    "nda-model-102",
    "inl-sensib-104",
]
GOUV_CERT_PARTS = ["inl-cert-gouv", "inl-rgpd-101", "inl-dpo-201", "inl-aipd-202", "inl-pssi-203"]

# every certificate
CERTS = [
    "aec-cert-dld",
    "bvca-cert-defence",
    "bvca-cert-offensive",
    "ccna-cert-netops",
    "diaa-cert-aml",
    "glcc-cert-df",
    "hrd-cert-cloudsec",
    "hrd-cert-sysadmin",
    "inl-cert-gouv",
    "lcsi-cert-ainet",
    "lit-cert-swe",
    "lit-cert-web",
    "nda-cert-de",
    "nda-cert-dba",
    "padr-cert-hpc",
    "ual-cert-datos",
]

# deadline windows (today 2026-12-04), loose on purpose like `dates.py`
FASCHING = (
    "2027-02-01",
    "2027-02-16",
)  # "bis Fasching": Rosenmontag 8 February 2027, Ash Wednesday 10 February
FALLAS = ("2027-03-01", "2027-03-19")  # "antes de las Fallas": Valencia, 15-19 March 2027
FIESTAS_PATRIAS = ("2027-09-01", "2027-09-18")  # Chile's national holidays, 18 September
QUATORZE_JUILLET = ("2027-06-30", "2027-07-14")  # "avant le 14 juillet"
AUTUMN_BREAK_FI = ("2027-10-08", "2027-10-22")  # "syyslomaan mennessä": week 42, 18-22 October 2027
SPRING_TERM_END = ("2027-05-15", "2027-06-05")  # "kevätlukukauden loppuun": the end of the spring term
END_Q1 = ("2027-03-20", "2027-04-01")  # "by the end of Q1", "April se pehle" (the new financial year)
RAKHI = ("2027-08-01", "2027-08-20")  # "Rakhi tak": Raksha Bandhan 2027 is in mid-August
NAVRATRI = ("2027-09-20", "2027-10-10")  # "Navratri se pehle": Navratri 2027 begins about 30 September
EKUSHEY = ("2027-02-07", "2027-02-21")  # "একুশে ফেব্রুয়ারির আগে": 21 February
IN_12_WEEKS = ("2027-02-19", "2027-03-05")  # 4 December + 84 days = 26 February
XMAS_NEXT_YEAR = ("2027-11-30", "2027-12-25")  # "before next Christmas"
BABY_DUE_MAY = ("2027-04-15", "2027-05-31")  # "before the baby comes in May"
BY_DECEMBER_NEXT = ("2027-11-25", "2027-12-31")  # "ডিসেম্বরের মধ্যে" said in December: next December
BEFORE_SUMMER = ("2027-05-15", "2027-06-30")
GRADUATION_JULY = ("2027-06-20", "2027-07-31")  # "trước khi ra trường tháng 7"
IN_5_MONTHS = ("2027-04-20", "2027-05-12")  # 4 December + 5 months = 4 May
END_AUGUST = ("2027-08-20", "2027-08-31")  # "bis Ende August"
