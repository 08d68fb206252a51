"""German and French understanding (issue #12, session 10): one test per cause found on the v10-defr batch,
each with phrasings written for the test, not taken from the dialogues that revealed the cause."""

from __future__ import annotations

from datetime import date

import pytest

from pathfinder.assistant.nlu.number_words import is_number_word, spelled_before
from pathfinder.assistant.nlu.slots import extract, tokens
from pathfinder.assistant.nlu.understand import content, understand

TODAY = date(2026, 12, 4)


# --- a part of the day makes a time per day; a weekend ruled out makes it five days ---


@pytest.mark.parametrize(
    "text,lang,hours",
    [
        ("Zeit hab ich eigentlich nur morgens vor der Arbeit, eine Stunde", "de", 7),
        ("nachmittags könnte ich so zwei Stunden lernen", "de", 14),
        ("abends schaffe ich 1,5 Stunden, aber nicht am Wochenende", "de", 7.5),
        ("je peux bosser le soir, deux heures, sauf le week-end", "fr", 10),
        ("le matin j'ai 1h de libre avant le boulot", "fr", 7),
        ("I can only do evenings, roughly 2 hours", "en", 14),
    ],
)
def test_a_part_of_the_day_is_a_time_per_day(text, lang, hours):
    assert extract(text, TODAY, lang).hours_per_week == pytest.approx(hours)


@pytest.mark.parametrize(
    "text,hours",
    [
        ("abends 5 Stunden pro Woche", 5),  # the week still wins
        ("le soir, 10 heures par mois", 2.5),
        ("Ich arbeite abends im Restaurant", None),  # no time to study given
    ],
)
def test_a_part_of_the_day_leaves_weekly_and_monthly_rates_alone(text, hours):
    assert extract(text, TODAY).hours_per_week == (pytest.approx(hours) if hours else None)


@pytest.mark.parametrize(
    "text,hours",
    [
        ("eineinhalb Stunden am Tag", 10.5),
        ("sieben Stunden pro Woche", 7),
        ("quinze heures par semaine", 15),
        ("environ 6 heures hebdomadaires", 6),
    ],
)
def test_more_german_and_french_time_words(text, hours):
    assert extract(text, TODAY).hours_per_week == pytest.approx(hours)


# --- amounts written out, and slang currencies ---


@pytest.mark.parametrize(
    "text,amount,currency",
    [
        ("je peux mettre deux mille euros", 2000, "EUR"),
        ("pas plus de huit cents euros", 800, "EUR"),
        ("quatre-vingts euros par mois c'est mon max", 80, "EUR"),
        ("höchstens dreitausend Euro", 3000, "EUR"),
        ("so eintausendzweihundert Euro wären drin", 1200, "EUR"),
        ("fuenfhundert Euro", 500, "EUR"),
        ("j'ai 300 balles de côté", 300, "EUR"),
        ("mehr als 900 Stutz geht nicht", 900, "CHF"),
        ("zweitausend Franken", 2000, "CHF"),
    ],
)
def test_amounts_written_out_and_slang_currencies(text, amount, currency):
    s = extract(text, TODAY)
    assert (s.amount, s.currency) == (amount, currency)


def test_number_words_alone_are_no_amount_and_no_subject():
    assert spelled_before(tokens("un euro"), 1) is None  # "un", "ein": an article as often as a number
    assert extract("ein paar Euro", TODAY).amount is None
    assert is_number_word("zweitausend") and is_number_word("cents") and not is_number_word("cloud")
    assert content("mille cinq cents euros maximum pour la cybersécurité") == "cybersécurité"


# --- fillers around time and money are no subject ---


@pytest.mark.parametrize(
    "text",
    [
        "Geld ist mir egal, Hauptsache praxisnah",
        "ich kann so 3 Stunden, vormittags",
        "dispo le mardi et le jeudi, genre 2 heures",
        "Zeit hab ich montags und freitags",
    ],
)
def test_time_and_money_fillers_name_no_subject(text):
    leftover = set(content(text).split())
    assert not leftover & {"egal", "hauptsache", "so", "vormittags", "dispo", "mardi", "jeudi", "genre"}
    assert not leftover & {"montags", "freitags"}


# --- a German verb-second denial: "Englisch kann sie nicht" ---


@pytest.mark.parametrize(
    "text,denied",
    [
        ("Kurse bitte auf Deutsch, Französisch versteht er nicht", "fr"),
        ("Englisch spreche ich leider nicht gut", "en"),
    ],
)
def test_a_language_denied_after_the_verb_is_neither_spoken_nor_wanted(text, denied):
    s = extract(text, TODAY, "de")
    assert denied in s.denied_languages
    assert denied not in s.wanted_languages and denied not in s.spoken_languages


