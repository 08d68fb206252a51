"""Vietnamese typed without diacritics is classified with its marks given back (session 11, vi/hi/bn round):
"len lo trinh" (make me a roadmap) was read as a question about a course. Phrasings written for this test,
not taken from the dialogue set or the training lines."""

from datetime import date

import pytest

from pathfinder.assistant.nlu import vi_marks
from pathfinder.assistant.nlu.understand import understand


def test_marks_come_back_by_word_pairs_and_words() -> None:
    assert vi_marks.restore("xay lo trinh giup minh voi").startswith("xay lộ trình giúp mình")
    assert vi_marks.restore("tôi đã có lộ trình") == "tôi đã có lộ trình"  # typed with marks: as it is


def test_a_bare_spelling_used_as_such_stays() -> None:
    assert vi_marks.restore("an toan thong tin").split()[0] == "an"


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("ve lo trinh hoc cho minh voi", "plan"),
        ("khoa nao mien phi vay", "search"),
    ],
)
def test_unaccented_vietnamese_is_read_as_with_its_marks(text: str, intent: str) -> None:
    assert understand(text, date(2026, 12, 4)).predicted == intent
