"""Task runners for UI tests: synchronous, and one whose user presses Cancel mid-job."""

from __future__ import annotations

from kastor_desktop.ui.tasks import Progress, SyncRunner, _Task, deliver


class CancellingRunner(SyncRunner):
    """A synchronous runner whose user presses Cancel once the job reports step ``at``."""

    def __init__(self, at: int) -> None:
        super().__init__()
        self.at = at

    def run_db(self, job, done=None, failed=None, label=None, parent=None):  # type: ignore[no-untyped-def]
        progress = Progress()
        progress._report = lambda step, total, text: step >= self.at and progress.cancel()
        task = _Task(job, done, failed, progress)
        try:
            result = job(progress)
        except BaseException as error:  # noqa: BLE001
            deliver(task, None, error)
        else:
            deliver(task, result, None)
        return progress
