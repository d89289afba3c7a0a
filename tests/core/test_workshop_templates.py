"""Agenda templates: the shipped ones, and the located errors a broken one gets."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from aws_advisor.core.errors import DataFileError
from aws_advisor.core.tree.loader import load_data_file
from aws_advisor.core.workshops.templates import (
    WorkshopTemplate,
    load_templates,
    shipped_template_dir,
    workshop_from_template,
)
from tests.helpers.workshops import CATALOG

TEMPLATES = load_templates(None, CATALOG)


def test_every_shipped_template_loads_and_names_real_trees() -> None:
    assert TEMPLATES.problems == []
    assert {"web_app_ec2", "serverless_api", "data_tier", "blank"} <= set(TEMPLATES.templates)
    for template in TEMPLATES.templates.values():
        assert Path(template.file or "").stem == template.id
        assert all(item.tree in CATALOG.trees for item in template.decisions)
    assert TEMPLATES.templates["blank"].decisions == ()
    assert len(TEMPLATES.templates["web_app_ec2"].decisions) >= 5


def test_a_workshop_from_a_template_has_its_agenda_not_started() -> None:
    template = TEMPLATES.templates["serverless_api"]
    w = workshop_from_template(
        template, CATALOG, facilitator="Ann", participants=["Bob"], date=dt.date(2026, 5, 4)
    )
    assert (w.title, w.template, w.facilitator, w.participants) == (
        "Serverless API",
        "serverless_api",
        "Ann",
        ("Bob",),
    )
    assert [d.tree for d in w.decisions] == [i.tree for i in template.decisions]
    assert all(d.status == "not_started" and d.context for d in w.decisions)
    assert w.decisions[0].tree_title == CATALOG.get(w.decisions[0].tree).title
    blank = workshop_from_template(TEMPLATES.templates["blank"], CATALOG, title="Whiteboard")
    assert (blank.title, blank.decisions) == ("Whiteboard", ())


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_an_unknown_tree_is_reported_with_its_place(tmp_path: Path) -> None:
    write(
        tmp_path,
        "web.yaml",
        "id: web\ntitle: Web\nsummary: A web app.\ndecisions:\n"
        "  - tree: elb_type\n  - tree: elb_kind\n",
    )
    write(tmp_path, "ok.yaml", "id: ok\ntitle: OK\nsummary: Fine.\ndecisions: []\n")
    result = load_templates(tmp_path, CATALOG)
    assert list(result.templates) == ["ok"]
    assert [str(p) for p in result.problems] == [
        f"{tmp_path / 'web.yaml'}:6:11: template 'web': no tree has the id 'elb_kind'"
    ]


def test_a_misspelt_field_is_reported_by_the_loader(tmp_path: Path) -> None:
    path = write(tmp_path, "web.yaml", "id: web\ntitle: Web\nsumary: A web app.\n")
    with pytest.raises(DataFileError) as info:
        load_data_file(WorkshopTemplate, path)
    assert [str(p) for p in info.value.problems] == [
        f"{path}:1:1: workshop template 'web': missing required field 'summary'",
        f"{path}:3:1: workshop template 'web': unknown field 'sumary' (did you mean "
        "'summary'?); expected one of: id, title, summary, decisions",
    ]


def test_a_duplicate_template_id_is_reported(tmp_path: Path) -> None:
    write(tmp_path, "a.yaml", "id: same\ntitle: A\nsummary: A.\n")
    write(tmp_path, "b.yaml", "id: same\ntitle: B\nsummary: B.\n")
    result = load_templates(tmp_path, CATALOG)
    assert [t.title for t in result.templates.values()] == ["A"]
    assert [str(p) for p in result.problems] == [
        f"{tmp_path / 'b.yaml'}:1:5: template id 'same' is already used by {tmp_path / 'a.yaml'}"
    ]


def test_the_shipped_template_folder_is_a_resource() -> None:
    assert shipped_template_dir().is_dir()
