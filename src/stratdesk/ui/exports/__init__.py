"""Exports from the interface: a Qt-free export function run in a worker thread, with a
progress dialog, Cancel, and one clear message when it fails. The window stays responsive.

The export function (in `io/` or `reports/`) knows nothing of Qt. It takes a `progress`
callable and calls `progress(done, total)` now and then (total may change; 0 means "not
known yet"); after Cancel, that call raises `ExportCancelled`, so the function must clean up
in `finally`/`except BaseException` (`io.atomic_file.write_atomically` does: nothing is left
behind). It returns whatever the success message needs, and raises `StratdeskError` with a
sentence for a refusal (a missing or read-only folder…).

    from stratdesk.ui.exports import ExportJob, ExportRunner

    runner = ExportRunner(window, notify=window.show_notice)
    runner.start(
        ExportJob(
            title=self.tr("Exporting the PDF…"),
            run=lambda progress: write_pdf(services, plan_id, path, progress=progress),
            done=lambda result: self.tr("The plan was written to {path}").format(path=path),
        )
    )

`ExportRunner` signals: `finished(result)`, `failed(message)` (also shown in a window-modal
message box), `cancelled()`. One export runs at a time per runner (`start` returns False
while one is running); `wait(ms)` blocks until it is done (tests, closing). Read models only:
the function reads through the services (each call its own connection), never live rows.

`calendar.export_calendar(parent, document)` asks where to save the campaigns as .ics and
runs it (File › Export › Calendar…, and the Campaigns page's button).
"""

from stratdesk.ui.exports.runner import ExportCancelled, ExportJob, ExportRunner

__all__ = ["ExportCancelled", "ExportJob", "ExportRunner"]
