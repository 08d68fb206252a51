"""pathfinder's Streamlit app: `streamlit run app.py`. The pages live in pathfinder.ui; this file only starts
them."""

from pathfinder.ui.navigation import main

main()
