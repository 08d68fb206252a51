"""`llm.translated_errors`: a reply the client libraries cannot parse becomes BadModelReply; our own bugs
don't."""

from __future__ import annotations

import json

import pytest

from pathfinder.assistant.llm.models import translated_errors
from pathfinder.errors import BadModelReply


def test_a_parse_error_raised_in_a_client_library_is_a_bad_model_reply():
    with pytest.raises(BadModelReply, match="malformed reply \\(JSONDecodeError\\)"), translated_errors():
        json.loads("{not json")


def test_a_type_error_in_our_own_code_keeps_its_type_and_traceback():
    def our_bug(reply: dict) -> str:
        return reply["choices"] + 1  # a genuine bug: dict + int

    with pytest.raises(TypeError) as info, translated_errors():
        our_bug({"choices": {}})
    assert info.traceback[-1].name == "our_bug"
