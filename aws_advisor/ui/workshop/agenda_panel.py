"""The workshop side panel: who and when, the agenda with statuses, warnings, answer notes."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from aws_advisor.core.workshops.document import STATUS_LABELS, Decision
from aws_advisor.qt.plain import plain_tooltip
from aws_advisor.ui.workshop.controller import WorkshopController

DECISION_ROLE = Qt.ItemDataRole.UserRole
STATUS_MARKS = {"not_started": "○", "in_progress": "◐", "decided": "●", "parked": "‖"}


class AgendaPanel(QWidget):
    """Renders the controller's workshop; buttons forward intent to it."""

    add_requested = Signal()
    details_requested = Signal()
    compare_requested = Signal(str)
    park_requested = Signal(str)

    def __init__(self, controller: WorkshopController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agendaPanel")
        self._c = controller

        self.title = QLabel()
        self.title.setObjectName("workshopTitle")
        self.title.setWordWrap(True)
        self.title.setAccessibleName(self.tr("Workshop"))
        self.people = QLabel()
        self.people.setWordWrap(True)
        self.people.setObjectName("help")
        self.details_button = QPushButton(self.tr("Details…"))
        self.details_button.setAccessibleName(self.tr("Edit workshop details"))
        self.details_button.clicked.connect(self.details_requested.emit)
        self.progress = QLabel()
        self.progress.setObjectName("progress")
        self.progress.setAccessibleName(self.tr("Agenda progress"))

        self.agenda = QListWidget()
        self.agenda.setAccessibleName(self.tr("Agenda"))
        self.agenda.setWordWrap(True)
        self.agenda.currentItemChanged.connect(self._current_changed)

        def button(text: str, name: str, slot: object) -> QPushButton:
            b = QPushButton(text)
            b.setAccessibleName(name)
            b.clicked.connect(slot)
            return b

        self.add_button = button(
            self.tr("Add…"), self.tr("Add a decision"), self.add_requested.emit
        )
        self.remove_button = button(self.tr("Remove"), self.tr("Remove decision"), self._remove)
        self.up_button = button(self.tr("Up"), self.tr("Move decision up"), lambda: self._move(-1))
        self.down_button = button(
            self.tr("Down"), self.tr("Move decision down"), lambda: self._move(1)
        )
        self.whatif_button = button(
            self.tr("What-if"), self.tr("Copy as a what-if"), self._duplicate
        )
        self.compare_button = button(
            self.tr("Compare"), self.tr("Compare with the original"), self._compare
        )
        self.park_button = button(self.tr("Park"), self.tr("Park or resume decision"), self._park)
        row1 = QHBoxLayout()
        for b in (self.add_button, self.remove_button, self.up_button, self.down_button):
            row1.addWidget(b)
        row2 = QHBoxLayout()
        for b in (self.whatif_button, self.compare_button, self.park_button):
            row2.addWidget(b)

        self.drift = QLabel()
        self.drift.setWordWrap(True)
        for label in (self.title, self.people, self.progress, self.drift):
            label.setTextFormat(Qt.TextFormat.PlainText)  # workshop and tree text is never markup
        self.drift.setObjectName("drift")
        self.drift.setAccessibleName(self.tr("Changes since the answers were recorded"))

        self.warnings_box = QGroupBox(self.tr("Warnings across decisions"))
        self.warnings = QListWidget()
        self.warnings.setWordWrap(True)
        self.warnings.setAccessibleName(self.tr("Warnings across decisions"))
        QVBoxLayout(self.warnings_box).addWidget(self.warnings)

        self.notes_box = QGroupBox(self.tr("Notes on answers"))
        self.note_question = QComboBox()
        self.note_question.setAccessibleName(self.tr("Answer to note on"))
        # A long question must not widen the agenda (at 1024 px it would squeeze the page).
        self.note_question.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.note_question.setMinimumContentsLength(16)
        self.note_question.currentIndexChanged.connect(self._load_note)
        # Follow the latest answer unless the user picked another one for this decision.
        self._pinned: tuple[str, str] | None = None
        self.note_question.activated.connect(self._pin_note_question)
        self.note_why = QPlainTextEdit()
        self.note_why.setAccessibleName(self.tr("Why we chose this"))
        self.note_why.setPlaceholderText(self.tr("Why we chose this answer"))
        self.note_dissent = QPlainTextEdit()
        self.note_dissent.setAccessibleName(self.tr("Dissent"))
        self.note_dissent.setPlaceholderText(self.tr("Dissent or open questions"))
        for edit in (self.note_why, self.note_dissent):
            edit.setTabChangesFocus(True)
            edit.setMaximumHeight(90)
            edit.textChanged.connect(self._note_edited)
        notes = QFormLayout(self.notes_box)
        notes.addRow(self.note_question)
        notes.addRow(self.tr("Why:"), self.note_why)
        notes.addRow(self.tr("Dissent:"), self.note_dissent)
        self._note_timer = QTimer(self)
        self._note_timer.setSingleShot(True)
        self._note_timer.setInterval(150)  # autosaved well within 300 ms of the last keystroke
        self._note_timer.timeout.connect(self.save_note)
        self._loading_note = False

        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.details_button)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.people)
        layout.addWidget(self.progress)
        layout.addWidget(self.agenda, 3)
        layout.addLayout(row1)
        layout.addLayout(row2)
        layout.addWidget(self.drift)
        layout.addWidget(self.warnings_box, 1)
        layout.addWidget(self.notes_box)

        controller.changed.connect(self.refresh)
        controller.opened.connect(self.refresh)
        controller.selected.connect(lambda _: self._sync_selection())
        self.refresh()

    # --- rendering --------------------------------------------------------------------------

    def refresh(self) -> None:
        w = self._c.workshop
        self.setEnabled(w is not None)
        if w is None:
            self.title.clear()
            self.people.clear()
            self.progress.clear()
            self.agenda.clear()
            self.warnings.clear()
            return
        self.title.setText(w.title + (" *" if self._c.dirty else ""))
        who = [w.date.isoformat()]
        if w.facilitator:
            who.append(self.tr("facilitator {name}").format(name=w.facilitator))
        if w.participants:
            who.append(", ".join(w.participants))
        self.people.setText(" · ".join(who))
        counts = w.counts()
        self.progress.setText(
            self.tr("{decided} of {total} decided · {parked} parked").format(
                decided=counts["decided"], total=len(w.originals), parked=counts["parked"]
            )
        )
        self.agenda.blockSignals(True)
        self.agenda.clear()
        numbers = w.numbers()
        for d in w.decisions:
            item = QListWidgetItem(self._agenda_text(numbers[d.id], d))
            item.setData(DECISION_ROLE, d.id)
            item.setToolTip(STATUS_LABELS[d.status])
            self.agenda.addItem(item)
        self.agenda.blockSignals(False)
        self.warnings.clear()
        for finding in self._c.findings:
            rule = finding.rule
            mark = "⚠" if rule.severity == "warning" else "ℹ"
            item = QListWidgetItem(f"{mark} {rule.title}: {rule.message}")
            item.setToolTip(plain_tooltip(rule.advice))
            self.warnings.addItem(item)
        self.warnings_box.setTitle(
            self.tr("Warnings across decisions ({n})").format(n=len(self._c.findings))
        )
        self._sync_selection()

    def _agenda_text(self, number: str, d: Decision) -> str:
        indent = "    " if d.what_if_of else ""
        text = f"{indent}{STATUS_MARKS[d.status]} {number}. {d.tree_title}"
        if d.what_if_of:
            text += " " + self.tr("(what-if)")
        if d.outcome is not None:
            text += f"\n    → {d.outcome.title}"
        elif d.status == "parked":
            text += "\n    " + self.tr("parked")
        return text

    def _sync_selection(self) -> None:
        selected = self._c.selected_id
        self.agenda.blockSignals(True)
        for i in range(self.agenda.count()):
            item = self.agenda.item(i)
            if item is not None and item.data(DECISION_ROLE) == selected:
                self.agenda.setCurrentItem(item)
                break
        else:
            self.agenda.setCurrentRow(-1)
        self.agenda.blockSignals(False)
        decision = self._c.selected_decision
        for b in (
            self.remove_button,
            self.up_button,
            self.down_button,
            self.whatif_button,
            self.park_button,
        ):
            b.setEnabled(decision is not None)
        self.compare_button.setEnabled(decision is not None and decision.what_if_of is not None)
        if decision is not None:
            self.park_button.setText(
                self.tr("Resume") if decision.status == "parked" else self.tr("Park")
            )
        state = self._c.state(selected) if selected else None
        messages = state.drift_messages() if state is not None and state.drifted else ()
        self.drift.setText("\n".join(("⚠ " + m) for m in messages))
        self.drift.setVisible(bool(messages))
        self._load_note_questions(decision)

    # --- notes ------------------------------------------------------------------------------

    def _pin_note_question(self, _index: int) -> None:
        decision = self._c.selected_decision
        question = self.note_question.currentData()
        self._pinned = (decision.id, str(question)) if decision and question else None

    def _load_note_questions(self, decision: Decision | None) -> None:
        self.note_question.blockSignals(True)
        self.note_question.clear()
        if decision is not None:
            for n, answer in enumerate(decision.answers, 1):
                self.note_question.addItem(f"{n}. {answer.label}", answer.question)
        pinned = (
            self._pinned if decision and self._pinned and self._pinned[0] == decision.id else None
        )
        index = self.note_question.findData(pinned[1]) if pinned else -1
        if index < 0:
            index = self.note_question.count() - 1  # the latest answer
        self.note_question.setCurrentIndex(index)
        self.note_question.blockSignals(False)
        self.notes_box.setEnabled(self.note_question.count() > 0)
        self._load_note()

    def _load_note(self) -> None:
        decision = self._c.selected_decision
        question = self.note_question.currentData()
        note = decision.note_for(str(question)) if decision and question else None
        self._loading_note = True
        for edit, text in (
            (self.note_why, note.why if note else ""),
            (self.note_dissent, note.dissent if note else ""),
        ):
            if edit.toPlainText().strip() != text:  # never reset what is being typed
                edit.setPlainText(text)
        self._loading_note = False

    def _note_edited(self) -> None:
        if not self._loading_note:
            self._note_timer.start()

    def save_note(self) -> None:
        """Store the note being typed now (also called before anything replaces it)."""
        self._note_timer.stop()
        decision = self._c.selected_decision
        question = self.note_question.currentData()
        if decision is None or not question:
            return
        self._c.set_note(
            decision.id,
            str(question),
            why=self.note_why.toPlainText().strip(),
            dissent=self.note_dissent.toPlainText().strip(),
        )

    # --- intent -----------------------------------------------------------------------------

    def _current_changed(self, item: QListWidgetItem | None, _previous: object) -> None:
        if item is None:
            return
        self.save_note()
        self._c.select(str(item.data(DECISION_ROLE)))

    def _remove(self) -> None:
        if self._c.selected_id:
            self.save_note()
            self._c.remove(self._c.selected_id)

    def _move(self, offset: int) -> None:
        if self._c.selected_id:
            self.save_note()
            self._c.move(self._c.selected_id, offset)

    def _duplicate(self) -> None:
        if self._c.selected_id:
            self.save_note()
            self._c.duplicate(self._c.selected_id)

    def _compare(self) -> None:
        if self._c.selected_id:
            self.compare_requested.emit(self._c.selected_id)

    def _park(self) -> None:
        if self._c.selected_id:
            self.save_note()
            self.park_requested.emit(self._c.selected_id)
