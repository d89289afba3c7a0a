"""Practice mode: situations to solve, graded against an architect's answers."""
