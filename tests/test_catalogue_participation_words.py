"""A provider writes the form of participation in its own words and case ('Online', 'vor Ort', 'presencial',
'en ligne', 'monimuoto', 'trực tuyến'); our own CSV and JSON schema read them as 'online' / 'blended' /
'on-site' instead of rejecting the whole record (found by the lead uploading a German provider's CSV in the
browser, session 15: "participation: must be one of 'online', 'blended' or 'on-site', got 'vor Ort'"; even
'Online' was rejected). A word for none of them is still rejected, naming the value; a price in words is
rejected with the form it needs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pathfinder.catalogue import load_catalogue

WORDS = {
    "Online": "online",
    "vor Ort": "on-site",
    "Präsenz": "on-site",
    "presencial": "on-site",
    "semipresencial": "blended",
    "en ligne": "online",
    "présentiel": "on-site",
    "monimuoto": "blended",
    "lähiopetus": "on-site",
    "trực tuyến": "online",
    "ऑनलाइन": "online",
    "অনলাইন": "online",
    "Blended learning": "blended",
}


def test_our_csv_reads_participation_in_the_providers_words(tmp_path: Path) -> None:
    rows = ["id,title,provider,participation"]
    rows += [f"c{n},Course {n},P,{word}" for n, word in enumerate(WORDS)]
    path = tmp_path / "words.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    report = load_catalogue([path])
    assert report.rejected == 0
    assert [c.participation for c in report.credentials] == list(WORDS.values())


def test_our_json_reads_participation_in_the_providers_words(tmp_path: Path) -> None:
    path = tmp_path / "words.json"
    records = [{"id": "k", "title": "Kurs", "provider": "P", "participation": "Präsenz"}]
    path.write_text(json.dumps(records), encoding="utf-8")
    (course,) = load_catalogue([path]).credentials
    assert course.participation == "on-site"


@pytest.mark.parametrize(
    "cells, field, says",
    [
        ("x,X,P,weekends,", "participation", "'online', 'blended' or 'on-site', got 'weekends'"),
        ("x,X,P,online,zwei hundert", "cost", "must be a number written in digits (e.g. 40 or 12.5)"),
    ],
)
def test_what_cannot_be_read_is_rejected_with_the_form_it_needs(
    tmp_path: Path, cells: str, field: str, says: str
) -> None:
    path = tmp_path / "bad.csv"
    path.write_text("id,title,provider,participation,cost\n" + cells + "\n", encoding="utf-8")
    report = load_catalogue([path])
    (reject,) = report.rejects
    assert reject.field == field and says in reject.reason


# session 16 (twins): the label reader (`catalogue.codes.participation`) kept a word list of its own beside
# the chat's (`vocab.PARTICIPATION`...): "En línea", "distanciel", "sur place" were formats in a message but a
# rejected record in a catalogue. One table now (`domain.participation`).
@pytest.mark.parametrize(
    "label, mode",
    [
        ("En línea", "online"),
        ("distanciel", "online"),
        ("Verkossa", "online"),
        ("học từ xa", "online"),
        ("Sur place", "on-site"),
        ("On campus", "on-site"),
        ("Híbrido", "blended"),
    ],
)
def test_a_label_in_the_chats_words_is_read(label: str, mode: str) -> None:
    from pathfinder.catalogue.codes import participation

    assert participation(label) == mode


def test_every_word_the_chat_reads_as_a_format_is_that_format_in_a_label() -> None:
    from pathfinder.catalogue.codes import participation
    from pathfinder.domain import participation as words

    tables = (words.WORDS, words.PREFIXES, words.PHRASES, words.LABEL_PARTS)
    wrong = {w: (v, participation(w)) for table in tables for w, v in table.items() if participation(w) != v}
    assert wrong == {}
