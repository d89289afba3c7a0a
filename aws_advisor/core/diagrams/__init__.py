"""Diagram models without Qt: the decision map's positions, the architecture sketch's
layout and routes, and the draw.io export. ``aws_advisor.qt.diagrams`` draws them.
"""
