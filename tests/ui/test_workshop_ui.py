"""Workshops in the window: agenda, notes, files, recovery, drift, what-if, presenting, export."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from aws_advisor.core.resources import shipped_tree_dir
from aws_advisor.core.workshops.storage import open_workshop
from aws_advisor.core.workshops.templates import load_templates
from aws_advisor.ui.main_window import MainWindow
from tests.helpers.fake_dialogs import FakeDialogs
from tests.helpers.windows import WindowFactory, click_tree_in_catalogue
from tests.helpers.workshops import CATALOG

WEB_APP = len(load_templates(None, CATALOG).templates["web_app_ec2"].decisions)
"""The agenda of the web application template, which the fake New Workshop dialog picks."""
ELB_TO_CLB = ["app_servers", "web", "dns", "plain", "legacy"]


def press(
    qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    """A key as the user types it: to whatever has focus in the active window."""
    window = QApplication.activeWindow()
    assert window is not None
    qtbot.keyClick(window.focusWidget() or window, key, modifier)


def start_workshop(
    qtbot: QtBot, make_window: WindowFactory, dialogs: FakeDialogs, data: Path
) -> MainWindow:
    window = make_window(dialogs=dialogs, data_dir=data)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.workshops.active
    return window


def click_option(qtbot: QtBot, window: MainWindow, option_id: str) -> None:
    (button,) = [b for b in window.question_page.option_buttons if b.option_id == option_id]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def choose_classic_load_balancer(qtbot: QtBot, window: MainWindow) -> None:
    """Open the agenda's load balancer decision (4th) and answer it through to the CLB."""
    select_agenda_row(qtbot, window, 3)
    for option in ELB_TO_CLB:
        click_option(qtbot, window, option)


