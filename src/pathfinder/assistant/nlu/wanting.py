"""What a clause wants, needs or would learn: the one reading of the words of wanting ("want", "möchte",
"muốn", "चाहता"), of needing ("need", "brauche", "tarviin", "cần") and of learning ("learn", "aprender",
"opiskella", "học", "सीखना") that the understanding, the joint reading of the act and the profile changes
share. Pure; word lists in `vocab`."""

from __future__ import annotations

from typing import NamedTuple

from pathfinder.assistant.nlu import vocab
from pathfinder.assistant.nlu.slots import tokens


class Wanting(NamedTuple):
    """The words of a clause (or a whole message) that say it is after something rather than holding it."""

    wish: bool  # a word of wanting ("I want", "ich will", "quiero", "haluan", "muốn", "চাই")
    need: bool  # a word of needing, as a word start ("I need", "brauche", "necesito", "tarviin", "cần")
    learn: bool  # a word of learning, as a word start ("learn", "lernen", "aprender", "opiskella", "học")

    @property
    def wants_or_needs(self) -> bool:
        """ "I need to learn Excel", "ich will SQL lernen": what the clause names is to be had, not held."""
        return self.wish or self.need

    @property
    def wants_or_learns(self) -> bool:
        """ "HPC और GPU प्रोग्रामिंग सीखना है": a subject wanted, said with a word of wanting or of learning."""
        return self.wish or self.learn

    @property
    def needs_to_learn(self) -> bool:
        """ "I need to learn", "necesito aprender", "tarvitsen oppia": a need and a learning word."""
        return self.need and self.learn


def wanting(text: str) -> Wanting:
    """The words of wanting, needing and learning in a clause or a message."""
    words = tokens(text)
    return Wanting(
        wish=bool(set(words) & vocab.WISH),
        need=any(w.startswith(vocab.NEED_PREFIXES) for w in words),
        learn=any(w.startswith(vocab.LEARN_PREFIXES) for w in words),
    )
