"""Resolving the words of a message against the taxonomy and catalogue: skill phrases to ESCO skills (labels,
then curated aliases such as "Linux" -> operating systems), goal text to occupations, credential mentions to
catalogue ids, and whether a topic is in the catalogue at all."""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from typing import NamedTuple

from rapidfuzz import process
from rapidfuzz.distance import OSA

from pathfinder.assistant.nlu.vocab import ORDINALS, STOPWORDS
from pathfinder.domain import Credential, Occupation
from pathfinder.domain.taxonomy import Taxonomy, normalise_label
from pathfinder.skills.aliases import Alias, alias_mentions, aliases_for, find_alias

_FUNCTION_WORDS = frozenset(normalise_label(" ".join(STOPWORDS)).split()) - {"ai", "it", "ux"}
LEADING_WORDS = 3  # a title named by its first words needs at least this many
MENTION_WORDS = 4  # the longest skill label or alias looked for inside a statement, in words
INFLECTED_MIN = 5  # a word extending a one-word label this long by a case ending names it ("Excelia")
INFLECTED_ENDING = 5  # ... by at most this many letters ("WordPressillä": "illa")
# words naming a kind of credential, never one credential ("bis zum Zertifikat": the one the plan leads to)
_KIND_WORDS = frozenset(
    "course courses certificate certificates certification certificat certificats certificado certificados "
    "zertifikat zertifikats zertifikate kurs kurse kurses kursen curso cursos cours formation formations "
    "programme programmes program programs diploma diplom diplôme badge badges kurssi kurssin sertifikaatti "
    "todistus".split()
)
# words of a course's level, never one course by themselves ("is there an intro to HPC course?" is no question
# about "Intro to Coding with Scratch and Python", the one title writing "Intro"; trial 15)
_LEVEL_WORDS = frozenset(
    normalise_label(
        "intro introduction introductions introductory basics beginners beginner fundamentals foundations "
        "essentials advanced einführung introducción introduzione fondamentaux fundamentos johdatus perusteet"
    ).split()
)
_NOT_RARE = _FUNCTION_WORDS | _KIND_WORDS | _LEVEL_WORDS
RARE_MIN = 5  # a title word this long that no other title has names that credential (`rare_title_word`)
COMPOUND_MIN = 8  # ... also as the start of a longer compound word ("Virtualisierungskurs")
# a four-letter tool name ("Java", "Perl"), written with a capital, extended only by a Finnish case ending
# ("Javaa", "Perliä", "Javan"): a longer ending on so short a key is another word
SHORT_KEY = 4
_SHORT_KEY_ENDINGS = frozenset(
    ("a", "ä", "ia", "iä", "n", "in", "lla", "llä", "ssa", "ssä", "sta", "stä", "ksi")
)
# Finnish case endings on the last word of a label of several words, longest first ("Google Sheetsillä")
_PHRASE_ENDINGS = ("illa", "issa", "ista", "ille", "iin", "lla", "ssa", "sta", "lle", "ia", "in", "a", "n")
TYPO_MIN = 5  # a word this long one edit from a one-word label names it ("pyhton"); two edits from 9 letters


class SkillHit(NamedTuple):
    """A skill a phrase names; `via` is the alias term when it names it through one ("Linux")."""

    uri: str
    label: str
    via: str | None = None

    @property
    def shown(self) -> str:
        return f"{self.via} → {self.label}" if self.via else self.label


def stem(word: str) -> str:
    """A crude stem good enough to pair 'analysis' with 'analyst' and 'engineering' with 'engineer'."""
    return word[:6] if len(word) > 6 else word.rstrip("s") if len(word) > 3 else word


# the words of teaching occupations' labels ("ICT teacher secondary school", "ICT trainer"): the one list,
# read as words by `area_refinement.teaching` and as stems by `Lexicon.occupation`
TEACHING_WORDS = frozenset(
    ("teacher", "teachers", "trainer", "trainers", "lecturer", "instructor", "educator", "tutor")
)
_TEACHING_STEMS = frozenset(stem(w) for w in TEACHING_WORDS)


def _phrases(label: str) -> list[str]:
    """A label and its variant without the parenthesised part: 'Python (computer programming)' -> 'python'."""
    out = [normalise_label(label)]
    bare = re.sub(r"\s*\([^)]*\)", "", label).strip()
    if bare and bare != label:
        out.append(normalise_label(bare))
    return [p for p in out if p]


FOUND_TITLES = 512  # `find_title` answers kept (by message text)


