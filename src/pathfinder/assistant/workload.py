"""'How many hours a week do I need (for that / to finish by June)?' after a plan: answered from the plan's
total hours and the weeks left until the deadline (the message's, else the learner's), without re-planning.
Pure functions; the sentences are the reply templates (`hours_needed*` in `prompts/offline/i18n/`)."""

from __future__ import annotations

import math
import re
from datetime import date

from pathfinder.assistant.i18n import counted, long_date, t
from pathfinder.domain.pathways import Pathway
from pathfinder.planner import DEFAULT_HOURS_PER_WEEK
from pathfinder.planner.explain import OVER_TIME

# "how many hours / how much time" in the served languages (with and without diacritics, Hinglish, Banglish)
_HOURS_QUESTION = re.compile(
    r"how many (?:hours|hrs|h)\b|how much time|"
    r"wie ?viele? stunden|wie ?viel zeit|"
    r"cu[aá]ntas horas|cu[aá]nto tiempo|"
    r"combien d[’'e ]+ ?heures|combien de temps|"
    r"(?:montako|kuinka monta|monta) tuntia|(?:paljonko|kuinka paljon) aikaa|"
    r"bao nhi[eê]u (?:gi[oờ]|ti[eế]ng|th[oờ]i gian)|m[aấ]y (?:ti[eế]ng|gi[oờ]) m[oỗ]i tu[aầ]n|"
    r"कितने घंटे|कितना समय|kitne ghante|kitna (?:time|samay)|"
    r"কত ঘণ্টা|কত সময়|koto ghonta|koto shomoy",
    re.IGNORECASE,
)
# "will it be done in 6 months?", "schaffe ich das bis Juni?", "¿me da tiempo?", "6 mahine mein ho jayega
# kya?": whether a goal fits a time, asked (lead trial 18: a plan came without the yes or no)
_FITS_QUESTION = re.compile(
    r"\bcan (?:i|it|we|she|he) (?:be )?(?:do(?:ne)?|finish(?:ed)?|make it|complete(?:d)?|get (?:it )?done)\b|"
    r"\bis (?:it|that|this) (?:possible|doable|feasible|realistic|enough)\b|"
    r"\bwill (?:it|i|that) be (?:done|ready|enough|possible)\b|\benough time\b|\bin time\b|"
    r"\bschaff(?:e|en) (?:ich|wir|sie|er) (?:das|es)\b|\breicht (?:das|die zeit|es)\b|"
    # session 23 (days23): more ways of asking it ("will I make it by June?", "schaff ich das?", "¿llego a
    # terminarlo antes de junio?", "je pourrai finir d'ici juin ?", "saanko sen valmiiksi?", "xong kịp không",
    # "पूरा कर पाऊँगा?", "শেষ করতে পারব?")
    r"\bwill (?:i|we) (?:make it|finish|be done)\b|\b(?:could|would) (?:i|we) finish\b|"
    r"\bschaff ich\b|\bkrieg(?:e)? ich (?:das|es) hin\b|\bbin ich (?:\w+ ){0,4}fertig\b|"
    r"\b(?:llego|llegar[ée]|llegar[ií]a|alcanzo) a (?:tiempo|terminar\w*|acabar\w*)|"
    r"\b(?:puedo|podr[ée]|podr[ií]a) (?:terminar|acabar)\w*|"
    r"\b(?:je peux|je pourrai|pourrai-je|je pourrais) (?:finir|terminer)\b|"
    r"\bj'y arrive\b|\bje vais y arriver\b|"
    r"\bsaanko (?:\w+ )?valmiiksi\b|\behtisinkö\b|"
    r"xong (?:kịp )?kh[oô]ng|"
    r"पूरा कर पाऊँगा|पूरा कर पाऊंगा|पूरा हो पाएगा|\bpura (?:kar|ho) pa\w+|"
    r"শেষ করতে পারব|শেষ হবে কি|\bshesh (?:korte parbo|hobe)\b|"
    r"\bist (?:das|es) (?:machbar|m[oö]glich|realistisch|zu schaffen)\b|"
    r"\bme da tiempo\b|\b(?:es|ser[aá]|ser[ií]a) (?:posible|factible|realista)\b|\blo logro\b|\bda tiempo\b|"
    r"\b(?:c'est|est-ce|ce serait|c’est) (?:faisable|possible|r[ée]aliste)\b|\baurai-je le temps\b|"
    r"\bj'aurai le temps\b|"
    r"\behdi(?:nkö|mmekö|kö)\b|\behtiikö\b|\bonnistuuko\b|\briittääkö\b|\bonko (?:se|tämä|tuo) mahdollista\b|"
    r"c[oó] k[iị]p kh[oô]ng|\bk[iị]p kh[oô]ng|c[oó] (?:đ|d)ược kh[oô]ng|c[oó] (?:đ|d)ủ kh[oô]ng|"
    r"हो जाएगा|हो जायेगा|हो पाएगा|संभव है|मुमकिन है|\bho ja(?:a)?yega\b|\bho paye?ga\b|\bpossible hai\b|"
    r"হবে কি|হয়ে যাবে|সম্ভব|\bhobe ki\b|\bhoye jabe\b|\bshombhob\b|\bsombhob\b",
    re.IGNORECASE,
)
# "how long until I find a job?" (lead trial 18's 05: the list's prices again): a question of time ...
_HOW_LONG = re.compile(
    r"\bhow (?:long|soon)\b|\bhow many (?:weeks|months|years)\b|\bwhen (?:can|could|will|would) i\b|"
    r"\bwie (?:lange|schnell|bald)\b|\bwann\b|"
    r"\bcu[aá]nto (?:tiempo|tardar\w*|me (?:tomar|llevar)\w*)|\bcu[aá]ndo\b|\ben cu[aá]nto\b|"
    r"\bcu[aá]nto (?:me |le |te |nos )?falta\b|"
    r"\bcombien de temps\b|\bquand\b|\bd[ée]lai\b|"
    r"\b(?:kuinka|miten) (?:kauan|pian|nopeasti)\b|\bkauanko\b|\bmilloin\b|"
    r"\bbao l[aâ]u\b|\bkhi n[aà]o\b|\bm[aấ]t bao\b|"
    r"कितना समय|कितने (?:दिन|महीने|हफ्ते|हफ़्ते)|\bकब\b|\bkitna (?:time|samay|waqt)\b|\bkitne (?:din|mahine)\b|"
    r"\bkab tak\b|\bkab\b|"
    r"কত (?:দিন|সময়|মাস)|কতদিন|কবে|\bkoto (?:din|shomoy|somoy)\b|\bkobe\b",
    re.IGNORECASE,
)
# ... about a job found or held (a job's noun with a verb of getting it, or a word that is only about hiring),
# never a job held now ("how long is it next to my work?")
_A_JOB = re.compile(
    r"\b(?:get|getting|find|finding|land|landing|have)\b(?:\s+\w+){0,3}?\s+(?:a |an |the )?"
    r"(?:job|jobs|work|position|role|employment)\b|\bhired\b|\bemploy(?:ed|able)\b|"
    r"\b(?:finde|finden|bekomme|bekommen|kriege|kriegen|habe)\b(?:\s+\w+){0,4}?\s+"
    r"(?:stelle|job|arbeit|anstellung|arbeitsplatz)\b|\beingestellt\b|"
    r"\b(?:stelle|job|arbeit|anstellung|arbeitsplatz)\b(?:\s+\w+){0,2}?\s+(?:finde|bekomme|kriege|habe|hab)\b|"
    r"\bjob[- ]ready\b|"
    r"\b(?:encontrar|encuentre|encuentro|conseguir|consiga|consigo|tener|tenga)\b(?:\s+\w+){0,3}?\s+"
    r"(?:trabajo|empleo|chamba|curro|chamba|laburo)\b|\bcontrat(?:en|ado|ada)\b|"
    r"\b(?:trouver|trouve|décrocher|decrocher|avoir|aie)\b(?:\s+\w+){0,3}?\s+"
    r"(?:boulot|emploi|travail|job|poste|taf)\b|\bembauch\w*|"
    r"\btöitä\b|\btyöpaik\w*|\btyöllisty\w*|\btyön\b|"
    r"t[iì]m (?:đ|d)?(?:ư[ợ]c |uoc )?vi[eệ]c|xin (?:đ|d)?(?:ư[ợ]c |uoc )?vi[eệ]c|c[oó] vi[eệ]c|"
    r"đi làm|\bdi lam\b|"
    r"नौकरी|\bnaukri\b|\bjob (?:mil|lag)\w*|চাকরি|চাকুরি|\bchakri\b|"
    # session 24 (loose24): working in the field ("how long before I can start working?", "bis ich als
    # Admin arbeiten kann", "para trabajar de esto", "avant de bosser dans le cloud", "valmis töihin")
    r"\bstart(?:ing)? (?:to work|working|work|a job|my career)\b|\bwork(?:ing)? (?:as|in the field)\b|"
    r"\b(?:als|im|in der) \w+ (?:arbeiten|anfangen|einsteigen)\b|\beinsteigen\b|\bloslegen\b|"
    r"\b(?:trabajar|chambear|laburar|currar|ejercer) (?:de|como|en)\b|"
    r"\b(?:travailler|bosser|exercer|commencer à (?:travailler|bosser)) (?:comme|en tant que|dans)\b|"
    r"\btöihin\b|\btyöelämä\w*|"
    r"l[aà]m (?:đ|d)ư[ợo]c vi[eệ]c|\blam duoc viec\b|"
    r"काम (?:शुरू|करने)|\bkaam (?:shuru|karne)\b|কাজ (?:শুরু|করতে)|কাজের জন্য|\bkaj (?:shuru|korte)\b",
    re.IGNORECASE,
)
# ... or about being ready for the work ("how long until I'm ready / operational / job-ready?", "wie lange,
# bis ich fit bin?", "¿cuánto hasta estar preparado?", "combien de temps pour être opérationnel ?", "kauanko
# ennen kuin olen valmis?", "bao lâu thì sẵn sàng?", "तैयार होने में", "তৈরি হতে"): the learner ready, never
# a plan's or a course's end ("wann bin ich fertig?" is the plan's length, `asks_hours_needed`)
_READY = re.compile(
    r"\b(?:job|work|career|industry)[- ]?ready\b|"
    r"\b(?:i'?m|i am|i'?ll be|i will be|i'?d be|i would be|be|become|get|feel|she'?s|he'?s|they'?re|"
    r"she|he|they) (?:\w+ )?(?:ready|operational|employable|hireable|qualified|competent)\b|"
    r"\b(?:fit|bereit|einsatzbereit|startklar|jobfit|so weit|qualifiziert|einstellbar)"
    r" (?:bin|ist|bist|sind|sein|wäre|waere|werde|wird|genug)\b|\b(?:job|berufs|arbeits)(?:fit|bereit)\b|"
    r"\b(?:est(?:ar|é|e|oy|aré|are|aría|aria)|quedar|sea|ser) (?:\w+ )?"
    r"(?:list[oa]s?|preparad[oa]s?|capacitad[oa]s?|operativ[oa]s?|apt[oa]s?|empleable)\b|"
    r"\b(?:list[oa]s?|preparad[oa]s?) para (?:trabajar|el trabajo|un empleo|chambear|laburar)\b|"
    r"\bop[ée]rationnel(?:le)?s?\b|\b(?:employable|embauchable)s?\b|"
    r"\b(?:être|etre|serai|sois|suis|serais) (?:\w+ )?(?:pr[eê]te?s?|qualifiée?|comp[ée]tente?|au niveau)\b|"
    r"\b(?:olen|olisin|olla|oon|on) (?:\w+ )?(?:valmis|valmiina|pätevä|työkuntoinen)\b|\btyövalmi\w*|"
    r"s[aẵ]n s[aà]ng|đủ (?:trình|khả năng|sức)|\bdu trinh\b|"
    r"तैयार|\bta(?:i|iy|y)y?aa?r\b|\bready\b(?= ho)|लायक|"
    r"তৈরি|প্রস্তুত|উপযুক্ত|\b(?:toiri|tairi|prostut)\b",
    re.IGNORECASE,
)
LONG_WEEK = 20.0  # above this, a note: more than a half-time job next to work or family


