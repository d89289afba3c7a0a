"""The question screen: breadcrumb of answers, the prompt, help, and large option buttons."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
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
from aws_advisor.core.window_fit import room_sizes
from aws_advisor.qt.plain import plain_tooltip
from aws_advisor.ui.flow_layout import FlowLayout
from aws_advisor.ui.page_keys import scroll_keys


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
        self.setToolTip(plain_tooltip(option.detail))
        self._title.setText(f"<b>{number}</b>&nbsp;&nbsp;{_escape(option.label)}")
        self._detail.setText(_escape(option.detail))
        self.updateGeometry()

    def set_detail_visible(self, visible: bool) -> None:
        self._detail.setVisible(visible and bool(self._detail.text()))
        self.updateGeometry()  # the layouts around it cache its height

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


class _Body(QWidget):
    """The scrolled content: its height follows its width (wrapped text), so the scroll
    area scrolls only when the wrapped content is taller than the page."""

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), 0)


class QuestionPage(QWidget):
    """Shows the current question of a session and forwards the user's choices."""

    answered = Signal(str)  # option id
    revisit_requested = Signal(str)  # question id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._question: Question | None = None
        self._room = False
        self._room_px = 20
        self.room_type = room_sizes(20, 0)
        """Presentation mode's (question, answer, detail) pixel sizes after the last fit."""
        self.option_buttons: list[OptionButton] = []
        self._button_pool: list[OptionButton] = []
        self._crumb_pool: list[QToolButton] = []

        self.tree_title = QLabel()
        self.tree_title.setObjectName("treeTitle")
        self.tree_title.setAccessibleName(self.tr("Decision"))

        self.prompt = QLabel()
        self.help = QLabel()
        self.progress = QLabel()
        for label in (self.tree_title, self.prompt, self.help, self.progress):
            label.setTextFormat(Qt.TextFormat.PlainText)  # text from files is never markup

        self.breadcrumb = QWidget()
        self.breadcrumb.setAccessibleName(self.tr("Answers so far"))
        self._crumbs = FlowLayout(self.breadcrumb)

        self.progress.setObjectName("progress")
        self.progress.setAccessibleName(self.tr("Progress"))

        self.prompt.setObjectName("prompt")
        self.prompt.setWordWrap(True)
        self.prompt.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.prompt.setAccessibleName(self.tr("Question"))

        self.help.setObjectName("help")
        self.help.setWordWrap(True)
        self.help.setAccessibleName(self.tr("Help"))

        self._options_box = QWidget()
        self._options = QVBoxLayout(self._options_box)
        self._options.setContentsMargins(0, 8, 0, 0)
        self._options.setSpacing(10)

        body = _Body()
        body_layout = QVBoxLayout(body)
        body_layout.addWidget(self.progress)
        body_layout.addWidget(self.prompt)
        body_layout.addWidget(self.help)
        body_layout.addWidget(self._options_box)
        body_layout.addStretch(1)
        self.hint = hint = QLabel(
            self.tr("Keys: 1–9 answer · Backspace back · Ctrl+R start again · Esc catalogue")
        )
        hint.setObjectName("keyHint")
        hint.setWordWrap(True)
        body_layout.addWidget(hint)

        self.scroller = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)

        layout = QVBoxLayout(self)
        layout.addWidget(self.tree_title)
        layout.addWidget(self.breadcrumb)
        layout.addWidget(scroll, 1)
        scroll_keys(self, scroll.verticalScrollBar)

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
        self._fit()

    # --- presentation mode ------------------------------------------------------------------

    def set_room_mode(self, on: bool, base_px: int = 20) -> None:
        """Presentation mode: the question and every answer must fit without scrolling, so
        the key hint goes, then as needed the question's help, the answers' details or
        both, and last the type shrinks step by step (never below 20 px for an answer)."""
        self._room = on
        self._room_px = base_px
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._room:
            self._fit()

    def _fit(self) -> None:
        self.hint.setVisible(not self._room)
        for button in self.option_buttons:
            button.set_detail_visible(True)
        self.help.setVisible(bool(self._question and self._question.help))
        self.setStyleSheet("")
        if not self._room:
            return
        self._room_type(0)
        has_help = bool(self._question and self._question.help)
        # What the room reads first: the answers' details, then the question's help.
        for help_shown, details_shown in ((True, True), (False, True), (True, False)):
            self.help.setVisible(has_help and help_shown)
            for button in self.option_buttons:
                button.set_detail_visible(details_shown)
            if self.fits():
                return
        self.help.setVisible(False)
        step = 0
        while not self.fits() and self._room_type(step + 1):
            step += 1

    def _room_type(self, step: int) -> bool:
        """Set presentation type ``step`` steps smaller; False once it can get no smaller."""
        question, answer, detail = room_sizes(self._room_px, step)
        if step and (question, answer, detail) == room_sizes(self._room_px, step - 1):
            return False
        self.room_type = (question, answer, detail)
        self.setStyleSheet(
            f"QLabel#prompt {{ font-size: {question}px; }}"
            f"QLabel#optionLabel {{ font-size: {answer}px; }}"
            f"QLabel#optionDetail, QLabel#help, QLabel#progress, QLabel#treeTitle,"
            f"QToolButton#crumb {{ font-size: {detail}px; }}"
        )
        return True

    def fits(self) -> bool:
        """Whether the question and its answers show whole, with no vertical scrolling."""
        body = self.scroller.widget()
        layout = body.layout() if body is not None else None
        if layout is None:
            return True
        for button in self.option_buttons:  # a hidden detail leaves cached heights behind
            inner = button.layout()
            if inner is not None:
                inner.invalidate()
        self._options.invalidate()
        layout.invalidate()
        return layout.totalHeightForWidth(self.scroller.width()) <= self.scroller.height()

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
                plain_tooltip(
                    self.tr("{prompt}\nYou answered: {label}\nClick to change this answer.").format(
                        prompt=step.question.prompt, label=step.option.label
                    )
                )
            )
            crumb.setAccessibleName(
                self.tr("Change answer {n}: {label}").format(n=index, label=step.option.label)
            )
        self.breadcrumb.setVisible(bool(session.path))

    def crumb_buttons(self) -> list[QToolButton]:
        """The breadcrumb buttons now shown, in answer order."""
        return [c for c in self._crumb_pool if not c.isHidden()]
