"""`understand(message, today, earlier_language)`: one message read in any served language. The rule parse
(`intents.parse`, English phrasings and structure such as ordinals and ids) is combined with the language, the
classifier's intent distribution for the message and each of its clauses, and the multilingual slots."""

from __future__ import annotations

import re
from datetime import date

import regex

from pathfinder.assistant.intents import Parsed, parse
from pathfinder.assistant.nlu import glossary, labels, loanwords, vi_marks, vocab
from pathfinder.assistant.nlu import romanised as romanised_spelling
from pathfinder.assistant.nlu.alternatives import alternative_goals
from pathfinder.assistant.nlu.audience import described_learner, learner_lacks, own_background
from pathfinder.assistant.nlu.career_move import career_move
from pathfinder.assistant.nlu.classifier import default_classifier
from pathfinder.assistant.nlu.denials import lacked_words
from pathfinder.assistant.nlu.encoder import encode
from pathfinder.assistant.nlu.function_words import is_function_word, is_iso_function_word
from pathfinder.assistant.nlu.labelled import labelled_fields
from pathfinder.assistant.nlu.language import identify, romanised
from pathfinder.assistant.nlu.level_words import (
    LEVEL_HIGH,
    LEVEL_LOW,
    LEVEL_RANGES,
    PERSON_LEVEL,
    held_basics_wish_higher,
    level_bound,
    level_word,
    level_words_only,
    school_level_positions,
)
from pathfinder.assistant.nlu.number_words import is_number_word
from pathfinder.assistant.nlu.regional import standard_finnish, standard_german, standard_spanish
from pathfinder.assistant.nlu.roles import (
    is_status,
    is_superior,
    job_held,
    names_running,
    names_school_leaving,
    run_role,
    superior_says,
)
from pathfinder.assistant.nlu.runon import punctuate
from pathfinder.assistant.nlu.skill_use import habitually, says_using, states_experience
from pathfinder.assistant.nlu.slots import (
    Slots,
    extract,
    field_name_positions,
    normalise,
    participation,
    restore_vietnamese,
    says_until,
    says_years,
    tokens,
)
from pathfinder.assistant.nlu.typos import restore_english
from pathfinder.assistant.nlu.umlauts import restore_finnish, restore_umlauts
from pathfinder.assistant.nlu.wanting import (
    needs_skills,
    seeks_work,
    wanting,
    wants_to_do,
    wishes_to_teach,
    without_need_words,
)
from pathfinder.domain import to_eur
from pathfinder.domain.languages import ALIASES

# a colon between a name and letters is the Finnish case ending of an abbreviation ("SQL:ää en osaa", "IT:n
# puolelle", "AI:ta"), no clause's end (session 26); "Ziel: Data Analyst" still ends one
_CLAUSE = regex.compile(
    r"(?:[,.;!?¿¡।]|:(?!\p{L}))+|\s(?:and|but|who|und|aber|y|pero|que|et|mais|qui|ja|mutta|joka|nhưng|và|mà|"
    r"और|लेकिन|"
    r"जो|"
    r"আর|এবং|কিন্তু|যে)\s",
    regex.IGNORECASE,
)
_CLAUSE_VI = regex.compile(_CLAUSE.pattern.replace("|y|", "|"), regex.IGNORECASE)
# Hindi and Bengali typed in Latin script join clauses with their own words ("main teacher hoon aur mujhe AI
# sikhna hai", "ami nurse ar data analysis shikhte chai"); read only in such a message ("par" is French too)
_CLAUSE_ROMANISED = regex.compile(
    _CLAUSE.pattern.replace("और|", "और|aur|lekin|magar|ar|aar|ebong|kintu|"), regex.IGNORECASE
)
_SLOT_WORDS = frozenset(
    (
        *vocab.PARTICIPATION,
        *vocab.LANGUAGE_NAMES,
        *vocab.CURRENCIES,
        *vocab.FREE,
        *vocab.PAY,
        *LEVEL_LOW,
        *LEVEL_HIGH,
        *vocab.HOUR,
        *vocab.DAY,
        *vocab.WEEK,
        *vocab.MONTH,
        *vocab.WEEKEND,
        *vocab.STUDY_TIMES,
        *vocab.TIME_OF_DAY,  # "nur abends Zeit, so 1 Stunde" searched "abends so"
        *vocab.TIME_OF_DAY_NOUNS,
        *vocab.YEAR,
        *vocab.HALF,
        *vocab.MONTHS,
        *vocab.SPEAK,
        *vocab.MULTIPLIERS,
        *vocab.THIRD_PERSON,
        *(w for w in (*vocab.CHEAPER, *vocab.FASTER) if " " not in w),  # "halvempi", "cheaper": no subject
        "phí",  # a fee ("miễn phí", "học phí", "chi phí"): no subject, though not "free" alone
        *vocab.GREETINGS,  # "Hallo! Ich möchte mehr über Digitalisierung lernen": no "hallo" subject
        *vocab.PER,  # "4 Stunden pro Woche" left "pro" in the subject
        "por",  # "3 horas por semana" (not in `vocab.PER`, which reads amounts: "por favor")
    )
)
_SLOT_PREFIXES = (*vocab.PARTICIPATION_PREFIXES, *vocab.FREE_PREFIXES)
_CUE_WORDS = frozenset(c for c in vocab.PLAN_CUES if " " not in c)
_CONSTRAINT_INTENTS = {"set_constraints", "plan", "set_goal", "state_skills", "explore"}


def content(text: str, everyday: bool = True) -> str:
    """The words of `text` that name a subject: no function words, numbers or slot words (time, money,
    ...). `everyday=False` keeps the everyday words only stopwords-iso lists ("probably me": a clause)."""
    toks = _without_phrase_cues(tokens(text))
    keep_an = "ninh" in toks  # Vietnamese "an ninh" (security), not the English article
    field = field_name_positions(toks)  # "atención al cliente": a field, its person word kept
    field |= {
        i + k
        for i in range(len(toks) - 1)
        if f"{toks[i]} {toks[i + 1]}" in vocab.VI_COMPOUNDS
        for k in (0, 1)
    }  # "giảng viên đại học", "khoa học dữ liệu": one word of two syllables
    field |= school_level_positions(toks)  # "প্রাথমিক বিদ্যালয়": a kind of school, no level word
    # ... and the glossary's Vietnamese terms of two syllables ("y tá": "y" is no Spanish "and" there)
    field |= {
        i + k for i in range(len(toks) - 1) if glossary.vietnamese_pair(toks[i], toks[i + 1]) for k in (0, 1)
    }
    return " ".join(
        t
        for i, t in enumerate(toks)
        if (t == "an" and keep_an)
        or i in field
        or (
            t not in vocab.STOPWORDS
            and not (everyday and is_iso_function_word(t))
            and t not in _SLOT_WORDS
            and t not in _CUE_WORDS
            and t != "an"
            and not t[:1].isdigit()
            and not is_number_word(t)
            and len(t) > 1
            and not t.startswith(_SLOT_PREFIXES)
        )
    )


_PHRASE_CUES = tuple(
    dict.fromkeys(
        tuple(form.split())
        for cue in (*vocab.PLAN_CUES, *vocab.GOAL_PHRASES, *vocab.FUNCTION_PHRASES, *vocab.APPROVAL)
        if " " in cue
        for form in (cue, vocab.fold_vietnamese(cue))
    )
)


def _without_phrase_cues(toks: list[str]) -> list[str]:
    """The tokens without the plan cues of several words ("lộ trình", also as "lo trinh", "hoja de ruta") and
    the phrasal verbs of becoming ("end up")."""
    out: list[str] = []
    i = 0
    while i < len(toks):
        cue = next((c for c in _PHRASE_CUES if tuple(toks[i : i + len(c)]) == c), None)
        if cue is None:
            out.append(toks[i])
        i += len(cue) if cue else 1
    return out


def asks_plan(message: str, lang: str | None = None) -> bool:
    """Whether the message asks for a plan in words of any served language ("el plan", "lộ trình"; in a
    Vietnamese message also typed without diacritics, "len lo trinh")."""
    # "my plan is to become…", "I plan to…": an intention, no plan asked for
    # ("plan to get to that certificate" at the start is the imperative: a plan asked for)
    said = " ".join(map(_without_bengali_ending, tokens(message)))
    low = " " + _INTENTION.sub(lambda m: m.group(0) if m.start() == 0 else " ", said) + " "
    if any(f" {cue} " in low for cue in vocab.PLAN_CUES):
        return True
    folded = vocab.fold_vietnamese(low)
    return lang == "vi" and any(f" {vocab.fold_vietnamese(cue)} " in folded for cue in vocab.PLAN_CUES)


# Bengali classifiers and case endings after a noun ("প্ল্যানটা", "পরিকল্পনাটি", "রোডম্যাপের"): session 13
_BENGALI_NOUN_ENDINGS = ("টার", "টির", "টা", "টি", "ের", "র")


def _without_bengali_ending(token: str) -> str:
    """A Bengali plan word without its classifier or case ending; any other token as it is."""
    for ending in _BENGALI_NOUN_ENDINGS:
        stem = token[: -len(ending)]
        if token.endswith(ending) and stem in vocab.PLAN_CUES:
            return stem
    return token


# ... but "make me a plan to get there", "the plan to reach it": a plan asked for (session 19, lead trial 14)
_INTENTION = re.compile(r"(?<!\ba )(?<!\bthe )\b(?:plan|plans|planning)\s+(?:is\s+|was\s+)?to\b")


def clauses(message: str, lang: str | None = None) -> list[str]:
    """The message's clauses: split at punctuation and at conjunctions, except a conjunction joining a
    domain term of a word or three ("HPC and GPU programming", "data governance and GDPR": one thing named,
    not two clauses)."""
    # Vietnamese "y tế" (health) is not Spanish "y"
    splitter = _CLAUSE_VI if lang == "vi" else _CLAUSE_ROMANISED if romanised(message) else _CLAUSE
    message = _without_abbreviation_stops(message)
    pieces = regex.split(f"({splitter.pattern})", message, flags=regex.IGNORECASE)
    out = [pieces[0]]
    for i in range(1, len(pieces) - 1, 2):
        sep, left, right = pieces[i], pieces[i - 1], pieces[i + 1]
        conjunction = not regex.fullmatch(r"[\p{P}\s]+", sep)
        named = conjunction and (_names_term(left, lang) or _names_term(right, lang))
        if named or _gives_example(right, lang):
            out[-1] += sep + right
        else:
            out.append(right)
    # "C aata hai": a statement of knowing keeps its clause though its one-letter subject is no content word
    return [c.strip() for c in out if c and c.strip() and (content(c, everyday=False) or _knows(c))]


# the stop of an abbreviation ends no clause ("esim.", "z.B.", "e.g.", "p.ex.", "bzw.", "v.d.": lead trial
# 20's 18, "haluaisin siirtyä HPC-puolelle, esim. rinnakkaislaskentaan" made "rinnakkaislaskentaan" a skill
# held)
_ABBREVIATION = regex.compile(
    r"(?<![\p{L}.])(?:e\.\s?g|i\.\s?e|z\.\s?b|z\.\s?t|u\.\s?a|d\.\s?h|p\.\s?ex|p\.\s?e|v\.\s?d|"
    r"esim|eg|ie|bzw|bspw|ggf|evtl|approx|cf)\.(?=\s|$|,)",
    regex.IGNORECASE,
)
# (not "etc.", "usw.", "jne.", "yms.": they end sentences; nor "ca.", "ex.": "tout ca." is "tout ça")
# a clause that opens with an example gives an example of what the clause before it named ("…move into HPC,
# e.g. parallel computing", "…Daten, z.B. Analyse", "…la data, par exemple l'analyse"): one clause with it
_EXAMPLE_OPENERS = (
    "eg", "e g", "ie", "for example", "for instance", "such as", "zb", "z b", "zum beispiel",
    "beispielsweise", "bspw", "por ejemplo", "pex", "p ex", "par exemple", "notamment", "esim",
    "esimerkiksi", "kuten", "vd", "v d", "ví dụ", "vi du", "chẳng hạn", "जैसे", "उदाहरण के लिए", "যেমন",
)  # fmt: skip
# (not "like", "wie", "como", "comme", "như": they open questions and asides too, "..., wie lange dauert
# das?")


def _without_abbreviation_stops(message: str) -> str:
    """The message with the stops of its abbreviations taken out ("z.B." -> "zB", "esim." -> "esim")."""
    return _ABBREVIATION.sub(lambda m: m.group(0).replace(".", "").replace(" ", ""), message)


# a job named as the kind of what the clause before wants ("…vers le cloud, type architecte cloud", "…into
# cloud, like a cloud architect": lead trial 20's 04); only a job ("data engineering, genre pipelines ETL"
# keeps its goal 'data engineering': the examples of a field are no part of its name)
_KIND_OPENERS = (
    "type", "genre", "style", "tipo", "like a", "like an", "kind of", "sort of", "something like",
    "so was wie", "sowas wie", "in richtung", "kiểu", "kiểu như", "tyyliin",
)  # fmt: skip


def _gives_example(piece: str, lang: str | None = None) -> bool:
    """Whether a clause opens with an example marker (`_EXAMPLE_OPENERS`), or names a job as the kind of
    what is wanted (`_KIND_OPENERS`)."""
    said = " ".join(tokens(piece))

    def opens(openers: tuple[str, ...]) -> bool:
        return any(said == opener or said.startswith(opener + " ") for opener in openers)

    return opens(_EXAMPLE_OPENERS) or opens(_KIND_OPENERS) and glossary.names_job(piece, lang)


def _split(message: str, lang: str | None) -> bool:
    """Whether the message has more than one piece at punctuation or conjunctions (before any piece without
    a subject, such as a limit, is left out by `clauses`)."""
    splitter = _CLAUSE_VI if lang == "vi" else _CLAUSE_ROMANISED if romanised(message) else _CLAUSE
    pieces = regex.split(splitter.pattern, _without_abbreviation_stops(message), flags=regex.IGNORECASE)
    return sum(1 for piece in pieces if piece and piece.strip()) > 1


# a comparison said in Vietnamese besides "vs" (teen-code for "với", with): compare, differ, better
_VI_COMPARING = regex.compile(
    r"so sánh|so sanh|khác|khac|hơn|\bhon\b|versus|compare|\bvs\.?\s*(?:khóa|khoá|khoa|cái|cai)?\s*\d",
    regex.IGNORECASE,
)


def _for_slots(message: str, lang: str | None) -> str:
    """The message as the slot tables read it: Vietnamese with its slot words' marks and its chat shorthand
    given back, Hindi and Bengali in Latin script with their slot words in the tables' spelling."""
    if lang == "vi":
        return restore_vietnamese(message)
    if romanised(message) or (lang in ("hi", "bn") and message.isascii()):
        return romanised_spelling.canonical(message)
    return message


# the speaker's pronoun opening a clause, in the served languages and their Latin-script writing
_LEADING_SUBJECTS = frozenset("i ich je yo minä mä tôi toi mình minh em ami mujhe main mai আমি मुझे मैं".split())


def _names_term(piece: str, lang: str | None) -> bool:
    """Whether a short piece is only domain terms ("HPC", "GDPR", "data governance"), after the speaker's
    pronoun opening it ("ami networking ar linux pari", "mujhe Excel aur SQL aata hai": one list of what the
    speaker knows, not two clauses; session 22, skills22)."""
    words = piece.split()
    while words and words[0].casefold() in _LEADING_SUBJECTS:
        words = words[1:]
    piece = " ".join(words)
    if not 1 <= len(tokens(piece)) <= 3:
        return False
    # a tool's name too ("Jira aur Canva"): one thing named beside another, though no domain word
    return all(
        english is not None or glossary.domain_words(written) or glossary.names_tool(written)
        for written, english in glossary.segments(piece, lang)
    )


_GERMAN_AI = regex.compile(r"(?<![\w-])KI(?![\w])", regex.IGNORECASE)


def _interest_in_term(clause: str, lang: str | None) -> bool:
    """Whether a clause says an interest in a domain term ("KI interessiert mich", "pilvipalvelut kiinnostaa",
    "le cloud m'intéresse", "me interesa la ciberseguridad"): a wish for that field, not a liking of
    everyday things ("ich interessiere mich für Games" names no term) (session 20, lang20)."""
    words = {t.rsplit("'", 1)[-1] for t in tokens(clause)}
    return bool(words & vocab.INTEREST) and glossary.english(clause, lang, only_terms=True) is not None


