"""A thin Qt adapter over the engine's ``Session``: intent in, signals out."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from aws_advisor.core.engine.session import Session
from aws_advisor.core.errors import AdvisorError
from aws_advisor.core.tree.model import DecisionTree


class SessionController(QObject):
    """Owns the current ``Session``; every screen listens to ``changed``.

    Widgets call the intent methods; the engine decides what comes next. Errors the
    engine raises for impossible intent (a stale click, say) go to ``failed``.
    """

    changed = Signal()
    edited = Signal()  # the user answered, went back or restarted (not a resume)
    closed = Signal()
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session: Session | None = None

    @property
    def session(self) -> Session | None:
        return self._session

    @property
    def tree(self) -> DecisionTree | None:
        return self._session.tree if self._session else None

    def start(self, tree: DecisionTree) -> None:
        self._session = Session(tree)
        self.changed.emit()

    def resume(self, session: Session) -> None:
        """Continue an existing session (a workshop decision replayed on today's tree)."""
        self._session = session
        self.changed.emit()

    def close(self) -> None:
        self._session = None
        self.closed.emit()

    def answer(self, option_id: str) -> None:
        self._apply(lambda s: s.answer(option_id))

    def back(self) -> None:
        self._apply(lambda s: s.back())

    def restart(self) -> None:
        self._apply(lambda s: s.restart())

    def revisit(self, question_id: str) -> None:
        self._apply(lambda s: s.revisit(question_id))

    def _apply(self, action: Callable[[Session], object]) -> None:
        if self._session is None:
            return
        try:
            action(self._session)
        except AdvisorError as exc:
            self.failed.emit(str(exc))
            return
        self.edited.emit()
        self.changed.emit()
