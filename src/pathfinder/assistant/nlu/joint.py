"""The act of a message read jointly: the classifier's scores together with what the slots and the linking
found in it. The classifier reads the wording; these rules read the content, so that a phrasing nobody wrote a
training line for still gets the act its content calls for:

- a goal occupation with limits ("objectif : devenir DPO, 5 h par semaine") states a goal, not only limits;
- an occupation and a question of what to take ("Welche Kurse brauche ich, um Data Engineer zu werden?") asks
  for the plan towards it, not for a course's requirements; so does a search for courses to become one;
- "in which order?" with nothing shown yet asks for a plan; a plan read with the opening or a search close
  behind and no goal, subject or plan word ("what would you advise me to study?") is that runner-up (with a
  goal known, the policy plans an opening);
- a statement of skills nearly tied with a search, right after a search, naming a subject is the next
  search ("and for React?");
- a search or a question nearly tied with a plan, naming no new subject, from a learner with a goal asks for
  the plan towards it;
- an opening nearly tied with a goal whose wish names a catalogue subject or a job is the goal; a statement
  about oneself with a clause wanting a subject of the glossary states the goal;
- a goal that names only the whole field ("I want to move into IT") is the counsellor's opening;
- an amount in a message that states only limits is the budget, not a price filter;
- a verb of knowing, before or after what is known ("Excel lo manejo muy bien"), states skills, not a search;
- a wish that names only a subject, no job, together with a word asking for training or a purpose at the
  job one has ("necesito formación en redes para mi empresa", "I need to learn SQL for work") is a search;
- an unsure comparison with nothing asked or named to compare and limits said ("los cursos mejor en
  castellano": "mejor" is "preferably") states the limits;
- a course or certificate said done, nothing sought or asked ("ya tengo un certificado de excel avanzado"),
  states skills held, not a search.

`settle` changes `Parsed.predicted` (and puts it first in `ranked`); the dialogue policy (`policy.decide`)
then weighs it against the conversation. Pure: the caller passes what the catalogue and the taxonomy say."""

from __future__ import annotations

from pathfinder.assistant.intents import Parsed
from pathfinder.assistant.nlu import glossary, vocab
from pathfinder.assistant.nlu.asking import asks_for_something, asks_which_work
from pathfinder.assistant.nlu.level_words import LEVEL_LOW
from pathfinder.assistant.nlu.slots import tokens
from pathfinder.assistant.nlu.understand import (
    adviser_at_work,
    approves,
    clauses,
    content,
    feels_stuck,
    knows_in,
    names_only_the_field,
    names_something,
    without_lacks,
)
from pathfinder.assistant.nlu.wanting import seeks_work, wanting, wants_to_do, wishes_to_teach
from pathfinder.assistant.policy import asks_capabilities, asks_sequence, beside_capabilities

SURE = 0.5  # the confidence a joint reading is given: the policy's thresholds treat it as the classifier's
_QUESTIONS = ("requirements", "explain", "search")
# a plan the classifier reads with the opening (or a search) this close behind (measured on the act test's
# tune half: the openings read as plans had 0.2-0.45 for explore, the plan requests below 0.1)
OPENING_RUNNER_UP = 0.15
TIE = 0.1  # two acts this close: the content decides
UNSURE = 0.6  # a goal read with less confidence than this does not replace a goal already set (see `settle`)
# a search read with the goal this likely too, when it wishes a subject (see `settle`, session 26)
GOAL_RUNNER_UP = 0.1


