"""Held-out forms and short requests of Vietnamese, Hindi, Bengali and romanised Hinglish/Banglish
(session 13, branch asia13), written before the session's changes and not in the tune split: subjects of
every catalogue area, job titles (English ones inside), hours per day and month, budgets in lakh/triệu/k,
festivals and months as deadlines, languages spoken and wanted, levels, references to a shown list. Each
form gives one reading of `understand`. Each language's list is cut in two halves: the DEV half (first) may
be looked at when fixing; the HELD half (second) only counted, never fixed from. Forms missed at the start
commit (d385e90) and still missed are xfail with that reason; figures in docs/BENCHMARKS.md (asia13)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from pathfinder.assistant.intents import Parsed
from pathfinder.assistant.nlu.understand import understand

TODAY = date(2026, 12, 4)

# (language, message, earlier language of the conversation, reading, expected)
# hours per month are a week's share of 4.33 weeks, to the half hour (the existing rule: 20 a month -> 4.5)
# readings: an attribute of Parsed, or "goal~"/"role~" (one of the English words inside the goal/role read),
# "amount" (a budget or a price cap), "deadline_month" ((year, month) of the deadline)
VI: list[tuple[str, str, str | None, str, object]] = [
    ("vi", "mình muốn học về điện toán đám mây", "vi", "goal~", ("cloud",)),
    ("vi", "em muốn tìm hiểu học máy", "vi", "goal~", ("machine learning",)),
    ("vi", "tôi muốn học lập trình java", "vi", "goal~", ("java",)),
    ("vi", "cho mình khóa về bảo vệ dữ liệu cá nhân", "vi", "goal~", ("data protection", "gdpr", "privacy")),
    ("vi", "muốn học tính toán hiệu năng cao", "vi", "goal~", ("performance computing", "hpc")),
    ("vi", "em muốn học quản trị mạng máy tính", "vi", "goal~", ("network",)),
    ("vi", "mình cần học thiết kế bài giảng trực tuyến", "vi", "goal~", ("e-learning", "online", "instruct")),
    ("vi", "tôi làm y tá, muốn chuyển sang làm data analyst", "vi", "goal~", ("data analyst",)),
    ("vi", "tôi làm y tá, muốn chuyển sang làm data analyst", "vi", "role~", ("nurse",)),
    ("vi", "anh đang là kế toán, muốn thành kỹ sư dữ liệu", "vi", "goal~", ("data engineer",)),
    ("vi", "anh đang là kế toán, muốn thành kỹ sư dữ liệu", "vi", "role~", ("accountant", "accounting")),
    ("vi", "mỗi tháng mình học được khoảng 20 tiếng", "vi", "hours_per_week", 4.5),
    ("vi", "mỗi ngày 2 tiếng thôi", "vi", "hours_per_week", 14.0),
    # held half
    ("vi", "ngân sách khoảng 5 triệu", "vi", "amount", 5_000_000.0),
    ("vi", "tối đa 500 nghìn thôi", "vi", "amount", 500_000.0),
    ("vi", "phải xong trước Tết Nguyên Đán", "vi", "deadline_month", (2027, 1)),
    ("vi", "xong trước tháng 6 nhé", "vi", "deadline", date(2027, 5, 31)),
    ("vi", "mình muốn học khóa bằng tiếng Anh", "vi", "languages", ("en",)),
    ("vi", "mình nói được tiếng Việt và tiếng Anh", "vi", "spoken_languages", ("vi", "en")),
    ("vi", "cho mình khóa cơ bản thôi, mới bắt đầu", "vi", "eqf_max", 4),
    ("vi", "cái thứ hai", "vi", "ordinals", (2,)),
    ("vi", "khóa đầu tiên nghe ổn đó", "vi", "ordinals", (1,)),
    ("vi", "học trực tuyến được không, mình ở xa", "vi", "participation", ("online",)),
    ("vi", "muốn học an toàn thông tin", "vi", "goal~", ("security", "cyber")),
    ("vi", "trong vòng 6 tháng", "vi", "weeks", 26),
    ("vi", "tôi muốn học kỹ năng số cơ bản", "vi", "goal~", ("digital",)),
]
HI: list[tuple[str, str, str | None, str, object]] = [
    ("hi", "मुझे क्लाउड कंप्यूटिंग सीखनी है", "hi", "goal~", ("cloud",)),
    ("hi", "मैं मशीन लर्निंग सीखना चाहता हूँ", "hi", "goal~", ("machine learning",)),
    ("hi", "डेटा विश्लेषण का कोर्स चाहिए", "hi", "goal~", ("data analy",)),
    ("hi", "मुझे नेटवर्किंग सीखनी है", "hi", "goal~", ("network",)),
    ("hi", "साइबर सुरक्षा में करियर बनाना है", "hi", "goal~", ("cyber", "security")),
    ("hi", "पायथन प्रोग्रामिंग सीखनी है", "hi", "goal~", ("python",)),
    ("hi", "मैं शिक्षक हूँ, ऑनलाइन पढ़ाना सीखना है", "hi", "role~", ("teacher",)),
    ("hi", "मैं अकाउंटेंट हूँ और डेटा एनालिस्ट बनना चाहता हूँ", "hi", "goal~", ("data analyst",)),
    ("hi", "मैं अकाउंटेंट हूँ और डेटा एनालिस्ट बनना चाहता हूँ", "hi", "role~", ("accountant",)),
    ("hi", "मैं नर्स हूं, cybersecurity analyst बनना चाहती हूं", "hi", "goal~", ("cyber", "security")),
    ("hi", "मैं नर्स हूं, cybersecurity analyst बनना चाहती हूं", "hi", "role~", ("nurse",)),
    ("hi", "रोज़ एक घंटा पढ़ सकता हूँ", "hi", "hours_per_week", 7.0),
    ("hi", "महीने में 20 घंटे", "hi", "hours_per_week", 4.5),
    # held half
    ("hi", "बजट 2 लाख रुपये तक", "hi", "amount", 200_000.0),
    ("hi", "पचास हज़ार से कम", "hi", "amount", 50_000.0),
    ("hi", "दिवाली से पहले खत्म करना है", "hi", "deadline", date(2027, 10, 24)),
    ("hi", "ईद तक पूरा करना है", "hi", "deadline", date(2027, 3, 10)),
    ("hi", "जून तक खत्म करना है", "hi", "deadline", date(2027, 6, 30)),
    ("hi", "छह महीने में पूरा करना है", "hi", "weeks", 26),
    ("hi", "कोर्स अंग्रेज़ी में चाहिए", "hi", "languages", ("en",)),
    ("hi", "मैं हिंदी और अंग्रेज़ी बोलता हूँ", "hi", "spoken_languages", ("hi", "en")),
    ("hi", "मैं बिल्कुल शुरुआती हूँ", "hi", "eqf_max", 4),
    ("hi", "दूसरा वाला दिखाओ", "hi", "ordinals", (2,)),
    ("hi", "पहला कोर्स ठीक है", "hi", "ordinals", (1,)),
    ("hi", "ऑनलाइन ही चाहिए", "hi", "participation", ("online",)),
    ("hi", "डेटा इंजीनियरिंग सीखनी है", "hi", "goal~", ("data engineer",)),
    ("hi", "हाई परफॉर्मेंस कंप्यूटिंग सीखना है", "hi", "goal~", ("performance computing", "hpc")),
]
BN: list[tuple[str, str, str | None, str, object]] = [
    ("bn", "আমি ক্লাউড কম্পিউটিং শিখতে চাই", "bn", "goal~", ("cloud",)),
    ("bn", "মেশিন লার্নিং শিখতে চাই", "bn", "goal~", ("machine learning",)),
    ("bn", "ডেটা অ্যানালাইসিস শিখতে চাই", "bn", "goal~", ("data analy",)),
    ("bn", "নেটওয়ার্কিং শিখতে চাই", "bn", "goal~", ("network",)),
    ("bn", "সাইবার নিরাপত্তা নিয়ে পড়তে চাই", "bn", "goal~", ("cyber", "security")),
    ("bn", "পাইথন শিখতে চাই", "bn", "goal~", ("python",)),
    ("bn", "আমি একজন শিক্ষক, অনলাইনে পড়ানো শিখতে চাই", "bn", "role~", ("teacher",)),
    ("bn", "আমি হিসাবরক্ষক, ডেটা অ্যানালিস্ট হতে চাই", "bn", "goal~", ("data analyst",)),
    ("bn", "আমি হিসাবরক্ষক, ডেটা অ্যানালিস্ট হতে চাই", "bn", "role~", ("accountant", "bookkeeper")),
    ("bn", "আমি নার্স, সফটওয়্যার ডেভেলপার হতে চাই", "bn", "goal~", ("software developer",)),
    ("bn", "আমি নার্স, সফটওয়্যার ডেভেলপার হতে চাই", "bn", "role~", ("nurse",)),
    ("bn", "প্রতিদিন এক ঘণ্টা পড়তে পারি", "bn", "hours_per_week", 7.0),
    ("bn", "মাসে ২০ ঘণ্টা সময় আছে", "bn", "hours_per_week", 4.5),
    # held half
    ("bn", "বাজেট ৫০ হাজার টাকা", "bn", "amount", 50_000.0),
    ("bn", "দুই লাখ টাকার মধ্যে", "bn", "amount", 200_000.0),
    ("bn", "পূজার আগে শেষ করতে চাই", "bn", "deadline", date(2027, 10, 9)),
    ("bn", "পহেলা বৈশাখের আগে শেষ করতে চাই", "bn", "deadline", date(2027, 4, 13)),
    ("bn", "ঈদের আগে শেষ করতে হবে", "bn", "deadline", date(2027, 3, 9)),
    ("bn", "ছয় মাসের মধ্যে শেষ করতে চাই", "bn", "weeks", 26),
    ("bn", "ইংরেজিতে কোর্স চাই", "bn", "languages", ("en",)),
    ("bn", "আমি বাংলা আর ইংরেজি বলতে পারি", "bn", "spoken_languages", ("bn", "en")),
    ("bn", "আমি একদম নতুন, বেসিক থেকে শুরু করতে চাই", "bn", "eqf_max", 4),
    ("bn", "প্রথমটা ভালো লাগছে", "bn", "ordinals", (1,)),
    ("bn", "দ্বিতীয়টা দেখাও", "bn", "ordinals", (2,)),
    ("bn", "অনলাইনে করতে চাই", "bn", "participation", ("online",)),
    ("bn", "ডেটা ইঞ্জিনিয়ার হতে চাই", "bn", "goal~", ("data engineer",)),
    ("bn", "জুনের মধ্যে শেষ করতে চাই", "bn", "deadline", date(2027, 6, 30)),
]
ROMANISED: list[tuple[str, str, str | None, str, object]] = [
    ("hi-Latn", "mujhe cloud computing seekhni hai", "hi", "goal~", ("cloud",)),
    ("hi-Latn", "main accountant hoon, data analyst banna chahta hoon", "hi", "goal~", ("data analyst",)),
    ("hi-Latn", "roz 1 ghanta de sakta hoon", "hi", "hours_per_week", 7.0),
    ("hi-Latn", "mahine me 20 ghante", "hi", "hours_per_week", 4.5),
    ("bn-Latn", "ami cloud computing shikhte chai", "bn", "goal~", ("cloud",)),
    ("bn-Latn", "ami nurse, data analyst hote chai", "bn", "goal~", ("data analyst",)),
    ("bn-Latn", "protidin ek ghonta porte parbo", "bn", "hours_per_week", 7.0),
    # held half
    ("hi-Latn", "Diwali se pehle khatam karna hai", "hi", "deadline", date(2027, 10, 24)),
    ("hi-Latn", "dusra wala achha hai", "hi", "ordinals", (2,)),
    ("hi-Latn", "course english mein chahiye", "hi", "languages", ("en",)),
    ("hi-Latn", "sirf online wala course chahiye", "hi", "participation", ("online",)),
    ("bn-Latn", "Eid er age shesh korte chai", "bn", "deadline", date(2027, 3, 9)),
    ("bn-Latn", "ditiyo ta dekhao", "bn", "ordinals", (2,)),
    ("bn-Latn", "budget 2 lakh takar moddhe", "bn", "amount", 200_000.0),
    ("bn-Latn", "Pohela Boishakh er age shesh korte hobe", "bn", "deadline", date(2027, 4, 13)),
]
FORMS = VI + HI + BN + ROMANISED


def reading(p: Parsed, field: str) -> object:
    if field == "goal~":
        return " ".join(x for x in (p.goal_english, p.goal_text, p.topic) if x).casefold()
    if field == "role~":
        return " ".join(x for x in (p.role_english, p.current_role) if x).casefold()
    if field == "amount":
        return p.budget if p.budget is not None else (p.price_ceiling[0] if p.price_ceiling else None)
    if field == "deadline_month":
        return (p.deadline.year, p.deadline.month) if p.deadline else None
    return getattr(p, field)


def passes(message: str, earlier: str | None, field: str, expected: object) -> bool:
    got = reading(understand(message, TODAY, earlier), field)
    if field in ("goal~", "role~"):
        return any(word in str(got) for word in expected)  # type: ignore[attr-defined]
    return got == expected


# missed at the start commit d385e90 and still missed: (message, reading); "tôi muốn học lập trình java"
# is read since session 15 (t10roles)
MISSED: dict[tuple[str, str], str] = {
    ("मैं बिल्कुल शुरुआती हूँ", "eqf_max"): "held half: missed at d385e90, not looked into",
}


def _case(form: tuple[str, str, str | None, str, object]):  # type: ignore[no-untyped-def]
    lang, message, earlier, field, expected = form
    marks = []
    if (message, field) in MISSED:
        marks.append(pytest.mark.xfail(reason=MISSED[(message, field)], strict=True))
    return pytest.param(message, earlier, field, expected, id=f"{lang}:{field}:{message[:30]}", marks=marks)


@pytest.mark.parametrize(("message", "earlier", "field", "expected"), [_case(f) for f in FORMS])
def test_held_out_form_reads_as_written(
    message: str, earlier: str | None, field: str, expected: object
) -> None:  # noqa: E501
    assert passes(message, earlier, field, expected)


def test_held_out_forms_are_not_in_the_tune_split() -> None:
    root = Path(__file__).resolve().parents[1] / "evals" / "dialogues" / "dialogues.jsonl"
    tune = {
        t.casefold()
        for line in root.read_text(encoding="utf-8").splitlines()
        if (d := json.loads(line)).get("split") == "tune"
        for t in d["turns"]
    }
    assert not [m for _, m, *_ in FORMS if m.casefold() in tune]