def test_a_language_the_learner_can_is_not_denied():
    assert "en" not in extract("Englisch kann ich ganz gut", TODAY, "de").denied_languages


# --- a date to reach, said in a sentence about oneself, stays a deadline ---


@pytest.mark.parametrize(
    "text",
    [
        "Ich brauche bis Ende Mai einen Nachweis in Datenbanken",
        "il me faut une certif réseau d'ici juin",
    ],
)
def test_a_deadline_in_a_statement_about_oneself_stays(text):
    assert understand(text, TODAY).deadline is not None


def test_years_of_practice_in_a_statement_are_still_no_deadline():
    assert understand("J'ai fait 4 ans de compta avant de tout arrêter", TODAY).deadline is None


# --- a short German request: a subject and "Kurs" is German, and no course title ---


@pytest.mark.parametrize("text", ["Java Kurse", "Python Kurs", "Linux Schulung"])
def test_a_subject_and_a_german_course_word_is_german(text):
    from pathfinder.assistant.nlu.language import identify

    assert identify(text) == "de"


@pytest.mark.parametrize(
    "name,subject",
    [("Python Zertifikat", "Python"), ("Linux Lehrgang", "Linux"), ("Docker course", "Docker")],
)
def test_a_subject_and_a_course_word_is_no_title(name, subject):
    from pathfinder.assistant.grounding import subject_of_course_phrase

    assert subject_of_course_phrase(name) == subject


@pytest.mark.parametrize("name", ["AWS Zertifikat", "Google Professional Certificate", "Kurs"])
def test_vendors_and_longer_names_stay_names(name):
    from pathfinder.assistant.grounding import subject_of_course_phrase

    assert subject_of_course_phrase(name) is None


# --- German compounds ending in a course word, English loanwords with German endings ---


@pytest.mark.parametrize(
    "text,english",
    [
        ("Datenanalyseschulungen", "data analysis"),
        ("Pythonkurse", "python"),
        ("Simulationen auf GPUs", "gpu"),
    ],
)
def test_german_course_compounds_and_loanword_endings(text, english):
    from pathfinder.assistant.nlu import glossary

    assert english in (glossary.english(text, "de") or "").casefold()


# --- colloquial verb forms and follow-up fillers are no subject ---


@pytest.mark.parametrize(
    "text,leftover",
    [
        ("i hätt gern was mit Daten", {"hätt"}),
        ("was könnt ihr mir da empfehlen, konkret", {"könnt", "konkret", "empfehlen"}),
        ("vous pouvez me proposer des formations concrètes ?", {"proposer", "concrètes"}),
        ("j'aimerais apprendre le réseau", {"apprendre"}),
    ],
)
def test_colloquial_verbs_and_followup_fillers_name_no_subject(text, leftover):
    assert not set(content(text).split()) & leftover


# --- a word of becoming before a job's name is a goal, whatever the classifier reads ---


@pytest.mark.parametrize(
    "text,english",
    [
        ("und wie werd ich eigentlich Datenbankadministratorin?", "database administrator"),
        ("ma conseillère pense que je deviens bon développeur web", "web developer"),
        ("il faudrait que je devienne analyste de données", "data analyst"),
    ],
)
def test_a_word_of_becoming_before_a_job_is_a_goal(text, english):
    p = understand(text, TODAY)
    assert english in (p.goal_english or "").casefold()


def test_the_future_tense_without_a_job_is_no_goal():
    p = understand("ich werde nächste Woche anfangen", TODAY)
    assert not p.goal_english and not p.clause_goal


# --- French job words in the feminine or plural, Québec's "infonuagique" ---


@pytest.mark.parametrize(
    "text,english",
    [
        ("testeuse logiciel", "software tester"),
        ("développeuses web", "web developer"),
        ("ingénieure réseaux", "network engineer"),
        ("cheffe de projet e-learning", "e-learning"),
        ("technicienne support", "it support"),
        ("une formation en infonuagique", "cloud"),
    ],
)
def test_french_feminine_and_plural_job_words(text, english):
    from pathfinder.assistant.nlu import glossary

    assert english in (glossary.english(text, "fr") or "").casefold()


# --- a direction taken up ("X klingt gut", "X pourquoi pas") is a goal ---


@pytest.mark.parametrize(
    "text,lang",
    [
        ("Softwaretester hört sich gut an", "de"),
        ("administrateur système, ça me tente bien", "fr"),
        ("data analyst sounds good to me", "en"),
    ],
)
def test_a_direction_taken_up_is_a_goal(text, lang):
    from pathfinder.assistant.nlu.understand import approves

    assert approves(text, lang)
    p = understand(text, TODAY)
    assert p.clause_goal and "set_goal" in p.intents