def settle(
    p: Parsed,
    *,
    named: bool,
    topical: bool,
    names_job: bool,
    shown: bool,
    has_goal: bool = False,
    searched: bool = False,
    names_skill: bool = True,
) -> str | None:
    """Re-read the act of `p` from its content; returns the act when it changed, else None.
    `named`: a catalogue credential is named; `topical`: the topic is a catalogue topic; `names_job`: the
    goal words link an occupation; `shown`: the conversation shows a list, a plan or an entry in focus;
    `has_goal`: the learner has a goal; `searched`: the last answer was a search's list; `names_skill`: a
    statement of skills would hold some skill from it (`profile_changes.names_held_skill`; the default
    leaves a reading of skills as it is)."""
    act = _joint(p, named=named, topical=topical, names_job=names_job, shown=shown, names_skill=names_skill)
    scores = dict(p.ranked)
    if (
        act is None
        and searched
        and p.predicted == "state_skills"
        and scores.get("search", 0.0) >= p.confidence - TIE
        and topical
        and not (named or p.done_cue or p.skills)
    ):
        act = "search"  # "y de frameworks de javascript tipo react" after a search: the next search
    if (
        act is None
        and has_goal
        and p.predicted in ("search", "explain")
        and scores.get("plan", 0.0) >= p.confidence - TIE
        and not (named or p.ordinals)
        and not (
            topical and set(p.topic.casefold().split()) - vocab.TRAINING
        )  # "formations" names no subject
    ):
        act = "plan"  # "quelles formations pour ça ?", "tu lui conseilles quoi ?" once the goal is known
    if (
        act is None
        and has_goal
        and p.predicted == "set_goal"
        and p.confidence < UNSURE
        and scores.get("search", 0.0) >= p.confidence - TIE
        and topical
        and not (names_job or named or p.goal_text)
    ):
        # a new goal read with little confidence, a search nearly as likely and no job named, from a learner
        # who has a goal: the search, which keeps the goal (an unsure reading overwrites nothing known)
        act = "search"
        p.clause_goal = p.goal_english = None
    if (
        act is None
        # "quiero aprender algo de bases de datos antes de marzo, curro en un almacen": with the job held
        # named, a wish to learn is as likely a course for that job as a goal (the tune turn wants a search)
        and not (has_goal or named or shown or p.ordinals or p.current_role)
        and p.predicted == "search"
        and scores.get("set_goal", 0.0) >= GOAL_RUNNER_UP
        and topical
        and p.topic
        and wishes_a_subject(p.text)
    ):
        # "bhai data science seekhna hai, kaha se shuru karu?", "je voudrais me spécialiser en calcul haute
        # performance", "quiero enseñarles informática básica": a subject wished, to be learnt or taught, no
        # course asked for and not for the job held, from a learner with no goal yet, and the classifier gave
        # the goal a chance: the goal (session 26: the classifier fit to convergence on session 25's lines
        # reads such wishes as searches where the older one read goals, and the goal then went unset)
        if not (p.goal_text or p.clause_goal):  # the wish's subject: its glossary terms, else the topic
            p.clause_goal, p.goal_english = _terms(p) or (
                p.topic,
                glossary.english(p.topic, p.lang) or p.topic,
            )
        act = "set_goal"
    if (
        act is None
        and not (has_goal or named or shown)
        and p.predicted == "plan"
        and _nothing_to_plan_for(p, topical, names_job)
    ):
        # "what could I learn?", "was sollte ich mit meinem Hintergrund studieren?" from a learner with no
        # goal yet: no goal, subject or plan word to plan for, so the counsellor's opening (a plan word,
        # "make me a plan", still asks for the plan and is told a goal is needed)
        act = "explore"
        p.goal_text = p.clause_goal = p.goal_english = None  # "skills" is no goal,
        p.topic = ""  # nor a subject to start from
    if act is None or act == p.predicted:
        return None
    if act in ("plan", "set_goal") and p.budget is None and p.price_ceiling is not None and not shown:
        # "einen Weg zum Penetration Tester, max 5000 €": the most the plan may cost, the learner's budget
        (p.budget, p.currency), p.max_cost, p.price_ceiling = p.price_ceiling, None, None
    p.predicted, p.confidence = act, max(p.confidence, SURE)
    p.ranked = ((act, p.confidence), *((i, s) for i, s in p.ranked if i != act))
    return act