def asks_hours_needed(text: str) -> bool:
    """Whether a message asks how much weekly time something takes ("wie viele Stunden pro Woche brauche
    ich?", "mỗi tuần cần bao nhiêu giờ?")."""
    return bool(_HOURS_QUESTION.search(text))


def weeks_until(today: date, deadline: date) -> int:
    """Whole weeks from today to the deadline, at least one."""
    return max(1, math.ceil((deadline - today).days / 7))


def weekly_hours(total: float, weeks: int) -> float:
    """Hours a week to study `total` hours in `weeks` weeks, rounded up to a half hour."""
    return math.ceil(total / max(1, weeks) * 2) / 2


def _num(x: float) -> str:
    return f"{x:g}"


def _by_deadline(total: float, today: date, deadline: date) -> tuple[str, float]:
    """The sentence of the weekly hours `total` hours ask for by `deadline` (with the warning past
    `LONG_WEEK`), and those hours: one wording for a plan and for one course."""
    weeks = weeks_until(today, deadline)
    per_week = weekly_hours(total, weeks)
    text = t("hours_needed_by", date=long_date(deadline), weeks=weeks, per_week=_num(per_week))
    if per_week > LONG_WEEK:
        text += " " + t("hours_needed_long", per_week=_num(per_week))
    return text, per_week


