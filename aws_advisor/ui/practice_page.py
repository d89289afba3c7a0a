"""Practice mode's screens: choosing a round, the feedback on each situation, the score.

Widgets only: ``ui.practice.PracticeUi`` decides what they show; the text of the bank and
the trees is escaped into the feedback's HTML, never read as markup.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from aws_advisor.ui.page_keys import scroll_keys

if TYPE_CHECKING:
    from aws_advisor.core.practice.round import Feedback


def plain_label(text: str = "", *, name: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    if name:
        label.setObjectName(name)
    return label


class PracticePage(QStackedWidget):
    """Three views: ``setup`` (topic and count), ``feedback`` and ``summary``."""

    start_requested = Signal()
    next_requested = Signal()
    again_requested = Signal()
    leave_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("practicePage")
        tr = self.tr

        self.setup = QWidget()
        heading = plain_label(tr("Practice"), name="practiceHeading")
        intro = plain_label(
            tr(
                "Read a situation, answer the questions as you would decide, and compare "
                "where you arrive with an architect's choice."
            )
        )
        self.topic = QComboBox()
        self.topic.setAccessibleName(tr("Topic"))
        self.count_box = QSpinBox()
        self.count_box.setRange(1, 20)
        self.count_box.setValue(5)
        self.count_box.setAccessibleName(tr("Number of situations"))
        form = QFormLayout()
        form.addRow(tr("&Topic:"), self.topic)
        form.addRow(tr("&Situations:"), self.count_box)
        self.start_button = QPushButton(tr("Start"))
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start_requested.emit)
        self.scores = plain_label(name="practiceScores")
        self.scores.setAccessibleName(tr("Scores so far"))
        setup_layout = QVBoxLayout(self.setup)
        setup_layout.addWidget(heading)
        setup_layout.addWidget(intro)
        setup_layout.addLayout(form)
        row = QHBoxLayout()
        row.addWidget(self.start_button)
        row.addStretch(1)
        setup_layout.addLayout(row)
        setup_layout.addWidget(self.scores)
        setup_layout.addStretch(1)

        self.feedback = QWidget()
        self.verdict = plain_label(name="practiceVerdict")
        self.verdict.setAccessibleName(tr("Result"))
        self.details = QTextBrowser()
        self.details.setObjectName("practiceFeedback")
        self.details.setAccessibleName(tr("Feedback"))
        self.details.setOpenLinks(False)
        self.next_button = QPushButton(tr("Next situation"))
        self.next_button.clicked.connect(self.next_requested.emit)
        feedback_layout = QVBoxLayout(self.feedback)
        feedback_layout.addWidget(self.verdict)
        feedback_layout.addWidget(self.details, 1)
        row = QHBoxLayout()
        row.addWidget(self.next_button)
        row.addStretch(1)
        feedback_layout.addLayout(row)

        self.summary = QWidget()
        self.total = plain_label(name="practiceTotal")
        self.total.setAccessibleName(tr("Round score"))
        self.breakdown = plain_label(name="practiceBreakdown")
        self.again_button = QPushButton(tr("Another round"))
        self.again_button.clicked.connect(self.again_requested.emit)
        self.leave_button = QPushButton(tr("All decisions"))
        self.leave_button.clicked.connect(self.leave_requested.emit)
        summary_layout = QVBoxLayout(self.summary)
        summary_layout.addWidget(self.total)
        summary_layout.addWidget(self.breakdown)
        row = QHBoxLayout()
        row.addWidget(self.again_button)
        row.addWidget(self.leave_button)
        row.addStretch(1)
        summary_layout.addLayout(row)
        summary_layout.addStretch(1)

        for view in (self.setup, self.feedback, self.summary):
            self.addWidget(view)
        for key in ("Return", "Enter"):  # Enter moves on, wherever focus is on the view
            QShortcut(
                QKeySequence(key),
                self.setup,
                self.start_requested.emit,
                context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
            )
            QShortcut(
                QKeySequence(key),
                self.feedback,
                self.next_requested.emit,
                context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
            )
            QShortcut(
                QKeySequence(key),
                self.summary,
                self.again_requested.emit,
                context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
            )
            QShortcut(
                QKeySequence(key),
                self.summary,
                self.again_requested.emit,
                context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
            )
        for view in (self.setup, self.summary):  # Esc leaves (during a walk the window's Esc)
            QShortcut(
                QKeySequence("Esc"),
                view,
                self.leave_requested.emit,
                context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
            )
        scroll_keys(self.feedback, self.details.verticalScrollBar)

    def show_setup(self) -> None:
        self.setCurrentWidget(self.setup)
        self.topic.setFocus()

    def show_feedback(self, feedback: Feedback, *, last: bool) -> None:
        tr = self.tr
        self.verdict.setText(
            {
                "right": tr("Right: you reached what an architect would choose."),
                "acceptable": tr(
                    "Acceptable: an architect would accept this, but another fits better."
                ),
                "missed": tr("Missed: an architect would choose something else."),
            }[feedback.verdict]
        )
        font = self.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.verdict.setFont(font)
        self.details.setHtml(self._feedback_html(feedback))
        self.next_button.setText(tr("See the score") if last else tr("Next situation"))
        self.setCurrentWidget(self.feedback)
        self.next_button.setFocus()

    def _feedback_html(self, f: Feedback) -> str:
        tr = self.tr

        def para(label: str, text: str) -> str:
            return f"<p><b>{escape(label)}</b> {escape(text)}</p>"

        parts = [para(tr("You reached:"), f.reached.title)]
        if f.verdict != "right":
            parts.append(para(tr("The architect's choice:"), f.expected.title))
        split = f.divergence
        if split is not None and f.verdict != "right":
            parts.append(para(tr("Where your path left the architect's:"), split.question.prompt))
            parts.append(para(tr("You answered:"), split.chosen.label))
            architect = (
                split.architect.label
                if split.architect is not None
                else tr("The architect's answers never led to this question.")
            )
            parts.append(para(tr("The architect answered:"), architect))
        if f.ruled_out_expected:
            label = tr("Why your answers rule out {outcome}:").format(outcome=f.expected.title)
            parts.append(para(label, f.ruled_out_expected))
        if f.ruled_out_reached:
            label = tr("Why the architect's answers rule out {outcome}:").format(
                outcome=f.reached.title
            )
            parts.append(para(label, f.ruled_out_reached))
        parts.append(para(tr("Debrief:"), f.situation.debrief))
        steps = "".join(
            f"<li>{escape(s.question.prompt)} <b>{escape(s.option.label)}</b></li>"
            for s in f.architect_path
        )
        parts.append(f"<p><b>{escape(tr('The architect’s answers:'))}</b></p><ol>{steps}</ol>")
        return "".join(parts)

    def show_summary(self, total: str, breakdown: str) -> None:
        self.total.setText(total)
        self.breakdown.setText(breakdown)
        self.setCurrentWidget(self.summary)
        self.again_button.setFocus()
