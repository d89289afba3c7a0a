"""The packaging files as a distribution or software centre reads them: the AppStream
metainfo's links and screenshots, and the Debian control file build.py --deb writes."""

from __future__ import annotations

import importlib.util
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]
METAINFO = ROOT / "packaging" / "linux" / "io.github.aws_advisor.AwsAdvisor.metainfo.xml"
RAW_MAIN = "https://raw.githubusercontent.com/aws-advisor/aws-advisor/main/"


def load_deb() -> ModuleType:
    spec = importlib.util.spec_from_file_location("deb", ROOT / "packaging" / "deb.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def homepage() -> str:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return str(project["project"]["urls"]["Homepage"])


def test_metainfo_names_the_project_homepage_and_tracker() -> None:
    urls = {u.get("type"): u.text for u in ET.parse(METAINFO).getroot().iter("url")}
    assert urls["homepage"] == homepage()
    assert urls["bugtracker"] == homepage() + "/issues"


def test_every_metainfo_screenshot_is_a_committed_image_with_a_caption() -> None:
    shots = list(ET.parse(METAINFO).getroot().iter("screenshot"))
    assert len(shots) >= 3
    assert [s.get("type") for s in shots].count("default") == 1
    for shot in shots:
        image = shot.findtext("image") or ""
        assert image.startswith(RAW_MAIN), image
        assert (ROOT / image.removeprefix(RAW_MAIN)).is_file(), image
        assert (shot.findtext("caption") or "").strip(), image


def test_debian_versions_sort_prereleases_before_the_release() -> None:
    deb = load_deb()
    assert deb.deb_version("0.1.0") == "0.1.0"
    assert deb.deb_version("1.2.0rc1") == "1.2.0~rc1"
    assert deb.deb_version("1.2.0b3") == "1.2.0~b3"


def test_the_control_file_has_the_fields_dpkg_needs_in_its_format() -> None:
    deb = load_deb()
    text = deb.control("1.0.0rc2", "amd64", "libc6 (>= 2.36), libgl1", 140_000)
    fields = dict(
        line.split(": ", 1) for line in text.splitlines() if line and not line.startswith(" ")
    )
    assert fields["Package"] == "aws-advisor"
    assert fields["Version"] == "1.0.0~rc2"
    assert fields["Architecture"] == "amd64"
    assert fields["Depends"] == "libc6 (>= 2.36), libgl1"
    assert fields["Installed-Size"] == "140000"
    assert fields["Homepage"] == homepage()
    assert {"Maintainer", "Description"} <= fields.keys()
    body = text.split("Description: ", 1)[1].splitlines()[1:]
    assert body and all(line.startswith(" ") and len(line) <= 80 for line in body)
    assert text.endswith("\n") and "\n\n" not in text
