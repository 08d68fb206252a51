"""AppTest: the Catalogue page is only for maintainer (and admin) accounts, validates uploads with a rejects
table, re-indexes in the background (skills inferred, as on the command line; audited), and shows index status
and feedback analytics."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from ui_harness import account, app_settings, sign_in, start_app, texts  # noqa: F401 - app_settings is a fixture

from pathfinder.index import open_index
from pathfinder.index.versions import current_version
from pathfinder.storage.audit import AuditLog
from pathfinder.storage.conversations import ConversationStore
from pathfinder.ui import resources

CSV = (
    b"id,title,provider,hours,eqf_level,skills,languages,cost\n"
    b"new-1,Power BI dashboards,Test Academy,40,5,,en,100\n"
    b"bad-1,,Test Academy,x,12,,en,10\n"
)


def test_signed_out_or_as_a_learner_the_page_offers_nothing(app_settings):
    at = start_app("catalogue", role=None)
    assert not at.exception
    assert "Sign in" in [b.label for b in at.button]
    assert not at.get("file_uploader") and not [b for b in at.button if b.label == "Re-index now"]
    at = start_app("catalogue")  # a learner account
    assert "does not use this page" in texts(at)
    assert not at.get("file_uploader")


def test_a_wrong_password_is_refused_and_the_maintainer_signs_in(app_settings):
    account("maintainer")
    at = start_app("catalogue", role=None)
    at = sign_in(at, "maintainer-one", "not the password")
    assert any("Wrong username or password" in e.value for e in at.error)
    assert not at.get("file_uploader")
    at = sign_in(at, "maintainer-one")
    assert not at.exception, at.exception
    assert at.get("file_uploader")
    assert "Index status and provenance" in texts(at)


def test_validate_and_reindex_in_the_background_audited(app_settings):
    at = start_app("catalogue", role="maintainer")
    before = current_version(app_settings)
    at.file_uploader(key="catalogue-upload").set_value([("../../new courses.csv", CSV, "text/csv")])
    at.run()
    next(b for b in at.button if b.label == "Validate").click().run()
    assert not at.exception, at.exception
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Credentials accepted"] == "1" and metrics["Records rejected"] == "1"
    rejects = at.dataframe[0].value
    assert list(rejects["file"]) == ["new_courses.csv"] and "title" in rejects["reason"][0]
    assert "Download rejects (JSONL)" in [d.label for d in at.get("download_button")]
    saved = list((app_settings.data_dir / "uploads").rglob("*.csv"))
    assert [p.name for p in saved] == ["new_courses.csv"]  # the upload's path parts were dropped

    next(b for b in at.button if b.label == "Re-index now").click().run()
    job = resources.job_board().wait("re-index", timeout=60)
    assert job.status == "done", job.error
    at.run()
    assert any("Re-indexed" in s.value for s in at.success)
    index = open_index(app_settings)
    assert current_version(app_settings) != before and index.get("new-1") is not None
    # the status section, drawn before the job ended, is drawn again: it names the new version, not the old
    serving = next(m.value for m in at.metric if m.label == "Serving version")
    assert serving == current_version(app_settings)
    assert index.get("da-1") is not None  # added to the catalogue, not replacing it
    [entry] = AuditLog(app_settings.database_path).entries(action="reindex")
    assert entry.actor == "Test Maintainer (maintainer-one)" and "1 credentials, add" in entry.detail
    # the page's re-index infers skills as `pathfinder index` does (one ingest path): the upload lists none
    assert {s.label for s in index.get("new-1").skills if s.inferred} >= {"business intelligence"}


def test_feedback_analytics_lists_questions_and_thumbs_down(app_settings, monkeypatch):
    at = start_app()
    at.chat_input[0].set_value("I want to become a data analyst").run()
    at.chat_input[0].set_value("courses on underwater basket weaving").run()
    store = ConversationStore(app_settings.database_path)
    [conversation] = store.list("learner-test")
    store.feedback(store.message_ids(conversation.id)[0], -1, "not what I asked")
    at = start_app("catalogue", role="maintainer")
    assert not at.exception, at.exception
    frames = [d.value for d in at.dataframe]
    top = next(f for f in frames if "times asked" in f.columns)
    assert "i want to become a data analyst" in list(top["question"])
    down = next(f for f in frames if "comment" in f.columns)
    assert list(down["comment"]) == ["not what I asked"]


def test_a_formula_typed_in_the_chat_cannot_run_from_the_maintainers_tables(app_settings):
    """Issue #17: st.dataframe's own CSV download keeps cells as shown, so the cells are made formula-safe."""
    at = start_app()
    at.chat_input[0].set_value('=HYPERLINK("http://evil.example","click")').run()
    store = ConversationStore(app_settings.database_path)
    [conversation] = store.list("learner-test")
    store.feedback(store.message_ids(conversation.id)[0], -1, "@SUM(1+1)*cmd|' /C calc'!A0")
    at = start_app("catalogue", role="maintainer")
    assert not at.exception, at.exception
    cells = [str(v) for d in at.dataframe for col in d.value.columns for v in d.value[col]]
    typed = [c for c in cells if "hyperlink" in c.lower() or "calc" in c]
    assert typed and all(c.startswith("'") for c in typed), typed


