"""Acting on the planner's suggestions (`Pathway.relaxations`) in chat: which of them a follow-up picks, and
the constraint change that applies them, as a `ProfileChange` the learner still has to accept."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from pathfinder.assistant import markdown as md
from pathfinder.assistant.planner_text import say
from pathfinder.domain import Constraints, LearnerProfile, Relaxation
from pathfinder.domain.dialogue import ProfileChange
from pathfinder.domain.languages import language_name
from pathfinder.domain.pathways import money_text
from pathfinder.profiles import apply_relaxation

# words that name a constraint ("take the budget one", "raise my hours", "allow in-person"); English first,
# then a few German, Spanish and French ones
_DEADLINE_WORDS = (
    r"deadline|longer|later|more time|more weeks|extra weeks|finish (?:later|in)|frist|später|"
    r"plazo|más tiempo|délai|plus de temps"
)
_CONSTRAINT_WORDS: dict[str, re.Pattern[str]] = {
    name: re.compile(rf"\b(?:{words})\b")
    for name, words in {
        "budget": r"budget|money|price|costs?|spend|pay|eur|euros?|"
        r"geld|kosten|presupuesto|dinero|prix|argent|budjet\w*|rahaa?",
        "hours_per_week": r"hours?|h/week|stunden|horas|heures|tunt\w*|tunnin",
        "deadline": _DEADLINE_WORDS,
        "weeks": _DEADLINE_WORDS,
        "languages": r"languages?|sprachen?|idiomas?|langues?",
        "participation": r"participation|format|online|in[- ]person|on[- ]site|blended|hybrid|"
        r"präsenz|presencial|présentiel",
        "providers": r"providers?|anbieter|proveedores?|fournisseurs?",
        "countries": r"countr(?:y|ies)|länder|países|pays",
        "max_eqf": r"eqf|level|niveau|nivel",
    }.items()
}


# a verb or adverb that raises or loosens a limit, in each Latin-script language we serve ("raise my hours",
# "dann erhöh meine Stunden", "sube mis horas", "augmente mes heures", "nosta mun tunteja", "more time")
_RAISE = re.compile(
    r"\b(?:raise|increase|up|more|extend|bump|erhöh\w*|erhoeh\w*|mehr|steiger\w*|verlänger\w*|sub[ei]\w*|"
    r"súbe\w*|aument\w*|más|mas|ampl[ií]a\w*|augment\w*|plus|rallonge\w*|allonge\w*|monte\w*|nosta\w*|"
    r"lisää|lisaa|enemmän|enemman|pidennä\w*|pidenna\w*)\b"
)
_NUMBER = re.compile(r"\d")
# "I can't do more hours", "mehr Stunden hab ich nicht", "no puedo más horas", "pas plus d'heures", "en pysty
# enempää": a limit kept, not raised
_NOT = re.compile(
    r"\b(?:not|no|never|can'?t|cannot|don'?t|won'?t|nicht|kein\w*|nie|nunca|ni|pas|jamais|ei|en (?:voi|pysty|"
    r"ehdi)\w*)\b|n't\b"
)


def raises_open_limit(relaxations: Sequence[Relaxation], text: str) -> bool:
    """Whether a message asks to raise or loosen a limit that one of the open suggestions is about, in its own
    words and without a new value ("raise my hours then", "dann erhöh meine Stunden", "pues sube mis horas",
    "alors augmente mes heures", "nosta sitten mun tunteja"): the suggestion taken, not a new search. A new
    value ("what if I had 10 hours") is a change of the limit itself."""
    low = text.lower()
    if _NUMBER.search(low) or _NOT.search(low) or not _RAISE.search(low):
        return False
    return any(
        r.constraint in _CONSTRAINT_WORDS and _CONSTRAINT_WORDS[r.constraint].search(low) for r in relaxations
    )


def is_joint(relaxations: Sequence[Relaxation]) -> bool:
    """True when the planner found no single change enough: the suggestions only help applied together."""
    return any(r.joint for r in relaxations)


def _named(r: Relaxation, text: str, languages: Sequence[str], participation: Sequence[str]) -> bool:
    if r.constraint == "languages" and languages:
        return bool(set(r.values) & set(languages))
    if r.constraint == "participation" and participation:
        return bool(set(r.values) & set(participation))
    return bool(_CONSTRAINT_WORDS[r.constraint].search(text)) if r.constraint in _CONSTRAINT_WORDS else False


def pick(
    relaxations: Sequence[Relaxation],
    text: str,
    ordinals: Sequence[int] = (),
    languages: Sequence[str] = (),
    participation: Sequence[str] = (),
    offered: Relaxation | None = None,
) -> tuple[Relaxation, ...]:
    """The suggestions a follow-up asks to apply: by number ("the first", -1 for the last), else by the
    constraint it names ("the budget one", "allow German courses"), else the last offer made (`offered`: the
    one change the last answer asked about, "Shall I add German?"), else the only one; () when it stays
    ambiguous (the caller asks which: several suggestions listed alike, none asked about). Joint suggestions
    are one proposal: any pick takes them all."""
    if offered is not None and not (ordinals or languages or participation) and not _names_any(text):
        return (offered,)
    if not relaxations:
        return ()
    if is_joint(relaxations):
        return tuple(relaxations)
    if ordinals:
        n = len(relaxations)
        return tuple(
            dict.fromkeys(relaxations[k - 1 if k > 0 else -1] for k in ordinals if 0 < k <= n or k == -1)
        )
    low = text.lower()
    named = tuple(r for r in relaxations if _named(r, low, languages, participation))
    if named or languages or participation:
        return named  # a language or format no suggestion is about: ask rather than guess
    return tuple(relaxations) if len(relaxations) == 1 else ()


def _names_any(text: str) -> bool:
    low = text.lower()
    return any(words.search(low) for words in _CONSTRAINT_WORDS.values())


def language_offer(relaxations: Sequence[Relaxation], language: str) -> Relaxation:
    """The change a plan's question "Shall I add <language> to your languages?" offers: the planner's
    language suggestion cut to that language, else that language added on its own."""
    for r in narrowed(relaxations, (language,)):
        if r.constraint == "languages" and r.values == (language,):
            return r
    return Relaxation(
        constraint="languages", current=None, needed=language, message=f"Allow courses in {language}."
    )


def narrowed(
    relaxations: Sequence[Relaxation], languages: Sequence[str] = (), participation: Sequence[str] = ()
) -> tuple[Relaxation, ...]:
    """The suggestions with a list of languages or formats cut to the ones the learner named ("allow English
    courses" takes English from "allow courses in en, es, fr"); the others unchanged."""
    named = {"languages": set(languages), "participation": set(participation)}
    out = []
    for r in relaxations:
        keep = tuple(v for v in r.values if v in named.get(r.constraint, ()))
        out.append(
            r.model_copy(update={"needed": ", ".join(keep)}) if keep and len(keep) < len(r.values) else r
        )
    return tuple(out)


EXAMPLE_WORD = {
    "budget": "budget",
    "hours_per_week": "hours",
    "deadline": "deadline",
    "weeks": "more time",
    "languages": "language",
    "participation": "format",
    "providers": "provider",
    "countries": "country",
    "max_eqf": "level",
}


def change_for(
    profile: LearnerProfile, relaxations: Sequence[Relaxation]
) -> tuple[ProfileChange | None, tuple[Relaxation, ...]]:
    """The set_constraints proposal applying `relaxations` to `profile` (lists extended, limits set to what
    the planner said is needed), holding only the fields that change (None when the profile already has them),
    and the suggestions left out because a profile cannot hold them (e.g. more weeks than a constraint
    allows)."""
    after, skipped = profile, []
    for r in relaxations:
        try:
            after = apply_relaxation(after, r)
        except ValueError:  # out of the profile's range (pydantic's ValidationError is a ValueError)
            skipped.append(r)
    fields = tuple(
        f
        for f in Constraints.model_fields
        if getattr(after.constraints, f) != getattr(profile.constraints, f)
    )
    if not fields:
        return None, tuple(skipped)
    stated = {f: getattr(after.constraints, f) for f in fields}
    return ProfileChange(
        kind="set_constraints",
        summary="Apply the planner's suggestion: "
        + "; ".join(describe(f, v, after.constraints.currency) for f, v in stated.items()),
        constraints=Constraints(**stated),
        fields=fields,
    ), tuple(skipped)


def describe(name: str, value: object, currency: str = "EUR") -> str:
    """One constraint value in plain words (escape it for Markdown): 'budget EUR 420', '9 hours a week',
    'courses in English, German'."""
    if name == "budget" and isinstance(value, int | float):
        return f"budget {money_text(value, currency)}"
    if name == "hours_per_week":
        return f"{value:g} hours a week"
    if name == "deadline" and isinstance(value, date):
        return f"deadline {value:%d %B %Y}"
    if name == "weeks":
        return f"{value} weeks"
    if name == "languages":
        return "courses in " + ", ".join(language_name(v) for v in value)
    if name == "max_eqf":
        return f"EQF level up to {value}"
    if isinstance(value, tuple):
        return f"{name}: " + ", ".join(str(v) for v in value)
    return f"{name.replace('_', ' ')} {value}"


def numbered(relaxations: Sequence[Relaxation], currency: str = "EUR") -> str:
    """The suggestions as a numbered Markdown list in the reply's language, for asking which to apply."""
    return "\n".join(f"{n}. {line(r, currency)}" for n, r in enumerate(relaxations, 1))


def line(r: Relaxation, currency: str = "EUR", covers: bool = True) -> str:
    """One planner suggestion in the reply's language, from its structured fields (the planner's `message` is
    English): 'allow courses in English (then 80% of the essential skills covered)'."""
    from pathfinder.assistant.i18n import current, t

    if current() == "en" and r.message and covers:
        return md.escape_text(r.message)  # the planner's own sentence, with what the change gains
    if r.message and covers and (said := say(r.message)) != r.message:
        # a planner sentence with a `pl_` template, said whole ("With 14 h/week instead of 4 you could take X
        # (a dated session)": the hours are for that session's weeks, which the bare "14 hours a week" lost)
        return md.escape_text(said)
    needed = r.needed
    if r.constraint == "languages":
        what = t("relax_languages", langs=md.languages(r.values))
    elif r.constraint == "participation":
        what = t("relax_participation", values=", ".join(md.mode(v) for v in r.values))
    elif r.constraint == "budget":
        what = t("relax_budget", amount=md.money(float(needed), currency))
    elif r.constraint == "hours_per_week":
        what = t("relax_hours", hours=f"{float(needed):g}")
    elif r.constraint == "deadline":
        what = t("relax_deadline", date=_month(needed))
    elif r.constraint == "weeks":
        what = t("relax_weeks", weeks=f"{float(needed):g}")
    elif r.constraint == "max_eqf":
        what = t("relax_eqf", level=f"{float(needed):g}")
    else:
        what = md.escape_text(f"{r.constraint}: {needed}")
    if covers and r.coverage_after is not None:
        what += " " + t("relax_covers", pct=f"{round(r.coverage_after * 100):g}")
    return what


def _month(value: object) -> str:
    """A relaxation's new deadline (ISO) as the month it names in the reply's language ('Mai 2035'), as the
    planner's English message says 'by May 2035'."""
    from pathfinder.assistant.i18n import month_year

    try:
        return month_year(date.fromisoformat(str(value)[:10]))
    except ValueError:
        return str(value)
