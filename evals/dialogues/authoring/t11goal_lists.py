"""Shared lists of the t11goal batch (session 16, tune, written BEFORE the fixes by the helper who fixes
them): goals, roles and background read as a counsellor would. "from X to Y": X is the job held, Y the goal; a
background phrase ("no degree", "I only know Excel", "people tell me to learn data") is a fact about the
learner, never a search subject "not in the catalogue"; "that job" is the job named in an earlier turn; a
skill held said in Hinglish or Banglish ("C aata hai", "ami Excel pari") links the skill named."""

# every act a first turn or a follow-up may fairly be read as (the checks that matter are the profile's)
ANY = [
    "set_goal",
    "plan",
    "explore",
    "search",
    "state_skills",
    "set_constraints",
    "refine",
    "select",
    "explain",
    "requirements",
    "why",
]
# a request the assistant does not do (a cover letter, an interview drill) with a job in it
ANY_OR_OOS = [*ANY, "out_of_scope", "smalltalk"]

# "X is not in the catalogue" in each reply language: said of a background phrase it is wrong
NOT_IN_CATALOGUE = {
    "en": ["is not in the catalogue"],
    "de": ["ist nicht im katalog"],
    "es": ["no está en el catálogo"],
    "fr": ["n'est pas dans le catalogue"],
    "fi": ["ei ole luettelossa"],
    "vi": ["không có trong danh mục"],
    "hi": ["कैटलॉग में नहीं है"],
    "bn": ["ক্যাটালগে নেই"],
}

# the courses for teachers: no plan for someone leaving teaching for another area
TEACHING = [
    "aec-hw-105",
    "aec-dlteach-104",
    "aec-csteach-207",
    "aec-elearn-100",
    "aec-trainer-103",
    "aec-blended-204",
]
# where a beginner with spreadsheets starts in data (EQF <= 5, no prerequisite)
DATA_ENTRY = [
    "glcc-office-106",
    "ual-datos-101",
    "ual-sql-102",
    "diaa-viz-204",
    "nda-model-102",
    "nda-de-101",
    "nda-nosql-205",
]
# data entries for specialists or leaders (EQF >= 6): no first answer to someone who only knows Excel
DATA_ADVANCED = [
    "nda-dataset-204",
    "padr-fair-203",
    "nda-cdo-401",
    "nda-stream-301",
    "nda-etl-201",
    "ual-mineria-301",
    "ual-estad-202",
]
# the skill "C" / "Python" / "Excel" must not be replaced by the goal's skills
NOT_THE_GOALS_SKILL = ["concurrent", "distributed", "performance analysis"]

# the HPC stack's second course: a year with hours given reaches it (the introduction alone is one step)
HPC_SECOND = ["padr-par-201", "padr-sched-302"]