def understand(message: str, today: date | None = None, earlier_language: str | None = None) -> Parsed:
    today = today or date.today()
    lang = identify(message, earlier_language)
    if lang == "de":
        # "ich bi Schreiner", "I bin …", "nix", "im Jänner": Swiss, Austrian and spoken forms, standard words
        message = standard_german(message)
        message = restore_umlauts(message)  # "moechte", "fuer Anfaenger": read as typed with umlauts
        # "KI interessiert mich", "was mit ki": the German AI, read as "AI" (as Germans also write it), never
        # the Hindi function word "ki" that every content and subject reading drops (session 20, lang20)
        message = _GERMAN_AI.sub("AI", message)
    elif lang == "es":
        # "vos sabés", "armame", "laburo", "plata", "espanol": the voseo, colloquial words and a missing ñ
        message = standard_spanish(message)
    elif lang == "fi":
        message = restore_finnish(message)  # "en tieda mita tehda": read as typed with ä and ö
        message = standard_finnish(message)  # "haluisin koodariks": the translative written out
    elif lang == "en" and not romanised(message):
        message = restore_english(message)  # "i wnat to lern cybrsecurity onlin": typing slips read back
    # "from teaching maths to something in data": the job left is held, never a word of the goal
    move = career_move(message, lang)
    if move is not None:
        message = move.rest
    p = parse(punctuate(message, lang), today)  # a run-on message read clause by clause
    p.lang = lang
    if level_taught(message):  # "teach them basic computer skills": the learners' level, no course limit
        p.eqf_min = p.eqf_max = None
    if p.current_role and is_status(p.current_role):
        p.current_role = None  # the English rules' "I'm a second-year chemistry student": a status, no job
    if p.lang not in (None, "en"):
        # the rules read English phrasing: in another language their "search" is a guess from leftover words
        p.intents = [i for i in p.intents if i != "search"]
    parts = clauses(p.text, p.lang)
    # "pilvipalvelut kiinnostaa, budjetti on max 300 euroa": the one clause with a subject is read on its own
    # too, so the limit beside it does not make the wish a statement of limits (session 20, lang20)
    alone = len(parts) == 1 and parts[0] != p.text.strip() and _split(p.text, p.lang)
    texts = [message, *parts] if len(parts) > 1 or alone else [message]
    # the classifier reads Vietnamese typed without diacritics with its marks given back ("len lo trinh"), and
    # its chat shorthand written out ("ko", "dc", "mun")
    read = [vi_marks.restore(vi_marks.expand_teen_code(t)) for t in texts] if lang == "vi" else texts
    vectors = encode(read)
    predictions = default_classifier().predict_embedded(vectors)
    whole = predictions[0]
    p.embedding = vectors[0]
    p.predicted, p.confidence, p.ranked = whole.intent, whole.confidence, whole.ranked
    if (
        lang == "vi"
        and "compare" in p.intents
        and whole.intent != "compare"
        and not _VI_COMPARING.search(message)
    ):
        p.intents.remove("compare")  # teen-code "vs" is "với": "tối thứ 7 vs cn", "học vs bạn" (session 13)
    _fill_slots(
        p,
        # a Hinglish/Banglish message's bare amounts are rupees/taka though its replies are in English
        extract(_for_slots(message, lang), today, romanised(message) or lang),
        whole.intent,
    )
    _refinements(p)
    asks_courses = bool(set(tokens(message)) & (vocab.COURSE | vocab.TRAINING))
    if romanised(message) and not (asks_courses or p.refinements or p.has_constraints or p.has_filters):
        # so it is in Hinglish and Banglish (replied to in English: "job boring ho gayi, pata nahi kya"),
        # unless a course, a limit or a change is asked for ("web development ka koi course hai kya")
        p.intents = [i for i in p.intents if i != "search"]
    if not p.ordinals:
        p.ordinals = ordinals(message)
    elif _FIRST_TWO.search(normalise(message)):  # "the first two": the English parser read "first" alone
        p.ordinals = tuple(dict.fromkeys((1, 2, *p.ordinals)))
    p.plan_cue = asks_plan(message, p.lang)
    done_words = _done_words(p.lang)
    took = took_course(message)
    p.done_cue = _says_done(message, done_words) or holds_degree(message) or took
    if took and p.participation:
        # "he did an AWS course online last spring": how a course was taken is no format asked for
        rest = " . ".join(c for c in _CLAUSE.split(message) if c and c.strip() and not took_course(c))
        p.participation = tuple(x for x in p.participation if x in participation(rest))
    # "AI for someone with no tech background": the words describing the learner are no subject (`audience`)
    about = _without_learner(message, p.lang)
    if p.lang not in (None, "en") or not p.topic or romanised(message):
        # the English rules' topic keeps every word they do not know: not for Hinglish/Banglish
        p.topic = content(about) if p.lang not in (None, "en") or romanised(message) else p.topic
    if about != message:  # the English rules' topic, read from the whole message
        gone = set(tokens(message)) - set(tokens(about))
        p.topic = " ".join(w for w in p.topic.split() if w.casefold() not in gone)
    p.topic = _with_english(p.topic, about, p.lang)
    if (tight := _TIGHT_BUDGET.search(normalise(message))) and p.topic:
        said = set(tight.group(0).split())  # "mon budget est serré": the words of a tight budget, no subject
        p.topic = " ".join(w for w in p.topic.split() if w.casefold() not in said)
    # clause by clause: the goal and the current job, wherever they sit in a long message
    pairs = list(zip(parts, predictions[1:])) if len(parts) > 1 or alone else [(message, whole)]
    _experience_is_no_deadline(p, pairs, today)
    _level_of_skill(p, pairs)
    goals = []
    stated = []  # clauses read as statements about oneself: the job is the one naming a job, else the first
    for clause, pred in pairs:
        interest = _interest_in_term(clause, p.lang)
        if likes_only(clause) and not interest:
            continue  # "i love messing with computers": an interest, neither a goal nor the job held
        wish = interest or pred.intent == "state_skills" and wanting(clause).wish
        wish = wish or _romanised_wish(clause, p.lang) or _career_wish(clause, pred.intent)
        # "und möchte Informatik unterrichten", "on me demande d'enseigner NSI": the teaching job is the goal
        wish = wish or wishes_to_teach(clause)
        # "administrateur système, ça me tente": the approval may sit in its own clause of a short message
        # or it sits in a clause of a longer message ("ok IT support sounds good. I can do 6 hours a week")
        approved = approves(clause, p.lang) or (
            approves(message, p.lang) and glossary.english(clause, p.lang, only_terms=True) is not None
        )
        wish = wish or _becoming(clause, p.lang) or approved
        # "अब क्लाउड में जाना है", "এখন ক্লাউডে যেতে চাই", "in die IT-Sicherheit wechseln": a change into a field
        # named is a goal, whatever act the clause was read as
        wish = wish or _into_field(clause, p.lang)
        # "I need cloud skills for my job", "mir fehlt Wissen in Datenanalyse", "tarvitsen HPC-taitoja": the
        # skills of an area needed or lacked name where the learner heads (refs23, lead trial 18)
        wish = wish or needs_skills(clause)
        # "..., ideally as a pentester", "am liebsten als Pentester": the job wished for, not the one held
        wish = wish or preferred_job(clause)
        # "मैं BSc के आखिरी साल में हूँ, मशीन लर्निंग सीखना है": a word of learning in a Hindi infinitive with
        # "है" wishes it, whatever act the clause was read as (session 28: read as a search, no goal was set)
        wish = wish or (wanting(clause).learn and wants_to_do(tokens(clause)))
        # "I just finished X": something held, not a goal
        done = any(f" {w} " in f" {' '.join(tokens(clause))} " for w in done_words)
        held = done and not (pred.intent == "set_goal" and pred.confidence >= 0.5)
        # "मुझे Java और SQL आती है", "ami Java ar SQL pari": the first of two things known, split off at "and",
        # shares the verb of knowing said once at the end (session 17, acts17: it was the goal "java")
        # ... never a clause that says it wants something ("je maîtrise Excel ..., je veux passer à la data":
        # the goal, session 20 lang20)
        held = held or (
            not wish and _knows(message) and not _knows(clause) and not wanting(clause).wants_or_needs
        )
        # "टीम में सिर्फ मुझे लिनक्स आता है", "sé python": a clause of knowing states a skill held, no goal
        held = held or (not wish and _knows(clause) and not wanting(clause).wants_or_needs)
        if not held and (
            pred.intent == "set_goal"
            or (pred.score("set_goal") >= 0.3 and pred.intent in ("plan", "explore"))
            or wish  # "mä haluisin koodariks" read as a statement: the wish is a goal, not the job held
        ):
            # "je suis conseillère en insertion", "मैं छात्रों को करियर की सलाह देता हूँ": an adviser saying
            # what they do, no goal ("I want to become a career adviser" is one)
            adviser = _ADVISER_WORD.search(clause) and not wish and not wanting(clause).wish
            if content(clause) and not adviser:
                goals.append((clause, pred))
        elif (
            pred.intent == "state_skills"
            and not (p.spoken_languages or p.languages or p.skills)
            and not wanting(clause).need  # "tarviin …": a need
        ):
            stated.append(clause)
    stated = [c for c in stated if not _ADVISER_WORD.search(c)]  # "I'm advising 3 students…": not their job
    listed = listed_skills(p.text)  # "Taidot: Java, Spring Boot, Git": held, and no job among them
    stated = [c for c in stated if not any(c in run for run in listed)]
    # "Bố tôi năm nay 60 tuổi", "मेरी माँ 58 साल की हैं": an age, no job (the clause was saved as the job)
    stated = [c for c in stated if not (_AGE.search(c) and not glossary.names_job(c, p.lang))]
    # "je suis à Lille", "trabajo en Hanói", "ich wohne in Berlin", "asun Tampereella": where, not a job
    stated = [c for c in stated if not _names_a_place(c, p.lang)]
    # "Mi cliente, Luis, 45 años, es camionero": a client's name set off by commas, no job (session 29)
    stated = [c for c in stated if not _a_name_alone(c, p.lang)]
    p.asked_clauses = tuple(c for c, _ in pairs if _asked(c, p.text))
    if len(pairs) > 1:
        p.skill_clauses = tuple(
            c
            for at, (c, pred) in enumerate(pairs)
            # "Pythonia oon koodannu jo vuosia", "Cisco desde hace años": years of it, held (session 21)
            if (pred.intent == "state_skills" or _knows(c) or states_experience(c))
            and not wanting(c).wish
            # "I need to learn to use Excel and email for my new office job": the wish's second object
            and not (at and _wished_on(pairs[at - 1][0], c, p.text, None))
            # "mujhe HPC seekhna hai": to be learnt, not known (a wish the English-based reading misses)
            and not any(t.startswith(vocab.LEARN_INFINITIVES) for t in tokens(c))
            and c not in p.asked_clauses
        )
    if listed:
        p.skill_clauses = tuple(dict.fromkeys((*p.skill_clauses, *listed)))
    if stated:  # "Bit about me: 5 yrs as sysadmin, …": the job clause, not the first one
        english = [glossary.english(c, p.lang, only_terms=True) for c in stated]
        job = next((c for c, e in zip(stated, english) if e and glossary.names_role(e)), None)
        job = job or next((c for c in stated if glossary.names_job(c, p.lang)), None)
        # in English, a field of work said as such ("I work in a call centre", "been doing retail 6 yrs"),
        # else the first statement only in another language (English job words are known, those of the
        # other languages only through the glossary): never a name ("my client Ana is 34") or how someone
        # is ("débutant complet", "Quereinsteigerin")
        fields = (_field_only(m.group(1)) for c in stated if (m := _WORK_FIELD.search(c)))
        field = next((f for f in fields if f), None)
        other = (
            p.lang not in (None, "en")
            and not set(tokens(stated[0])) & vocab.NOT_A_JOB
            # "mag Technik und bastle gern": what someone likes doing is an interest, no job (session 19)
            and not set(tokens(stated[0])) & (vocab.LIKING | vocab.INTEREST | _LIKING_ADVERBS)
            and not _subject_only(stated[0], p.lang)
            # "Osaan perus tietokoneen käytön", "tôi chỉ dùng được word": what someone knows or uses is no job
            # (lead trial 18)
            and not _knows_or_uses(stated[0])
            # "আমার ক্লায়েন্ট রহিম", "mein Klient Jonas": a client introduced by name (lead trial 20's 20)
            and not _client_by_name(stated[0])
            # "Pythonia oon vähän koodaillut", "Exceliä oon käyttäny": what someone has done, no job
            # (session 26)
            and not _finnish_done(stated[0], p.lang, message)
        )
        p.clause_role = (
            _job(job, p.lang)
            if job
            else job_held(field, p.lang)
            if field
            else _job(stated[0], p.lang)
            if other
            else ""
        ) or None
        p.role_english = english[stated.index(job)] if job and not p.current_role else None
    goal_clause = None
    _role_cue(p)  # the job held, stated with a cue ("anh làm quản trị mạng 5 năm"), is no goal clause
    if p.current_role:
        # "plan me towards that, I'm a network admin": the clause saying the job held is no goal, in English
        # too (trial 15)
        held = p.current_role.casefold()
        goals = [g for g in goals if held not in g[0].casefold() or wanting(g[0]).wish]
    if goals:  # several goal-like clauses: the one naming a field wins over "that'll be me apparently"
        held_job = (p.current_role or "").casefold()
        goal_clause = max(
            reversed(goals),
            key=lambda g: (
                # "I'm a network engineer, how do I get into AI for networks": the job held is no goal
                not (held_job and held_job in g[0].casefold()),
                # "möchte in die IT, am liebsten Richtung Netzwerke": the direction, not the whole field
                not names_only_the_field(g[0], p.lang),
                # "ich will Linux lernen, um Systemadministrator zu werden": the job one becomes, not the
                # subject learnt on the way
                _becoming(g[0], p.lang),
                # "I have a master's in physics and want to do HPC work": the wish, not the degree
                bool(set(tokens(g[0])) & (vocab.WISH | vocab.BECOME)),
                glossary.english(g[0], p.lang, only_terms=True) is not None,
                g[1].score("set_goal"),
            ),
        )[0]
        stated = dict((c, pred) for c, pred in goals)[goal_clause]
        goal_clause = _with_its_object(goal_clause, parts, p.lang)
        # "… for teachers in my district": whom it is for is no part of the goal (`labels`)
        goal_clause = labels.without_beneficiary(goal_clause, p.lang)
        p.clause_goal = content(goal_clause)
        if needs_skills(goal_clause):
            # "mình thiếu kiến thức phân tích dữ liệu", "ডেটা বিশ্লেষণে আমার জ্ঞানের ঘাটতি আছে": the area, without
            # the words of lacking skills; from the whole message when the clause held only those (refs23)
            area = content(without_need_words(goal_clause)) or content(without_need_words(message))
            p.clause_goal = area or p.clause_goal
        if (
            p.goal_text
            and names_only_the_field(p.goal_text, p.lang)
            and not names_only_the_field(goal_clause)
        ):
            p.goal_text = None  # "I want to move into IT, ideally something with networks": the networks
        opening = whole.intent == "explore" and whole.confidence >= 0.5  # "X, but where do I start?"
        if (
            stated.intent == "set_goal"
            and stated.confidence >= 0.5
            and "set_goal" not in p.intents
            and not opening
        ):
            # "i want to make websites what should i learn first": the goal clause states a goal, whatever
            # the rules read in the English words left over
            at = p.intents.index("search") if "search" in p.intents else len(p.intents)
            p.intents.insert(at, "set_goal")
    if goal_clause and names_only_the_field(goal_clause, p.lang):
        # "I want to move into IT, ideally something with networks": the direction said after the field
        at = next((i for i, (c, _) in enumerate(pairs) if c == goal_clause), len(pairs))
        narrower = next(
            (
                c
                for c, pred in pairs[at + 1 :]
                if pred.intent not in ("set_constraints", "state_skills")
                and not names_only_the_field(c, p.lang)
                and names_something(glossary.english(c, p.lang, only_terms=True))
            ),
            None,
        )
        if narrower:
            goal_clause, p.goal_text, p.clause_goal = narrower, None, content(narrower)
    _role_cue(p)
    _running_role(p)
    if (
        goal_clause
        and "set_goal" not in p.intents
        and (
            _romanised_wish(goal_clause, p.lang)
            or approves(message, p.lang)
            or approves(goal_clause, p.lang)
            or _career_wish(goal_clause, whole.intent)
        )
    ):
        # "ekhon full stack developer hote chai", "support informatique pourquoi pas", "busco empleo en
        # ciberseguridad": a goal, not a search
        p.intents.insert(0, "set_goal")
    corrected = corrected_goal(p.text, p.lang)
    if corrected:
        # "haluun pilvi-insinööriks... tai ei vaiskaan, kyberturva kiinnostaa enemmän": the goal said last
        goal_clause, p.goal_text, p.clause_goal = corrected, None, content(corrected)
        if "set_goal" not in p.intents:
            p.intents.insert(0, "set_goal")
    learnt = _learnt_instead_of_job(p, pairs, goal_clause)
    if learnt is not None:
        # "soy administrador de redes y quieren que aprenda automatización con python": the job held is the
        # role, the subject to learn is the goal (trial 12's 20 planned towards the job already done)
        goal_clause, p.goal_text = _with_its_object(learnt, parts, p.lang), None
        p.clause_goal = content(goal_clause)
        if "set_goal" not in p.intents:
            p.intents.insert(0, "set_goal")
    _goal_terms(p, pairs, goal_clause, whole.intent)
    if goal_clause and p.goal_english and needs_skills(goal_clause):
        # "क्लाउड स्किल्स चाहिए": the area is "cloud", not "cloud skills" (refs23)
        p.goal_english = without_need_words(p.goal_english) or p.goal_english
    _alternative_goals(p, whole.intent)
    if p.goal_english and p.role_english and p.role_english in p.goal_english != p.role_english:
        # "anh làm quản trị mạng 5 năm, muốn học thêm về cloud security": the job held is not part of the goal
        p.goal_english = " ".join(p.goal_english.replace(p.role_english, " ").split()) or p.goal_english
    # "… pour devenir technicien réseau"; "will in die IT-Sicherheit wechseln": a change of field is a goal
    # too, not a subject to start from (session 28)
    changing = goal_clause is not None and _into_field(goal_clause, p.lang)
    becoming = goal_clause is not None and (_becoming(goal_clause, p.lang) or changing)
    if (
        changing
        and whole.intent == "explore"
        and goal_clause is not None
        and p.clause_goal
        and not p.goal_text
    ):
        # the goal kept from an opening read as explore: the verb of changing over is no word of the field
        # ("chuyển sang hỗ trợ IT", "cambiarme a la ciberseguridad")
        p.clause_goal = content(_without_change_of_field(goal_clause)) or p.clause_goal
    # ... but not when the opening's reading comes from a lack said of oneself beside a subject wished: "I
    # drive a rickshaw, I don't know computers, I want to learn networking" reads as the opening as a whole
    # while its clauses are a job, a lack and a wish; no clause is the opening itself, and the subject wished
    # is the goal (session 28: the Bengali networking wish got none)
    if (
        whole.intent == "explore"
        and whole.confidence >= 0.5
        and not p.goal_text
        and not becoming
        and not _wished_beside_a_lack(p, pairs, goal_clause)
    ):
        p.clause_goal = (
            None  # "I'd like to learn X but where do I start?": a subject to start from, no goal yet
        )
    if (
        p.goal_text
        and whole.intent in ("set_constraints", "refine")
        and p.has_constraints
        and not goals
        and not _names_term(p.goal_text, p.lang)  # "cheapest way to get into cybersecurity in 3 months"
    ):
        p.goal_text = None  # "I'd like to be finished within half a year" states a deadline, not a goal
        if "set_goal" in p.intents:
            p.intents.remove("set_goal")
    for role in (p.current_role, p.clause_role):
        if role and _sought(role, parts):
            # "I saw an advert for a software tester job": the job is sought, not held
            p.current_role = None if p.current_role == role else p.current_role
            p.clause_role = None if p.clause_role == role else p.clause_role
    if move is not None and not (p.current_role or p.clause_role) and glossary.names_job(move.held, p.lang):
        # a job named ("von Lehrer zu ..."), not a field of work ("from teaching to ...", "vom Unterrichten")
        p.current_role = move.held
        p.role_english = glossary.english(move.held, p.lang, only_terms=True)
    if p.skill_clauses and len(pairs) > 2 and whole.intent != "search":
        # a long message about oneself (a job, a goal, limits, what one uses at work): a short clause naming a
        # tool read as a search ("viết truy vấn SQL", "Uso Excel a diario", "teen SQL-kyselyitä", "des
        # tableaux de bord sous Power BI") states something done too, unless it is the goal, asks, wants, or
        # likes (session 18)
        p.skill_clauses += tuple(
            c
            for at, (c, pred) in enumerate(pairs)
            if pred.intent == "search"
            and _states_use(c, p.lang)
            and c not in p.asked_clauses
            and not (goal_clause and (c in goal_clause or goal_clause in c))
            # "je veux me lancer dans l'IA et le machine learning": the wish's second object, not a tool used
            and not (at and _wished_on(pairs[at - 1][0], c, p.text, goal_clause))
        )
    same_as_held = p.current_role and (p.clause_goal or "").casefold() == p.current_role.casefold()
    if same_as_held and not p.goal_text and not wanting(p.text).wish:
        # "plan me towards that, I'm a network admin": the job held, said with no wish, is no goal (trial 15)
        p.clause_goal = p.goal_english = None
        p.intents = [i for i in p.intents if i != "set_goal"]
    if took and p.clause_goal and not p.goal_text and _in_took_clause(p.clause_goal, message):
        # "hice un curso de Google Analytics en el paro": the words of a course taken are no goal (session 20)
        p.clause_goal = p.goal_english = None
    if held_basics_wish_higher(tokens(message), p.done_cue):
        # "I did the basics course, now I want something advanced": the beginner's level is held, the wish is
        # the next level up - no upper limit, never EQF min 6 and max 4 (session 20); "basics" is no goal
        p.eqf_min, p.eqf_max = LEVEL_RANGES["past basics"]
        for goal in (p.goal_text, p.clause_goal, p.goal_english):
            if goal and level_words_only(tokens(goal)):
                p.goal_text = p.clause_goal = p.goal_english = None
    _to_the_wish(p, parts)
    _without_work_field(p, message)
    _read_labelled_fields(p, message)
    _without_lacked(p, message)
    _without_superior(p)
    return p