def _joint(
    p: Parsed, *, named: bool, topical: bool, names_job: bool, shown: bool, names_skill: bool = True
) -> str | None:
    # session 24 (acts24): a statement of skills that names no skill is re-read first, and the rules below
    # weigh that reading ("I want to move into IT" read back as a goal is still the opening)
    unsaid = None if names_skill else skills_unsaid(p, named=named, topical=topical, shown=shown)
    pred = unsaid or p.predicted
    act = _joint_rules(p, pred, named=named, topical=topical, names_job=names_job, shown=shown)
    return act if act is not None else (pred if pred != p.predicted else None)


def skills_unsaid(p: Parsed, *, named: bool, topical: bool, shown: bool) -> str | None:
    """The act of a message the classifier reads as a statement of skills that names no skill to hold (the
    caller's `names_skill`: no skill the rules or the linking find in what it says is held or used), no
    course, no entry by number and no course done: the largest cause of wrong acts the classifier's
    reading passed unchanged on the tune split (session 24, `evals/nlu/act_causes.py`: 19 turns in en, de,
    es, fr, vi). What the message does say decides: languages spoken leave it a statement about oneself;
    limits with no subject ("5 Stunden die Woche, 300 Euro") state limits; a goal clause ("me interesa el
    soporte técnico", "vielleicht was mit IT-Support?") states the goal; with nothing shown, a question, a
    word of training, seeking, interest or liking, or a wish or a need ("necesito saber de RGPD para
    octubre") about a catalogue subject from someone who names no job of their own ("Was habt ihr zu
    Linux?", "aapke paas SQL ka kuch hai kya?") is a search, and with a job of their own or no catalogue
    subject the counsellor's opening; a background with nothing asked or wished ("trabajé tres años como
    técnico de soporte") stays a statement about oneself. None when the reading is not a statement of
    skills or the message holds a skill (or a course done)."""
    if p.predicted != "state_skills" or p.skills or named or p.ordinals:
        return None
    goal = bool(p.goal_text or p.clause_goal)
    if p.done_cue and not goal:
        return None  # "did the Google IT course last year": what was done is the evidence of skills
    words = {t.rsplit("'", 1)[-1] for t in tokens(p.text)}
    said = wanting(p.text)
    sought = vocab.TRAINING | vocab.SEEKING | vocab.INTEREST | vocab.LIKING  # "me interesa", "thích"
    asks = "?" in p.text or bool(words & sought) or said.wants_or_needs or said.learn
    if (p.spoken_languages or p.languages or p.denied_languages) and not (asks and topical):
        # "Ich spreche Deutsch und Türkisch", "Tôi chỉ đọc được tiếng Việt và tiếng Anh, khóa học bằng tiếng
        # Anh cũng được": languages, and no subject asked for, a statement about oneself
        return None
    if p.has_constraints and not topical:
        return "set_constraints"  # limits and no subject: a statement of the limits
    if shown:
        return None  # after a list or a plan only limits are read here ("and Trello too" is a skill added)
    if goal:
        return "set_goal"
    if not asks:
        # "trabajé tres años como técnico de soporte", "j'ai un BTS SIO et deux ans de support": a background
        # with nothing asked or wished stays a statement about oneself (the job held, what it brings)
        return None
    # a subject in the glossary's terms, not words the catalogue happens to hold ("my contract ends in spring
    # and I need something on my CV": "spring" is a framework there, a season here; session 25)
    subject = topical and glossary.english(p.topic, p.lang, only_terms=True) is not None
    if subject and not (p.current_role or p.clause_role):
        return "search"
    return "explore"


