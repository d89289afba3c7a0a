"""Render the app icon (resources/icons/app/aws-advisor.svg) into the files installers need.

    python packaging/make_icons.py [OUT_DIR] [--iconset]

writes ``OUT_DIR/png/aws-advisor-<size>.png`` for every size in ``PNG_SIZES``, a multi-size
``OUT_DIR/aws-advisor.ico`` and, with ``--iconset``, the macOS ``OUT_DIR/aws-advisor.iconset``
folder that ``iconutil`` turns into an ``.icns``. OUT_DIR defaults to packaging/build/icons.
Everything written here is generated at build time and never committed.

Qt renders every size from the SVG (each one crisp, not a scaled-down copy of a big one).
Qt's own ICO writer stores a single image per file, so the multi-size ``.ico`` is assembled
here: one PNG-compressed entry per size, the format Windows has read since Vista and the
one Pillow writes by default.
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "app" / "aws-advisor.svg"
DEFAULT_OUT = ROOT / "packaging" / "build" / "icons"
ICON_NAME = "aws-advisor"

PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
"""An ICO entry is at most 256 pixels wide."""

ICONSET = {
    "icon_16x16.png": 16,
    "icon_16x16@2x.png": 32,
    "icon_32x32.png": 32,
    "icon_32x32@2x.png": 64,
    "icon_128x128.png": 128,
    "icon_128x128@2x.png": 256,
    "icon_256x256.png": 256,
    "icon_256x256@2x.png": 512,
    "icon_512x512.png": 512,
    "icon_512x512@2x.png": 1024,
}
"""File names ``iconutil`` expects in an ``.iconset`` folder, and their pixel sizes."""


@dataclass(frozen=True)
class Icons:
    """What ``make_icons`` wrote."""

    pngs: dict[int, Path]
    ico: Path
    iconset: Path | None


def ico_bytes(pngs: Sequence[tuple[int, bytes]]) -> bytes:
    """An ICO file holding one PNG-compressed image per ``(size, png data)`` pair."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries, images = [], []
    for size, data in pngs:
        if not 1 <= size <= 256:
            raise ValueError(f"ICO images are 1 to 256 pixels wide, not {size}")
        side = 0 if size == 256 else size  # 0 means 256 in the directory entry
        # width, height, palette colours, reserved, colour planes, bits per pixel, size, offset
        entries.append(struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset))
        images.append(data)
        offset += len(data)
    return header + b"".join(entries) + b"".join(images)


def make_icons(svg: Path, out_dir: Path, *, iconset: bool = False) -> Icons:
    """Render ``svg`` into PNGs, an ICO and optionally a macOS iconset below ``out_dir``."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QImageWriter, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"make_icons: {svg} is not a valid SVG image")

    rendered: dict[int, QImage] = {}

    def render(size: int) -> QImage:
        if size not in rendered:
            image = QImage(size, size, QImage.Format.Format_ARGB32)
            image.fill(Qt.GlobalColor.transparent)
            painter = QPainter(image)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            renderer.render(painter)
            painter.end()
            rendered[size] = image
        return rendered[size]

    def png_data(size: int) -> bytes:
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        writer = QImageWriter(buffer, QByteArray(b"png"))
        if not writer.write(render(size)):
            raise SystemExit(
                f"make_icons: could not encode the {size}px PNG: {writer.errorString()}"
            )
        buffer.close()
        return bytes(data.data())

    png_dir = out_dir / "png"
    png_dir.mkdir(parents=True, exist_ok=True)
    pngs: dict[int, Path] = {}
    for size in PNG_SIZES:
        path = png_dir / f"{ICON_NAME}-{size}.png"
        path.write_bytes(png_data(size))
        pngs[size] = path

    ico = out_dir / f"{ICON_NAME}.ico"
    ico.write_bytes(ico_bytes([(size, png_data(size)) for size in ICO_SIZES]))

    iconset_dir: Path | None = None
    if iconset:
        iconset_dir = out_dir / f"{ICON_NAME}.iconset"
        iconset_dir.mkdir(parents=True, exist_ok=True)
        for name, size in ICONSET.items():
            (iconset_dir / name).write_bytes(png_data(size))
    return Icons(pngs=pngs, ico=ico, iconset=iconset_dir)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Render the app icon for the installers.")
    parser.add_argument("out_dir", nargs="?", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--iconset", action="store_true", help="also write a macOS .iconset")
    args = parser.parse_args(argv)
    icons = make_icons(SVG, args.out_dir, iconset=args.iconset)
    print(f"wrote {len(icons.pngs)} PNGs and {icons.ico.name} to {args.out_dir}")
    if icons.iconset is not None:
        print(f"wrote {icons.iconset}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
