"""The Qt-free core: tree model, loading and validation, the decision engine.

Nothing in this package may import PySide6; a test proves it.
"""