def _joint_rules(
    p: Parsed, pred: str, *, named: bool, topical: bool, names_job: bool, shown: bool
) -> str | None:
    goal = bool(p.goal_text or p.clause_goal)
    if not named and asks_which_work(p.text) and not _names_a_job(p, names_job):
        # "what kind of work could I get with that?", "avec ça je pourrais faire quel métier ?", "এগুলো দিয়ে কী
        # কাজ পেতে পারি?": which work what was just said leads to, the counsellor's directions; the question's
        # words are no goal nor subject (session 27: read as a plan, "basic" became the goal)
        p.goal_text = p.clause_goal = p.goal_english = None
        p.topic = ""
        # nor a plan asked: the classifier's plan score is dropped (the policy plans a goal nearly asked for)
        p.ranked = tuple((i, s) for i, s in p.ranked if i != "plan")
        p.plan_cue = False
        return "explore"
    if (
        pred in ("explore", "search", "plan")
        and not (named or shown or topical or p.ordinals or p.has_constraints)
        and asks_capabilities(p.text)
        # no subject nor goal named beside it (the reading's `topical` is False for any question of what the
        # assistant can do; "help" in "what can you help me with?" is the verb, no goal)
        and glossary.english(beside := beside_capabilities(p.text), p.lang, only_terms=True) is None
        and not (goal and set(tokens(p.goal_text or p.clause_goal or "")) & set(tokens(beside)))
    ):
        # "so what exactly can you do for me?", "mitä sä osaat tehdä?": what the assistant can do, asked
        # (small talk's reply says it), not the counsellor's questions (session 27: the classifier ties them)
        p.goal_text = p.clause_goal = p.goal_english = None
        return "smalltalk"
    if (
        pred in ("explore", "set_goal", "state_skills")
        and topical
        and not (named or shown or p.skills or p.ordinals)
        # "I did something on networks last year" tells what was done; "anything on X? my boss wants it done
        # before May" asks (its "done" is the deadline's)
        and not (p.done_cue and "?" not in p.text)
        and not _names_a_job(p, names_job)
        and not _becoming_only(tokens(p.text))
        and names_subject(p.topic)
        and asks_for_something(p.text)
    ):
        # "anything on cybersecurity basics? my boss wants it done before May", "brauch was zu
        # Netzwerktechnik, arbeite im Schichtdienst", "amar cloud niye kichu lagbe": something asked for on a
        # subject, beside the learner's shifts, dates or job, is a search of it, not the opening nor a goal
        # (session 27)
        p.goal_text = p.clause_goal = p.goal_english = None
        return "search"
    if (
        pred == "compare"
        and p.confidence < SURE
        and not (named or p.ordinals or "?" in p.text)
        and (p.has_constraints or p.languages or p.spoken_languages or p.participation)
    ):
        # "hablo español y portugués, los cursos mejor en castellano", "lieber online, am besten abends":
        # a word of preferring ("mejor", "lieber", "plutôt") read, unsure, as a comparison; nothing asked
        # or named to compare and limits said: the limits (session 26)
        return "set_constraints"
    if (
        pred == "search"
        and p.done_cue
        and not (named or p.ordinals or "?" in p.text or goal)
        and _names_credential_held(p.text)
    ):
        # "ya tengo un certificado de excel avanzado", "hab schon einen Excel-Kurs gemacht", "j'ai déjà un
        # certificat en bureautique": a course or certificate said done, nothing sought or asked: skills held,
        # not a search for the subject (session 26)
        return "state_skills"
    if (
        pred == "set_constraints"
        and not (topical or shown)
        and p.budget is None
        and p.price_ceiling is not None
    ):
        # "maximal 400 Euro" opening a conversation: the learner's budget, not a price filter of a search
        # (after a list or a plan the policy reads an amount against what was shown)
        (p.budget, p.currency), p.max_cost, p.price_ceiling = p.price_ceiling, None, None
    if (
        (
            pred in ("search", "explore", "set_goal")
            or pred == "select"
            and not shown  # nothing to pick from
            # "mujhe Jira aata hai": a tool's name the classifier does not know read as a limit; no limit said
            or pred == "set_constraints"
            and not p.has_constraints
        )
        and not (named or p.done_cue or p.ordinals or "?" in p.text)
        # a goal only when every clause is one of knowing ("SQL to mujhe thoda aata hai"), not "mujhe data
        # analyst banna hai, SQL aata hai"
        and knows_in(p.text, p.lang, every=pred == "set_goal")
        and not wanting(p.text).wants_or_needs
        and not {t.rsplit("'", 1)[-1] for t in tokens(p.text)} & (vocab.SEEKING | vocab.INTEREST)
    ):
        # "Excel lo manejo muy bien", "le SQL je le maîtrise": a verb of knowing, wherever the clause puts it,
        # states skills held, however the wording leans towards a search of the subject (session 19)
        if pred == "set_goal":
            p.goal_text = p.clause_goal = p.goal_english = None  # what is known is no goal
        return "state_skills"
    if pred == "set_goal" and not (named or shown) and p.has_constraints and not topical and not _wishes(p):
        # session 26: a goal read where nothing is wished, become, liked or approved and no subject named (the
        # classifier fit to convergence reads more backgrounds as goals): "bin jetzt in Elternzeit, so 12 Std
        # die Woche" states the limits
        p.goal_text = p.clause_goal = p.goal_english = None
        return "set_constraints"
    if (
        pred == "refine"
        and not (shown or named or p.ordinals)
        and topical
        and _asks_training(set(tokens(p.text)))
    ):
        return (
            "search"  # "pilvipalvelukursseja englanniksi?" with nothing shown: courses on a subject, a filter
        )
    seeking = set(tokens(p.text)) & vocab.SEEKING
    if pred == "state_skills" and seeking and topical and not (named or shown or p.done_cue):
        # "busco algo de inteligencia artificial pero sin mates complicadas": what one looks for is not held
        return "search"
    if (
        pred in ("state_skills", "explore")
        and topical
        and not (named or shown or p.skills or goal)
        and wanting(p.text).needs_to_learn
    ):
        return "search"  # "I need to learn to use Excel for my new office job": courses on it, nothing held
    if pred in ("search", "state_skills", "explore", "refine") and goal and approves(p.text, p.lang):
        return "set_goal"  # "Datenbankadministrator klingt gut", "support informatique pourquoi pas"
    if (
        pred in ("search", "explore")
        and goal
        and not (named or shown)
        and seeks_work(p.text)
        # "i want to learn sql for analysing sales numbers at work": learning for the job held seeks no work
        # (session 26: read as a search by the retrained classifier, it came here instead of the rule below)
        and not _for_work(tokens(p.text))
    ):
        return "set_goal"  # "busco empleo en ciberseguridad", "क्लाउड में काम करना है": work in a field wished
    if pred == "set_constraints" and names_job and goal and not shown:
        return "set_goal"  # a job and its limits: the goal is stated (with them, the plan follows)
    # a question is no statement about oneself: "सिस्टम एडमिनिस्ट्रेटर कैसे बनूँ?" read as one
    asking = pred in _QUESTIONS or (pred == "state_skills" and p.text.rstrip().endswith("?"))
    # a search said with a mere wish ("quiero hacer un upskill en cloud, algo tipo el AWS Solutions
    # Architect, lo tienen?", "muon hoc them ve e-learning, co khoa nao") asks for courses, not the way to a
    # job: only a word of becoming makes it one (session 26: the retrained classifier reads more such asks as
    # searches)
    wish_only = pred == "search" and not _becoming_only(tokens(p.text))
    if asking and not named and not p.ordinals and _becoming(p.text) and not wish_only:
        # "which courses do I need to become a data engineer?": the plan towards the job it names; without a
        # question or a word of training ("ekhon full stack developer hote chai"), the goal stated
        asked = pred == "requirements" or "?" in p.text or bool(vocab.TRAINING & set(tokens(p.text)))
        if names_job and goal:
            return "plan" if asked else "set_goal"
        job = _job_named(p)
        if job:
            # "¿qué cursos necesito para ser científico de datos?": read as the requirements of a course (or
            # as a search) with no goal clause; the job it names is the goal
            p.clause_goal, p.goal_english = job
            return "plan" if asked else "set_goal"
    if (
        pred in ("search", "state_skills", "plan", "explore", "set_goal")
        and not (named or shown or p.skills or p.goal_text or p.clause_goal or p.current_role)
        and not p.has_constraints
        and adviser_at_work(p.text)
    ):
        # "I'm a careers adviser at a job centre", "asesoro a personas desempleadas": the counsellor's
        # opening, its questions about the person advised (not a search for the adviser's own words)
        p.third_person = True
        p.clause_goal = p.goal_english = None
        p.topic = ""
        return "explore"
    if (
        pred in ("state_skills", "set_goal", "search")
        and feels_stuck(p.text)
        and not (named or shown or p.skills or p.goal_text or p.goal_english or p.has_constraints)
        and not names_subject(glossary.english(p.text, p.lang, only_terms=True))
    ):
        # "olen jumissa urallani", "मैं अपनी नौकरी में अटका हुआ हूँ": feeling stuck, nothing named: the opening
        p.clause_goal = p.clause_role = None
        p.topic = ""
        return "explore"
    if pred in _QUESTIONS and asks_sequence(p.text) and not named and not shown:
        return "plan"  # "which courses in which order for cloud security?" with nothing shown yet
    scores = dict(p.ranked)
    if pred == "explore" and scores.get("set_goal", 0.0) >= p.confidence - TIE and (topical or names_job):
        terms = _terms(p)
        if goal or terms:  # an opening or a goal, nearly tied, and the wish has an object: the goal
            if not goal and terms:
                p.clause_goal, p.goal_english = terms
            return "set_goal"
    if pred == "state_skills" and p.clause_goal and p.goal_english and wanting(p.text).wants_or_learns:
        # "मैं रिसर्च स्कॉलर हूँ, HPC और GPU प्रोग्रामिंग सीखना है": a statement about oneself with a clause
        # wanting a subject of the glossary: the goal is the act, the job comes along
        return "set_goal"
    if (
        pred in ("set_goal", "plan")
        and goal
        and not p.plan_cue
        and _only_the_field(p)
        and not wishes_to_teach(p.text)
    ):
        # "I want to move into IT", "ich will in die IT": no goal to plan for, where in it to start is the
        # question (the goal words linked "computer scientist" by meaning); to teach "Informatik" is a job
        p.goal_text = p.clause_goal = p.goal_english = None
        return "explore"
    runner_up = max(("explore", "search"), key=lambda i: dict(p.ranked).get(i, 0.0))
    if (
        pred == "plan"
        and dict(p.ranked).get(runner_up, 0.0) >= OPENING_RUNNER_UP
        and not (named or shown)
        and _nothing_to_plan_for(p, topical, names_job)
    ):
        # "what would you advise me to study?", "what kind of courses do you have?": the classifier hesitates
        # between a plan and an opening or a search, and there is no goal, subject or plan word to plan for
        return runner_up
    if (
        pred == "search"
        and scores.get("explore", 0.0) >= p.confidence - TIE
        and not (named or shown or p.ordinals or p.has_constraints or p.goal_text or p.clause_goal)
        and not names_subject(p.topic)
    ):
        # "what options are there for someone without a degree?": a search nearly tied with the opening that
        # names nothing to search for is the opening
        p.topic = ""
        return "explore"
    words = set(tokens(p.text))
    if pred == "explore" and topical and not goal and words & vocab.TRAINING and not words & vocab.STARTING:
        # "tu peux me conseiller une formation en python ?": a course on a subject asked for, not an opening
        return "search"
    if (
        pred == "explain"
        and topical
        and p.price_ceiling is not None
        and not (named or shown or p.ordinals or goal)
        and _asks_training(words)
    ):
        # "Können Sie mir Kurse zum Thema Netzwerke empfehlen, maximal 600 Euro?", "¿me puede recomendar
        # cursos de redes, como máximo 600 euros?": courses on a subject under a ceiling, nothing shown or
        # named to explain (the price words lean the classifier to a course's facts; session 21, refine21)
        return "search"
    job = _names_a_job(p, names_job)
    if pred in _READ_FOR_A_REQUEST and topical and not job and not p.done_cue:
        held = set(tokens(" ".join(x for x in (p.current_role, p.clause_role) if x)))
        words = tokens(p.text)
        # "coordinadora de formación": a training word in the job held asks for nothing; session 13: a
        # course request with its limits ("courses on X, online only", "etsin kursseja X:stä, ilmaisia") read
        # as the limits or a plan is the search too, unless it plans or says what the learner will become
        training = _asks_training(set(words) - held) and (
            pred == "set_goal"
            or pred in ("set_constraints", "plan")
            and not (shown or p.plan_cue or _becoming_only(words))  # after a list or plan: its limits
        )
        # "I use SQL for work" states a skill; "I need to learn SQL for work" asks for courses
        said = wanting(p.text)
        needed = _for_work(words) and (pred == "set_goal" or said.learn or said.need)
        if training or needed:
            return "search"  # a subject asked for as courses, or to be learnt for the job one has
    return None


