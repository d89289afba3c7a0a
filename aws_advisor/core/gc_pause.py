"""Python's cyclic garbage collector, paused while the app builds many objects at once.

Loading the trees and starting the window make tens of thousands of objects that form no
garbage cycles, and every collection on the way scans them again: in a busy process that
was over a third of loading every tree (``benchmarks/run.py``). Reference counting frees
everything as usual while the collector is paused; only cycles wait for it to resume.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """No cyclic collection inside the block; the collector is as it was afterwards."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def pause_for_start_up() -> None:
    """From the first import of the window until ``resume_after_start_up``."""
    gc.disable()


def resume_after_start_up() -> None:
    """Once the window is up: collect what start-up left behind, keep the objects that
    live as long as the app (modules, classes, trees) out of every later collection
    (``gc.freeze``), and collect as usual again."""
    gc.collect()
    gc.freeze()
    gc.enable()
