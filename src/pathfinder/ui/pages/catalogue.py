"""The Catalogue page (maintainers): upload and validate catalogue files, download rejects, re-index in the
background with progress while the app keeps answering, index status and provenance, feedback analytics."""

from __future__ import annotations

import time
from pathlib import Path

import streamlit as st

from pathfinder.domain import ImportReport
from pathfinder.errors import IndexNotBuilt, PathfinderError
from pathfinder.safety.markdown import escape_md
from pathfinder.safety.uploads import check_upload, check_uploads, save_upload
from pathfinder.settings import Settings
from pathfinder.ui import analytics, resources
from pathfinder.ui.tables import frame

CATALOGUE_SUFFIXES = (".csv", ".tsv", ".json", ".jsonl", ".jsonld")
ARCHIVE_SUFFIXES = (
    ".zip",
)  # a .zip of catalogue files is unpacked and each member checked (pathfinder.safety.uploads)
JOB = "re-index"


def upload_folder(settings: Settings) -> Path:
    return settings.data_dir / "uploads" / time.strftime("%Y%m%dT%H%M%S")


def mapping_choice(settings: Settings) -> str | Path | None:
    from pathfinder.catalogue import builtin_mappings

    names = [
        "(none: our schema, or detect a built-in one)",
        *sorted(builtin_mappings()),
        "upload a TOML mapping",
    ]
    choice = st.selectbox("Column mapping for provider CSVs", names)
    if choice == names[0]:
        return None
    if choice != "upload a TOML mapping":
        return choice
    upload = st.file_uploader("Mapping file (TOML)", type=["toml"], key="mapping-upload")
    if upload is None:
        return None
    checked = check_upload(upload.name, upload.getvalue(), settings, suffixes=(".toml",))
    return save_upload(checked, settings.data_dir / "uploads" / "mappings")


def validate_section(settings: Settings) -> None:
    from pathfinder.catalogue import write_rejects
    from pathfinder.skills.ingest import read_catalogue

    uploads = st.file_uploader(
        "Catalogue files (CSV, JSON, JSONL, JSON-LD, or a ZIP of them)",
        type=[s[1:] for s in CATALOGUE_SUFFIXES + ARCHIVE_SUFFIXES],
        accept_multiple_files=True,
        key="catalogue-upload",
    )
    mapping = mapping_choice(settings)
    if st.button("Validate", disabled=not uploads):
        checked = [
            f
            for u in uploads
            for f in check_uploads(u.name, u.getvalue(), settings, suffixes=CATALOGUE_SUFFIXES)
        ]
        folder = upload_folder(settings)
        paths = [save_upload(f, folder) for f in checked]
        report, sources = read_catalogue(paths, mapping)
        shown = for_the_browser(report, folder)
        rejects_path = write_rejects(shown, folder / "rejects.jsonl")
        st.session_state["validated"] = {
            "report": report,
            "shown": shown,
            "sources": sources,
            "mapping": mapping,
            "rejects": rejects_path.read_bytes(),
        }
    validated = st.session_state.get("validated")
    if validated:
        report_view(validated["shown"], validated["rejects"])


def for_the_browser(report: ImportReport, folder: Path) -> ImportReport:
    """The report as the maintainer reads it: their files by name, never the server's upload folder (which
    the reasons of cross-file checks quote, e.g. "already used by row 2 of /srv/.../courses.csv")."""
    cut = [str(folder.resolve()) + "/", str(folder) + "/"]

    def clean(text: str) -> str:
        for prefix in cut:
            text = text.replace(prefix, "")
        return text

    rejects = [
        r.model_copy(update={"file": Path(r.file).name, "reason": clean(r.reason)}) for r in report.rejects
    ]
    return report.model_copy(
        update={
            "rejects": rejects,
            "files": [Path(f).name for f in report.files],
            "notes": [clean(n) for n in report.notes],
        }
    )


def report_view(report: ImportReport, rejects: bytes) -> None:
    cols = st.columns(3)
    cols[0].metric("Files", len(report.files))
    cols[1].metric("Credentials accepted", report.imported)
    cols[2].metric("Records rejected", report.rejected)
    for note in report.notes:
        st.caption(escape_md(note))
    if report.rejects:
        table = frame(
            [{"file": r.file, "row": r.row, "field": r.field, "reason": r.reason} for r in report.rejects]
        )
        st.dataframe(table, hide_index=True, width="stretch")  # dataframe cells are plain text, never HTML
        st.download_button("Download rejects (JSONL)", rejects, "rejects.jsonl", mime="application/x-ndjson")