def select_agenda_row(qtbot: QtBot, window: MainWindow, row: int) -> None:
    agenda = window.workshops.panel.agenda
    item = agenda.item(row)
    assert item is not None
    rect = agenda.visualItemRect(item)
    qtbot.mouseClick(agenda.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_new_workshop_from_a_template_fills_the_agenda_and_autosaves_answers(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    dialogs = FakeDialogs()
    window = start_workshop(qtbot, make_window, dialogs, tmp_path / "data")
    panel = window.workshops.panel
    assert window.workshops.dock.isVisible()
    assert panel.agenda.count() == WEB_APP
    assert "Shop platform review" in panel.title.text()
    assert "Dana" in panel.people.text() and "Ali, Bo" in panel.people.text()
    # The first open decision is on screen, ready for the number keys.
    assert window.pages.currentWidget() is window.question_page
    assert window.controller.session is not None
    assert window.controller.session.tree.id == "instance_family"
    press(qtbot, Qt.Key.Key_1)  # a GPU for training: straight to a recommendation
    assert window.pages.currentWidget() is window.recommendation_page
    assert panel.progress.text().startswith(f"1 of {WEB_APP} decided")
    assert "→" in panel.agenda.item(0).text()
    autosaves = list((tmp_path / "data" / "autosave").glob("*.awsadvisor"))
    assert len(autosaves) == 1
    saved = json.loads(autosaves[0].read_text(encoding="utf-8"))
    assert saved["decisions"][0]["outcome"]["id"] == "accel_training"


def test_notes_typed_on_an_answer_are_kept_and_saved(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    dialogs = FakeDialogs()
    dialogs.paths["workshop"] = tmp_path / "review.awsadvisor"
    window = start_workshop(qtbot, make_window, dialogs, tmp_path / "data")
    press(qtbot, Qt.Key.Key_3)  # ordinary processors
    panel = window.workshops.panel
    assert panel.notes_box.isEnabled()
    qtbot.keyClicks(panel.note_why, "No GPU work planned this year")
    qtbot.keyClicks(panel.note_dissent, "Bo wants to keep the option open")
    press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    saved = open_workshop(tmp_path / "review.awsadvisor")
    (note,) = saved.decisions[0].notes
    assert (note.question, note.why, note.dissent) == (
        "accelerator",
        "No GPU work planned this year",
        "Bo wants to keep the option open",
    )
    assert not window.workshops.controller.dirty


def test_save_open_round_trip_through_the_window(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    dialogs = FakeDialogs()
    path = tmp_path / "review.awsadvisor"
    dialogs.paths["workshop"] = path
    window = start_workshop(qtbot, make_window, dialogs, tmp_path / "data")
    choose_classic_load_balancer(qtbot, window)
    assert window.controller.session is not None and window.controller.session.outcome
    press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    window.close()

    dialogs2 = FakeDialogs()
    dialogs2.open_with = path
    window2 = make_window(dialogs=dialogs2, data_dir=tmp_path / "data2")
    press(qtbot, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    workshop = window2.workshops.controller.workshop
    assert workshop is not None and workshop.title == "Shop platform review"
    elb = workshop.decisions[3]
    assert elb.outcome is not None and elb.outcome.id == "clb"
    assert [a.option for a in elb.answers] == ELB_TO_CLB
    # The Classic Load Balancer rule fires and is listed for the room to see.
    warnings = [
        window2.workshops.panel.warnings.item(i).text()
        for i in range(window2.workshops.panel.warnings.count())
    ]
    assert any("Classic Load Balancer" in w for w in warnings)


def test_closing_with_unsaved_changes_asks_and_cancel_keeps_the_window(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    dialogs = FakeDialogs()
    dialogs.save_choice = "cancel"
    window = start_workshop(qtbot, make_window, dialogs, tmp_path / "data")
    assert not window.close()
    assert window.isVisible()
    assert dialogs.asked_to_save == ["Shop platform review"]


def test_a_drifted_tree_is_flagged_and_the_record_kept(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    dialogs = FakeDialogs()
    path = tmp_path / "review.awsadvisor"
    dialogs.paths["workshop"] = path
    window = start_workshop(qtbot, make_window, dialogs, tmp_path / "data")
    choose_classic_load_balancer(qtbot, window)
    press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    window.close()

    # A user tree replaces nothing, so drift is simulated with the file itself: the recorded
    # answer "legacy" no longer exists in a changed copy of the tree.
    data = json.loads(path.read_text(encoding="utf-8"))
    for answer in data["decisions"][3]["answers"]:
        if answer["option"] == "legacy":
            answer["option"] = "retired_option"
    path.write_text(json.dumps(data), encoding="utf-8")
    before = path.read_bytes()

    dialogs2 = FakeDialogs()
    dialogs2.open_with = path
    window2 = make_window(dialogs=dialogs2, data_dir=tmp_path / "data2")
    press(qtbot, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    select_agenda_row(qtbot, window2, 3)
    drift = window2.workshops.panel.drift
    assert drift.isVisible()
    assert "no longer exists" in drift.text()
    reopened = window2.workshops.controller.workshop
    assert reopened is not None
    recorded = reopened.decisions[3]
    assert recorded.outcome is not None and recorded.outcome.id == "clb"
    assert path.read_bytes() == before


def test_damaged_file_gets_a_clear_message_and_stays_untouched(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    path = tmp_path / "broken.awsadvisor"
    path.write_bytes(b'{"format_version": 1, "title": ')
    dialogs = FakeDialogs()
    dialogs.open_with = path
    window = make_window(dialogs=dialogs, data_dir=tmp_path / "data")
    press(qtbot, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert not window.workshops.active
    assert len(dialogs.messages) == 1 and str(path) in dialogs.messages[0][1]
    assert path.read_bytes() == b'{"format_version": 1, "title": '


def test_what_if_copy_and_side_by_side_comparison(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    dialogs = FakeDialogs()
    window = start_workshop(qtbot, make_window, dialogs, tmp_path / "data")
    panel = window.workshops.panel
    choose_classic_load_balancer(qtbot, window)
    qtbot.mouseClick(panel.whatif_button, Qt.MouseButton.LeftButton)
    assert panel.agenda.count() == WEB_APP + 1
    assert "4a. Choose a load balancer type (what-if)" in panel.agenda.item(4).text()
    assert "5. " in panel.agenda.item(5).text()  # the copy renumbers nothing
    assert f"of {WEB_APP} decided" in panel.progress.text()  # and is not a decision of its own
    # Change the last answer on the copy: a new build instead of the legacy one.
    qtbot.mouseClick(window.recommendation_page.back_button, Qt.MouseButton.LeftButton)
    click_option(qtbot, window, "new_build")
    qtbot.mouseClick(panel.compare_button, Qt.MouseButton.LeftButton)
    (comparison,) = dialogs.comparisons
    assert comparison.first.outcome is not None and comparison.first.outcome.id == "clb"
    assert comparison.second.outcome is not None and comparison.second.outcome.id == "alb"
    assert [d.question for d in comparison.differences] == ["existing_clb"]
    assert not comparison.same_outcome


def test_presentation_mode_keyboard_only(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    window = start_workshop(qtbot, make_window, FakeDialogs(), tmp_path / "data")
    press(qtbot, Qt.Key.Key_F11)
    assert window.presenting
    assert not window.menuBar().isVisible() and not window.workshops.dock.isVisible()
    assert QFontInfo(QApplication.font()).pixelSize() >= 20  # body text of 20 px and more
    assert QApplication.palette().window().color().name() == "#000000"
    room = window.presentation.room
    assert room is not None and room.isVisible() and not window.diagrams.isVisible()
    assert window.strip.isVisible()
    assert f"Decision 1 of {WEB_APP}" in window.strip.text()
    press(qtbot, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert f"Decision 2 of {WEB_APP}" in window.strip.text()
    assert window.controller.session is not None
    assert window.controller.session.tree.id == "ec2_purchase_option"
    press(qtbot, Qt.Key.Key_3)  # shared hardware is fine
    assert len(window.controller.session.path) == 1
    assert "1. " in room.so_far.text() and "→" in room.branches.text()
    press(qtbot, Qt.Key.Key_Escape)
    assert not window.presenting and window.menuBar().isVisible()
    assert window.workshops.dock.isVisible()
    assert not room.isVisible() and window.page_pane.isVisible()
    assert window.diagrams.isVisible() == window.map_placement.beside


def test_presentation_shows_the_groups_note_and_leaving_restores_the_page_exactly(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    window = start_workshop(qtbot, make_window, FakeDialogs(), tmp_path / "data")
    choose_classic_load_balancer(qtbot, window)
    panel = window.workshops.panel
    qtbot.keyClicks(panel.note_why, "Keeps the old clients working")
    panel.save_note()
    page = window.recommendation_page
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = (app.palette(), app.styleSheet(), page.browser.toHtml())
    press(qtbot, Qt.Key.Key_F11)
    room = window.presentation.room
    assert room is not None
    assert room.note.isVisible() and "Keeps the old clients working" in room.note.text()
    assert "Classic Load Balancer" in room.branches.text()  # the recommendation reached
    assert page.browser.toHtml() != before[2]  # drawn in the presentation colours
    press(qtbot, Qt.Key.Key_PageDown)  # scrolls; the decision stays
    press(qtbot, Qt.Key.Key_PageUp)
    press(qtbot, Qt.Key.Key_F11)
    after = (app.palette(), app.styleSheet(), page.browser.toHtml())
    assert after == before


@pytest.mark.parametrize("kind", ["pdf", "html", "md"])
def test_report_export_runs_off_the_ui_thread(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path, kind: str
) -> None:
    dialogs = FakeDialogs()
    target = tmp_path / f"report.{kind}"
    dialogs.paths[kind] = target
    window = start_workshop(qtbot, make_window, dialogs, tmp_path / "data")
    press(qtbot, Qt.Key.Key_1)  # a recommendation, so the report has a sketch
    action = window.workshops.exports.report_actions[f".{kind}"]
    with qtbot.waitSignal(window.workshops.exports.runner.finished, timeout=30_000) as done:
        action.trigger()
        assert window.workshops.exports.busy
    assert done.args == [str(target)]
    data = target.read_bytes()
    if kind == "pdf":
        assert data.startswith(b"%PDF")
    elif kind == "html":
        assert b"<svg" in data and b"Shop platform review" in data
    else:
        assert data.startswith(b"# Shop platform review")
    assert dialogs.messages == []


def test_adr_export_of_the_selected_decision(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    dialogs = FakeDialogs()
    dialogs.paths["adr"] = tmp_path / "adr.md"
    window = start_workshop(qtbot, make_window, dialogs, tmp_path / "data")
    choose_classic_load_balancer(qtbot, window)
    with qtbot.waitSignal(window.workshops.exports.runner.finished, timeout=30_000):
        window.workshops.exports.adr_action.trigger()
    text = (tmp_path / "adr.md").read_text(encoding="utf-8")
    assert "## Considered Options" in text or "## Considered options" in text


def test_shipped_templates_only_name_shipped_trees() -> None:
    from aws_advisor.core.tree.catalog import load_catalog
    from aws_advisor.core.workshops.templates import load_templates

    templates = load_templates(None, load_catalog(shipped_tree_dir()))
    assert templates.problems == []
    assert {"web_app_ec2", "serverless_api", "data_tier", "blank"} <= set(templates.templates)


def edit_menu_texts(window: MainWindow) -> list[str]:
    (menu,) = [a.menu() for a in window.menuBar().actions() if a.text() == "&Edit"]
    assert isinstance(menu, QMenu)
    return [a.text() for a in menu.actions() if a.isEnabled()]


def test_remove_closes_the_page_and_ctrl_z_brings_the_decision_back(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    window = start_workshop(qtbot, make_window, FakeDialogs(), tmp_path / "data")
    panel = window.workshops.panel
    choose_classic_load_balancer(qtbot, window)
    qtbot.keyClicks(panel.note_why, "Legacy app, moves next year")
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)  # no confirmation
    assert panel.agenda.count() == WEB_APP - 1
    assert window.controller.session is None  # the removed decision's page is gone
    assert window.pages.currentWidget() is window.catalog_page
    assert "&Undo Remove “Choose a load balancer type”" in edit_menu_texts(window)
    window.activateWindow()
    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert panel.agenda.count() == WEB_APP
    assert "Choose a load balancer type" in panel.agenda.item(3).text()
    assert window.controller.session is not None
    assert window.controller.session.outcome is not None
    assert window.controller.session.outcome.id == "clb"
    assert panel.note_why.toPlainText() == "Legacy app, moves next year"
    assert "&Redo Remove “Choose a load balancer type”" in edit_menu_texts(window)
    press(
        qtbot,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert panel.agenda.count() == WEB_APP - 1


def test_ctrl_z_takes_back_an_answer_and_a_move(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    window = start_workshop(qtbot, make_window, FakeDialogs(), tmp_path / "data")
    panel = window.workshops.panel
    select_agenda_row(qtbot, window, 3)
    click_option(qtbot, window, "app_servers")
    qtbot.mouseClick(panel.up_button, Qt.MouseButton.LeftButton)
    assert "3. Choose a load balancer type" in panel.agenda.item(2).text()
    window.activateWindow()
    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "4. Choose a load balancer type" in panel.agenda.item(3).text()
    assert edit_menu_texts(window)[0].startswith("&Undo Answer “Must every packet pass")
    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.controller.session is not None
    assert window.controller.session.path == ()
    assert window.pages.currentWidget() is window.question_page


def test_park_asks_for_an_optional_reason_that_the_report_shows(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    dialogs = FakeDialogs()
    window = start_workshop(qtbot, make_window, dialogs, tmp_path / "data")
    panel = window.workshops.panel
    dialogs.park_reason = None  # the facilitator cancels
    qtbot.mouseClick(panel.park_button, Qt.MouseButton.LeftButton)
    assert "parked" not in panel.progress.text().split("·")[0]
    assert window.workshops.workshop is not None
    assert window.workshops.workshop.decisions[0].status != "parked"
    dialogs.park_reason = "Needs the budget owner"
    qtbot.mouseClick(panel.park_button, Qt.MouseButton.LeftButton)
    first = window.workshops.workshop.decisions[0]
    assert (first.status, first.park_reason) == ("parked", "Needs the budget owner")
    assert panel.progress.text().endswith("1 parked")
    from aws_advisor.core.workshops.report import markdown_report

    report = markdown_report(window.workshops.workshop, window.catalog, ())
    assert "**Parked because:** Needs the budget owner" in report


def test_the_catalogue_shows_the_agenda_and_choosing_a_decision_on_it_opens_it(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    window = start_workshop(qtbot, make_window, FakeDialogs(), tmp_path / "data")
    workshop = window.workshops.workshop
    assert workshop is not None
    on_agenda = workshop.decisions[3]
    window.find_decision()
    titles = {
        str(item.data(0, Qt.ItemDataRole.UserRole)): item.text(0)
        for item in window.catalog_page.trees.findItems(
            "", Qt.MatchFlag.MatchContains | Qt.MatchFlag.MatchRecursive
        )
    }
    assert titles[on_agenda.tree].endswith("— on the agenda: 4")
    off = next(t for t in window.catalog.trees if t not in {d.tree for d in workshop.decisions})
    assert "on the agenda" not in titles[off]
    click_tree_in_catalogue(qtbot, window, on_agenda.tree)
    after = window.workshops.workshop
    assert after is not None and len(after.decisions) == len(workshop.decisions)  # no copy
    assert window.workshops.controller.selected_id == on_agenda.id
    assert "already on the agenda as decision 4" in window.statusBar().currentMessage()
