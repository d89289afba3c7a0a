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


PAGE_MIN = 460
"""The narrowest a question page may get at text size 1x before its answers wrap a word or
two to a line; it grows with the text size."""
MAP_MIN = 320
"""The narrowest diagram panel worth showing beside the page."""


def map_beside(width: int, text_scale: float) -> bool:
    """Whether the diagram panel fits beside the page in ``width`` pixels at this text
    size; when it does not, the map is shown instead of the page, on request."""
    return width >= page_min(text_scale) + MAP_MIN


def page_min(text_scale: float) -> int:
    """The page's minimum width beside the map, at this text size."""
    return round(PAGE_MIN * text_scale)


def room_sizes(base_px: int, step: int) -> tuple[int, int, int]:
    """Presentation mode's (question, answer, detail) type sizes in pixels after ``step``
    reductions made so that every answer fits on the screen: 10% smaller each step, never
    below 20 px for an answer."""
    factor = 0.9**step
    answer = max(20, round(base_px * 1.4 * factor))
    return max(answer, round(base_px * 1.8 * factor)), answer, max(16, round(base_px * factor))
