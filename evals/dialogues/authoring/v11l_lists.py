"""Course lists and date windows for the v11-eu batch (session 11, languages round: de/fr/es/fi, ids
`<lang>-v11l-…`). Written from the bundled catalogue only, before any run: every course of an area a reviewer
would accept as an answer, in any language the learner could take."""

DATA = [
    "ual-datos-101",
    "ual-sql-102",
    "ual-python-201",
    "ual-visual-203",
    "ual-cert-datos",
    "ual-estad-202",
    "ual-mineria-301",
    "ual-olap-302",
    "diaa-viz-204",
    "glcc-office-106",
    "nda-model-102",
    "lit-prog-101",
]
SQL = ["ual-sql-102", "nda-model-102", "nda-dba-201", "ual-olap-302", "nda-dwh-202", "hrd-clouddb-303"]
DB = [
    "nda-dba-201",
    "nda-model-102",
    "nda-dbsec-301",
    "nda-dbphys-302",
    "nda-cert-dba",
    "nda-nosql-205",
    "hrd-clouddb-303",
    "ual-sql-102",
    "nda-dwh-202",
]
CLOUDSEC = ["hrd-cloudsec-201", "hrd-cert-cloudsec", "hrd-iam-202", "hrd-cloudnet-203", "hrd-cloudir-301"]
CLOUD_EN = [
    "ccna-hybrid-303",
    "lcsi-cloudops-205",
    "hrd-cloudmig-301",
    "hrd-clouddev-204",
    "hrd-iac-202",
    "ccna-netsec-204",
]
CYBER_START = [
    "bvca-soc-101",
    "inl-cyber-201",
    "ccna-netsec-204",
    "glcc-safe-104",
    "inl-securite-103",
    "bvca-vuln-204",
    "bvca-cert-defence",
    "bvca-awareness-101",
    "glcc-dl-101",
]
AI_START = ["diaa-ai-101", "ual-ia-101", "glcc-code-107", "lit-prog-101"]
ML = [
    "diaa-ml-201",
    "diaa-ai-101",
    "diaa-cert-aml",
    "diaa-dl-202",
    "diaa-math-102",
    "ual-ia-101",
    "lcsi-mlnet-203",
    "diaa-mlops-303",
    "diaa-cv-301",
    "diaa-nlp-302",
    "nda-dataset-204",
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
]
DGOV = [
    "inl-rgpd-101",
    "inl-dpo-201",
    "inl-aipd-202",
    "inl-cert-gouv",
    "inl-qualite-201",
    "inl-classif-301",
    "inl-sensib-104",
    "inl-pssi-203",
    "diaa-resp-205",
    "padr-fair-203",
]
MICRO = [
    "aec-mcd-101",
    "aec-cert-dld",
    "aec-outcomes-102",
    "aec-online-201",
    "aec-scorm-202",
    "aec-elearn-100",
    "aec-needs-203",
    "aec-blended-204",
]
DLIT = [
    "glcc-dl-101",
    "glcc-cert-df",
    "inl-pix-101",
    "ual-digital-101",
    "glcc-alfab-108",
    "ual-problemas-103",
    "glcc-office-106",
    "glcc-solve-105",
    "glcc-comm-102",
    "glcc-safe-104",
    "inl-securite-103",
    "inl-citoyen-102",
    "ual-contenidos-102",
    "glcc-create-103",
]
DLIT_TEACH = [
    "aec-dlteach-104",
    "aec-trainer-103",
    "aec-elearn-100",
    "glcc-dl-101",
    "glcc-cert-df",
    "aec-hw-105",
    "aec-media-208",
]
HELPDESK = ["glcc-help-201", "glcc-sys-202", "glcc-solve-105", "ccna-ops-205", "glcc-dl-101", "glcc-cert-df"]
NET = [
    "ccna-net-101",
    "ccna-fondements-101",
    "ccna-route-201",
    "ccna-netsec-204",
    "ccna-netmon-202",
    "ccna-hw-102",
    "lcsi-ne-201",
]
WEB = ["lit-web-201", "lit-webstd-202", "lit-fw-203", "lit-api-204", "lit-cert-web", "lit-prog-101"]
LINUX = ["hrd-linux-101", "hrd-cert-sysadmin", "hrd-virt-201", "hrd-iac-202", "bvca-hard-202", "glcc-sys-202"]
STREAM = ["nda-stream-301", "ual-mineria-301", "nda-etl-201", "nda-cert-de", "nda-de-101", "nda-dwh-202"]
PYTHON = ["ual-python-201", "lit-prog-101", "diaa-viz-204", "glcc-code-107", "diaa-ml-201"]
