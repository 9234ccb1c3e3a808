"""The workloads, as guest programs. Each runs unchanged in CPython (via `exec`) and in monty_peg."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Dict


@dataclass(frozen=True)
class Workload:
    name: str
    source: str
    inputs: Dict[str, object] = field(default_factory=dict)


_WORDS = ("the quick brown fox jumps over the lazy dog and then the dog sleeps while the fox "
          "runs far away into the forest where many other animals live together ").split()

COMPUTE = [
    Workload("fib(22)", """
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
fib(22)
"""),
    Workload("300k-iteration loop", """
total = 0
i = 0
while i < 300000:
    total += i * 2 % 7
    i += 1
total
"""),
    Workload("20k f-strings joined", """
parts = []
for i in range(20000):
    parts.append(f"item {i:>5}: {i * 1.5:10.2f} [{i % 7:03d}] {'odd' if i % 2 else 'even'}")
len("\\n".join(parts))
"""),
    Workload("50k-word count", """
counts = {}
for word in words:
    counts[word] = counts.get(word, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
top
""", {"words": [_WORDS[i % len(_WORDS)] for i in range(50_000)]}),
]
