"""Take the README screenshots of the real app: catalogue, a question, a recommendation, dark,
a workshop, presentation mode; and on projector screens, presentation mode at 1024x768 and
the window at 1280x720 with text at 2x.

Run: ``uv run python scripts/screenshots.py`` (offscreen; or under xvfb-run for a real X
window). Writes PNGs to docs/screenshots/. Settings and data go to a temporary folder. The
projector shots run in their own process each (``--screen WxH --text SCALE``), on an
offscreen screen of that size, since Qt fixes the screen when the app starts.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots"


def main(argv: list[str]) -> int:
    if "--screen" in argv:
        width, height = (int(n) for n in argv[argv.index("--screen") + 1].split("x"))
        text = float(argv[argv.index("--text") + 1]) if "--text" in argv else 1.0
        return projector(width, height, text)
    code = standard()
    for extra in (["--screen", "1024x768"], ["--screen", "1280x720", "--text", "2"]):
        code = code or subprocess.run([sys.executable, __file__, *extra], check=False).returncode
    return code


def projector(width: int, height: int, text: float) -> int:
    """Presentation mode (1x text) or the window (other text sizes) on a projector's screen."""
    home = Path(tempfile.mkdtemp(prefix="aws-advisor-shots-"))
    config = home / "screen.json"
    screen = {"name": "projector", "x": 0, "y": 0, "width": width, "height": height}
    config.write_text(json.dumps({"screens": [{**screen, "logicalDpi": 96}]}))
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        os.environ[var] = str(home / var.lower())
    from PySide6.QtCore import QSettings
    from PySide6.QtTest import QTest

    from aws_advisor.core.workshops.templates import load_templates, workshop_from_template
    from aws_advisor.ui.app import build_window, create_app
    from aws_advisor.ui.settings import Settings

    app = create_app(["aws-advisor"])
    settings = Settings(QSettings(str(home / "settings.ini"), QSettings.Format.IniFormat))
    settings.set_font_scale(text)
    window = build_window(app, settings, use_user_trees=False, data_dir=home / "data")
    window.show()
    QTest.qWaitForWindowExposed(window)
    template = load_templates(None, window.catalog).templates["web_app_ec2"]
    workshop = workshop_from_template(template, window.catalog, title="Shop platform review")
    controller = window.workshops.controller
    controller.open_new(workshop)
    window.workshops.add_tree("spot_allocation_strategy")  # the longest answers shipped
    controller.select(controller.workshop.decisions[-1].id)  # type: ignore[union-attr]
    if text == 1.0:
        window.toggle_presentation()
        name = f"presentation-{width}x{height}"
    else:
        name = f"window-{width}x{height}-text{text:g}x"
    QTest.qWait(200)
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"{name}.png"
    window.grab().save(str(path))
    print(path)
    if window.presenting:
        window.toggle_presentation()
    controller.close()
    window.close()
    return 0


def standard() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    home = Path(tempfile.mkdtemp(prefix="aws-advisor-shots-"))
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        os.environ[var] = str(home / var.lower())

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from aws_advisor.ui.app import build_window, create_app
    from aws_advisor.ui.main_window import MainWindow
    from aws_advisor.ui.settings import Settings

    app = create_app(["aws-advisor"])
    settings = Settings(QSettings(str(home / "settings.ini"), QSettings.Format.IniFormat))
    window = build_window(app, settings, use_user_trees=False, data_dir=home / "data")
    window.resize(1440, 900)
    window.show()
    OUT.mkdir(parents=True, exist_ok=True)

    def shot(name: str) -> None:
        for _ in range(5):
            app.processEvents()
        path = OUT / f"{name}.png"
        window.grab().save(str(path))
        print(path)

    def answer(*option_ids: str) -> None:
        for option_id in option_ids:
            window.controller.answer(option_id)
            app.processEvents()

    shot("catalogue")
    window.open_tree("ebs_volume_type")
    answer("single", "must_persist")
    shot("question")
    answer("random", "general", "new")
    window.diagrams.setCurrentIndex(0)
    shot("recommendation-map")
    window.diagrams.setCurrentIndex(1)
    shot("recommendation-sketch")
    settings.set_theme("dark")
    window.open_tree("elb_type")
    answer("app_servers")
    shot("dark-question")
    settings.set_theme("light")
    practice(window, shot, answer)

    from aws_advisor.core.workshops.templates import load_templates, workshop_from_template

    template = load_templates(None, window.catalog).templates["web_app_ec2"]
    workshop = workshop_from_template(
        template,
        window.catalog,
        title="Shop platform review",
        facilitator="Dana",
        participants=("Ali", "Bo", "Chen"),
    )
    window.workshops.controller.open_new(workshop)
    answer("cpu_only", "network_disks")
    controller = window.workshops.controller
    controller.select(workshop.decisions[3].id)
    answer("app_servers", "web", "dns", "plain", "legacy")
    shot("workshop")
    window.toggle_presentation()
    window.resize(1440, 900)
    controller.select(workshop.decisions[1].id)
    shot("presentation")
    window.toggle_presentation()
    assert isinstance(window, MainWindow)
    window.workshops.controller.close()  # a throwaway workshop: nothing to ask about
    window.close()
    QApplication.processEvents()
    return 0


def practice(window: object, shot: object, answer: object) -> None:
    """A practice situation, and the feedback on a walk that missed the architect's choice."""
    from PySide6.QtWidgets import QApplication

    from aws_advisor.core.engine.session import enumerate_paths
    from aws_advisor.ui.main_window import MainWindow

    assert isinstance(window, MainWindow) and callable(shot) and callable(answer)
    ui = window.practice
    ui.seed = 2
    ui.open()
    ui.page.topic.setCurrentIndex(ui.page.topic.findData("t:route53_routing_policy"))
    ui.page.count_box.setValue(3)
    ui.start_round()
    situation = ui.round[0]
    tree = window.catalog.get(situation.tree)
    first = situation.answer_pairs()[0][1]
    wrong = next(
        t for t, out in enumerate_paths(tree) if out != situation.expect and t[0][1] != first
    )
    answer(*(o for _, o in wrong[:-1]))
    shot("practice-question")
    answer(wrong[-1][1])
    shot("practice-feedback")
    window.controller.close()
    QApplication.processEvents()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
