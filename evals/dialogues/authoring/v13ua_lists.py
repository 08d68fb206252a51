"""The v13u batch, part a (session 13, blind tune batch): the courses of the bundled catalogue a fair
reviewer would accept for an area or a follow-up, and the deadline windows the batch needs, in one place for
the en, de, es and fr modules. Written from the catalogue files and docs only, without reading the
assistant's code or any result, and never run by its writer."""

from dsl import CONS_OR_REFINE, OCC

__all__ = ["COR", "OCC"]

COR = CONS_OR_REFINE

# Deadline windows (the set's today is 2026-12-04).
EASTER_WEEK = ("2027-03-14", "2027-03-31")  # "bis Ostern" / "antes de Semana Santa": Easter is 28 March 2027

DATA_START = [
    "ual-datos-101",
    "ual-sql-102",
    "nda-model-102",
    "glcc-office-106",
    "diaa-viz-204",
    "ual-python-201",
    "ual-visual-203",
    "lit-prog-101",
    "nda-de-101",
    "inl-qualite-201",
]
DATA = DATA_START + [
    "ual-estad-202",
    "ual-cert-datos",
    "ual-mineria-301",
    "ual-olap-302",
    "diaa-statsw-203",
    "nda-dwh-202",
    "nda-etl-201",
    "diaa-ml-201",
    "diaa-ai-101",
    "ual-ia-101",
]
DATA_CERT_ES = ["ual-sql-102", "ual-python-201", "ual-estad-202", "ual-visual-203", "ual-cert-datos"]
DE = [
    "nda-de-101",
    "nda-etl-201",
    "nda-dwh-202",
    "nda-migr-203",
    "nda-cert-de",
    "nda-stream-301",
    "nda-model-102",
    "ual-sql-102",
    "ual-mineria-301",
    "nda-nosql-205",
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
]
ML_START = [
    "diaa-ai-101",
    "ual-ia-101",
    "diaa-math-102",
    "lit-prog-101",
    "ual-python-201",
    "diaa-ml-201",
    "glcc-code-107",
]
ML = ML_START + [
    "diaa-dl-202",
    "diaa-cv-301",
    "diaa-nlp-302",
    "diaa-cert-aml",
    "diaa-mlops-303",
    "diaa-isd-304",
    "diaa-kbs-305",
    "diaa-statsw-203",
    "diaa-viz-204",
    "diaa-resp-205",
    "ual-texto-303",
    "ual-recom-304",
    "ual-mineria-301",
    "nda-dataset-204",
    "padr-gpu-301",
]
ML_AFTER = ["diaa-dl-202", "diaa-cv-301", "diaa-nlp-302", "diaa-cert-aml", "diaa-mlops-303", "ual-texto-303"]
ML_BEFORE = ["diaa-ai-101", "diaa-math-102", "lit-prog-101", "ual-python-201", "ual-ia-101"]
CLOUD = [
    "hrd-cloud-101",
    "hrd-cloudsec-201",
    "hrd-iam-202",
    "hrd-cloudnet-203",
    "hrd-cloudir-301",
    "hrd-cert-cloudsec",
    "hrd-cloudarch-302",
    "hrd-cloudmig-301",
    "hrd-clouddev-204",
    "hrd-clouddb-303",
    "hrd-virt-201",
    "hrd-iac-202",
    "ccna-hybrid-303",
    "lcsi-cloudops-205",
    "lcsi-edge-302",
    "ccna-net-101",
    "hrd-linux-101",
]
CLOUD_EN = ["hrd-iac-202", "hrd-cloudmig-301", "hrd-clouddev-204", "lcsi-cloudops-205", "ccna-hybrid-303"]
CLOUDSEC_CERT = [
    "hrd-cloudsec-201",
    "hrd-iam-202",
    "hrd-cloudnet-203",
    "hrd-cloudir-301",
    "hrd-cert-cloudsec",
]
CLOUDSEC_BEFORE = ["hrd-cloud-101", "ccna-net-101", "ccna-netsec-204", "hrd-linux-101"]
AINET = [
    "lcsi-sdn-202",
    "lcsi-mlnet-203",
    "lcsi-anom-301",
    "lcsi-5g-204",
    "lcsi-cert-ainet",
    "ccna-aiops-301",
    "ccna-cert-netops",
    "ccna-netauto-203",
    "lcsi-edge-302",
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
    "padr-fair-203",
    "padr-reverse-302",
]
HPC_CERT = ["padr-par-201", "padr-perf-202", "padr-gpu-301", "padr-sched-302", "padr-cert-hpc"]
DLIT = [
    "glcc-dl-101",
    "glcc-comm-102",
    "glcc-safe-104",
    "glcc-solve-105",
    "glcc-cert-df",
    "glcc-create-103",
    "glcc-office-106",
    "inl-pix-101",
    "inl-citoyen-102",
    "inl-securite-103",
    "ual-digital-101",
    "ual-contenidos-102",
    "ual-problemas-103",
    "glcc-alfab-108",
]
DLIT_FREE_EN = ["glcc-dl-101", "glcc-comm-102", "glcc-safe-104", "glcc-solve-105", "glcc-cert-df"]
DLIT_FR = ["inl-pix-101", "inl-citoyen-102", "inl-securite-103"]
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
    "aec-trainer-103",
    "aec-media-208",
]
MICROCRED_FREE = ["aec-mcd-101", "aec-elearn-100", "aec-cert-dld", "aec-dlteach-104", "aec-hw-105"]
TEACH_CS = [
    "aec-csteach-207",
    "aec-hw-105",
    "glcc-code-107",
    "lit-prog-101",
    "aec-dlteach-104",
    "aec-trainer-103",
]
WEB = [
    "lit-web-201",
    "lit-webstd-202",
    "lit-fw-203",
    "lit-api-204",
    "lit-cert-web",
    "lit-prog-101",
    "lit-git-103",
    "glcc-code-107",
    "bvca-web-202",
    "lit-oop-102",
]
BACKEND = [
    "lit-api-204",
    "lit-prog-101",
    "lit-oop-102",
    "lit-git-103",
    "nda-model-102",
    "ual-sql-102",
    "lit-cert-web",
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
    "glcc-code-107",
    "lit-web-201",
    "lit-api-204",
]
PROG_START = ["lit-prog-101", "glcc-code-107", "ual-python-201", "lit-web-201", "lit-git-103"]
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
    "ccna-email-103",
    "ccna-aiops-301",
    "ccna-hybrid-303",
    "lcsi-ne-201",
    "lcsi-5g-204",
]
NETWORK_AFTER_BASICS = [
    "ccna-route-201",
    "ccna-netmon-202",
    "ccna-netauto-203",
    "ccna-netsec-204",
    "ccna-cert-netops",
    "ccna-hw-102",
    "ccna-capacity-302",
    "ccna-aiops-301",
]
HELPDESK = [
    "glcc-help-201",
    "glcc-solve-105",
    "glcc-sys-202",
    "glcc-dl-101",
    "ccna-ops-205",
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
    "hrd-cloud-101",
]
SYSADMIN_AFTER_LINUX = ["hrd-backup-102", "hrd-virt-201", "hrd-iac-202", "hrd-cert-sysadmin"]
CYBER_START = [
    "bvca-soc-101",
    "inl-cyber-201",
    "glcc-safe-104",
    "inl-securite-103",
    "ccna-net-101",
    "ccna-fondements-101",
    "ccna-netsec-204",
    "bvca-vuln-204",
]
CYBER = CYBER_START + [
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
    "inl-pssi-203",
    "inl-audit-302",
    "inl-crise-303",
    "lcsi-anom-301",
    "hrd-cloudsec-201",
]
CYBER_FR = [
    "inl-cyber-201",
    "inl-pssi-203",
    "inl-audit-302",
    "inl-crise-303",
    "inl-securite-103",
    "ccna-fondements-101",
]
DEFENCE_CERT = ["bvca-soc-101", "bvca-siem-201", "bvca-hard-202", "bvca-ir-203", "bvca-cert-defence"]
OFFENSIVE = [
    "bvca-pentest-201",
    "bvca-web-202",
    "bvca-exploit-301",
    "bvca-redteam-302",
    "bvca-cert-offensive",
]
DPO = [
    "inl-rgpd-101",
    "inl-dpo-201",
    "inl-aipd-202",
    "inl-pssi-203",
    "inl-cert-gouv",
    "inl-qualite-201",
    "inl-classif-301",
    "inl-sensib-104",
    "diaa-resp-205",
]
DPO_AFTER_RGPD = [
    "inl-dpo-201",
    "inl-aipd-202",
    "inl-pssi-203",
    "inl-cert-gouv",
    "inl-classif-301",
    "inl-sensib-104",
]
