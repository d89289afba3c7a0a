"""A plain event: listeners connect, the owner emits. The core's stand-in for Qt signals."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")


class Event(Generic[T]):
    """Calls every connected listener with one value, in the order they connected."""

    def __init__(self) -> None:
        self._listeners: list[Callable[[T], object]] = []

    def connect(self, listener: Callable[[T], object]) -> None:
        self._listeners.append(listener)

    def emit(self, value: T) -> None:
        for listener in list(self._listeners):
            listener(value)
