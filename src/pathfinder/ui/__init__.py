"""The Streamlit user interface: page modules and the view helpers they share; no prompt, LLM or database
code.

`app.py` calls `pathfinder.ui.navigation.main()`. Pure helpers (charts, exports, escaping, uploads, jobs,
the role check) are importable and testable without a running Streamlit session.
"""