_READ_FOR_A_REQUEST = ("set_goal", "state_skills", "explore", "set_constraints", "plan")
# the endings of compound course words ("Statistikkurs", "Cloudsicherheitskurse", "tekoälykurssi")
_COURSE_COMPOUND = ("kurs", "kurse", "kursen", "kurssi", "kurssia", "kursseja", "kurssit")


def _names_credential_held(text: str) -> bool:
    """A word naming a course or certificate ("certificado", "Kurs", "kurssin") and none of seeking, interest,
    liking or wanting: something held, not something looked for."""
    words = {t.rsplit("'", 1)[-1] for t in tokens(text)}
    said = wanting(text)
    compounds = any(w.endswith(("kurs", "kurssi", "kurssin", "zertifikat")) for w in words)
    return (
        bool(words & vocab.CREDENTIAL_WORDS or compounds)
        and not words & (vocab.SEEKING | vocab.INTEREST | vocab.LIKING)
        and not (said.wants_or_needs or said.learn)
    )


def _names_a_job(p: Parsed, names_job: bool) -> bool:
    """Whether the goal words link a job ("cloud computing" links an occupation by meaning, but is no job)."""
    return names_job and glossary.names_role(p.goal_english or "")


def _asks_training(words: set[str]) -> bool:
    """Whether words ask for training as such: a training word, or a compound ending in one."""
    return bool(words & vocab.TRAINING) or any(w.endswith(_COURSE_COMPOUND) for w in words)


