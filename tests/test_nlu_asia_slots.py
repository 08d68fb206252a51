"""Slots as learners in Vietnam, India and Bangladesh say them (session 10, vi/hi/bn round): weekend days,
sessions a week, Bengali case endings, day/month dates, lunar festivals, years of experience in Devanagari,
a unit typed without diacritics in a Vietnamese message that has them. Phrasings written for these tests,
not taken from the evaluation dialogues."""

from __future__ import annotations

from datetime import date

import pytest

from pathfinder.assistant.nlu.slots import extract, restore_vietnamese

TODAY = date(2026, 12, 4)


def _slots(text: str, lang: str | None = None):
    return extract(restore_vietnamese(text) if lang == "vi" else text, TODAY, lang)


@pytest.mark.parametrize(
    ("text", "lang", "hours"),
    [
        ("chỉ học được thứ bảy chủ nhật thôi, mỗi ngày khoảng 5 tiếng", "vi", 10),
        ("weekends only, 3 hours a day", "en", 6),
        ("sirf weekend par, har din 2 ghante", "hi", 4),
        ("শুক্রবার শনিবার প্রতিদিন ৪ ঘণ্টা", "bn", 8),
        ("1 tuần em học 4 buổi, mỗi buổi 1 tiếng rưỡi", "vi", 6),
        ("hafte me 4 din, 3 ghante", "hi", 12),
        ("সপ্তাহে ৩ দিন ২ ঘণ্টা করে পড়তে পারবো", "bn", 6),
        ("2 evenings a week, 3 hours each", "en", 6),
        ("I can do 10 hours a week over 3 days", "en", 10),  # the week's hours themselves
        ("mashe 24 ghonta somoy ache", "bn", 5.5),  # Banglish "per month"
    ],
)
def test_weekly_hours_from_weekends_sessions_and_months(text: str, lang: str, hours: float) -> None:
    got = _slots(text, lang).hours_per_week
    assert got is not None and abs(got - hours) <= 0.5, (text, got)


def test_a_rate_of_one_week_is_no_deadline_of_one_week() -> None:
    s = _slots("1 tuần được 2 buổi thôi, mỗi buổi 3 tiếng", "vi")
    assert s.weeks is None and s.deadline is None
    assert s.hours_per_week == 6


@pytest.mark.parametrize(
    ("text", "lang", "amount", "currency"),
    [
        ("৪০ হাজারের বেশি দিতে পারবো না", "bn", 40000, "BDT"),
        ("budget 2 lakher moddhe", "bn", 200000, "BDT"),
        ("học phí khoảng 7 trieu là được", "vi", 7000000, "VND"),
        ("tối đa 900 nghin một khóa", "vi", 900000, "VND"),
    ],
)
def test_amounts_under_case_endings_and_bare_units(
    text: str, lang: str, amount: float, currency: str
) -> None:
    s = _slots(text, lang)
    assert (s.amount, s.currency) == (amount, currency), text


@pytest.mark.parametrize(
    ("text", "lang", "when"),
    [
        ("phải xong trước 2/9 năm sau", "vi", date(2027, 9, 2)),
        ("15/8 tak khatam karna hai", "hi", date(2027, 8, 15)),
        ("bis zum 31.5. fertig", "de", date(2027, 5, 31)),
        ("done by 4/30 please", "en", date(2027, 4, 30)),  # the day cannot be a month: month first
        ("কোরবানির ঈদের আগে শেষ করতে চাই", "bn", date(2027, 5, 16)),
        ("Eid se pehle", "hi", date(2027, 3, 9)),
        ("রোজার আগে কোর্সটা শেষ করবো", "bn", date(2027, 2, 7)),
    ],
)
def test_day_month_dates_and_lunar_festivals(text: str, lang: str, when: date) -> None:
    assert _slots(text, lang).deadline == when, text


@pytest.mark.parametrize(
    "text",
    [
        "mỗi ngày 1.5 tiếng",  # a decimal, not 1 May
        "học 4-5 tiếng mỗi tuần",  # a range, not a date
        "support 24/7 chahiye",
    ],
)
def test_numbers_that_are_no_dates(text: str) -> None:
    assert _slots(text, "vi").deadline is None, text


def test_a_time_frame_after_the_hours_clause_is_read() -> None:
    s = _slots("হপ্তায় ৫ ঘণ্টা, চার মাসের মধ্যে শেষ করতে চাই", "bn")
    assert s.weeks is not None and 16 <= s.weeks <= 18


