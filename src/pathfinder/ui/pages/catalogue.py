"""The catalogue page."""

import streamlit as st


def render() -> None:
    st.title("catalogue")