def _without_superior(p: Parsed) -> None:
    """What a superior at work says to learn is no statement about the learner (`roles.superior_says`): the
    superior is no job of theirs ("my manager says I need to upskill in AI" noted the role "manager", lead
    trial 24's 10), no subject, and the clause holds no skill ("my boss says I should learn Excel": Excel
    held), nor does a clause of learning beside it ("mi jefe dice que tengo que aprender Excel"); session
    29."""
    said = [c for c in (*p.skill_clauses, *clauses(p.text, p.lang)) if superior_says(c)]
    if not said:
        return
    p.skill_clauses = tuple(
        c for c in p.skill_clauses if not superior_says(c) and not any(_learn_verb(w) for w in tokens(c))
    )
    p.topic = " ".join(w for w in p.topic.split() if not is_superior(w)) or p.topic
    for role in (p.current_role, p.clause_role):
        if role and (is_superior(role) or any(role in c for c in said)):
            p.current_role = None if p.current_role == role else p.current_role
            p.clause_role = None if p.clause_role == role else p.clause_role
            p.role_english = None


# a subject being considered ("thinking about data stuff", "curious about data analysis", "ich überlege, in
# Richtung Daten", "pienso en la nube", "je pense à la cybersécurité", "mietin dataa", "đang nghĩ về dữ liệu",
# "डेटा के बारे में सोच रहा हूँ", "ডেটা নিয়ে ভাবছি"): a wish for it, as much as "I want"
_CONSIDERING = frozenset(
    "thinking considering curious wondering pondering eyeing fancy überlege überlegen neugierig pienso "
    "pensando curioso curiosa planteando pense réfléchis curieux curieuse envisage mietin mietityttää "
    "pohdin tò nghĩ सोच ভাবছি".split()
)


def _wished(clause: str, lang: str | None) -> bool:
    """Whether a clause says what the learner wants, would learn or become, moves into, is interested in or
    is considering."""
    if likes_only(clause) and not _interest_in_term(clause, lang):
        return False  # "I like spreadsheets and numbers": an interest, no wish (the rules for likings)
    w = wanting(clause)
    return (
        w.wish
        or w.learn
        or _interest_in_term(clause, lang)
        or bool(set(tokens(clause)) & _CONSIDERING)
        or _becoming(clause, lang)
        or _into_field(clause, lang)
        or _romanised_wish(clause, lang)
        or preferred_job(clause)
    )


def _says_background(clause: str, lang: str | None, role: str | None, held: tuple[str, ...] = ()) -> bool:
    """Whether a clause says the learner's background: their work, the job read as held (`role`), a skill
    held or years of it (never a job named as a correction, "না আসলে ডেভেলপার", nor a question about a field's
    work, "डेटा एनालिसिस का काम कैसा रहेगा")."""
    return bool(
        _knows(clause)
        or states_experience(clause)
        or _WORK_CUE.search(clause)
        or run_role(clause, lang)  # "I drive a forklift", "मैं ऑटो चलाता हूँ"
        or (role and role.casefold() in clause.casefold())
        or any(name.casefold() in clause.casefold() for name in held)  # "pretty good with excel"
    )


def _to_the_wish(p: Parsed, parts: list[str]) -> None:
    """The subject of a message that says a background and a wish ("I work in a warehouse doing stock
    control, pretty good with excel. thinking about data stuff"): the wish's clauses only, never the job's
    or the skills' words (lead trial 21's 01 saved the goal "warehouse control excel data", its 07 searched
    "computer data"). Only when some clauses but not all are wishes, and those name a domain term."""
    if len(parts) < 2 or corrected_goal(p.text, p.lang):
        return  # "devenir technicien réseau, ou plutôt administrateur systèmes": the job after is the goal
    wished = [c for c in parts if _wished(c, p.lang)]
    # the background: what one does, holds or uses ("I work in a warehouse", "pretty good with excel", "कंप्यूटर
    # थोड़ा बहुत आता है"), never a clause naming a subject alone ("networks I guess, I like figuring out why
    # things don't connect")
    background = [
        c
        for at, c in enumerate(parts)
        if c not in wished
        and _says_background(c, p.lang, p.current_role or p.clause_role, tuple(n for n, _ in p.skills))
        # "je souhaite apprendre SQL et Power BI pour faire des tableaux de bord": the wish's second object
        and not (at and parts[at - 1] in wished and _wished_on(parts[at - 1], c, p.text, None))
    ]
    if not wished or not background:
        return
    # ... and beside them the asides that name no subject ("idk where to even start")
    background += [
        c
        for c in parts
        if c not in wished and c not in background and glossary.english(c, p.lang, only_terms=True) is None
    ]
    said = " . ".join(wished)
    terms = glossary.english(said, p.lang, only_terms=True)
    if terms is None:
        return
    kept = {t.casefold() for t in tokens(said)} | {t.casefold() for t in terms.split()}
    # the background's words, as said and in English: only those leave ("officer" of a wish said in two
    # clauses, "möchte in den Datenschutz, also Datenschutzbeauftragte werden", stays)
    rest = " . ".join(background)
    background = {t.casefold() for t in tokens(rest)} | {
        t.casefold() for t in (glossary.english(rest, p.lang, only_terms=True) or "").split()
    }
    gone = (background - kept) | _CONSIDERING
    p.topic = " ".join(w for w in p.topic.split() if w.casefold() not in gone) or p.topic
    for name in ("goal_text", "clause_goal", "goal_english"):
        value = getattr(p, name)
        if value:
            setattr(p, name, " ".join(w for w in value.split() if w.casefold() not in gone) or None)


# the field one works in, said after a word of one's work ("l'IA pour mon boulot dans le marketing", "for my
# job in sales", "trabajo en marketing", "ich arbeite im Marketing", "työskentelen markkinoinnissa")
_WORK_CUE = regex.compile(
    r"\b(?:job|work|working|works|boulot|travail|travaille|taf|trabajo|trabajar|trabajo|curro|arbeit|arbeite|"
    r"arbeitet|beruf|työ\w*|työskentelen|kaam|naukri)\b((?:\W+\w+){1,4})",
    regex.IGNORECASE,
)


def _without_work_field(p: Parsed, message: str) -> None:
    """A field of another trade said as where one works is background, no subject: "je veux comprendre l'IA
    pour mon boulot dans le marketing" is AI (session 25: marketing was said to be lacking)."""
    fields = {
        w.casefold()
        for m in _WORK_CUE.finditer(message)
        for w in tokens(m.group(1))
        if w.casefold() in vocab.OTHER_FIELDS
        or (glossary.english(w, p.lang, only_terms=True) or "").casefold() in vocab.OTHER_FIELDS
    }
    if not fields:
        return
    gone = fields | {(glossary.english(w, p.lang, only_terms=True) or w).casefold() for w in fields}
    p.topic = " ".join(w for w in p.topic.split() if w.casefold() not in gone) or p.topic
    for name in ("goal_text", "clause_goal", "goal_english"):
        value = getattr(p, name)
        if value:
            setattr(p, name, " ".join(w for w in value.split() if w.casefold() not in gone) or None)


def _read_labelled_fields(p: Parsed, message: str) -> None:
    """An answer in labelled fields ("background: accounting; interest: data; 3h/week", `labelled`): the
    background is the job held (unless a sentence named one), the interest the goal - what the labels say,
    whatever the sentence rules read from the run of words (session 24)."""
    background, interest = labelled_fields(message)
    if background and not (p.current_role or p.clause_role):
        p.clause_role = background
    if interest:
        p.clause_goal = interest
        p.goal_english = glossary.english(interest, p.lang, only_terms=True) or interest
        if "set_goal" not in p.intents:
            p.intents.insert(0, "set_goal")


_EQF_NAMED = re.compile(r"\b(?:eqf|nqf)\b", re.IGNORECASE)


def _sought(role: str, parts: list[str]) -> bool:
    """Whether the clause a role was read from speaks of a job sought (an advert, an opening, an interview:
    `vocab.JOB_SOUGHT`), not one held."""
    low = role.casefold()
    return any(low in c.casefold() and set(tokens(c)) & vocab.JOB_SOUGHT for c in parts)


def preferred_job(clause: str) -> bool:
    """Whether a clause names a job preferred: a word of preference among its first three words and a word
    of "as" after it ("ideally as a pentester", "am liebsten als Pentester", "idealmente como analista",
    "tốt nhất là làm kỹ sư", "पारलে ... হিসেবে")."""
    toks = tokens(clause)
    for phrase in vocab.PREFERENCE:
        words = tokens(phrase)
        at = next((i for i in range(3) if toks[i : i + len(words)] == words), None)
        if at is not None and set(toks[at + len(words) :]) & vocab.PREFERRED_AS:
            return True
    return False


def level_taught(text: str) -> bool:
    """Whether a level word belongs to what a teacher wishes to teach others ("teach them basic computer
    skills", "enseñarles informática básica", "học kỹ năng số cơ bản để dạy học sinh"): the learners' level,
    no limit on the teacher's own courses (session 19: t14-13's primary teacher got "EQF <= 4"). A course
    word ("a basic course to teach kids Python"), the EQF named or the speaker's own level ("I'm a beginner
    myself") keep it the courses'."""
    toks = set(tokens(text))
    return (
        wishes_to_teach(text)
        and not _EQF_NAMED.search(text)
        and not toks & vocab.COURSE
        and not toks & PERSON_LEVEL
    )


_LANGUAGE_NAMES = frozenset(name for name in ALIASES if " " not in name)


def _level_of_skill(p: Parsed, pairs: list) -> None:
    """A level word in a clause stating what someone knows is that skill's level, not the level of the
    courses wanted ("They have basic Excel", "Python cơ bản", "ich habe Grundkenntnisse in Excel"); a course
    word keeps it the courses' ("a basic Excel course") unless the course was done, and so does a wish. The
    whole message is read last: a clause split may drop the level word ("osaan SQL:n perusteet")."""
    knew = any(_knows(clause) for clause, _ in pairs)
    for clause, pred in [*pairs, (p.text, None)]:
        toks = tokens(clause)
        said = level_word(toks)
        course = bool(set(toks) & vocab.COURSE)
        if said and not course and set(toks) & _LANGUAGE_NAMES:
            continue  # "Her English is basic": how well a language is known, no skill's level (lead trial 17)
        if said and course and p.done_cue and not _EQF_NAMED.search(p.text):
            # a course said as done: its level word is the course's that was taken, no limit on what comes
            # next ("He already did an AWS cloud basics course", "I did a python basics course"; trial 15)
            p.eqf_min = p.eqf_max = None
        # the clause's own reading, or the whole message's when the clause is a bare item of a list of what
        # someone knows ("I know python, sql basics", "mình biết cơ bản về mạng và một chút python")
        knows = (_knows(clause) or _knows_given(clause) or pred is None and knew) and not wanting(
            clause
        ).wants_or_needs
        stating = (
            (pred.intent if pred else p.predicted) == "state_skills"
            or knows  # not "I know I need the basics first": a need
            or (p.predicted == "state_skills" and p.confidence >= 0.5)
        )
        if not said or not stating or wanting(clause).wish or course and not p.done_cue:
            continue
        if set(toks) & PERSON_LEVEL:
            continue  # "débutant complet", "total beginner": the learner's level, so the courses' too
        p.skill_level = (clause, said)
        if not _EQF_NAMED.search(p.text):
            p.eqf_min = p.eqf_max = None
        return


_CV_LINE = regex.compile(r"(?P<head>[\p{L}\p{M}-]+)\s*:\s*(?P<run>[^.!?;:\n]+)")


def _wished_on(before: str, clause: str, text: str, goal_clause: str | None) -> bool:
    """Whether `clause` goes on a wish or the goal said in the clause `before` it, joined to it by a
    conjunction only, no punctuation ("je veux me lancer dans l'IA et le machine learning")."""
    if not (wanting(before).wants_or_needs or (goal_clause and before in goal_clause)):
        return False
    at = text.find(before)
    after = text.find(clause, at + len(before)) if at >= 0 else -1
    return after >= 0 and not regex.search(r"[,.;:!?¿¡।\n]", text[at + len(before) : after])