@pytest.mark.parametrize("text", ["klingt gut, danke", "pourquoi pas, je verrai", "sounds good"])
def test_approval_without_a_field_is_no_goal(text):
    from pathfinder.assistant.nlu.understand import approves

    assert not approves(text, None)


# --- an amount said as one's own is the budget, not a price filter ---


@pytest.mark.parametrize(
    "text",
    [
        "Ich will Datenschutzbeauftragter werden, was brauche ich dafür? Ich hab höchstens 600 Euro.",
        "Welche Kurse brauche ich für Cloud Security? Für Kurse habe ich maximal 900 Euro",
        "objectif admin réseau, je peux mettre 700 euros",
    ],
)
def test_an_amount_one_has_or_spends_is_the_budget(text):
    p = understand(text, TODAY)
    assert p.budget is not None and p.price_ceiling is None


def test_a_price_limit_of_a_search_stays_a_filter():
    p = understand("Ich habe 5 Stunden pro Woche, gibt es Python Kurse unter 300 Euro?", TODAY)
    assert p.budget is None and p.max_cost == 300


# --- a clause opening with a verb of knowing states skills ---


def test_a_clause_opening_with_a_verb_of_knowing_states_skills():
    p = understand("kann etwas SQL und Python, was gibt es zu Machine Learning?", TODAY)
    assert any("sql" in c.casefold() for c in p.skill_clauses)
    assert not understand("kann ich das auch online machen?", TODAY).skill_clauses


# --- "the way to" a job asks for the plan towards it; its price limit is the budget ---


@pytest.mark.parametrize(
    "text",
    [
        "Zeigst du mir den Weg zum Datenbankadministrator? Höchstens 2000 €.",
        "tu me montres le chemin vers administrateur réseau ? max 1500 €",
    ],
)
def test_the_way_to_a_job_asks_for_the_plan_and_its_limit_is_the_budget(text):
    from pathfinder.assistant.nlu import joint

    p = understand(text, TODAY)
    joint.settle(p, named=False, topical=True, names_job=True, shown=False)
    assert p.predicted == "plan"
    assert p.budget is not None and p.price_ceiling is None


# --- studying full-time or part-time, said without hours ---


@pytest.mark.parametrize(
    "text,hours",
    [
        ("une formation intensive à plein temps, c'est possible ?", 35),
        ("ich könnte die Umschulung auch in Vollzeit machen", 40),
        ("je ferais ça à mi-temps", 17.5),
    ],
)
def test_full_time_and_part_time_study(text, hours):
    assert extract(text, TODAY).hours_per_week == hours


@pytest.mark.parametrize(
    "text", ["je bosse à temps plein chez Carrefour", "ich bin Vollzeit berufstätig", "I work full-time"]
)
def test_a_full_time_job_is_no_study_time(text):
    assert extract(text, TODAY).hours_per_week is None


# --- a course on a subject asked for is a search, not an opening; "j'ai des bases" is no job ---


@pytest.mark.parametrize(
    "text",
    [
        "tu me conseillerais quelle formation en SQL ? j'ai quelques notions",
        "kannst du mir einen Kurs für Excel empfehlen? hab schon Grundkenntnisse",
    ],
)
def test_a_course_on_a_subject_asked_for_is_a_search(text):
    from pathfinder.assistant.nlu import joint

    p = understand(text, TODAY)
    joint.settle(p, named=False, topical=True, names_job=False, shown=False)
    assert p.predicted == "search"
    assert not p.clause_role or not set(p.clause_role.split()) & {"notions", "grundkenntnisse"}


# --- an adviser's opening naming the job the client wants keeps it as the goal; "un monsieur" is no job ---


def test_an_advisers_opening_keeps_the_job_the_client_wants_to_become():
    p = understand(
        "Bonjour, j'accompagne une dame de 50 ans, ex-vendeuse, qui voudrait devenir technicienne réseau. "
        "Que me conseillez-vous ?",
        TODAY,
    )
    assert "network" in (p.goal_english or "") and p.clause_goal
    assert p.current_role != "dame"


# --- a wish naming no field takes the clause right after it that names one; DSGVO, KI-gestützt ---


@pytest.mark.parametrize(
    "text,english",
    [
        ("Ich möchte Vereinen helfen, ihre Mitgliederdaten nach DSGVO zu schützen", "data protection"),
        ("Würde gern in einem Büro arbeiten, am liebsten im IT-Support", "it support"),
    ],
)
def test_a_wish_takes_its_object_from_the_next_clause(text, english):
    p = understand(text, TODAY)
    assert english in (p.goal_english or "").casefold()


def test_ai_driven_in_german():
    from pathfinder.assistant.nlu import glossary

    assert "ai-driven" in (glossary.english("KI-gestütztes Netzwerkmanagement", "de") or "").casefold()
