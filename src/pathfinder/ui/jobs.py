"""Background jobs for the app (the catalogue re-index): a thread with progress the pages can poll.

The board is shared by all sessions (the app keeps one in st.cache_resource), so at most one re-index runs
at a time and every maintainer sees its progress, while other pages keep answering from the current index.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal

from pathfinder.errors import PathfinderError

Status = Literal["running", "done", "failed"]


@dataclass
class Job:
    """One background run. Fields are written by the worker thread and read by pages under `lock`."""

    name: str
    status: Status = "running"
    fraction: float = 0.0
    message: str = "starting"
    result: Any = None
    error: str | None = None
    started: float = field(default_factory=time.time)
    finished: float | None = None
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def report(self, done: float, total: float | None = None, message: str = "") -> None:
        """Progress callback: `report(0.4)`, `report(40, 100)` or `report(40, 100, "embedding")`."""
        fraction = done / total if total else done
        with self.lock:
            self.fraction = min(1.0, max(0.0, float(fraction)))
            if message:
                self.message = message

    def snapshot(self) -> dict[str, Any]:
        with self.lock:
            return {
                "name": self.name,
                "status": self.status,
                "fraction": self.fraction,
                "message": self.message,
                "error": self.error,
                "result": self.result,
                "seconds": (self.finished or time.time()) - self.started,
            }


class JobBoard:
    """Starts named jobs on daemon threads; refuses a second job of a name while one runs."""

    def __init__(self) -> None:
        self._jobs: dict[str, Job] = {}
        self._threads: dict[str, threading.Thread] = {}
        self._lock = threading.Lock()

    def get(self, name: str) -> Job | None:
        with self._lock:
            return self._jobs.get(name)

    def running(self, name: str) -> bool:
        job = self.get(name)
        return job is not None and job.status == "running"

    def start(self, name: str, work: Callable[[Callable[..., None]], Any]) -> Job:
        """Run `work(progress)` in the background. A PathfinderError ends the job as failed with its
        message."""
        with self._lock:
            current = self._jobs.get(name)
            if current is not None and current.status == "running":
                raise PathfinderError(
                    f"A {name} is already running; wait for it to finish (progress is shown)."
                )
            job = Job(name=name)
            self._jobs[name] = job

        def run() -> None:
            try:
                result = work(job.report)
            except PathfinderError as e:
                with job.lock:
                    job.status, job.error, job.finished = "failed", str(e), time.time()
                return
            except Exception as e:  # noqa: BLE001 - a worker thread has no one else to tell
                with job.lock:
                    job.status, job.finished = "failed", time.time()
                    job.error = (
                        f"{type(e).__name__}: {e}. This is a bug; please report it with the file you used."
                    )
                return
            with job.lock:
                job.status, job.result, job.fraction, job.finished = "done", result, 1.0, time.time()
                job.message = "finished"

        thread = threading.Thread(target=run, name=f"pathfinder-{name}", daemon=True)
        with self._lock:
            self._threads[name] = thread
        thread.start()
        return job

    def wait(self, name: str, timeout: float | None = None) -> Job | None:
        """Block until the named job's thread ends (tests and the CLI; pages poll instead)."""
        with self._lock:
            thread = self._threads.get(name)
        if thread is not None:
            thread.join(timeout)
        return self.get(name)
