"""The one Markdown escaper and URL sanitiser: untrusted text (catalogue fields, uploads, chat, model output)
turned into Markdown that renders as plain text, and links kept to plain http(s)."""

from __future__ import annotations

import re
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
    spaces, brackets as parentheses, every other Markdown-significant character backslash-escaped, and a
    leading list or heading marker neutralised. None becomes ''."""
    flat = " ".join(str(text if text is not None else "").split()).replace("[", "(").replace("]", ")")
    flat = _INLINE_SPECIAL.sub(r"\\\1", flat)
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
