"""Exported SVG names fonts every browser and editor has: Qt writes the family it drew
with (often its own alias "Sans Serif", which no browser knows, so labels fell back to a
serif font); each is followed by a web-safe sans-serif stack."""

from __future__ import annotations

import re

WEB_SAFE = "'Segoe UI', 'Helvetica Neue', Helvetica, Arial, 'DejaVu Sans', sans-serif"
QT_ALIASES = frozenset({"sans serif", "sans-serif", "sans", "helvetica"})

_FAMILY = re.compile(rb'font-family="([^"]*)"')


def web_safe_fonts(svg: bytes) -> bytes:
    """``svg`` with every ``font-family`` ending in the web-safe stack."""

    def stack(match: re.Match[bytes]) -> bytes:
        written = match.group(1).decode("utf-8", "replace")
        if written.endswith(WEB_SAFE):
            return match.group(0)  # stacked already
        family = written.strip().strip("'")
        if not family or family.casefold() in QT_ALIASES:
            families = WEB_SAFE
        else:
            families = f"'{family.replace(chr(39), '')}', {WEB_SAFE}"
        return b'font-family="' + families.encode("utf-8") + b'"'

    return _FAMILY.sub(stack, svg)
