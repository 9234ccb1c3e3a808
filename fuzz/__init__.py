"""Differential fuzzing of monty_peg against CPython: see docs/fuzzing.md.

`python -m fuzz --minutes N` runs the long profile; `python -m pytest fuzz` runs the short `ci` profile.
"""
