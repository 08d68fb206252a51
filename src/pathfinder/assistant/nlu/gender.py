"""The gender of the one spoken about, when a message says it ("Mein Sohn ist 17", "Ich berate eine Frau",
"ma cliente", "mi clienta", "my daughter", "she"): German, French and Spanish replies then name a client or a
relative in that form (`i18n.speaking_of_client`), never both ("Ihrer Klientin oder Ihres Klienten") when one
was said (session 16, issue #12). Pure; None when nothing says it or both genders are named."""

from __future__ import annotations

import re

_FEMALE = re.compile(
    r"\b(?:she|her|woman|girl|lady|daughter|mother|mum|mom|wife|sister|niece|aunt|grandmother|grandma|"
    r"granddaughter|girlfriend|female|"
    r"klientin|kundin|frau|tochter|mutter|mama|schwester|nichte|tante|oma|großmutter|enkelin|freundin|"
    r"teilnehmerin|mädchen|"
    r"clienta|ella|mujer|chica|señora|hija|madre|mamá|esposa|hermana|sobrina|tía|abuela|nieta|amiga|"
    r"elle|cliente(?= (?:de|qui|âgée)\b)|une cliente|femme|fille|mère|maman|sœur|soeur|nièce|tante|"
    r"grand-mère|petite-fille|amie|dame)\b",
    re.IGNORECASE,
)
_MALE = re.compile(
    r"\b(?:he|him|his|man|boy|guy|gentleman|son|father|dad|husband|brother|nephew|uncle|grandfather|grandpa|"
    r"grandson|boyfriend|male|"
    r"klient|einen klienten|einem klienten|kunde|mann|herr|sohn|vater|papa|bruder|neffe|onkel|opa|"
    r"großvater|enkel|teilnehmer|junge|"
    r"él|hombre|chico|señor|hijo|padre|papá|esposo|marido|hermano|sobrino|tío|abuelo|nieto|amigo|"
    r"un client|homme|garçon|fils|père|mari|frère|neveu|oncle|grand-père|petit-fils|ami|monsieur)\b",
    re.IGNORECASE,
)


def gender_said(text: str) -> str | None:
    """'f' or 'm' when the message names the one spoken about in one gender, else None."""
    female, male = bool(_FEMALE.search(text)), bool(_MALE.search(text))
    if female == male:
        return None
    return "f" if female else "m"
