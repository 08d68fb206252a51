"""A seeded generator of malformed inputs for every importer, the upload gate and profile import (issue #17).

Each input starts from a valid seed (a record in our schema, a provider CSV, an Open Badges 3.0, ELM or
input-fields credential, a profile, a column mapping) and is broken in the ways the independent review broke
them: nodes of the wrong type, huge and deeply nested values, 4,300+ digit numbers, lone surrogate escapes,
control characters, non-numeric credits, durations and dates, byte-order marks before undecodable bytes, CSV
cells over 131,072 characters, malformed mapping TOML, hostile upload names and zip members. Sizes are capped
so a run is bounded (the largest input is about 300 KB). Same seed, same inputs.
"""

from __future__ import annotations

import copy
import io
import json
import random
import warnings
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

OUR_RECORD: dict[str, Any] = {
    "id": "py-1",
    "title": "Python Basics",
    "provider": "Uni A",
    "country": "DE",
    "hours": 110,
    "ects": 4,
    "eqf_level": 4,
    "description": "Variables, loops and functions.",
    "learning_outcomes": ["write a script"],
    "skills": [{"uri": "http://data.europa.eu/esco/skill/ccd0a1d9", "label": "Python"}],
    "languages": ["en"],
    "prerequisites": [],
    "stacks_into": [{"target": "cert-1", "ects": 4}],
    "cost": 0,
    "currency": "EUR",
    "participation": "online",
    "valid_from": "2025-01-01",
    "url": "https://uni-a.example/py",
    "sessions": [{"start": "2026-01-05", "end": "2026-02-05"}],
    "digcomp_areas": ["3.4"],
}
OPEN_BADGE: dict[str, Any] = {
    "type": ["VerifiableCredential", "OpenBadgeCredential"],
    "name": "Data Science Fundamentals",
    "issuer": {"name": "Open Uni", "url": "https://open-uni.fi", "address": {"addressCountryCode": "FI"}},
    "validFrom": "2024-05-01T00:00:00Z",
    "awardedDate": "2024-05-02",
    "credentialSubject": {
        "achievement": {
            "type": ["Achievement"],
            "id": "https://open-uni.fi/a/1",
            "name": "Data Science Fundamentals",
            "description": "Data science basics.",
            "achievementType": "MicroCredential",
            "creditsAvailable": 5,
            "criteria": {"narrative": "Pass the exam"},
            "inLanguage": "en",
            "fieldOfStudy": "Statistics",
            "humanCode": "DSF-1",
            "creator": {"name": "Open Uni"},
            "alignment": [
                {"targetUrl": "http://data.europa.eu/esco/skill/abc", "targetName": "statistics"},
                {"targetUrl": "http://data.europa.eu/snb/eqf/5", "targetName": "EQF 5"},
            ],
        }
    },
}
ELM: dict[str, Any] = {
    "type": ["VerifiableCredential", "EuropeanDigitalCredential"],
    "validFrom": "2024-01-01",
    "issuer": {
        "legalName": {"en": "Uni B"},
        "location": {
            "address": {"countryCode": {"id": "http://publications.europa.eu/resource/authority/country/DEU"}}
        },
    },
    "credentialSubject": {
        "hasClaim": [
            {
                "id": "urn:claim:1",
                "title": {"en": "Claim"},
                "awardedBy": {"awardingBody": [{"legalName": {"en": "Uni B"}}]},
                "provenBy": [
                    {
                        "title": {"en": "Exam"},
                        "dateIssued": "2024-02-01",
                        "specifiedBy": {
                            "title": {"en": "Written exam"},
                            "mode": {"prefLabel": {"en": "online"}},
                        },
                    }
                ],
                "specifiedBy": {
                    "title": {"en": "Cloud Basics"},
                    "volumeOfLearning": "PT50H",
                    "eqfLevel": {"id": "http://data.europa.eu/snb/eqf/5"},
                    "creditPoint": [{"point": "2", "framework": {"prefLabel": {"en": "ECTS"}}}],
                    "language": [{"id": "http://publications.europa.eu/resource/authority/language/ENG"}],
                    "learningOutcome": [
                        {
                            "title": {"en": "Deploy a VM"},
                            "relatedESCOSkill": [
                                {"id": "http://data.europa.eu/esco/skill/xyz", "prefLabel": {"en": "cloud"}}
                            ],
                        }
                    ],
                    "homepage": {"contentURL": "https://uni-b.example/cloud"},
                    "accreditation": {"title": {"en": "QA"}},
                },
            }
        ]
    },
}
INPUT_FIELDS: dict[str, Any] = {
    "credentialTitle": "Microcredential in Welding",
    "achievementTitle": "Welding basics",
    "ectsPoints": 3,
    "hoursOfLearning": "PT75H",
    "awardingBody": {"en": "Vocational College"},
    "dateIssued": "2024-06-01",
    "mode": "on-site",
    "type": "practical",
    "title": "Welding test",
    "awardingStatement": "Awarded",
}
PROFILE: dict[str, Any] = {
    "format": "pathfinder.profile",
    "format_version": 1,
    "id": "ana-2026",
    "name": "Ana Example",
    "skills": [
        {
            "uri": "http://data.europa.eu/esco/skill/ccd0a1d9",
            "label": "Python",
            "level": "basic",
            "source": "self-declared",
        }
    ],
    "credentials": [{"title": "Old badge", "ects": 2, "issued": "2023-01-01"}],
    "goal": {
        "occupation_uri": "http://data.europa.eu/esco/occupation/d3ed",
        "label": "data analyst",
        "skills": [],
        "job_advert": None,
    },
    "constraints": {
        "hours_per_week": 6,
        "weeks": 26,
        "deadline": None,
        "budget": 400,
        "currency": "EUR",
        "languages": ["en"],
        "participation": ["online"],
        "max_eqf": 6,
    },
    "preferences": {"prefer_stacks": True, "pinned": [], "rejected": []},
    "version": 0,
}
OUR_COLUMNS = list(OUR_RECORD)
EDX_HEADER = [
    "title",
    "institution",
    "Level",
    "course_effort",
    "course_length",
    "course_url",
    "price",
    "language",
    "course_type",
    "summary",
    "subject",
]
EDX_ROW = [
    "Intro to ML",
    "MITx",
    "Introductory",
    "2–4 hours per week",
    "7 Weeks",
    "https://www.edx.org/course/intro-ml",
    "FREE-Add a Verified Certificate for $49 USD",
    "English",
    "Self-paced on your time",
    "Learn ML.",
    "Computer Science",
]
UDEMY_HEADER = [
    "course_id",
    "course_title",
    "url",
    "is_paid",
    "price",
    "num_subscribers",
    "level",
    "content_duration",
    "published_timestamp",
    "subject",
]
UDEMY_ROW = [
    "1070968",
    "Ultimate Investment Banking Course",
    "https://www.udemy.com/ultimate-ib/",
    "True",
    "200",
    "2147",
    "All Levels",
    "1.5 hours",
    "2017-01-18T20:58:58Z",
    "Business Finance",
]
MAPPING_TOML = """name = "fuzz"
[detect]
columns = ["A", "B"]
[fields.id]
column = "A"
parse = "slug"
prefix = "p-"
[fields.title]
column = "B"
[fields.provider]
const = "Provider"
[fields.hours]
column = "H"
parse = "hours"
[fields.cost]
column = "C"
parse = "price"
currency = "EUR"
[fields.languages]
column = "L"
split = ","
map = { "English" = "en", "Deutsch" = "de" }
unmapped = "drop"
[fields.description]
template = "{B}\\n\\n{D}"
[fields.valid_from]
column = "V"
parse = "date"
"""
MAPPING_HEADER = ["A", "B", "H", "C", "L", "D", "V"]
MAPPING_ROW = [
    "https://x.example/course/a",
    "Course A",
    "90 mins",
    "€120",
    "English,Deutsch",
    "About",
    "2024-01-01",
]

