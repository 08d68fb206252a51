"""Domain types compare by type and field values (the base's fast `__eq__`), and stay hashable."""

from __future__ import annotations

from pathfinder.domain import Credential, SkillRef


def test_equal_fields_equal_models_and_hashes(catalogue):
    a = SkillRef(uri="http://x/1", label="python")
    b = SkillRef.model_validate_json(a.model_dump_json())
    assert a == b and hash(a) == hash(b) and len({a, b}) == 1
    assert a != a.model_copy(update={"confidence": 0.5})
    assert a != "python" and a != None  # noqa: E711 - other types are never equal
    c = catalogue[0]
    again = Credential.model_validate_json(c.model_dump_json())
    assert c == again and hash(c) == hash(again) and c is not again
    assert c != c.model_copy(update={"skills": c.skills + (a,)})  # a nested difference counts


def test_a_subclass_with_the_same_fields_is_not_equal():
    class Other(SkillRef):
        pass

    a = SkillRef(uri="u", label="l")
    assert a != Other(uri="u", label="l")  # pydantic's rule: the same type