def _becoming_only(words: list[str]) -> bool:
    """A word of becoming or a path to a job ("werden", "devenir", "path to"), not a mere wish."""
    low = f" {' '.join(words)} "
    return bool(set(words) & vocab.BECOME) or any(f" {w} " in low for w in vocab.PATH_TO)


def _nothing_to_plan_for(p: Parsed, topical: bool, names_job: bool) -> bool:
    """Whether a message read as a plan names nothing to plan towards: no goal, job, subject, limit, plan word
    or question of order."""
    goal = bool(p.goal_text) or names_subject(p.clause_goal)
    return (
        not ((topical and names_subject(p.topic)) or names_job or goal)
        and not (p.plan_cue or p.has_constraints or p.ordinals)
        and not asks_sequence(p.text)
        and not any(f" {w} " in f" {' '.join(tokens(p.text))} " for w in vocab.FIRST)
        and not names_subject(glossary.english(p.text, p.lang, only_terms=True))
    )


def names_subject(text: str | None) -> bool:
    """Whether words name something to learn, not only learning itself ("skills", "a learning path")."""
    return names_something(text)


def _terms(p: Parsed) -> tuple[str, str] | None:
    """(the glossary terms of the message as written, in English), when it has any."""
    # a lack said beside the wish is none of its terms ("… लेकिन कोडिंग बिल्कुल नहीं आती", session 29)
    segs = [(w, e) for w, e in glossary.segments(without_lacks(p.text, p.lang), p.lang) if e is not None]
    return (" ".join(w for w, _ in segs), " ".join(e for _, e in segs)) if segs else None


