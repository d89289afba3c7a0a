"""Practice mode in the window, by keyboard: a round of situations with right, acceptable
and missed walks, the feedback on each, the score kept, Esc, presentation mode and reset."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from aws_advisor.core.engine.session import enumerate_paths
from aws_advisor.core.practice.bank import Situation, load_bank
from aws_advisor.core.practice.round import pick
from aws_advisor.core.practice.scores import FILE_NAME
from aws_advisor.ui.main_window import MainWindow
from tests.helpers.fake_dialogs import FakeDialogs
from tests.helpers.windows import WindowFactory

TREE = "route53_routing_policy"
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def press(
    qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    window = QApplication.activeWindow()
    assert window is not None
    qtbot.keyClick(window.focusWidget() or window, key, modifier)


def open_round(qtbot: QtBot, window: MainWindow, count: int, seed: int = 3) -> list[Situation]:
    window.practice.seed = seed
    press(qtbot, Qt.Key.Key_P, CTRL_SHIFT)
    page = window.practice.page
    assert window.pages.currentWidget() is page and page.currentWidget() is page.setup
    page.topic.setCurrentIndex(page.topic.findData(f"t:{TREE}"))
    page.count_box.setFocus()
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(page.count_box, str(count))
    press(qtbot, Qt.Key.Key_Return)
    return pick(load_bank(None, window.catalog), window.catalog, tree=TREE, count=count, seed=seed)


def answer(qtbot: QtBot, window: MainWindow, options: list[str]) -> None:
    """Answer by number keys, as a learner does."""
    for option_id in options:
        session = window.controller.session
        assert session is not None and session.current_question is not None
        number = [o.id for o in session.current_question.options].index(option_id) + 1
        press(qtbot, getattr(Qt.Key, f"Key_{number}"))


def path_to(window: MainWindow, outcome: str) -> list[str]:
    tree = window.catalog.get(TREE)
    return next([o for _, o in trail] for trail, out in enumerate_paths(tree) if out == outcome)


def test_a_keyboard_round_grades_each_walk_and_keeps_the_score(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    window = make_window(data_dir=tmp_path / "data")
    situations = open_round(qtbot, window, 9)
    page = window.practice.page
    expected = []
    for n, situation in enumerate(situations):
        assert window.pages.currentWidget() is window.question_page
        banner = window.practice.banner
        assert banner.isVisible() and situation.text in banner.text()
        assert f"Situation {n + 1} of 9" in banner.text()
        held = window.diagrams.currentWidget().currentWidget()  # type: ignore[attr-defined]
        assert "give the answer away" in held.findChild(QLabel).text()
        if situation.alternates:
            answer(qtbot, window, path_to(window, situation.alternates[0]))
            expected.append("Acceptable")
        elif n % 2:
            wrong = next(
                p
                for out, p in (
                    (o, path_to(window, o))
                    for o in [x.id for x in window.catalog.get(TREE).outcomes]
                )
                if (out != situation.expect and p[0] != situation.answer_pairs()[0][1])
                or (out != situation.expect and len(situation.answers) == 1)
            )
            answer(qtbot, window, wrong)
            expected.append("Missed")
        else:
            answer(qtbot, window, [o for _, o in situation.answer_pairs()])
            expected.append("Right")
        assert window.pages.currentWidget() is page and page.currentWidget() is page.feedback
        assert page.verdict.text().startswith(expected[-1])
        text = page.details.toPlainText()
        assert situation.debrief in text
        if expected[-1] == "Missed":
            assert "Where your path left the architect's:" in text
            assert "The architect answered:" in text
        press(qtbot, Qt.Key.Key_Return)
    assert page.currentWidget() is page.summary
    right, ok, missed = (expected.count(v) for v in ("Right", "Acceptable", "Missed"))
    assert page.total.text() == f"Score: {right} of 9 right, {ok} acceptable, {missed} missed."
    saved = json.loads((tmp_path / "data" / FILE_NAME).read_text(encoding="utf-8"))
    assert saved["categories"]["Networking"] == {"right": right, "acceptable": ok, "missed": missed}
    assert "Networking" in page.breakdown.text()


def test_going_back_after_the_feedback_does_not_change_the_score(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    window = make_window(data_dir=tmp_path / "data")
    (situation,) = open_round(qtbot, window, 1)
    pairs = situation.answer_pairs()
    first_question = window.catalog.get(TREE).question(pairs[0][0])
    assert first_question is not None
    wrong = next(o.id for o in first_question.options if o.id != pairs[0][1])
    answer(qtbot, window, [wrong])
    while window.controller.session and window.controller.session.outcome is None:
        press(qtbot, Qt.Key.Key_1)
    page = window.practice.page
    assert page.verdict.text().startswith("Missed")
    press(qtbot, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)  # start again, then right
    answer(qtbot, window, [o for _, o in pairs])
    assert page.currentWidget() is page.feedback and page.verdict.text().startswith("Right")
    press(qtbot, Qt.Key.Key_Return)
    assert page.total.text().startswith("Score: 0 of 1 right")


def test_esc_ends_the_round_with_the_situations_finished(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    window = make_window(data_dir=tmp_path / "data")
    situations = open_round(qtbot, window, 3)
    answer(qtbot, window, [o for _, o in situations[0].answer_pairs()])
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_Escape)
    page = window.practice.page
    qtbot.waitUntil(lambda: page.currentWidget() is page.summary and page.isVisible())
    assert window.pages.currentWidget() is page
    assert "1 of 1 right" in page.total.text() and "Stopped after 1 of 3" in page.total.text()
    assert not window.practice.banner.isVisible()
    press(qtbot, Qt.Key.Key_Escape)  # from the score, Esc goes to the catalogue
    assert window.pages.currentWidget() is window.catalog_page


def test_presentation_mode_hides_where_answers_lead(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    window = make_window(data_dir=tmp_path / "data")
    open_round(qtbot, window, 2)
    press(qtbot, Qt.Key.Key_F11)
    room = window.presentation.room
    assert room is not None and window.presenting
    assert window.practice.banner.isVisible()
    titles = [o.title for o in window.catalog.get(TREE).outcomes]
    assert not any(t in room.branches.text() for t in titles)
    press(qtbot, Qt.Key.Key_F11)


def test_a_damaged_scores_file_is_reported_kept_and_reset_on_request(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / FILE_NAME).write_text("{broken", encoding="utf-8")
    dialogs = FakeDialogs()
    window = make_window(data_dir=data, dialogs=dialogs)
    press(qtbot, Qt.Key.Key_P, CTRL_SHIFT)
    page = window.practice.page
    assert "could not be read" in page.scores.text()
    window.practice.reset_action.trigger()
    assert dialogs.confirmed == ["Reset practice scores"]
    assert (data / (FILE_NAME + ".old")).read_text(encoding="utf-8") == "{broken"
    assert json.loads((data / FILE_NAME).read_text(encoding="utf-8"))["categories"] == {}
    assert "could not be read" not in page.scores.text()


def test_the_catalogue_has_a_way_into_practice(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.mouseClick(window.practice.catalogue_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.practice.page
