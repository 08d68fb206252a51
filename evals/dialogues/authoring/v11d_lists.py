"""The v11-dlg batch (session 11, reply/policy round): the courses of the bundled catalogue a fair reviewer
would accept for an area or a follow-up, in one place for the eight language modules. Written from the
catalogue files only, before reading the policy files and before any run."""

from dsl import APPLY, CONS_OR_REFINE, OCC
from v10d_lists import CLOUDSEC, CYBER, CYBER_START, DATA, DATA_START, ML, NETWORK, PROG_EASY

__all__ = [
    "APPLY",
    "COR",
    "OCC",
    "CLOUDSEC",
    "CYBER",
    "CYBER_START",
    "DATA",
    "DATA_START",
    "ML",
    "NETWORK",
    "PROG_EASY",
]

COR = CONS_OR_REFINE

HELPDESK = ["glcc-help-201", "glcc-solve-105", "glcc-sys-202", "glcc-dl-101", "ccna-ops-205", "glcc-cert-df"]
HELPDESK_START = ["glcc-solve-105", "glcc-help-201", "glcc-dl-101"]
OFFICE = [
    "glcc-office-106",
    "glcc-comm-102",
    "glcc-dl-101",
    "glcc-create-103",
    "inl-pix-101",
    "ual-datos-101",
    "ual-digital-101",
]
DLIT = [
    "glcc-dl-101",
    "glcc-comm-102",
    "glcc-safe-104",
    "glcc-solve-105",
    "glcc-cert-df",
    "inl-pix-101",
    "glcc-alfab-108",
    "ual-digital-101",
    "ual-problemas-103",
    "inl-securite-103",
]
DLIT_ES = ["glcc-alfab-108", "ual-digital-101", "ual-problemas-103", "ual-contenidos-102"]
DPO = [
    "inl-rgpd-101",
    "inl-dpo-201",
    "inl-aipd-202",
    "inl-cert-gouv",
    "inl-classif-301",
    "inl-sensib-104",
    "diaa-resp-205",
]
DPO_AFTER = ["inl-dpo-201", "inl-aipd-202", "inl-classif-301", "inl-cert-gouv"]
SQL = ["ual-sql-102", "nda-model-102", "nda-dba-201", "hrd-clouddb-303", "nda-nosql-205", "ual-olap-302"]
CLOUD_EN = ["hrd-clouddev-204", "lcsi-cloudops-205", "hrd-cloudmig-301", "hrd-iac-202", "ccna-hybrid-303"]
CLOUD_DE_ONLY = ["hrd-cloud-101", "hrd-cloudsec-201", "hrd-iam-202", "hrd-cloudnet-203", "hrd-cloudir-301"]
MICROCRED = ["aec-mcd-101", "aec-outcomes-102", "aec-cert-dld", "aec-online-201", "aec-needs-203"]
TEACH_CODE = ["aec-csteach-207", "aec-dlteach-104", "glcc-code-107", "lit-prog-101", "aec-hw-105"]
NETWORK_AFTER = [
    "ccna-route-201",
    "ccna-netmon-202",
    "ccna-netauto-203",
    "ccna-netsec-204",
    "ccna-cert-netops",
]
NLP = ["diaa-nlp-302", "ual-texto-303"]
NLP_BEFORE = ["diaa-dl-202", "diaa-ml-201", "ual-python-201"]
ML_CHEAP = ["diaa-ai-101", "ual-ia-101", "diaa-math-102"]
ML_AFTER_AI = ["diaa-ml-201", "diaa-math-102", "diaa-cert-aml"]
SOC_AFTER = ["bvca-siem-201", "bvca-hard-202", "bvca-cert-defence", "bvca-pentest-201", "bvca-vuln-204"]
DBA_AFTER = ["nda-dba-201", "nda-dwh-202", "nda-graph-302", "nda-cert-dba", "nda-cert-de"]
