"""Europass / European Learning Model (ELM 3) credentials and the flat micro-credential input fields -> our
types."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from pathfinder.catalogue import codes, parsers
from pathfinder.catalogue.records import build_credential, build_held
from pathfinder.domain import Credential, HeldCredential, Reject, SkillRef

Json = Mapping[str, Any]


def _first(value: Any) -> Any:
    """ELM allows one or many of most things; the first when many."""
    return value[0] if isinstance(value, list) and value else value


def _many(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value] if value else []


def node(value: Any) -> Json:
    """The (first) object at this place of the document, or {} when the document has something else there
    (a string, a number, null): a node of the wrong type is treated as absent, never crashes the reader."""
    value = _first(value)
    return value if isinstance(value, Mapping) else {}


def nodes(value: Any) -> list[Json]:
    """The objects in a one-or-many place of the document; other values there are skipped."""
    return [v for v in _many(value) if isinstance(v, Mapping)]


def text(value: Any, prefer: str = "en", _depth: int = 0) -> str:
    """A language map ({"en": "...", "de": "..."}) or plain string as one string, English preferred."""
    if isinstance(value, str):
        return value.strip()
    if _depth > 4:  # a language map holds strings; anything nested deeper is not text
        return ""
    if isinstance(value, Mapping) and value:
        chosen = value.get(prefer) or next(iter(value.values()))
        return text(_first(chosen), prefer, _depth + 1)
    if isinstance(value, list) and value:
        return text(value[0], prefer, _depth + 1)
    return ""


def _label(concept: Any) -> str:
    return text(concept.get("prefLabel")) if isinstance(concept, Mapping) else ""


def _id(node: Any) -> str:
    return str(node.get("id", "")) if isinstance(node, Mapping) else ""


def _date(value: Any) -> Any:
    return parsers.as_date(value) if isinstance(value, str) and value else None


# ------------------------------------------------------------------------------------------------ ELM


def is_elm(doc: Json) -> bool:
    types = [t for t in _many(doc.get("type")) if isinstance(t, str)]
    subject = doc.get("credentialSubject")
    return "EuropeanDigitalCredential" in types or (isinstance(subject, Mapping) and "hasClaim" in subject)


def _claims(doc: Json) -> list[Json]:
    return nodes(node(doc.get("credentialSubject")).get("hasClaim"))


def _awarding_body(claim: Json, doc: Json) -> Json:
    return node(node(claim.get("awardedBy")).get("awardingBody")) or node(doc.get("issuer"))


def _org_country(org: Json) -> str | None:
    address = node(node(org.get("location")).get("address"))
    for place in (address.get("countryCode"), node(org.get("registration")).get("spatial")):
        code = codes.country_code(_id(place)) if _id(place) else None
        if code:
            return code
    return None


def _skills(qual: Json) -> tuple[SkillRef, ...]:
    """Skills of the learning outcomes that carry real ESCO skill URIs (local urn:epass ids are not
    usable)."""
    found: dict[str, SkillRef] = {}
    for outcome in nodes(qual.get("learningOutcome")):
        for concept in _many(outcome.get("relatedESCOSkill")) + _many(outcome.get("relatedSkill")):
            uri = _id(concept)
            if uri.startswith(codes.ESCO_SKILL_PREFIX):
                found.setdefault(uri, SkillRef(uri=uri, label=_label(concept)))
    return tuple(found.values())


def _ects(qual: Json) -> str | None:
    for point in nodes(qual.get("creditPoint")):
        framework = _label(point.get("framework")).upper()
        if point.get("point") is not None and (not framework or "ECTS" in framework):
            return str(point["point"])
    return None


def _assessment(claim: Json) -> str | None:
    proof = node(claim.get("provenBy"))
    spec = node(proof.get("specifiedBy"))
    kind = text(spec.get("title")) or _label(spec.get("dcType"))
    title = text(proof.get("title"))
    return f"{title} ({kind})" if title and kind and kind != title else (title or kind or None)


def _mode(claim: Json, qual: Json) -> str | None:
    proof_spec = node(node(claim.get("provenBy")).get("specifiedBy"))
    for place in (qual.get("mode"), proof_spec.get("mode"), qual.get("learningSetting")):
        mode = codes.participation(_label(_first(place)))
        if mode:
            return mode
    return None


def elm_fields(claim: Json, doc: Json) -> dict[str, Any]:
    """Credential fields of one ELM claim (a learning achievement and the qualification that specifies it)."""
    qual = node(claim.get("specifiedBy"))
    body = _awarding_body(claim, doc)
    name = text(body.get("legalName")) or text(body.get("name"))
    title = text(qual.get("title")) or text(claim.get("title"))
    fields: dict[str, Any] = {
        "id": "elm-" + parsers.slug(f"{name} {title}")[:120],
        "title": title,
        "provider": name,
        "awarding_body": name,
        "country": _org_country(body) or _org_country(node(doc.get("issuer"))),
        "description": text(claim.get("description")) or text(qual.get("description")),
        "learning_outcomes": [
            text(o.get("title")) for o in nodes(qual.get("learningOutcome")) if text(o.get("title"))
        ],
        "skills": _skills(qual),
        "ects": _ects(qual),
        "eqf_level": codes.eqf_level(_id(qual.get("eqfLevel"))),
        "languages": [c for c in (codes.language_code(_id(n)) for n in _many(qual.get("language"))) if c],
        "assessment": _assessment(claim),
        "participation": _mode(claim, qual),
        "valid_from": _date(doc.get("validFrom")),
        "valid_until": _date(doc.get("validUntil")),
        "url": node(qual.get("homepage")).get("contentURL"),
    }
    if isinstance(qual.get("volumeOfLearning"), str):
        fields["hours"] = parsers.iso_duration_hours(qual["volumeOfLearning"])
    accreditation = node(qual.get("accreditation"))
    if accreditation:
        fields["quality_assurance"] = text(accreditation.get("title")) or _id(accreditation)
    return {k: v for k, v in fields.items() if v not in (None, "", [], ())}


def elm_credentials(doc: Json, file: str) -> list[Credential | Reject]:
    claims = _claims(doc)
    if not claims:
        return [
            Reject(
                file=file,
                row=1,
                field="credentialSubject.hasClaim",
                reason="the ELM credential has no claim (learning achievement) to import",
                record=None,
            )
        ]
    out: list[Credential | Reject] = []
    for n, claim in enumerate(claims, start=1):
        try:
            fields = elm_fields(claim, doc)
        except ValueError as e:
            out.append(Reject(file=file, row=n, field=None, reason=f"unreadable ELM claim: {e}", record=None))
            continue
        out.append(build_credential(fields, file, n, {"claim": str(claim.get("id", n))}))
    return out


def elm_held(doc: Json) -> HeldCredential:
    claim = _claims(doc)[0]
    fields = elm_fields(claim, doc)
    proof = node(claim.get("provenBy"))
    issued = _date(proof.get("dateIssued")) or _date(doc.get("issued")) or _date(doc.get("issuanceDate"))
    return build_held(fields, issued)


# ----------------------------------------------------------------------------------- input fields

_PERSONAL_KEYS = {"fullName", "nationalId"}  # the learner's data: never copied into a rejects file
_INPUT_FIELD_KEYS = {
    "credentialTitle",
    "achievementTitle",
    "ectsPoints",
    "hoursOfLearning",
    "awardingStatement",
}


def is_input_fields(doc: Json) -> bool:
    return len(_INPUT_FIELD_KEYS & set(doc)) >= 2


def input_fields(doc: Json) -> dict[str, Any]:
    """Credential fields from the flat input-field set. It names no awarding body (the issuing system adds
    it); an `awardingBody` key (string or language map) is read when present."""
    title = text(doc.get("achievementTitle")) or text(doc.get("credentialTitle"))
    body = text(doc.get("awardingBody"))
    kind, exam = text(doc.get("type")), text(doc.get("title"))
    fields: dict[str, Any] = {
        "id": "mc-" + parsers.slug(f"{body} {title}")[:120],
        "title": title,
        "provider": body,
        "description": text(doc.get("achievementDescription")),
        "ects": doc.get("ectsPoints") or None,
        "assessment": f"{exam} ({kind})" if exam and kind else (exam or kind or None),
        "participation": codes.participation(text(doc.get("mode"))),
    }
    if isinstance(doc.get("hoursOfLearning"), str) and doc["hoursOfLearning"]:
        fields["hours"] = parsers.iso_duration_hours(doc["hoursOfLearning"])
    return {k: v for k, v in fields.items() if v not in (None, "", [], ())}


def input_fields_credentials(doc: Json, file: str) -> list[Credential | Reject]:
    record = {k: v for k, v in doc.items() if k not in _PERSONAL_KEYS}
    try:
        fields = input_fields(doc)
    except ValueError as e:
        reason = f"hoursOfLearning: {e}"
        return [Reject(file=file, row=1, field="hoursOfLearning", reason=reason, record=record)]
    if "provider" not in fields:
        return [
            Reject(
                file=file,
                row=1,
                field="provider",
                reason='the micro-credential input fields name no awarding body; add "awardingBody": '
                '{"en": "..."} '
                "to import it as a catalogue entry (it is still readable as a held credential)",
                record=record,
            )
        ]
    return [build_credential(fields, file, 1, record)]


def input_fields_held(doc: Json) -> HeldCredential:
    return build_held(input_fields(doc), _date(doc.get("dateIssued")))