SURROGATES = [
    "\\ud800",
    "\\udfff",
    "\\udc00x",
    "\\ud83d",
]  # as JSON escapes: json.loads makes lone surrogates
NASTY_TEXT = [
    "",
    " ",
    "\x00",
    "\x1b[31mred\x1b[0m",
    "\x9b2J",
    "\u202eevil",
    "\ufeff",
    "a\rb",
    "\x7f",
    "null",
    "NaN",
    "Infinity",
    "-1",
    "1e400",
    "0x10",
    "abc",
    "2025-02-30",
    "31/12/2024",
    "PT",
    "P9999999999D",
    "PTxH",
    "=cmd|' /C calc'!A0",
    "<script>alert(1)</script>",
    "javascript:alert(1)",
    "1,5",
    "9" * 400,
    "€",
    "\\",
    '"',
    "[",
    "{",
    "ü" * 3,
    "😀" * 10,
]
TOML_BREAKERS = [
    "5",
    "true",
    "[1, 2]",
    '["a", 3]',
    "{ a = 1 }",
    '"{0}"',
    '"{A.x}"',
    '"{A!r}"',
    '"{A:>9}"',
    '"{"',
    '"}"',
    '""',
    "1979-05-27",
    "-inf",
    "nan",
    '"\\u0000"',
]
BAD_NAMES = [
    "../../etc/passwd.csv",
    "..\\..\\win.csv",
    "/abs/path.json",
    "C:\\x.csv",
    "con.csv",
    "a\x00b.csv",
    "x" * 500 + ".csv",
    ".hidden.csv",
    "",
    "...",
    "ok.exe",
    "ünï.csv",
    "a/b/c.jsonl",
    "NUL",
    "lpt1.json",
    "\u202etxt.csv",
    "cat.CSV",
    "cat.zip",
    "cat.json.zip",
    "cat",
]


