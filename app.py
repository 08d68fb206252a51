"""pathfinder's Streamlit app: `streamlit run app.py`. The pages live in pathfinder.ui; this file only starts
them."""

from pathfinder.runtime import limit_native_threads

limit_native_threads()  # before numpy loads: one BLAS thread per serving process
from pathfinder.ui.navigation import main  # noqa: E402

main()
