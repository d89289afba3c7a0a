"""Checks that an exported file is what its extension says."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtGui import QImage
from PySide6.QtSvg import QSvgRenderer


def check_file(path: Path) -> ET.Element | None:
    """The file is what its extension says; .drawio returns its mxGraph root."""
    if path.suffix == ".png":
        assert not QImage(str(path)).isNull()
    elif path.suffix == ".svg":
        assert QSvgRenderer(str(path)).isValid()
    elif path.suffix == ".pdf":
        data = path.read_bytes()
        assert data.startswith(b"%PDF") and b"/Type /Page" in data
    else:
        return ET.parse(path).getroot().find("./diagram/mxGraphModel/root")
    return None