def _states_use(clause: str, lang: str | None) -> bool:
    """Whether a clause read as a search may be a statement of something used or done: no question, no wish
    or need, nothing to learn, no course word ("SQL-Kurse"), no search verb, no liking or interest ("me
    interesa la computación de alto rendimiento")."""
    toks = {t.rsplit("'", 1)[-1] for t in tokens(clause)}  # "m'intéresse"
    return (
        "?" not in clause
        and not wanting(clause).wants_or_needs
        and not any(t.startswith(vocab.LEARN_INFINITIVES) for t in toks)
        and not toks & (vocab.COURSE | vocab.SEEKING | vocab.LIKING | vocab.INTEREST)
        and not approves(clause, lang)
    )


def listed_skills(text: str) -> list[str]:
    """The runs of a message that follow a CV header of skills ("Taidot: Java, Spring Boot, Git, Docker",
    "Kenntnisse: SQL (gut), Excel-VBA"), each up to the end of its sentence."""
    return [
        m.group("run").strip()
        for m in _CV_LINE.finditer(text, overlapped=True)
        if m.group("head").casefold() in vocab.CV_HEADERS
    ]


def _subject_only(clause: str, lang: str | None) -> bool:
    """A statement naming a subject the catalogue teaches and no job, without a word of working ("Ich
    beschäftige mich seit einiger Zeit mit maschinellem Lernen", "je fais du Python depuis deux ans"): what
    someone knows or does, not the job they hold."""
    found = glossary.english(clause, lang, only_terms=True)
    return (
        found is not None
        and not glossary.names_role(found)
        and not glossary.names_job(clause, lang)
        and not set(tokens(clause)) & (vocab.WORKING | _BEEN_AT_WORK)
    )


# a word of having been at work ("Olen ollut 5 vuotta IT-tukihenkilönä", "gearbeitet"): the words of
# experience other than "since/for", which also stand before a subject learnt ("seit zwei Jahren mit ...")
_BEEN_AT_WORK = vocab.EXPERIENCE_BEFORE - frozenset("since for seit depuis desde hace".split())


def adviser_at_work(text: str) -> bool:
    """Whether a message is an adviser saying what they do, and nothing more: an adviser's word or verb, no
    wish, no question ("I'm a careers adviser at a job centre", "asesoro a personas desempleadas")."""
    return bool(_ADVISER_WORD.search(text)) and not wanting(text).wish and "?" not in text


def corrected_goal(text: str, lang: str | None) -> str | None:
    """The goal a message settles on after taking back the one it said first ("I want to be a data analyst,
    no wait, actually a data scientist", "software tester হতে চাই... না আসলে ডেভেলপার", "quiero ser
    desarrollador web, bueno no, mejor analista de datos"): after a word of correction that opens a clause,
    the first clause naming a field or a job; None when nothing named before is taken back."""
    found = None
    for match in _CORRECTION.finditer(text):
        found = match  # the last correction counts
    before = text[: found.start()] if found is not None else ""
    wish = wanting(before)
    said = (
        (wish.wish and not wish.learn)
        or set(tokens(before)) & vocab.BECOME
        or glossary.names_job(before, lang)
    )
    if found is None or not said or not _names(before, lang):
        return None  # a goal (a wish, a becoming or a job named) is taken back, not a subject to learn
    after = text[found.end() :]
    for clause in clauses(after, lang) or [after]:
        if _names(clause, lang):
            return clause.strip()
    return None


def _names(text: str, lang: str | None) -> bool:
    return names_something(glossary.english(text, lang, only_terms=True)) or glossary.names_job(text, lang)


# a word of correction opening a clause: after punctuation or a dash ("…, no wait, …", "... না আসলে …")
_CORRECTION = regex.compile(
    r"(?:[,.;:!?…]|\s-)\s*(?:"
    + "|".join(regex.escape(w) for w in vocab.CORRECTIONS)
    + r")(?![\p{L}\p{M}])[\s,.!…]*",
    regex.IGNORECASE,
)


def _career_wish(clause: str, intent: str) -> bool:
    """A wish to work in or become something, or a search for work, read as a search or an opening ("want to
    do HPC work for climate models", "I'd like a job in cloud security", "busco empleo en ciberseguridad",
    "क्लाउड में काम करना है"): a goal clause."""
    return intent in ("search", "explore", "plan") and seeks_work(clause)


def _with_its_object(goal_clause: str, parts: list[str], lang: str | None) -> str:
    """A goal clause naming no field, with the clause right after it when that one names one and no other
    act ("Ich will später mal Firmen helfen, ihre Daten DSGVO-konform zu verwalten": the wish and its
    object); else the clause as it is."""
    if glossary.english(goal_clause, lang, only_terms=True) is not None or goal_clause not in parts:
        return goal_clause
    at = parts.index(goal_clause)
    after = parts[at + 1 : at + 2]
    if not after or "?" in after[0] or wanting(after[0]).wish or _knows(after[0]):
        # a wish for work that names no field, after the field liked ("kyberturvallisuus kiinnostaa, haluan
        # alalle"): the field said before it
        before = parts[at - 1] if at > 0 else ""
        liked = before and likes_only(before) and seeks_work(goal_clause)
        named_before = liked and glossary.english(before, lang, only_terms=True) is not None
        return f"{before} {goal_clause}" if named_before and lang not in (None, "en") else goal_clause
    named = glossary.english(after[0], lang, only_terms=True) is not None
    return f"{goal_clause} {after[0]}" if named and lang not in (None, "en") else goal_clause


def _without_change_of_field(clause: str) -> str:
    """The clause without its words of changing over to a field (`vocab.CHANGE_OF_FIELD`)."""
    low = " ".join(tokens(clause))
    for phrase in sorted(vocab.CHANGE_OF_FIELD, key=len, reverse=True):
        low = regex.sub(rf"\b{regex.escape(phrase)}\w*", " ", low)
    return " ".join(low.split())


def _into_field(clause: str, lang: str | None) -> bool:
    """Whether a clause changes into a field it names (`vocab.CHANGE_OF_FIELD` and a glossary term)."""
    low = " ".join(tokens(clause))
    if not any(c in low for c in vocab.CHANGE_OF_FIELD):
        return False
    if romanised(clause) and wanting(clause).wish:
        # "electric vehicles ki taraf jana chahta hai": a wish to go into a field the glossary may not know (a
        # field the catalogue lacks is then said to be missing, as in English, never searched word by word)
        return True
    return names_something(glossary.english(clause, lang, only_terms=True))


def _states_experience(clause: str) -> bool:
    """Whether a clause states experience ("3 bochorer experience ache web developer hishebe", "5 Jahre
    Berufserfahrung als ..."): a word of experience in it (`vocab.EXPERIENCE_WORDS`), so its job is held."""
    return bool({vocab.strip_accents(w) for w in tokens(clause)} & _EXPERIENCE_WORDS)


_EXPERIENCE_WORDS = frozenset(vocab.strip_accents(w) for w in vocab.EXPERIENCE_WORDS)


def _learnt_instead_of_job(p: Parsed, pairs: list, goal_clause: str | None) -> str | None:
    """The clause naming a subject to learn when the goal read is the job the learner holds ("work as network
    admin. my boss wants me to learn automation", "soy administrador de redes y quieren que aprenda
    automatización", "3 bochorer experience ache web developer hishebe, ekhon data science shikhte chai"): the
    job is the role, never the goal; None when the goal is no job held or no other clause learns something."""
    goal = p.goal_text or (content(goal_clause) if goal_clause else "")
    if not goal:
        return None
    if goal_clause and not p.goal_text and not (p.current_role or p.clause_role):
        # one clause with both ("im network admin n my boss wants me to lern automation"): the job named
        # before the verb of learning is held, what follows it is learnt
        toks = tokens(goal_clause)
        at = next((i for i, w in enumerate(toks) if _learn_verb(w) and not _in_term(toks, i, p.lang)), None)
        said_before = " ".join(toks[: at or 0])
        # "muốn trở thành kỹ sư mạng, học online thôi": a job wished for, not held
        wished = wanting(said_before).wish or _becoming(said_before, p.lang)
        wished = wished or bool(set(tokens(said_before)) & _BECOMING_ANY)
        if at and not wished and names_something(" ".join(toks[at + 1 :])):
            before = glossary.english(said_before, p.lang, only_terms=True) or ""
            if glossary.names_role(before):
                p.role_english = before
                return " ".join(goal_clause.split()[-(len(toks) - at - 1) :])
    held = p.current_role or p.clause_role or ""
    said = set(tokens(goal))
    is_held = bool(held) and (set(tokens(held)) <= said or said <= set(tokens(held)))
    unwished = ""  # the English of a job named without wanting it (the job done, if a subject is learnt)
    if not held and goal_clause and not (wanting(goal_clause).wish or wanting(goal_clause).learn):
        # "teen verkkoylläpitäjän töitä ja pitäis oppia automatisoimaan pythonilla": a job named without
        # wanting it, beside a subject to learn, is the job done
        english = glossary.english(goal_clause, p.lang, only_terms=True) or ""
        becoming = _becoming(goal_clause, p.lang) or bool(set(tokens(goal_clause)) & _BECOMING_ANY)
        if glossary.names_role(english) and not becoming:
            held, is_held, unwished = goal, True, english
    experience = bool(goal_clause) and _states_experience(goal_clause or "")
    if not is_held and not (experience and not wanting(goal_clause or "").wish):
        return None
    for clause, _ in pairs:
        if clause == goal_clause or (p.goal_text and p.goal_text in clause):
            continue
        if not any(_learn_verb(w) for w in tokens(clause)):
            continue
        # what is learnt must name a subject ("mỗi tuần học được 4 tiếng" studies hours, no subject)
        learnt = " ".join(t for t in tokens(content(clause)) if not _learn_verb(t))
        subject = glossary.english(learnt, p.lang, only_terms=True) if p.lang not in (None, "en") else learnt
        if names_something(subject) and not set(tokens(learnt)) <= set(tokens(held)):
            if unwished and goal_clause:
                p.clause_role = p.clause_role or _job(goal_clause, p.lang) or goal
                p.role_english = p.role_english or unwished
            return clause
    return None


_BECOMING_ANY = vocab.BECOME | vocab.ROMANISED_WISH  # "cloud engineer banna hai" in any script


def _in_term(toks: list[str], i: int, lang: str | None) -> bool:
    """Whether the word at `i` begins a glossary term with the next one ("học máy" is machine learning, not
    "learn" + "máy"; "học Python" is "learn" + Python)."""
    pair = glossary.english(" ".join(toks[i : i + 2]), lang, only_terms=True)
    return pair is not None and pair != glossary.english(" ".join(toks[i + 1 : i + 2]), lang, only_terms=True)


def _learn_verb(word: str) -> bool:
    """A word of learning (`vocab.LEARN_PREFIXES`), not the noun of "machine learning", "e-learning"."""
    return word.startswith(vocab.LEARN_PREFIXES) and word not in ("learning", "e-learning", "learnings")


# the pronoun or "already" before the verb of knowing; Vietnamese "tôi/mình/em biết" (session 22: "tôi biết
# một chút về mạng" was read as the goal of a network architect)
# the client's pronoun too, as an adviser says it ("sie kann Excel", "él sabe algo de Java", "hän osaa
# Excelin", "elle maîtrise Python": session 22, lead trial 17's adviser turns)
_BEFORE_KNOWING = frozenset(
    "je ich ya schon déjà deja i tôi toi mình minh em sie er il elle él el ella hän se he she".split()
)
_OPENING_FILLERS = frozenset("ok okay so well yes yeah and also but".split())
_ALREADY = frozenset("already also really just actually".split())


def _knows_or_uses(clause: str) -> bool:
    """A clause saying what someone knows or can use ("osaan perus tietokoneen käytön", "tôi chỉ dùng được
    word và facebook"): a statement of skills, never the job held."""
    return _knows(clause) or says_using(clause)


def _knows(clause: str) -> bool:
    """A clause opening with a verb of knowing ("kann schon HTML und CSS", "je maîtrise Excel"), not a
    question ("kann ich …?"); in Hindi and Bengali, and in their Latin-script writing, the verb comes after
    what is known ("C aata hai", "ami Excel pari", "मुझे Python आता है")."""
    toks = [t.rsplit("'", 1)[-1] for t in tokens(clause)]
    # "ok I already know Linux well": a filler word, the pronoun and "already" before the verb (session 20,
    # lead trial 16's 17: the clause became the goal 'linux')
    while len(toks) > 1 and toks[0] in _OPENING_FILLERS:
        toks = toks[1:]
    if toks[:1] == ["i"] and toks[1:2] and toks[1] in _ALREADY:
        toks = toks[:1] + toks[2:]
    # "je maîtrise", "ich kann", "ya domino", "schon kenne": the verb after a pronoun or "already"
    opener = toks[1:2] if toks[:1] and toks[0] in _BEFORE_KNOWING else toks[:1]
    if opener == ["me"] and toks[:1] == ["je"]:
        opener = toks[2:3]  # "je me débrouille en Linux": the reflexive pronoun before the verb
    elif toks[:1] == ["me"] and toks[1:2] and toks[1] in vocab.KNOW_OPENERS:
        opener = toks[1:2]  # "me defiendo con Canva y WordPress": Spanish, the verb after the reflexive
    if "?" in clause:
        return False
    hindi_or_bengali = romanised(clause) or not clause.isascii() or bool(set(toks) & _ROMANISED_SPEAKER)
    verb_final = hindi_or_bengali and bool(set(toks[1:]) & vocab.KNOW_AFTER)
    opens = bool(set(opener) & vocab.KNOW_OPENERS) and toks[1:2] != ["ich"]
    return opens or verb_final or _fronted_known(toks)


# a condition or reason before a verb of knowing ("which one if I already know AWS basics?", "¿cuál, si ya
# sé lo básico de Excel?", "welcher, wenn ich Python schon kann?", "lequel si je connais déjà les bases ?":
# lead trial 20's 10): what follows is known, though the clause asks something
_GIVEN = frozenset(
    "if since as because given si wenn da weil falls puisque comme jos koska kun nếu vì अगर যদি".split()
)
_GIVEN_SPAN = 4  # words between the condition and the verb ("if I already know", "si je connais déjà")


def _knows_given(clause: str) -> bool:
    """Whether a clause says, as a condition or a reason, that someone knows something (`_GIVEN`, then a verb
    of knowing within a few words)."""
    toks = [t.rsplit("'", 1)[-1] for t in tokens(clause)]
    return any(
        t in _GIVEN and set(toks[i + 1 : i + 1 + _GIVEN_SPAN]) & vocab.KNOW_OPENERS
        for i, t in enumerate(toks)
    )


# an object pronoun taking up what was named before the verb ("Excel lo manejo", "le SQL je le maîtrise") or
# the subject pronoun right before it ("Excel, je connais")
_TAKEN_UP = frozenset("lo la los las le les l je j".split())
_ASKING_FIRST = frozenset("was wie welche welches welchen qué que quoi cuál cual what which".split())


def knows_in(text: str, lang: str | None = None, every: bool = False) -> bool:
    """Whether a clause of `text` (with `every`, each clause) states something known by a verb of knowing
    (`_knows`): a statement of skills however the clause orders the skill and the verb."""
    said = [
        (_knows(c) or _years_with_a_tool(c) or _daily_with_a_tool(c)) and not _unknowing(c)
        for c in clauses(text, lang)
    ]
    return bool(said) and (all(said) if every else any(said))


def holding_clauses(text: str, lang: str | None = None) -> list[str]:
    """The parts of a message that say something is held: clauses with a verb of knowing or using ("je
    maîtrise Excel", "tôi chỉ dùng được word"), years of doing it ("Pythonia oon koodannu jo vuosia", "seit
    Jahren mit Trello") or daily use, and the runs after a CV header ("Taidot: Java, Git"). What a message
    only wants, asks about or names as a subject ("Was habt ihr zu Linux?", "me interesa el soporte técnico")
    is in none of them (session 24: a reading of skills with nothing held, `joint.skills_unsaid`)."""
    held = [
        c
        for c in clauses(text, lang)
        if (_knows_or_uses(c) or states_experience(c) or _years_with_a_tool(c) or _daily_with_a_tool(c))
        and not _unknowing(c)
    ]
    return [*held, *listed_skills(text)]


def _years_with_a_tool(clause: str) -> bool:
    """Years of work with a tool named by its name ("mä oon käyttäny Jiraa töissä monta vuotta", "seit
    Jahren mit Trello", session 21): a statement of what one knows, as a verb of knowing is; years in a job
    ("seit 10 Jahren Lagerist") name no tool."""
    return states_experience(clause) and any(glossary.names_tool(t) for t in tokens(clause))


