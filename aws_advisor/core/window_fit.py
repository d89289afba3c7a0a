"""Where the main window goes: inside the screen the user has, whatever was saved before.

Rectangles are (x, y, width, height) in screen pixels, as Qt's ``availableGeometry`` gives
them; the GUI applies the result.
"""

from __future__ import annotations

Rect = tuple[int, int, int, int]

PREFERRED = (1280, 800)
"""The size a first start asks for; smaller screens get all they have."""
MINIMUM = (800, 560)
"""The smallest window the pages are laid out for."""


def fit_window(available: Rect, wanted: Rect | None) -> Rect:
    """``wanted`` (a restored geometry, or None on a first start) moved and shrunk to fit.

    A window never extends past ``available``; it keeps its size when it fits, otherwise
    takes what there is, and is centred when it had no place yet.
    """
    ax, ay, aw, ah = available
    if wanted is None:
        w, h = min(PREFERRED[0], aw), min(PREFERRED[1], ah)
        return ax + (aw - w) // 2, ay + (ah - h) // 2, w, h
    x, y, w, h = wanted
    w, h = min(max(w, min(MINIMUM[0], aw)), aw), min(max(h, min(MINIMUM[1], ah)), ah)
    x = min(max(x, ax), ax + aw - w)
    y = min(max(y, ay), ay + ah - h)
    return x, y, w, h


def minimum_size(available: Rect) -> tuple[int, int]:
    """The window's minimum size on this screen: ``MINIMUM``, or the whole screen if smaller."""
    return min(MINIMUM[0], available[2]), min(MINIMUM[1], available[3])