class Lexicon:
    """Label indexes built once from a taxonomy and a catalogue; every lookup is a dict probe."""

    def __init__(
        self,
        taxonomy: Taxonomy,
        credentials: Iterable[Credential],
        aliases: Mapping[str, Alias] | None = None,
    ) -> None:
        self.taxonomy = taxonomy
        # Stated skills ("I know react") are matched in any case, so exact-case aliases count here too.
        self.alias_by_phrase: Mapping[str, Alias] = aliases_for(taxonomy) if aliases is None else aliases
        self.skill_by_phrase: dict[str, tuple[str, str]] = {}
        for skill in taxonomy.skills.values():
            for alt in skill.alt_labels:
                for phrase in _phrases(alt):
                    self.skill_by_phrase.setdefault(phrase, (skill.uri, skill.label))
        for skill in taxonomy.skills.values():
            for phrase in _phrases(skill.label):
                self.skill_by_phrase[phrase] = (skill.uri, skill.label)
        self.vocabulary: set[str] = set()
        self.title_to_id: dict[str, str] = {}
        self._titles_by_id: dict[str, tuple[str, str]] = {}  # id -> (title, normalised title)
        self._certificates: set[str] = set()
        self._titled_cache: tuple[list[Credential], int, list[_Row], _RowIndex] | None = None
        refs: dict[str, str] = {}
        subjects: set[str] = set()
        # the words the entries are about (titles, descriptions, outcomes, skills): `untaught_words`
        self.taught: set[str] = set()
        named_pairs: set[tuple[str, str]] = set()  # two words in a row in an entry's own text ("power bi")
        for cred in credentials:  # 10k entries share few distinct skills and subjects: normalise each once
            own = re.findall(r"\w+", " ".join((cred.description, *cred.learning_outcomes)).casefold())
            self.taught.update(own)
            titled = re.findall(r"\w+", cred.title.casefold())
            named_pairs.update(zip(own, own[1:], strict=False), zip(titled, titled[1:], strict=False))
            for ref in cred.skills:
                refs.setdefault(ref.label, ref.uri)
            subjects.add(cred.subject or "")
            title = normalise_label(cred.title)
            self.title_to_id.setdefault(title, cred.id)
            self._titles_by_id[cred.id] = (cred.title, title)
            if cred.kind == "certificate":
                self._certificates.add(cred.id)
            self.vocabulary.update(title.split())
        for label, uri in refs.items():
            for phrase in _phrases(label):
                self.skill_by_phrase.setdefault(phrase, (uri, label))
                self.vocabulary.update(phrase.split())
        self.vocabulary.update(normalise_label(" ".join(subjects)).split())
        # preferred skill labels; of the alternative labels only words of five letters or more: they also list
        # short product names and acronyms ("QUEL", "SaaS") that ordinary words spell ("quel temps", "sää")
        for skill in taxonomy.skills.values():
            self.vocabulary.update(w for p in _phrases(skill.label) for w in p.split() if len(w) > 2)
            self.vocabulary.update(
                w for alt in skill.alt_labels for p in _phrases(alt) for w in p.split() if len(w) > 4
            )
        # an alias whole ("aws"), the words of a longer one only when not short ("red hat": not "hat")
        for phrase in self.alias_by_phrase:
            words = phrase.split()
            self.vocabulary.update(w for w in words if len(w) > (2 if len(words) == 1 else 3))
        self.vocab_stems = {stem(w) for w in self.vocabulary}
        self.taught.update(w for title in self.title_to_id for w in title.split())
        self.taught.update(normalise_label(" ".join([*refs, *subjects])).split())
        # the words the entries themselves write (no curated term): "Docker" is taught only through a skill
        self._named_words = frozenset(self.taught)
        self._named_pairs = frozenset(named_pairs)
        self._taught_uris = frozenset(refs.values())
        # a curated term for a skill the catalogue teaches ("Excel" for spreadsheets) is taught by it
        taught_uris = set(refs.values())
        self.taught.update(
            w for phrase, a in self.alias_by_phrase.items() if a.uri in taught_uris for w in phrase.split()
        )
        self._taught_stems = {stem(w) for w in self.taught}
        self._taught_list: list[str] | None = None
        self._fuzzy_titles: list[str] | None = None
        self._fuzzy_lengths: list[int] = []
        self._fragments: dict[str, set[str]] | None = None
        self._rare: dict[str, str] | None = None  # title word -> the one id whose title has it
        self._rare_prefix: dict[str, list[str]] = {}
        self._rare_by_start: dict[str, list[str]] | None = None  # rare title words by their first 4 letters
        self._skill_words: frozenset[str] | None = None
        self._leading: dict[str, str] | None = None
        self._one_word: list[str] | None = None
        self._acronyms: dict[str, set[str]] | None = None
        self._found_titles = functools.lru_cache(maxsize=FOUND_TITLES)(self._find_title)
        self._preferred: frozenset[str] | None = None
        self._inflectable: list[str] | None = None
        self._shared: frozenset[str] | None = None
        self._occupation_stems: list[tuple[frozenset[str], Occupation]] = []
        for occ in taxonomy.occupations.values():
            for label in (occ.label, *occ.alt_labels):
                stems = frozenset(stem(w) for w in normalise_label(label).split())
                if stems:
                    self._occupation_stems.append((stems, occ))

    def skill(self, phrase: str) -> tuple[str, str] | None:
        """(uri, label) of the skill a phrase names: the whole phrase, else its longest known sub-phrase."""
        hit = self.skill_hit(phrase)
        return (hit.uri, hit.label) if hit else None

    def skill_hit(self, phrase: str) -> SkillHit | None:
        """`skill` saying whether an alias gave it: a label wins over an alias of the same length."""
        words = normalise_label(phrase).split()
        for size in range(len(words), 0, -1):
            for start in range(0, len(words) - size + 1):
                key = " ".join(words[start : start + size])
                hit = self.skill_by_phrase.get(key)
                if hit:
                    return SkillHit(*hit)
                alias = find_alias(self.alias_by_phrase, key)
                if alias and (len(words) == 1 or not _one_letter(alias[0])):
                    return SkillHit(alias[0].uri, self.taxonomy.label(alias[0].uri), alias[0].term)
        return None

    def skill_mentions(self, text: str, inflected: bool = False) -> list[str]:
        """The skill phrases a free statement names ("I know a bit of Excel and did a Coursera thing on SQL"
        -> excel, sql), each resolvable by `skill_hit`: labels and aliases as whole words, longest first; a
        word one typo away from a one-word label ("pyhton", "statistcs"); with `inflected` (a language with
        case endings), a word extending a one-word label ("Excelia", "WordPressillä", "Pythonia"). Keys of
        under three letters only as written ("C#", not the word "go"); function words never."""
        words = normalise_label(text).split()
        named = frozenset(normalise_label(w) for w in re.findall(r"\w+", text) if w[:1].isupper())
        # a word typed with its accents is a word of the learner's language, no typo of a tool's name ("maçon"
        # is a mason, not macOS; session 28)
        accented = frozenset(
            normalise_label(w) for w in re.findall(r"\w+", text.casefold()) if normalise_label(w) != w
        )
        # a language of one or two letters written as its alias is ("C aata hai", "I know C and R"): only so
        found: list[str] = [
            alias.term
            for _, _, alias in alias_mentions(text, self.alias_by_phrase, max_words=1)
            if _one_letter(alias)
        ]
        i = 0
        while i < len(words):
            for size in range(min(MENTION_WORDS, len(words) - i), 0, -1):
                key = " ".join(words[i : i + size])
                if not self._names_skill(key) and inflected and size > 1:
                    # a label of several words with a case ending on its last ("Google Sheetsiä",
                    # "Power BI:tä" reads "power bi ta"): the label (session 18)
                    key = self._inflected_phrase(words[i : i + size]) or key
                if size == 1 and key in accented and not self._written_with_accents(key):
                    continue  # "chăm sóc khách hàng" (customer care) names no SOC, "maçon" no macOS
                if self._names_skill(key):
                    found.append(key)
                    i += size
                    break
            else:
                near = self._near_skill(words[i], inflected, named, typo=words[i] not in accented)
                if near:
                    found.append(near)
                i += 1
        return list(dict.fromkeys(found))

    def _written_with_accents(self, key: str) -> bool:
        """Whether the alias a one-word key names is itself written with accents ("ofimática"): then the
        word typed with them is that alias; else a word typed with accents is another word (session 28)."""
        alias = find_alias(self.alias_by_phrase, key)
        return alias is not None and any(ord(ch) > 127 for ch in alias[0].term)

    def _inflected_phrase(self, words: list[str]) -> str | None:
        """A label of several words whose last word carries a case ending ("google sheetsia" -> "google
        sheets"), else None: the longest ending of `_PHRASE_ENDINGS` left out that leaves a label."""
        *head, last = words
        for ending in _PHRASE_ENDINGS:
            if last.endswith(ending) and len(last) - len(ending) >= 2:
                key = " ".join([*head, last[: -len(ending)]])
                if self._names_skill(key):
                    return key
        return None

    def _names_skill(self, key: str) -> bool:
        if key in _FUNCTION_WORDS or (len(key) < 3 and not any(c in key for c in "+#")):
            return False
        if find_alias(self.alias_by_phrase, key) is not None or key in self._preferred_keys():
            return True
        # a word many skills' labels share ("data", "system") names none of them on its own
        return key in self.skill_by_phrase and key not in self._shared_words()

    def _near_skill(
        self, word: str, inflected: bool, named: frozenset[str] = frozenset(), typo: bool = True
    ) -> str | None:
        """A one-word label or alias a word spells with a typo or a case ending, else None; `named`: the
        words written with a capital, the only ones a four-letter tool name with a case ending may be;
        without `typo` (a word typed with accents) only a case ending."""
        if len(word) < TYPO_MIN or word in _FUNCTION_WORDS or word in self.vocabulary or word.isdigit():
            return None
        # preferred labels and aliases only: alternative labels hold product names a word is near by chance
        # ("college" is one letter from "eCollege")
        keys = self._single_word_keys()
        if inflected:
            stems = [
                k
                for k in self._inflection_keys()
                if word.startswith(k)
                and len(word) - len(k) <= INFLECTED_ENDING
                and (len(k) >= INFLECTED_MIN or word in named and word[len(k) :] in _SHORT_KEY_ENDINGS)
            ]
            if stems:
                return max(stems, key=len)
        if not typo:
            return None
        best = process.extractOne(word, keys, scorer=OSA.distance, score_cutoff=2 if len(word) >= 9 else 1)
        return best[0] if best else None

    def _inflection_keys(self) -> list[str]:
        """The keys a word with a case ending may extend: the one-word keys, and one-word preferred labels
        even when other labels share the word ("JavaScriptiä", "Javaa": a tool's own name, session 17)."""
        if self._inflectable is None:
            own = {
                k
                for skill in self.taxonomy.skills.values()
                for k in _phrases(skill.label)
                if " " not in k and len(k) >= SHORT_KEY and k not in _FUNCTION_WORDS
            }
            # a tool's four-letter alias too ("Jiraa", "Qlikiä": session 21); like a short label, only when
            # written with a capital and one of the short endings
            own |= {
                k
                for k, alias in self.alias_by_phrase.items()
                if " " not in k and len(k) >= SHORT_KEY and k not in _FUNCTION_WORDS and not alias.exact_case
            }
            self._inflectable = sorted(own | set(self._single_word_keys()))
        return self._inflectable

    def _preferred_keys(self) -> frozenset[str]:
        if self._preferred is None:
            self._preferred = frozenset(
                k for skill in self.taxonomy.skills.values() for k in _phrases(skill.label)
            )
        return self._preferred

    def _shared_words(self) -> frozenset[str]:
        """Words in the labels of four skills or more."""
        if self._shared is None:
            counts: Counter[str] = Counter()
            for skill in self.taxonomy.skills.values():
                counts.update(
                    {w for label in (skill.label, *skill.alt_labels) for w in _phrases(label)[0].split()}
                )
            self._shared = frozenset(w for w, n in counts.items() if n >= 4)
        return self._shared

    def _single_word_keys(self) -> list[str]:
        if self._one_word is None:
            keys = [*self._preferred_keys(), *self.alias_by_phrase]
            self._one_word = sorted(
                {
                    k
                    for k in keys
                    if " " not in k and len(k) >= INFLECTED_MIN and k not in self._shared_words()
                }
            )
        return self._one_word

    def occupation(self, text: str) -> Occupation | None:
        """The occupation a goal names: exact label first, then the best stem overlap (at least 60 %)."""
        exact = self.taxonomy.find_occupation(text)
        if exact:
            return exact
        ordered = [
            stem(w) for w in normalise_label(text).split() if w not in {"a", "an", "the", "role", "job"}
        ]
        query = frozenset(ordered)
        if not query:
            return None
        best, best_score = None, 0.0
        for stems, occ in self._occupation_stems:
            if stems & _TEACHING_STEMS and not query & _TEACHING_STEMS:
                continue  # a field learnt names its practitioner, not its teacher: "digital literacy" is no
                # "digital literacy teacher", "ICT" no "ICT teacher secondary school"
            shared = query & stems
            if ordered[-1] in shared and query - shared and stems - shared:
                continue  # the same kind of worker in another field: "IT support technician" is no "ICT
                # security technician" (a word left out, "network engineer" of "ICT network engineer", is)
            score = len(shared) / max(len(query), len(stems))
            if score > best_score:
                best, best_score = occ, score
        return best if best_score >= 0.6 else None

    def is_catalogue_topic(self, topic: str) -> bool:
        """Whether any word of `topic` appears in the catalogue's titles, subjects or skill labels; function
        words do not count (Vietnamese "thế" folds to "the")."""
        return any(
            w in self.vocabulary or (len(w) > 3 and stem(w) in self.vocab_stems)  # "sää" is no "SaaS"
            for w in normalise_label(topic).split()
            if len(w) > 1 and w not in _FUNCTION_WORDS
        )

    def untaught_words(self, topic: str) -> list[str]:
        """The words of a subject no entry of the catalogue has in its title, description, outcomes or skills
        ("quantum" of "quantum computing", "blockchain", "unity"): four letters or more, or with a digit
        ("3d"); function words, and a word of six letters or more a typo from a catalogue word ("lerning"), do
        not count."""
        from pathfinder.assistant.nlu.function_words import is_function_word

        if self._taught_list is None:
            self._taught_list = sorted(self.taught)
        out = []
        for w in normalise_label(topic).split():
            digit = any(ch.isdigit() for ch in w) and any(ch.isalpha() for ch in w)
            if (len(w) < 4 and not digit) or is_function_word(w) or w in self.taught:
                continue
            if len(w) > 3 and stem(w) in self._taught_stems:
                continue
            near = len(w) >= 6 and process.extractOne(
                w, self._taught_list, scorer=OSA.distance, score_cutoff=len(w) // 5
            )
            if not near or digit:
                out.append(w)
        return out

    def unnamed_product(self, topic: str) -> Alias | None:
        """The curated product term in a short subject ("Docker", "Kubernetes", "Terraform", "Power BI") whose
        skill some entry teaches while no entry writes the term itself (title, description, outcomes or
        skill labels): taught only through the skill it belongs to, so no course covers it by name (refs18).
        Only product and vendor names: written with a capital in the alias file and no glossary term
        ("Datenanalyse", "KI" are domain words; "coding" is lower-case)."""
        words = normalise_label(topic).split()
        for size in range(min(len(words), 3), 0, -1):
            for start in range(0, len(words) - size + 1):
                found = find_alias(self.alias_by_phrase, " ".join(words[start : start + size]))
                if found is None:
                    continue
                alias = found[0]
                keys = alias.key.split()
                named = all(w in self._named_words for w in keys) and all(
                    pair in self._named_pairs for pair in zip(keys, keys[1:], strict=False)
                )
                # ... or a narrower subject the alias file notes as such ("prompt engineering", session 26)
                if (
                    (alias.term[:1].isupper() and _product(alias) or alias.narrower)
                    and alias.uri in self._taught_uris
                    and not named
                ):
                    return alias
        return None

    def ungrounded(self, topic: str) -> bool:
        """Whether most content words of a topic (four letters or more, no function word) are ones no entry
        of the catalogue has (`untaught_words`): "paras pizzapaikka tampereella", "hältst du von afd" - the
        words the catalogue's vocabulary shares only by chance (session 17: they made a request out of scope
        a search)."""
        from pathfinder.assistant.nlu.function_words import is_function_word

        content = {w for w in normalise_label(topic).split() if len(w) >= 4 and not is_function_word(w)}
        return bool(content) and 2 * len(content & set(self.untaught_words(topic))) > len(content)

    def title_in(self, text: str, candidates: Iterable[Credential]) -> Credential | None:
        """The candidate whose title (or id) the text mentions, longest title first."""
        low, tokens = _padded(text), _id_tokens(text)
        for cred, title, cid, plain in self._could_name(candidates, low, tokens):
            if (cid in tokens) if plain else _names_id(cid, text):
                return cred
            if title != "  " and title in low:
                return cred
        return None

    def titles_in(self, text: str, candidates: Iterable[Credential]) -> list[Credential]:
        """Every candidate whose id or title the text mentions ("I have done X and Y"), longest title first,
        a title inside a longer one found counting once. A set lookup and a substring test per candidate on
        the normalised text (titles normalised once): a 10k catalogue in a few milliseconds."""
        low, tokens = _padded(text), _id_tokens(text)
        found: list[Credential] = []
        for cred, title, cid, plain in self._could_name(candidates, low, tokens):
            if (cid in tokens) if plain else _names_id(cid, text):
                found.append(cred)
            elif title.count(" ") > 2 and (said := _said_title(title, low)):  # two words or more
                found.append(cred)
                low = low.replace(said, "  ")
        return found

    def _could_name(self, candidates: Iterable[Credential], low: str, tokens: set[str]) -> list[_Row]:
        """The rows of `_titled` the text could name, in their order: its id is one of the text's tokens (or
        not a plain word, then tested as such), or its title's first word is a word of the text (a title is
        found only as whole words). For a long list a lookup per word of the text, not a test per entry."""
        rows = self._titled(candidates)
        cached = self._titled_cache
        if cached is None or cached[2] is not rows:
            return rows
        by_first, by_id, odd = cached[3]
        picked = set(odd)
        for word in set(low.split()):
            picked.update(by_first.get(word, ()))
        for token in tokens:
            picked.update(by_id.get(token, ()))
        return [rows[i] for i in sorted(picked)]

    def _titled(self, candidates: Iterable[Credential]) -> list[_Row]:
        """(credential, " normalised title ", lower-case id, id is plain word characters), longest title
        first; kept for the last long list asked about (the whole catalogue, asked on every message), with
        its rows indexed by the title's first word and by id."""
        cached = self._titled_cache
        if cached is not None and cached[0] is candidates and cached[1] == len(cached[0]):
            return cached[2]
        rows: list[_Row] = []
        for cred in sorted(candidates, key=lambda c: -len(c.title)):
            known = self._titles_by_id.get(cred.id)
            title = known[1] if known is not None and known[0] == cred.title else normalise_label(cred.title)
            cid = cred.id.lower()
            rows.append((cred, f" {title} ", cid, _PLAIN_ID.fullmatch(cid) is not None))
        if isinstance(candidates, list) and len(candidates) > 100:
            by_first: dict[str, list[int]] = {}
            by_id: dict[str, list[int]] = {}
            odd: list[int] = []
            for i, (_, title, cid, plain) in enumerate(rows):
                if title.split():
                    by_first.setdefault(title.split()[0], []).append(i)
                if plain:
                    by_id.setdefault(cid, []).append(i)
                else:
                    odd.append(i)
            self._titled_cache = (candidates, len(candidates), rows, (by_first, by_id, odd))
        return rows

    def _title_by_leading_words(self, low: str) -> str | None:
        """The id of the one title whose first words (three or more, 15+ characters) the normalised text
        names: "the AI-Based Anomaly Detection one" for "AI-Based Anomaly Detection for Network Security"."""
        leading = self._leading_heads()
        words = low.split()
        best: str | None = None
        for i in range(len(words)):
            for j in range(min(len(words), i + 12), i + LEADING_WORDS - 1, -1):
                title = leading.get(" ".join(words[i:j]))
                if title is not None:
                    if best is None or len(title) > len(best):
                        best = title
                    break
        return self.title_to_id[best] if best is not None else None

    def _leading_heads(self) -> dict[str, str]:
        """Leading words of titles (three or more, 15+ characters) that begin one title only -> that title."""
        if self._leading is None:
            heads: dict[str, set[str]] = {}
            for title in self.title_to_id:
                words = title.split()
                for k in range(LEADING_WORDS, len(words)):
                    head = " ".join(words[:k])
                    if len(head) >= 15:
                        heads.setdefault(head, set()).add(title)
            self._leading = {h: next(iter(ts)) for h, ts in heads.items() if len(ts) == 1}
        return self._leading

    def _fuzzy(self) -> list[str]:
        """The titles `find_title` matches fuzzily (ten characters or more, two words or more), shortest
        first; their lengths in `_fuzzy_lengths`."""
        if self._fuzzy_titles is None:
            self._fuzzy_titles = sorted((t for t in self.title_to_id if len(t) >= 10 and " " in t), key=len)
            self._fuzzy_lengths = [len(t) for t in self._fuzzy_titles]
        return self._fuzzy_titles

    def warm(self, credentials: Iterable[Credential] | None = None) -> Lexicon:
        """Build now the indexes the lookups build on first use (title fragments, leading words, fuzzy and
        acronym titles, one-word keys; with `credentials`, the rows `titles_in` reads for that list): ~130
        ms at 10k entries that the first replies naming a course would otherwise pay (session 9)."""
        for build in (self._fragment_index, self._leading_heads, self._fuzzy, self._acronym_index):
            build()
        self._single_word_keys()
        if credentials is not None:
            self._titled(credentials)
        return self

    def find_title(self, text: str, cutoff: float = 90.0) -> str | None:
        """The id of the catalogue credential whose title the text names, allowing typos (rapidfuzz partial
        ratio against every title of two or more words, in the title's own language); None when none is
        close. Kept per (text, cutoff): the lexicon does not change, and one reply asks for the same message
        up to four times (~5 ms each at 10k entries; session 9)."""
        return self._found_titles(text, cutoff)

    def _find_title(self, text: str, cutoff: float) -> str | None:
        from rapidfuzz import fuzz, process

        low = normalise_label(text)
        if len(low) < 6:
            return None
        led = self._title_by_leading_words(low)
        if led is not None:
            return led
        titles = self._fuzzy()  # shortest first
        # titles no longer than the message first (most messages name none: one pass over fewer titles); a
        # match counts only when no longer title matches as well (the message is then a fragment of that one;
        # within 0.5: rapidfuzz misses a score equal to its cutoff)
        cut = bisect.bisect_right(self._fuzzy_lengths, len(low) + 3)
        found = process.extractOne(low, titles[:cut], scorer=fuzz.partial_ratio, score_cutoff=cutoff)
        if found is None:
            return None
        longer = process.extractOne(low, titles[cut:], scorer=fuzz.partial_ratio, score_cutoff=found[1] - 0.5)
        return None if longer is not None else self.title_to_id[found[0]]

    def among(
        self, text: str, shown: Iterable[Credential], one_word: bool = False, marked: bool = False
    ) -> Credential | None:
        """The one credential of those just shown that the text names by some of its title's words ("the
        parallel programming one" of a plan, "the RGPD one" of a certificate's parts): the most shared
        words (4+ letters or an acronym, no stop words), two or more, or (`one_word`) an acronym of its title
        that no other title shown has ("the RGPD one"; never a word such as "certificate"), or (`marked`: the
        text points at one course, "the python one", "Python वाला") any word no other title shown has; a
        clipped word counts as the title word it begins ("the maths one")."""
        said = {w for w in normalise_label(text).split() if len(w) >= 3 and w not in STOPWORDS}
        creds = list({c.id: c for c in shown}.values())
        acronyms = {
            c.id: {normalise_label(w) for w in re.findall(r"[\w-]{3,}", c.title) if w.isupper()}
            for c in creds
        }
        words = {
            c.id: {w for w in normalise_label(c.title).split() if len(w) >= 4 and w not in STOPWORDS}
            | acronyms[c.id]
            for c in creds
        }
        # a clipped word names the title word it begins ("the maths one": "Mathematics for Machine Learning",
        # "el de estadística" stays exact): 4 letters or more, a plural -s dropped, 3 more letters at least
        clipped = {
            w[:-1] if w.endswith("s") and len(w) > 4 else w for w in said if len(w) >= 4 and w not in ORDINALS
        }
        said |= {
            t
            for ws in words.values()
            for t in ws
            for w in clipped
            if len(t) >= len(w) + 3 and t.startswith(w)
        }
        scored = sorted(((len(said & words[c.id]), c) for c in creds), key=lambda x: -x[0])
        if not scored or scored[0][0] == 0 or (len(scored) > 1 and scored[1][0] == scored[0][0]):
            return None
        best = scored[0][1]
        if scored[0][0] >= 2:
            return best
        (word,) = said & words[best.id]
        unique = not any(word in words[c.id] for c in creds if c.id != best.id)
        return best if unique and (marked or one_word and word in acronyms[best.id]) else None

    def acronym_title(self, text: str) -> str | None:
        """The id of the one credential whose title has an acronym the text writes in capitals ("après le
        DPO", "después del de SQL"); None when the text has none or several titles share it."""
        acronyms = self._acronym_index()
        owners = {
            frozenset(ids)
            for w in re.findall(r"\b[A-Z]{3,}\b", text)
            if (ids := acronyms.get(w) or self._same_acronym(w))
        }
        if len(owners) != 1:
            return None
        (ids,) = owners
        return next(iter(ids)) if len(ids) == 1 else None

    def _same_acronym(self, word: str) -> set[str]:
        """The ids of the titles holding the same term's acronym in another language ("GDPR" for the "RGPD" of
        "Les fondamentaux du RGPD", "DSGVO" too): both stand for one glossary term (`nlu.glossary`)."""
        from pathfinder.assistant.nlu.glossary import english

        term = english(word.casefold(), None, only_terms=True)
        if term is None:
            return set()
        return {
            cid
            for acronym, ids in self._acronym_index().items()
            if acronym != word and english(acronym.casefold(), None, only_terms=True) == term
            for cid in ids
        }

    def _acronym_index(self) -> dict[str, set[str]]:
        """Acronym in capitals (three letters or more) in a title -> the ids of the titles holding it."""
        if self._acronyms is None:
            self._acronyms = {}
            for cid, (title, _) in self._titles_by_id.items():
                for word in re.findall(r"[A-Za-z]{3,}", title):
                    if word.isupper():
                        self._acronyms.setdefault(word, set()).add(cid)
        return self._acronyms

    def _fragment_index(self) -> dict[str, set[str]]:
        """Run of two or more consecutive title words (two of four letters or more) -> the ids holding it."""
        if self._fragments is None:
            self._fragments = {}
            for title, cid in self.title_to_id.items():
                words = title.split()
                for size in range(2, len(words) + 1):
                    for start in range(0, len(words) - size + 1):
                        run = words[start : start + size]
                        if sum(len(w) >= 4 for w in run) >= 2:
                            self._fragments.setdefault(" ".join(run), set()).add(cid)
        return self._fragments

    def title_fragment(self, text: str, marked: bool = False) -> str | None:
        """The id of the one credential whose title contains the longest run of two or more of the text's
        consecutive words ("the AI-Based Anomaly Detection one", "the full-stack certificate"); None when
        no run is in a title or the longest is in several. A run of two words counts only when it is no
        skill's name ("cloud security" is a topic) and a third word of the title is in the text too."""
        fragments = self._fragment_index()
        words = normalise_label(text).split()
        for size in range(len(words), 1, -1):
            runs = (" ".join(words[start : start + size]) for start in range(0, len(words) - size + 1))
            owners = {frozenset(ids) for run in runs if (ids := fragments.get(run))}
            if not owners:
                continue
            only = next(iter(owners))
            if len(owners) > 1 or len(only) > 1:
                return None
            (cid,) = only
            if size == 2 and not marked and not self._third_word(cid, words):
                return None  # `marked`: "the Parallel Programming one" points at a course, not a skill
            return cid
        return None

    def rare_title_word(self, text: str, marked: bool = False) -> str | None:
        """The id of the one credential a word of the text names because no other title of the catalogue has
        it ("the Responsible AI one", "the TypeScript one", "el de minería", "sans le SCORM"; a German
        compound starting with it, "der Virtualisierungskurs"; a certificate whose title repeats a course's
        word does not count against the course): words of 5 letters or more, no function words, no word
        for a kind of credential; a word that also names a skill ("protection", "visualisation") only when
        `marked` (the text points at one course: "the ... one", "khóa ...", "der ...kurs"). None when the
        text names none, or two credentials through different words."""
        if self._rare is None:
            owners: dict[str, set[str]] = {}
            for title, cid in self.title_to_id.items():
                for w in set(title.split()):
                    if len(w) >= RARE_MIN and w not in _NOT_RARE:
                        owners.setdefault(w, set()).add(cid)
            # a word a course shares only with the certificate it counts towards names the course
            # ("Virtualisierung": the course, not "Zertifikat Systemadministration (Linux & Virtualisierung)")
            self._rare = {}
            for w, ids in owners.items():
                courses = ids - self._certificates
                if len(courses) == 1 or (len(ids) == 1 and not courses):
                    self._rare[w] = next(iter(courses or ids))
            # a compound's first word, by its first COMPOUND_MIN letters (a lookup, not a scan)
            for w in [w for w in owners if len(w) >= COMPOUND_MIN]:
                self._rare_prefix.setdefault(w[:COMPOUND_MIN], []).append(w)
        if self._skill_words is None:
            self._skill_words = frozenset(
                w for phrase in (*self.skill_by_phrase, *self.alias_by_phrase) for w in phrase.split()
            )
        # an acronym written in capitals ("sans le SCORM") names a course as much as a marked word does
        capitals = {normalise_label(w) for w in re.findall(r"\b[A-Z]{3,}\b", text)}
        found = set()
        for w in normalise_label(text).split():
            skill = w in self._skill_words and not marked and w not in capitals
            if len(w) < RARE_MIN or w in _FUNCTION_WORDS or skill:
                continue
            cid = self._rare.get(w)
            if cid is None and len(w) > COMPOUND_MIN:
                heads = [h for h in self._rare_prefix.get(w[:COMPOUND_MIN], ()) if w.startswith(h)]
                longest = max(heads, key=len, default=None)
                cid = self._rare.get(longest) if longest else None
            if cid is None and marked:  # "the maths one": a clipped word begins one rare title word
                cid = self._clipped_rare(w)
            if cid is not None:
                found.add(cid)
        return next(iter(found)) if len(found) == 1 else None

    def _clipped_rare(self, word: str) -> str | None:
        """The credential whose rare title word a clipped word begins ("maths": "Mathematics ..."; a plural -s
        dropped, three more letters at least), when it begins the rare words of one credential only."""
        if self._rare_by_start is None:
            self._rare_by_start = {}
            for w in self._rare or {}:
                self._rare_by_start.setdefault(w[:4], []).append(w)
        if word in ORDINALS:  # "the second one" points at a list's entry, never at "Secondary School"
            return None
        stem = word[:-1] if word.endswith("s") and len(word) > 4 else word
        ids = {
            (self._rare or {})[t]
            for t in self._rare_by_start.get(stem[:4], ())
            if len(t) >= len(stem) + 3 and t.startswith(stem)
        }
        return next(iter(ids)) if len(ids) == 1 else None

    def _third_word(self, cid: str, words: list[str]) -> bool:
        """Whether three of the title's longer words are in `words`, and its two-word run names no skill."""
        title = self._titles_by_id[cid][1]  # `cid` is a `title_to_id` value: the first id of its title
        shared = {w for w in title.split() if len(w) >= 4} & set(words)
        runs = {f"{a} {b}" for a, b in zip(words, words[1:], strict=False)} & {
            f"{a} {b}" for a, b in zip(title.split(), title.split()[1:], strict=False)
        }
        return len(shared) >= 3 and not any(self._names_a_skill(r) for r in runs)

    def _names_a_skill(self, phrase: str) -> bool:
        """A two-word run that is a skill's name ("cloud security") is a topic, not a title fragment."""
        return phrase in self.skill_by_phrase or find_alias(self.alias_by_phrase, phrase) is not None


