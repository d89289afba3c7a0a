"""Shared test data and helpers; test modules import from here, never from each other."""
