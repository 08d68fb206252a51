"""Classes of Vietnamese, Hindi, Bengali and English forms read as one (session 12, branch asia): the whole
family of a form, not one phrasing. Each example differs from the held-out list (test_nlu_heldout_asia)."""

from __future__ import annotations

from datetime import date

import pytest

from pathfinder.assistant.nlu.understand import understand

TODAY = date(2026, 12, 4)


@pytest.mark.parametrize(
    ("word", "same"),
    [("ghantey", "ghante"), ("saptahe", "shoptahe"), ("hazar", "hajaar"), ("mahina", "maheena")],
)
def test_one_fold_for_the_ways_a_romanised_word_is_typed(word: str, same: str) -> None:
    from pathfinder.assistant.nlu import romanised

    assert romanised.fold(word) == romanised.fold(same)


@pytest.mark.parametrize(
    ("message", "lang", "hours"),
    [
        ("haftey me 9 ghantey de sakta hun", "hi", 9.0),  # romanised spellings of week and hours
        ("saptahe 4 ghonte porbo", "bn", 4.0),
        ("half an hour every day", "en", 3.5),  # half an hour, in every language
        ("आधा घंटा रोज़", "hi", 3.5),
        ("nửa tiếng mỗi ngày", "vi", 3.5),
    ],
)
def test_hours_in_their_romanised_and_spelled_forms(message: str, lang: str, hours: float) -> None:
    assert understand(message, TODAY, lang).hours_per_week == hours


@pytest.mark.parametrize(
    ("message", "lang", "amount", "currency"),
    [
        ("मेरे पास तीस हज़ार रुपये हैं", "hi", 30_000.0, "INR"),  # number words before a multiplier
        ("চল্লিশ হাজার টাকা পর্যন্ত", "bn", 40_000.0, "BDT"),
        ("pachas hazaar tak", "hi", 50_000.0, "INR"),
        ("3 lacs tak", "hi", 300_000.0, "INR"),  # the Indian spelling of lakh
        ("2 lakh takay hobe", "en", 200_000.0, "BDT"),  # a currency under a case ending
        ("tối đa 2tr5 thôi", "vi", 2_500_000.0, "VND"),  # millions with the next digits glued on
        ("hoc phi tam 4 cu", "vi", 4_000_000.0, "VND"),
        ("about 200 quid", "en", 200.0, "GBP"),
        ("no more than 900 bucks", "en", 900.0, "USD"),
    ],
)
def test_amounts_in_words_slang_and_shorthand(message: str, lang: str, amount: float, currency: str) -> None:
    p = understand(message, TODAY, lang)
    stated = (p.budget, p.currency) if p.budget is not None else p.price_ceiling  # a budget or a price cap
    assert stated == (amount, currency)


@pytest.mark.parametrize(
    ("token", "base"),
    [("অক্টোবরের", "অক্টোবর"), ("মার্চে", "মার্চ"), ("শীতের", "শীত"), ("ফেব্রুয়ারীর", "ফেব্রুয়ারী"), ("mare", "mare")],
)
def test_a_month_or_season_under_a_case_ending(token: str, base: str) -> None:
    from pathfinder.assistant.nlu.slots import calendar_word

    assert calendar_word(token) == base


@pytest.mark.parametrize(
    ("message", "lang", "deadline"),
    [
        ("অক্টোবরের মধ্যে শেষ করতে চাই", "bn", date(2027, 10, 31)),
        ("গরমের আগে", "bn", date(2027, 5, 31)),
        ("sardiyon se pehle", "hi", date(2027, 11, 30)),
        ("tháng mười hai năm sau", "vi", date(2027, 12, 31)),  # December in two words, next year
        ("agle saal december tak", "hi", date(2027, 12, 31)),
        ("trc tet nha", "vi", date(2027, 1, 31)),  # teen-code "trc": before
    ],
)
def test_deadlines_of_months_and_seasons(message: str, lang: str, deadline: date) -> None:
    assert understand(message, TODAY, lang).deadline == deadline