def start_reindex(settings: Settings, validated: dict, replace: bool) -> None:
    """Index the validated credentials (added to, or replacing, the served catalogue) on a background thread,
    through the same ingest as `pathfinder index`: skills are inferred for entries that list none."""
    from pathfinder.skills.ingest import ingest_upload
    from pathfinder.ui.session import current_account

    account = current_account()
    if account is None or account.role not in (
        "maintainer",
        "admin",
    ):  # the page is gated; this guards any caller
        raise PathfinderError(
            "Only a catalogue maintainer or an admin can re-index: sign in with such an account."
        )
    report = validated["report"]
    resources.audit_log().record(
        "reindex",
        account.label,
        account.id,
        None,
        f"{len(report.credentials)} credentials, {'replace' if replace else 'add'}, "
        f"{len(validated['sources'])} file(s)",
    )
    current = None
    if not replace:
        try:
            current = resources.index()
        except IndexNotBuilt:
            current = None
    try:
        matcher = resources.skill_matcher()  # loaded once per app; the job builds one if this cannot
    except PathfinderError:
        matcher = None

    def work(progress):
        return ingest_upload(
            settings,
            validated["report"],
            validated["sources"],
            replace=replace,
            current=current,
            matcher=matcher,
            mapping=validated.get("mapping"),
            progress=lambda stage, done, total: progress(done, total, stage),
            store_wait=False,  # Chroma's add runs in a child process: it would hold this app's GIL
        )

    resources.job_board().start(JOB, work)


def reindex_section(settings: Settings) -> None:
    validated = st.session_state.get("validated")
    board = resources.job_board()
    if validated and validated["report"].imported and not board.running(JOB):
        replace = st.radio(
            "The validated credentials…",
            ["are added to the current catalogue", "replace the current catalogue"],
            horizontal=True,
        )
        if st.button("Re-index now", type="primary"):
            start_reindex(settings, validated, replace.startswith("replace"))
    elif not validated:
        st.caption("Validate files above to re-index them.")
    job_progress()


@st.fragment(run_every=1.0)
def job_progress() -> None:
    """Polls the background re-index once a second; only this fragment reruns, the page stays usable."""
    job = resources.job_board().get(JOB)
    if job is None:
        return
    snap = job.snapshot()
    watched = ("running", job.started)
    if snap["status"] != "running" and st.session_state.get(JOB) == watched:
        # it finished while this page watched it: the index status below was drawn before, so draw it again
        st.session_state[JOB] = ("finished", job.started)
        st.rerun(scope="app")
    if snap["status"] == "running":
        st.session_state[JOB] = watched
        st.progress(snap["fraction"], text=f"Re-indexing: {snap['message']} ({snap['fraction']:.0%})")
    elif snap["status"] == "failed":
        st.error(f"The re-index failed: {snap['error']}")
    else:
        s = snap["result"]
        st.success(
            f"Re-indexed in {snap['seconds']:.1f} s: version {s.version}, {s.total} credentials "
            f"(added {s.added}, updated {s.updated}, removed {s.removed}, embedded {s.embedded}). "
            "New questions use it now."
        )
        from pathfinder.skills.ingest import without_skills_note

        if note := without_skills_note(s):
            st.warning(note)


def status_section(settings: Settings) -> None:
    from pathfinder.index import index_status

    try:
        status = index_status(settings)
    except IndexNotBuilt as e:
        st.warning(str(e))
        return
    counts = status["counts"]
    cols = st.columns(4)
    cols[0].metric("Serving version", status["version"])
    cols[1].metric("Credentials", counts["total"])
    cols[2].metric("Embedder", f"{status['embedder']['name']} ({status['embedder']['dim']}-d)")
    cols[3].metric("Rejected at last build", counts["rejected"])
    st.caption(
        f"Built {escape_md(status['created'])} · versions on "
        f"disk: {escape_md(', '.join(status['versions_on_disk']))}"
        + (" · a re-index is running" if status["reindex_running"] else "")
    )
    if status["sources"]:
        st.dataframe(
            frame(
                [
                    {"file": s["path"], "sha256": s["sha256"][:12], "bytes": s["bytes"]}
                    for s in status["sources"]
                ]
            ),
            hide_index=True,
            width="stretch",
        )


def analytics_section(settings: Settings) -> None:
    from pathfinder.storage.learner_data import feedback_exchanges
    from pathfinder.ui.session import current_account

    exchanges = feedback_exchanges(resources.learner_stores(), current_account())  # without who asked
    if not exchanges:
        st.caption("No conversations yet.")
        return
    top, missing, down = st.tabs(["Top questions", "Unanswered questions", "Thumbs-down answers"])
    with top:
        st.dataframe(
            frame(analytics.top_questions(exchanges), columns=["question", "times asked"]),
            hide_index=True,
            width="stretch",
        )
    with missing:
        rows = [
            {"question": x.question, "intent": x.intent, "asked": x.asked_at}
            for x in analytics.unanswered(exchanges)
        ]
        st.dataframe(frame(rows, columns=["question", "intent", "asked"]), hide_index=True, width="stretch")
    with down:
        rows = [
            {"question": x.question, "answer": x.answer_text[:300], "comment": x.comment}
            for x in analytics.thumbs_down(exchanges)
        ]
        st.dataframe(frame(rows, columns=["question", "answer", "comment"]), hide_index=True, width="stretch")


def render() -> None:
    st.title("Catalogue")
    settings = resources.settings()
    st.subheader("Upload and validate")
    validate_section(settings)
    st.subheader("Re-index")
    reindex_section(settings)
    st.subheader("Index status and provenance")
    status_section(settings)
    st.subheader("Feedback")
    analytics_section(settings)
