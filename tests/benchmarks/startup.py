"""Start-up benchmark: time to a visible window, stratdesk --demo against a bare PySide6 window.

    python tests/benchmarks/startup.py [--runs 7] [--platform xcb|offscreen]

Both programs are started as fresh processes and timed from spawn until they print that their
window is shown (after the first paint, from inside the event loop). The bare window imports
SQLModel first, as the issue's baseline says. The demo plan is built once before timing so
that both measure an ordinary start, not a first-ever run. Not part of the test suite.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SOURCES = Path(__file__).resolve().parents[2] / "src" / "stratdesk"

BARE = r"""
import sqlmodel  # the baseline includes SQLModel
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication([])
window = QMainWindow()
window.resize(1200, 800)
window.show()

def shown():
    print("window-shown", flush=True)
    app.quit()

QTimer.singleShot(0, shown)
app.exec()
"""


def _time_until_shown(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Seconds from spawn to the window's first paint, and to "window-shown" (content)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True, env=env)
    assert proc.stdout is not None
    painted = None
    for line in proc.stdout:
        if "window-painted" in line:
            painted = time.perf_counter() - start
        if "window-shown" in line:
            elapsed = time.perf_counter() - start
            break
    else:
        raise RuntimeError(f"{cmd} never showed its window")
    proc.wait(timeout=30)
    return (painted if painted is not None else elapsed), elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--platform", default=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        env = {
            **{k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"},
            "QT_QPA_PLATFORM": args.platform,
            "STRATDESK_DATA_DIR": str(Path(tmp) / "data"),
            "XDG_CONFIG_HOME": str(Path(tmp) / "config"),
            "STRATDESK_EXIT_AFTER_SHOW": "1",
        }
        app = [sys.executable, "-m", "stratdesk", "--demo", "--lang", "fr"]
        # An installed stratdesk has its bytecode compiled (pip does it); so must a checkout.
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(SOURCES)], check=True)
        _time_until_shown(app, env)  # builds the demo plan; not timed
        bare, window, content = [], [], []
        for _ in range(args.runs):  # interleaved, so drift hits both alike
            bare.append(_time_until_shown([sys.executable, "-c", BARE], env)[1])
            painted, shown = _time_until_shown(app, env)
            window.append(painted)
            content.append(shown)
    b = statistics.median(bare)
    w, c = statistics.median(window), statistics.median(content)
    runs = f"(median of {args.runs})"
    print(f"bare PySide6 window after importing SQLModel: {b * 1000:.0f} ms {runs}")
    print(f"stratdesk --demo, window painted:             {w * 1000:.0f} ms, ratio {w / b:.2f}")
    print(f"stratdesk --demo, plan content painted:       {c * 1000:.0f} ms, ratio {c / b:.2f}")
    print("limit: ratio 1.30")
    return 0 if w / b <= 1.3 else 1


if __name__ == "__main__":
    sys.exit(main())
