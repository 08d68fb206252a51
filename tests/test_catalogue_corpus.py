"""The bundled corpus (corpus/catalogue/*.json) imports cleanly through the public loader."""

from __future__ import annotations

import json

import pytest

from pathfinder.catalogue import load_catalogue
from pathfinder.settings import BUNDLED_CORPUS

CORPUS = BUNDLED_CORPUS / "catalogue"


def test_bundled_corpus_imports_with_no_rejects():
    if not any(CORPUS.glob("*.json")):
        pytest.skip("corpus/catalogue has no files yet")
    report = load_catalogue([CORPUS])
    assert report.rejects == [], report.rejects[:3]
    records = sum(len(json.loads(p.read_text(encoding="utf-8"))) for p in CORPUS.glob("*.json"))
    assert report.imported == records
