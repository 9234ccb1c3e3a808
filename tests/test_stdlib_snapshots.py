"""Programs using the guest stdlib modules (functools, itertools, heapq, enum, typing...) pause at host
calls made from inside those modules' frames (an lru_cache'd function, an itertools pipeline, a
functools.partial), are dumped, loaded and resumed, and print what an uninterrupted run prints."""

from __future__ import annotations

import pytest

from monty_peg import CollectStreams, FunctionSnapshot, Monty, MontyComplete

PROGRAM = """
import functools
import itertools as it
import heapq
from enum import Enum
from typing import NamedTuple, List

class Kind(Enum):
    SMALL = 1
    LARGE = 2

class Item(NamedTuple):
    name: str
    size: int

@functools.lru_cache(maxsize=None)
def price(n):
    return fetch("price", n) + n

def kind_of(size):
    return Kind.SMALL if size < 3 else Kind.LARGE

items: List[Item] = []
for n in it.islice(it.count(1), 4):
    items.append(Item("item" + str(n), fetch("size", n)))
heap = []
for item in items:
    heapq.heappush(heap, (item.size, item.name))
order = [heapq.heappop(heap)[1] for _ in range(len(heap))]
totals = [price(n) for n in (1, 2, 1, 3, 2)]
scale = functools.partial(lambda factor, x: factor * fetch("scale", x), 10)
groups = {k.name: [i.name for i in g] for k, g in it.groupby(sorted(items, key=lambda i: kind_of(i.size).value),
                                                             key=lambda i: kind_of(i.size))}
print(order, totals, price.cache_info(), scale(4))
print(groups, list(it.accumulate(totals)), Kind(2), items[0])
"""


def answer(what, n):
    return {"price": 100, "size": (7 * n) % 5, "scale": n + 1}[what]


def run_through(dump: bool):
    m = Monty(PROGRAM, external_functions=["fetch"])
    out = CollectStreams()
    s = m.start(print_callback=out)
    calls = []
    while not isinstance(s, MontyComplete):
        assert isinstance(s, FunctionSnapshot), s
        if dump:
            s = FunctionSnapshot.load(s.dump())
        calls.append(s.args)
        s = s.resume(return_value=answer(*s.args), print_callback=out)
    return out.collected, calls


def test_a_paused_stdlib_program_resumes_after_dump_and_load():
    straight, straight_calls = run_through(dump=False)
    dumped, dumped_calls = run_through(dump=True)
    assert dumped == straight
    assert dumped_calls == straight_calls
    # price(1), price(2) and price(3) each reach the host once: the cache answers the repeats
    assert [c for c in straight_calls if c[0] == "price"] == [("price", 1), ("price", 2), ("price", 3)]
    text = "".join(t for _, t in straight)
    assert "CacheInfo(hits=2, misses=3, maxsize=None, currsize=3)" in text
    assert "Kind.LARGE" in text and "Item(name='item1', size=2)" in text


@pytest.mark.parametrize("module", ["functools", "itertools", "operator", "heapq", "bisect", "copy", "string",
                                    "textwrap", "enum", "typing", "abc", "collections.abc"])
def test_each_module_imports_and_a_paused_program_using_it_resumes(module):
    source = f"import {module}\nx = fetch(1)\nprint(x, {module.split('.')[0]}.__name__)\nx"
    m = Monty(source, external_functions=["fetch"])
    s = m.start()
    s = FunctionSnapshot.load(s.dump())
    done = s.resume(return_value=41)
    assert done.output == 41
