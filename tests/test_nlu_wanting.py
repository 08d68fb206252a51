"""The one reading of wanting, needing and learning words (`nlu.wanting`) that the understanding, the joint
reading of the act and the profile changes share (session 12, branch twins)."""

from __future__ import annotations

import pytest

from pathfinder.assistant.nlu.wanting import wanting


@pytest.mark.parametrize(
    "clause",
    ["I want to become a data analyst", "ich möchte Python lernen", "quiero ser desarrollador",
     "haluan oppia SQL:ää", "tôi muốn học Python", "मैं डेटा एनालिस्ट बनना चाहता हूँ", "আমি ডেটা শিখতে চাই"],
)  # fmt: skip
def test_a_word_of_wanting_in_each_language_is_a_wish(clause: str) -> None:
    assert wanting(clause).wish and wanting(clause).wants_or_needs


@pytest.mark.parametrize(
    "clause",
    ["I need to learn Excel", "necesito aprender Python", "tarvitsen oppia SQL:ää", "tôi cần học Excel"],
)
def test_a_need_with_a_word_of_learning_needs_to_learn(clause: str) -> None:
    said = wanting(clause)
    assert said.needs_to_learn and said.wants_or_needs and not said.wish


@pytest.mark.parametrize("clause", ["I know Python and SQL", "ich kann Excel", "osaan vähän Exceliä"])
def test_a_statement_of_what_is_held_wants_nothing(clause: str) -> None:
    said = wanting(clause)
    assert not (said.wants_or_needs or said.wants_or_learns or said.needs_to_learn)


def test_a_word_of_learning_alone_is_no_need() -> None:
    said = wanting("HPC और GPU प्रोग्रामिंग सीखना है")
    assert said.wants_or_learns and not said.needs_to_learn and not said.wants_or_needs
