"""Reply templates in the learner's language: `t(name, **values)` renders `prompts/offline/i18n/<lang>.json`'s
entry (or `i18n/plans/<lang>.json`'s) for the language of the current reply (set with `replying_in`), else
English (`en.json`, then the `prompts/offline/<name>.txt` file). Catalogue text is inserted as it is, never
translated."""

from __future__ import annotations

import contextvars
import json
import string
from contextlib import contextmanager, suppress
from datetime import date
from functools import lru_cache

from pathfinder.assistant.llm import prompts
from pathfinder.errors import PromptError

SERVED = ("en", "de", "es", "fr", "fi", "vi", "hi", "bn")
I18N_DIR = prompts.PROMPTS_DIR / "offline" / "i18n"
_language: contextvars.ContextVar[str] = contextvars.ContextVar("reply_language", default="en")
_of_client: contextvars.ContextVar[bool] = contextvars.ContextVar("of_client", default=False)
_of_relative: contextvars.ContextVar[bool] = contextvars.ContextVar("of_relative", default=False)
_of_gender: contextvars.ContextVar[str | None] = contextvars.ContextVar("of_gender", default=None)

# The client named in both genders in the _client templates, and what replaces it when the gender was said
# (`nlu.gender`): (both, male, female, neutral for a relative or None to keep a gendered form). German names a
# relative neutrally, as its _relative templates do ("der Person, für die Sie fragen"); French and Spanish in
# the gender said (session 16: "Mein Sohn ist 17" got "Ihrer Klientin oder Ihres Klienten").
_ASKED_FOR = "Person, für die Sie fragen"
_GENDERED: dict[str, tuple[tuple[str, str, str, str | None], ...]] = {
    "de": (
        (
            "Ihrer Klientin oder Ihres Klienten",
            "Ihres Klienten",
            "Ihrer Klientin",
            "der Person, für die Sie fragen",
        ),
        (
            "Ihre Klientin oder Ihren Klienten",
            "Ihren Klienten",
            "Ihre Klientin",
            "die Person, für die Sie fragen",
        ),
        ("Ihre Klientin oder Ihr Klient", "Ihr Klient", "Ihre Klientin", "die Person, für die Sie fragen"),
    ),
    "fr": (
        ("client·e", "client", "cliente", None),
        ("qu'il ou elle", "qu'il", "qu'elle", None),
        ("s'il ou elle", "s'il", "si elle", None),
        ("il ou elle", "il", "elle", None),
    ),
    "es": (
        ("tu cliente", "tu cliente", "tu clienta", None),
        ("Tu cliente", "Tu cliente", "Tu clienta", None),
    ),
}


@lru_cache(maxsize=16)
def table(lang: str) -> dict[str, str]:
    """The template table of `lang` (empty for a language without one): the reply templates
    (`i18n/<lang>.json`), the plan texts - planner sentences, the Pathway page, charts and exports
    (`i18n/plans/<lang>.json`, `planner_text`) - and the learner's other pages, the app's frame and the month
    names (`i18n/pages/<lang>.json`: Profile, Account, sidebar badges, role names, `dates`)."""
    found: dict[str, str] = {}
    for folder in (I18N_DIR, I18N_DIR / "plans", I18N_DIR / "pages"):
        with suppress(FileNotFoundError):
            found |= json.loads((folder / f"{lang}.json").read_text(encoding="utf-8"))
    return found


def missing_keys(lang: str) -> list[str]:
    """The templates English has and `lang` lacks (or leaves empty): text a reply in `lang` would show in
    English (`t` falls back to it). Empty for every served language; `tools/i18n_gaps.py` and a test keep it
    so."""
    own = table(lang)
    return sorted(key for key, text in table("en").items() if text and not own.get(key))


def current() -> str:
    return _language.get()


@contextmanager
def replying_in(lang: str | None):
    token = _language.set(lang if lang in SERVED else "en")
    try:
        yield
    finally:
        _language.reset(token)


@contextmanager
def speaking_of_client(on: bool, relative: bool = False, gender: str | None = None):
    """Replies about someone the speaker advises: templates with a `<key>_client` variant use it; about one of
    the speaker's family (`relative`: "my younger brother", "meine Mutter"), a `<key>_relative` variant first
    ("their goal", never "your client's goal"); with a `gender` said ("m", "f"), German, French and Spanish
    name them in it (a German relative neutrally), never in both."""
    token, kin = _of_client.set(on), _of_relative.set(on and relative)
    sex = _of_gender.set(gender if on else None)
    try:
        yield
    finally:
        _of_client.reset(token)
        _of_relative.reset(kin)
        _of_gender.reset(sex)


