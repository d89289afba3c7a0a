"""The recommendation screen: the outcome with why, why not, what would change it, sources."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QPalette, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from aws_advisor.core.engine.session import Explanation, LinkedStatement
from aws_advisor.core.engine.wording import phrase, quoted, reason_of, titles
from aws_advisor.core.tree.model import DecisionTree
from aws_advisor.ui.page_keys import scroll_keys

REVISIT_SCHEME = "revisit"


class RecommendationPage(QWidget):
    """Renders an ``Explanation``; links to revisit a question go to ``revisit_requested``."""

    revisit_requested = Signal(str)
    back_requested = Signal()
    restart_requested = Signal()
    catalogue_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel()
        self.heading.setObjectName("recommendationTitle")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        self.heading.setAccessibleName(self.tr("Recommendation"))

        self.back_button = QPushButton(self.tr("Change last answer"))
        self.restart_button = QPushButton(self.tr("Start again"))
        self.catalogue_button = QPushButton(self.tr("All decisions"))
        for button, signal in (
            (self.back_button, self.back_requested),
            (self.restart_button, self.restart_requested),
            (self.catalogue_button, self.catalogue_requested),
        ):
            button.setAccessibleName(button.text())
            button.clicked.connect(signal.emit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.restart_button)
        buttons.addStretch(1)
        buttons.addWidget(self.catalogue_button)

        self.browser = QTextBrowser()
        self.browser.setObjectName("recommendation")
        self.browser.setAccessibleName(self.tr("Recommendation details"))
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._link)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(buttons)
        layout.addWidget(self.browser, 1)
        scroll_keys(self, self.browser.verticalScrollBar)

    def show_explanation(self, tree: DecisionTree, expl: Explanation) -> None:
        self.heading.setText(self.tr("Recommendation: {title}").format(title=expl.outcome.title))
        self._shown = (tree, expl)
        self._too_narrow = 0  # the widest browser a table was laid out too wide for
        self._table = self._table_fits(tree)
        self.browser.document().setDefaultStyleSheet(self._css())
        self._render()
        self.browser.verticalScrollBar().setValue(0)

    def _render(self) -> None:
        """The page, with the comparison as a table only when the laid-out page is no
        wider than the browser (the estimate in ``_table_fits`` can be a pixel short)."""
        self.browser.setHtml(self.render_html(*self._shown))
        width = self.browser.viewport().width()
        if self._table and self.browser.document().idealWidth() > width:
            self._too_narrow = max(self._too_narrow, width)
            self._table = False
            self.browser.setHtml(self.render_html(*self._shown))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # After the browser itself has its new size and has laid the page out again.
        QTimer.singleShot(0, self, self._fit_width)

    def _fit_width(self) -> None:
        """Table or per-option list for the comparison, as the browser's width allows; a
        table laid out wider than the browser always becomes the list (no side scrolling)."""
        shown = getattr(self, "_shown", None)
        if shown is None:
            return
        width = self.browser.viewport().width()
        overflow = self._table and self.browser.document().idealWidth() > width
        if overflow:
            self._too_narrow = max(self._too_narrow, width)
        if overflow or self._table_fits(shown[0]) != self._table:
            bar = self.browser.verticalScrollBar()
            where = bar.value() / max(1, bar.maximum())
            self._table = not self._table
            self._render()
            bar.setValue(round(where * bar.maximum()))

    def _table_fits(self, tree: DecisionTree) -> bool:
        """Whether the comparison fits as a table with no word broken across lines; when
        it does not, each option is listed with its own values instead."""
        if self.browser.viewport().width() <= getattr(self, "_too_narrow", 0):
            return False
        metrics = self.browser.fontMetrics()

        def widest(cells: list[str], bold: float = 1.0) -> int:
            words = [w for cell in cells for w in cell.split()] or [""]
            return round(max(metrics.horizontalAdvance(w) for w in words) * bold) + 16

        columns = [widest([o.title for o in tree.outcomes], 1.15)] + [
            widest([o.compare.get(c.id, "") for o in tree.outcomes] + [c.label], 1.15)
            for c in tree.comparison
        ]
        return sum(columns) <= self.browser.viewport().width() - 24

    def render_html(self, tree: DecisionTree, expl: Explanation) -> str:
        out = expl.outcome
        tr = self.tr

        def say(key: str, **values: str) -> str:
            return phrase(key, tr, **values)

        def heading(key: str) -> str:
            return f"<h2>{escape(say(key))}</h2>"

        as_of = out.as_of.isoformat()
        parts = [f"<p class='summary'>{escape(out.summary)}</p>"]
        if expl.marks_new:
            legend = escape(say("legend.new", date=as_of)).replace(
                "NEW", "<span class='new'>NEW</span>", 1
            )
            parts.append(f"<p class='muted'>{legend}</p>")
        parts.append(heading("heading.why") + "<ul>")
        parts += [f"<li>{self._statement(s, as_of)}</li>" for s in expl.why]
        parts.append("</ul>")

        for key, items in (
            ("heading.part_of_plan", expl.part_of_plan),
            ("heading.also_fits", expl.also_fits),
        ):
            if items:
                parts.append(heading(key) + "<ul>")
                parts += [
                    f"<li><b>{escape(b.outcome.title)}</b>: {escape(b.note)}</li>" for b in items
                ]
                parts.append("</ul>")

        if out.changed:
            parts.append(heading("heading.changed") + "<ul>")
            parts += [f"<li>{escape(c)}</li>" for c in out.changed]
            parts.append("</ul>")

        if expl.caveats:
            parts.append(heading("heading.caveats") + "<ul>")
            parts += [f"<li>{self._statement(s, as_of)}</li>" for s in expl.caveats]
            parts.append("</ul>")

        if expl.why_not:
            parts.append(heading("heading.why_not") + "<ul>")
            for r in expl.why_not:
                names = titles(f"<b>{escape(o.title)}</b>" for o in r.outcomes)
                item = say("why_not.item", titles=names, reason=escape(reason_of(r, tr)))
                parts.append(
                    f"<li>{item} <a href='{REVISIT_SCHEME}:{escape(r.question.id, quote=True)}'>"
                    f"{escape(say('why_not.change'))}</a></li>"
                )
            parts.append("</ul>")

        if expl.what_if:
            parts.append(heading("heading.what_if") + "<ul>")
            for alt in expl.what_if:
                names = f"<b>{', '.join(escape(o.title) for o in alt.outcomes)}</b>"
                label, prompt = escape(alt.option.label), escape(alt.question.prompt)
                if alt.opens is None:
                    text = say("what_if.leads_to", label=label, prompt=prompt, titles=names)
                else:
                    text = say(
                        "what_if.opens",
                        label=label,
                        prompt=prompt,
                        next=escape(alt.opens.prompt),
                        titles=names,
                    )
                parts.append(f"<li>{text}</li>")
            parts.append("</ul>")

        if tree.comparison and not getattr(self, "_table", True):
            parts.append(heading("heading.compare"))
            for o in tree.outcomes:
                chosen = o.id == out.id
                mark = f" ({tr('recommended')})" if chosen else ""
                cls = " class='chosen'" if chosen else ""
                parts.append(f"<p{cls}><b>{escape(o.title)}</b>{mark}</p><ul>")
                parts += [
                    f"<li>{escape(c.label)}: {escape(o.compare.get(c.id, ''))}</li>"
                    for c in tree.comparison
                ]
                parts.append("</ul>")
        elif tree.comparison:
            parts.append(heading("heading.compare"))
            parts.append("<table class='compare' cellspacing='0' cellpadding='6'><tr>")
            parts.append(f"<th>{tr('Option')}</th>")
            parts += [f"<th>{escape(c.label)}</th>" for c in tree.comparison]
            parts.append("</tr>")
            for o in tree.outcomes:
                chosen = o.id == out.id
                cls = " class='chosen'" if chosen else ""
                mark = f" ({tr('recommended')})" if chosen else ""
                parts.append(f"<tr{cls}><td><b>{escape(o.title)}</b>{mark}</td>")
                parts += [f"<td>{escape(o.compare.get(c.id, ''))}</td>" for c in tree.comparison]
                parts.append("</tr>")
            parts.append("</table>")

        parts.append(heading("heading.sources") + "<ul>")
        parts += [
            f"<li><a href='{escape(s.url, quote=True)}'>{escape(s.title)}</a></li>"
            for s in out.sources
        ]
        parts.append("</ul>")
        footer = say(
            "footer",
            title=escape(tree.title),
            version=escape(tree.version),
            date=tree.as_of.isoformat(),
        )
        parts.append(f"<p class='muted'>{footer}</p>")
        return "".join(parts)

    def _statement(self, item: LinkedStatement, as_of: str) -> str:
        html = escape(item.text)
        if item.provenance == "current":
            badge = self.tr("NEW")
            html += f" <span class='new' title='{escape(as_of)}'>{badge}</span>"
        if item.answers:
            answered = phrase(
                "you_answered", self.tr, labels=escape(quoted(a.option.label for a in item.answers))
            )
            html += f"<br><span class='muted'>{answered}</span>"
        return html

    def _css(self) -> str:
        pal = self.palette()
        muted = pal.color(QPalette.ColorRole.PlaceholderText).name()
        highlight = pal.color(QPalette.ColorRole.Highlight)
        chosen_bg = (
            highlight.lighter(190)
            if pal.color(QPalette.ColorRole.Base).lightness() > 128
            else highlight.darker(250)
        )
        border = pal.color(QPalette.ColorRole.Mid).name()
        return (
            "h2 { margin-top: 18px; margin-bottom: 4px; }"
            "p.summary { font-size: large; }"
            f".muted {{ color: {muted}; }}"
            f".new {{ color: {highlight.name()}; font-weight: bold; }}"
            f"table.compare {{ border-collapse: collapse; border: 1px solid {border}; }}"
            f"table.compare th, table.compare td {{ border: 1px solid {border}; }}"
            f"tr.chosen, p.chosen {{ background-color: {chosen_bg.name()}; }}"
            "li { margin-bottom: 6px; }"
        )

    def _link(self, url: QUrl) -> None:
        if url.scheme() == REVISIT_SCHEME:
            self.revisit_requested.emit(url.path())
        elif url.scheme() == "https":
            QDesktopServices.openUrl(url)
