"""Hand-written sources of the bundled catalogue, one module per (fictional) provider; see
tools/build_catalogue.py."""
