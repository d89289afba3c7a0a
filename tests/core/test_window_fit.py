"""The main window always opens inside the screen the user has."""

from __future__ import annotations

import pytest

from aws_advisor.core.window_fit import fit_window, map_beside, minimum_size, room_sizes

XGA = (0, 0, 1024, 768)
HD = (0, 0, 1280, 720)


@pytest.mark.parametrize("screen", [XGA, HD, (0, 0, 1920, 1080), (1920, 30, 1366, 738)])
def test_a_first_start_opens_centred_and_inside(screen: tuple[int, int, int, int]) -> None:
    x, y, w, h = fit_window(screen, None)
    sx, sy, sw, sh = screen
    assert sx <= x and sy <= y and x + w <= sx + sw and y + h <= sy + sh
    assert (w, h) == (min(1280, sw), min(800, sh))


def test_a_geometry_saved_on_a_bigger_screen_is_shrunk_and_moved_in() -> None:
    assert fit_window(XGA, (600, 300, 1331, 900)) == (0, 0, 1024, 768)
    assert fit_window(HD, (100, 100, 1280, 800)) == (0, 0, 1280, 720)


def test_a_geometry_that_fits_is_kept() -> None:
    assert fit_window(XGA, (10, 20, 900, 600)) == (10, 20, 900, 600)


def test_a_window_left_on_a_screen_that_is_gone_comes_back() -> None:
    assert fit_window(XGA, (2500, 1200, 900, 600)) == (124, 168, 900, 600)


def test_a_tiny_saved_window_grows_to_the_minimum() -> None:
    assert fit_window(XGA, (0, 0, 200, 100))[2:] == (800, 560)
    assert minimum_size((0, 0, 640, 480)) == (640, 480)


def test_the_map_goes_beside_the_page_only_when_both_have_room() -> None:
    assert map_beside(1024, 1.0)
    assert not map_beside(650, 1.0)  # a 1024 px screen with the agenda docked
    assert not map_beside(1024, 2.0) and map_beside(1280, 2.0)


def test_room_sizes_shrink_by_steps_to_a_floor() -> None:
    assert room_sizes(20, 0) == (36, 28, 20)
    assert room_sizes(40, 0) == (72, 56, 40)
    assert room_sizes(40, 3)[1] < 56 and room_sizes(40, 50) == (20, 20, 16)
