"""The v13u batch, part b (session 13, blind tune batch, fi/vi/hi/bn): the courses of the bundled catalogue a
fair reviewer would accept for an area or a follow-up, and the new deadline windows. Written from the
catalogue files and docs only, without reading the assistant's code or rules and before any run."""

# Deadline windows (today is 2026-12-04).
REPUBLIC_DAY = ("2027-01-19", "2027-01-26")  # "Republic Day tak": 26 January 2027
INDEPENDENCE_DAY = ("2027-08-08", "2027-08-15")  # "15 August tak"
NEW_YEAR = ("2026-12-24", "2027-01-01")  # "নতুন বছর শুরুর আগে": before 1 January 2027
END_Q1 = ("2027-03-25", "2027-04-01")  # "hết quý 1": the end of March 2027

HELPDESK = ["glcc-help-201", "glcc-solve-105", "glcc-sys-202", "glcc-dl-101", "ccna-ops-205", "glcc-cert-df"]
DATA = [
    "ual-datos-101",
    "ual-sql-102",
    "ual-python-201",
    "ual-estad-202",
    "ual-visual-203",
    "ual-cert-datos",
    "ual-olap-302",
    "ual-mineria-301",
    "diaa-viz-204",
    "glcc-office-106",
    "nda-model-102",
    "nda-de-101",
    "inl-qualite-201",
    "diaa-statsw-203",
]
DATA_FREE = ["ual-datos-101", "diaa-ai-101", "lit-prog-101", "glcc-code-107", "padr-fair-203", "glcc-dl-101"]
DWH_AFTER = ["nda-cert-de", "nda-etl-201", "nda-migr-203", "nda-stream-301", "ual-olap-302", "nda-de-101"]
DE_CERT = ["nda-cert-de", "nda-de-101", "nda-etl-201", "nda-dwh-202", "nda-migr-203"]
DE_NEXT = ["nda-etl-201", "nda-dwh-202", "nda-migr-203", "nda-cert-de", "nda-stream-301"]
PYTHON_START = ["lit-prog-101", "ual-python-201", "glcc-code-107", "nda-etl-201"]
AI = [
    "diaa-ai-101",
    "ual-ia-101",
    "diaa-ml-201",
    "diaa-dl-202",
    "diaa-math-102",
    "diaa-cert-aml",
    "diaa-resp-205",
]
ML = AI + [
    "diaa-nlp-302",
    "diaa-cv-301",
    "diaa-mlops-303",
    "nda-dataset-204",
    "ual-python-201",
    "lit-prog-101",
]
ML_START = ["diaa-ai-101", "ual-ia-101", "diaa-math-102", "diaa-ml-201", "lit-prog-101", "ual-python-201"]
ML_CERT = ["diaa-cert-aml", "diaa-ml-201", "diaa-dl-202", "diaa-cv-301", "diaa-nlp-302"]
DL_BEFORE = ["diaa-ml-201", "diaa-math-102", "lit-prog-101", "ual-python-201", "diaa-ai-101"]
MICROCRED = [
    "aec-mcd-101",
    "aec-outcomes-102",
    "aec-cert-dld",
    "aec-online-201",
    "aec-needs-203",
    "aec-scorm-202",
    "aec-elearn-100",
    "aec-blended-204",
]
MICROCRED_CERT = [
    "aec-cert-dld",
    "aec-mcd-101",
    "aec-outcomes-102",
    "aec-online-201",
    "aec-scorm-202",
    "aec-needs-203",
]
CYBER = [
    "bvca-soc-101",
    "bvca-siem-201",
    "bvca-hard-202",
    "bvca-ir-203",
    "bvca-cert-defence",
    "bvca-pentest-201",
    "bvca-vuln-204",
    "bvca-iot-203",
    "ccna-netsec-204",
    "inl-cyber-201",
    "glcc-safe-104",
    "bvca-web-202",
    "bvca-netfor-302",
]
CYBER_FREE = ["glcc-safe-104", "bvca-awareness-101", "inl-securite-103", "bvca-soc-101", "inl-cyber-201"]
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
HPC_START = ["padr-hpc-101", "padr-numerics-102", "padr-perf-202", "padr-par-201"]
DLIT = [
    "glcc-dl-101",
    "glcc-comm-102",
    "glcc-safe-104",
    "glcc-solve-105",
    "glcc-cert-df",
    "glcc-office-106",
    "glcc-create-103",
    "inl-pix-101",
    "ual-digital-101",
    "inl-securite-103",
]
DLIT_TEACH = [
    "aec-dlteach-104",
    "aec-trainer-103",
    "aec-elearn-100",
    "aec-hw-105",
    "glcc-dl-101",
    "aec-blended-204",
]
WEB = ["lit-web-201", "lit-webstd-202", "lit-fw-203", "lit-api-204", "lit-cert-web", "bvca-web-202"]
WEB_START = ["lit-web-201", "lit-webstd-202", "glcc-code-107", "lit-prog-101", "lit-fw-203", "lit-git-103"]
WEB_CERT = ["lit-cert-web", "lit-web-201", "lit-webstd-202", "lit-fw-203", "lit-api-204"]
SWE_CERT = ["lit-cert-swe", "lit-oop-102", "lit-test-201", "lit-debug-202", "lit-design-301"]
NETWORK = [
    "ccna-net-101",
    "ccna-fondements-101",
    "ccna-route-201",
    "ccna-netmon-202",
    "ccna-netsec-204",
    "ccna-hw-102",
    "ccna-cert-netops",
    "ccna-netauto-203",
]
NETWORK_START = ["ccna-net-101", "ccna-hw-102", "ccna-fondements-101", "glcc-solve-105", "glcc-help-201"]
CLOUD = [
    "hrd-cloud-101",
    "hrd-clouddev-204",
    "lcsi-cloudops-205",
    "hrd-cloudmig-301",
    "hrd-iac-202",
    "ccna-hybrid-303",
    "hrd-cloudarch-302",
    "hrd-cloudsec-201",
    "hrd-cert-cloudsec",
    "hrd-clouddb-303",
]
CLOUD_EN = ["hrd-clouddev-204", "lcsi-cloudops-205", "hrd-cloudmig-301", "hrd-iac-202", "ccna-hybrid-303"]
CLOUDSEC = [
    "hrd-cloudsec-201",
    "hrd-iam-202",
    "hrd-cloudnet-203",
    "hrd-cloudir-301",
    "hrd-cert-cloudsec",
    "ccna-netsec-204",
    "bvca-hard-202",
    "ccna-hybrid-303",
]
AINET = [
    "ccna-aiops-301",
    "lcsi-sdn-202",
    "lcsi-mlnet-203",
    "lcsi-anom-301",
    "lcsi-cert-ainet",
    "ccna-cert-netops",
    "ccna-netauto-203",
    "lcsi-5g-204",
]
AINET_CERT = ["lcsi-cert-ainet", "lcsi-sdn-202", "lcsi-mlnet-203", "lcsi-anom-301", "lcsi-5g-204"]
DPO = [
    "inl-rgpd-101",
    "inl-dpo-201",
    "inl-aipd-202",
    "inl-cert-gouv",
    "inl-classif-301",
    "inl-sensib-104",
    "diaa-resp-205",
    "inl-pssi-203",
    "nda-cdo-401",
]
DPO_EN = ["diaa-resp-205", "nda-dbsec-301", "nda-cdo-401", "glcc-safe-104", "ccna-netsec-204", "bvca-soc-101"]
DBA_NEXT = [
    "nda-dbsec-301",
    "nda-dbphys-302",
    "nda-cert-dba",
    "nda-dwh-202",
    "nda-nosql-205",
    "hrd-clouddb-303",
]
