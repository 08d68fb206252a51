"""Session 13 (langs13): German, French, Spanish and Finnish subject terms, constraints and languages that the
tune split never used. The third held-out batch (`data/nlu/heldout_forms13.tsv`) was written before the
session's changes; half B of it is never read to fix from. Every other test here names a class of forms, each
failing on the code before it."""

from __future__ import annotations

import pytest
from heldout_forms import TODAY, holds, rows

from pathfinder.assistant.nlu import glossary
from pathfinder.assistant.nlu.understand import understand

# rows the code still misses, strict: a fix shows up as an unexpected pass, to move the row out of this set
# (docs/BENCHMARKS.md, session 13 langs). At the integration two half-B rows pass ("cours pour débutants en
# programmation", "kursseja aloittelijoille"): dialogue13's beginner word forms, written without this batch;
# session 18's integration passes "améliorer mes compétences numériques de base" (goal18's glossary rows for
# one's own digital skills, written without this batch); session 20's integration passes "Kurse für
# Fortgeschrittene in Cloud-Sicherheit" and "cursos avanzados de ciberseguridad" (search20's inflected level
# words, written without this batch); session 26's integration passes "Es sollte nichts kosten" (lang26's
# everyday words for free, written without this batch)
KNOWN_MISSES: dict[str, str] = {
    "Ich will mich in Rechnernetze einarbeiten": "missed on 4bb53c2 (half B)",
    "digitale Grundkompetenzen für den Alltag": "missed on 4bb53c2 (half B)",
    "Kurse zum maschinellen Sehen": "missed on 4bb53c2 (half B)",
    "Ich kann Englisch und Türkisch": "missed on 4bb53c2 (half B)",
    "le traitement automatique du langage naturel": "missed on 4bb53c2 (half B)",
    "cours d'investigation numérique": "missed on 4bb53c2 (half B)",
    "je maîtrise l'anglais et l'allemand": "missed on 4bb53c2 (half B)",
    "perusdigitaidot arkeen": "missed on 4bb53c2 (half B)",
    "haluaisin tietokantapääkäyttäjäksi": "missed on 4bb53c2 (half B)",
}


def _cases() -> list:
    return [
        pytest.param(*row, marks=pytest.mark.xfail(strict=True, reason=KNOWN_MISSES[row[1]]))
        if row[1] in KNOWN_MISSES
        else pytest.param(*row)
        for row in rows("heldout_forms13.tsv")
    ]


@pytest.mark.parametrize(("lang", "message", "check", "half"), _cases(), ids=lambda x: str(x)[:40])
def test_heldout_form(lang: str, message: str, check: str, half: str) -> None:
    assert holds(message, check), (lang, message, check, half)


@pytest.mark.parametrize(
    ("message", "hours"),
    [
        # minutes and hours written out as numbers, in the five European languages
        ("thirty minutes a day", 3.5),
        ("dreißig Minuten täglich", 3.5),
        ("quarante-cinq minutes par jour", 5.25),
        ("cuarenta y cinco minutos al día", 5.25),
        ("treinta minutos diarios", 3.5),
        ("kolmekymmentä minuuttia päivässä", 3.5),
        # half an hour, with or without its article
        ("eine halbe Stunde täglich", 3.5),
        ("une demi-heure par jour", 3.5),
        ("una media hora diaria", 3.5),
        # an hour and a half, and two and a half
        ("une heure et demie par jour", 10.5),
        ("una hora y media al día", 10.5),
        ("puolitoista tuntia päivässä", 10.5),
        ("zweieinhalb Stunden pro Woche", 2.5),
        ("deux heures et demie par semaine", 2.5),
        ("dos horas y media a la semana", 2.5),
        ("kaksi ja puoli tuntia viikossa", 2.5),
    ],
)
def test_time_said_in_words(message: str, hours: float) -> None:
    assert understand(message, TODAY).hours_per_week == pytest.approx(hours, abs=0.01)


