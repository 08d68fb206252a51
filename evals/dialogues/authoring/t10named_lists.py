"""Shared expectations of the t10named batch (session 15): questions about a named or pointed course answered
(not its card: the card's learning-outcomes header is not in the reply), a study language or format asked
about never saved, and a subject the catalogue lacks said to be missing (the "not in the catalogue" or
"nothing is mainly about" sentence in the reply's language)."""

from dsl import EXPLAIN, EXPLORE, GOAL, PLAN, REQ, SEARCH, SELECT

ASK = EXPLAIN + SELECT + REQ  # a question about one course: its facts, its card's reading, what it needs
OPEN = SEARCH + EXPLORE + GOAL + ["explain", "plan", "state_skills"]  # a setup turn: any sensible reading
PLANNED = GOAL + PLAN + ["set_constraints"]

# the card's learning-outcomes header: a reply that is the whole card instead of the answer shows it
CARD = {
    "en": ["Learning outcomes"],
    "de": ["Lernergebnisse"],
    "es": ["Resultados de aprendizaje"],
    "fr": ["Acquis d'apprentissage"],
    "fi": ["Osaamistavoitteet"],
    "vi": ["Kết quả học tập"],
    "hi": ["सीखने के परिणाम"],
    "bn": ["শেখার ফলাফল"],
}

# a subject the catalogue lacks said plainly: "X is not in the catalogue" or "nothing is mainly about X"
MISSING = {
    "en": ["not in the catalogue", "Nothing in the catalogue is mainly about"],
    "de": ["nicht im Katalog", "Im Katalog behandelt kein Angebot"],
    "es": ["no está en el catálogo", "Nada en el catálogo trata"],
    "fr": ["pas dans le catalogue", "Rien dans le catalogue ne porte"],
    "fi": ["ei ole luettelossa", "Luettelossa ei ole mitään"],
    "vi": ["không có trong danh mục", "Danh mục không có khóa nào"],
    "hi": ["कैटलॉग में नहीं", "कैटलॉग में कुछ भी मुख्य रूप से"],
    "bn": ["ক্যাটালগে নেই", "ক্যাটালগে মূলত"],
}
