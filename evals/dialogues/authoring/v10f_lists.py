"""Course lists and deadline windows of the v10-frozen batch (session 10, blind, written before any run).

Each list holds every bundled course a fair reviewer would accept for a request in that area, in any language
the learner could take it in (`cite_any` / `plan_incl` pass when one of them is cited). Written from the
catalogue files only. Deadline windows are relative to the set's fixed today, 2026-12-04 (see dates.py).
"""

AI = [
    "diaa-ai-101",
    "ual-ia-101",
    "diaa-ml-201",
    "diaa-math-102",
    "diaa-dl-202",
    "diaa-cert-aml",
    "diaa-resp-205",
    "diaa-isd-304",
    "diaa-kbs-305",
    "diaa-nlp-302",
    "diaa-cv-301",
    "diaa-mlops-303",
    "nda-dataset-204",
]
ML = [
    "diaa-ml-201",
    "diaa-math-102",
    "diaa-ai-101",
    "ual-ia-101",
    "diaa-dl-202",
    "diaa-cert-aml",
    "diaa-mlops-303",
    "diaa-isd-304",
    "diaa-nlp-302",
    "diaa-cv-301",
    "ual-mineria-301",
    "lcsi-mlnet-203",
]
NLP = ["diaa-nlp-302", "ual-texto-303", "diaa-dl-202", "diaa-cert-aml"]
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
    "diaa-ml-201",
    "nda-model-102",
    "nda-de-101",
    "nda-dwh-202",
    "glcc-office-106",
    "inl-qualite-201",
]
SQL = [
    "ual-sql-102",
    "nda-model-102",
    "nda-dba-201",
    "nda-cert-dba",
    "hrd-clouddb-303",
    "ual-cert-datos",
    "ual-olap-302",
    "nda-dwh-202",
    "nda-nosql-205",
    "nda-dbphys-302",
]
VIZ = ["diaa-viz-204", "ual-visual-203", "ual-cert-datos", "ual-olap-302"]
DATAENG = [
    "nda-de-101",
    "nda-etl-201",
    "nda-dwh-202",
    "nda-migr-203",
    "nda-cert-de",
    "nda-stream-301",
    "nda-model-102",
    "ual-mineria-301",
]
CLOUD = [
    "hrd-cloud-101",
    "hrd-cloudsec-201",
    "hrd-iam-202",
    "hrd-cloudnet-203",
    "hrd-cloudir-301",
    "hrd-cert-cloudsec",
    "hrd-cloudmig-301",
    "hrd-cloudarch-302",
    "hrd-clouddb-303",
    "hrd-clouddev-204",
    "lcsi-cloudops-205",
    "ccna-hybrid-303",
    "hrd-virt-201",
    "hrd-iac-202",
]
CLOUDSEC = [
    "hrd-cloud-101",
    "hrd-cloudsec-201",
    "hrd-iam-202",
    "hrd-cloudnet-203",
    "hrd-cloudir-301",
    "hrd-cert-cloudsec",
]
AINET = [
    "lcsi-sdn-202",
    "lcsi-mlnet-203",
    "lcsi-anom-301",
    "lcsi-cert-ainet",
    "lcsi-ne-201",
    "lcsi-5g-204",
    "lcsi-edge-302",
    "ccna-aiops-301",
    "ccna-netauto-203",
    "ccna-cert-netops",
    "ccna-netmon-202",
]
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
]
DLIT = [
    "glcc-dl-101",
    "glcc-comm-102",
    "glcc-create-103",
    "glcc-safe-104",
    "glcc-solve-105",
    "glcc-cert-df",
    "glcc-alfab-108",
    "glcc-office-106",
    "inl-pix-101",
    "inl-citoyen-102",
    "inl-securite-103",
    "ual-digital-101",
    "ual-contenidos-102",
    "ual-problemas-103",
    "bvca-awareness-101",
]
DLIT_TEACH = [
    "aec-dlteach-104",
    "aec-trainer-103",
    "aec-elearn-100",
    "aec-hw-105",
    "aec-media-208",
    "aec-csteach-207",
    "aec-blended-204",
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
    "bvca-web-202",
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
    "lit-api-204",
    "lit-case-205",
    "lit-web-201",
    "glcc-code-107",
]
PYTHON = [
    "lit-prog-101",
    "glcc-code-107",
    "ual-python-201",
    "diaa-ml-201",
    "diaa-viz-204",
    "ccna-netauto-203",
]
NET = [
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
    "lcsi-5g-204",
    "lcsi-sdn-202",
]
CYBER = [
    "bvca-soc-101",
    "bvca-siem-201",
    "bvca-hard-202",
    "bvca-ir-203",
    "bvca-cert-defence",
    "bvca-pentest-201",
    "bvca-web-202",
    "bvca-vuln-204",
    "bvca-forensics-201",
    "bvca-netfor-302",
    "bvca-iot-203",
    "bvca-awareness-101",
    "bvca-cert-offensive",
    "inl-cyber-201",
    "inl-pssi-203",
    "inl-audit-302",
    "inl-crise-303",
    "inl-securite-103",
    "ccna-netsec-204",
    "glcc-safe-104",
    "hrd-cloudsec-201",
    "lcsi-anom-301",
]
PENTEST = ["bvca-pentest-201", "bvca-web-202", "bvca-exploit-301", "bvca-redteam-302", "bvca-cert-offensive"]
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
SYSADMIN = [
    "hrd-linux-101",
    "hrd-backup-102",
    "hrd-virt-201",
    "hrd-iac-202",
    "hrd-cert-sysadmin",
    "bvca-hard-202",
    "glcc-sys-202",
    "ccna-ops-205",
]
HELPDESK = ["glcc-help-201", "glcc-solve-105", "glcc-sys-202", "ccna-ops-205", "ccna-hw-102", "glcc-cert-df"]
TESTING = ["lit-test-201", "lit-debug-202", "lit-cert-swe"]
FREE = [
    "aec-elearn-100",
    "aec-mcd-101",
    "aec-dlteach-104",
    "aec-hw-105",
    "diaa-ai-101",
    "glcc-dl-101",
    "glcc-comm-102",
    "glcc-safe-104",
    "glcc-solve-105",
    "glcc-code-107",
    "glcc-alfab-108",
    "hrd-cloud-101",
    "inl-rgpd-101",
    "inl-pix-101",
    "inl-citoyen-102",
    "inl-securite-103",
    "lit-prog-101",
    "padr-hpc-101",
    "padr-fair-203",
    "padr-green-205",
    "ual-datos-101",
    "ual-ia-101",
    "ual-digital-101",
    "ual-contenidos-102",
    "ual-problemas-103",
    "bvca-awareness-101",
]
# French- and German-only courses (for "not in French / German" follow-ups).
FRENCH_ONLY = [
    "inl-rgpd-101",
    "inl-dpo-201",
    "inl-aipd-202",
    "inl-pssi-203",
    "inl-cert-gouv",
    "inl-qualite-201",
    "inl-classif-301",
    "inl-pix-101",
    "inl-citoyen-102",
    "inl-securite-103",
    "inl-cyber-201",
    "inl-audit-302",
    "inl-crise-303",
    "inl-sensib-104",
    "ccna-fondements-101",
]
GERMAN_ONLY = [
    "hrd-cloud-101",
    "hrd-cloudsec-201",
    "hrd-iam-202",
    "hrd-cloudnet-203",
    "hrd-cloudir-301",
    "hrd-cert-cloudsec",
    "hrd-linux-101",
    "hrd-backup-102",
    "hrd-virt-201",
    "hrd-cert-sysadmin",
    "hrd-cloudarch-302",
    "hrd-clouddb-303",
]
SPANISH_ONLY = [
    "ual-datos-101",
    "ual-sql-102",
    "ual-python-201",
    "ual-estad-202",
    "ual-visual-203",
    "ual-cert-datos",
    "ual-mineria-301",
    "ual-olap-302",
    "ual-ia-101",
    "ual-texto-303",
    "ual-recom-304",
    "ual-digital-101",
    "ual-contenidos-102",
    "ual-problemas-103",
    "glcc-alfab-108",
]

