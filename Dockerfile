# pathfinder app image: Python 3.11, the pinned requirements, the package installed in place (its prompts and
# bundled corpus are package data under src/pathfinder/), run as an unprivileged user. Used twice by docker-compose.yml (app-1, app-2).
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    # accounts only: the demo guest shortcut stays off in deployment (docs/APP.md)
    PATHFINDER_DEMO=false \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    # Streamlit: listen on the container's interface (the compose file publishes on 127.0.0.1 only), never phone out
    STREAMLIT_SERVER_ADDRESS=0.0.0.0 \
    STREAMLIT_SERVER_PORT=8501 \
    STREAMLIT_BROWSER_GATHER_USAGE_STATS=false \
    # pathfinder: data on the shared volume; the Chroma server and the database come from docker-compose.yml
    PATHFINDER_DATA_DIR=/data

WORKDIR /app
COPY requirements.txt pyproject.toml README.md ./
COPY src ./src
RUN pip install -r requirements.txt && pip install --no-deps -e .
COPY .streamlit ./.streamlit
COPY app.py ./

# user-only data directory (pathfinder also creates it 0o700 when it is missing)
RUN useradd --create-home --uid 10001 pathfinder && mkdir -m 0700 /data && chown pathfinder /data
USER pathfinder
VOLUME ["/data"]
EXPOSE 8501

HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD python -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8501/_stcore/health', timeout=4)"

CMD ["streamlit", "run", "app.py"]
