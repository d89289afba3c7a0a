"""Fuzzing the two readers of files from strangers: whatever the bytes, only the project's
own error types come out (bounded examples here; ``benchmarks/fuzz.py`` runs longer)."""

from __future__ import annotations

import contextlib
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from aws_advisor.core.errors import AdvisorError
from aws_advisor.core.tree.loader import load_tree_text
from aws_advisor.core.workshops.file_format import workshop_from_data, workshop_to_data
from aws_advisor.core.workshops.storage import open_workshop
from tests.helpers.hostile_json import JSON
from tests.helpers.trees import BASE
from tests.helpers.workshops import workshop

FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
VALID_WORKSHOP = json.dumps(workshop_to_data(workshop()))


def load_or_refuse_tree(text: bytes) -> None:
    with contextlib.suppress(AdvisorError):
        load_tree_text(text, "fuzz.yaml")


@FUZZ
@given(st.binary(max_size=2000))
def test_any_bytes_as_a_tree(data: bytes) -> None:
    load_or_refuse_tree(data)


@FUZZ
@given(st.integers(0, len(BASE) - 1), st.integers(0, 40), st.text(max_size=12))
def test_a_tree_with_a_stretch_replaced(at: int, cut: int, insert: str) -> None:
    load_or_refuse_tree((BASE[:at] + insert + BASE[at + cut :]).encode("utf-8", "surrogatepass"))


@FUZZ
@given(st.integers(0, len(VALID_WORKSHOP) - 1), st.integers(0, 30), st.text(max_size=10))
def test_a_workshop_file_with_a_stretch_replaced(
    tmp_path_factory: pytest.TempPathFactory, at: int, cut: int, insert: str
) -> None:
    text = VALID_WORKSHOP[:at] + insert + VALID_WORKSHOP[at + cut :]
    path = tmp_path_factory.mktemp("fuzz") / "w.awsadvisor"
    path.write_bytes(text.encode("utf-8", "surrogatepass"))
    with contextlib.suppress(AdvisorError):
        open_workshop(path)


@FUZZ
@given(JSON)
def test_any_json_value_as_a_workshop(value: object) -> None:
    with contextlib.suppress(AdvisorError):
        workshop_from_data(value)