@dataclass(frozen=True)
class FuzzInput:
    """One generated input: which target reads it, a file name and its bytes (or text), and what was done."""

    target: str  # catalogue | mapping | held | upload | profile
    name: str
    data: bytes
    how: str
    mapping: bytes | None = None  # for target "mapping": the TOML applied to `data`


class Generator:
    def __init__(self, seed: int) -> None:
        self.r = random.Random(seed)

    # ------------------------------------------------------------------------------------ values

    def nasty_value(self) -> Any:
        r = self.r
        kind = r.randrange(14)
        if kind == 0:
            return r.choice(NASTY_TEXT)
        if kind == 1:
            return r.choice([None, True, False, 0, -1, 10**30, 1.5, -0.0, 1e308, []])
        if kind == 2:
            return self.deep(r.choice([10, 63, 65, 200, 700]))
        if kind == 3:
            return "x" * r.choice([300, 501, 1_001, 2_001, 20_001, 131_073])
        if kind == 4:
            return [r.choice(NASTY_TEXT) for _ in range(r.choice([0, 1, 3, 1_001]))]
        if kind == 5:
            return {r.choice(NASTY_TEXT + ["id", "type", "name"]): r.choice(NASTY_TEXT) for _ in range(3)}
        if kind == 6:
            return "".join(chr(r.randrange(0, 0x250)) for _ in range(r.randrange(1, 30)))
        if kind == 7:
            return r.choice(["en", "xx", "ENG", "e", "😀", ""])
        if kind == 8:
            return r.choice(
                ["2024-05-31", "2024-05-31T10:00:00Z", "2024-13-01", "yesterday", "", "0000-00-00"]
            )
        if kind == 9:
            return r.choice(["PT45H", "P2DT4H", "PT90M", "P1Y", "PT-5H", "PT1e9H", "P" + "9" * 300 + "D"])
        if kind == 10:
            return r.choice([{"id": 5}, {"name": []}, {"en": {"de": ["x"]}}, [{"en": None}], "string node"])
        if kind == 11:
            return r.uniform(-1e6, 1e6)
        if kind == 12:
            return "\t".join(r.choice(NASTY_TEXT) for _ in range(5))
        return r.randrange(-10, 10)

    def deep(self, depth: int) -> Any:
        node: Any = self.r.choice([[], {}, "leaf", 1])
        for _ in range(depth):
            node = [node] if self.r.random() < 0.5 else {"k": node}
        return node

    # --------------------------------------------------------------------------------- JSON docs

    def mutate_tree(self, doc: Any, rounds: int) -> Any:
        doc = copy.deepcopy(doc)
        for _ in range(rounds):
            paths = list(_paths(doc))
            if not paths:
                return self.nasty_value()
            parent, key = self.r.choice(paths)
            action = self.r.randrange(4)
            if action == 0 and isinstance(parent, dict):
                del parent[key]
            elif action == 1 and isinstance(parent, dict):
                parent[self.r.choice(NASTY_TEXT + ["extra", "@context"])] = self.nasty_value()
            else:
                parent[key] = self.nasty_value()
        return doc

    def json_text(self, doc: Any) -> str:
        text = json.dumps(doc, ensure_ascii=self.r.random() < 0.5)
        r = self.r
        for _ in range(r.choice([0, 0, 1, 2])):
            op = r.randrange(6)
            if op == 0 and '"' in text:  # a lone surrogate escape inside some string
                at = r.choice([i for i, c in enumerate(text) if c == '"'][:200])
                text = text[: at + 1] + r.choice(SURROGATES) + text[at + 1 :]
            elif op == 1:  # a number with more than 4,300 digits where a number was
                text = text.replace(": 5", ": " + "9" * r.choice([4_301, 5_000]), 1).replace(
                    ": 4", ": 1" + "0" * 4_400, 1
                )
            elif op == 2:  # truncated
                text = text[: r.randrange(len(text) + 1)]
            elif op == 3:  # deeply nested, balanced or not
                depth = r.choice([65, 1_000, 5_000, 50_000])
                text = "[" * depth + text + ("]" * depth if r.random() < 0.7 else "")
            elif op == 4:  # a stray byte-level change
                at = r.randrange(len(text) + 1)
                text = text[:at] + r.choice(["\x00", "}", "]", ",", '"', "\\", "\\u12", "\x1b"]) + text[at:]
            else:
                text = text.replace("[", "{", 1) if r.random() < 0.5 else text.replace('"', "", 1)
        return text

    def encode(self, text: str) -> bytes:
        r = self.r
        choice = r.randrange(10)
        if choice == 0:
            return b"\xef\xbb\xbf" + text.encode("utf-8", "surrogatepass") + bytes([r.randrange(0x80, 0x100)])
        if choice == 1:
            return b"\xff\xfe" + text.encode("utf-16-le", "surrogatepass")[: -1 if r.random() < 0.5 else None]
        if choice == 2:
            return text.encode("cp1252", "replace")
        if choice == 3:
            data = bytearray(text.encode("utf-8", "surrogatepass"))
            for _ in range(r.randrange(1, 4)):
                if data:
                    data[r.randrange(len(data))] = r.randrange(256)
            return bytes(data)
        if choice == 4:
            return b"\xef\xbb\xbf" + b"\xff\xfe\xfa" + text.encode("utf-8", "surrogatepass")
        return text.encode("utf-8", "surrogatepass")

    # ------------------------------------------------------------------------------------ inputs

    def catalogue(self) -> FuzzInput:
        r = self.r
        form = r.choice(["json", "json", "jsonl", "csv", "csv", "ob", "elm", "fields", "bytes"])
        if form == "bytes":
            data = bytes(r.randrange(256) for _ in range(r.randrange(0, 400)))
            return FuzzInput(
                "catalogue", r.choice(["x.csv", "x.json", "x.jsonl", "x.txt"]), data, "random bytes"
            )
        if form == "csv":
            return FuzzInput(
                "catalogue", r.choice(["c.csv", "c.tsv", "c.txt"]), self.encode(self.csv_text()), "csv"
            )
        if form == "jsonl":
            lines = [
                self.json_text(self.mutate_tree(OUR_RECORD, r.randrange(0, 4)))
                for _ in range(r.randrange(1, 5))
            ]
            return FuzzInput("catalogue", "c.jsonl", self.encode("\n".join(lines)), "jsonl")
        seed = {"json": None, "ob": OPEN_BADGE, "elm": ELM, "fields": INPUT_FIELDS}[form]
        if seed is None:
            records = [self.mutate_tree(OUR_RECORD, r.randrange(0, 4)) for _ in range(r.randrange(1, 4))]
            doc: Any = records if r.random() < 0.7 else {"credentials": records}
        else:
            doc = self.mutate_tree(seed, r.randrange(0, 5))
        return FuzzInput(
            "catalogue", r.choice(["c.json", "c.jsonld", "c.txt"]), self.encode(self.json_text(doc)), form
        )

    def csv_text(self, header: list[str] | None = None, row: list[str] | None = None) -> str:
        r = self.r
        if header is None:
            header = ["id", "title", "provider"] + r.sample(OUR_COLUMNS[3:], r.randrange(0, 8))
            header += r.sample(["notes", "ID", "😀", "a\x00b", ""], r.randrange(0, 2))
        delimiter = r.choice([",", ",", ";", "\t", "|"])
        lines = [header]
        for i in range(r.randrange(0, 6)):
            cells = (
                list(row)
                if row and r.random() < 0.5
                else [f"id-{i}", f"Title {i}", "Prov"] + [""] * (len(header) - 3)
            )
            for _ in range(r.randrange(0, 4)):
                value = self.nasty_value()
                cells[r.randrange(len(cells))] = value if isinstance(value, str) else json.dumps(value)[:300]
            if r.random() < 0.1:
                cells = cells[: r.randrange(len(cells) + 1)] + (["extra"] if r.random() < 0.5 else [])
            lines.append(cells)
        buffer = io.StringIO()
        import csv

        csv.writer(buffer, delimiter=delimiter).writerows(lines)
        text = buffer.getvalue()
        if r.random() < 0.15:  # broken quoting
            at = r.randrange(len(text) + 1)
            text = text[:at] + '"' + text[at:]
        return text

    def mapping(self) -> FuzzInput:
        r = self.r
        toml = MAPPING_TOML
        for _ in range(r.randrange(0, 3)):
            lines = toml.splitlines()
            at = r.randrange(len(lines))
            if "=" in lines[at] and r.random() < 0.8:
                key = lines[at].split("=", 1)[0]
                lines[at] = f"{key}= {r.choice(TOML_BREAKERS)}"
            else:
                lines.insert(at, r.choice(["[fields.bogus]", "column = 1", "[[x]]", "= 3", 'parse = "nope"']))
            toml = "\n".join(lines) + "\n"
        builtin = r.random() < 0.3
        if builtin:
            header, row = r.choice([(EDX_HEADER, EDX_ROW), (UDEMY_HEADER, UDEMY_ROW)])
        else:
            header, row = MAPPING_HEADER, MAPPING_ROW
        data = self.encode(self.csv_text(list(header), list(row)))
        return FuzzInput(
            "mapping",
            "provider.csv",
            data,
            "builtin" if builtin else "toml",
            mapping=None if builtin else toml.encode("utf-8"),
        )

    def held(self) -> FuzzInput:
        seed = self.r.choice([OPEN_BADGE, ELM, INPUT_FIELDS])
        doc = self.mutate_tree(seed, self.r.randrange(0, 5))
        return FuzzInput("held", "badge.json", self.encode(self.json_text(doc)), "held")

    def profile(self) -> FuzzInput:
        doc = self.mutate_tree(PROFILE, self.r.randrange(0, 5))
        text = self.json_text(doc)
        return FuzzInput("profile", "profile.json", text.encode("utf-8", "surrogatepass"), "profile")

    def upload(self) -> FuzzInput:
        r = self.r
        inner = self.catalogue()
        name = r.choice(BAD_NAMES) if r.random() < 0.4 else inner.name
        if r.random() < 0.25:
            name = r.choice(["cat.zip", "../x.zip", "a.ZIP"])
            return FuzzInput("upload", name, self.zip_bytes(), "zip")
        return FuzzInput("upload", name, inner.data, "upload " + inner.how)

    def zip_bytes(self) -> bytes:
        r = self.r
        buffer = io.BytesIO()
        with (
            warnings.catch_warnings(),
            zipfile.ZipFile(
                buffer, "w", compression=r.choice([zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED])
            ) as zf,
        ):
            warnings.simplefilter("ignore")  # duplicate member names are part of the attack
            for _ in range(r.randrange(0, 4)):
                member = r.choice(
                    BAD_NAMES[:8] + ["a.csv", "b.json", "c.jsonl", "__MACOSX/._a.csv", "in.zip"]
                )
                body = self.catalogue().data if r.random() < 0.8 else b"A" * r.choice([10, 2_000_000])
                zf.writestr(member or "empty", body)
        data = buffer.getvalue()
        if r.random() < 0.2 and data:
            data = data[: r.randrange(len(data))]
        return data

    def inputs(self, n: int) -> Iterator[FuzzInput]:
        """`n` inputs spread over the targets (catalogue files 40%, uploads 20%, profiles 15%, held
        credentials 15%, provider CSVs with mappings 10%)."""
        makers = (
            [self.catalogue] * 8
            + [self.upload] * 4
            + [self.profile] * 3
            + [self.held] * 3
            + [self.mapping] * 2
        )
        for _ in range(n):
            yield self.r.choice(makers)()


def _paths(doc: Any, limit: int = 400) -> Iterator[tuple[Any, Any]]:
    """(container, key) of nodes in a JSON tree, breadth first, at most `limit`."""
    queue, seen = [doc], 0
    while queue and seen < limit:
        node = queue.pop(0)
        items = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
        for key, value in list(items):
            seen += 1
            yield node, key
            if isinstance(value, dict | list):
                queue.append(value)
