"""docker-compose.yml's topology as local processes, for machines without a Docker engine (not a test).

    .venv/bin/python tools/compose_smoke.py postgresql://pathfinder@127.0.0.1:PORT/DB [--out DIR]

Reads the apps' environment from docker-compose.yml (the same interpolation as compose, the password taken
from the URL), then runs what the containers run: a `chroma run` server (the `chroma` service), the one-off
`indexer` (`pathfinder index --if-needed`, with app-1's data folder, as its volume is app-1's), and app-1 and
app-2 (`streamlit run app.py`, each with its own data folder, no shared disk). Checks: both answer
/_stcore/health; app-2 serves the version the indexer built (fetched from the database); in Chromium, the
first admin's one-time password printed by app-1 signs in on app-1 and is replaced; app-2 resumes that
session from its cookie, signs out, and the new password signs in there (one account and session store).
Prints one JSON line; exits 1 on a failed check. Images, volumes and the healthcheck commands themselves need
a Docker engine (docs/DEPLOY.md).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
import urllib.parse
from pathlib import Path

import yaml

from pathfinder.settings import PROJECT_ROOT
from pathfinder.ui.browser import CHROMIUM, app_server, chromium_page, free_port

VAR = re.compile(r"\$\{(\w+)(?::([-?])([^}]*))?\}")
NEW_PASSWORD = "compose-smoke-Pw-7319"


def app_environment(host: dict[str, str]) -> dict[str, str]:
    compose = yaml.safe_load((PROJECT_ROOT / "docker-compose.yml").read_text())
    env = compose["services"]["app-1"]["environment"]

    def one(m: re.Match) -> str:
        name, kind, rest = m.groups()
        if host.get(name):
            return host[name]
        if kind == "?":
            raise SystemExit(f"compose would refuse to start: {rest}")
        return rest if kind == "-" else ""

    return {k: VAR.sub(one, str(v)) for k, v in env.items()}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("database_url", help="an empty PostgreSQL database (tools/postgres_server.sh)")
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args()
    url = urllib.parse.urlsplit(args.database_url)
    out = args.out or Path(tempfile.mkdtemp(prefix="pf-compose-"))
    checks: dict[str, object] = {}
    chroma_port = free_port()
    env = app_environment({"PATHFINDER_DB_PASSWORD": url.password or "unused"})
    # compose's service names are hosts on its network; here everything is on 127.0.0.1
    env["PATHFINDER_DATABASE_URL"] = env["PATHFINDER_INDEX_URL"] = args.database_url
    env["PATHFINDER_CHROMA_URL"] = f"http://127.0.0.1:{chroma_port}"
    env["STREAMLIT_BROWSER_GATHER_USAGE_STATS"] = "false"  # as the Dockerfile sets
    data = {name: out / name for name in ("app-1", "app-2")}
    out.mkdir(parents=True, exist_ok=True)
    chroma_log = open(out / "chroma.log", "w")  # noqa: SIM115 - open while the server runs, closed below
    chroma = subprocess.Popen(
        [str(Path(sys.executable).parent / "chroma"), "run", "--path", str(out / "chroma-data"), "--host",
         "127.0.0.1", "--port", str(chroma_port)],
        stdout=chroma_log, stderr=subprocess.STDOUT,
    )  # fmt: skip
    try:
        time.sleep(3)
        indexer = subprocess.run(
            [str(Path(sys.executable).parent / "pathfinder"), "index", "--if-needed"],
            env={**os.environ, **env, "PATHFINDER_DATA_DIR": str(data["app-1"])},
            capture_output=True, text=True, timeout=900,
        )  # fmt: skip
        checks["indexer"] = (indexer.returncode, indexer.stdout.strip().splitlines()[-1:])
        if indexer.returncode:
            raise RuntimeError(indexer.stderr[-2000:])
        with (
            app_server({**env, "PATHFINDER_DATA_DIR": str(data["app-1"])}, out / "app-1.log") as one,
            app_server({**env, "PATHFINDER_DATA_DIR": str(data["app-2"])}, out / "app-2.log") as two,
        ):
            checks["health_s"] = [round(one.wait_healthy(180), 1), round(two.wait_healthy(180), 1)]
            if CHROMIUM.exists():
                with chromium_page() as page:
                    page.goto(one.url, timeout=120_000)
                    page.get_by_label("Username", exact=True).wait_for(timeout=120_000)
                    time.sleep(1)
                    found = re.search(r"one-time password (\S+)", (out / "app-1.log").read_text())
                    checks["one_time_password_printed"] = bool(found)
                    assert found, "app-1 printed no one-time password"
                    page.get_by_label("Username", exact=True).fill("admin")
                    page.get_by_label("Password", exact=True).fill(found.group(1))
                    page.get_by_role("button", name="Sign in", exact=True).click()
                    page.get_by_text("Choose your own password").first.wait_for(timeout=120_000)
                    form = page.get_by_test_id("stForm").filter(has_text="Choose your own password")
                    form.get_by_label("New password (at least 10 characters)").fill(NEW_PASSWORD)
                    form.get_by_label("The same password again").fill(NEW_PASSWORD)
                    form.get_by_role("button", name="Change password").click()
                    page.get_by_role("button", name="Sign out").first.wait_for(timeout=120_000)
                    checks["app_1_signed_in"] = True
                    # the session cookie (host-wide, so sent to the other port too) resumes on app-2: one
                    # session store in the database
                    page.goto(two.url, timeout=120_000)
                    page.get_by_role("button", name="Sign out").first.wait_for(timeout=120_000)
                    checks["app_2_resumed_the_session"] = True
                    page.get_by_role("button", name="Sign out").first.click()
                    page.get_by_label("Username", exact=True).wait_for(timeout=120_000)
                    page.get_by_label("Username", exact=True).fill("admin")
                    page.get_by_label("Password", exact=True).fill(NEW_PASSWORD)
                    page.get_by_role("button", name="Sign in", exact=True).click()
                    page.get_by_role("button", name="Sign out").first.wait_for(timeout=120_000)
                    checks["app_2_signed_in_with_the_new_password"] = True
                    page.screenshot(path=str(out / "app-2.png"), full_page=True)
            status = subprocess.run(
                [str(Path(sys.executable).parent / "pathfinder"), "index", "--status"],
                env={**os.environ, **env, "PATHFINDER_DATA_DIR": str(data["app-2"])},
                capture_output=True, text=True, timeout=300,
            )  # fmt: skip
            checks["app_2_index_status"] = status.stdout.strip().splitlines()[:2]
            versions = [sorted(p.name for p in (d / "index" / "versions").glob("2*")) for d in data.values()]
            checks["versions_cached"] = versions
            assert versions[0] and versions[0] == versions[1], "app-2 does not serve the indexer's version"
        errors = [
            line
            for name in ("app-1.log", "app-2.log")
            for line in (out / name).read_text().splitlines()
            if "Traceback" in line or "Error" in line
        ]
        checks["errors_in_app_logs"] = errors[:5]
        ok = not errors
    except Exception as e:  # noqa: BLE001 - a smoke run reports what failed
        checks["failed"] = f"{type(e).__name__}: {e}"[:1500]
        ok = False
    finally:
        chroma.terminate()
        chroma.wait(timeout=30)
        chroma_log.close()
    print(json.dumps({"ok": ok, "out": str(out), **checks}))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