def test_a_week_word_followed_by_fillers_is_a_rate_not_a_deadline() -> None:
    p = understand("1 tuan hc dc tam 6 tieng", TODAY, "vi")
    assert (p.hours_per_week, p.deadline) == (6.0, None)


def test_a_study_format_denied_in_teen_code() -> None:
    assert understand("ko hoc truc tiep dc dau, online thoi", TODAY, "vi").participation == ("online",)


@pytest.mark.parametrize(
    "message",
    [
        "she's a nurse and wants to learn data analysis",
        "they're looking at cloud jobs",
        "usko python seekhna hai",
    ],
)
def test_contracted_and_everyday_third_person_pronouns(message: str) -> None:
    assert understand(message, TODAY).third_person


@pytest.mark.parametrize(
    ("message", "acts"),
    [
        ("ad oi mk mun hoc data ma ko bik hoc gi", {"set_goal", "explore", "plan"}),
        ("co khoa nao re hon ko", {"refine"}),
        ("ko can chung chi, hoc online dc la dc", {"set_constraints", "refine"}),
    ],
)
def test_the_classifier_reads_vietnamese_chat_shorthand_written_out(message: str, acts: set[str]) -> None:
    assert understand(message, TODAY, "vi").predicted in acts


@pytest.mark.parametrize(
    ("message", "code"),
    [
        ("muje data analyst banna h", "hi"),  # vowels dropped, as typed in a hurry
        ("mujhey web developer bnna hai", "hi"),  # another spelling of a cue: its fold
        ("amr data science shikhte ichchha", "bn"),
        ("amk ekta plan dao", "bn"),
    ],
)
def test_hinglish_and_banglish_in_their_everyday_spellings(message: str, code: str) -> None:
    from pathfinder.assistant.nlu.language import romanised as romanised_language

    assert romanised_language(message) == code


@pytest.mark.parametrize(
    ("message", "lang", "hours"),
    [
        ("6 hours on sundays", "en", 6.0),  # each named day's time
        ("3 hours on mondays and wednesdays", "en", 6.0),
        ("chủ nhật học được 5 tiếng", "vi", 5.0),
        ("ravivar ko 4 ghante", "hi", 4.0),
        ("শুক্রবার ৩ ঘণ্টা পড়তে পারি", "bn", 3.0),
    ],
)
def test_a_time_given_with_weekdays_named_one_by_one(message: str, lang: str, hours: float) -> None:
    assert understand(message, TODAY, lang).hours_per_week == hours


@pytest.mark.parametrize(
    ("message", "amount"),
    [
        ("is there something cheaper, the job centre covers 700", 700.0),  # paid by someone else
        ("her employer will pay up to 1200", 1200.0),
        ("my company reimburses 900 euros", 900.0),
        ("I got a training voucher worth 500", 500.0),
    ],
)
def test_an_amount_someone_else_pays_is_the_budget(message: str, amount: float) -> None:
    assert understand(message, TODAY, "en").budget == amount


@pytest.mark.parametrize(
    ("message", "lang", "weeks"),
    [
        ("चार महीनों में पूरा करना है", "hi", 17),  # the Hindi oblique plural of a time unit
        ("तीन हफ्तों के अंदर", "hi", 3),
        ("পাঁচ সপ্তাহের ভিতরে", "bn", 5),
        ("তিন সপ্তাহের মধ্যে শেষ করতে চাই", "bn", 3),  # the Bengali genitive
        ("6 माह में", "hi", 26),
    ],
)
def test_time_frames_with_case_forms_of_their_units(message: str, lang: str, weeks: int) -> None:
    assert understand(message, TODAY, lang).weeks == weeks


def test_hours_in_the_bengali_genitive() -> None:
    assert understand("সপ্তাহে ৭ ঘণ্টার বেশি সময় নেই", TODAY, "bn").hours_per_week == 7.0
