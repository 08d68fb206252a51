"""Level words and the job held, read right: a beginner's level ruled out ("skip the basics", "no beginner
stuff") asks for courses above it, never for beginners' courses only (the lead's trial 7, session 12: a
network administrator of ten years who said "skip the basics" was limited to EQF 4)."""

from __future__ import annotations

import pytest

from pathfinder.assistant.nlu.understand import understand


@pytest.mark.parametrize(
    "message",
    [
        "network admin, 10 yrs Cisco. I want to get into AI for network operations. Skip the basics pls",
        "Don't give me beginner stuff, I want to become a software architect",
        "im not a beginner, show me data engineering courses",
        "मुझे बेसिक नहीं चाहिए, क्लाउड सुरक्षा के कोर्स दिखाइए",
        "bỏ qua cơ bản, em muốn học machine learning",
    ],
)
def test_the_basics_ruled_out_ask_for_courses_above_them(message):
    p = understand(message)
    assert p.eqf_max is None and p.eqf_min == 5, (p.eqf_min, p.eqf_max)


@pytest.mark.parametrize(
    "message",
    [
        "I am a total beginner in programming",
        "courses for beginners please",
        "no experience, im a beginner, what should I learn for data analysis",
        "nothing too hard please",
        "un curso básico de redes",
    ],
)
def test_a_beginners_level_asked_for_stays_at_most_four(message):
    p = understand(message)
    assert p.eqf_max == 4, (p.eqf_min, p.eqf_max)


def test_a_vietnamese_speaker_calling_themself_anh_states_their_job_not_a_goal():
    """ "anh làm quản trị mạng 5 năm, muốn học thêm về cloud security": the job held (a network administrator
    for five years) is neither the goal nor in the goal's terms (lead trial 7, session 12)."""
    p = understand("anh làm quản trị mạng 5 năm, muốn học thêm về cloud security, có khóa nào online không")
    assert p.current_role == "quản trị mạng"
    assert p.goal_english and "network administrator" not in p.goal_english
    assert understand("anh ấy làm kế toán, muốn học dữ liệu").current_role is None  # "anh ấy" is "he"
