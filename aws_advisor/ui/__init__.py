"""The PySide6 user interface. Widgets render what the core says and forward user intent."""
