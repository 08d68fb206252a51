"""Vietnamese IT words (session 11, vi/hi/bn round): going online and using a computer are digital
literacy, not the "mạng" of networks; social media names no network; students' abbreviations of fields (attt,
csdl, khdl) name them; cloud security, testing, course design and privacy in Vietnamese. Phrases written for
these tests, not taken from the dialogue set; with and without diacritics."""

import pytest

from pathfinder.assistant.nlu import glossary


@pytest.mark.parametrize(
    ("phrase", "english"),
    [
        ("bà ngoại muốn tập lên mạng đọc báo", "digital literacy"),
        ("ong toi can hoc su dung may tinh", "digital literacy"),
        ("mình học ngành csdl", "database"),
        ("năm ba khdl", "data science"),
        ("chuyen nganh attt", "information security"),
        ("làm bảo mật đám mây", "cloud security"),
        ("kiem thu phan mem tu dong", "software testing"),
        ("tôi cần thiết kế bài giảng cho lớp online", "instructional designer"),
        ("luật về quyền riêng tư", "data protection"),
        ("mạng nơ-ron là gì", "machine learning"),
    ],
)
def test_vietnamese_terms_name_their_field(phrase: str, english: str) -> None:
    assert glossary.english(phrase, "vi", only_terms=True) == english


def test_social_media_is_no_network() -> None:
    # (marketing is a term since session 25, so that a lacking subject is said: the point is no network)
    assert "network" not in (glossary.english("em làm marketing mạng xã hội", "vi", only_terms=True) or "")


@pytest.mark.parametrize(
    ("phrase", "english"),
    [
        ("em muốn chuyển sang mảng dữ liệu", "data"),  # "mảng": a field of work, not "mạng" (network)
        ("mảng nào dễ kiếm việc hơn", None),
        ("học về mạng máy tính", "network"),
        ("hoc ve mang may tinh", "network"),  # typed without diacritics: every spelling
        ("khoá học trí tuệ nhân tạo", "artificial intelligence"),  # "khoá" and "khóa" alike
    ],
)
def test_vietnamese_words_typed_with_diacritics_keep_them(phrase: str, english: str | None) -> None:
    assert glossary.english(phrase, "vi", only_terms=True) == english


@pytest.mark.parametrize("text", ["muc tieu data scientist", "ngan sach khoang 4 trieu"])
def test_short_unaccented_vietnamese_opening_is_vietnamese(text: str) -> None:
    """ "muc tieu" (goal), "ngan sach" (budget), "trieu" (million) typed without diacritics: Vietnamese, not
    French or German, when they open a conversation."""
    from pathfinder.assistant.nlu.language import identify

    assert identify(text, None) == "vi"