def _job_named(p: Parsed) -> tuple[str, str] | None:
    """(the job's words as written, in English) when the message names a job: in glossary terms
    ("científico de datos"), else in English words of the domain in any language ("database administrator",
    "software developer banne ke liye"): a job word and up to two domain words before it."""
    terms = _terms(p)
    if terms and glossary.names_role(terms[1]):
        return terms
    words = content(p.text).split()
    at = next((i for i in range(len(words) - 1, -1, -1) if words[i] in glossary.ROLE_WORDS), None)
    if at is None:
        return None
    start = at
    while start > 0 and at - start < 2 and _field_word(words[start - 1]):
        start -= 1
    phrase = " ".join(words[start : at + 1])
    return phrase, phrase


def _field_word(word: str) -> bool:
    return glossary.domain_words(word) and word not in vocab.TRAINING and word not in glossary.ROLE_WORDS


def _only_the_field(p: Parsed) -> bool:
    """Whether the goal words name only the whole field ("IT", "l'informatique"): no domain term of the
    glossary, no job word, and a word or phrase of `vocab.BROAD_FIELD`."""
    goal = " ".join(x for x in (p.goal_text, p.clause_goal) if x)
    if _basics(set(tokens(goal))):
        return False  # "lo básico de informática": the basics of computing are digital literacy, a goal
    return names_only_the_field(goal, p.lang)


