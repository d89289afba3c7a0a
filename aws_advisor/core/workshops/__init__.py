"""Workshops: the document (an agenda of decisions), its file format and storage, the
review rules, templates, and the report and ADR renderers.
"""
