"""The app's style sheet: type sizes relative to the (scaled) base font, focus always visible."""

from __future__ import annotations


def style_sheet(base: float, dark: bool, *, high_contrast: bool = False, unit: str = "pt") -> str:
    """The style sheet for body text of ``base`` points (or pixels, with ``unit="px"``);
    ``high_contrast`` is presentation mode, with larger answers and the room map."""
    focus = "#7cb7ff" if dark else "#0b63c4"
    card = "#262c36" if dark else "#ffffff"
    card_hover = "#303846" if dark else "#eef4fc"
    border = "#4a5261" if dark else "#c3cad4"
    muted = "#aab4c2" if dark else "#4f5b6b"
    if high_contrast:
        focus, card, card_hover, border, muted = (
            "#ffd400",
            "#000000",
            "#1c1c1c",
            "#ffffff",
            "#e6e6e6",
        )

    def pt(factor: float) -> str:
        return f"{base * factor:.1f}{unit}"

    prompt, option = (1.8, 1.4) if high_contrast else (1.7, 1.25)

    return f"""
    QLabel#pageHeading, QLabel#recommendationTitle {{ font-size: {pt(1.6)}; font-weight: 600; }}
    QLabel#treeTitle {{ font-size: {pt(1.0)}; color: {muted}; font-weight: 600; }}
    QLabel#progress {{ color: {muted}; }}
    QLabel#prompt {{ font-size: {pt(prompt)}; font-weight: 600; margin: 6px 0 4px 0; }}
    QLabel#help {{ font-size: {pt(1.05)}; color: {muted}; }}
    QLabel#keyHint {{ color: {muted}; }}
    QLabel#optionLabel {{ font-size: {pt(option)}; }}
    QLabel#optionDetail {{ color: {muted}; }}
    QPushButton#optionButton {{
        background: {card}; border: 1px solid {border}; border-radius: 8px; text-align: left;
    }}
    QPushButton#optionButton:hover {{ background: {card_hover}; }}
    QPushButton#optionButton:focus {{ border: 3px solid {focus}; }}
    QToolButton#crumb {{ border: 1px solid {border}; border-radius: 12px; padding: 3px 10px; }}
    QToolButton#crumb:focus, QPushButton:focus, QLineEdit:focus, QTreeWidget:focus,
    QTextBrowser:focus, QListWidget:focus, QGraphicsView:focus {{ border: 2px solid {focus}; }}
    QTreeWidget {{ font-size: {pt(1.1)}; }}
    QLabel#workshopTitle {{ font-size: {pt(1.2)}; font-weight: 600; }}
    QLabel#presentationStrip {{ font-size: {pt(1.0)}; color: {muted}; padding: 4px 0; }}
    QLabel#roomHeading {{ color: {muted}; font-weight: 600; margin-top: 10px; }}
    QLabel#roomSteps, QLabel#roomBranches, QLabel#roomNote {{ font-size: {pt(1.1)}; }}
    QLabel#drift {{ color: {"#ffb454" if dark else "#9a5b00"}; }}
    """
