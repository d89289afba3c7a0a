"""A real launch: the collector paused for start-up is running again once the window shows."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SCRIPT = """
import gc, sys
from PySide6.QtCore import QTimer
import aws_advisor.ui.app as app_module

real_create_app = app_module.create_app

def create_app(argv=None):
    app = real_create_app(argv)
    print("paused during start-up:", not gc.isenabled(), flush=True)
    waited = [0]
    def report():
        # Waits for the first paint, short of the 3 s fallback that would resume it anyway.
        if not gc.isenabled() and waited[0] < 2800:
            waited[0] += 100
            QTimer.singleShot(100, report)
            return
        print("collecting once shown:", gc.isenabled(), gc.get_freeze_count() > 0, flush=True)
        app.quit()
    QTimer.singleShot(100, report)
    return app

app_module.create_app = create_app
from aws_advisor.cli.main import main
sys.exit(main(["--no-user-trees"]))
"""


def test_the_collector_resumes_after_the_first_paint(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        env[var] = str(tmp_path / var.lower())
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert "paused during start-up: True" in done.stdout
    assert "collecting once shown: True True" in done.stdout