def _in_gender(text: str, lang: str) -> str:
    """`text` with the client named in both genders said in the one known (`_GENDERED`)."""
    gender, relative = _of_gender.get(), _of_relative.get()
    for both, male, female, neutral in _GENDERED.get(lang, ()):
        if both not in text:
            continue
        if relative and neutral is not None:
            said = neutral
        elif gender is not None:
            said = male if gender == "m" else female
        else:
            continue
        parts = text.split(both)
        out = parts[0]
        for rest in parts[1:]:
            # "die Person, für die Sie fragen, hat …": the relative clause closed before the sentence goes on
            comma = "," if said.endswith("fragen") and rest[:1] == " " and rest[1:2].isalpha() else ""
            word = (
                said[0].upper() + said[1:] if not out.strip() or out.rstrip().endswith((".", ":")) else said
            )
            out += word + comma + rest
        text = out
    return text


def t(key: str, lang: str | None = None, /, **values: object) -> str:
    """The template `key` in the reply language, rendered strictly (a missing value raises PromptError);
    said of the speaker's client (`speaking_of_client`) when the key has a `_client` variant."""
    lang = lang or _language.get()
    if _of_relative.get() and f"{key}_relative" in table("en"):
        key = f"{key}_relative"
    elif _of_client.get() and f"{key}_client" in table("en"):
        key = f"{key}_client"
    text = table(lang).get(key) or table("en").get(key)
    if text is None:
        return prompts.render(f"offline/{key}", **values)
    template = string.Template(text)
    missing = sorted(set(template.get_identifiers()) - set(values))
    if missing:
        raise PromptError(f"Template {key!r} ({lang}) needs {', '.join(missing)}.")
    text = template.substitute(values)
    return _in_gender(text, lang) if _of_client.get() and lang in _GENDERED else text


def month_year(day: date, lang: str | None = None) -> str:
    """'May 2035' in the reply language ('Mai 2035', 'tháng 5 năm 2035'): the month names of the table."""
    return t("date_month", lang, month=t(f"mo_{day.month}", lang), year=day.year)


def long_date(day: date, lang: str | None = None) -> str:
    """'05 May 2035' in the reply language ('5. Mai 2035', '5 de mayo de 2035')."""
    return t("date_day", lang, day=day.day, month=t(f"mo_{day.month}", lang), year=day.year)


# Languages whose singular also covers zero (CLDR "one": French, Hindi, Bengali); others: 1 only.
_ZERO_IS_ONE = frozenset({"fr", "hi", "bn"})


def counted(noun: str, n: int, lang: str | None = None) -> str:
    """`n` with its noun in the right number ("1 Schritt", "3 Schritte"): the template `<noun>_one` or
    `<noun>_other` (e.g. `n_steps_one`), following the reply language's plural rule."""
    lang = lang or _language.get()
    one = n == 1 or (n == 0 and lang in _ZERO_IS_ONE)
    return t(f"{noun}_{'one' if one else 'other'}", lang, n=n)


def and_list(items: list[str], lang: str | None = None) -> str:
    """'a, b and c' in the reply language ("a, b und c", "a, b và c"): the template `and` before the last."""
    if len(items) < 2:
        return "".join(items)
    return ", ".join(items[:-1]) + t("and", lang) + items[-1]


def language_label(code: str) -> str:
    """A language's name for the reply: English in an English reply; in a reply language whose table names
    languages (`lname_<code>`: all eight reply languages since session 14, "allemand", "alemán", "saksa",
    "tiếng Đức") that name; else its own (native) name ("Polski"), which readers of any language
    recognise."""
    from pathfinder.domain.languages import BY_CODE, language_name

    lang = BY_CODE.get(code.strip().lower())
    if _language.get() == "en" or lang is None:
        return language_name(code)
    return table(_language.get()).get(f"lname_{lang.code}") or lang.native


@lru_cache(maxsize=1)
def _occupations() -> dict[str, dict[str, str]]:
    data = json.loads((I18N_DIR / "occupations.json").read_text(encoding="utf-8"))
    return {k.casefold(): v for k, v in data.items() if not k.startswith("_")}


def occupation_name(label: str, lang: str | None = None) -> str:
    """An occupation's name in the reply language where ESCO has none (`i18n/occupations.json`: Vietnamese,
    Hindi, Bengali names of the occupations the catalogue serves), else the label as it is."""
    return _occupations().get(label.strip().casefold(), {}).get(lang or _language.get()) or label


def goal_label(label: str, lang: str | None = None) -> str:
    """A goal as a reply names it: the occupation's name in the reply language with the ESCO label beside it
    ("chuyên viên phân tích dữ liệu (data analyst)"), or the label alone when there is no such name."""
    name = occupation_name(label, lang)
    return label if name == label else f"{name} ({label})"