def test_pages_build_their_tables_formula_safe():
    pages = Path(__file__).parents[1] / "src" / "pathfinder" / "ui" / "pages"
    for page in pages.glob("*.py"):
        assert "DataFrame(" not in page.read_text(encoding="utf-8"), (
            f"{page.name}: use pathfinder.ui.tables.frame"
        )


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buffer.getvalue()


def test_a_zip_of_catalogue_files_is_unpacked_and_an_unsafe_zip_is_refused(app_settings):
    at = start_app("catalogue", role="maintainer")
    cp1252 = "id,title,provider,hours,eqf_level,skills,languages,cost\nfr-1,Données en café,Acad,10,4,,fr,0\n"
    at.file_uploader(key="catalogue-upload").set_value(
        [
            (
                "batch.zip",
                _zip(
                    {
                        "spring/new.csv": CSV,
                        "spring/french.csv": cp1252.encode("cp1252"),
                        "__MACOSX/._new.csv": b"junk",
                    }
                ),
                "application/zip",
            )
        ]
    )
    at.run()
    next(b for b in at.button if b.label == "Validate").click().run()
    assert not at.exception, at.exception
    metrics = {m.label: m.value for m in at.metric}
    assert (
        metrics["Files"] == "2"
        and metrics["Credentials accepted"] == "2"
        and metrics["Records rejected"] == "1"
    )
    saved = sorted(p.name for p in (app_settings.data_dir / "uploads").rglob("*.csv"))
    assert saved == ["french.csv", "new.csv"]  # members saved flat under their base names, debris skipped

    at.file_uploader(key="catalogue-upload").set_value(
        [("evil.zip", _zip({"../../outside.csv": CSV}), "application/zip")]
    )
    at.run()
    next(b for b in at.button if b.label == "Validate").click().run()
    assert not at.exception
    assert any("unsafe path" in e.value for e in at.error)
    assert not list(app_settings.data_dir.parent.rglob("outside.csv"))


def test_rejects_name_the_maintainers_files_never_the_servers_upload_folder(app_settings):
    """A duplicate id's reason quoted the server path of the first row ("already used by row 2 of
    /…/data/uploads/20261205T…/upload.csv"; seen in a real browser, session 7)."""
    dup = CSV + b"new-1,Same id again,Test Academy,10,5,,en,5\n"
    at = start_app("catalogue", role="maintainer")
    at.file_uploader(key="catalogue-upload").set_value([("courses.csv", dup, "text/csv")])
    at.run()
    next(b for b in at.button if b.label == "Validate").click().run()
    assert not at.exception, at.exception
    rejects = at.dataframe[0].value
    [reason] = [r for r in rejects["reason"] if "duplicate id" in r]
    assert "row 1 of courses.csv" in reason
    server = str(app_settings.data_dir)
    shown = [str(v) for col in rejects.columns for v in rejects[col]] + [c.value for c in at.caption]
    assert not [s for s in shown if server in s or "/uploads/" in s]
    assert [d.label for d in at.get("download_button")] == ["Download rejects (JSONL)"]
    saved = next((app_settings.data_dir / "uploads").rglob("rejects.jsonl")).read_text()
    assert server not in saved and '"file": "courses.csv"' in saved
