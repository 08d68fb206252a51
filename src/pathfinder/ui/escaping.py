"""Turning untrusted text (catalogue fields, uploads, model output) into Markdown that renders as plain text."""

from __future__ import annotations

import re
from urllib.parse import quote, urlsplit

# Characters that carry meaning in CommonMark or in Streamlit's Markdown ($ starts LaTeX, : emoji shortcodes
# and ~ strikethrough). HTML is never rendered by st.markdown without unsafe_allow_html, but `<` is escaped
# too so a pasted tag shows as text everywhere, including Markdown exports opened in other viewers.
_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:=])")


def escape_md(text: object) -> str:
    """`text` with every Markdown-significant character backslash-escaped; None becomes an empty string."""
    if text is None:
        return ""
    return _SPECIAL.sub(r"\\\1", str(text))


def one_line(text: object, limit: int = 300) -> str:
    """Whitespace collapsed to single spaces and cut to `limit` characters (with an ellipsis)."""
    flat = " ".join(str(text or "").split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def safe_url(url: str | None) -> str | None:
    """The URL when it is plain http(s), with characters that would break a Markdown link quoted; else None."""
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
