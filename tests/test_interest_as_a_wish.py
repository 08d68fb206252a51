"""An interest said as a wish (session 16; the lead's trial 12, tune after its judgement): "me gustaría
arreglar ordenadores y ayudar a la gente con sus problemas" set the goal 'arreglar ordenadores', mapped to
data-analysis skills, because only liking words ("me gusta", "j'aime") marked an interest. "Would like" ("me
gustaría", "j'aimerais", "haluaisin", "করতে চাই") points to the same direction; a bare "want" does not. Each
failed on the code before but the guards."""

from __future__ import annotations

import pytest

from pathfinder.assistant.interests import directions_of


@pytest.mark.parametrize(
    "message",
    [
        "me gustaría arreglar ordenadores y ayudar a la gente con sus problemas",
        "j'aimerais réparer des ordinateurs et aider les gens",
        "haluaisin korjata tietokoneita ja auttaa ihmisiä",
        "আমি কম্পিউটার ঠিক করতে আর মানুষকে সাহায্য করতে চাই",
    ],
)
def test_a_wish_to_fix_computers_points_to_it_support(message: str) -> None:
    assert directions_of(message)[:1] == ("IT support",)


@pytest.mark.parametrize(
    "message",
    [
        "I want to learn about computers",
        "quiero aprender análisis de datos",
        "tôi muốn học mạng máy tính, trước đây làm thợ sửa điện thoại",
        "मैं एक आशा कार्यकर्ता की मदद कर रहा हूँ, वह कंप्यूटर चलाना सीखना चाहती है",
        "je voudrais reprendre les bases de l'informatique, j'étais assistante de direction",
    ],
)
def test_a_wish_without_the_activity_and_its_object_is_no_direction(message: str) -> None:
    assert directions_of(message) == ()