def _basics(words: set[str]) -> bool:
    return bool(words & set(LEVEL_LOW)) or any(w.startswith(_BASIC_PREFIXES) for w in words)


_BASIC_PREFIXES = ("básic", "basic", "base", "grundl", "perus", "cơ bản", "buniyad", "बुनियाद", "মৌলিক")


def _wishes(p: Parsed) -> bool:
    """Whether a message says it is after something: a word of wanting, needing, learning, becoming, interest
    or liking, approval, seeking work, a wish to teach, or a Hindi infinitive with "है"."""
    words = tokens(p.text)
    said = wanting(p.text)
    return (
        said.wish
        or said.need
        or said.learn
        or _becoming(p.text)
        or wants_to_do(words)
        or bool(set(words) & (vocab.INTEREST | vocab.LIKING | vocab.SEEKING))
        # "ça fait 6 ans que je suis caissière, j'en peux plus. le dev web ça me tente": approval in a clause
        or any(approves(c, p.lang) for c in (p.text, *clauses(p.text, p.lang)))
        or seeks_work(p.text)
        or wishes_to_teach(p.text)
    )


def wishes_a_subject(text: str) -> bool:
    """Whether a message wishes a subject for itself rather than asking for courses: a word of wanting, of
    learning or of interest, or a wish to teach, and no training word ("course", "Kurs", "khóa"), no word of
    seeking ("busco", "etsin") and no purpose in the job held ("for work", "काम के लिए")."""
    words = tokens(text)
    said = wanting(text)
    wished = said.wish or said.learn or wants_to_do(words) or bool(set(words) & vocab.INTEREST)
    wished = wished or wishes_to_teach(text)
    return (
        wished and not _asks_training(set(words)) and not set(words) & vocab.SEEKING and not _for_work(words)
    )


def _becoming(text: str) -> bool:
    """A word of becoming or wanting, or a Finnish job word in the translative ("data-insinööriksi")."""
    words = tokens(text)
    low = f" {' '.join(words)} "
    if set(words) & vocab.WISH or any(f" {w} " in low for w in (*vocab.BECOME, *vocab.PATH_TO)):
        return True
    # "englanniksi", "suomeksi": the language wanted, in the same case, is no job (session 26)
    return any(w.endswith("ksi") and len(w) > 6 and w not in vocab.LANGUAGE_NAMES for w in words)


def _for_work(words: list[str]) -> bool:
    """Whether a message learns for the job held ("for work", "für die Arbeit"); "looking for work in
    cybersecurity" seeks work, so a phrase right after a verb of looking does not count."""
    low = f" {' '.join(words)} "
    for phrase in vocab.FOR_WORK:
        start = low.find(f" {phrase} ")
        while start >= 0:
            before = low[:start].split()
            if not (before and before[-1] in _LOOKING):
                return True
            start = low.find(f" {phrase} ", start + 1)
    return False


# verbs after which "for work" is the work sought, not the job held ("looking for work", "searching for work")
_LOOKING = frozenset({"looking", "look", "searching", "search", "hunting", "apply", "applying", "asking"})
