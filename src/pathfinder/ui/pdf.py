"""A small PDF writer over fpdf2 for our exports: headings, paragraphs, bullet lines, links, simple tables.

It uses DejaVu Sans when the system has it (full Unicode), with Noto Sans Devanagari and Bengali from a wheel
behind it (shaped by harfbuzz) for Hindi and Bengali; otherwise fpdf2's core Helvetica with text folded to
Latin-1, so an export never fails on a character the font lacks.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import XPos, YPos

UNICODE_FONT_DIRS = (Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/dejavu"))
# A table row must fit on one page (fpdf2 raises otherwise: a 2,440-character title did), so cells are cut;
# other text flows over pages but is capped too, so one catalogue field cannot make a thousand-page export.
MAX_CELL_CHARS = 300
MAX_TEXT_CHARS = 5_000


def shorten(text: str, limit: int) -> str:
    """`text` cut to `limit` characters, ending in an ellipsis when cut."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _unicode_font() -> tuple[Path, Path] | None:
    for folder in UNICODE_FONT_DIRS:
        regular, bold = folder / "DejaVuSans.ttf", folder / "DejaVuSans-Bold.ttf"
        if regular.is_file() and bold.is_file():
            return regular, bold
    return None


@lru_cache(maxsize=1)
def _script_fonts() -> tuple[Path, ...]:
    """Noto Sans Devanagari and Noto Sans Bengali (OFL) from the `justmytype-intl-south-asia` wheel, for the
    letters DejaVu Sans lacks. Used only with harfbuzz shaping (`uharfbuzz`, fpdf2's `set_text_shaping`):
    unshaped, Indic vowel signs and conjuncts come out wrong, so without it there are none."""
    try:
        import justmytype_intl_south_asia as pack
        import uharfbuzz  # noqa: F401 - fpdf2 shapes text with it
    except ImportError:
        return ()
    base = Path(pack.__file__).parent / "fonts" / "ofl"
    return tuple(
        p for name in ("notosansdevanagari", "notosansbengali") for p in sorted((base / name).glob("*.ttf"))
    )


def _cmap(path: Path) -> frozenset[int]:
    from fontTools.ttLib import TTFont

    return frozenset(TTFont(str(path), lazy=True).getBestCmap())


@lru_cache(maxsize=1)
def _body_printable() -> frozenset[int]:
    """The code points the body font has glyphs for (Latin-1 for the core font)."""
    font = _unicode_font()
    return frozenset(range(256)) if font is None else _cmap(font[0])


@lru_cache(maxsize=1)
def _printable() -> frozenset[int]:
    """The code points the body font, or a script font behind it, has glyphs for."""
    if _unicode_font() is None:
        return _body_printable()
    return _body_printable().union(*(_cmap(p) for p in _script_fonts()))


def prints(text: str) -> bool:
    """Whether the PDF's fonts draw every letter of `text` (DejaVu Sans, and Noto Sans Devanagari/Bengali when
    installed; without them a Hindi or Bengali export falls back to English labels instead of blank ones)."""
    have = _printable()
    return all(ord(ch) in have or not ch.isalpha() for ch in text)


def fold_latin1(text: str) -> str:
    """Text a core PDF font can print: accents kept where Latin-1 has them, others decomposed or '?'."""
    text = text.replace("\u2013", "-").replace("\u2014", "-").replace("\u2019", "'").replace("\u2026", "...")
    out = []
    for ch in text:
        if ord(ch) < 256:
            out.append(ch)
            continue
        base = unicodedata.normalize("NFKD", ch).encode("latin-1", "ignore").decode("latin-1")
        out.append(base or "?")
    return "".join(out)


class ReportPDF:
    """An A4 document built top to bottom; `to_bytes()` gives the finished PDF."""

    def __init__(self, title: str) -> None:
        self._pdf = FPDF(format="A4")
        self._pdf.set_auto_page_break(auto=True, margin=15)
        self._pdf.set_title(title)
        self._pdf.set_creator("pathfinder")
        font = _unicode_font()
        if font:
            self._pdf.add_font("Body", "", str(font[0]))
            self._pdf.add_font("Body", "B", str(font[1]))
            self._family, self._unicode = "Body", True
        else:
            self._family, self._unicode = "Helvetica", False
        self._scripts = False
        self._pdf.add_page()
        self.heading(title, size=16)

    def _use_script_fonts(self) -> None:
        """Noto Sans Devanagari/Bengali behind DejaVu, shaped by harfbuzz: added at the first letter DejaVu
        lacks (loading and shaping cost ~0.5 s a document; other languages' exports never pay it)."""
        self._scripts = True
        names = [f"Script{i}" for i in range(len(_script_fonts()))]
        for name, path in zip(names, _script_fonts(), strict=True):
            self._pdf.add_font(name, "", str(path))
            self._pdf.add_font(name, "B", str(path))  # a variable font: drawn at its default weight
        if names:
            self._pdf.set_fallback_fonts(names)
            self._pdf.set_text_shaping(True)

    def _text(self, text: object, limit: int = MAX_TEXT_CHARS) -> str:
        text = shorten("" if text is None else str(text), limit)
        if not self._unicode:
            return fold_latin1(text)
        if not self._scripts and any(ord(ch) not in _body_printable() for ch in text):
            self._use_script_fonts()
        return text

    def heading(self, text: str, size: int = 13) -> None:
        self._pdf.set_font(self._family, "B", size)
        self._pdf.multi_cell(0, size * 0.55, self._text(text), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self._pdf.ln(1.5)

    def paragraph(self, text: str, size: int = 10) -> None:
        self._pdf.set_font(self._family, "", size)
        self._pdf.multi_cell(0, 5, self._text(text), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self._pdf.ln(1)

    def bullet(self, text: str, link: str | None = None) -> None:
        self._pdf.set_font(self._family, "", 10)
        self._pdf.set_x(self._pdf.l_margin + 3)
        self._pdf.multi_cell(0, 5, self._text(f"- {text}"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        if link:
            self.link(link)

    def link(self, url: str) -> None:
        self._pdf.set_font(self._family, "", 9)
        self._pdf.set_text_color(30, 80, 180)
        self._pdf.set_x(self._pdf.l_margin + 6)
        self._pdf.multi_cell(
            0, 4.5, self._text(url, MAX_CELL_CHARS), link=url, new_x=XPos.LMARGIN, new_y=YPos.NEXT
        )
        self._pdf.set_text_color(0, 0, 0)

    def table(self, header: list[str], rows: list[list[object]], widths: list[float]) -> None:
        """A plain table; `widths` are fractions of the page width (they should sum to 1)."""
        usable = self._pdf.w - self._pdf.l_margin - self._pdf.r_margin
        self._pdf.set_font(self._family, "", 9)
        with self._pdf.table(
            col_widths=[w * usable for w in widths], text_align="LEFT", line_height=5
        ) as table:
            table.row([self._text(h, MAX_CELL_CHARS) for h in header])
            for row in rows:
                table.row([self._text(c, MAX_CELL_CHARS) for c in row])
        self._pdf.ln(2)

    def to_bytes(self) -> bytes:
        return bytes(self._pdf.output())
