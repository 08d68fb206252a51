"""Budgets in the currencies of learners outside the euro, dollar, rupee, taka and đồng areas (issue 12,
"numbers and currencies per locale"; the lead, session 13): pesos, dirhams, ringgit, yuan, lira... were read
as euros ("5000 dirhams" saved as EUR 5,000, about ten times the learner's money) or not at all. A family
word (pesos, dirhams, rupees, dollars) takes its country from a country word next to it or a place named in
the message; bare pesos are Mexican and bare dirhams Moroccan, and the change line shows the code so the
learner can correct it."""

from __future__ import annotations

from datetime import date

import pytest

from pathfinder.assistant.nlu.slots import extract
from pathfinder.domain.credentials import to_eur

TODAY = date(2027, 3, 1)


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("tengo como 800 mil pesos y unas 10 horitas a la semana", 800_000, "MXN"),
        ("tengo 800 mil pesos colombianos", 800_000, "COP"),
        ("soy de Medellín y tengo 800 mil pesos para cursos", 800_000, "COP"),
        ("puedo gastar 300000 pesos argentinos", 300_000, "ARS"),
        ("vivo en Santiago de Chile, tengo 400 mil pesos", 400_000, "CLP"),
        ("budget 5000 dirhams et 10h par semaine", 5_000, "MAD"),
        ("I work in Dubai, my budget is 3000 dirhams", 3_000, "AED"),
        ("I can spend 2000 ringgit", 2_000, "MYR"),
        ("my budget is 20000 Pakistani rupees", 20_000, "PKR"),
        ("我 budget 3000 yuan", 3_000, "CNY"),
        ("bütçem 10000 lira", 10_000, "TRY"),
        ("max 900 Canadian dollars", 900, "CAD"),  # the dollar countries still hold
        ("around 500 dollars", 500, "USD"),
    ],
)
def test_budget_currency(text, amount, currency):
    s = extract(text, TODAY)
    assert (s.amount, s.currency) == (float(amount), currency)
    assert to_eur(s.amount, s.currency) is not None  # every currency read has a reference rate


def test_words_that_are_also_currency_codes_stay_words():
    # "mad", "try", "php", "won" are English words (and PHP a language): never read as a currency
    for text in ("I was mad about 500 things", "I won 300 games", "try 20 PHP exercises"):
        assert extract(text, TODAY).currency in (None, "EUR")
