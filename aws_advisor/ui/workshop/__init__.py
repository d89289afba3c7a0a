"""The workshop widgets: the agenda panel, the controller that holds the open workshop,
its dialogs and the menu actions that tie them to the main window.
"""