# Deadline windows (inclusive), relative to 2026-12-04.
PENTECOST = ("2027-05-09", "2027-05-17")  # "bis Pfingsten": Whit Sunday 2027 is 16 May
EASTER = ("2027-03-14", "2027-03-31")  # Easter Sunday 2027 is 28 March
RAMADAN = ("2027-01-28", "2027-02-10")  # "rojar age": Ramadan 2027 begins about 8 February
REUNIFICATION = ("2027-04-23", "2027-04-30")  # "trước 30/4": Vietnam's 30 April holiday
END_MAY = ("2027-05-24", "2027-05-31")
END_JUNE = ("2027-06-23", "2027-06-30")
IN_5_MONTHS = ("2027-04-25", "2027-05-12")
IN_6_MONTHS = ("2027-05-20", "2027-06-20")
IN_3_MONTHS = ("2027-02-25", "2027-03-12")
IN_12_WEEKS = ("2027-02-22", "2027-03-02")
MARCH_15 = ("2027-03-13", "2027-03-16")  # "15 March", "15.3.", "15/3"
APRIL_1 = ("2027-03-30", "2027-04-02")
END_FEBRUARY = ("2027-02-21", "2027-02-28")
END_JANUARY = ("2027-01-24", "2027-01-31")
END_MARCH = ("2027-03-24", "2027-04-01")
BY_DECEMBER_2027 = ("2027-11-30", "2027-12-31")  # "by December" said in December 2026: next December
SEPTEMBER = ("2027-08-31", "2027-09-30")
BEFORE_SUMMER = ("2027-05-15", "2027-06-30")
JULY = ("2027-06-30", "2027-07-31")
DIWALI = ("2027-10-15", "2027-11-10")  # Diwali 2027 is on 29 October
MIDSUMMER = ("2027-06-15", "2027-06-30")  # "juhannukseen": 25-26 June 2027
TET = ("2027-01-20", "2027-02-10")  # Tết 2027 is 6 February
PUJA = ("2027-09-20", "2027-10-20")  # Durga Puja 2027, first half of October