def answer(pathway: Pathway, today: date, deadline: date | None, hours_per_week: float | None) -> str:
    """The reply: the plan's total hours, and the weekly hours its deadline asks for; without a deadline, how
    long the plan takes at the learner's weekly time and at 10 h a week, and a question for the date."""
    total = pathway.totals.hours
    first = pathway.steps[0]
    steps = counted("n_steps", len(pathway.steps))
    head = t("hours_needed_total", hours=_num(total), steps=steps, first=first.title, id=first.id)
    if deadline is not None and deadline > today:
        by, per_week = _by_deadline(total, today, deadline)
        return head + " " + by + "\n\n" + t("hours_needed_replan", per_week=_num(per_week))
    at = hours_per_week or DEFAULT_HOURS_PER_WEEK
    text = head + " " + t("hours_needed_at", per_week=_num(at), weeks=math.ceil(total / at))
    if at != 10:
        text += " " + t("hours_needed_at", per_week="10", weeks=math.ceil(total / 10))
    return text + "\n\n" + t("hours_needed_when")


def course_answer(
    title: str,
    credential_id: str,
    hours: float,
    today: date,
    deadline: date | None,
    hours_per_week: float | None,
) -> str:
    """The reply for one course in focus ("how many hours a week is that if I want to finish in 2 months?"):
    its hours, and the weekly hours the deadline asks for; without a deadline, how long it takes at the
    learner's weekly time (lead trial 18: the question was saved as a deadline and a goal was asked for)."""
    head = t("hours_needed_course", title=title, id=credential_id, hours=_num(hours))
    if deadline is not None and deadline > today:
        return head + " " + _by_deadline(hours, today, deadline)[0]
    at = hours_per_week or DEFAULT_HOURS_PER_WEEK
    return head + " " + t("hours_needed_at", per_week=_num(at), weeks=math.ceil(hours / at))


