"""'Sign me up', 'enrol me', 'inscris-moi' (session 27, lead trial 22's 20): the assistant enrols no one.
Enrolment is with each course's provider, so the reply says so and gives the catalogue's page of the course
meant (the one named, pointed at or in focus; else the plan's steps or the list shown), never a plan and never
a claim that the learner is enrolled. Pure: the words of asking and the reply's text."""

from __future__ import annotations

import re
from collections.abc import Sequence

from pathfinder.assistant import markdown as md
from pathfinder.assistant.i18n import t
from pathfinder.domain import Credential

# asking to be enrolled, registered or signed up, or how to do it, in the eight languages (their everyday
# and unaccented forms, Hinglish and Banglish); never a noun alone ("frais d'inscription", "registration fee"
# are prices) nor a past ("I signed up for X last year" is a course done)
_ENROL = re.compile(
    r"\bsign (?:me|us|her|him|them) up\b|\bsign (?:me |us )?up (?:for|to)\b|"
    r"\b(?:enrol+|register) (?:me|us|her|him|them)\b(?! (?:as|with) )|\bput me down for\b|"
    r"\bbook (?:me|us|her|him|them) (?:in|on|onto|into|a (?:place|seat|spot))\b|"
    r"\b(?:want|like|ready|going) to (?:enrol+|register|sign up)\b|"
    r"\bhow (?:do|can|could) (?:i|we|she|he) (?:enrol+|register|sign up|join|"
    r"apply(?! for (?:a |the )?(?:jobs?|positions?|roles?|work)))\b|"
    r"\bwhere (?:do|can) (?:i|we) (?:enrol+|register|sign up)\b|"
    r"\bmeld(?:e|en|et)? (?:mich|uns|sie|ihn)\b(?:\s+\w+){0,3}?\s+an\b|"
    r"\b(?:mich|uns|sie|ihn) (?:[\w-]+ ){0,5}(?:anmelden|einschreiben|eintragen)\b|"
    r"\btrag(?:e|en|t)? (?:mich|uns|sie|ihn) (?:\w+ ){0,3}ein\b|\b(?:mich|uns) einschreiben\b|"
    r"\bschreib(?:e|en|t)? (?:mich|uns|sie|ihn) (?:\w+ ){0,3}ein\b|\bwie melde ich mich\b|"
    r"\b(?:inscr[ií]be(?:me|nos|la|lo)|ap[uú]nta(?:me|nos|la|lo)|matric[uú]la(?:me|nos|la|lo)|"
    r"reg[ií]stra(?:me|nos|la|lo))\b|"
    r"\b(?:inscribirme|apuntarme|matricularme|registrarme|inscribirla|inscribirlo|apuntarla|apuntarlo)\b|"
    r"\bme (?:inscribo|apunto|matriculo|inscribes|apuntas|matriculas|registras)\b|"
    r"\bme (?:\w+ ){1,2}(?:inscribir|apuntar|matricular|registrar)\b|"
    r"\binscri(?:s|vez|re)[- ](?:moi|nous|la|le)\b|\bm[’']inscrire\b|\bl[’']inscrire\b|\bje m[’']inscris\b|"
    r"\bilmo(?:i)?t\w* (?:minut|mut|meidät|hänet|sut)\b|\bilmoittau(?:du|tua|dun|dumaan|tuminen\w*)\b|"
    r"\bkirjaa (?:minut|mut|hänet)\b|"
    r"\b(?:đăng k[ýí]|dang ky|ghi danh)\b|"
    r"रजिस्टर कर|दाखिला|नामांकन|एडमिशन|\b(?:enrol+|register|admission|dakhila)\s+(?:kar|kara|dila)\w*|"
    r"ভর্তি (?:করে|করতে|করিয়ে|হতে|হব|হওয়া)|নিবন্ধন|রেজিস্টার কর|"
    r"\b(?:vorti|bhorti|register)\s+(?:kore|koriye|korte)\w*",
    re.IGNORECASE,
)


def asks_enrolment(text: str) -> bool:
    """Whether a message asks to be enrolled, registered or signed up, or how to do it ("ok sign me up",
    "enrol me in the first one", "melde mich da an", "inscríbeme", "inscris-moi", "ilmoita minut", "đăng ký
    cho tôi", "मेरा दाखिला करा दो", "আমাকে ভর্তি করে দিন")."""
    return bool(_ENROL.search(text))


def enrolment_text(meant: Sequence[Credential]) -> str:
    """The reply: enrolment is with the provider, and the catalogue's page of each course meant (cited),
    or, with none meant, which course to give the page of."""
    if not meant:
        return t("enrol_which")
    if len(meant) == 1:
        c = meant[0]
        return t("enrol_one", provider=md.escape_text(c.provider), citation=md.cite(c))
    lines = "\n".join(f"- {md.cite(c)} — {md.escape_text(c.provider)}" for c in meant)
    return t("enrol_many") + "\n" + lines
