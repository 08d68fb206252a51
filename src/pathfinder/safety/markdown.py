"""The one Markdown escaper and URL sanitiser: untrusted text (catalogue fields, uploads, chat, model output)
turned into Markdown that renders as plain text, and links kept to plain http(s)."""

from __future__ import annotations

import re
from collections.abc import Callable
from urllib.parse import quote, urlsplit

# Characters that start emphasis, code, HTML/autolinks, strikethrough, tables, headings, images or LaTeX
# (Streamlit
# renders $...$). Brackets are not escaped but turned into parentheses: an escaped `\]` would still end the
# link
# text of the citation form for a reader that does not know Markdown escapes (grounding's `[Title](url)`
# parser),
# and without brackets no link, image or Streamlit `:color[...]` directive can form. HTML is never rendered by
# st.markdown without unsafe_allow_html, but `<` is escaped too so a pasted tag shows as text everywhere.
_INLINE_SPECIAL = re.compile(r"([\\`*_{}<>~$|#!&])")
_BLOCK_START = re.compile(
    r"^(\d+)([.)])|^([-+=])"
)  # would start a list item or a setext underline at a line start


def escape_line(text: object) -> str:
    """Untrusted text made inert for interpolation into one Markdown line: whitespace collapsed to single
    spaces, brackets as parentheses, every other Markdown-significant character backslash-escaped, a leading
    list or heading marker neutralised, direction overrides removed, Streamlit shortcodes (`:material/x:`)
    neutralised and the length capped (MAX_LINE_CHARS). None becomes ''."""
    flat = " ".join(_BIDI.sub("", str(text if text is not None else "")).split())
    flat = one_line(flat, MAX_LINE_CHARS).replace("[", "(").replace("]", ")")
    flat = _SHORTCODE.sub(":\u200b", _INLINE_SPECIAL.sub(r"\\\1", flat))
    return _BLOCK_START.sub(lambda m: f"{m[1]}\\{m[2]}" if m[1] else f"\\{m[3]}", flat)


def escape_md(text: object) -> str:
    """`text` shown as its characters in Markdown: each line escaped by `escape_line`, line breaks kept."""
    if text is None:
        return ""
    return "\n".join(escape_line(line) for line in str(text).splitlines())


def one_line(text: object, limit: int = 300) -> str:
    """Whitespace collapsed to single spaces and cut to `limit` characters (with an ellipsis)."""
    flat = " ".join(str(text or "").split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def safe_url(url: str | None) -> str | None:
    """The URL when it is plain http(s), with characters that would break a Markdown link quoted; else
    None."""
    if not url:
        return None
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return quote(url, safe=":/?#@!$&'*+,;=%~-._")


def md_link(label: object, url: str | None) -> str:
    """A Markdown link with an escaped label, or just the escaped label when the URL is not safe http(s)."""
    href = safe_url(url)
    text = escape_md(label)
    return f"[{text}]({href})" if href else text


# ------------------------------------------------------------------------- rendered answers (one sanitiser)

MAX_ANSWER_CHARS = 12_000  # an answer longer than this is cut (with an ellipsis line)
MAX_LINE_CHARS = 2_000  # one line (a 100,000-character title copied into an answer stays readable)
LINK_REMOVED = "(link removed)"
# Bidirectional overrides and isolates (a title can flip the text after it), and the BOM; ZWJ/ZWNJ are kept
# (Hindi and Bengali spelling needs them).
_BIDI = re.compile("[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c\ufeff]")
_IMAGE_INLINE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")
_IMAGE_REF = re.compile(r"!\[[^\]\n]*\](?:\[[^\]\n]*\])?")
_HTML_IMG = re.compile(r"<img\b[^>]*>", re.IGNORECASE)
_REF_DEF = re.compile(r"^ {0,3}\[([^\]\n]+)\]:\s*<?(\S+?)>?(?:\s+[\"'(].*[\"')])?\s*$", re.MULTILINE)
_REF_LINK = re.compile(r"\[([^\]\n]*)\]\[([^\]\n]*)\]")
_AUTOLINK = re.compile(r"<((?:https?|ftp|mailto|javascript|data|file):[^>\s]*)>", re.IGNORECASE)
_INLINE_LINK = re.compile(r"\[([^\]\n]*)\]\(\s*<?([^)\s>]*)>?(?:\s+[\"'][^\"']*[\"'])?\s*\)")
_BARE_URL = re.compile(r"(?<![(<\w/])(?:(?:https?|ftp)://|www\.)[^\s<>()\[\]`]+", re.IGNORECASE)
_HTML_TAG = re.compile(r"</?[A-Za-z][\w:-]*(?:\s[^<>]*)?/?>")
# Streamlit renders :material/icon: (fetched from a font server), :emoji: shortcodes, :color[text] directives.
_SHORTCODE = re.compile(r":(?=(?:material/)?[a-z0-9_+-]+:|[a-z-]+\[)", re.IGNORECASE)


def normalise_links(text: str) -> str:
    """Markdown made plain before links are checked: images dropped (an image is fetched as it renders,
    with no click), reference links turned inline (their definitions removed), autolinks turned into
    inline links, HTML tags and direction overrides removed."""
    text = _BIDI.sub("", text)
    defs = {m[1].strip().lower(): m[2] for m in _REF_DEF.finditer(text)}
    text = _REF_DEF.sub("", text)
    text = _IMAGE_INLINE.sub("", text)
    text = _IMAGE_REF.sub("", text)
    text = _HTML_IMG.sub("", text)

    def reference(m: re.Match[str]) -> str:
        label, ref = m[1], (m[2] or m[1]).strip().lower()
        url = defs.get(ref)
        return f"[{label}]({url})" if url else label

    text = _REF_LINK.sub(reference, text)
    if defs:  # shortcut references: [label] alone, when a definition has that label
        text = re.sub(
            r"\[([^\]\n]+)\](?![(\[:])",
            lambda m: f"[{m[1]}]({defs[m[1].strip().lower()]})" if m[1].strip().lower() in defs else m[0],
            text,
        )
    text = _AUTOLINK.sub(lambda m: f"[{m[1]}]({m[1]})", text)
    return _HTML_TAG.sub("", text)


def sanitise_markdown(text: str, allowed: Callable[[str], bool], limit: int = MAX_ANSWER_CHARS) -> str:
    """The one sanitiser for every answer the app renders (offline or LLM): `normalise_links`, then every
    link whose target `allowed` refuses (not a catalogue URL) kept as its text only, empty-text links and bare
    URLs that are not allowed removed, Streamlit shortcodes neutralised, lines and the whole capped."""
    text = normalise_links(text)

    def link(m: re.Match[str]) -> str:
        label, url = m[1].strip(), m[2]
        if not label:
            return ""
        return m[0] if allowed(url) else label

    text = _INLINE_LINK.sub(link, text)
    parts = re.split(r"(\[[^\]\n]*\]\([^)\n]*\))", text)  # bare URLs outside links only
    text = "".join(
        p if i % 2 else _BARE_URL.sub(lambda m: m[0] if allowed(m[0]) else LINK_REMOVED, p)
        for i, p in enumerate(parts)
    )
    text = _SHORTCODE.sub(":\u200b", text)
    lines = [ln if len(ln) <= MAX_LINE_CHARS else ln[: MAX_LINE_CHARS - 1] + "…" for ln in text.split("\n")]
    text = "\n".join(lines)
    return text if len(text) <= limit else text[: limit - 1].rsplit("\n", 1)[0] + "\n\n…"
