"""Benchmarks: `python -m benchmarks` prints monty_peg's time against CPython's for each workload."""