_Row = tuple[Credential, str, str, bool]  # credential, " normalised title ", lower-case id, id is plain
_RowIndex = tuple[
    dict[str, list[int]], dict[str, list[int]], list[int]
]  # by first title word, by id, other ids


def _said_title(title: str, low: str) -> str | None:
    """How a padded normalised title stands in the padded text: as it is, or with a Finnish case ending on its
    last word ("suoritin Security Operations Fundamentalsin", "Data Engineering Foundationsin": session
    28); else None."""
    if title in low:
        return title
    stem = title[:-1]
    if stem not in low:
        return None
    return next((f"{stem}{e} " for e in _PHRASE_ENDINGS if f"{stem}{e} " in low), None)


def _padded(text: str) -> str:
    """The normalised text between spaces, so " title " finds a title only as whole words."""
    return f" {normalise_label(text)} "


def _id_tokens(text: str) -> set[str]:
    """The text's runs of word characters and hyphens, lower-case: a credential id is one of them."""
    return set(re.findall(r"[\w-]+", text.lower()))


_PLAIN_ID = re.compile(r"[\w-]+")


def _names_id(cid: str, text: str) -> bool:
    """Whether the text names an id that has characters other than word characters and hyphens."""
    return re.search(rf"(?<![\w-]){re.escape(cid)}(?![\w-])", text.lower()) is not None


def _one_letter(alias: Alias) -> bool:
    """An exact-case alias too short to be read inside other words ("C"): read only as written, alone."""
    return alias.exact_case and len(alias.term) < 3 and not any(c in alias.term for c in "+#")


def _product(alias: Alias) -> bool:
    """Whether a curated term is a product or vendor name ("Docker", "Power BI"), not a domain word the
    glossary translates ("Statistik", "KI", "HPC") or the alias file notes as a word of a language
    ("Datenanalyse", "German: data analysis"): three letters or more."""
    from pathfinder.assistant.nlu.glossary import english

    translated = bool(_LANGUAGE_NOTE.match(alias.note))  # "German: data analysis": a word of a language
    # one word the glossary translates is a domain word; a name of several ("Power BI") is a product whole
    domain_word = " " not in alias.term and english(alias.term, None, only_terms=True) is not None
    named = all(not w[:1].isalpha() or w[:1].isupper() for w in alias.term.split())  # not "GPU programming"
    return len(alias.term) >= 3 and named and not translated and not domain_word


_LANGUAGE_NOTE = re.compile(r"(?:German|French|Spanish|Finnish|Vietnamese|Hindi|Bengali|Italian|Polish)\b")