@pytest.mark.parametrize(
    ("phrase", "lang", "english"),
    [
        # the catalogue's areas named in the four languages: teaching design, e-learning, data engineering,
        # the Internet of Things, research data, knowledge graphs, statistics, version control, network
        # automation, mobile networks, data warehouses, software architecture
        ("Instruktionsdesign für Onlinekurse", "de", "instructional design"),
        ("Lerndesign", "de", "instructional design"),
        ("Didaktik digitaler Lernangebote", "de", "instructional design"),
        ("conception pédagogique de formations", "fr", "instructional design"),
        ("scénarisation pédagogique", "fr", "instructional design"),
        ("diseño pedagógico de cursos", "es", "instructional design"),
        ("diseño de cursos", "es", "instructional design"),
        ("oppimismuotoilu", "fi", "instructional design"),
        ("koulutuksen suunnittelu", "fi", "instructional design"),
        ("digitale Lehre", "de", "e-learning"),
        ("Lernplattformen einrichten", "de", "e-learning"),
        ("pédagogie numérique", "fr", "e-learning"),
        ("pedagogía digital", "es", "e-learning"),
        ("verkkopedagogiikan perusteet", "fi", "e-learning"),
        ("digipedagogiikka", "fi", "e-learning"),
        ("sécurité des réseaux informatiques", "fr", "network security"),
        ("seguridad en redes", "es", "network security"),
        ("verkkojen tietoturva", "fi", "network security"),
        ("Sicherheit von Netzwerken", "de", "network security"),
        ("ingénierie des données", "fr", "data engineering"),
        ("ingeniería del dato", "es", "data engineering"),
        ("datatekniikan kurssi", "fi", "data engineering"),
        ("Internet der Dinge", "de", "Internet of Things"),
        ("internet des objets", "fr", "Internet of Things"),
        ("internet de las cosas", "es", "Internet of Things"),
        ("esineiden internet", "fi", "Internet of Things"),
        ("Forschungsdatenmanagement", "de", "research data"),
        ("gestion des données de recherche", "fr", "research data"),
        ("gestión de datos de investigación", "es", "research data"),
        ("tutkimusdatan hallinta", "fi", "research data"),
        ("Wissensgraphen", "de", "knowledge graph"),
        ("graphes de connaissances", "fr", "knowledge graph"),
        ("grafos de conocimiento", "es", "knowledge graph"),
        ("tietograafit", "fi", "knowledge graph"),
        ("Statistik", "de", "statistics"),
        ("statistiques", "fr", "statistics"),
        ("estadística", "es", "statistics"),
        ("tilastotiede", "fi", "statistics"),
        ("Versionsverwaltung mit Git", "de", "version control"),
        ("gestion de versions", "fr", "version control"),
        ("control de versiones", "es", "version control"),
        ("versionhallinta", "fi", "version control"),
        ("Netzwerkautomatisierung", "de", "network automation"),
        ("automatisation des réseaux", "fr", "network automation"),
        ("automatización de redes", "es", "network automation"),
        ("verkkoautomaatio", "fi", "network automation"),
        ("Mobilfunknetze", "de", "mobile network"),
        ("réseaux mobiles", "fr", "mobile network"),
        ("redes móviles", "es", "mobile network"),
        ("mobiiliverkot", "fi", "mobile network"),
        ("entrepôt de données", "fr", "data warehouse"),
        ("almacén de datos", "es", "data warehouse"),
        ("tietovarasto", "fi", "data warehouse"),
        ("Softwarearchitektur", "de", "software architecture"),
        ("architecture logicielle", "fr", "software architecture"),
        ("arquitectura de software", "es", "software architecture"),
        ("ohjelmistoarkkitehtuuri", "fi", "software architecture"),
        ("suurteholaskennan kurssit", "fi", "high performance computing"),
    ],
)
def test_terms_of_the_catalogue_areas(phrase: str, lang: str, english: str) -> None:
    assert english.casefold() in (glossary.english(phrase, lang) or "").casefold()


@pytest.mark.parametrize(
    ("phrase", "english"),
    [
        # a Finnish term written in its strong grade, said in a case of the weak grade (nt -> nn, kk -> k)
        ("suurteholaskennan perusteet", "high performance computing"),
        ("rinnakkaislaskennan kurssi", "GPU parallel computing"),
        ("teknikon työ", "technician"),
    ],
)
def test_finnish_terms_in_the_weak_grade(phrase: str, english: str) -> None:
    assert english in (glossary.english(phrase, "fi") or "")


def _course(cid: str, title: str, lang: str):
    from pathfinder.domain import Credential

    return Credential(id=cid, title=title, provider="P", url="https://p.example", languages=(lang,), hours=30)


@pytest.mark.parametrize(
    ("query", "lang", "title"),
    [
        # a search limited to a language finds the courses written in it by the subject's names there: the
        # query is in English (the subject of a list shown, a vendor's field) and the courses are not
        ("cybersecurity", "fr", "Initiation à la cybersécurité pour les PME"),
        ("data protection", "es", "Curso de protección de datos"),
        ("artificial intelligence", "de", "Einführung in die künstliche Intelligenz"),
        ("machine learning", "fr", "Les bases de l'apprentissage automatique"),
    ],
)
def test_a_search_in_a_language_finds_the_subject_named_in_it(
    taxonomy, query: str, lang: str, title: str
) -> None:
    from pathfinder.assistant.offline import OfflineResponder
    from pathfinder.assistant.tools import AssistantTools
    from pathfinder.domain import SearchFilters
    from pathfinder.testing import InMemoryIndex

    courses = [_course("x-1", title, lang), _course("x-2", "Gestion de projet", lang)]
    responder = OfflineResponder(AssistantTools(InMemoryIndex(courses), taxonomy), lambda: TODAY)
    reply = responder._run_search(query, SearchFilters(languages=(lang,)), "search")
    assert [c.id for c in reply.retrieved][:1] == ["x-1"]


@pytest.mark.parametrize(
    ("message", "amount"),
    [
        # the tens of Belgian and Swiss French
        ("je peux mettre septante euros max", 70),
        ("nonante euros au plus", 90),
        ("pas plus de huitante euros", 80),
    ],
)
def test_belgian_and_swiss_tens(message: str, amount: float) -> None:
    p = understand(message, TODAY)
    assert amount in (p.max_cost, p.budget)
