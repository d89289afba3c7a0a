"""Third-party licence notices, from the installed distributions' own metadata.

``notices()`` lists every distribution the app needs (its requirements and theirs), with
version, licence, home page and the licence files each ships, and Python itself. The About
box shows it; the packaging script writes it into every bundle as THIRD-PARTY-NOTICES.txt.
"""

from __future__ import annotations

import importlib.metadata as metadata
import re
import sys
from dataclasses import dataclass

from aws_advisor.core.resources import resource_path

APP = "aws-advisor"
_NAME = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)")
_EXTRA = re.compile(r"\bextra\s*==")
_LICENCE_FILE = re.compile(r"(^|/)(licen[cs]e|copying|notice)[^/]*$", re.IGNORECASE)


@dataclass(frozen=True)
class Notice:
    name: str
    version: str
    licence: str
    home: str
    texts: tuple[str, ...]


def canonical_name(name: str) -> str:
    """A distribution's name as packaging tools compare it (PEP 503): ``PySide6_Essentials``
    and ``pyside6-essentials`` are the same."""
    return re.sub(r"[-_.]+", "-", name).lower()


def required(root: str = APP) -> list[metadata.Distribution]:
    """The installed distributions ``root`` needs, directly or not (extras left out)."""
    seen: dict[str, metadata.Distribution] = {}
    todo = [root]
    while todo:
        name = todo.pop()
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        key = canonical_name(dist.metadata["Name"] or name)
        if key in seen:
            continue
        seen[key] = dist
        for requirement in dist.requires or []:
            if _EXTRA.search(requirement):  # only with an extra the app does not ask for
                continue
            match = _NAME.match(requirement)
            if match:
                todo.append(match.group(1))
    seen.pop(canonical_name(root), None)
    return sorted(seen.values(), key=lambda d: canonical_name(d.metadata["Name"] or ""))


def _field(dist: metadata.Distribution, key: str) -> str:
    value = dist.metadata[key]  # None when missing
    return str(value) if value else ""


def _licence(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    if _field(dist, "License-Expression"):
        return _field(dist, "License-Expression")
    text = _field(dist, "License").strip()
    if text and len(text) < 200 and "\n" not in text:
        return text
    classifiers = [
        c.split("::")[-1].strip()
        for c in meta.get_all("Classifier") or []
        if c.startswith("License ::")
    ]
    return "; ".join(classifiers) or "see the licence text below"


def _home(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    if _field(dist, "Home-page"):
        return _field(dist, "Home-page")
    for url in meta.get_all("Project-URL") or []:
        label, _, address = url.partition(",")
        if label.strip().lower() in {"homepage", "home", "source", "repository"}:
            return str(address).strip()
    return ""


def notice(dist: metadata.Distribution) -> Notice:
    texts = []
    for file in dist.files or []:
        if _LICENCE_FILE.search(str(file)):
            try:
                texts.append(file.read_text(encoding="utf-8").strip())
            except (OSError, UnicodeDecodeError):
                continue
    return Notice(
        str(dist.metadata["Name"]), dist.version, _licence(dist), _home(dist), tuple(texts)
    )


def notices() -> list[Notice]:
    return [notice(d) for d in required()]


def notices_text() -> str:
    """The notices as plain text, for the About box and the bundles."""
    python = ".".join(map(str, sys.version_info[:3]))
    parts = [
        "AWS Advisor includes the following third-party software.",
        "",
        f"Python {python}: Python Software Foundation License, https://www.python.org/",
        "Qt 6 (inside PySide6): LGPL-3.0-only; source at https://download.qt.io/, "
        "https://www.qt.io/licensing/. The Qt libraries are separate files in the bundle and "
        "can be replaced with your own build.",
    ]
    for n in notices():
        parts += ["", "-" * 72, f"{n.name} {n.version}: {n.licence}"]
        if n.home:
            parts.append(n.home)
        for text in n.texts:
            parts += ["", text]
    lgpl = resource_path("licences", "LGPL-3.0.txt").read_text(encoding="utf-8").strip()
    parts += [
        "",
        "-" * 72,
        "GNU Lesser General Public License 3.0 (Qt, PySide6, shiboken6;",
        "it adds to the GNU GPL 3.0, in GPL-3.0.txt beside these notices):",
        "",
        lgpl,
    ]
    return "\n".join(parts) + "\n"
