"""One implementation of each rule (session 22, branch twins22): the readers of "the learner is a beginner"
are one (`nlu.audience.learner_lacks`, a `Lacked` saying what is lacked), the level words have one module
(`nlu.level_words`), and the walk over the prerequisites a list's courses need is one
(`picks.prerequisite_pool`). A refactor: the behaviour tests are the existing ones; these check the single
places and their result types. Every test here failed on the base 04013caf (no `learner_lacks`, no
`level_words` module, no `prerequisite_pool`)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from pathfinder.assistant.nlu.audience import Lacked, learner_lacks
from pathfinder.assistant.picks import prerequisite_pool, start_of
from pathfinder.domain import Credential

SRC = Path(__file__).resolve().parents[1] / "src" / "pathfinder"


@pytest.mark.parametrize(
    ("message", "lang", "computers", "knowledge", "background"),
    [
        ("I know nothing about computers, where do I start?", "en", True, True, False),
        ("कंप्यूटर के बारे में ज़्यादा नहीं जानता", "hi", True, False, False),
        ("no sé programar nada", "es", False, True, False),
        ("je n'y connais rien", "fr", False, True, False),
        ("KI für jemanden ohne technischen Hintergrund", "de", False, False, True),
        ("No degree, I only know Excel", "en", False, False, True),
        ("I know Python well and want cloud courses", "en", False, False, False),  # guard
        ("en ole koskaan käyttänyt tietokonetta", "fi", True, False, False),
    ],
)
def test_what_the_learner_lacks_is_read_once_in_every_language(
    message: str, lang: str, computers: bool, knowledge: bool, background: bool
) -> None:
    lacked = learner_lacks(message, lang)
    assert lacked == Lacked(computers=computers, knowledge=knowledge, background=background), message
    assert lacked.beginner == (knowledge or background)


def test_no_module_reads_a_beginner_but_the_audience_reader() -> None:
    """The three readers of session 21 (`knows_little`, `describes_a_beginner`, `new_to_computers`) are
    private parts of `learner_lacks`: no module defines or imports them by those names."""
    old = {"knows_little", "describes_a_beginner", "new_to_computers"}
    for path in SRC.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef):
                assert node.name not in old, f"{path}: def {node.name}"
            if isinstance(node, ast.ImportFrom):
                assert not {a.name for a in node.names} & old, f"{path}: imports {node.names}"


def test_level_words_have_one_module() -> None:
    """The level word lists and their readers are defined in `nlu/level_words.py` only; the English rules'
    table (`ENGLISH_LEVELS`) names its ranges from `LEVEL_RANGES`."""
    from pathfinder.assistant.nlu import level_words

    owned = {
        "LEVEL_LOW",
        "LEVEL_HIGH",
        "LEVEL_RANGES",
        "LEVEL_FILLERS",
        "LEVEL_NUMBER_WORDS",
        "level_word",
        "numbered_level",
        "level_bound",
        "low_level_ruled_out",
        "held_basics_wish_higher",
        "ENGLISH_LEVELS",
    }
    for path in SRC.rglob("*.py"):
        if path.name == "level_words.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        defined = {n.name for n in tree.body if isinstance(n, ast.FunctionDef)}
        defined |= {
            t.id
            for n in tree.body
            if isinstance(n, ast.Assign | ast.AnnAssign)
            for t in (n.targets if isinstance(n, ast.Assign) else [n.target])
            if isinstance(t, ast.Name)
        }
        assert not defined & owned, f"{path}: {defined & owned}"
    assert all(name in level_words.LEVEL_RANGES for _, name in level_words.ENGLISH_LEVELS)


def _course(cid: str, level: int = 3, prerequisites: tuple[str, ...] = ()) -> Credential:
    return Credential(
        id=cid, title=cid, provider="P", hours=10, eqf_level=level, prerequisites=prerequisites, skills=[]
    )


def test_the_prerequisite_pool_follows_what_is_not_done_and_marks_what_is_met() -> None:
    a, b, c, d = _course("a", 5, ("b",)), _course("b", 4, ("c",)), _course("c", 3), _course("d", 4, ("a",))
    by_id = {x.id: x for x in (a, b, c, d)}
    done: set[str] = set()
    pool, rank = prerequisite_pool([a, d], by_id.get, done)
    assert set(pool) == {"a", "b", "c", "d"} and rank == {"a": 0, "b": 0, "c": 0, "d": 1}
    done = {"c"}
    pool, _ = prerequisite_pool([a], by_id.get, done, met=lambda x: x.id == "b")
    assert set(pool) == {"a"} and done == {"b", "c"}  # a prerequisite met: done, its own not followed
    assert start_of([a, d], by_id.get) == c  # guard: the list's start is still what the others need first
