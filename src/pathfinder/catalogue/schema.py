"""The JSON Schema of a catalogue file in our schema, generated from the Credential model.

`python -m pathfinder.catalogue.schema > docs/catalogue.schema.json` regenerates the committed file;
a test fails when the two drift apart.
"""

from __future__ import annotations

import json
from typing import Any

from pathfinder.domain import Credential


def json_schema() -> dict[str, Any]:
    """A catalogue is an array of credentials or {"credentials": [...]}; one JSON-lines line is one
    credential."""
    credential = Credential.model_json_schema(mode="validation")
    defs = credential.pop("$defs", {})
    defs["Credential"] = credential
    array = {"type": "array", "items": {"$ref": "#/$defs/Credential"}}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "pathfinder micro-credential catalogue",
        "description": "See docs/CATALOGUE_FORMAT.md. `source` and `derived` are filled by the importer.",
        "oneOf": [
            array,
            {"type": "object", "properties": {"credentials": array}, "required": ["credentials"]},
            {"$ref": "#/$defs/Credential"},
        ],
        "$defs": defs,
    }


if __name__ == "__main__":
    print(json.dumps(json_schema(), indent=2, ensure_ascii=False))
