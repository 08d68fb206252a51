"""An age said of someone is no job (session 11, vi/hi/bn round): "Bố tôi năm nay 60 tuổi, …" saved "bố tuổi"
as the job held, "मेरी माँ 58 साल की हैं" saved "माँ". Phrasings written for this test, not taken from the
dialogue set."""

from datetime import date

import pytest

from pathfinder.assistant.nlu.understand import understand


@pytest.mark.parametrize(
    "text",
    [
        "Mẹ em năm nay 52 tuổi, muốn học cách dùng điện thoại thông minh",
        "मेरे पापा 63 साल के हैं, उन्हें ईमेल भेजना सीखना है",
        "আমার মা ৫৫ বছর বয়সী, কম্পিউটার শিখতে চান",
    ],
)
def test_an_age_is_no_job(text: str) -> None:
    p = understand(text, date(2026, 12, 4))
    assert p.clause_role is None and p.current_role is None


def test_a_job_said_with_an_age_stays_the_job() -> None:
    p = understand("my client is 45 years old and works as a cashier", date(2026, 12, 4))
    assert "cashier" in (p.clause_role or p.current_role or "")
