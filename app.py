"""pathfinder's Streamlit app: `streamlit run app.py`. The pages live in pathfinder.ui; this file only starts
them."""

from pathfinder.runtime import limit_native_threads, serialise_ast_parse

limit_native_threads()  # before numpy loads: one BLAS thread per serving process
serialise_ast_parse()  # the warm-up thread and page runs may both parse (CPython gh-106905)
from pathfinder.ui.navigation import main  # noqa: E402

main()
