"""Practice mode in the window: a round of situations walked with the normal question flow.

``PracticeUi`` owns the round and forwards to ``core.practice``: it picks the situations,
starts each tree on the window's own controller (so the keys, the text size and
presentation mode work as for any decision), shows the situation above the question, hides
the map and the room map (their outcome names would give the answer away), grades the walk
when it reaches an outcome, and keeps the scores. Leaving with Esc ends the round with the
situations finished so far.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QBoxLayout,
    QPushButton,
    QStackedWidget,
    QStatusBar,
    QVBoxLayout,
)

from aws_advisor.core.practice import round as practice
from aws_advisor.ui.catalog_page import CatalogPage
from aws_advisor.ui.controller import SessionController
from aws_advisor.ui.diagram_panel import DiagramPanel
from aws_advisor.ui.practice_page import PracticePage, plain_label
from aws_advisor.ui.presentation import Presentation
from aws_advisor.ui.question_page import QuestionPage
from aws_advisor.ui.workshop.dialogs import Dialogs

if TYPE_CHECKING:
    from aws_advisor.core.practice.bank import Bank, Situation
    from aws_advisor.core.practice.round import Verdict
    from aws_advisor.core.practice.scores import ScoreStore
    from aws_advisor.core.tree.catalog import Catalog


class PracticeWindow(Protocol):
    """What practice needs of the main window (which it must not import: no circles)."""

    catalog: Catalog
    catalog_page: CatalogPage
    controller: SessionController
    diagrams: DiagramPanel
    dialogs: Dialogs
    pages: QStackedWidget
    presentation: Presentation
    question_page: QuestionPage

    @property
    def presenting(self) -> bool: ...
    def make_action(
        self, text: str, slot: Callable[[], object], shortcuts: Sequence[str] = ()
    ) -> QAction: ...
    def close_decision(self) -> None: ...
    def show_catalogue_page(self) -> None: ...
    def update_title(self) -> None: ...
    def statusBar(self) -> QStatusBar: ...


def tr(text: str) -> str:
    return QCoreApplication.translate("Practice", text)


DIFFICULTY = {
    "easy": lambda: tr("easy"),
    "medium": lambda: tr("medium"),
    "hard": lambda: tr("hard"),
}


def HELD() -> str:
    return tr(
        "The decision map appears with the feedback: until then its recommendations would "
        "give the answer away."
    )


class PracticeUi:
    def __init__(self, window: PracticeWindow, data_dir: Path, pane: QVBoxLayout) -> None:
        """``pane`` holds the presentation strip and the pages: the situation goes between."""
        self.window = window
        self.data_dir = data_dir
        self.page = PracticePage()
        window.pages.addWidget(self.page)
        self.banner = plain_label(name="practiceSituation")
        self.banner.setAccessibleName(tr("Situation"))
        self.banner.hide()
        pane.insertWidget(1, self.banner)
        self.catalogue_button = QPushButton(tr("Practise: solve situations (Ctrl+Shift+P)"))
        self.catalogue_button.setAccessibleName(tr("Practise"))
        self.catalogue_button.clicked.connect(self.open)
        catalogue = window.catalog_page.layout()
        if isinstance(catalogue, QBoxLayout):
            catalogue.insertWidget(1, self.catalogue_button)
        self._bank: Bank | None = None
        self._store: ScoreStore | None = None
        self.round: list[Situation] = []
        self.results: dict[int, tuple[str, Verdict]] = {}
        """By situation: the first walk counts, going back after the feedback only explores."""
        self.index = -1
        self.seed: int | None = None
        """None: a new draw each round (tests set one to know the round)."""
        self.start_action = window.make_action(tr("&Practise…"), self.open, ["Ctrl+Shift+P"])
        self.reset_action = window.make_action(tr("&Reset practice scores…"), self.reset_scores)
        p = self.page
        p.start_requested.connect(self.start_round)
        p.next_requested.connect(self.next_situation)
        p.again_requested.connect(self.open)
        p.leave_requested.connect(window.show_catalogue_page)

    def connect(self) -> None:
        """Follow the walk; called after the window has connected its own rendering."""
        self.window.controller.changed.connect(self._changed)
        self.window.controller.closed.connect(self._closed)

    @property
    def active(self) -> bool:
        """A situation of a round is being walked."""
        return 0 <= self.index < len(self.round)

    def actions(self) -> list[QAction]:
        return [self.start_action, self.reset_action]

    @property
    def bank(self) -> Bank:
        if self._bank is None:
            from aws_advisor.core.practice.bank import load_bank  # YAML: when practice opens

            self._bank = load_bank(None, self.window.catalog)
        return self._bank

    @property
    def store(self) -> ScoreStore:
        if self._store is None:
            from aws_advisor.core.practice.scores import ScoreStore

            self._store = ScoreStore.open(self.data_dir)
        return self._store

    def open(self) -> None:
        """The setup view: topics with their numbers of situations, and the scores so far."""
        w = self.window
        self._end_walk()
        w.close_decision()
        self._bank = None  # the trees may have been reloaded
        topic = self.page.topic
        topic.clear()
        topic.addItem(
            tr("Mixed: every decision ({n})").format(n=len(self.bank.situations)), practice.MIXED
        )
        for category in practice.categories(self.bank, w.catalog):
            n = len(practice.pick(self.bank, w.catalog, category=category, count=10_000))
            topic.addItem(tr("{category} ({n})").format(category=category, n=n), f"c:{category}")
        for tree in w.catalog.trees.values():
            n = len(self.bank.for_tree(tree.id))
            if n:
                topic.addItem(tr("{title} ({n})").format(title=tree.title, n=n), f"t:{tree.id}")
        weakest = self.store.weakest(practice.categories(self.bank, w.catalog))
        if weakest:
            index = topic.findData(f"c:{weakest[0]}")
            topic.setCurrentIndex(max(index, 0))
        self.page.scores.setText(self._scores_text(weakest))
        w.pages.setCurrentWidget(self.page)
        w.diagrams.hold(tr("Choose a topic and the number of situations, then Start."))
        self.page.show_setup()
        w.update_title()

    def _scores_text(self, weakest: list[str]) -> str:
        store = self.store
        lines = []
        if store.damaged is not None:
            lines.append(
                tr(
                    "The scores file {path} could not be read ({why}). It is left as it is and "
                    "this session's scores are not kept; Practice ▸ Reset practice scores starts "
                    "a new file."
                ).format(path=store.path, why=store.damaged)
            )
        for category, tally in store.categories.items():
            lines.append(
                tr("{category}: {right} of {total} right, {acceptable} acceptable").format(
                    category=category,
                    right=tally.right,
                    total=tally.total,
                    acceptable=tally.acceptable,
                )
            )
        if weakest:
            lines.append(tr("Practise next: {names}.").format(names="; ".join(weakest)))
        return "\n".join(lines)

    def start_round(self) -> None:
        w = self.window
        data = str(self.page.topic.currentData() or practice.MIXED)
        tree = data[2:] if data.startswith("t:") else None
        category = data[2:] if data.startswith("c:") else None
        count = self.page.count_box.value()
        self.round = practice.pick(
            self.bank, w.catalog, tree=tree, category=category, count=count, seed=self.seed
        )
        self.results = {}
        self.index = -1
        if not self.round:
            self.page.scores.setText(tr("There are no situations for that topic yet."))
            return
        self.next_situation()

    def next_situation(self) -> None:
        self.index += 1
        if self.index >= len(self.round):
            self._finish()
            return
        situation = self.round[self.index]
        w = self.window
        self.banner.setText(
            tr("Situation {n} of {total} · {difficulty}\n{text}").format(
                n=self.index + 1,
                total=len(self.round),
                difficulty=DIFFICULTY[situation.difficulty](),
                text=situation.text,
            )
        )
        self.banner.show()
        self._style_banner()
        w.presentation.quiz = True
        w.controller.start(w.catalog.get(situation.tree))
        w.question_page.focus_first_option()

    def _changed(self) -> None:
        """After the window drew the walk: no map, and the feedback instead of the answer."""
        if not self.active:
            return
        w = self.window
        self._style_banner()
        session = w.controller.session
        if session is None or session.outcome is None:
            w.diagrams.hold(HELD())
            return
        situation = self.round[self.index]
        feedback = practice.grade(session.tree, situation, session)
        self.results.setdefault(self.index, (session.tree.category, feedback.verdict))
        last = self.index == len(self.round) - 1
        self.page.show_feedback(feedback, last=last)
        w.pages.setCurrentWidget(self.page)

    def _closed(self) -> None:
        """Esc (or All decisions) during a round: end it with the situations finished."""
        if self.active:
            self.index = len(self.round)
            # After the window has shown the catalogue for the close: the score replaces it.
            QTimer.singleShot(0, lambda: self._finish(left=True))

    def _style_banner(self) -> None:
        """Readable from the back of the room in presentation mode, like the question."""
        w = self.window
        px = max(18, w.question_page.room_type[2]) if w.presenting else 0
        box = "padding: 8px; border: 1px solid palette(mid); border-radius: 6px;"
        self.banner.setStyleSheet(box + (f" font-size: {px}px;" if px else ""))

    def _end_walk(self) -> None:
        self.banner.hide()
        self.window.presentation.quiz = False

    def _finish(self, *, left: bool = False) -> None:
        w = self.window
        self._end_walk()
        self.index = len(self.round)
        if w.controller.session is not None:
            w.controller.close()
        results = list(self.results.values())
        verdicts = [v for _, v in results]
        total = tr("Score: {right} of {n} right, {acceptable} acceptable, {missed} missed.").format(
            right=verdicts.count("right"),
            n=len(verdicts),
            acceptable=verdicts.count("acceptable"),
            missed=verdicts.count("missed"),
        )
        if left and len(verdicts) < len(self.round):
            total += " " + tr("(Stopped after {n} of {total} situations.)").format(
                n=len(verdicts), total=len(self.round)
            )
        note = ""
        if results:
            try:
                self.store.record(results, when=dt.datetime.now(dt.UTC))
            except OSError as exc:
                note = tr("The scores could not be saved: {error}").format(error=exc)
        weakest = self.store.weakest(practice.categories(self.bank, w.catalog))
        breakdown = "\n".join(filter(None, [note, self._scores_text(weakest)]))
        w.pages.setCurrentWidget(self.page)
        self.page.show_summary(total, breakdown)
        w.update_title()

    def reset_scores(self) -> None:
        if not self.window.dialogs.confirm(
            tr("Reset practice scores"),
            tr("Forget every practice score? The old file is kept beside the new one as .old."),
        ):
            return
        try:
            self.store.reset()
        except OSError as exc:
            self.window.statusBar().showMessage(str(exc), 8000)
            return
        self.window.statusBar().showMessage(tr("Practice scores reset."), 5000)
        if self.window.pages.currentWidget() is self.page:
            self.page.scores.setText(self._scores_text([]))
