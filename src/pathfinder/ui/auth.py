"""The role gate for the Advisor and Catalogue pages: a shared secret per role, checked once per session."""

from __future__ import annotations

import hmac
from collections.abc import Mapping
from typing import Any, Literal

import streamlit as st

from pathfinder.settings import Settings

Role = Literal["advisor", "maintainer"]

ROLE_PAGES: dict[str, str] = {"advisor": "Advisor", "maintainer": "Catalogue"}


def expected_secret(settings: Settings, role: Role, secrets: Mapping[str, Any] | None = None) -> str | None:
    """The secret that unlocks `role`: PATHFINDER_<ROLE>_SECRET first, then `<role>_secret` in secrets.toml."""
    configured = settings.advisor_secret if role == "advisor" else settings.maintainer_secret
    if configured is not None and configured.get_secret_value():
        return configured.get_secret_value()
    if secrets is not None:
        value = secrets.get(f"{role}_secret")
        if value:
            return str(value)
    return None


def secret_matches(given: str, expected: str | None) -> bool:
    """Constant-time comparison; nothing matches when no secret is configured."""
    if not expected or not given:
        return False
    return hmac.compare_digest(given.encode(), expected.encode())


def streamlit_secrets() -> Mapping[str, Any]:
    """st.secrets as a plain mapping, empty when there is no secrets.toml."""
    try:
        return dict(st.secrets)
    except Exception:  # noqa: BLE001 - Streamlit raises several types for a missing/invalid secrets file
        return {}


def has_role(role: Role) -> bool:
    return role in st.session_state.get("roles", set())


def grant(role: Role) -> None:
    st.session_state.setdefault("roles", set()).add(role)


def how_to_enable(role: Role) -> str:
    page = ROLE_PAGES[role]
    return (
        f"The {page} page is turned off. To turn it on, set a secret for the {role} role, either in the "
        f"environment (`PATHFINDER_{role.upper()}_SECRET=...`) or in `.streamlit/secrets.toml` "
        f"(`{role}_secret = \"...\"`), then restart the app and enter that secret here."
    )


def role_gate(role: Role, settings: Settings) -> bool:
    """True when this session holds `role`; otherwise shows how to enable or unlock the page and returns False."""
    if has_role(role):
        return True
    expected = expected_secret(settings, role, streamlit_secrets())
    if expected is None:
        st.info(how_to_enable(role))
        return False
    with st.form(f"unlock-{role}"):
        given = st.text_input(f"{role.capitalize()} secret", type="password")
        if st.form_submit_button("Unlock"):
            if secret_matches(given, expected):
                grant(role)
                st.rerun()
            st.error("That secret is not right. Ask whoever runs this app for the " + role + " secret.")
    return False
