"""The app's frame: page config, the pages and their navigation, the mode badge, and the error boundary."""

from __future__ import annotations

import functools
import gc
import importlib
import logging
import threading
import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

import streamlit as st

from pathfinder.errors import PathfinderError
from pathfinder.ui import resources

if TYPE_CHECKING:
    from pathfinder.domain.access import Account

# Unexpected page failures go to this logger with their traceback (the server's log); tests watch it too.
PAGE_ERRORS = logging.getLogger("pathfinder.ui.errors")
UNEXPECTED = (
    "Something went wrong on this page; it was not caused by anything you did. The details are in "
    "the server's log under reference {ref}. Reload the page to try again, and give the reference to "
    "whoever runs pathfinder if it keeps happening."
)


def guarded(render: Callable[[], None]) -> Callable[[], None]:
    """`render` with every PathfinderError shown as its message (which says the fix), never a traceback; any
    other failure is logged with its traceback on the server and shown as a plain message with a reference.
    (Streamlit's own stop and rerun signals are BaseExceptions and pass through.)"""

    @functools.wraps(render)
    def page() -> None:
        try:
            render()
        except PathfinderError as e:
            step = getattr(e, "page", None)  # not a failure but a step to take first, on that page
            if step:
                st.info(str(e), icon=":material/info:")
                st.page_link(page_of(step), label=next(title for m, title, *_ in PAGES if m == step))
            else:
                st.error(str(e), icon=":material/error:")
        except Exception:  # noqa: BLE001 - the page boundary: no traceback or server path reaches the browser
            ref = uuid.uuid4().hex[:8]
            PAGE_ERRORS.exception("page %s failed (reference %s)", render.__name__, ref)
            st.error(UNEXPECTED.format(ref=ref), icon=":material/error:")

    return page


def mode_badge(lang: str = "en") -> str:
    """'offline mode' or 'model: NAME', as shown in the sidebar, in `lang` (a learner's language)."""
    from pathfinder.assistant.i18n import t

    settings = resources.settings()
    return t("nav_model", lang, name=settings.chat_model) if settings.llm_enabled else t("nav_offline", lang)


def page_render(module: str) -> Callable[[], None]:
    """The `render` of pathfinder.ui.pages.<module>, imported only when the page is first shown (fast
    startup)."""

    def render() -> None:
        from pathfinder.ui.signin import gate

        if (
            gate(module) is not None
        ):  # signed in, and this account's role uses this page (else sign-in / why not)
            importlib.import_module(f"pathfinder.ui.pages.{module}").render()

    render.__name__ = f"{module}_page"
    return render


PAGES = (  # (module, title, icon, url path)
    ("chat", "Chat", ":material/chat:", "chat"),
    ("profile", "Profile", ":material/person:", "profile"),
    ("pathway", "Pathway", ":material/route:", "pathway"),
    ("advisor", "Advisor", ":material/support_agent:", "advisor"),
    ("catalogue", "Catalogue", ":material/library_books:", "catalogue"),
    ("admin", "Admin", ":material/admin_panel_settings:", "admin"),
    ("account", "Account", ":material/account_circle:", "account"),
)


def page_of(module: str) -> st.Page:
    """The page of pathfinder.ui.pages.<module> (Streamlit knows a page by its URL path)."""
    _, title, icon, path = next(p for p in PAGES if p[0] == module)
    return st.Page(
        guarded(page_render(module)), title=title, icon=icon, url_path=path, default=(module == "chat")
    )


def pages() -> list[st.Page]:
    return [page_of(module) for module, *_ in PAGES]


def listed(account: Account | None) -> list[str]:
    """The pages the menu lists for `account`: the ones its role uses (`domain.access.may_use_page`, the
    same rule the page gate applies); none before signing in (every page shows the sign-in form then)."""
    from pathfinder.domain.access import may_use_page

    return [module for module, *_ in PAGES if may_use_page(account, module)]


def menu(box, all_pages: list[st.Page], account: Account | None) -> None:
    """The sidebar menu: a link to each page the signed-in role uses. Every page stays routable (a learner
    opening /admin is told why not by the gate), but only usable ones are listed."""
    from pathfinder.assistant.i18n import t
    from pathfinder.ui.session import shown_language

    shown = set(listed(account))
    lang = shown_language(account)
    with box:
        for page, (module, *_) in zip(all_pages, PAGES, strict=True):
            if module in shown:
                st.page_link(page, label=t(f"nav_{module}", lang))


def _warm_up() -> None:
    """Import what later pages and the first answer need, after the first page is already on screen."""
    try:
        for module in (
            "pathfinder.ui.charts",
            "pathfinder.ui.exports",
            "pathfinder.assistant.service",
            "pathfinder.index",
            "pathfinder.ui.pages.pathway",
            "pathfinder.ui.pages.profile",
        ):
            importlib.import_module(module)
        resources.assistant()  # opens the index and loads the taxonomy too (all shared via st.cache_resource)
        # The catalogue is now hundreds of thousands of long-lived objects: move them out of the collector's
        # way,
        # so a full collection does not add ~100-200 ms to whichever reply triggers it (docs/BENCHMARKS.md).
        gc.freeze()
    except Exception:  # noqa: BLE001 - warming is best effort; the page that needs it shows the error
        return


@st.cache_resource(show_spinner=False)
def install_log_redaction() -> None:
    """Once per server: configured secrets and key-like strings are redacted from every log record (ours, the
    libraries' and Streamlit's own)."""
    from pathfinder.safety.output import install_log_redaction as install

    install(resources.settings())


@st.cache_resource(show_spinner=False)
def start_warm_up() -> threading.Thread:
    thread = threading.Thread(target=_warm_up, name="pathfinder-warm-up", daemon=True)
    thread.start()
    return thread


def sidebar(box=None, all_pages: list[st.Page] | None = None) -> None:
    """The menu of the signed-in role's pages (into `box`, the sidebar's top), who is signed in, the mode
    badge and the advisor-session note (filled after the page: the sidebar's place is fixed)."""
    try:
        settings = resources.settings()
    except PathfinderError:  # unreadable settings: the page above already shows the message and the fix
        return
    # before any chat message can be handled: the first run of a session never has one
    install_log_redaction()
    with st.sidebar:
        from pathfinder.ui.session import ACCOUNT_KEY, current_account, shown_language, sidebar_status

        account = current_account() if st.session_state.get(ACCOUNT_KEY) else None
        if box is not None and all_pages is not None:
            menu(box, all_pages, account)
        sidebar_status()
        st.badge(
            mode_badge(shown_language(account)),
            icon=":material/cloud_off:" if not settings.llm_enabled else ":material/smart_toy:",
            color="gray" if not settings.llm_enabled else "blue",
        )


def main() -> None:
    """Nothing heavy before the page: settings, pydantic and the stores load while its first elements show."""
    # An emoji icon is drawn inline; a ":material/...:" page icon makes the browser fetch it from a font CDN.
    st.set_page_config(page_title="pathfinder", page_icon="🧭", layout="wide")
    all_pages = pages()
    navigation = st.navigation(all_pages, position="hidden")  # our menu lists only the role's pages
    box = st.sidebar.container()  # the menu's place, at the sidebar's top; filled once the page ran
    navigation.run()
    sidebar(box, all_pages)
    start_warm_up()  # once per server process, after the first page has rendered
