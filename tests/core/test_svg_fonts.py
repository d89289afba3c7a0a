"""Exported SVG asks for fonts a browser has, so labels never fall back to a serif font."""

from __future__ import annotations

from aws_advisor.core.diagrams.svg_fonts import WEB_SAFE, web_safe_fonts


def test_qts_own_alias_becomes_the_web_safe_stack() -> None:
    svg = b'<text font-family="Sans Serif" font-size="12">x</text>'
    assert web_safe_fonts(svg) == f'<text font-family="{WEB_SAFE}" font-size="12">x</text>'.encode()


def test_a_real_family_stays_first_and_a_quote_cannot_break_the_attribute() -> None:
    out = web_safe_fonts(b'<g font-family="Noto Sans"/><g font-family="Ev\'il"/>')
    assert (
        out
        == (
            f"<g font-family=\"'Noto Sans', {WEB_SAFE}\"/><g font-family=\"'Evil', {WEB_SAFE}\"/>"
        ).encode()
    )
    assert web_safe_fonts(out) == out  # applying it twice changes nothing