def asks_if_it_fits(text: str) -> bool:
    """Whether a message asks if something can be done in a time ("will it be done in 6 months?", "schaffe ich
    das bis Juni?", "6 tháng có kịp không?", "6 mahine mein ho jayega kya?")."""
    return bool(_FITS_QUESTION.search(text))


def fit_verdict(pathway: Pathway, weeks: int, hours_per_week: float, goal: str) -> str:
    """The yes or no before a plan made for a time asked about: yes when no skill was left out for lack of
    hours, else what the weeks give and what the plan covers of the goal."""
    room = weeks * hours_per_week
    values = {"weeks": weeks, "per_week": _num(hours_per_week), "room": _num(room), "goal": goal}
    if not pathway.steps:
        return t("fits_none", **values)
    values |= {"hours": _num(pathway.totals.hours), "pct": round(pathway.coverage * 100)}
    short = any(OVER_TIME in u.reason for u in pathway.uncovered)
    return t("fits_not_all" if short else "fits_yes", **values)


def asks_time_to_a_job(text: str) -> bool:
    """Whether a message asks how long until a job ("how long until I can get a job?", "wie lange, bis ich
    eine Stelle finde?", "¿cuánto tardaré en encontrar trabajo?", "bao lâu thì tìm được việc?", "नौकरी मिलने
    में कितना समय लगेगा?"), or until the learner is ready for the work ("combien de temps pour être
    opérationnel ?", "wie lange bis ich fit bin?", "kitna time lagega job-ready hone mein?"; session 24): the
    catalogue knows courses, not job markets (lead trial 18's 05, trial 19's 13)."""
    return bool(_HOW_LONG.search(text) and (_A_JOB.search(text) or _READY.search(text)))


# the share of the goal's gap below which a plan's time is said not to be the time to be ready
LITTLE_COVERED = 0.5


def job_time_answer(
    pathway: Pathway | None, hours_per_week: float | None, goal: str, *, job: bool = True
) -> str:
    """The honest answer to a job's time: no date of a job, and how long the plan towards the goal takes at
    the learner's weekly hours (else the planner's default) and how much of the goal it covers. Without `job`
    ("how long will it take if I study an hour a day?", lead trial 21's 16 and 18): only the plan's time."""
    head = t("job_time_head") if job else ""
    if pathway is None or not pathway.steps:
        return head
    at = hours_per_week or DEFAULT_HOURS_PER_WEEK
    total = pathway.totals.hours
    first = pathway.steps[0]
    steps = counted("n_steps", len(pathway.steps))
    plan = t("hours_needed_total", hours=_num(total), steps=steps, first=first.title, id=first.id)
    values = {
        "goal": goal,
        "weeks": pathway.totals.weeks or math.ceil(total / at),
        "per_week": _num(at),
        "pct": round(pathway.coverage * 100),
    }
    text = head + " " + plan + " " + t("job_time_plan", **values)
    if pathway.coverage < LITTLE_COVERED:
        # a plan that covers little of the goal is no time to be ready (lead trial 23's 04: "2 weeks" for a
        # free first step covering 0 %): said, with where the rest is told
        text += " " + t("job_time_little", goal=goal)
    return text.strip()


def job_time_course(title: str, credential_id: str, hours: float, hours_per_week: float | None) -> str:
    """The honest answer to a job's time about one course (the first of a list, no goal yet)."""
    at = hours_per_week or DEFAULT_HOURS_PER_WEEK
    values = {"title": title, "id": credential_id, "hours": _num(hours), "weeks": math.ceil(hours / at)}
    return t("job_time_head") + " " + t("job_time_course", **values, per_week=_num(at))
