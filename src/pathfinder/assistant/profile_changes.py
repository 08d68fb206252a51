"""Profile changes a message states (goal, current job, skills, languages spoken, credentials held,
constraints), resolved against the taxonomy and catalogue, and the Markdown that confirms them. The session
applies them to the learner's profile at once (with undo); `ask` without a profile only reports them."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Collection, Sequence

from pathfinder.assistant import area_refinement, other_names, unwanted
from pathfinder.assistant import markdown as md
from pathfinder.assistant.grounding import cite
from pathfinder.assistant.i18n import counted, current, long_date, occupation_name, t
from pathfinder.assistant.intents import Parsed
from pathfinder.assistant.lexicon import SkillHit, stem
from pathfinder.assistant.nlu import encoder, glossary, labels, origins, roles, vocab
from pathfinder.assistant.nlu.career_move import says_a_move
from pathfinder.assistant.nlu.level_words import LEVEL_RANGES
from pathfinder.assistant.nlu.skill_fields import (
    day_word,
    everyday_skills_only,
    everyday_tool,
    everyday_tools,
    field_skill,
    field_words,
)
from pathfinder.assistant.nlu.skill_levels import NONE, held_levels
from pathfinder.assistant.nlu.slots import tokens
from pathfinder.assistant.nlu.understand import clauses, denies_doing, holding_clauses, took_course
from pathfinder.assistant.nlu.wanting import wanting
from pathfinder.assistant.picks import says_cheap
from pathfinder.assistant.tools import AssistantTools
from pathfinder.domain import (
    Constraints,
    Credential,
    CurrentRole,
    Goal,
    HeldCredential,
    HeldSkill,
    LearnerProfile,
    Occupation,
    SearchFilters,
)
from pathfinder.domain.dialogue import ProfileChange
from pathfinder.domain.filters import Hit
from pathfinder.domain.taxonomy import Taxonomy, normalise_label
from pathfinder.errors import PlanningError
from pathfinder.planner.audience import for_oneself

# acts whose filters (language, format, level) are the learner's standing constraints, not one search's
# filters
_STANDING = ("set_constraints", "refine", "plan", "set_goal", "state_skills", "explore")
LIKELY = 0.87  # nearest occupation label this similar (across languages) is taken, the runners-up offered
LIKELY_MARGIN = 0.01  # ... when this much closer than the next one (an unknown job is near several)
FALLBACK = 0.86  # nearest occupation label this similar is taken when no catalogue area matches either
RELEVANCE_FLOOR = 0.25  # fused search score below which a catalogue hit says nothing about an area
# words the catalogue never uses ("lots time summer", "bietet eigentlich so", "close") need this much to be a
# subject: the tune set's leftover words scored 0.26-0.35, its real subjects were found by meaning
FOREIGN_WORDS_FLOOR = 0.36
NOTHING_NEAR = 0.15  # best fused score below which nothing in the catalogue is near a subject ("blockchain")
STARTER_SHARE = 0.65  # a starter in the learner's language needs >= this share of the best score anywhere

AREA_SHARE = 0.5  # a catalogue match defines an area's skills only with at least this share of the best score
_GOAL_ACTS = ("set_goal", "plan", "explore", "state_skills", "set_constraints")


_CREDENTIAL_WORDS = vocab.CREDENTIAL_WORDS
# a credential's name: an acronym or brand in capitals ("CCNA", "CompTIA A+", "AWS")
_CREDENTIAL_NAME = re.compile(r"\b(?:[a-z]*[A-Z]){3}\w*|\w\+")  # three capitals, not "PCs"


def _held_not_job(p: Parsed, role_text: str | None, tools: AssistantTools) -> bool:
    """A statement of something done that names a credential or an activity, not a job ("make a note: he
    already has CompTIA A+", "j'ai déjà fait le cours sur les bases du cloud", "er hat schon privat PCs
    zusammengebaut"): never the current job. A job said with its cue ("I've been a bookkeeper for 10 years
    already") or naming a role or an occupation ("already 5 yrs as sysadmin") stays one."""
    if role_text and not p.current_role and set(re.findall(r"\w+", role_text.casefold())) & _CREDENTIAL_WORDS:
        return True  # "mi cliente tiene la certificación CompTIA A+": a credential's name is never a job
    if role_text and not p.current_role and denies_doing(tokens(role_text)):
        return True  # "for someone who has honestly never done anything technical": nothing done, no job
    if not (role_text and p.done_cue) or p.current_role:
        return False
    words = set(re.findall(r"\w+", p.text.casefold()))
    if words & _CREDENTIAL_WORDS or _CREDENTIAL_NAME.search(p.text):
        return True
    english = glossary.english(role_text, p.lang, only_terms=True) or role_text
    return not (glossary.names_role(english) or tools.lexicon.occupation(english))


def changes_from(
    p: Parsed,
    tools: AssistantTools,
    profile: LearnerProfile,
    intent: str = "set_goal",
    held: Credential | Sequence[Credential] | None = None,
) -> tuple[list[ProfileChange], str]:
    changes: list[ProfileChange] = []
    texts: list[str] = []
    if intent == "out_of_scope":
        # "viết giúp tôi đoạn code javascript" after a goal: a request the assistant does not do saves no
        # skill, goal, job or limit of its words (session 19, scope19)
        return changes, ""
    goal_text = p.goal_text or (p.clause_goal if intent in _GOAL_ACTS else None)
    role_text = p.current_role or (
        p.clause_role if intent in ("state_skills", "set_goal", "plan", "search", "explore") else None
    )
    if role_text and ((goal_text and role_text == goal_text) or vocab.names_no_job(role_text)):
        role_text = None  # "au chômage", "my client is unemployed": a situation, no job
    # "more of a people person than a techie", "I run a workshop for 12 unemployed young people", "used to
    # be a warehouse supervisor": a comparison or the people served names no job; a past's words are no part
    # of it
    if role_text and role_text != p.role_named:
        role_text = labels.role_label(role_text, p.lang, _sentence_of(role_text, p.text))
        # in the message's own words: "Elektriker", "atención al público", "giáo viên toán lớp 9" (session 21)
        role_text = roles.as_said(role_text, p.text, p.lang) if role_text else None
        # ... and as the job alone, once its words are those said: no tools in brackets, no home town
        # (`nlu.origins`, session 22)
        role_text = origins.job_alone(role_text, p.lang) if role_text else None
    # a clause read as the job that names skills and no job ("hab schon Python Kenntnisse", "sé usar Excel",
    # "osaan vähän Exceliä"): skills held, not a job
    # also a job read from a cue when it is not near any job by meaning ("olen tehnyt Exceliä vuosia": Finnish
    # "olen" is "I have" too; but "em đang làm IT helpdesk" is a job)
    if role_text and _a_day_not_a_job(role_text, tools, p.lang):
        role_text = None  # "réponds aux mails", "tienda caja", "phone chalata": the day said, no job (days23)
    in_role = _skills_instead_of_job(as_written(role_text, p.text), tools, p.lang, cued=bool(p.current_role))
    if in_role and not p.skills:
        p.skills = tuple((phrase, "intermediate") for phrase in in_role)
    if intent == "state_skills" or p.skill_clauses:
        # "osaan vähän Exceliä ja tein SQL-kurssin", "i kno some pyhton", "she knows Excel and a little SQL":
        # the skills named anywhere in it, besides those the English rules read; in a message of another act,
        # those of its clauses that state what one knows ("kann schon HTML und CSS, was gibts zu JavaScript")
        had = {hit.uri for phrase, _ in p.skills if (hit := held_hit(phrase, tools))}
        said = p.text if intent == "state_skills" else " . ".join(p.skill_clauses)
        for asked in p.asked_clauses:
            said = said.replace(asked, " ")  # "I'm an accountant. Power BI or Python?": asked, not held
        for wished in _wished_clauses(said, p.lang):
            said = said.replace(wished, " ")  # "I need to learn to use Excel": to be learnt, not held
        for sought in _sought_clauses(said, p.lang):
            said = said.replace(sought, " ")  # "… nutze täglich Excel. Suche SQL-Kurse.": sought, not held
        for aimed in _aim_clauses(said, p):
            # "former retail manager, wants to move into IT project management": where the learner goes is
            # not what they hold (session 19, lead trial 14's 02 saved "project management" as held)
            said = said.replace(aimed, " ")
        named = mentions(said, tools, p.lang, inflected=p.lang not in (None, "en"))
        more = [x for x in named if (hit := held_hit(x, tools)) and hit.uri not in had]
        p.skills = (*p.skills, *((phrase, _held_level(p, phrase)) for phrase in more))
    if intent not in _NO_DAY_ACTS:
        # a day described instead of skills ("all day its the booking software and emails", "nur Mails und
        # Internet", "chỉ dùng được word và facebook"): its everyday tools as the nearest skills, at a
        # beginner's level unless a level is said (session 23, days23)
        had = {hit.uri for phrase, _ in p.skills if (hit := held_hit(phrase, tools))}
        used = [
            w
            for w in everyday_tools(_held_part(p.text, p, intent))
            if (hit := held_hit(w, tools)) and hit.uri not in had and not had.add(hit.uri)
        ]
        p.skills = (*p.skills, *((w, "basic") for w in used))
        # a day of everyday tools is a beginner's digital skills unless a level is said ("emails" -> basic;
        # "im Büro ... nur Mails und Internet": office software, basic too)
        if any(everyday_tool(w) for w, _ in p.skills):
            p.skills = tuple(
                (w, "basic" if lv == "intermediate" and _a_day_skill(w, tools) else lv) for w, lv in p.skills
            )
    if p.skill_level:  # "they have basic Excel": the English rules' default level gives way to the one said
        p.skills = tuple((phrase, _held_level(p, phrase, level)) for phrase, level in p.skills)
    if p.skills:
        p.skills = _levels_said(p.text, p.skills, p.lang)
    activity = _within_a_skill(role_text, p.skills, tools, p.lang, p.text)
    if in_role or _held_not_job(p, role_text, tools) or activity:
        role_text = None
    if goal_text and intent in _GOAL_ACTS:
        english = (
            p.goal_english
            if goal_text != p.goal_text and p.goal_english
            else glossary.english(goal_text, p.lang)
            # "move into something in data": the field's English term read from the goal clause ("data",
            # an area) when the words are those of the goal itself, not a job's name by meaning
            or (
                p.goal_english
                if p.goal_english and p.goal_english.casefold() == goal_text.casefold()
                else None
            )
        )
        if unwanted.avoided(p.text) and not glossary.english(unwanted.without_words(english or ""), "en"):
            # "curious about health data, but I don't want heavy coding": the wish against programming is no
            # goal ('software developer'); the aim is the rest of the message's terms, without the job held
            goal_text = english = _aim_besides(p, role_text) or None
        stated = [hit.uri for phrase, _ in p.skills if (hit := held_hit(phrase, tools))]
        # the skills said to be held, as written and in English: no part of the goal's label
        # (never a phrase of the goal's own clause, nor one said with a wish: "I'd like to become a front-end
        # developer" read as a skill, "data analysis" found anywhere in a statement of skills)
        aim = f"{goal_text} {english or ''}".casefold()
        # nor one whose English is the aim itself ("IT support, the help desk kind of job": help desk is
        # IT support in the glossary)
        said_held = [
            x
            for phrase, _ in p.skills
            if phrase.casefold() not in aim
            and not wanting(phrase).wants_or_needs
            and (glossary.english(phrase, p.lang) or "\0").casefold() not in aim
            for x in (phrase, glossary.english(phrase, p.lang) or "")
        ]
        change, text = (
            _goal(
                goal_text,
                tools,
                profile,
                english,
                stated,
                p.text,
                held_words=said_held,
                alternative=p.goal_alternative,
            )
            if goal_text
            else (None, "")
        )
        if change is not None:
            changes.append(change)
        texts.append(text)
    helds = [] if held is None else [held] if isinstance(held, Credential) else list(held)
    if role_text and not helds:
        # "administrador de sistemas", "quản trị hệ thống": linked by its English terms (nlu.glossary) first
        english = p.role_english or glossary.english(role_text, p.lang, only_terms=True)
        # an English reading read as English once more: "नेटवर्क एडमिन" reads "network administrator", which
        # the English glossary names ICT network administrator (ESCO lists it under system administrator too)
        english = (english and glossary.english(english, "en")) or english
        occ = (english and tools.lexicon.occupation(english)) or tools.lexicon.occupation(role_text)
        link = tools.linker.link(role_text) if occ is None else None
        occ = occ or (link.best if link and link.sure else None)
        role = CurrentRole(occupation_uri=occ.uri if occ else None, label=role_text.strip())
        changes.append(
            ProfileChange(kind="set_current_role", summary=f"Current job: {role.label}", current_role=role)
        )
        # an adviser speaking of a client: the client's job, said of the client (`i18n.speaking_of_client`)
        texts.append(t("role_noted", role=md.escape_text(role.label)))
    if p.skills:
        _skills(p, tools, changes, texts)
        saved = bool(changes) and changes[-1].kind == "add_skills"
        if saved and not helds and intent == "state_skills" and took_course(p.text):
            # "he did an AWS cloud basics course": a course the catalogue does not hold still shows the skills
            # it names; the reply says they were saved from it (session 20, lead trial 15's 02)
            texts.append(t("course_evidence"))
    taken_back = retracted_skills(p.text, p.lang, tools, profile) if intent in _RETRACTING_ACTS else ()
    if taken_back:
        # "actually I never used SQL", "nee, eigentlich kann ich gar kein SQL": a skill held before and denied
        # now is taken off the profile, whatever else the message adds (session 21, skills21)
        changes.append(
            ProfileChange(
                kind="remove_skills",
                summary="Remove skills: " + ", ".join(s.label for s in taken_back),
                skills=taken_back,
            )
        )
        items = "\n".join(f"- **{md.escape_text(s.label)}**" for s in taken_back)
        texts.append(t("skills_removed", items=items))
    if p.spoken_languages:
        changes.append(
            ProfileChange(
                kind="set_languages",
                summary="Languages: " + ", ".join(p.spoken_languages),
                languages=p.spoken_languages,
            )
        )
        # a client's or a relative's languages ("he only speaks Polish"): theirs (`speaking_of_client`)
        texts.append(t("languages_noted", languages=md.languages(p.spoken_languages)))
    for held in helds:
        credential = HeldCredential(
            id=held.id, title=held.title, ects=held.ects, eqf_level=held.eqf_level, skills=held.skills
        )
        changes.append(
            ProfileChange(
                kind="hold_credential", summary=f"Held: {held.title} ({held.id})", credential=credential
            )
        )
        if intent != "skip_step":  # a skipped step gets its own line with the re-plan
            texts.append(t("held_noted", citation=cite(held)))
    constraints = _constraints(
        p,
        intent,
        profile.constraints.budget is not None,
        profile.constraints.denied_languages,
        profile.constraints,
    )
    if constraints is not None:
        changes.append(constraints)
        texts.append(t("constraints", items="\n".join(_constraint_lines(constraints))))
    return changes, "\n\n".join(x for x in texts if x)


def _aim_besides(p: Parsed, role_text: str | None) -> str:
    """The domain terms of a whole message in English, without the words of a wish against programming and
    those of the job held ("I'm a nurse, curious about health data, no heavy coding" -> "health data")."""
    whole = unwanted.without_words(glossary.english(p.text, p.lang, only_terms=True) or "")
    role = p.role_english or (glossary.english(role_text, p.lang, only_terms=True) if role_text else None)
    held = set(tokens(role or ""))
    return " ".join(w for w in whole.split() if w.casefold() not in held)


def _within_a_skill(
    role_text: str | None,
    skills: Sequence[tuple[str, str]],
    tools: AssistantTools,
    lang: str | None,
    message: str,
) -> bool:
    """Whether the words read as the job are those of a skill's name found in the message and name no job
    ("I've been doing the books for a dental practice": "books" of "doing the books"; "llevo las cuentas de
    la asociación": "llevo cuentas asociación"; session 21, skills21): no job."""
    words = set(tokens(role_text or ""))
    # a phrase of several words written in the message, an activity ("doing the books"); a tool's one word or
    # an English reading can name the job's field too ("em đang làm IT helpdesk": "it support" is a job)
    written = set(tokens(message))
    activities = [set(tokens(ph)) for ph, _ in skills if len(tokens(ph)) > 1 and set(tokens(ph)) <= written]
    if not words or not any(words & phrase for phrase in activities):
        return False
    english = glossary.english(role_text or "", lang, only_terms=True) or ""
    return not (
        glossary.names_role(english)
        or glossary.names_job(role_text or "", lang)
        or tools.lexicon.occupation(english or role_text or "") is not None
    )


def _sentence_of(phrase: str, message: str) -> str:
    """The sentence of a message that holds a phrase read from it (its first word), else the message."""
    first = phrase.split()[0].casefold() if phrase.split() else ""
    for sentence in re.split(r"(?<=[.!?।;])\s+|\n+", message):
        if first and first in sentence.casefold():
            return sentence
    return message


def as_written(phrase: str | None, message: str) -> str | None:
    """A phrase read from a message in the case the message writes it ("koodannut javaa" -> "koodannut
    Javaa": a tool's name keeps its capital), else the phrase as it is."""
    if not phrase:
        return phrase
    at = message.casefold().find(phrase.casefold())
    return message[at : at + len(phrase)] if at >= 0 and len(message) == len(message.casefold()) else phrase


def _skills_instead_of_job(
    text: str | None, tools: AssistantTools, lang: str | None, cued: bool = False
) -> list[str]:
    """The skills a phrase read as a job names when it names no job (an occupation label, or a job word in
    its English reading; after a job cue, `cued`, also a job near an occupation by meaning: `FALLBACK`);
    none through a short or shared word ("IT", "data")."""
    if not text or tools.lexicon.occupation(text) is not None:
        return []
    english = glossary.english(text, lang)
    if english and glossary.names_role(english):
        return []
    if cued:
        top = tools.linker.link(text).candidates
        if top and top[0][1] >= FALLBACK:
            return []
    found = tools.lexicon.skill_mentions(text, inflected=True)
    if not found and english and len(english.split()) == 1:
        # "আমি পাইথন জানি": one tool named in another script ("Python"), never a field ("IT support")
        found = tools.lexicon.skill_mentions(english)
    return found


def _levels_said(
    text: str, skills: Sequence[tuple[str, str]], lang: str | None
) -> tuple[tuple[str, str], ...]:
    """Each skill at the level the clause naming it says ("un peu SQL": basic, "je maîtrise Excel": advanced,
    `skill_levels.held_levels`), and without those it denies ("I've never used SQL", "kein Programmieren")."""
    said = held_levels(text, [normalise_label(phrase) for phrase, _ in skills], lang)
    out = []
    for phrase, level in skills:
        level = said.get(normalise_label(phrase), level)
        if level != NONE:
            out.append((phrase, level))
    return tuple(out)


# the acts a message taking back a skill held is read as (`retracted_skills`)
_RETRACTING_ACTS = ("state_skills", "set_goal", "explore", "set_constraints", "plan")


def retracted_skills(
    text: str, lang: str | None, tools: AssistantTools, profile: LearnerProfile
) -> tuple[HeldSkill, ...]:
    """The skills the profile holds that a message denies in the clause naming them ("actually I never used
    SQL", "nee, eigentlich kann ich gar kein SQL", "en fait je n'ai jamais touché à SQL", "à không, thật ra
    tôi chưa bao giờ dùng SQL", "Python nahi, sirf SQL"): the denial words of every served language
    (`skill_levels.held_levels` reads the clause's level as "none"); a skill not held is no retraction."""
    if not profile.skills:
        return ()
    held = {s.uri: s for s in profile.skills}
    named = mentions(text, tools, lang, inflected=lang not in (None, "en"))
    said = held_levels(text, [normalise_label(phrase) for phrase in named], lang)
    out: dict[str, HeldSkill] = {}
    for phrase in named:
        hit = held_hit(phrase, tools)
        if hit is not None and hit.uri in held and said.get(normalise_label(phrase)) == NONE:
            out[hit.uri] = held[hit.uri]
    return tuple(out.values())


def _held_level(p: Parsed, phrase: str, level: str = "intermediate") -> str:
    """The level said of a skill held in the clause naming it ("they have basic Excel"), else `level`."""
    if p.skill_level and level == "intermediate" and phrase.casefold() in p.skill_level[0].casefold():
        return p.skill_level[1]
    return level


def mentions(text: str, tools: AssistantTools, lang: str | None, inflected: bool) -> list[str]:
    """The skills a text names: as written, and through the English of its glossary terms in another language
    ("আমি পাইথন জানি": Python written in Bengali script)."""
    found = tools.lexicon.skill_mentions(text, inflected=inflected)
    english = glossary.english(text, lang, only_terms=True) if lang not in (None, "en") else None
    if english:
        found += [x for x in tools.lexicon.skill_mentions(english) if x not in found]
    # a field held ("Linux und Netzwerke", "cơ bản về mạng", "maths theek hai"): its word, as written or in
    # the glossary's English, resolved by `held_hit` (session 22, skills22)
    for said in (text, english or ""):
        found += [x for x in field_words(said, found) if x not in found]
    return found


def held_hit(phrase: str, tools: AssistantTools) -> SkillHit | None:
    """The skill a phrase of a statement of held skills names: the lexicon's, else that of a field word
    (`skill_fields.field_skill`: "network" -> ICT communications protocols)."""
    hit = tools.lexicon.skill_hit(phrase)
    if hit is None and (field := field_skill(phrase)) is not None:
        hit = tools.lexicon.skill_hit(field)
        # shown as the word said and the skill it is read as ("गणित → execute analytical …"), as an alias is
        hit = hit._replace(via=phrase) if hit is not None else None
    return hit


# acts about a course, a plan's step or a request the assistant does not do: their tool words are no day
_NO_DAY_ACTS = frozenset(
    "explain compare requirements select skip_step apply_suggestion out_of_scope refine why".split()
)
# the words of using or knowing something or of a working day: outside a statement of skills, a tool is a
# day's only with one ("toi chi dung duoc word va facebook" read as a search; never "the plan by email")
_USE_WORDS = frozenset(
    "use uses using used only just day daily everyday work know nutze benutze verwende mache tippe schreibe "
    "nur täglich tag arbeite kann uso utilizo manejo llevo hago solo sólo día diario trabajo sé utilise "
    "utilisé fais tape réponds seulement journée travaille connais käytän käytin teen vain päivän "
    "päivittäin osaan työssä dùng dung chỉ chi ngày ngay biết biet làm lam चलाता चलाती इस्तेमाल रखता रखती "
    "सिर्फ बस आता chalata chalati sirf bas aata চালাই চালাতে ব্যবহার করি লিখি শুধু সারাদিন পারি".split()
)


def names_held_skill(p: Parsed, tools: AssistantTools) -> bool:
    """Whether a message says some skill is held: one the English rules read, or one the linking finds in a
    clause that says what someone knows, uses or has done for years (`understand.holding_clauses`) or in a
    plain clause that neither asks, wishes, needs, learns, likes or seeks nor names the goal ("very strong in
    Excel, intermediate SQL", "se excel pero quiero aprender sql, hay algo en español?", "Excel ist dagegen
    meine Stärke"). "Was habt ihr zu Linux?", "me interesa el soporte técnico", "necesito saber de RGPD" hold
    none: what they name is a subject or a wish (session 24, `nlu.joint.skills_unsaid`)."""
    if p.skills:
        return True
    goal_words = set(tokens(" ".join(x for x in (p.goal_text, p.clause_goal) if x)))
    sought = vocab.INTEREST | vocab.LIKING | vocab.SEEKING

    def asked(clause: str) -> bool:
        """The clause's sentence is a question (`clauses` splits at the question mark itself)."""
        at = p.text.find(clause)
        after = re.match(r"[^.!?？\n]*([.!?？]?)", p.text[at + len(clause) :] if at >= 0 else "")
        return any(q in clause for q in "?¿？") or (after is not None and after.group(1) in ("?", "？"))

    def plain(clause: str) -> bool:
        said = wanting(clause)
        words = {w.rsplit("'", 1)[-1] for w in tokens(clause)}
        return not (asked(clause) or said.wish or said.need or said.learn or words & sought) and not (
            goal_words and goal_words <= words
        )

    def knowing(clause: str) -> bool:
        """A verb of knowing after the one who knows ("học viên của tôi biết dùng Canva", "mi alumna sabe
        Excel"): held, whatever the subject's own words (Vietnamese "học viên", a learner, begins like
        "học")."""
        said = wanting(clause)
        return bool(set(tokens(clause)) & vocab.KNOW_OPENERS) and not (
            asked(clause) or said.wish or said.need
        )

    every = clauses(p.text, p.lang)
    parts = [*holding_clauses(p.text, p.lang), *(c for c in every if plain(c) or knowing(c))]
    inflected = p.lang not in (None, "en")
    return any(
        held_hit(x, tools) for c in dict.fromkeys(parts) for x in (*mentions(c, tools, p.lang, inflected),)
    )


def _held_part(text: str, p: Parsed, intent: str) -> str:
    """The part of a message that says what someone holds or uses: without its questions, wishes, searches and
    aims; nothing of another act's message that names no use ("Word courses in French", "the plan by
    email")."""
    said = text
    for asked in p.asked_clauses:
        said = said.replace(asked, " ")
    for part in (*_wished_clauses(said, p.lang), *_sought_clauses(said, p.lang), *_aim_clauses(said, p)):
        said = said.replace(part, " ")
    if intent != "state_skills" and not set(tokens(said)) & _USE_WORDS:
        return ""
    return said


def _a_day_skill(phrase: str, tools: AssistantTools) -> bool:
    """Whether a skill phrase said is one of a day's everyday tools (`skill_fields.everyday_skills_only`)."""
    hit = held_hit(phrase, tools)
    return everyday_tool(phrase) or (hit is not None and everyday_skills_only([hit.label]))


def _a_day_not_a_job(role_text: str, tools: AssistantTools, lang: str | None) -> bool:
    """Whether the words read as the job are a working day's tools or devices and name no job ("réponds
    mails", "tienda caja", "phone chalata", "সারাদিন ইমেইল"; "email administrator" is a job)."""
    if not any(day_word(w) for w in tokens(role_text)) or glossary.names_job(role_text, lang):
        return False
    english = glossary.english(role_text, lang, only_terms=True)
    return tools.lexicon.occupation(english or role_text) is None and not (
        english and glossary.names_role(english)
    )


def _wished_clauses(text: str, lang: str | None) -> list[str]:
    """The clauses of a text that want or need something ("I need to learn Excel", "ich will SQL lernen",
    "necesito aprender Python"): what they name is to be learnt, not held."""
    return [
        c
        for c in clauses(text, lang)
        if wanting(c).wants_or_needs or any(t.startswith(vocab.LEARN_INFINITIVES) for t in tokens(c))
    ]


def _sought_clauses(text: str, lang: str | None) -> list[str]:
    """The clauses of a text that look for something ("Suche SQL-Kurse", "busco algo de Python", "looking for
    SQL courses") or say an interest ("l'IA m'intéresse"): what they name is sought or liked, not held."""
    return [c for c in clauses(text, lang) if {t.rsplit("'", 1)[-1] for t in tokens(c)} & _NOT_HELD_WORDS]


def _aim_clauses(text: str, p: Parsed) -> list[str]:
    """The clauses of a text that name the goal read from the message with a wish or a move ("wants to move
    into IT project management", "ab IT project management mein jana hai")."""
    aims = [a.casefold() for a in (p.goal_text, p.clause_goal, p.goal_english) if a]
    return [
        c
        for c in clauses(text, p.lang)
        if any(a in c.casefold() for a in aims) and (wanting(c).wants_or_learns or says_a_move(c))
    ]


# a search verb or a word of interest: what the clause names is sought or liked, not held ("Suche SQL-Kurse",
# "l'intelligence artificielle m'intéresse", "me interesa la computación de alto rendimiento")
_NOT_HELD_WORDS = vocab.SEEKING | vocab.INTEREST


def _skills(p: Parsed, tools: AssistantTools, changes: list[ProfileChange], texts: list[str]) -> None:
    found: dict[str, HeldSkill] = {}
    shown: dict[str, str] = {}
    unmatched = []
    for phrase, level in p.skills:
        hit = held_hit(phrase, tools)
        if hit and hit.uri in found and level == "intermediate":
            # one skill named twice, as written and by its glossary English ("Power BI lerne ich gerade":
            # "power bi" and "business intelligence"): the English reading, never in the text, has no level
            # said of it; the level the clause gave the written name stays (session 21, skills21)
            continue
        if hit:
            found[hit.uri] = HeldSkill(uri=hit.uri, label=hit.label, level=level)  # type: ignore[arg-type]
            shown[hit.uri] = hit.shown
        else:
            unmatched.append(phrase)
    # a phrase around a tool already read is no second, unknown skill ("the booking system", "email all day"
    # beside "system" and "email": session 23, lead trial 18's 01)
    read = {w for phrase, _ in p.skills if everyday_tool(phrase) for w in tokens(phrase)}
    unmatched = [u for u in unmatched if not read & set(tokens(u))]
    # the job held, said among the skills ("I know SQL and some Python, I work as a BI analyst"), is noted as
    # the role, not reported as an unknown skill (session 27, lead trial 22's 18)
    held_job = [r.casefold() for r in (p.current_role, p.clause_role, p.role_named) if r]
    unmatched = [u for u in unmatched if not any(job in u.casefold() for job in held_job)]
    if found:
        skills = tuple(found.values())
        changes.append(
            ProfileChange(
                kind="add_skills",
                summary="Add skills: " + ", ".join(f"{s.label} ({s.level})" for s in skills),
                skills=skills,
            )
        )
        texts.append(
            t(
                "skills",
                items="\n".join(f"- **{md.escape_text(shown[s.uri])}** — {s.level}" for s in skills),
                unmatched=t("unmatched", names=", ".join(repr(u) for u in unmatched)) if unmatched else "",
            )
        )
    elif unmatched:
        texts.append(t("unmatched", names=", ".join(repr(u) for u in unmatched)))


def _constraints(
    p: Parsed,
    intent: str,
    has_budget: bool = False,
    denied_before: tuple[str, ...] = (),
    before: Constraints | None = None,
) -> ProfileChange | None:
    stated: dict[str, object] = {}
    if p.hours_per_week is not None:
        stated["hours_per_week"] = max(0.5, min(80.0, p.hours_per_week))
    if p.deadline is not None:
        stated["deadline"] = p.deadline
    if p.weeks and 0 < p.weeks <= 520:
        stated["weeks"] = p.weeks
    if p.budget is not None:
        stated["budget"] = p.budget
        stated["currency"] = p.currency or "EUR"
    standing = intent in _STANDING
    formats = (
        standing or intent == "search"
    )  # "courses on networking, remote only": the learner's standing wish
    if standing and p.max_cost == 0 and "budget" not in stated:
        stated["budget"], stated["currency"] = 0.0, p.currency or "EUR"
    if (
        intent == "search"
        and p.max_cost == 0
        and not p.price_ceiling
        and not says_cheap(p.text)
        and not has_budget
        and "budget" not in stated
    ):
        # "etwas Kostenloses zu Datenbanken", "une formation gratuite en français", "ilmainen kurssi": free
        # is a ceiling of nothing, kept as a ceiling said with a search is (below; session 21, refine21);
        # "free ya sasta kuch", "gratis o barato": free or cheap is a wish for low prices, no ceiling
        stated["budget"], stated["currency"] = 0.0, p.currency or "EUR"
    if intent in ("search", "refine") and p.price_ceiling and not has_budget and "budget" not in stated:
        # "SQL courses under 800 dollars", "which of these under 50 hazaar?" with no budget yet: the learner
        # pays at most that; a budget already saved stays (a price per course says nothing against a larger
        # total)
        stated["budget"], stated["currency"] = p.price_ceiling
    if formats and p.languages:
        stated["languages"] = p.languages
    if formats and set(p.denied_languages) - set(denied_before):
        # "I don't speak German", "no English please": never planned in, nor offered as a relaxation
        stated["denied_languages"] = tuple(dict.fromkeys((*denied_before, *p.denied_languages)))
    if formats and p.participation:
        stated["participation"] = p.participation
    if standing and p.eqf_max is not None and p.eqf_min is None:
        stated["max_eqf"] = p.eqf_max
        if before is not None and (before.min_eqf or 0) > p.eqf_max:  # "beginner courses" after a floor
            stated["min_eqf"] = None
    if formats and p.eqf_min == LEVEL_RANGES["past basics"][0] and p.eqf_max is None:
        # "skip the basics", "no beginner stuff": a level floor the planner keeps to, said in a search too
        # ("cloud security courses, no beginner stuff"), like a format; "advanced" alone may describe a
        # skill, "an advanced Excel user", and stays a search filter
        stated["min_eqf"] = p.eqf_min
        if before is not None and before.max_eqf is not None and before.max_eqf < p.eqf_min:
            stated["max_eqf"] = None
    if not stated:
        return None
    fields = tuple(stated)
    return ProfileChange(
        kind="set_constraints",
        summary=", ".join(constraint_items(Constraints(**stated), fields)),  # type: ignore
        constraints=Constraints(**stated),  # type: ignore
        fields=fields,
    )


def _constraint_lines(change: ProfileChange) -> list[str]:
    assert change.constraints is not None
    return [f"- {item}" for item in constraint_items(change.constraints, change.fields)]


def constraint_items(c: Constraints, fields: Sequence[str]) -> list[str]:
    """What each stated limit now is, in the reply's language ('Time: 10 h/week', 'Budget: EUR 800')."""
    items = []
    for f in fields:
        if f == "hours_per_week" and c.hours_per_week is not None:
            items.append(f"{t('w_time')}: {c.hours_per_week:g} h/{t('w_week')}")
        elif f == "deadline" and c.deadline:
            items.append(f"{t('w_deadline')}: {long_date(c.deadline)}")
        elif f == "weeks":
            items.append(f"{t('w_weeks')}: {c.weeks}")
        elif f == "budget":
            items.append(f"{t('w_budget')}: {md.money(c.budget, c.currency)}")
        elif f == "languages":
            items.append(f"{t('w_languages')}: {md.languages(c.languages)}")
        elif f == "denied_languages":
            items.append(f"{t('w_denied_languages')}: {md.languages(c.denied_languages)}")
        elif f == "participation":
            items.append(f"{t('w_format')}: {', '.join(c.participation)}")
        elif f == "max_eqf" and c.max_eqf is not None:
            items.append(f"EQF ≤ {c.max_eqf}")
        elif f == "min_eqf" and c.min_eqf is not None:
            items.append(f"EQF ≥ {c.min_eqf}")
    return items


def _held_now(profile: LearnerProfile, stated: Sequence[str], tools: AssistantTools) -> tuple[str, ...]:
    """The skills the learner holds as of this message: the profile's, its credentials', those the message
    states (`stated`) and those its current job names ("Excel-Berichte"), in that order."""
    role = profile.current_role.label if profile.current_role else ""
    named = tools.lexicon.skill_mentions(glossary.english(role, None) or role, inflected=True) if role else []
    from_role = [hit.uri for x in named if (hit := tools.lexicon.skill_hit(x))]
    return tuple(dict.fromkeys([*sorted(profile.held_skill_uris), *stated, *from_role]))


def _occupation_skills(occ: Occupation) -> frozenset[str]:
    return frozenset((*occ.essential, *occ.central, *occ.optional))


def _goal(
    text: str,
    tools: AssistantTools,
    profile: LearnerProfile,
    english: str | None = None,
    held: Sequence[str] = (),
    message: str = "",
    *,
    held_words: Sequence[str] = (),
    alternative: str | None = None,
) -> tuple[ProfileChange | None, str]:
    """The goal a phrase names: an occupation (by label, else by meaning), else an area as a cluster of the
    skills its best catalogue matches teach; with the alternatives when the occupation is not clear.
    `english`: the phrase's domain terms in English (nlu.glossary), linked instead of the phrase itself."""
    # "I'm a teacher and want to teach AI to my pupils": the subject (AI) is the goal, not a teaching job
    subject = area_refinement.taught_subject(message) if message else None
    if subject is not None:
        english = subject
    area = english is not None and not glossary.names_role(english)  # "cybersecurity", not "web developer"
    # "I'm a nurse and want to understand how AI is used in hospitals, nothing technical": the field's skills,
    # no job in it (nor the job a teacher's subject or the held skills point to)
    own_work = area and bool(message) and area_refinement.for_own_work(message)
    # "soy diseñadora gráfica y me interesa la IA": an interest names a field, not its practitioner's job
    # (its practitioner stays the goal when the job's name says the field itself: "Datenschutz" -> data
    # protection officer; "AI" -> ICT intelligent systems designer is a guess)
    interest = area and bool(message) and area_refinement.interest_only(message, text)
    if interest and english:
        practitioner = tools.lexicon.occupation(english) or practitioner_of(english, tools.taxonomy)
        named = practitioner is not None and set(normalise_label(english).split()) <= set(
            normalise_label(practitioner.label).split()
        )
        interest = not named
    own_work = own_work or interest
    phrase = text.strip()
    if message and area_refinement.sells_online(message) and area_refinement.sells_online(f"{phrase} online"):
        # "learn to sell my stuff online", "ऑनलाइन सामान बेचना सीखना": the catalogue has no course on it; said
        # so, with the nearest entries, and no goal set from its words ('internet', 'vendre ligne')
        return None, t(
            "goal_weak",
            goal=t("topic_selling_online"),
            options="\n".join(md.credential_line(n, c) for n, c in enumerate(selling_nearest(tools), 1)),
        )
    if set(tokens(english or phrase)) <= vocab.CAREER:
        return None, ""  # "un métier où je parle avec des gens": a word of work alone names no goal
    if english:
        text = english
    # "jobs cybersecurity", "artificial intelligence python statistics" from one who knows Python: the words
    # of the aim only (`nlu.labels`); nothing of a subject left (a skill held, "Linux"), no goal
    cleaned = labels.goal_words(text, held_words, "en" if english else current(), people=False)
    if cleaned is None:
        return None, ""
    text = without_domain(cleaned, tools)
    # a teacher's subject is an area
    occ = tools.lexicon.occupation(text) if subject is None and not own_work else None
    if occ is None and subject is None and not own_work:
        occ = practitioner_of(text, tools.taxonomy)  # "data science": its practitioner, if ESCO has one
    # "BI developer": the nearest occupation, said so in the note ("cloud devops engineer" is ESCO's own)
    nearest = (
        occ is not None and glossary.names_nearest(phrase) and tools.taxonomy.find_occupation(phrase) is None
    )
    options = ""
    teaches = (
        area_refinement.wishes_to_teach(message)
        and not area_refinement.about_teaching_itself(message)
        and subject is None
    )
    if message and subject is None and (occ is None or (teaches and not _educational(occ))):
        # "help seniors get online", "muốn dạy tin học cho người lớn": a teaching job, for adults here;
        # "want to teach programming" is a teacher's job even though "programming" names a developer's
        occ = area_refinement.teaching(message, tools.taxonomy, tools.linker.similarities(message)) or occ
    # "career counsellor": a job outside IT whose word no occupation of the taxonomy has is asked about, not
    # linked by meaning to the nearest label ("ICT research consultant") nor made an area of course skills
    head = foreign_head(text)
    if occ is None and not area:
        link = tools.linker.link(text)
        top = link.candidates
        likely = (
            bool(top) and top[0][1] >= LIKELY and (len(top) < 2 or top[0][1] - top[1][1] >= LIKELY_MARGIN)
        )
        guess = (link.ambiguous or likely) and _shares_field(text, link.best, english)
        if (link.sure or guess) and head_fits(head, link.best):
            occ = link.best
        if guess and (link.ambiguous or (likely and not link.sure and len(top) >= 2)):
            options = t(
                "goal_options",
                options=", ".join(f"**{md.escape_text(o.label)}**" for o, _ in link.candidates[1:3]),
            )
    cluster = area_skills(text, tools) if occ is None and head is None else []
    from_skills: tuple[str, ...] = ()
    if occ is None and cluster and not own_work:
        # "something with data" from someone who does Excel and SQL: the occupation of that field their
        # skills point to (data analyst), not the bare area
        now = _held_now(profile, held, tools)
        refined = area_refinement.refine(text, tools.taxonomy, now, cluster)
        entry = area_refinement.entry(text, tools.taxonomy, cluster) if refined is None and not now else None
        if entry is not None:
            # "something with data" from someone with none of its skills: the field's job the catalogue
            # serves best, and which of the others they may mean
            occ, runners = entry
            options = t("goal_options", options=", ".join(f"**{md.escape_text(o.label)}**" for o in runners))
        if refined is not None:
            occ, runners = refined
            from_skills = tuple(tools.taxonomy.label(u) for u in now if u in _occupation_skills(occ))
            if runners:
                options = t(
                    "goal_options", options=", ".join(f"**{md.escape_text(o.label)}**" for o in runners)
                )
    if occ is None and not cluster:
        link = tools.linker.link(text)
        top = link.candidates
        occ = (
            link.best
            if top
            and top[0][1] >= FALLBACK
            and (len(top) < 2 or top[0][1] - top[1][1] >= 0.015)
            and head_fits(head, link.best)
            else None
        )
        nearest = occ is not None and not link.sure  # by meaning only, no area either: the closest job
    if occ is not None and subject is None and not teaches and other_names.misread(text, occ):
        # "data engineer", ESCO's other name for a data scientist: the catalogue's courses for what was said,
        # the occupation offered as what the learner may mean (kept when the catalogue barely teaches it)
        said = area_skills(text, tools)
        if said and weak_area(text, tools) is None:
            options = t("goal_options", options=f"**{md.escape_text(occ.label)}**")
            occ, cluster, from_skills, nearest = None, said, (), False
    if occ is not None:
        goal = Goal(occupation_uri=occ.uri, label=occ.label)
        note = (
            t(
                "goal_from_skills",
                phrase=md.escape_text(text.strip()),
                occupation=md.escape_text(occ.label),
                skills=", ".join(md.quoted(x) for x in from_skills[:3]),
            )
            if from_skills
            else t("goal_nearest", phrase=md.escape_text(phrase), occupation=md.escape_text(occ.label))
            if nearest
            else t(
                "goal_occupation_alias",
                occupation=md.escape_text(occ.label),
                phrase=md.escape_text(alias),
            )
            if (alias := _said_alias(phrase, occ) or _said_alias(english or text, occ))
            else t("goal_occupation", occupation=md.escape_text(occ.label))
        )
    else:
        skills = cluster
        if not skills:
            return None, t("goal_unknown", goal=md.escape_text(text))
        nearest_entries = weak_area(text, tools)
        if nearest_entries is not None:
            # "health informatics", "something where I can talk to people": the catalogue's best matches are
            # weak, so no goal is set from them (it planned "Staying Safe Online" and said "100 % covered");
            # the nearest entries are offered and the learner asked what they mean
            return None, t(
                "goal_weak",
                goal=md.escape_text(phrase),
                options="\n".join(md.credential_line(n, c) for n, c in enumerate(nearest_entries, 1)),
            )
        # the area's label without the people it is for ("graduates cybersecurity" -> "cybersecurity")
        goal = Goal(label=labels.goal_words(text) or text.strip(), skills=tuple(skills))
        note = t("goal_area", skills=", ".join(md.quoted(tools.taxonomy.label(u)) for u in skills[:5]))
    gap_note = ""
    try:
        gap = tools.skill_gap(profile.model_copy(update={"goal": goal}))
        essential = [g.label for g in gap.skills if g.essential] if gap is not None else []
        if gap is not None:  # None: no gap analysis at hand (a test double), nothing to say about it
            gap_note = (
                t(
                    "goal_gap",
                    count=len(essential),
                    essential=counted("n_essential", len(essential)),
                    examples=", ".join(
                        md.quoted(x) for x in (essential or [g.label for g in gap.skills])[:4]
                    ),
                )
                if gap.skills
                else t("goal_no_gap")
            )
    except PlanningError:
        pass
    change = ProfileChange(kind="set_goal", summary=f"Goal: {goal.label}", goal=goal)
    if alternative:
        # "either data or cloud": the other goal said is the first one offered (session 22)
        others = [o for o, _ in _OPTION.findall(options)] if options else []
        said = [f"**{md.escape_text(alternative)}**", *(f"**{o}**" for o in others[:1])]
        options = t("goal_options", options=", ".join(said))
    # an area ("cybersecurity") named in the reply's language, its English label kept (session 22)
    shown = occupation_name(goal.label)
    if goal.occupation_uri is None and (local := glossary.name_in(goal.label, current())):
        shown = f"{local} ({goal.label})"
    return change, t(
        "goal",
        goal=md.escape_text(shown),
        occupation_note=note,
        gap_note=gap_note,
    ) + options


_OPTION = re.compile(r"\*\*(.+?)\*\*()")


def link_goal(label: str, tools: AssistantTools, profile: LearnerProfile) -> tuple[ProfileChange | None, str]:
    """A goal that came in words only (an imported profile, an advisor's form: no occupation, no skills)
    linked the way the chat links one: (the change, its announcement), or (None, ...) when nothing fits."""
    return _goal(label, tools, profile, glossary.english(label, None) or None)


_ANY_IT = frozenset(stem(w) for w in "it ict computer computing digital tech technology technical".split())


_EDUCATION_WORDS = frozenset({"instructional", "e-learning", "learning", "teacher", "trainer"})


def _educational(occ: Occupation) -> bool:
    """Whether an occupation is itself about teaching or learning design ("teach others to design
    micro-credentials" is an instructional designer's job, not a teacher's)."""
    return bool(set(normalise_label(occ.label).split()) & _EDUCATION_WORDS)


def foreign_head(phrase: str) -> str | None:
    """The job word a goal phrase ends in when it is a job outside the IT roles ("career counsellor",
    "school nurse", "electrician"): its last word, an ESCO occupation head word that is none of
    `glossary.ROLE_WORDS`; None for an IT job ("cloud engineer") or an area ("software architecture")."""
    words = normalise_label(phrase).split()
    head = (
        words[-1] if words else ""
    )  # an English noun phrase ends in its head ("my boss's GPU course": no job)
    return head if head in glossary.occupation_heads() and head not in glossary.ROLE_WORDS else None


def head_fits(head: str | None, occ: Occupation | None) -> bool:
    """Whether an occupation linked by meaning has the phrase's job word in one of its labels (no job word
    outside IT: always)."""
    if head is None or occ is None:
        return True
    return stem(head) in {stem(x) for x in normalise_label(" ".join((occ.label, *occ.alt_labels))).split()}


def _shares_field(text: str, occ: Occupation | None, english: str | None) -> bool:
    """Whether a job named in English shares a word of its field and its job word with the occupation it is
    likely to be ("cloud security engineer": ICT security engineer); else it is an area the taxonomy has no
    job for ("UX researcher" is no computer scientist, an "HPC engineer" no "high school computing teacher").
    Phrases not in English (no glossary reading) are not checked."""
    if occ is None or english is None:
        return True
    words = normalise_label(text).split()
    labels = {stem(x) for x in normalise_label(" ".join((occ.label, *occ.alt_labels))).split()}
    roles = [w for w in words if w in glossary.ROLE_WORDS]
    field = [w for w in words if w not in glossary.ROLE_WORDS]
    # a word every IT job shares says nothing of the field: "IT support technician" is no "ICT security
    # technician" because "support" is not in it
    field = [w for w in field if stem(w) not in _ANY_IT] or field
    return all(not part or any(stem(w) in labels for w in part) for part in (roles, field))


# a field's last word -> its practitioner's ("data science" -> "data scientist", "web development" -> "web
# developer"); the occupation must exist in the taxonomy under that label (or "ICT ..." before it)
_PRACTITIONER = {
    "science": "scientist",
    "sciences": "scientist",
    "analytics": "analyst",
    "analysis": "analyst",
    "engineering": "engineer",
    "administration": "administrator",
    "development": "developer",
    "design": "designer",
    "architecture": "architect",
    "testing": "tester",
    "programming": "programmer",
    "management": "manager",
}


def practitioner_of(field: str, taxonomy: Taxonomy) -> Occupation | None:
    """The occupation practising a field named in English ("data science" -> data scientist, "database
    administration" -> database administrator; words before the field are tried away), or None when the
    taxonomy has no such label."""
    words = field.lower().split()
    if len(words) < 2 or words[-1] not in _PRACTITIONER:
        return None
    for start in range(len(words) - 1):  # the longest tail first: "use data science" (Hinglish "him")
        label = " ".join([*words[start:-1], _PRACTITIONER[words[-1]]])
        if found := taxonomy.find_occupation(label) or taxonomy.find_occupation(f"ICT {label}"):
            return found
    return None


def area_skills(
    text: str, tools: AssistantTools, k: int = 5, size: int = 6, also: Sequence[Credential] = ()
) -> list[str]:
    """An area's skills: those taught by two or more of its best catalogue matches, one of them among the best
    two (`also`, matches found another way such as by meaning in another language, count first), filled up
    with the skills of the two best matches when fewer than three are shared; then enough of the skills of the
    best match in the conversation's language for it to be about the area (`_own_language_skills`). The one
    rule for a subject or area named as a goal."""
    found = tools.search_hits(text, None, k=k)
    best_score = max((h.score for h in found), default=0.0)
    also = also or _meant_instead(text, found, tools)
    # only matches near the best: "micro-credential design" is not clustered with UX prototyping courses
    # that share the word "design" (0.29 against 0.82)
    floor = max(RELEVANCE_FLOOR, AREA_SHARE * best_score)
    hits = [*also, *(h.credential for h in found if h.score >= floor and h.credential not in also)]
    if not hits:
        return []
    counts = Counter(s.uri for c in hits for s in c.skills)
    # shared, and taught by one of the two best matches: two lesser "machine learning" matches about networks
    # (ML for network traffic, AI-driven network operations) made "analyse network configuration" a skill of
    # the area
    best_two = {s.uri for c in hits[:2] for s in c.skills}
    # an area for one's own skills has no teaching skill (`audience.for_oneself`): a teachers' course among
    # the best matches of "learn to use a computer" brought "teach digital literacy" in (session 19)
    labels = {s.uri: s.label for c in hits for s in c.skills}
    own = set(for_oneself(text, list(labels.items())))
    shared = [u for u, n in counts.most_common() if n >= 2 and u in best_two and u in own]
    if len(shared) >= 3:
        area = shared[:size]
    else:
        # too few shared: add what the best matches teach, best first (one skill is no goal to plan
        # towards), of the area: a skill of the second match that the catalogue teaches mostly outside the
        # area's matches is another subject's that this match touches ("artificial neural networks" of a GPU
        # course, taught by deep-learning courses: it made a 103-week machine-learning chain the plan of "HPC,
        # parallel computing", trial 20's t20-18)
        best = [s.uri for c in hits[:2] for s in c.skills if s.uri in own]
        # the matches and a certificate's parts
        matched = {c.id for c in hits} | {p.id for c in hits for p in tools.parts_of(c.id)}
        first = {s.uri for s in hits[0].skills}  # the best match is the area's own course: all of it counts
        of_area = [u for u in best if u in first or _mostly_taught_by(matched, tools.teachers(u))]
        area = list(dict.fromkeys([*shared, *of_area]))[:size]
    starter_floor = max(RELEVANCE_FLOOR, STARTER_SHARE * best_score)
    theirs = _in_own_language(text, tools, starter_floor)
    if not theirs and not any({current(), "en"} & set(c.languages) for c in hits[:2]):
        # the area's best matches are in a language the learner did not write in nor English ("cloud
        # security": the German certificate): the English title nearest in meaning makes it about the area
        # too, so a plan in the learner's languages exists (session 27)
        # (its title nearest in meaning: the best English match by words may share a word only, "Training
        # Needs Analysis" for "data analysis")
        theirs = tools.by_meaning(text, SearchFilters(languages=("en",)), k=1)
    return [*area, *_own_language_skills(area, theirs[:1], text)] if area else area


MEANT_GAP = 0.04  # e5 cosine: a best word match's title this much further from the phrase than the best
# title by meaning shares a word with it, not its subject ("data analysis": 0.853 for "Machine Learning for
# Network Traffic Analysis" against 0.902 for "Python para el análisis de datos"; the areas of the session-26
# tune run are within 0.032)


def _meant_instead(text: str, found: Sequence[Hit], tools: AssistantTools) -> list[Credential]:
    """The titles nearest in meaning to an area's phrase (up to two) when its best match by words is a
    shared word only (its title MEANT_GAP further in meaning than theirs): they define the area first (session
    27, lead trial 22's 05: "health data analytics" listed Staying Safe Online and network monitoring); []
    otherwise."""
    meant = tools.by_meaning(text, None, k=2)
    if not found or not meant or found[0].credential in meant:
        return []
    closeness = encoder.encode([found[0].credential.title, meant[0].title]) @ encoder.encode([text])[0]
    return meant if float(closeness[1] - closeness[0]) >= MEANT_GAP else []


def _mostly_taught_by(area: Collection[str], teachers: Sequence[Credential]) -> bool:
    """Whether at least half of a skill's catalogue `teachers` are among the area's matches or their parts
    (ids `area`)."""
    return 2 * sum(c.id in area for c in teachers) >= len(teachers)


def _own_language_skills(area: list[str], theirs: Sequence[Credential], text: str) -> list[str]:
    """The skills of the best match in the conversation's language that make it about the area (half of its
    own skills in it, the planner's focus share), when it is nearly as relevant as the best anywhere (lead
    trial 21's 12: "digital literacy" made of two English courses' skills left the four Spanish digital-basics
    courses, each a quarter about it, out of a Spanish learner's plan); [] when it already is."""
    added: list[str] = []
    for course in theirs:
        skills = for_oneself(text, [(s.uri, s.label) for s in course.skills])
        need = math.ceil(len(skills) / 2) - sum(u in area for u in skills)
        added += [u for u in skills if u not in area and u not in added][: max(0, need)]
    return added


def _in_own_language(text: str, tools: AssistantTools, floor: float, n: int = 2) -> list[Credential]:
    """The best (up to `n`) catalogue matches of a subject taught in the conversation's language, when it is
    not English and they score at least `floor`."""
    lang = current()
    if lang == "en":
        return []
    hits = tools.search_hits(text, SearchFilters(languages=(lang,)), k=n)
    return [h.credential for h in hits if h.score >= floor and lang in h.credential.languages]


WEAK_AREA = 0.40  # fused score of an area's best catalogue match below which it is weak ...
WEAK_AREA_MEANING = 0.2  # ... unless a title means it (by meaning); below this, weak whatever the titles


SELLING_QUERY = "selling online e-commerce"  # the English reading of a wish to sell online, searched


def selling_nearest(tools: AssistantTools) -> list[Credential]:
    """The catalogue's nearest entries to selling online: those words and meaning agree on first, then the
    best by words (up to two)."""
    hits = [h.credential for h in tools.search_hits(SELLING_QUERY, None, k=3) if h.score >= RELEVANCE_FLOOR]
    meant = {c.id for c in tools.by_meaning(SELLING_QUERY, None, k=3)}
    both = [c for c in hits if c.id in meant]
    return list(dict.fromkeys([*both, *hits]))[:2]


def weak_area(text: str, tools: AssistantTools) -> list[Credential] | None:
    """The nearest catalogue entries (up to three) when the catalogue barely teaches an area named as a goal,
    else None: its best search match scores under WEAK_AREA and no title is near it in meaning (or it scores
    under WEAK_AREA_MEANING). Calibrated on the area goals of the session-16 tune run: "health informatics"
    (0.38, the titles near in meaning are not the words' matches), "nurse health" (0.29), "talk people" (0.34)
    are weak; "Excel" (0.22, the office course by words and by meaning), "fullstack" (0.26, idem),
    "cybersecurity" (0.46) are not."""
    hits = tools.search_hits(text, None, k=3)
    best = max((h.score for h in hits), default=0.0)
    # a subject of another field no entry teaches ("digital marketing": "digital" alone finds digital-literacy
    # courses at 0.62) is weak whatever its other words find (lead trial 21's 20 planned it)
    lacking = set(tools.lexicon.untaught_words(text)) & vocab.OTHER_FIELDS
    if best >= WEAK_AREA and not lacking:
        return None
    meant = tools.by_meaning(text, None, k=3)
    # words and meaning agree on an entry ("Excel": the office course both ways): not weak; titles near in
    # meaning that the words do not find ("health informatics": help desk, intelligent systems) say nothing
    if best >= WEAK_AREA_MEANING and {c.id for c in meant} & {h.credential.id for h in hits} and not lacking:
        return None
    near = [h.credential for h in hits if h.score >= RELEVANCE_FLOOR]
    return list(dict.fromkeys([*near, *meant]))[:3]


def without_domain(text: str, tools: AssistantTools) -> str:
    """A goal phrase without the sectors it is applied in (`vocab.APPLICATION_DOMAINS`) when what is left is a
    field the catalogue teaches well ("data analysis health" -> "data analysis": its courses, not Staying Safe
    Online for "health"; session 27, lead trial 22's 05); the phrase itself otherwise ("health informatics":
    "informatics" alone is no such field)."""
    words = text.split()
    kept = [w for w in words if w.casefold() not in vocab.APPLICATION_DOMAINS]
    if not kept or len(kept) == len(words):
        return text
    field = " ".join(kept)
    return field if tools.lexicon.is_catalogue_topic(field) and weak_area(field, tools) is None else text


def merge_pending(pending: tuple[ProfileChange, ...], new: list[ProfileChange]) -> tuple[ProfileChange, ...]:
    """Pending changes after this turn: a new goal or current job replaces the old; the rest accumulate."""
    out = list(pending)
    for change in new:
        if change.kind in ("set_goal", "set_current_role"):
            out = [c for c in out if c.kind != change.kind]
        out.append(change)
    return tuple(out)


def combine(changes: list[ProfileChange]) -> list[ProfileChange]:
    """One change per kind where a later one supersedes an earlier (goal, job, constraints merged field by
    field): the understood statement and a model's proposal of the same thing are saved once."""
    out: list[ProfileChange] = []
    for change in changes:
        earlier = next((c for c in out if c.kind == change.kind), None)
        if earlier is None or change.kind in ("add_skills", "hold_credential", "set_languages"):
            out.append(change)
            continue
        out.remove(earlier)
        if change.kind == "set_constraints" and earlier.constraints and change.constraints:
            fields = tuple(dict.fromkeys((*earlier.fields, *change.fields)))
            merged = {
                f: getattr(change.constraints if f in change.fields else earlier.constraints, f)
                for f in fields
            }
            change = change.model_copy(
                update={
                    "constraints": Constraints(**merged),
                    "fields": fields,
                    "summary": ", ".join(constraint_items(Constraints(**merged), fields)),
                }
            )
        out.append(change)
    return out


def _said_alias(said: str, occ: Occupation) -> str | None:
    """The learner's name for the goal when it is one of the occupation's other ESCO names and not its own
    ("data engineer" for data scientist): said in the goal line, so the learner sees why the names differ
    (session 20, lead trial 16's 18); None otherwise."""
    words = set(normalise_label(said).split()) - {"a", "an", "the"}
    if not words or words <= set(normalise_label(occ.label).split()):
        return None
    for alt in occ.alt_labels:
        if words == set(normalise_label(alt).split()):
            return alt
    return None
