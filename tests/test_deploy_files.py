"""The deployment files, checked without a Docker engine (none on the build machine; docs/DEPLOY.md): the
compose file's environment as the apps receive it, and the build context `.dockerignore` leaves."""

from __future__ import annotations

import fnmatch
import re
from pathlib import Path

import pytest

from pathfinder.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
_VAR = re.compile(r"\$\{(\w+)(?::([-?])([^}]*))?\}")


def _interpolate(value: str, host: dict[str, str]) -> str:
    """Compose's `${VAR}`, `${VAR:-default}` and `${VAR:?message}` (unset or empty counts as missing)."""

    def one(m: re.Match) -> str:
        name, kind, rest = m.groups()
        if host.get(name):
            return host[name]
        if kind == "?":
            raise ValueError(rest)
        return rest if kind == "-" else ""

    return _VAR.sub(one, value)


def _app_environment(host: dict[str, str]) -> dict[str, str]:
    yaml = pytest.importorskip("yaml")
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    env = compose["services"]["app-1"]["environment"]
    assert env == compose["services"]["app-2"]["environment"] == compose["services"]["indexer"]["environment"]
    return {k: _interpolate(str(v), host) for k, v in env.items()}


@pytest.mark.parametrize("key", [None, "sk-test-not-real"])
def test_the_apps_settings_from_the_compose_environment(monkeypatch, key):
    """What `docker compose config` gives the apps, read by Settings: the database and the shared index in
    PostgreSQL, the Chroma server, no demo; an OPENAI_BASE_URL the host does not set arrives as "" and must
    mean "unset" (before, "" became the LLM's base URL and every request failed to connect)."""
    host = {"PATHFINDER_DB_PASSWORD": "pw"} | ({"OPENAI_API_KEY": key} if key else {})
    env = _app_environment(host)
    assert env["OPENAI_BASE_URL"] == ""
    for name in list(Settings.model_fields) + ["OPENAI_API_KEY", "OPENAI_BASE_URL"]:
        monkeypatch.delenv(name.upper(), raising=False)
        monkeypatch.delenv(f"PATHFINDER_{name.upper()}", raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    settings = Settings(_env_file=None)
    assert settings.openai_base_url is None
    assert settings.llm_enabled is bool(key)
    assert (
        settings.database_url == settings.index_url == "postgresql://pathfinder:pw@postgres:5432/pathfinder"
    )
    assert settings.chroma_url == "http://chroma:8000" and settings.demo is False
    assert str(settings.data_dir) == "/data"
    if key:
        from pathfinder.assistant.llm.models import build_chat_model

        model = build_chat_model(settings)
        assert str(model.root_client.base_url).startswith("https://api.openai.com/")


def test_compose_refuses_to_start_without_the_database_password():
    with pytest.raises(ValueError, match="PATHFINDER_DB_PASSWORD"):
        _app_environment({})


def _ignore_rules() -> list[tuple[bool, str]]:
    rules = []
    for line in (ROOT / ".dockerignore").read_text().splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            rules.append((line.startswith("!"), line.lstrip("!").strip("/")))
    return rules


def _matches(path: str, pattern: str) -> bool:
    """Docker's rule, enough for our file: a pattern matches a path or a folder above it; `**` spans any
    number of folders, other wildcards stay within one name."""
    parts, pat = path.split("/"), pattern.split("/")

    def match(i: int, j: int) -> bool:
        if j == len(pat):
            return True  # the pattern matched this path or a folder holding it
        if i == len(parts):
            return False
        if pat[j] == "**":
            return any(match(k, j + 1) for k in range(i, len(parts) + 1))
        return fnmatch.fnmatchcase(parts[i], pat[j]) and match(i + 1, j + 1)

    return match(0, 0)


def _sent(path: str) -> bool:
    """Whether `docker build` sends the file: the last matching rule decides."""
    excluded = False
    for include, pattern in _ignore_rules():
        if _matches(path, pattern):
            excluded = not include
    return not excluded


def test_the_build_context_holds_what_the_image_copies_and_no_secret():
    copied = [
        src
        for line in (ROOT / "Dockerfile").read_text().splitlines()
        if line.startswith("COPY ")
        for src in line.split()[1:-1]
    ]
    assert copied, "the Dockerfile copies nothing?"
    for src in copied:
        assert _sent(src.rstrip("/")), f"{src} is copied by the Dockerfile but left out by .dockerignore"
    for inside in ["src/pathfinder/app_main.py", "src/pathfinder/prompts/x.txt", ".streamlit/config.toml"]:
        assert _sent(inside)
    for secret in [
        ".env",
        ".streamlit/secrets.toml",
        ".venv/bin/python",
        ".git/config",
        ".pathfinder/x.sqlite3",
    ]:
        assert not _sent(secret), f"{secret} would be sent to the Docker daemon (and may end up in the image)"
    assert not _sent("src/pathfinder/__pycache__/settings.cpython-311.pyc")


def _chroma_healthcheck(port: int) -> list[str]:
    """The chroma service's health check as Docker runs it: compose's `$$` is a literal `$`; the port is the
    test server's instead of the container's 8000."""
    yaml = pytest.importorskip("yaml")
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    test = compose["services"]["chroma"]["healthcheck"]["test"]
    assert test[0] == "CMD", "CMD-SHELL would need /bin/sh, which the chroma image may not have"
    return [part.replace("$$", "$").replace("/8000", f"/{port}") for part in test[1:]]


def _http_server(status: int):
    import http.server
    import threading

    class Heartbeat(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 - the standard library's name
            self.send_response(status if self.path == "/api/v2/heartbeat" else 404)
            self.end_headers()
            self.wfile.write(b'{"nanosecond heartbeat": 1}')

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Heartbeat)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def test_every_app_waits_for_a_healthy_chroma_and_postgres():
    yaml = pytest.importorskip("yaml")
    services = yaml.safe_load((ROOT / "docker-compose.yml").read_text())["services"]
    for name in ["app-1", "app-2", "indexer"]:
        depends = services[name]["depends_on"]
        assert depends["chroma"] == {"condition": "service_healthy"}, name
        assert depends["postgres"] == {"condition": "service_healthy"}, name
    assert "healthcheck" in services["chroma"] and "healthcheck" in services["postgres"]


@pytest.mark.parametrize(("status", "healthy"), [(200, True), (503, False), (None, False)])
def test_the_chroma_healthcheck_passes_only_on_a_heartbeat_200(status, healthy):
    """Run with bash alone (the chroma image has no curl, wget or python): healthy only when the heartbeat
    answers 200; a 503 or a closed port is unhealthy."""
    import shutil
    import socket
    import subprocess

    if shutil.which("bash") is None:
        pytest.skip("no bash")
    server = _http_server(status) if status else None
    if server:
        port = server.server_address[1]
    else:
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]  # closed once the with ends: nothing listens there
    try:
        command = _chroma_healthcheck(port)
        done = subprocess.run(command, capture_output=True, timeout=30, env={"PATH": "/nonexistent"})
        assert (done.returncode == 0) is healthy, done.stderr
    finally:
        if server:
            server.shutdown()
            server.server_close()