def _daily_with_a_tool(clause: str) -> bool:
    """A tool named by its name used every day or at work ("uso Docker a diario", "Docker benutze ich
    täglich", "käytän Dockeria töissä", session 22): a statement of what one knows, as years with it are."""
    return says_using(clause) and habitually(clause) and any(glossary.names_tool(t) for t in tokens(clause))


# "je sais pas quoi apprendre", "no sé", "weiß nicht", "जर्मन नहीं आती": not knowing, or what to learn, is no
# skill stated (session 19)
_NOT_KNOWING = frozenset("pas ne no not nicht nie never jamais nunca ei नहीं नही nahi nahin না".split())
# Finnish "en" ("I do not") only before a verb: French and Spanish "en" is "in" ("je me débrouille en Linux")
_FI_EN_VERBS = vocab.FI_KNOWING | frozenset("tiedä ole osaa käytä".split())


def _unknowing(clause: str) -> bool:
    toks = [t.rsplit("'", 1)[-1] for t in tokens(clause)]
    finnish_denial = any(
        t == "en" and toks[i + 1 : i + 2] and toks[i + 1] in _FI_EN_VERBS for i, t in enumerate(toks)
    )
    return bool(set(toks) & _NOT_KNOWING) or finnish_denial or any(_learn_verb(t) for t in toks)


_FRONTED_SPAN = 5  # the verb of knowing within this many words of the start ("le SQL je le maîtrise": 4)


def _fronted_known(toks: list[str]) -> bool:
    """The thing known said first and the verb of knowing after it (session 19): taken up by a pronoun
    ("Excel lo manejo muy bien", "SQL lo sé un poco", "le SQL je le maîtrise", "Excel, je connais") or, in
    German, with the subject after the verb ("SQL beherrsche ich", "Python-Grundlagen kann ich schon"); not
    a question word first ("was kann ich …"), nor something to learn ("Python kann ich lernen")."""
    if not toks or toks[0] in _ASKING_FIRST or any(_learn_verb(t) for t in toks):
        return False
    for i, tok in enumerate(toks[1:], start=1):
        if i > _FRONTED_SPAN:
            break  # the thing known comes first: a verb of knowing far into a message is another clause's
        if tok not in vocab.KNOW_OPENERS:
            continue
        if toks[i - 1] in _TAKEN_UP and i >= 2 or toks[i - 1] in ("je", "j") and i >= 1:
            return True
        if toks[i + 1 : i + 2] == ["ich"]:
            return True
    return False


_HACER = frozenset("hago haces hace hacemos hacer".split())


def becomes(clause: str, lang: str | None) -> bool:
    """`_becoming`, for the policy: a word of becoming before (or in the verb-final languages after) a job."""
    return _becoming(clause, lang)


def _becoming(clause: str, lang: str | None) -> bool:
    """A word of becoming before a job's name ("wie werd ich Softwaretesterin?", "que je devienne DPO",
    "comment devenir technicien réseau"): a goal clause, whatever the classifier reads ("werde" alone is also
    the future tense: the job's name decides); in the verb-final languages also after it ("um
    Systemadministrator zu werden", "डेटा एनालिस्ट बनना", "ডেভেলপার হতে")."""
    toks = tokens(clause)
    at = next(
        (
            i
            for i, t in enumerate(toks)
            # Spanish "me hago pentester", "se hace analista": "hacer" with its reflexive is "become" (s18)
            if t in vocab.BECOME or (t in _HACER and i and toks[i - 1] in ("me", "te", "se"))
        ),
        None,
    )
    if at is None:
        return False
    before = lang in _VERB_FINAL and glossary.names_job(" ".join(toks[:at]), lang)
    return before or glossary.names_job(" ".join(toks[at + 1 :]), lang)


# the speaker and "is/am" in Hinglish and Banglish, too short a clause for `romanised` ("C aata hai", "ami
# Excel pari")
_ROMANISED_SPEAKER = frozenset("hai hain hoon hun hu ami mujhe main mai".split())
_VERB_FINAL = frozenset({"de", "hi", "bn"})  # the verb of becoming after the job's name


def approves(clause: str, lang: str | None) -> bool:
    """A direction taken up ("Datenbankadministrator klingt gut", "support informatique pourquoi pas") or
    said tentatively ("vielleicht was mit IT-Support?", "quizás algo de redes"): a word of approval or of
    "maybe" and a field or job the glossary knows, in a short clause that asks for no course."""
    low = f" {' '.join(tokens(clause))} "
    if len(low.split()) > 8:
        return False
    if any(f" {phrase} " in low for phrase in vocab.APPROVAL):
        return glossary.english(clause, lang, only_terms=True) is not None
    # "maybe" with a term of the glossary, or an English domain word in another language ("eventuell was mit
    # Cloud"); in English a bare word names no direction ("maybe something with computers", "with data")
    named = any(english is not None for _, english in glossary.segments(clause, lang)) or (
        lang not in (None, "en") and glossary.english(clause, lang, only_terms=True) is not None
    )
    return (
        any(f" {phrase} " in low for phrase in vocab.HEDGES) and not set(low.split()) & vocab.COURSE and named
    )


def _romanised_wish(clause: str, lang: str | None) -> bool:
    """A Hinglish/Banglish wish to become something ("data analyst banna hai", "full stack developer hote
    chai", "software architect type role chahiye"): a wish or becoming word and a job's name, in a message
    written in Latin script."""
    toks = tokens(clause)
    if lang not in (None, "en", "hi", "bn") or not romanised(clause) or not set(toks) & vocab.ROMANISED_WISH:
        return False
    return glossary.names_role(glossary.english(clause, lang, only_terms=True) or "")


def _experience_is_no_deadline(p: Parsed, pairs, today: date) -> None:
    """Years in a clause about oneself are experience, not a time frame ("Olen ollut 5 vuotta
    IT-tukihenkilönä, …", "5 años como administrador de sistemas, …", "i did 3 years of java"): a deadline
    found only there goes; a date, a month or a festival ("होली से पहले") is never experience."""
    if not p.weeks or all(pred.intent != "state_skills" for _, pred in pairs):
        return
    said = " . ".join(clause for clause, pred in pairs if pred.intent == "state_skills")
    if says_until(said) and not says_years(said):
        return  # "Ich muss bis Ostern ein Linux-Zertifikat haben": a date to reach, not years of practice
    if not says_years(said) and any(t in vocab.WEEK for t in tokens(said)):
        return  # "I need SQL fast, job interview in 3 weeks": weeks are a time to reach, never experience
    rest = " . ".join(clause for clause, pred in pairs if pred.intent != "state_skills")
    s = extract(restore_vietnamese(rest) if p.lang == "vi" else rest, today)
    if s.deadline is None and not s.weeks and not parse(rest, today).deadline:
        p.deadline, p.weeks = None, None


_GOAL_CUE = regex.compile(
    r"(?:^|\s)(?:goal|target|ziel|objetivo|meta|objectif|tavoite|tavoitteeni|mục tiêu|लक्ष्य|লক্ষ্য)"
    r"\s*(?:is|ist|es|est|on)?\s*:\s*([^,.;!?]+)",
    regex.IGNORECASE,
)


def _alternative_goals(p: Parsed, intent: str) -> None:
    """Two goals offered as alternatives ("either data or cloud", "o datos o nube", "joko X tai Y":
    `nlu.alternatives`), when the message sets a goal or opens with one and compares nothing: the first is
    the goal, the second offered (`p.goal_alternative`), never both in one label ('data cloud')."""
    if "compare" in p.intents or not (p.clause_goal or p.goal_english or intent in ("set_goal", "explore")):
        return
    if p.intents[:1] == ["search"]:
        return  # "des formations sur l'IA ou le machine learning": a search for both
    found = alternative_goals(p.text, p.lang)
    if found is None:
        return
    read = set(tokens(p.goal_english or p.clause_goal or ""))
    if read and not (read & set(tokens(found.first)) or read & set(tokens(found.second))):
        return  # "quiero ser analista de datos pero no sé si Power BI o Python": the goal said is another
    p.goal_text, p.clause_goal, p.goal_english = None, found.first, found.first
    p.goal_alternative = found.second
    if "set_goal" not in p.intents:
        p.intents.insert(0, "set_goal")


def _goal_terms(p: Parsed, pairs, goal_clause: str | None, intent: str) -> None:
    """The goal in English terms (`p.goal_english`): from a "goal: X" cue, the goal clause, or, when the
    message asks for a plan or states a goal without a goal clause, the domain terms outside the job's
    clause."""
    cue = _GOAL_CUE.search(p.text)
    if cue:
        p.clause_goal = content(cue.group(1)) or p.clause_goal
        goal_clause = cue.group(1)
    if goal_clause:
        # in English without the cue's words ("goal is UX researcher"); other languages' terms keep theirs
        bare = content(goal_clause) if p.lang in (None, "en") else None
        p.goal_english = (bare and glossary.english(bare, p.lang)) or glossary.english(goal_clause, p.lang)
        if bare and p.goal_english and not glossary.english(bare, p.lang):
            # "want to move into software architecture": the English noun after the known word is its head,
            # kept ("software" alone linked "software tester")
            p.goal_english = _with_head(bare, p.goal_english)
        if not names_something(p.goal_english):
            p.goal_english = None  # "I want a learning path": learning itself is no goal
        _narrowed(p, pairs, goal_clause)
        return
    if p.goal_text or not (intent in ("plan", "set_goal") or p.plan_cue):
        return
    role = p.clause_role or p.current_role or ""
    # a clause of knowing states a skill held, never the goal ("ok I already know Linux well, which should
    # I do first": the goal 'linux', lead trial 16's 17)
    rest = " ".join(c for c, pred in pairs if (pred.intent != "state_skills" or not role) and not _knows(c))
    found = glossary.english(" ".join(_without_phrase_cues(tokens(rest))), p.lang, only_terms=True)
    if found and names_something(found):
        p.clause_goal = content(rest) or found
        p.goal_english = found


def feels_stuck(text: str) -> bool:
    """Whether the text says someone feels stuck at work (`vocab.STUCK`, starts of words)."""
    low = " " + " ".join(tokens(text)) + " "
    return any(f" {cue}" in low for cue in vocab.STUCK)


def _wished_beside_a_lack(p: Parsed, pairs, goal_clause: str | None) -> bool:
    """Whether a message reads as the opening only for a lack it says of the learner (`_a_lack`) beside a
    subject wished to be learnt: a clause says a lack, no other clause is read as the opening, and the goal
    clause, no lack itself, says a word of wanting or learning and has a subject in the glossary's terms
    (session 28)."""
    if not (goal_clause and p.goal_english) or _a_lack(goal_clause, p.lang):
        return False
    said = wanting(goal_clause)
    return (
        (said.wish or said.learn)
        and any(_a_lack(c, p.lang) for c, _ in pairs)
        and not any(pred.intent == "explore" and not _a_lack(c, p.lang) for c, pred in pairs)
    )


def _a_lack(clause: str, lang: str | None) -> bool:
    """Whether a clause says what the learner lacks ("I don't know computers", "কম্পিউটার জানি না", "mir fehlt
    das Wissen"): a statement about oneself, never the opening's question of where to start."""
    lacked = learner_lacks(clause, lang)
    return lacked.computers or lacked.knowledge or lacked.background


def _asked(clause: str, message: str) -> bool:
    """Whether a clause of the message ends in a question mark ("I'm an accountant. Power BI or Python?")."""
    at = message.find(clause)
    return at >= 0 and message[at + len(clause) : at + len(clause) + 2].strip().startswith("?")


def names_only_the_field(text: str, lang: str | None = None) -> bool:
    """Whether words name only the whole field the catalogue serves ("IT", "in die IT", "l'informatique",
    `vocab.BROAD_FIELD`): a broad word and no other domain term. The one test of it (`nlu.joint` too)."""
    words = set(tokens(text)) | {w.split("'")[-1] for w in tokens(text)}  # "l'informatique"
    low = f" {' '.join(tokens(text))} "
    broad = bool(words & vocab.BROAD_FIELD) or any(f" {ph} " in low for ph in vocab.BROAD_FIELD_PHRASES)
    broad = broad or any(w.startswith(vocab.BROAD_FIELD_PREFIXES) for w in words)
    if not broad or words & glossary.ROLE_WORDS:
        return False
    english = glossary.english(text, lang, only_terms=True)
    return english is None or set(english.casefold().split()) <= vocab.BROAD_FIELD | {
        "information",
        "technology",
    }


def _with_head(phrase: str, found: str) -> str:
    """The domain words found in an English phrase with the one or two words that end the phrase after them
    ("software architecture": the head noun the glossary does not know); the words found alone otherwise."""
    words = phrase.split()
    known = set(found.split())
    last = max((i for i, w in enumerate(words) if w in known), default=None)
    tail = words[last + 1 :] if last is not None else []
    return f"{found} {' '.join(tail)}" if 1 <= len(tail) <= 2 else found


def likes_only(clause: str) -> bool:
    """Whether a clause says what someone likes and wishes nothing: a word of liking, no other word of
    wanting, no "would"/"'d" before it and no word of becoming ("i like computers", "me gustan los
    ordenadores"; not "I'd like to work in IT", "I love it and want to become a developer")."""
    toks = set(tokens(clause))
    if not toks & vocab.LIKING or toks & vocab.WOULD or toks & vocab.BECOME:
        return False
    return not toks & (vocab.WISH - vocab.LIKING) and "'d" not in clause.casefold()


def names_something(text: str | None) -> bool:
    """Whether words name something to learn or become, not only learning itself or the plan asked for
    ("learning", "a study plan", "skills", "courses"); the one test of it, shared with `nlu.joint`."""
    words = set(_without_phrase_cues(tokens(text or "")))
    words -= vocab.ABOUT_LEARNING | vocab.TRAINING | _CUE_WORDS | vocab.STOPWORDS
    return any(not w.startswith(vocab.LEARN_PREFIXES) for w in words)


def _narrowed(p: Parsed, pairs, goal_clause: str) -> None:
    """An area goal narrowed by the clauses right after it that only name more of the field ("la data, genre
    analyse" -> data analysis; "dữ liệu, kiểu phân tích số liệu"): their domain terms join the goal's, and
    such a clause is no job held. Not after a job ("web developer"), and only up to a clause of another act
    ("…, I have 5 hours a week") or naming a job."""
    goal = p.goal_english
    if not goal or glossary.names_role(goal) or p.lang in (None, "en"):
        return
    at = next((i for i, (clause, _) in enumerate(pairs) if clause == goal_clause), len(pairs))
    added: list[str] = []
    for clause, pred in pairs[at + 1 :]:
        extra = glossary.english(clause, p.lang, only_terms=True)
        if pred.intent not in _NARROWING or (extra and glossary.names_role(extra)):
            break
        if _knows(clause):  # "sé python y algo de estadística": skills held from here on, not the goal's
            break
        if not extra:  # "जैसे रिपोर्ट और विश्लेषण": a filler clause between
            continue
        added += [w for w in extra.split() if w not in goal.split() and w not in added]
        if p.clause_role == content(clause):
            p.clause_role = None
    if added:
        p.goal_english = " ".join([goal, *added])


_NARROWING = ("set_goal", "search", "explore", "state_skills")


