"""Drawing the core's diagram models: the decision map and the architecture sketch.

Positions come from ``aws_advisor.core`` (``decision_map``, ``sketch_layout``); the
modules here only turn them into ``QGraphicsScene`` items, views and export files.
Importing this package imports no Qt; import the modules you need.
"""
