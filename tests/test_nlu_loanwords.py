"""English loanwords in Devanagari and Bengali script read back as English (session 11, vi/hi/bn round):
the glossary lists some spellings, learners write others. Words and phrases written for these tests, not
taken from the dialogue set."""

import pytest

from pathfinder.assistant.nlu import glossary, loanwords


@pytest.mark.parametrize(
    ("word", "english"),
    [
        ("সিকিউরিটি", "security"),
        ("सिक्यूरिटी", "security"),  # another spelling of the same sound
        ("গভর্ন্যান্স", "governance"),
        ("परफ़ॉर्मेंस", "performance"),
        ("ইঞ্জিনিয়ারিং", "engineering"),
        ("टेक्नीशियन", "technician"),
        ("অটোমেশনের", "automation"),  # a Bengali case ending
        ("डेवलपर", "developer"),
    ],
)
def test_a_loanword_in_script_is_the_english_domain_word(word: str, english: str) -> None:
    assert loanwords.english(word, glossary.english_words()) == english


@pytest.mark.parametrize(
    "word",
    # short words share three consonants with an English word ("বৃষ্টি", rain: website; "অফিসের": officer)
    ["শিখতে", "করতে", "নৌকা", "सीखना", "नौकरी", "कर्मचारी", "প্রাথমিক", "security", "ab", "বৃষ্টি", "অফিসের"],
)
def test_ordinary_words_and_latin_words_are_no_loanwords(word: str) -> None:
    assert loanwords.english(word, glossary.english_words()) is None


@pytest.mark.parametrize(
    ("phrase", "lang", "english"),
    [
        ("আমি ক্লাউড সিকিউরিটি নিয়ে কাজ করতে চাই", "bn", "cloud security"),
        # "रिसर्च" is "research", an English domain word since research data has a term (session 13)
        ("मुझे हाई परफ़ॉर्मेंस कंप्यूटिंग में रिसर्च करनी है", "hi", "high performance computing research"),
        ("ডেটা প্রাইভেসির কোর্স", "bn", "data protection"),
        ("नेटवर्क ऑटोमेशन", "hi", "network automation"),  # a glossary term stays the term
    ],
)
def test_loanwords_compose_with_the_glossary(phrase: str, lang: str, english: str) -> None:
    assert glossary.english(phrase, lang, only_terms=True) == english


@pytest.mark.parametrize(
    ("phrase", "lang", "english"),
    [
        ("muốn dùng AI để quản lý mạng", "vi", "AI-driven networking"),
        ("नेटवर्क के लिए मशीन लर्निंग", "hi", "AI-driven networking"),
        ("ক্লাউডের সিকিউরিটি", "bn", "cloud security"),
        ("la sécurité du cloud", "fr", "cloud security"),
    ],
)
def test_two_terms_naming_one_field_in_either_order_are_that_field(
    phrase: str, lang: str, english: str
) -> None:
    assert glossary.english(phrase, lang, only_terms=True) == english


def test_a_network_job_with_ai_beside_it_stays_the_job() -> None:
    assert "network engineer" in (glossary.english("kỹ sư mạng muốn học AI", "vi", only_terms=True) or "")


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("বাজেট ২০ হাজার টাকা, সাইবার সিকিউরিটির ভালো কোর্স কোনটা?", "cybersecurity"),
        ("क्या डेटा इंजीनियरिंग के कोर्स हैं?", "data engineer"),
    ],
)
def test_a_search_in_script_searches_the_english_terms(text: str, topic: str) -> None:
    """Terms in Devanagari or Bengali script search as their English: the script words blurred the search (a
    cybersecurity search under a budget listed data courses)."""
    from datetime import date

    from pathfinder.assistant.nlu.understand import understand

    p = understand(text, date(2026, 12, 4))
    assert topic in p.topic and not loanwords.in_script(p.topic)