_ROLE_STOP = (
    r"(?=\s+(?:and|who|with|at|in|for|und|der|die|bei|in|mit|y|que|con|en|et|qui|avec|dans|ja|joka|và|muốn|"
    r"but|aber|pero|mais|mutta|since|seit|desde|depuis|"
    r"nhưng|ở|tại|người|from|aus|में|हूँ|हूं|है|और|জন|এবং|আর|va|nhung|muon|ist|war|arbeitet)\b|\s+\d|\s*[,.;:!?।]|\s*$|"
    # "au service clients d'une banque": of which employer, no part of the job (session 21)
    r"\s+d['’]une?\b)"
)
_ROLE_CUE = regex.compile(
    r"\b(?:soy|trabajo (?:de|como|en)|trabaja (?:de|como)|(?:mi|su) (?:cliente|clienta) es|"
    r"(?:asesoro|acompaño|ayudo|oriento|atiendo) a (?:un|una)|je suis|je travaille comme|travaille comme|"
    r"(?:je |j)bosse (?:comme|en|dans|au|aux)(?: la| le| les)?|je travaille (?:dans|au|aux)(?: la| le| les)?|"
    r"(?:mon|ma) (?:client|cliente) est|(?:j'accompagne|j'aide|je conseille|je suis) (?:un|une)|"
    r"ich bin|ich arbeite als|arbeitet als|(?:ich berate|ich begleite|ich betreue) (?:einen|eine)|"
    r"(?:mein|meine) (?:klient|klientin|kunde|kundin) ist|työskentelen|asiakkaani on|"
    # "olen" before a past participle is the perfect tense ("olen koodannut Javaa", "olen opiskellut SQL:ää":
    # what someone has done, session 17), not "I am"; "olen ollut / toiminut / työskennellyt X:nä" is a job
    # ... spoken "oon" too ("mä oon kokki", "mie oon sairaanhoitaja": session 21)
    # ... also with a word between and as spoken ("oon vähän koodaillut", "oon tehny", "olen jo käyny": the
    # spoken participle without its final t, session 26)
    r"(?:olen|oon)(?!\s+(?:\p{L}+\s+)?(?!(?:ollut|ollu|toiminut|toiminu|työskennellyt|työskennelly|tehnyt|tehny)\b)"
    r"(?:\p{L}+(?:nut|nyt|llut|llyt|ssut|ssyt|rrut|rryt|llu|lly|ssu|ssy|rru|rry)|\p{L}{3,}(?:nu|ny))\b)|"
    # Vietnamese speakers call themselves "anh"/"chị" too ("anh làm quản trị mạng 5 năm"); "anh ấy" is "he"
    r"(?:tôi|em|mình|toi|minh|anh|chị|chi)(?! ấy| ay) (?:đang )?(?:là|làm)|"
    r"(?:toi|em|minh|anh|chi)(?! ay) (?:dang )?(?:la|lam)|đang làm)"
    # "soy de México", "je suis du Québec", "ich bin aus Köln": where someone is from, not a job
    r"\s+(?!(?:de|del|du|des|aus|from)\s|d')(?:(?:un|una|une|ein|eine|einer|người|một)\s+)?"
    r"(\p{L}[\p{L}\p{M}-]*(?:\s+\p{L}[\p{L}\p{M}-]*){0,2}?)" + _ROLE_STOP,
    regex.IGNORECASE,
)
# the job in Hindi and Bengali, verb-final, in script or romanised: "मैं बैंक में कैशियर हूँ", "main bank mein
# cashier hu", "mai 5 saal se system admin hu"; Bengali has no copula, so only with "one" before the job:
# "আমি একজন শিক্ষক", "ami ekjon accountant" ("আমি চাকরিতে আটকে আছি" is no job)
_ROLE_FINAL = regex.compile(
    r"(?:^|\s)(?:(?:मैं|main|mai)\s+(?:(?:एक|ek)\s+)?(?:\d+\s+(?:साल|saal)\s+(?:से|se)\s+)?"
    r"(\p{L}[\p{L}\p{M}-]*(?:\s+\p{L}[\p{L}\p{M}-]*){0,2}?)\s+(?:हूँ|हूं|hu|hoon|hun)\b|"
    r"(?:আমি|ami)\s+(?:\d+\s+(?:বছর|bochor)\s+(?:ধরে|dhore)\s+)?(?:একজন|ekjon)\s+"
    r"(\p{L}[\p{L}\p{M}-]*(?:\s+\p{L}[\p{L}\p{M}-]*){0,2}?)\s*(?:[,.;।]|$))",
    regex.IGNORECASE,
)
# "আমি নেটওয়ার্ক অ্যাডমিন, ...", "ami web developer, ...": a job said after "I" with no verb (Bengali), up to a
# comma or the end (`_role_cue` takes it only when the glossary reads a job's name in it)
_BENGALI_BARE_ROLE = regex.compile(
    r"(?:^|\s)(?:আমি|ami)\s+(\p{L}[\p{L}\p{M}-]*(?:\s+\p{L}[\p{L}\p{M}-]*){0,2}?)\s*(?:[,.;।]|$)",
    regex.IGNORECASE,
)
# "I work in hospital medical records", "works at a call centre", "been doing retail 6 yrs": the field of work
_WORK_FIELD = regex.compile(
    r"\b(?:work(?:s|ed|ing)? (?:in|at|for)|been doing|job (?:in|at)|been in)\s+(?:an? |the )?"
    # the field ends before where it is ("a phone shop in Hanoi", "a bakery in Lyon")
    r"([a-z][a-z&/ -]*?[a-z])"
    r"(?=\s+(?:and|but|for|since|so|now|\d)\b|\s+(?:in|at|near) (?-i:[A-Z])|\s*[,.;:!?]|\s*$)",
    regex.IGNORECASE,
)


# German and Finnish "I work in a field" ("ich arbeite im Kundenservice", "teen töitä asiakaspalvelussa"): the
# field's word, in its base form (the Finnish inessive ending left out)
_FIELD_CUE = regex.compile(
    r"\b(?:arbeite|arbeitet)\s+(?:im|in\s+der|in)\s+(\p{L}[\p{L}-]*)\b|"
    r"\b(?:teen\s+töitä|teen\s+duunia|työskentelen|oon\s+töissä|olen\s+töissä)\s+(\p{L}[\p{L}-]*?)(?:ssa|ssä)\b",
    regex.IGNORECASE,
)


def _field_only(field: str) -> str:
    """A field of work without the time said after it ("retail last month" -> "retail"; "march" -> ""):
    cut where the rest names no subject ("retail in sales" stays)."""
    words = field.split()
    cut = next((i for i in range(len(words)) if not content(" ".join(words[i:]))), len(words))
    return " ".join(words[:cut])


_ADVISER_WORD = regex.compile(
    # "coach" also inside a German compound ("Jobcoach", "Karrierecoach"; session 29), "Arbeitsvermittlerin"
    r"advis(?:[eo]r|ing)|counsel+(?:or|ing)|coach|\bmentor|recruiter|case ?worker|job ?cent(?:re|er)|"
    r"vermittler|"
    r"berufsberat|orientador|conseill(?:er|ère)|uraohjaaja|tư vấn viên|काउंसलर|सलाहकार|কাউন্সেলর|পরামর্শদাতা|"
    # the adviser's verbs ("ich berate / betreue …", "asesoro a …", "j'accompagne …", "ohjaan …") and nouns
    r"\bberate\b|\bberater|\bbetreue\b|\bbegleite\b|\basesor|\boriento\b|\bacompaño\b|\bconseille\b|"
    r"\baccompagne\b|\bohjaan\b|\bneuvon\b|\bohjaaja|\bneuvoja|tư vấn|hướng nghiệp|सलाह देत|পরামর্শ দি",
    regex.I,
)
# a client's name and age set off by commas between the client word and the verb ("mi cliente, Luis, 45 años,
# es camionero", "my client, Tom (19), is a", "mein Klient Jonas, 19, ist"): session 29
_NAME_AGE = (
    r"(?:,?\s+(?-i:\p{Lu})[\p{L}\p{M}]+)?(?:\s*\(\d{1,2}\))?"
    r"(?:,\s*\d{1,2}(?:[\s-]*(?:years?(?:[\s-]+old)?|yrs?|y/?o|años|ans|jahre|jährige[rn]?|vuotta|tuổi))?)?,?"
)
# an adviser speaking of a client: the client's job, wherever the adviser's own ("soy orientadora laboral,
# tengo una usuaria que es profesora…", "tôi là tư vấn viên, khách hàng của tôi là lập trình viên…")
_CLIENT_ROLE_CUE = regex.compile(
    r"\b(?:(?:tengo|atiendo|acompaño|asesoro|oriento) (?:a )?(?:un|una) (?:usuario|usuaria|cliente|clienta|"
    r"alumno|alumna|persona|chico|chica|señor|señora) que (?:es|trabaja (?:de|como|en))|"
    r"(?:mi|su) (?:cliente|clienta|usuario|usuaria|alumno|alumna)"
    + _NAME_AGE
    + r" (?:es|trabaja (?:de|como))|"
    r"(?:mon|ma) (?:client|cliente|bénéficiaire|stagiaire|élève|apprenant|apprenante)" + _NAME_AGE + " "
    r"(?:est|travaille comme)|"
    r"(?:j'accompagne|j'aide|je conseille|je suis) (?:un|une) (?:personne|bénéficiaire|client|cliente) "
    r"qui est|"
    r"(?:mein|meine) (?:klient|klientin|kunde|kundin|teilnehmer|teilnehmerin|schüler|schülerin)"
    + _NAME_AGE
    + r" (?:ist|arbeitet als)|"
    # "ich berate eine Kundin, die Buchhalterin ist": the job in the relative clause
    r"(?:klient|klientin|kunde|kunden|kundin|teilnehmer|teilnehmerin|person|frau|mann),? (?:die|der)"
    r"(?=\s+\p{L}+(?:\s+\p{L}+)?\s+(?:ist|war|arbeitet)\b)|"
    r"(?:asiakkaani|opiskelijani|valmennettavani)" + _NAME_AGE + r" (?:on|työskentelee)|"
    r"(?:khách hàng|học viên|học sinh|thân chủ) của (?:tôi|em|mình) (?:đang )?(?:là|làm)|"
    r"(?:my|our) (?:client|customer|learner|student|participant|jobseeker|job seeker|mentee)"
    + _NAME_AGE
    + r" (?:is|works as|worked as|was))"
    r"\s+(?:(?:un|una|une|ein|eine|einer|người|một|a|an)\s+)?(?:\d+[- ]?(?:year|yr)s?[- ]old\s+)?"
    r"(\p{L}[\p{L}\p{M}-]*(?:\s+\p{L}[\p{L}\p{M}-]*){0,2}?)" + _ROLE_STOP,
    regex.IGNORECASE,
)


# the person an adviser counsels named by their job ("ich berate eine 52-jährige Bürokauffrau, die…", "I'm
# advising a 45-year-old warehouse worker who…", "asesoro a una cajera de 50 años", "j'accompagne un
# chauffeur de 45 ans"): the client's job when the glossary names one (session 29)
_ADVISED_ROLE = regex.compile(
    r"\b(?:ich (?:berate|betreue|begleite|unterstütze)|i(?:'m| am)? (?:advising|counselling|counseling|"
    r"coaching|supporting|advise|counsel|coach|support)|(?:asesoro|oriento|acompaño|atiendo) a|"
    r"j'accompagne|je conseille|j'aide|ohjaan|neuvon)\s+(?:gerade\s+)?"
    r"(?:eine[nr]?|ein|an?|un|una|une)\s+(?:\d{1,2}[\s-]*(?:jährige[nr]?|years?[\s-]old|year-old)\s+)?"
    r"(\p{L}[\p{L}\p{M}-]*(?:\s+\p{L}[\p{L}\p{M}-]*)?)" + _ROLE_STOP,
    regex.IGNORECASE,
)


# the endings of German job nouns the glossary lacks as compounds ("Bürokauffrau", "Lagerarbeiter",
# "Altenpflegerin", "Kfz-Mechaniker"): a job where an adviser names whom they counsel
_GERMAN_JOB_NOUN = regex.compile(
    r"(?-i:\p{Lu})\p{L}*(?:kauffrau|kaufmann|fachkraft|helfer|arbeiter|fahrer|pfleger|verkäufer|mechaniker|"
    r"mechatroniker|techniker|angestellte|assistent|erzieher|lagerist|friseur|elektriker|maurer|tischler|"
    r"sekretär|buchhalter|kassierer)(?:in|r)?$"
)


# a client introduced by name and age, then the job ("Marek, 52, a bus driver from Kraków", "Karim, 41 ans,
# ancien chauffeur", "Lucía, 34, ex peluquera", "Herrn Yilmaz, 58, früher Schweißer"): the client's job
# (session 22, lead trial 17's 02 "Tomasz, 45, a former truck mechanic from Gdańsk" had no role)
_APPOSITIVE_ROLE = regex.compile(
    r"\b(?-i:\p{Lu})[\p{L}\p{M}]+,\s*\d{1,2}(?:\s*(?:years?\s+old|yrs?|y/?o|ans|años|jahre|vuotta|tuổi))?,\s+"
    # "Lan, 25 tuổi, là kế toán", "Tom, 19, is a cashier": the copula before the job (session 29)
    r"(?:(?:is|ist|es|est|on|là|làm)\s+)?(?:(?:an?|un|una|une|ein|eine|einer)\s+)?"
    r"(?:(?:former|ex|ex-|ancien|ancienne|antiguo|antigua|ehemaliger|ehemalige|früher|frueher|entinen)\s+)?"
    r"(\p{L}[\p{L}\p{M}-]*(?:\s+\p{L}[\p{L}\p{M}-]*){0,2}?)" + _ROLE_STOP,
    regex.IGNORECASE,
)
# a message that opens with the job and how long it has been held, or "here" ("Electrician here, 15 years on
# building sites", "Plombier depuis 10 ans, ...", "Fontanero desde hace 8 años", "Krankenpfleger seit 10
# Jahren"): the job held (session 22)
_OPENING_ROLE = regex.compile(
    r"^\s*(\p{L}[\p{L}\p{M}-]*(?:\s+\p{L}[\p{L}\p{M}-]*)?)\s*,?\s+"
    r"(?:here\b|(?:for|since|depuis|desde\s+hace|seit|hace)\s+\d)",
    regex.IGNORECASE,
)


def _opening_or_appositive_role(text: str, lang: str | None) -> str | None:
    """The job a client is introduced with by name and age, or a message opens with (`_APPOSITIVE_ROLE`,
    `_OPENING_ROLE`): a job's name (the glossary's), or at the opening a word the glossary gives no other
    meaning (no skill, subject or status: "Plombier depuis 10 ans", not "Python depuis 3 ans")."""
    found = _APPOSITIVE_ROLE.search(text)
    if found and glossary.names_job(found.group(1), lang) and not is_status(found.group(1)):
        return found.group(1)
    found = _OPENING_ROLE.search(text)
    if found is None or vocab.names_no_job(found.group(1)) or is_status(found.group(1)):
        return None
    phrase = found.group(1)
    if glossary.names_job(phrase, lang):
        return phrase
    alone = len(phrase.split()) == 1 and not is_iso_function_word(phrase.casefold())
    return phrase if alone and glossary.english(phrase, lang, only_terms=True) is None else None


def _a_name_alone(clause: str, lang: str | None) -> bool:
    """Whether a clause is one capitalised word the glossary names no job by, in a language that writes its
    jobs in lower case ("Luis" between commas after "mi cliente"; German capitalises every noun)."""
    word = clause.strip(" ,.;:!?")
    alone = " " not in word and word[:1].isupper() and not word.isupper()
    return lang != "de" and alone and not glossary.names_job(word, lang)


def _client_by_name(clause: str) -> bool:
    """Whether a clause only introduces a client by name: the client word (`vocab.CLIENT_WORDS`) with at most
    a possessive or article before it and one word, the name, after it ("my client Rahim", "আমার ক্লায়েন্ট
    রহিম", "mi clienta Lucía")."""
    toks = tokens(clause)
    at = next((i for i, t in enumerate(toks) if t in vocab.CLIENT_WORDS), None)
    return at is not None and at <= 2 and len(toks) - at - 1 <= 1


# a Finnish past participle, written or spoken ("koodannut", "koodaillut", "tehny", "käyttäny"); "ollut",
# "toiminut" and "työskennellyt" say a job held ("olen ollut kokkina")
_FI_PARTICIPLE = regex.compile(
    r"\p{L}{2,}(?:nut|nyt|llut|llyt|ssut|ssyt|rrut|rryt|llu|lly|ssu|ssy|rru|rry)|\p{L}{3,}(?:nu|ny)",
    regex.IGNORECASE,
)
_FI_JOB_PARTICIPLES = frozenset("ollut ollu toiminut toiminu työskennellyt työskennelly".split())


def _finnish_done(clause: str, lang: str | None, text: str = "") -> bool:
    """A Finnish clause with a past participle of doing: what someone has done, no job named. Read in the
    whole clause of `text` it belongs to (up to a comma or a conjunction): a run-on split at "oon" leaves
    "Exceliä" alone from "Exceliä oon käyttäny paljon"."""
    if lang != "fi":
        return False
    whole = next((c for c in _CLAUSE.split(text) if c and clause in c), clause)
    return any(_FI_PARTICIPLE.fullmatch(t) and t not in _FI_JOB_PARTICIPLES for t in tokens(whole))


def _job(phrase: str, lang: str | None) -> str:
    """The job a role phrase names (`roles.job_held`: no place, employer, study or status), in content
    words."""
    return content(job_held(phrase, lang))


def _running_role(p: Parsed) -> None:
    """The job said as running a business, driving a vehicle or doing a trade ("I run a small shop", "मैं ऑटो
    चलाता हूँ", "আমি চাষ করি": `roles.run_role`), when no rule read a job or the one read is that verb phrase
    ("छोटी दुकान चलाता", "রিকশা চালাই")."""
    held = p.current_role or p.clause_role
    if held and not names_running(held):
        return
    named = run_role(p.text, p.lang, romanised=bool(romanised(p.text)))
    if named:
        p.current_role = p.role_named = named
        p.clause_role = p.role_english = None


