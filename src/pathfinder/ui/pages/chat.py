"""The chat page."""

import streamlit as st


def render() -> None:
    st.title("chat")
