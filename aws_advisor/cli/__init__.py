"""The ``aws-advisor`` command line: ``main`` parses arguments and runs the tree commands;
``render`` and ``workshop`` add the commands that draw and report; ``common`` holds what
they share.
"""