def _role_cue(p: Parsed) -> None:
    """The current job stated with a cue of the served languages ("soy cajera", "je suis infirmière",
    "asesoro a una enfermera que...", "tôi là kỹ sư mạng"), when the rules found none."""
    if p.current_role:
        return
    client = _CLIENT_ROLE_CUE.search(p.text)
    if client and _job(client.group(1), p.lang):
        p.current_role = _job(client.group(1), p.lang)
        p.role_english = glossary.english(client.group(1), p.lang, only_terms=True)
        p.clause_role = None  # the clause with the adviser's own job is not the client's
        return
    advised = _ADVISED_ROLE.search(p.text)
    phrase = advised.group(1) if advised else ""
    job = glossary.names_job(phrase, p.lang) or (p.lang == "de" and bool(_GERMAN_JOB_NOUN.search(phrase)))
    if phrase and job and not is_status(phrase):
        p.current_role = _job(phrase, p.lang)
        p.role_english = glossary.english(phrase, p.lang, only_terms=True)
        p.clause_role = None
        return
    opening = _opening_or_appositive_role(p.text, p.lang)
    if opening and _job(opening, p.lang):
        p.current_role = _job(opening, p.lang)
        p.role_english = glossary.english(opening, p.lang, only_terms=True)
        p.clause_role = None
        return
    years = _EXPERIENCE_ROLE.search(p.text)
    if years and _job(years.group(1), p.lang) and not vocab.names_no_job(years.group(1)):
        # "15 years as a project manager in construction", "10 años de experiencia como administrativo": the
        # job held (the whole clause, "spent electrician", was read as one before)
        p.current_role = _job(years.group(1), p.lang)
        p.role_english = glossary.english(years.group(1), p.lang, only_terms=True)
        return
    # (a clause read as the job already, "ancien cariste", stays: the risk run's fr-v10l-cariste-08)
    # a clause read as "trabajaba mozo" (the verb of working kept) is read again by its past cue
    stale = p.clause_role is not None and p.clause_role.split()[0].casefold() in _WORKED
    past = _PAST_ROLE.search(p.text) if p.clause_role is None or stale else None
    if past and _job(past.group(1), p.lang) and not vocab.names_no_job(past.group(1)):
        # "former retail manager", "j'étais chauffeur-livreur", "ich war Filialleiterin", "bin LKW-Fahrer",
        # "olin kirjanpitäjä": a past (or present) job said with its cue is the job held, the role (session
        # 19, lead trial 14's 02: "former retail manager" was no role, its skills were read as held)
        p.current_role = _job(past.group(1), p.lang)
        p.role_english = glossary.english(past.group(1), p.lang, only_terms=True)
        return
    apposed = _client_apposition(p.text, p.lang)
    if apposed:
        # "una usuaria, auxiliar de enfermería, quiere…", "einen Kunden, 35, Maurer, der…": the client's job
        p.current_role = apposed
        p.role_english = glossary.english(apposed, p.lang, only_terms=True)
        p.clause_role = None
        return
    cue = _FIELD_CUE.search(p.text) if p.lang in ("de", "fi") else None
    said = next((g for g in cue.groups() if g), "") if cue else ""
    if said.casefold() in vocab.WORK_FIELDS:
        # "ich arbeite im Kundenservice", "teen töitä asiakaspalvelussa": a field of work, as English "I work
        # in customer service" (`_WORK_FIELD`), never a workplace ("im Krankenhaus", "pankissa") (session 21)
        p.current_role = said
        p.clause_role = p.role_english = None
        return
    if p.lang in (None, "en") and not romanised(p.text):
        return
    bare = _BENGALI_BARE_ROLE.search(p.text) if p.lang == "bn" or romanised(p.text) else None
    if bare and glossary.names_role(glossary.english(bare.group(1), p.lang, only_terms=True) or ""):
        # "আমি নেটওয়ার্ক অ্যাডমিন, ...": Bengali needs no copula; a job's name right after "I" is the job held
        p.current_role = _job(bare.group(1), p.lang)
        p.role_english = glossary.english(bare.group(1), p.lang, only_terms=True)
        return
    for m in [*_ROLE_CUE.finditer(p.text), *_ROLE_FINAL.finditer(p.text)]:
        role = next(g for g in m.groups() if g is not None).strip()
        if set(tokens(role)) & (vocab.WISH | vocab.ROMANISED_WISH) or _ADVISER_WORD.search(role):
            continue  # "main engineer banna chahta hu": a wish; "main ek counsellor hu": the adviser's job
        if _a_place(m.group(0), role, p.lang) or _names_a_place(m.group(0), p.lang):
            continue  # "trabajo en Hanói", "je travaille à Lyon": where, not what
        if feels_stuck(role):
            continue  # "olen jumissa urallani": how someone is, not the job
        if is_status(role) and names_school_leaving(role):
            # "Ich habe Abitur und arbeite als Verkäuferin": background; the job may follow it
            job = _job(role, p.lang)
            if job and not names_school_leaving(job):
                p.current_role = job
                p.role_english = glossary.english(job, p.lang, only_terms=True)
                return
            continue
        if is_status(role):
            return  # "olen eläkkeellä", "tôi đã nghỉ hưu": a status, no job and no other cue read as one
        if not vocab.names_no_job(role) and _job(role, p.lang):
            p.current_role = _job(role, p.lang)
            p.role_english = glossary.english(role, p.lang, only_terms=True)
            return


# years in a job: "15 years as a project manager", "6 yrs as a lab technician", "10 años (de experiencia) como
# administrativo", "8 ans comme caissière", "5 Jahre als Lagerist", "3 năm làm kế toán"
_EXPERIENCE_ROLE = regex.compile(
    r"\b\d+\+?\s*(?:years?|yrs?|months?|años|ans|jahre|jahren|vuotta|năm|nam)\s+"
    r"(?:(?:of\s+experience|de\s+experiencia|d'expérience|d'experience|erfahrung)\s+)?"
    r"(?:as|como|comme|als|làm|lam)\s+(?:(?:an?|un|una|une|ein|eine|einer)\s+)?"
    r"(\p{L}[\p{L}\p{M}-]*(?:\s+\p{L}[\p{L}\p{M}-]*){0,2}?)" + _ROLE_STOP,
    regex.IGNORECASE,
)
# a job said as one's past, or with a copula left out: "former retail manager", "ex-nurse", "used to be a
# warehouse supervisor", "j'étais chauffeur-livreur", "ancienne infirmière", "ich war (12 Jahre)
# Filialleiterin", "ehemaliger Lagerist", "bin LKW-Fahrer" (a message opening with the verb), "era
# cajera", "olin kirjanpitäjä", "olen ollut kirjanpitäjä"
# adverbs of liking ("bastle gern", "juego mucho" is no such word): a clause of what one likes doing
_WORKED = frozenset("trabajaba trabajó trabajo trabajado war gelernter gelernte".split())
_LIKING_ADVERBS = frozenset("gern gerne mielelläni mielellani".split())
_PAST_ROLE = regex.compile(
    # (not French "me former", to train: the risk run's fr-v9l-quebec-03)
    r"(?:\bex-|(?<!\b(?:me|se|te)\s)(?<!\bnous\s)(?<!\bvous\s)\bformer\s+|\b(?:ex|used\s+to\s+be\s+(?:an?\s+)?|(?:i|she|he)\s+was\s+an?\s+|"
    r"(?:j'étais|j'etais|j’étais)(?!\s+(?:au|aux|à|a|en|dans|très|tres|trop|pas|un\s+peu|si|plus)\b)|"
    r"ancien|ancienne|ehemalige[rn]?|antiguo|antigua|olin|olen\s+ollut|entinen|"
    r"(?:era|fui)(?!\s+(?:muy|a|al|en|de|del|la|el|tan|un\s+poco|bastante|más|mas|lo)\b)|"
    # "trabajaba de cajera", "trabajó como camionero", "ha trabajado de camarera" (session 22, dees22)
    r"(?:trabajaba|trabajó|trabajo|ha\s+trabajado|había\s+trabajado|he\s+trabajado)\s+(?:de|como))\s+|"
    # German nouns are capitalised: "ich war (12 Jahre) Filialleiterin", "bin LKW-Fahrer" (not "ich war
    # lange krank", "bin mir nicht sicher"); "er/sie war", ", war LKW-Fahrer" of a client, and a trade
    # learnt, "gelernter Koch", "gelernte Bürokauffrau" (session 22, dees22)
    r"(?:\b(?:ich|er|sie)\s+|,\s*|^\s*)war\s+(?:\d+\s+jahre(?:\s+lang)?\s+)?(?=(?-i:\p{Lu}))|"
    r"\bgelernte[rn]?\s+(?=(?-i:\p{Lu}))|^\s*bin\s+(?=(?-i:\p{Lu})))"
    r"(?:(?:un|una|une|ein|eine|einer)\s+)?"
    r"(\p{L}[\p{L}\p{M}-]*(?:\s+\p{L}[\p{L}\p{M}-]*){0,2}?)" + _ROLE_STOP,
    regex.IGNORECASE,
)
# the client an adviser speaks of, then their job set off by commas, after an age if one is said ("una
# usuaria, auxiliar de enfermería, quiere…", "un usuario de 50 años, albañil, …", "einen Kunden vom AMS, 35,
# Maurer, der…", "eine Klientin, 52 Jahre, Pflegehelferin.") (session 22, dees22)
_CLIENT_APPOSITION = regex.compile(
    r"\b(?:un|una|el|la|mi|su|ein|eine|einen|einem|einer|mein|meine|meinen)\s+"
    r"(?:usuario|usuaria|cliente|clienta|alumno|alumna|participante|chico|chica|señor|señora|"
    r"kunde|kunden|kundin|klient|klienten|klientin|teilnehmer|teilnehmerin|teilnehmenden)"
    r"(?:\s+(?:vom|von|aus|beim|del|de)\s+(?!\d)\p{L}+)?"
    # "Mein Klient, Jonas, 28, Lagerarbeiter": a name before the age (lead trial 21's browser check)
    r"(?:,\s*(?-i:\p{Lu})[\p{L}\p{M}]+(?=\s*,\s*\d))?"
    r"(?:\s+de\s+\d+(?:\s+años)?|,\s*(?:de\s+)?\d+(?:\s+(?:jahre|jahren|años)(?:\s+alt)?)?)?"
    r",\s*(\p{L}[\p{L}\p{M}-]*(?:\s+\p{L}[\p{L}\p{M}-]*){0,2}?)\s*[,.;]",
    regex.IGNORECASE,
)


def _client_apposition(text: str, lang: str | None) -> str | None:
    """The job of an adviser's client said beside them between commas (`_CLIENT_APPOSITION`), when it names
    a job: not a status ("madre soltera", "arbeitslos"), a wish or a verb phrase ("que quiere…")."""
    m = _CLIENT_APPOSITION.search(text) if lang in ("de", "es") else None
    if m is None:
        return None
    phrase = m.group(1)
    if vocab.names_no_job(phrase) or is_status(phrase) or set(tokens(phrase)) & vocab.WISH:
        return None
    if is_function_word(phrase.split()[0].casefold()):
        return None  # "un usuario, que quiere…", "einen Kunden, der…"
    if lang == "de" and not phrase[:1].isupper():
        return None  # a German job is a noun
    if lang != "de" and phrase[:1].isupper() and " " not in phrase.strip():
        return None  # "mi cliente, Lucía, quiere…": a name (Spanish writes jobs in lower case)
    job = _job(phrase, lang)
    return job or None


_LOCATIVE = regex.compile(r"\b(?:en|à|a|dans|in)\s+$", regex.IGNORECASE)


def _a_place(cue: str, role: str, lang: str | None) -> bool:
    """Whether the words after "trabajo en" / "je travaille à" name a place: one capitalised word after a
    locative preposition in a language that writes its nouns in lower case ("trabajo en Hanói", not "trabajo
    en logística"; German capitalises every noun, so not there)."""
    if lang == "de" or " " in role.strip() or not role[:1].isupper() or role.isupper():
        return False
    return bool(_LOCATIVE.search(cue[: len(cue) - len(role)] if cue.endswith(role) else cue.split(role)[0]))


_PLACE_BEFORE = frozenset("en à a dans in aus from de".split())
_FINNISH_PLACE_CASES = ("ssa", "ssä", "lla", "llä", "sta", "stä", "lta", "ltä")


def _names_a_place(clause: str, lang: str | None) -> bool:
    """Whether a statement says only where someone is ("je suis à Lille", "trabajo en Hanói", "ich wohne in
    Berlin", "asun Tampereella"): its content words are places (a capitalised word after a locative
    preposition, or in Finnish with a locative case ending, that names no domain term) and verbs of living or
    working."""
    written = regex.findall(r"[\p{L}\p{M}'’-]+", clause)
    places = set()
    for i, word in enumerate(written):
        if not word[:1].isupper() or word.isupper() or i == 0:
            continue
        located = written[i - 1].casefold() in _PLACE_BEFORE or (
            lang == "fi" and word.casefold().endswith(_FINNISH_PLACE_CASES)
        )
        if located and glossary.english(word, lang, only_terms=True) is None:
            places.add(word.casefold())
    words = content(clause).split()
    rest = [w for w in words if w not in places and w not in vocab.LIVE_OR_WORK]
    return bool(places) and not rest


def _with_english(topic: str, message: str, lang: str | None) -> str:
    """The topic with its domain terms in English added ("cursos de ia" -> "ia artificial intelligence"), so
    that English catalogue titles and skill labels are found too. In another language the domain terms as
    written stay first and the verbs and fillers around them go ("necesito saber de protección de datos" ->
    "protección de datos data protection"); in English, abbreviations gain their expansion ("gdpr ... data
    protection")."""
    if not topic:
        return topic
    segs = glossary.segments(message, lang)
    found = glossary.combined([english for _, english in segs if english is not None])
    if not found and lang in (None, "en"):
        return topic
    if lang in (None, "en"):
        words = topic.split()
    else:
        words = [
            # a term in Devanagari or Bengali script as its English ("সাইবার সিকিউরিটি" -> "cybersecurity"): the
            # index's embedder reads English, and the script words only blurred the search (a cybersecurity
            # search under a budget listed data courses)
            english
            if english is not None and loanwords.in_script(w)
            else english is None and glossary.loan_base(w) or w  # "excelin" -> "excel"
            for w, english in segs
            # an acronym or a name in capitals ("MPI", "CUDA", "SAP") names the subject in any language
            # (a school certificate in capitals, "la ESO", names no subject: session 22)
            if english is not None
            or glossary.domain_words(w)
            or (_in_capitals(w, message) and w.casefold() not in vocab.SCHOOL_LEAVING)
        ]
        if not words:
            return topic
    have = {x.casefold() for w in words for x in w.split()}
    if lang in (None, "en"):  # a spelling variant is no expansion: "cyber security" gains no "cybersecurity"
        compact = "".join(words).replace("-", "").casefold()
        found = [term for term in found if term.replace(" ", "").replace("-", "").casefold() not in compact]
    if lang in (None, "en"):
        extra = [w for term in found for w in term.split() if w.casefold() not in have]
    else:  # a term whole, also when a word of it is spelled alike ("intelligence artificielle artificial
        # intelligence", never "... artificial"); none that the words as written already are ("cloud")
        joined = f" {' '.join(words).casefold()} "
        extra = [term for term in found if f" {term.casefold()} " not in joined]
    return " ".join(dict.fromkeys([*words, *extra]))


def _without_learner(message: str, lang: str | None) -> str:
    """The message without the words describing the learner a course is for (`audience.described_learner`),
    or the message itself when that would leave nothing."""
    # "No degree", "I only know Excel": the learner's own background is no subject either
    described = (
        described_learner(message, lang)
        | own_background(message)
        | lacked_words(clauses(message, lang), lang)
    )
    return _without_words(message, described)


def without_lacks(message: str, lang: str | None = None) -> str:
    """The message without the words of a lack said beside a subject (`skill_levels.lacked_words`): "मैं
    गणित पढ़ाती हूँ, डेटा साइंस सीखनी है लेकिन कोडिंग नहीं आती" teaches maths and wishes data science, never
    coding (session 29)."""
    words = lacked_words(clauses(message, lang), lang)
    if not words:
        return message
    alternatives = "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))
    kept = regex.sub(
        rf"(?<![\p{{L}}\p{{M}}])(?:{alternatives})(?![\p{{L}}\p{{M}}])", " ", message, flags=regex.IGNORECASE
    )
    return " ".join(kept.split()) if tokens(kept) else message


def _without_words(message: str, words: frozenset[str]) -> str:
    """The message without `words` (whole words), or the message itself when that would leave nothing."""
    if not words:
        return message
    alternatives = "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))
    kept = regex.sub(
        rf"(?<![\p{{L}}\p{{M}}])(?:{alternatives})(?![\p{{L}}\p{{M}}])", " ", message, flags=regex.I
    )
    return " ".join(kept.split()) if tokens(kept) else message


def _without_lacked(p: Parsed, message: str) -> None:
    """The goal's words without those of a lack said beside it (`skill_levels.lacked_words`): "data
    science", never "data science software developer" for "डेटा साइंस में जाना है पर प्रोग्रामिंग बिल्कुल नहीं
    आती" (session 29)."""
    lacked = lacked_words(clauses(message, p.lang), p.lang)
    if not lacked or not p.clause_goal:
        return
    kept = " ".join(w for w in p.clause_goal.split() if w.casefold() not in lacked)
    if kept and kept != p.clause_goal:
        p.clause_goal = kept
        p.goal_english = glossary.english(kept, p.lang) or p.goal_english


