"""The recommendation screen: the outcome with why, why not, what would change it, sources."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from aws_advisor.core.engine.session import Explanation, LinkedStatement
from aws_advisor.core.tree.model import DecisionTree

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

    def show_explanation(self, tree: DecisionTree, expl: Explanation) -> None:
        self.heading.setText(self.tr("Recommendation: {title}").format(title=expl.outcome.title))
        self.browser.document().setDefaultStyleSheet(self._css())
        self.browser.setHtml(self.render_html(tree, expl))
        self.browser.verticalScrollBar().setValue(0)

    def render_html(self, tree: DecisionTree, expl: Explanation) -> str:
        out = expl.outcome
        tr = self.tr
        parts = [f"<p class='summary'>{escape(out.summary)}</p>"]

        if any(s.provenance == "current" for s in (*expl.why, *expl.caveats)) or out.changed:
            parts.append(
                "<p class='muted'>"
                + tr(
                    "Items marked <span class='new'>NEW</span> are newer than most 2020-era "
                    "guides and courses; they were checked against AWS documentation on {date}."
                ).format(date=out.as_of.isoformat())
                + "</p>"
            )
        parts.append(f"<h2>{tr('Why this fits your answers')}</h2><ul>")
        parts += [f"<li>{self._statement(s, out.as_of.isoformat())}</li>" for s in expl.why]
        parts.append("</ul>")

        if out.changed:
            parts.append(f"<h2>{tr('What changed since 2020-era guides')}</h2><ul>")
            parts += [f"<li>{escape(c)}</li>" for c in out.changed]
            parts.append("</ul>")

        if expl.caveats:
            parts.append(f"<h2>{tr('Watch out for')}</h2><ul>")
            parts += [f"<li>{self._statement(s, out.as_of.isoformat())}</li>" for s in expl.caveats]
            parts.append("</ul>")

        if expl.why_not:
            parts.append(f"<h2>{tr('Why not the others')}</h2><ul>")
            for r in expl.why_not:
                parts.append(
                    "<li><b>{title}</b>: {text} <a href='{scheme}:{qid}'>{change}</a></li>".format(
                        title=escape(r.outcome.title),
                        text=tr("ruled out when you answered “{label}” to “{prompt}”.").format(
                            label=escape(r.chosen.label), prompt=escape(r.question.prompt)
                        ),
                        scheme=REVISIT_SCHEME,
                        qid=escape(r.question.id),
                        change=tr("Change this answer"),
                    )
                )
            parts.append("</ul>")

        if expl.what_if:
            parts.append(f"<h2>{tr('What would change it')}</h2><ul>")
            for alt in expl.what_if:
                titles = f"<b>{', '.join(escape(o.title) for o in alt.outcomes)}</b>"
                label, prompt = escape(alt.option.label), escape(alt.question.prompt)
                if alt.opens is None:
                    text = tr("Answering “{label}” to “{prompt}” leads to: {titles}").format(
                        label=label, prompt=prompt, titles=titles
                    )
                else:
                    text = tr(
                        "Answering “{label}” to “{prompt}” then asks “{next}”, which decides "
                        "between: {titles}"
                    ).format(
                        label=label, prompt=prompt, next=escape(alt.opens.prompt), titles=titles
                    )
                parts.append(f"<li>{text}</li>")
            parts.append("</ul>")

        if tree.comparison:
            parts.append(f"<h2>{tr('How the options compare')}</h2>")
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

        parts.append(f"<h2>{tr('Sources')}</h2><ul>")
        parts += [
            f"<li><a href='{escape(s.url, quote=True)}'>{escape(s.title)}</a></li>"
            for s in out.sources
        ]
        parts.append("</ul>")
        parts.append(
            "<p class='muted'>"
            + tr(
                "{title}, content version {version}, checked {date}. Not affiliated with AWS."
            ).format(
                title=escape(tree.title), version=escape(tree.version), date=tree.as_of.isoformat()
            )
            + "</p>"
        )
        return "".join(parts)

    def _statement(self, item: LinkedStatement, as_of: str) -> str:
        html = escape(item.text)
        if item.provenance == "current":
            badge = self.tr("NEW")
            html += f" <span class='new' title='{escape(as_of)}'>{badge}</span>"
        if item.answers:
            answered = "; ".join(f"“{escape(a.option.label)}”" for a in item.answers)
            html += (
                "<br><span class='muted'>"
                + self.tr("You answered: {answers}").format(answers=answered)
                + "</span>"
            )
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
            f"tr.chosen {{ background-color: {chosen_bg.name()}; }}"
            "li { margin-bottom: 6px; }"
        )

    def _link(self, url: QUrl) -> None:
        if url.scheme() == REVISIT_SCHEME:
            self.revisit_requested.emit(url.path())
        elif url.scheme() == "https":
            QDesktopServices.openUrl(url)
