"""Making online courses is e-learning in Hindi, Bengali and Vietnamese, in script and in Latin letters
(session 11, vi/hi/bn round). Phrasings written for this test, not taken from the dialogue set."""

import pytest

from pathfinder.assistant.nlu import glossary


@pytest.mark.parametrize(
    ("phrase", "lang"),
    [
        ("हमारे कॉलेज के टीचर्स को ऑनलाइन कोर्स बनाने की ट्रेनिंग चाहिए", "hi"),
        ("mujhe online course banana seekhna hai", "hi"),
        ("অনলাইন কোর্স তৈরি করা শিখতে চাই", "bn"),
        ("thầy muốn tự làm khóa học online cho sinh viên", "vi"),
    ],
)
def test_making_online_courses_is_e_learning(phrase: str, lang: str) -> None:
    assert "e-learning" in (glossary.english(phrase, lang, only_terms=True) or "")
