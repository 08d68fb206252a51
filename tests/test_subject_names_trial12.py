"""Subjects the lead's trial 12 found missed (session 16; tune after its judgement): "ETL wala course kitne
ka hai?" was answered "etl is not in the catalogue" though Building Reliable Data Pipelines teaches it (its
text says ELT), and "resultados de aprendizaje" searched statistics with R. ETL/ELT are data pipelines;
learning outcomes are named in the eight languages. Each failed on the code before."""

from __future__ import annotations

import pytest

from pathfinder.assistant.nlu.glossary import english


@pytest.mark.parametrize(
    "message, lang",
    [
        ("ETL wala course kitne ka hai?", "en"),
        ("any ELT courses?", "en"),
    ],
)
def test_etl_is_data_pipelines(message: str, lang: str) -> None:
    assert "data pipelines" in (english(message, lang) or "")


@pytest.mark.parametrize(
    "message, lang",
    [
        ("¿hay algo sobre resultados de aprendizaje?", "es"),
        ("Kurse zu Lernergebnissen?", "de"),
        ("des formations sur les acquis d'apprentissage ?", "fr"),
        ("onko kursseja oppimistuloksista?", "fi"),
        ("có khóa nào về chuẩn đầu ra không?", "vi"),
        ("सीखने के परिणाम लिखने पर कोई कोर्स?", "hi"),
        ("শিখন ফল লেখার কোর্স আছে?", "bn"),
    ],
)
def test_learning_outcomes_are_named_in_every_language(message: str, lang: str) -> None:
    assert "learning outcomes" in (english(message, lang) or "")
