"""The Qt layer beneath the GUI and the CLI: drawing diagrams, printing workshop reports to
PDF and the app's folders. It imports ``aws_advisor.core`` and nothing above it.
"""
