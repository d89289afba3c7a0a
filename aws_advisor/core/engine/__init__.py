"""The decision engine: a session walks one tree, answer by answer, and explains its outcome."""
