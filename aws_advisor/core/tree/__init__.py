"""The tree format: the model, reading and checking tree files, the JSON Schema, the
cache of parsed trees and the catalog of every tree the app knows.
"""
