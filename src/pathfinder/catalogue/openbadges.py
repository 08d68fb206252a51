"""Open Badges 3.0 credentials and achievements (1EdTech) -> Credential and HeldCredential."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from pathfinder.catalogue import codes, parsers
from pathfinder.catalogue.elm import _date, _many, node, nodes, text
from pathfinder.catalogue.records import build_credential, build_held
from pathfinder.domain import Credential, HeldCredential, Reject, SkillRef

Json = Mapping[str, Any]
_BADGE_TYPES = {"OpenBadgeCredential", "AchievementCredential"}
_KINDS = {"microcredential": "micro-credential", "certificate": "certificate", "course": "course"}


def is_open_badge(doc: Json) -> bool:
    types = {t for t in _many(doc.get("type")) if isinstance(t, str)}
    return bool(types & _BADGE_TYPES) or "Achievement" in types


def _achievement(doc: Json) -> Json:
    if "Achievement" in [t for t in _many(doc.get("type")) if isinstance(t, str)]:
        return doc
    return node(node(doc.get("credentialSubject")).get("achievement"))


def _skills(achievement: Json) -> tuple[SkillRef, ...]:
    """Alignments whose targetUrl is an ESCO skill URI."""
    found: dict[str, SkillRef] = {}
    for a in nodes(achievement.get("alignment")):
        uri = str(a.get("targetUrl", ""))
        if uri.startswith(codes.ESCO_SKILL_PREFIX):
            found.setdefault(uri, SkillRef(uri=uri, label=str(a.get("targetName", ""))))
    return tuple(found.values())


def _eqf(achievement: Json) -> int | None:
    for a in nodes(achievement.get("alignment")):
        level = codes.eqf_level(str(a.get("targetUrl", "")))
        if level:
            return level
    return None


def _issuer(doc: Json, achievement: Json) -> Json:
    for candidate in (doc.get("issuer"), achievement.get("creator")):
        if isinstance(candidate, Mapping) and candidate.get("name"):
            return candidate
    return {}


def badge_fields(doc: Json) -> dict[str, Any]:
    ach = _achievement(doc)
    issuer = _issuer(doc, ach)
    name = text(issuer.get("name"))
    title = text(ach.get("name")) or text(doc.get("name"))
    address = node(issuer.get("address"))
    country = codes.country_code(str(address.get("addressCountryCode", ""))) if address else None
    derived: list[str] = []
    if not country and issuer.get("url"):
        country = codes.country_from_homepage(str(issuer["url"]))
        derived += ["country"] if country else []
    kind = _KINDS.get(str(ach.get("achievementType", "")).lower().replace("-", ""))
    criteria = text(node(ach.get("criteria")).get("narrative"))
    fields: dict[str, Any] = {
        "id": "ob-" + parsers.slug(str(ach.get("humanCode") or f"{name} {title}"))[:120],
        "title": title,
        "kind": kind,
        "provider": name,
        "country": country,
        "description": text(ach.get("description")) or text(doc.get("description")),
        "learning_outcomes": [
            text(a["targetName"]) for a in nodes(ach.get("alignment")) if text(a.get("targetName"))
        ],
        "skills": _skills(ach),
        "ects": ach.get("creditsAvailable"),
        "eqf_level": _eqf(ach),
        "languages": [c for c in (codes.language_code(str(x)) for x in _many(ach.get("inLanguage"))) if c],
        "assessment": criteria or None,
        "subject": text(ach.get("fieldOfStudy")) or None,
        "url": ach.get("id") if str(ach.get("id", "")).startswith("http") else None,
        "valid_from": _date(doc.get("validFrom")),
        "valid_until": _date(doc.get("validUntil")),
        "derived": derived,
    }
    return {k: v for k, v in fields.items() if v not in (None, "", [], ())}


def badge_credentials(doc: Json, file: str) -> list[Credential | Reject]:
    try:
        fields = badge_fields(doc)
    except ValueError as e:
        return [Reject(file=file, row=1, field=None, reason=f"unreadable Open Badge: {e}", record=None)]
    return [build_credential(fields, file, 1, {"id": doc.get("id"), "name": doc.get("name")})]


def badge_held(doc: Json) -> HeldCredential:
    fields = badge_fields(doc)
    issued = _date(doc.get("awardedDate")) or _date(doc.get("validFrom")) or _date(doc.get("issuanceDate"))
    return build_held(fields, issued)
