"""The v10-dlg batch (session 10, reply/policy round): the courses of the bundled catalogue a fair reviewer
would accept for an area or a follow-up, in one place for the eight language modules. Written from the
catalogue files only, before any run."""

from dsl import APPLY, CONS_OR_REFINE, OCC

__all__ = ["APPLY", "COR", "OCC"]

COR = CONS_OR_REFINE

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
CLOUD = CLOUDSEC + [
    "hrd-cloudmig-301",
    "hrd-clouddev-204",
    "hrd-clouddb-303",
    "hrd-virt-201",
    "hrd-iac-202",
]
CLOUDSEC_OVER_600 = ["hrd-cloudarch-302", "hrd-cloudir-301", "hrd-cloudnet-203", "hrd-cloudsec-201"]
CLOUDSEC_OVER_700 = ["hrd-cloudarch-302", "hrd-cloudir-301", "hrd-cloudnet-203"]
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
CYBER_START = ["bvca-soc-101", "inl-cyber-201", "glcc-safe-104", "inl-securite-103", "ccna-net-101"]
CYBER_FR = ["inl-pssi-203", "inl-audit-302", "inl-cyber-201", "inl-crise-303"]
OFFENSIVE = [
    "bvca-pentest-201",
    "bvca-web-202",
    "bvca-exploit-301",
    "bvca-redteam-302",
    "bvca-cert-offensive",
    "bvca-soc-101",
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
    "diaa-viz-204",
    "diaa-statsw-203",
    "nda-model-102",
    "glcc-office-106",
]
DATA_START = ["ual-datos-101", "ual-sql-102", "nda-model-102", "glcc-office-106", "diaa-viz-204"]
PYTHON_DATA = ["ual-python-201", "diaa-viz-204", "lit-prog-101", "diaa-ml-201", "glcc-code-107"]
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
    "ual-ia-101",
    "lcsi-mlnet-203",
    "nda-dataset-204",
]
AI_START = ["diaa-ai-101", "ual-ia-101", "diaa-math-102"]
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
    "lcsi-ne-201",
    "lcsi-sdn-202",
    "lcsi-5g-204",
]
NETWORK_EASY = ["ccna-net-101", "ccna-fondements-101", "ccna-hw-102", "ccna-email-103"]
PROG = ["lit-prog-101", "glcc-code-107", "ual-python-201", "lit-oop-102", "diaa-viz-204"]
PROG_EASY = ["lit-prog-101", "glcc-code-107", "ual-python-201"]
HELPDESK = ["glcc-help-201", "glcc-sys-202", "glcc-solve-105", "ccna-ops-205", "glcc-dl-101"]
FRAMEWORKS = ["lit-fw-203", "lit-web-201"]
HPC_AFTER_MPI = ["padr-cert-hpc", "padr-perf-202", "padr-gpu-301", "padr-reverse-302"]
DE_AFTER = ["nda-etl-201", "nda-migr-203", "nda-cert-de"]
TEACHER = OCC["ict_teacher"] + OCC["dlit_teacher"]