def _in_capitals(word: str, message: str) -> bool:
    """Whether a word is written in the message as an acronym or a product name in capitals ("MPI", "CUDA",
    "SAP"): it names the subject in any language."""
    if not (word.isalpha() and 2 <= len(word) <= 8):
        return False
    return any(
        m.isupper() for m in regex.findall(rf"(?<!\p{{L}}){regex.escape(word)}(?!\p{{L}})", message, regex.I)
    )


def _fill_slots(p: Parsed, s: Slots, intent: str) -> None:
    if s.hours_per_week is not None:
        p.hours_per_week = s.hours_per_week
    if p.deadline is None and s.deadline is not None:
        p.deadline, p.weeks = s.deadline, s.weeks or p.weeks
    elif s.weeks and not p.weeks:
        p.weeks = s.weeks
    if s.amount is not None and s.currency:
        eur = to_eur(s.amount, s.currency)
        p.currency = s.currency
        a_filter = (
            p.max_cost is not None
            and "search" in p.intents
            and not p.goal_text
            and intent != "plan"
            and s.hours_per_week is None
            and s.deadline is None
        )  # "SQL under $300": a price filter
        # ... and so in every language: a course or a subject asked for with an amount said as a ceiling
        # ("Netzwerkkurse unter 400 Euro", "cursos de redes por menos de 300 euros", "formations réseau à
        # moins de 300 euros"; session 20), not a budget alone ("my budget is at most 800")
        a_filter = a_filter or (
            s.ceiling_said
            and not s.budget_named
            and bool(p.topic.strip())
            and bool(set(tokens(p.text)) & (vocab.COURSE | vocab.TRAINING))
            and not p.goal_text
            and intent != "plan"
            and s.hours_per_week is None
            and s.deadline is None
        )
        if p.budget is not None or (intent in _CONSTRAINT_INTENTS and not a_filter) or s.budget_said:
            p.budget = s.amount
            if p.max_cost is not None and p.max_cost != 0:
                p.max_cost = None
        else:
            p.max_cost = eur if eur is not None else s.amount
            p.price_ceiling = (s.amount, s.currency if eur is not None else "EUR")
            if s.budget_named:  # "…4 tiếng, ngân sách khoảng 5 triệu", "my budget is 400 euros, any cloud?"
                p.budget = s.amount
    if s.free and p.max_cost is None:
        p.max_cost = 0.0
    if s.free and (intent == "set_constraints" or s.no_money) and p.budget is None:
        p.budget = 0.0
    if s.participation:
        # the slots' reading knows denials ("I don't want anything on-site": online), the English rules'
        # pattern does not (it added "on-site" to "online"): the slots' reading decides (session 16)
        p.participation = s.participation
    if s.spoken_languages:  # "ich spreche Deutsch, Kurse lieber auf Englisch": both, clause by clause
        p.spoken_languages = s.spoken_languages
        p.languages = tuple(c for c in p.languages if c not in s.spoken_languages or c in s.wanted_languages)
    if s.wanted_languages:
        p.languages = tuple(dict.fromkeys((*p.languages, *s.wanted_languages)))
    if s.taught_languages:  # "मैं हिंदी पढ़ाती हूँ", "an English teacher": a subject, not a limit
        p.languages = tuple(c for c in p.languages if c not in s.taught_languages)
    if s.denied_languages:  # the English rules read any language name as wanted
        p.languages = tuple(c for c in p.languages if c not in s.denied_languages)
    if kept := tuple(c for c in p.languages if c in s.preferred_languages):
        p.languages = kept  # "Englisch geht so, lieber Deutsch": the one preferred (session 27)
    if s.eqf_level is not None and p.eqf_min is None and p.eqf_max is None:
        p.eqf_min = p.eqf_max = s.eqf_level  # "cursos de nivel 4", "लेवल 4 के", "লেভেল ৪": that level
    if s.level and p.eqf_min is None and p.eqf_max is None and not level_taught(p.text):
        p.eqf_min, p.eqf_max = s.level
    if p.eqf_min is not None and p.eqf_min == p.eqf_max and (bound := level_bound(tokens(p.text), p.eqf_min)):
        p.eqf_min, p.eqf_max = bound  # "nothing above EQF 6", "hasta nivel 5": a bound, not one level
    p.denied_languages = s.denied_languages
    p.third_person = s.third_person
    p.relative = s.relative


# "l'an dernier", "letztes Jahr", "el último mes", "viimeinen viikko": a time, not the last item of a list
_LAST_TIME = re.compile(
    r"\b(?:an|année|annee|mois|semaine|été|ete|hiver|printemps|automne) derni[eè]re?\b|"
    r"\bletzte[nmrs]? (?:jahr|monat|woche|sommer|winter|frühling|herbst)\b|"
    r"\búltim[oa] (?:año|mes|semana|verano|invierno)\b|\bviimei\w* (?:vuo\w*|kuu\w*|viik\w*)|"
    # an adviser going through their people ("second client: Lena", "zweite Kundin", "segunda alumna",
    # "deuxième bénéficiaire", "khách hàng thứ hai"): a person counted, no item of a list
    r"\b\w+ (?:client|clients|learner|student|person|customer|candidate|participant|jobseeker|case|"
    r"kunde|kundin|klient|klientin|teilnehmer|teilnehmerin|cliente|clienta|alumno|alumna|bénéficiaire|"
    r"beneficiaire|stagiaire|apprenant|apprenante|asiakas|opiskelija)\b|\b(?:khách hàng|học viên) thứ \w+",
    re.IGNORECASE,
)


# an age said of someone: a number with a word of age ("60 tuổi", "35 साल की", "৩৫ বছর বয়স", "34 years old",
# "58-year-old", "60 ans", "45 Jahre alt", "40-vuotias")
_AGE = regex.compile(
    r"\d+\s*(?:tuổi|tuoi|साल\s+(?:की|का|के)|saal\s+(?:ki|ka|ke)|বছর\s+বয়\S*|বছরের|bochor\s+boy\S*|"
    r"[- ]?years?[- ]old|[- ]?year[- ]old|ans\b|jahre\s+alt|-?vuotias)|বয়স\s*\d+|umar\s+\d+|उम्र\s+\d+",
    regex.IGNORECASE,
)


def holds_degree(message: str) -> bool:
    """Whether a message says a degree or diploma is held ("skip the maths one, I have a math degree", "lass
    den Mathe-Kurs weg, ich hab nen Mathe-Abschluss", "soy licenciado en matemáticas", "j'ai un diplôme en
    maths", "mulla on matematiikan tutkinto"): done, as "already" says it, unless the clause saying it wants
    it ("I want a degree in data science"; "den Kurs brauch ich nicht, ich hab einen Abschluss" holds it)."""
    for clause in _CLAUSE.split(message):
        words = {w for t in tokens(clause or "") for w in t.split("-")}
        if words & vocab.DEGREE_WORDS and not wanting(clause).wants_or_needs:
            return True
    return False


_SENTENCE = regex.compile(r"[^.!?;。।]+[.!?;。।]*")


def took_course(message: str) -> bool:
    """Whether a message says a course was taken ("he did an AWS cloud basics course online last spring",
    "ich hab einen AWS-Grundlagenkurs gemacht", "hice un curso de Google Analytics", "j'ai fait une
    formation Google Analytics", "tein AWS-peruskurssin", "mình đã học một khóa AWS", "maine AWS ka course
    kiya tha", "AWS বেসিক কোর্স করেছি"): a past verb of doing or attending and a course word in one clause,
    which neither asks ("did you do a course?") nor wishes ("I want to do a course")."""
    said = [
        c for sentence in _SENTENCE.findall(message) if "?" not in sentence for c in _CLAUSE.split(sentence)
    ]
    for clause in said:
        if not clause or wanting(clause).wants_or_needs:
            continue
        toks = tokens(clause)
        words = {w for t in toks for w in (t, *t.split("-"))}
        course = bool(words & vocab.TRAINING) or any(t.endswith(vocab.COURSE_ENDINGS) for t in toks)
        low = f" {' '.join(toks)} "
        took = bool(words & vocab.TOOK_VERBS) or any(f" {w} " in low for w in vocab.TOOK_PHRASES)
        if course and took and not denies_doing(toks):
            return True
    return False


def _in_took_clause(words: str, message: str) -> bool:
    """Whether every word of `words` stands in one clause of `message` that says a course was taken."""
    wanted = set(tokens(words))
    return any(wanted <= set(tokens(c)) and took_course(c) for c in _CLAUSE.split(message) if c)


# a denial in the clause of a done word: "SQL hat sie nie gemacht", "I've never done SQL", "nunca he hecho
# SQL", "je n'ai jamais fait de SQL", "en ole koskaan tehnyt", "chưa học SQL bao giờ", "SQL kabhi nahi kiya"
_NEVER_DONE = frozenset(
    "never nie niemals noch nunca jamás jamas jamais koskaan chưa chua कभी kabhi কখনো কখনও kokhono haven't "
    "hasn't didn't havent hasnt didnt".split()
)
# a bare "not" before the done word ("ei ole tehnyt", "not done", "je ne l'ai pas fait"); Spanish "no" only
# before an auxiliary ("no he hecho"), not as an answer ("no I already did that")
_NOT_JUST_BEFORE = frozenset("not nicht pas ei en không ko".split())
_NO_AUX = frozenset("he ha has hemos han lo la los hice hizo".split())


def denies_doing(toks: list[str]) -> bool:
    """Whether a clause denies having done something ("never", "nie", "nunca", "chưa", "no he hecho")."""
    if set(toks) & _NEVER_DONE:
        return True
    return any(a == "no" and b in _NO_AUX for a, b in zip(toks, toks[1:]))


def _says_done(message: str, done_words: tuple[str, ...]) -> bool:
    """Whether some clause says a course or skill was done (`vocab.DONE`) and does not deny it."""
    for clause in _CLAUSE.split(message):
        if not clause or not clause.strip():
            continue
        toks = tokens(clause)
        low = f" {' '.join(toks)} "
        hits = [w for w in done_words if f" {w} " in low]
        if not hits:
            continue
        if denies_doing(toks):
            continue
        first = min(len(low[: low.index(f" {w} ")].split()) for w in hits)
        if set(toks[max(0, first - 2) : first]) & _NOT_JUST_BEFORE:
            continue
        return True
    return False


def _done_words(lang: str | None) -> tuple[str, ...]:
    """The words saying something is done (`vocab.DONE`) in a message of this language, without the short ones
    that are other words in English, Hindi or Bengali and in their Latin-script messages ("ya" is Spanish
    "already" but Hinglish "or": "IT support ya system admin ki job chahiye"; "jo" is Finnish "already",
    Hindi "who")."""
    return tuple(w for w in vocab.DONE if lang not in vocab.DONE_NOT_IN.get(w, ()))


def ordinals(message: str) -> tuple[int, ...]:
    """Ordinal words of the served languages ("der zweite", "el primero", "cái thứ hai", "दूसरा")."""
    message = _LAST_TIME.sub(" ", message)
    low = normalise(message)
    found = [n for word, n in vocab.ORDINAL_PHRASES.items() if word in low]
    toks = tokens(message)
    found += [
        vocab.ORDINALS[t]
        for i, t in enumerate(toks)
        # "दिवाली से पहले", "isse pehle": "before", no first item (session 13)
        if t in vocab.ORDINALS
        and not (t in vocab.FIRST_OR_BEFORE and i and toks[i - 1] in vocab.BEFORE_POSTPOSITION)
        # "पहले ही कर लिया", "pehle hi kar liya": "already", no first item (session 15)
        and not (vocab.ORDINALS[t] == 1 and toks[i + 1 : i + 2] in (["ही"], ["hi"]))
    ]
    found += [int(m.group(1) or m.group(2)) for m in _VI_ORDINAL_DIGIT.finditer(low)]
    found += [-1 for _ in _VI_LAST.finditer(low)]
    if _FIRST_TWO.search(low):  # "compare the first two courses": the first and the second
        found = [1, 2, *found]
    return tuple(dict.fromkeys(found))


# "the first two", "die ersten beiden", "los dos primeros", "les deux premiers", "kaksi ensimmäistä",
# "hai khóa đầu tiên", "पहले दो", "প্রথম দুটি": the first and the second entry shown, never two weeks or months
# (session 17, lead trial 13: "compare the first two courses" got "which two?")
_FIRST_TWO = regex.compile(
    r"(?:(?<!\w)first (?:two|2)|(?<!\w)ersten (?:beiden|zwei|2)|(?<!\w)(?:los|las) (?:dos|2) primer[oa]s|"
    r"(?<!\w)primer[oa]s (?:dos|2)|(?<!\w)(?:deux|2) premi[eè]re?s|(?<!\w)(?:kaksi|kahta|2) ensimmäistä|"
    r"(?<!\w)hai (?:khóa|khoá|cái|bước)(?: học)? đầu|पहले (?:दो|2)|(?<!\w)pehle (?:do|2)|"
    r"প্রথম (?:দুটি|দুটো|দুই))"
    r"(?!\w)(?!\s+(?:weeks?|months?|days?|hours?|wochen|monate|tage|semanas|meses|días|semaines|mois|jours|viikkoa|"
    r"kuukautta|päivää|tuần|tháng|ngày|हफ्ते|महीने|दिन|সপ্তাহ|মাস|দিন|mahine|mahina|hafte|din))"
)


# Vietnamese ordinals written with a digit after a noun of what was listed ("khóa thứ 2", "cái số 3",
# "bước thu 2"): a lone "thứ 2" is Monday ("thứ 2 em rảnh")
_VI_ORDINAL_DIGIT = regex.compile(
    r"(?<!\w)(?:khóa|khoá|khoa|cái|cai|bước|buoc|môn|mon|bài|bai|lựa chọn|lua chon|phương án|phuong an)"
    r"(?:\s+(?:học|hoc))?\s+(?:thứ|thu|số|so)\s+([1-9])(?!\w)|"
    r"(?<!\w)(?:bước|buoc)\s+([1-9])(?!\w)(?!\s*(?:tuần|tuan|tháng|thang|ngày|ngay|giờ|gio|tiếng|tieng))"
)
# the last entry with a noun of what was listed ("cái cuối", "khóa cuối", "bước cuối"): not "cuối tuần"
# (the weekend), "cuối năm" (the year's end)
_VI_LAST = regex.compile(
    r"(?<!\w)(?:khóa|khoá|khoa|cái|cai|bước|buoc|môn|mon|bài|bai)(?:\s+(?:học|hoc))?\s+(?:cuối|cuoi)(?!\w)"
    r"(?!\s*(?:tuần|tuan|năm|nam|tháng|thang|ngày|ngay|kỳ|ky|khóa|khoa))"
)


# a tight budget, said with up to three words between the budget and how tight it is (session 18, refine18):
# "budget is tight", "my budget's really limited", "mon budget est serré", "el presupuesto es muy ajustado",
# "Budget ist knapp", "budjetti on tiukka", "ngân sách của tôi eo hẹp", "बजट कम है", "বাজেট খুব কম", "budget
# thoda kam hai": asks for a cheaper plan or list, as "cheaper" does
_TIGHT_BUDGET = regex.compile(
    r"(?:\b(?:budget\w*|budjet\w*|presupuesto|bajat)\b|ngân sách|ngan sach|बजट|বাজেট)"
    r"(?:\W+\w+){0,3}?\W+"
    r"(?:\b(?:tight|limited|small|low|modest|knapp|klein|begrenzt|gering|serré|serre|limité|limite|petit|"
    r"modeste|ajustado|limitado|justo|pequeño|bajo|escaso|tiukka|pieni|rajallinen|niukka|kam|kom|tight)\b|"
    r"eo hẹp|hạn hẹp|hạn chế|có hạn|ít|कम|सीमित|কম|সীমিত)"
    r"|\b(?:tight|limited|small|low|modest|knappes?|kleines?|begrenztes?|petit|modeste|tiukka|pieni|"
    r"rajallinen)\s+(?:\w+\s+)?(?:budget|budjetti)\b"
    r"|\b(?:poco|escaso)\s+presupuesto\b",
    regex.IGNORECASE,
)


def _refinements(p: Parsed) -> None:
    # "giá bao nhiêu tiền?" asks a price ("how much money"): its "nhiều tiền" ("much money") is no complaint
    low = re.sub(r"\bbao (?:nhiêu|nhieu)\b", " ", normalise(p.text))
    # Vietnamese is often typed without diacritics: "re hon khong", "nhanh hon dc ko"
    folded = vocab.fold_vietnamese(low) if p.lang == "vi" else None

    def says(words: tuple[str, ...]) -> bool:
        return any(w in low or (folded is not None and vocab.fold_vietnamese(w) in folded) for w in words)

    found = list(p.refinements)
    if "cheaper" not in found and (says(vocab.CHEAPER) or _TIGHT_BUDGET.search(low)):
        found.append("cheaper")
    if "shorter" not in found and says(vocab.FASTER):
        found.append("shorter")
    p.refinements = tuple(found)
