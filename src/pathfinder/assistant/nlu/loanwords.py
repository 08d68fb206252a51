"""English loanwords written in Devanagari or Bengali script, read back as the English word
("সিকিউরিটি" -> "security", "পারফরম্যান্স" -> "performance", "गवर्नेंस" -> "governance"): learners in India and
Bangladesh write English domain words in their own script, spelt as they sound and in several ways, so a list
of spellings is never complete. Both sides are reduced to the consonants they sound (vowels, h, v/w and y
dropped: the scripts and English write those differently; repeats collapsed), and a script word is the English
domain word with the same consonants, when exactly one has them and there are at least four. The English
side is the glossary's English vocabulary (`glossary.english_words`), so a loanword names only what the
glossary could link anyway. Pure; one table per script.
"""

from __future__ import annotations

from functools import lru_cache

# the sound classes of the consonants (K, G, C, J, T, D, N, P, F, B, M, R, L, S); "" drops the letter
_DEVANAGARI = {
    "क": "K", "ख": "K", "ग": "G", "घ": "G", "ङ": "N", "च": "C", "छ": "C", "ज": "J", "झ": "J", "ञ": "N",
    "ट": "T", "ठ": "T", "ड": "D", "ढ": "D", "ण": "N", "त": "T", "थ": "T", "द": "D", "ध": "D", "न": "N",
    "प": "P", "फ": "F", "ब": "B", "भ": "B", "म": "M", "य": "", "र": "R", "ल": "L", "व": "", "श": "S",
    "ष": "S", "स": "S", "ह": "", "ं": "N", "ँ": "", "ः": "", "क़": "K", "ख़": "K", "ग़": "G", "ज़": "S",
    "ड़": "R", "ढ़": "R", "फ़": "F", "ॉ": "", "ऑ": "", "ृ": "R", "ऋ": "R",
}  # fmt: skip
_BENGALI = {
    "ক": "K", "খ": "K", "গ": "G", "ঘ": "G", "ঙ": "N", "চ": "C", "ছ": "C", "জ": "J", "ঝ": "J", "ঞ": "N",
    "ট": "T", "ঠ": "T", "ড": "D", "ঢ": "D", "ণ": "N", "ত": "T", "থ": "T", "দ": "D", "ধ": "D", "ন": "N",
    "প": "P", "ফ": "F", "ব": "B", "ভ": "", "ম": "M", "য": "J", "র": "R", "ল": "L", "শ": "S", "ষ": "S",
    "স": "S", "হ": "", "ড়": "R", "ঢ়": "R", "য়": "", "ৎ": "T", "ং": "N", "ঃ": "", "ঁ": "", "ৃ": "R", "ঋ": "R",
}  # fmt: skip
# Bengali writes English "v" with ভ (bh: "ভিজ্যুয়াল"), never in an English word: dropped like "v"
_SCRIPT = _DEVANAGARI | _BENGALI
_VIRAMA = ("\u094d", "\u09cd")
_NUKTA = ("\u093c", "\u09bc")
# Bengali case endings and classifiers after a loanword ("সিকিউরিটির", "ক্লাউডের", "কোর্সটা")
_BENGALI_ENDINGS = ("য়ের", "য়ে", "ের", "এর", "েরা", "টা", "টি", "গুলো", "তে", "কে", "র", "ে")
_HINDI_ENDINGS = ("ों", "ें", "ो", "े")
MIN_CONSONANTS = 4  # three matched ordinary words ("অফিসের": officer, "বৃষ্টি": website)


def _collapse(classes: list[str]) -> str:
    out: list[str] = []
    for c in classes:
        if c and (not out or out[-1] != c):
            out.append(c)
    joined = "".join(out)
    return joined.replace("NP", "MP").replace("NB", "MB")  # "कंप्यूटर": the nasal before p is m


def script_skeleton(word: str) -> str:
    """The consonants a Devanagari or Bengali word sounds, as sound classes ("সিকিউরিটি" -> "SKRT")."""
    classes: list[str] = []
    chars = list(word)
    for i, ch in enumerate(chars):
        if ch in _NUKTA:
            continue
        nukta = chars[i + 1] if i + 1 < len(chars) and chars[i + 1] in _NUKTA else ""
        letter = ch + nukta
        if ch in ("য", "य") and i and chars[i - 1] in _VIRAMA:
            continue  # the ya-phala of "অ্যানালিস্ট", "क्यों": a vowel sound
        if letter in _SCRIPT:
            classes.append(_SCRIPT[letter])
        elif ch in _SCRIPT:
            classes.append(_SCRIPT[ch])
        elif ch in _VIRAMA:
            continue
    return _collapse(classes)


_LATIN = {"b": "B", "d": "D", "f": "F", "j": "J", "k": "K", "l": "L", "m": "M", "n": "N", "p": "P"}
_LATIN |= {"q": "K", "r": "R", "s": "S", "t": "T", "z": "S"}  # vowels, h, v, w and y: dropped


def _english_variants(word: str) -> set[str]:
    """The consonant skeletons an English word may be heard with ("tech": "TK" or "TC")."""
    w = word.casefold()
    variants = [""]
    i = 0
    while i < len(w):
        two, ch, nxt = w[i : i + 2], w[i], w[i + 1 : i + 2]
        options: tuple[str, ...]
        step = 1
        if w[i : i + 4] in ("tion", "sion"):
            options, step = ("SN",), 4
        elif two == "ch":
            options, step = ("C", "K", "S"), 2  # "chip", "tech", "machine"
        elif two in ("ph",):
            options, step = ("F",), 2
        elif two == "ng" and w[i + 2 : i + 3] not in tuple("aeiouy"):
            options, step = ("NG", "N"), 2  # "computing": কম্পিউটিং ends in the nasal
        elif two in ("sh", "th", "ck", "gh", "qu"):
            options, step = {"sh": ("S",), "th": ("T",), "ck": ("K",), "gh": ("",), "qu": ("K",)}[two], 2
        elif ch == "c":
            options = ("S",) if nxt in ("e", "i", "y") else ("K",)
        elif ch == "g":
            options = ("J", "G") if nxt in ("e", "i", "y") else ("G",)
        elif ch == "x":
            options = ("KS",)
        else:
            options = (_LATIN.get(ch, ""),)
        variants = [v + o for v in variants for o in options]
        i += step
    return {_collapse(list(v)) for v in variants}


@lru_cache(maxsize=4)
def _table(vocabulary: frozenset[str]) -> dict[str, str]:
    found: dict[str, set[str]] = {}
    for word in vocabulary:
        if not word.isalpha() or not word.isascii():
            continue
        for skeleton in _english_variants(word):
            if len(skeleton) >= MIN_CONSONANTS:
                found.setdefault(skeleton, set()).add(word)
    return {skeleton: next(iter(words)) for skeleton, words in found.items() if len(words) == 1}


def in_script(word: str) -> bool:
    """Whether a word is written in Devanagari or Bengali script."""
    return any("\u0900" <= ch <= "\u09ff" for ch in word)


def english(word: str, vocabulary: frozenset[str]) -> str | None:
    """The English domain word of `vocabulary` (the glossary's English words) a Devanagari or Bengali word is
    written for, or None."""
    if not in_script(word):
        return None
    table = _table(vocabulary)
    for form in (word, *(word[: -len(e)] for e in (*_BENGALI_ENDINGS, *_HINDI_ENDINGS) if word.endswith(e))):
        found = table.get(script_skeleton(form))
        if found is not None:
            return found
    return None
