"""The JSON Schema editors use for tree files: every shipped tree passes it, and it catches the
authoring mistakes it can express (unknown or missing keys, bad ids, and whole texts that
YAML 1.1 would read as booleans, which editors reading YAML 1.2 would not notice)."""

from __future__ import annotations

import copy
import datetime as dt
import json
from pathlib import Path
from typing import Any

import jsonschema  # type: ignore[import-untyped]
import pytest
import yaml

from aws_advisor.core.resources import resource_path, shipped_tree_dir

SCHEMA = json.loads(resource_path("schema", "tree.schema.json").read_text(encoding="utf-8"))
VALIDATOR = jsonschema.Draft7Validator(SCHEMA)
TREES = sorted(shipped_tree_dir().glob("*.yaml"))


def as_editor_reads(path: Path) -> Any:
    """The file as plain data; dates as text, as a YAML 1.2 editor sees them."""

    def plain(value: Any) -> Any:
        if isinstance(value, dt.date):
            return value.isoformat()
        if isinstance(value, dict):
            return {k: plain(v) for k, v in value.items()}
        if isinstance(value, list):
            return [plain(v) for v in value]
        return value

    return plain(yaml.safe_load(path.read_text(encoding="utf-8")))


def errors(data: Any) -> list[str]:
    return [e.message for e in VALIDATOR.iter_errors(data)]


@pytest.mark.parametrize("path", TREES, ids=[p.stem for p in TREES])
def test_every_shipped_tree_passes_the_schema(path: Path) -> None:
    assert errors(as_editor_reads(path)) == []


def test_the_schema_catches_mistakes_an_editor_can_flag() -> None:
    good = as_editor_reads(shipped_tree_dir() / "elb_type.yaml")
    option = good["questions"][0]["options"][0]

    def broken(change: Any) -> list[str]:
        data = copy.deepcopy(good)
        change(data)
        return errors(data)

    assert any("summry" in m for m in broken(lambda d: d.update(summry="typo")))
    assert any("'title' is a required" in m for m in broken(lambda d: d.pop("title")))
    assert any("does not match" in m for m in broken(lambda d: d.update(id="Bad Id")))

    def label_no(d: Any) -> None:
        d["questions"][0]["options"][0]["label"] = "No"  # unquoted in YAML 1.1: false

    assert any("should not be valid" in m for m in broken(label_no))
    assert option["label"] != "No" and errors(good) == []
