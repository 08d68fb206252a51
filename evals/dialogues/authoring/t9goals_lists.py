"""Expectation lists of the session-14 tune batch `t9goals` (goals read the way people state them: vague
fields, words about the answer, domain workers wanting AI for their job, office work, teacher titles).
Written before the fixes, from the lead's trial 9 classes (tune since session 14)."""

from __future__ import annotations

from dsl import GOAL, OCC

# a teacher's own titles (the held role, whatever form: compound, feminine, another language)
TEACHER_ROLE = [
    "teacher",
    "lehrer",
    "maestr",
    "docente",
    "profesor",
    "institut",
    "enseignant",
    "opettaja",
    "giáo viên",
    "शिक्षक",
    "शिक्षिका",
    "টিচার",
    "শিক্ষক",
    "শিক্ষিকা",
]
# a teacher wanting to teach digital skills aims at a teaching job (not the job held, not a backup course)
TEACHING_GOAL = OCC["dlit_teacher"] + OCC["ict_teacher"] + ["teaching", "e-learning", "a6517365"]
NURSE_ROLE = ["nurse", "infirmi", "enfermer", "sairaanhoitaja", "hoitaja", "pflege", "y tá", "नर्स", "নার্স"]
# an ICT job is no goal for a nurse wanting to understand AI in her work ("nothing technical")
NOT_ICT_AI_JOB = ["intelligent systems designer", "35553663", "computer vision", "knowledge engineer"]
AI_BASICS = ["diaa-ai-101", "ual-ia-101", "diaa-resp-205"]
AI_NETWORKING = ["ccna-aiops-301", "lcsi-cert-ainet", "lcsi-anom-301"]
# the office/digital-literacy direction for someone who barely uses a computer
OFFICE_STARTERS = ["glcc-dl-101", "glcc-office-106", "glcc-solve-105"]
# (session 28: "software" alone also excluded the office direction itself, "office software digital literacy")
NOT_PROGRAMMING = [
    "software dev",
    "software eng",
    "f2b15a0e",
    "computer scientist",
    "e3229e40",
    "programm",
    "computer vision",
]
NOT_WAREHOUSE = ["data warehouse", "1562c7a3"]
NOT_PRINT = ["print", "software developer", "f2b15a0e"]
CLOUD_BEGINNER = ["hrd-cloud-101", "glcc-dl-101", "lcsi-cloudops-205", "hrd-clouddev-204"]
GOAL_OR_EXPLORE = GOAL + ["explore", "state_skills", "plan", "search"]