def test_years_of_experience_in_devanagari_are_no_deadline() -> None:
    s = _slots("मैं 4 साल से दुकान पर काम करता हूँ, मार्च तक कोर्स पूरा करना है", "hi")
    assert s.deadline == date(2027, 3, 31)


@pytest.mark.parametrize(
    ("phrase", "lang", "english"),
    [
        ("ডেটা অ্যানালিটিক্সে ক্যারিয়ার", "bn", "data analysis"),  # a transliteration, with a case ending
        ("ক্লাউডের উপর কোর্স", "bn", "cloud"),
        ("ওয়েব ডেভেলপমেন্টের কাজ", "bn", "web developer"),
        ("डाटा एनालिसिस सीखनी है", "hi", "data analysis"),
    ],
)
def test_domain_terms_under_bengali_endings_and_transliterations(
    phrase: str, lang: str, english: str
) -> None:
    from pathfinder.assistant.nlu import glossary

    assert glossary.english(phrase, lang) == english


@pytest.mark.parametrize(
    ("text", "lang", "amount"),
    [
        ("Tôi là giáo viên, muốn hỏi về khóa an ninh mạng nào phù hợp, ngân sách tầm 8 triệu", "vi", 8000000),
        ("मेरी क्लाइंट का बजट 25 हज़ार है, उसे कौन सा डेटा कोर्स लेना चाहिए?", "hi", 25000),
        ("what would you suggest on cloud? my budget is 700 euros", "en", 700),
    ],
)
def test_an_amount_said_with_the_word_budget_is_the_budget_whatever_the_act(
    text: str, lang: str, amount: float
) -> None:
    from pathfinder.assistant.nlu.understand import understand

    assert understand(text, TODAY, lang).budget == amount


def test_a_bank_is_no_budget() -> None:
    assert not _slots("làm ở ngân hàng 5 năm, lương 12 triệu", "vi").budget_named


@pytest.mark.parametrize(
    ("phrase", "lang", "english"),
    [
        ("অ্যাডমিনিস্ট্রেটরের কাজ", "bn", "administrator"),  # the "a" of "admin" as অ্যা, with a case ending
        ("ডেটা ভিজুয়ালাইজেশনের কোর্স", "bn", "data visualisation"),  # without the ya-phala
        ("डेटा ऐनालिसिस", "hi", "data analysis"),  # ऐ for the "a" of "analysis"
    ],
)
def test_loanwords_spelt_another_way_in_script(phrase: str, lang: str, english: str) -> None:
    from pathfinder.assistant.nlu import glossary

    assert glossary.english(phrase, lang) == english


@pytest.mark.parametrize(
    "text",
    [
        "मुझे दिवाली से पहले Excel का कोई छोटा कोर्स करना है",
        "ami Eid er age ekta choto Python course korte chai",
    ],
)
def test_a_festival_deadline_in_a_clause_about_oneself_stays(text: str) -> None:
    from pathfinder.assistant.nlu.understand import understand

    assert understand(text, TODAY, None).deadline is not None


def test_years_in_a_clause_about_oneself_are_still_no_deadline() -> None:
    from pathfinder.assistant.nlu.understand import understand

    p = understand("Olen ollut 5 vuotta IT-tukihenkilönä, osaan Linuxia", TODAY, "fi")
    assert p.deadline is None and p.weeks is None


@pytest.mark.parametrize(
    "text",
    [
        "please don't show me the German ones",
        "mujhe French wale course mat dikhana",
        "ফরাসি ভাষার কোর্স দেখাবেন না",
        "em không muốn học mấy khóa tiếng Pháp",
        "I can't really study in French",
    ],
)
def test_a_language_denied_a_few_words_away_is_never_wanted(text: str) -> None:
    s = _slots(text)
    assert s.wanted_languages == () and len(s.denied_languages) == 1, (s.wanted_languages, s.denied_languages)


def test_not_minding_a_language_wants_it() -> None:
    s = _slots("I don't mind French courses")
    assert s.wanted_languages == ("fr",) and s.denied_languages == ()


def test_a_no_or_not_further_away_denies_no_language() -> None:
    s = _slots("no, I am not sure yet but English courses would be best")
    assert s.wanted_languages == ("en",) and s.denied_languages == ()
