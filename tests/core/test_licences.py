"""Licence notices for what the app redistributes, from the installed metadata."""

from __future__ import annotations

import importlib.metadata as metadata

from aws_advisor.core.licences import notices, notices_text, required


def test_every_distribution_the_app_needs_has_a_notice_with_a_licence() -> None:
    names = {n.name.lower().replace("_", "-") for n in notices()}
    assert {"pyyaml", "networkx", "pyside6-essentials", "shiboken6"} <= names
    for requirement in metadata.requires("aws-advisor") or []:
        if "extra ==" not in requirement:
            name = requirement.split("<")[0].split(">")[0].split("!")[0].split("=")[0]
            assert name.strip().lower().replace("_", "-") in names, requirement
    assert all(n.licence and n.version for n in notices())
    assert "aws-advisor" not in {d.metadata["Name"] for d in required()}


def test_the_text_carries_licence_texts_and_the_lgpl() -> None:
    text = notices_text()
    assert "PyYAML" in text and "Permission is hereby granted" in text  # PyYAML's MIT text
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in text and "Python 3." in text
