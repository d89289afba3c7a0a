"""Pausing the cyclic collector while trees load leaves it as it was, even on an error."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from aws_advisor.core.gc_pause import collector_paused
from aws_advisor.core.resources import shipped_tree_dir
from aws_advisor.core.tree.catalog import load_catalog


@pytest.fixture
def collector_on() -> Iterator[None]:
    was_on = gc.isenabled()
    gc.enable()
    yield
    if not was_on:
        gc.disable()


@pytest.mark.usefixtures("collector_on")
def test_the_collector_is_paused_inside_and_running_after() -> None:
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


@pytest.mark.usefixtures("collector_on")
def test_an_error_inside_still_resumes_the_collector() -> None:
    with pytest.raises(ValueError), collector_paused():
        raise ValueError
    assert gc.isenabled()


def test_a_paused_collector_stays_paused() -> None:
    was_on = gc.isenabled()
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        if was_on:
            gc.enable()


@pytest.mark.usefixtures("collector_on")
def test_loading_the_catalogue_leaves_the_collector_running() -> None:
    assert load_catalog(shipped_tree_dir()).trees
    assert gc.isenabled()
