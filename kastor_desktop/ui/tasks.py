"""The single task runner: database jobs run one at a time on a worker thread, network jobs
on their own thread; results come back to the GUI thread through queued signals.

Tests swap in ``SyncRunner`` so a job runs at once on the calling thread.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

log = logging.getLogger(__name__)


class Cancelled(Exception):
    """Raised inside a job when the user pressed Cancel; the job must leave nothing partial."""


@dataclass
class Progress:
    """Handed to every job. ``step`` reports progress and raises Cancelled when asked to stop."""

    _cancel: threading.Event = field(default_factory=threading.Event)
    _report: Callable[[int, int, str], None] = lambda done, total, text: None

    def step(self, done: int, total: int, text: str = "") -> None:
        if self._cancel.is_set():
            raise Cancelled()
        self._report(done, total, text)

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()


Job = Callable[[Progress], Any]
Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


@dataclass
class _Task:
    job: Job
    done: Done | None
    failed: Failed | None
    progress: Progress


class _Bridge(QObject):
    finished = Signal(object, object, object)  # task, result, error
    progressed = Signal(object, int, int, str)


class _Worker(QThread):
    def __init__(self, name: str, bridge: _Bridge) -> None:
        super().__init__()
        self.setObjectName(name)
        self.jobs: queue.Queue[_Task | None] = queue.Queue()
        self.bridge = bridge

    def run(self) -> None:
        while True:
            task = self.jobs.get()
            if task is None:
                return
            try:
                result = task.job(task.progress)
            except BaseException as error:  # noqa: BLE001 - reported to the GUI thread
                self.bridge.finished.emit(task, None, error)
            else:
                self.bridge.finished.emit(task, result, None)


class TaskRunner(QObject):
    """``run_db(job, done, failed, label=...)``; with a label a progress dialog with Cancel shows."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bridge = _Bridge()
        self._bridge.finished.connect(self._finish, Qt.ConnectionType.QueuedConnection)
        self._bridge.progressed.connect(self._progress, Qt.ConnectionType.QueuedConnection)
        self._db = _Worker("kastor-db", self._bridge)
        self._net = _Worker("kastor-net", self._bridge)
        self._db.start()
        self._net.start()
        self._dialogs: dict[int, QProgressDialog] = {}
        self.busy = 0

    def run_db(
        self,
        job: Job,
        done: Done | None = None,
        failed: Failed | None = None,
        label: str | None = None,
        parent: QWidget | None = None,
    ) -> Progress:
        return self._submit(self._db, job, done, failed, label, parent)

    def run_network(
        self, job: Job, done: Done | None = None, failed: Failed | None = None
    ) -> Progress:
        return self._submit(self._net, job, done, failed, None, None)

    def _submit(
        self,
        worker: _Worker,
        job: Job,
        done: Done | None,
        failed: Failed | None,
        label: str | None,
        parent: QWidget | None,
    ) -> Progress:
        progress = Progress()
        task = _Task(job, done, failed, progress)
        if label:
            dialog = QProgressDialog(label, self.tr("Cancel"), 0, 0, parent)
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.setMinimumDuration(400)
            dialog.canceled.connect(progress.cancel)
            self._dialogs[id(task)] = dialog
            progress._report = lambda d, t, text, task=task: self._bridge.progressed.emit(
                task, d, t, text
            )
        self.busy += 1
        worker.jobs.put(task)
        return progress

    @Slot(object, int, int, str)
    def _progress(self, task: _Task, done: int, total: int, text: str) -> None:
        dialog = self._dialogs.get(id(task))
        if dialog is not None:
            dialog.setMaximum(total)
            dialog.setValue(done)
            if text:
                dialog.setLabelText(text)

    @Slot(object, object, object)
    def _finish(self, task: _Task, result: Any, error: BaseException | None) -> None:
        self.busy -= 1
        dialog = self._dialogs.pop(id(task), None)
        if dialog is not None:
            dialog.reset()
            dialog.deleteLater()
        deliver(task, result, error)

    def shutdown(self) -> None:
        for worker in (self._db, self._net):
            worker.jobs.put(None)
            worker.wait(5000)


class SyncRunner(QObject):
    """Runs every job immediately on the calling thread (for tests and the CLI)."""

    busy = 0

    def run_db(
        self,
        job: Job,
        done: Done | None = None,
        failed: Failed | None = None,
        label: str | None = None,
        parent: QWidget | None = None,
    ) -> Progress:
        progress = Progress()
        task = _Task(job, done, failed, progress)
        try:
            result = job(progress)
        except BaseException as error:  # noqa: BLE001
            deliver(task, None, error)
        else:
            deliver(task, result, None)
        return progress

    def run_network(
        self, job: Job, done: Done | None = None, failed: Failed | None = None
    ) -> Progress:
        return self.run_db(job, done, failed)

    def shutdown(self) -> None:
        pass


def deliver(task: _Task, result: Any, error: BaseException | None) -> None:
    if error is None:
        if task.done is not None:
            task.done(result)
        return
    if isinstance(error, Cancelled):
        return
    if task.failed is not None:
        task.failed(error)
    else:
        log.error("Tarea fallida sin manejador", exc_info=error)
