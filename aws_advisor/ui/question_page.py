"""The question screen: breadcrumb of answers, the prompt, help, and large option buttons."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from aws_advisor.core.engine.session import Session
from aws_advisor.core.tree.model import Option, Question
from aws_advisor.ui.flow_layout import FlowLayout


class OptionButton(QPushButton):
    """A large, wrapped choice: number, label and one line of detail."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.option_id = ""
        self.setObjectName("optionButton")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self._title = QLabel()
        self._title.setObjectName("optionLabel")
        self._title.setWordWrap(True)
        self._detail = QLabel()
        self._detail.setObjectName("optionDetail")
        self._detail.setWordWrap(True)
        for label in (self._title, self._detail):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            label.setTextFormat(Qt.TextFormat.RichText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 10)
        layout.setSpacing(2)
        layout.addWidget(self._title)
        layout.addWidget(self._detail)

    def set_option(self, number: int, option: Option) -> None:
        """Show another option; buttons are reused, since creating widgets is slow."""
        self.option_id = option.id
        self.setAccessibleName(f"{number}. {option.label}")
        self.setAccessibleDescription(option.detail)
        self.setToolTip(option.detail)
        self._title.setText(f"<b>{number}</b>&nbsp;&nbsp;{_escape(option.label)}")
        self._detail.setText(_escape(option.detail))
        self.updateGeometry()

    def sizeHint(self) -> QSize:
        layout = self.layout()
        return layout.sizeHint() if layout is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:
        layout = self.layout()
        if layout is None:
            return super().minimumSizeHint()
        width = max(self.width(), 240)
        return QSize(240, layout.heightForWidth(width) if layout.hasHeightForWidth() else 48)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        layout = self.layout()
        return layout.heightForWidth(width) if layout is not None else super().heightForWidth(width)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class QuestionPage(QWidget):
    """Shows the current question of a session and forwards the user's choices."""

    answered = Signal(str)  # option id
    revisit_requested = Signal(str)  # question id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._question: Question | None = None
        self.option_buttons: list[OptionButton] = []
        self._button_pool: list[OptionButton] = []
        self._crumb_pool: list[QToolButton] = []

        self.tree_title = QLabel()
        self.tree_title.setObjectName("treeTitle")
        self.tree_title.setAccessibleName(self.tr("Decision"))

        self.breadcrumb = QWidget()
        self.breadcrumb.setAccessibleName(self.tr("Answers so far"))
        self._crumbs = FlowLayout(self.breadcrumb)

        self.progress = QLabel()
        self.progress.setObjectName("progress")
        self.progress.setAccessibleName(self.tr("Progress"))

        self.prompt = QLabel()
        self.prompt.setObjectName("prompt")
        self.prompt.setWordWrap(True)
        self.prompt.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.prompt.setAccessibleName(self.tr("Question"))

        self.help = QLabel()
        self.help.setObjectName("help")
        self.help.setWordWrap(True)
        self.help.setAccessibleName(self.tr("Help"))

        self._options_box = QWidget()
        self._options = QVBoxLayout(self._options_box)
        self._options.setContentsMargins(0, 8, 0, 0)
        self._options.setSpacing(10)

        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.addWidget(self.progress)
        body_layout.addWidget(self.prompt)
        body_layout.addWidget(self.help)
        body_layout.addWidget(self._options_box)
        body_layout.addStretch(1)
        hint = QLabel(
            self.tr("Keys: 1–9 answer · Backspace back · Ctrl+R start again · Esc catalogue")
        )
        hint.setObjectName("keyHint")
        hint.setWordWrap(True)
        body_layout.addWidget(hint)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)

        layout = QVBoxLayout(self)
        layout.addWidget(self.tree_title)
        layout.addWidget(self.breadcrumb)
        layout.addWidget(scroll, 1)

        # Window-wide while this page is shown (Qt ignores shortcuts of hidden widgets), so the
        # number keys answer even when focus sits in the decision map.
        for n in range(1, 10):
            shortcut = QShortcut(QKeySequence(str(n)), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(lambda n=n: self.choose_number(n))

    def show_session(self, session: Session) -> None:
        """Render the session's current question (call only while one is open)."""
        question = session.current_question
        self._question = question
        self.tree_title.setText(session.tree.title)
        self._render_breadcrumb(session)
        if question is None:
            return
        step = len(session.path) + 1
        remaining = len(session.possible_outcomes())
        self.progress.setText(
            self.tr("Question {step} · {count} recommendations still possible").format(
                step=step, count=remaining
            )
        )
        self.prompt.setText(question.prompt)
        self.help.setText(question.help or "")
        self.help.setVisible(bool(question.help))
        while len(self._button_pool) < len(question.options):
            button = OptionButton()
            button.clicked.connect(lambda _=False, b=button: self.answered.emit(b.option_id))
            self._options.addWidget(button)
            self._button_pool.append(button)
        for index, button in enumerate(self._button_pool):
            if index < len(question.options):
                button.set_option(index + 1, question.options[index])
            # shown now, not on the next event-loop turn, so it can take focus at once
            button.setVisible(index < len(question.options))
        self.option_buttons = self._button_pool[: len(question.options)]

    def focus_first_option(self) -> None:
        if self.option_buttons:
            self.option_buttons[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def choose_number(self, number: int) -> None:
        if 1 <= number <= len(self.option_buttons):
            self.answered.emit(self.option_buttons[number - 1].option_id)

    def _render_breadcrumb(self, session: Session) -> None:
        while len(self._crumb_pool) < len(session.path):
            crumb = QToolButton()
            crumb.setObjectName("crumb")
            crumb.setCursor(Qt.CursorShape.PointingHandCursor)
            crumb.clicked.connect(
                lambda _=False, c=crumb: self.revisit_requested.emit(c.property("questionId"))
            )
            self._crumbs.addWidget(crumb)
            self._crumb_pool.append(crumb)
        for index, crumb in enumerate(self._crumb_pool, 1):
            crumb.setVisible(index <= len(session.path))
        for index, step in enumerate(session.path, 1):
            crumb = self._crumb_pool[index - 1]
            crumb.setProperty("questionId", step.question.id)
            crumb.setText(f"{index}. {step.option.label}")
            crumb.setToolTip(
                self.tr("{prompt}\nYou answered: {label}\nClick to change this answer.").format(
                    prompt=step.question.prompt, label=step.option.label
                )
            )
            crumb.setAccessibleName(
                self.tr("Change answer {n}: {label}").format(n=index, label=step.option.label)
            )
        self.breadcrumb.setVisible(bool(session.path))

    def crumb_buttons(self) -> list[QToolButton]:
        """The breadcrumb buttons now shown, in answer order."""
        return [c for c in self._crumb_pool if not c.isHidden()]
