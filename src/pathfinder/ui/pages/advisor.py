"""The advisor page."""

import streamlit as st


def render() -> None:
    st.title("advisor")
