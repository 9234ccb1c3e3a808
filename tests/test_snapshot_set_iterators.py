"""Set and OrderedDict iterators saved in a snapshot stay tied to their container, as dict iterators do
(tests/test_snapshot_dict_iterators.py; heap kind 20, factories `set` and `odict`, docs/snapshot-format.md).
After a load such an iterator goes on where it was, sees its container's later changes, and raises CPython's
`RuntimeError` (`Set changed size during iteration`, `OrderedDict mutated during iteration`) when the container
changes under it, exactly as the uninterrupted run does; they used to come back as a list iterator over the
items they had left. Each program is run by CPython, by `run()`, and by `start()` paused at every host call,
dumped, loaded and resumed; the three must agree. Forged entries of the new forms are refused with a reason."""

from __future__ import annotations

import pytest

from monty_peg import FunctionSnapshot, Monty, MontyComplete
from monty_peg.runtime import snapshot as codec
from test_snapshot_dict_iterators import _expect_refused, _join, _split, agree

SET_PROGRAMS = {
    "keeps_going": """
s = {3, 1, 2, 10, 7}
out = []
for x in s:
    fetch(x)
    out.append(x)
out""",
    # the loop body grows the set after the pause: CPython's RuntimeError on the next item
    "grows_after_pause": """
s = {1, 2, 3}
out = []
for x in s:
    fetch(x)
    s.add(x + 100)
    out.append(x)
out""",
    "shrinks_after_pause": """
s = {1, 2, 3}
for x in s:
    fetch(x)
    s.discard(x)
s""",
    # one item out and one in: same size, so the iteration goes on (over the table as it now is)
    "delete_and_add_keeps_going": """
s = {1, 2, 3}
out = []
for x in s:
    fetch(x)
    if x == 1:
        s.discard(3)
        s.add(4)
    out.append(x)
out""",
    # every item given, StopIteration not yet raised: growing the set still breaks the loop
    "grow_after_the_last_item": """
s = {1, 2}
it = iter(s)
first, second = next(it), next(it)
fetch()
s.add(3)
[first, second, next(it)]""",
    # the error is sticky: the set back at its size does not make the iterator work again
    "the_error_stays": """
s = {1, 2}
it = iter(s)
out = [next(it)]
fetch()
s.add(3)
try:
    next(it)
except RuntimeError as e:
    out.append(str(e))
s.discard(3)
try:
    next(it)
except RuntimeError as e:
    out.append(str(e))
out""",
    # the set changed size before the pause: dump() used to fail (set_iterator cannot be saved)
    "changed_size_before_the_pause": """
s = {1, 2, 3}
out = []
try:
    for x in s:
        s.add(x * 100)
        fetch(x)
        out.append(x)
except RuntimeError as e:
    out.append(str(e))
out""",
    "exhausted": """
s = {1, 2}
it = iter(s)
out = list(it)
fetch()
s.add(3)
out + list(it) + [next(it, 'done')]""",
    "strings_and_tuples": """
s = {'a', 'bc', (1, 'x'), (2, (3,)), None, 2 ** 70, 1.5, b'z'}
out = []
for x in s:
    fetch()
    out.append(x)
s.add('new')
sorted(map(repr, out))""",
    "the_iterator_type_is_kept": """
s = {1, 2, 3}
it = iter(s)
next(it)
fetch()
[type(it).__name__, type(iter(frozenset({1}))).__name__, len(list(it))]""",
    "frozenset_keeps_going": """
f = frozenset({5, 1, 9, 3})
out = []
for x in f:
    fetch(x)
    out.append(x)
[out, type(iter(f)).__name__]""",
    "frozenset_half_way": """
f = frozenset(range(20))
it = iter(f)
head = [next(it) for _ in range(7)]
fetch()
[head, list(it), type(it).__name__]""",
    "inside_a_function": """
def walk(s):
    out = []
    for x in s:
        fetch(x)
        out.append(x)
        if len(out) == 2:
            s.add(-1)
    return out
try:
    walk(set(range(30)))
except RuntimeError as e:
    r = str(e)
r""",
    "inside_a_generator": """
def gen(s):
    for x in s:
        yield x, fetch(x)
s = {1, 2, 3, 4}
g = gen(s)
out = [next(g), next(g)]
s.discard(1)
s.add(1)
out.append(next(g))
s.add(5)
try:
    next(g)
except RuntimeError as e:
    out.append(str(e))
out""",
    "two_iterators_and_zip": """
s = {1, 2, 3, 4}
a, b = iter(s), iter(s)
next(a)
out = []
for i, (x, y) in enumerate(zip(a, b)):
    fetch(i)
    out.append((x, y))
out""",
    "a_set_comprehension": """
s = {1, 2, 3}
{x * 2 for x in s if fetch(x)}""",
    "a_set_made_by_a_union": """
s = {1, 2, 17} | {33, 4}
out = []
for x in s:
    fetch(x)
    out.append(x)
out""",
    "a_set_in_a_list_with_its_iterator": """
s = {1, 2, 3}
box = [iter(s), s]
first = next(box[0])
fetch()
box[1].add(4)
try:
    r = next(box[0])
except RuntimeError as e:
    r = str(e)
[first, r]""",
}

ODICT_PROGRAMS = {
    "keys_keep_going": """
from collections import OrderedDict
od = OrderedDict(b=1, a=2, c=3)
out = []
for k in od:
    fetch(k)
    out.append(k)
out""",
    "values_see_a_changed_value": """
from collections import OrderedDict
od = OrderedDict(a=1, b=2, c=3)
out = []
for v in od.values():
    fetch(v)
    od['c'] = 30
    out.append(v)
out""",
    "items_see_a_changed_value": """
from collections import OrderedDict
od = OrderedDict([(1, 'x'), ((2, 'y'), 'y'), (None, 'z')])
out = []
for k, v in od.items():
    fetch()
    od[None] = 'Z'
    out.append((k, v))
out""",
    "add_after_pause": """
from collections import OrderedDict
od = OrderedDict(a=1, b=2)
out = []
for k in od:
    fetch(k)
    od['z' + k] = 0
    out.append(k)
out""",
    # after "mutated" the iterator is finished: a second next() is StopIteration, not the error again
    "mutated_then_finished": """
from collections import OrderedDict
od = OrderedDict(a=1, b=2, c=3)
it = iter(od)
out = [next(it)]
fetch()
od.move_to_end('a')
try:
    next(it)
except RuntimeError as e:
    out.append(str(e))
out + [next(it, 'done'), list(od)]""",
    "pop_after_pause": """
from collections import OrderedDict
od = OrderedDict(a=1, b=2, c=3)
for k, v in od.items():
    fetch(k)
    od.pop('c')
od""",
    "mutated_before_the_pause": """
from collections import OrderedDict
od = OrderedDict(a=1, b=2)
it = iter(od.items())
out = [next(it)]
od['c'] = 3
fetch()
try:
    next(it)
except RuntimeError as e:
    out.append(str(e))
out + [next(it, 'done')]""",
    "reversed_views": """
from collections import OrderedDict
od = OrderedDict(a=1, b=2, c=3, d=4)
out = []
for k in reversed(od):
    fetch(k)
    out.append(k)
for v in reversed(od.values()):
    fetch(v)
    od['a'] = 100
    out.append(v)
for kv in reversed(od.items()):
    fetch()
    od['d'] = -4
    out.append(kv)
out""",
    # values that are their keys: a keys iterator and a values iterator over it give the same items
    "values_that_are_their_keys": """
from collections import OrderedDict
od = OrderedDict((k, k) for k in ['a', 'b', 'c'])
keys, values = iter(od), iter(od.values())
out = [next(keys), next(values)]
fetch()
od['b'] = 'B'
od['c'] = 'C'
out + list(keys) + list(values)""",
    "exhausted_and_at_the_end": """
from collections import OrderedDict
od = OrderedDict(a=1)
done, end = iter(od), iter(od.values())
list(done)
out = [next(end)]
fetch()
od['b'] = 2
out.append(list(done))
try:
    out.append(next(end))
except StopIteration:
    out.append('stop')
out""",
    "inside_a_function": """
from collections import OrderedDict
def walk(od):
    out = []
    for k, v in od.items():
        fetch(k)
        od[k] = [v]
        out.append((k, v))
    return out, list(od.items())
walk(OrderedDict((n, str(n)) for n in range(25)))""",
    "the_iterator_type_is_kept": """
from collections import OrderedDict
od = OrderedDict(a=1, b=2)
it = reversed(od.items())
next(it)
fetch()
[type(it).__name__, list(it)]""",
}

PROGRAMS = {**{"set_" + k: v for k, v in SET_PROGRAMS.items()},
            **{"odict_" + k: v for k, v in ODICT_PROGRAMS.items()}}


@pytest.mark.parametrize("name", sorted(PROGRAMS))
def test_a_loaded_iterator_behaves_as_the_uninterrupted_run(name):
    agree(PROGRAMS[name])


@pytest.mark.parametrize("name, expected", [
    ("set_grows_after_pause", ("error", "RuntimeError: Set changed size during iteration")),
    ("set_shrinks_after_pause", ("error", "RuntimeError: Set changed size during iteration")),
    ("odict_add_after_pause", ("error", "RuntimeError: OrderedDict mutated during iteration")),
    ("odict_pop_after_pause", ("error", "RuntimeError: OrderedDict mutated during iteration")),
])
def test_a_change_after_the_load_raises(name, expected):
    assert agree(PROGRAMS[name]) == expected


@pytest.mark.parametrize("container", ["{K(1), K(2), K(3)}", "OrderedDict([(P(1), 'a'), (P(2), 'b'), (P(3), 'c')])"])
def test_a_container_of_instances_keeps_the_list_form(container):
    """Its items are hashed by guest code, only once everything is built: the iterator is still saved as the
    items it has left (it goes on over them; it no longer sees its container change). (An OrderedDict keyed
    by instances whose class defines __hash__ cannot be dumped at all: saving it hashes them.)"""
    source = f"""
from collections import OrderedDict
class K:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        return self.n
    def __eq__(self, other):
        return self.n == other.n
class P:
    def __init__(self, n):
        self.n = n
out = []
for k in {container}:
    fetch(k.n)
    out.append(k.n)
sorted(out)"""
    assert agree(source) == ("ok", "[1, 2, 3]")
    entries = _iterators(_paused(source))
    assert entries and all(e[1] == "iter" for e in entries)


# ---------------------------------------------------------------- the saved form, and forged bytes

SET_SOURCE = """
s = {1, 2, 3}
out = []
for x in s:
    out.append(fetch(x))
    s.add(x * 10)
out"""
ODICT_SOURCE = """
from collections import OrderedDict
od = OrderedDict(a=1, b=2, c=3)
out = []
for k in od.values():
    out.append(fetch(k))
out"""


def _paused(source) -> bytes:
    return Monty(source, external_functions=["fetch"]).start().dump()


def _iterators(data):
    return [o for o in _split(data)[1]["objects"] if o[0] == codec.K_ITER]


def _index(doc, factory):
    return next(i for i, o in enumerate(doc["objects"]) if o[0] == codec.K_ITER and o[1] == factory)


def forge(source, factory, edit):
    """The paused `source` with its `factory` iterator's entry replaced by `edit(entry, doc)`."""
    header, doc = _split(_paused(source))
    i = _index(doc, factory)
    doc["objects"][i] = edit(doc["objects"][i], doc)
    return _join(header, doc)


def _append(doc, entry):
    doc["objects"].append(entry)
    return [len(doc["objects"]) - 1]


def _run(data, answer=lambda args: len(args)):
    progress = FunctionSnapshot.load(data)
    while not isinstance(progress, MontyComplete):
        progress = progress.resume(return_value=answer(progress.args))
    return progress.output


def test_a_set_iterator_is_saved_tied_to_its_set():
    header, doc = _split(_paused(SET_SOURCE))
    kind, factory, (ref, position, rest), state = doc["objects"][_index(doc, "set")]
    assert (kind, factory, position, state) == (codec.K_ITER, "set", 1, None)
    assert doc["objects"][ref[0]][0] == codec.K_SET and sorted(doc["objects"][ref[0]][1]) == [1, 2, 3]
    assert len(rest) == 2


def test_an_odict_iterator_is_saved_tied_to_its_odict():
    header, doc = _split(_paused(ODICT_SOURCE))
    kind, factory, (ref, view, position), state = doc["objects"][_index(doc, "odict")]
    assert (kind, factory, view, position, state) == (codec.K_ITER, "odict", "values", 1, None)
    assert doc["objects"][ref[0]] == [codec.K_COLLECTION, "OrderedDict", None, ["a", 1, "b", 2, "c", 3]]


def test_a_set_whose_order_did_not_survive_gives_the_items_it_had_left():
    """When the loaded set does not iterate in the saved order (items whose hash changes between processes,
    here a forged order), a tied iterator would give other items: the loader makes a list iterator over the
    items the iterator had left instead (the older form's behaviour)."""
    def reorder(entry, doc):
        target = doc["objects"][entry[2][0][0]]
        doc["objects"][entry[2][0][0]] = [target[0], [7, 8, 9]]  # another set's items
        return [entry[0], entry[1], [entry[2][0], 1, [2, 3]], None]
    seen = []
    assert _run(forge(SET_SOURCE, "set", reorder), lambda args: seen.append(args[0]) or 0) == [0, 0, 0]
    assert seen == [1, 2, 3]


def test_the_list_form_of_older_dumps_still_loads():
    def as_before(entry, doc):
        return [codec.K_ITER, "iter", [_append(doc, [codec.K_LIST, [2, 3]])], None]
    assert _run(forge(SET_SOURCE, "set", as_before), lambda args: args[0]) == [1, 2, 3]


@pytest.mark.parametrize("position", [-1, 4, 2 ** 40, "1", 1.0, None, True])
def test_a_set_iterator_position_out_of_range_is_refused(position):
    _expect_refused(forge(SET_SOURCE, "set", lambda e, doc: [e[0], e[1], [e[2][0], position, e[2][2]], None]),
                    "set iterator position")


@pytest.mark.parametrize("target", [
    [codec.K_LIST, [1, 2]], [codec.K_DICT, [1, 2]], [codec.K_TUPLE, [1]], [codec.K_RANGE, 0, 3, 1],
    [codec.K_COLLECTION, "OrderedDict", None, [1, 2]], [codec.K_COLLECTION, "deque", None, [1, 2]],
])
def test_a_set_iterator_over_something_else_is_refused(target):
    def edit(entry, doc):
        return [entry[0], entry[1], [_append(doc, target), 0, []], None]
    _expect_refused(forge(SET_SOURCE, "set", edit), "a set iterator must refer to a set")


@pytest.mark.parametrize("args, reason", [
    ([0, 0, []], "a set iterator must refer to a set"),
    ([[10 ** 6], 0, []], "a set iterator must refer to a set"),
    (None, "malformed set iterator"),
    ([[0], 0], "malformed set iterator"),
])
def test_malformed_set_iterator_arguments_are_refused(args, reason):
    _expect_refused(forge(SET_SOURCE, "set", lambda e, doc: [e[0], e[1], args, None]), reason)


def test_a_set_iterator_with_a_state_or_bad_items_is_refused():
    _expect_refused(forge(SET_SOURCE, "set", lambda e, doc: [e[0], e[1], e[2], [1]]), "malformed set iterator")
    _expect_refused(forge(SET_SOURCE, "set", lambda e, doc: [e[0], e[1], [e[2][0], 1, 5], None]),
                    "set iterator items")


def test_a_set_of_unhashable_items_is_refused():
    def edit(entry, doc):
        target = _append(doc, [codec.K_SET, [_append(doc, [codec.K_LIST, []])]])
        return [entry[0], entry[1], [target, 0, []], None]
    _expect_refused(forge(SET_SOURCE, "set", edit), "unhashable")


def test_a_set_iterator_over_a_set_of_instances_is_refused():
    source = """
class K:
    def __hash__(self):
        return 1
s = {K()}
for k in s:
    fetch()
"""
    header, doc = _split(_paused(source))
    target = next(i for i, o in enumerate(doc["objects"]) if o[0] == codec.K_SET and len(o[1]) == 1
                  and doc["objects"][o[1][0][0]][0] == codec.K_INSTANCE)
    i = next(i for i, o in enumerate(doc["objects"]) if o[0] == codec.K_ITER)
    doc["objects"][i] = [codec.K_ITER, "set", [[target], 0, []], None]
    _expect_refused(_join(header, doc), "items are class instances")


@pytest.mark.parametrize("position", [-1, 4, "1", None, False])
def test_an_odict_iterator_position_out_of_range_is_refused(position):
    _expect_refused(forge(ODICT_SOURCE, "odict", lambda e, doc: [e[0], e[1], [e[2][0], e[2][1], position], None]),
                    "OrderedDict iterator position")


@pytest.mark.parametrize("view", ["KEYS", "iter", "", 3, None])
def test_an_unknown_odict_iterator_view_is_refused(view):
    _expect_refused(forge(ODICT_SOURCE, "odict", lambda e, doc: [e[0], e[1], [e[2][0], view, 0], None]),
                    "unknown OrderedDict iterator view")


@pytest.mark.parametrize("target", [
    [codec.K_DICT, ["a", 1]], [codec.K_SET, [1, 2]], [codec.K_COLLECTION, "Counter", None, ["a", 1]],
    [codec.K_COLLECTION, "deque", None, [1, 2]], [codec.K_LIST, []],
])
def test_an_odict_iterator_over_something_else_is_refused(target):
    def edit(entry, doc):
        return [entry[0], entry[1], [_append(doc, target), "keys", 0], None]
    _expect_refused(forge(ODICT_SOURCE, "odict", edit), "an OrderedDict iterator must refer to an OrderedDict")


@pytest.mark.parametrize("args, reason", [
    ([0, "keys", 0], "an OrderedDict iterator must refer to an OrderedDict"),
    (None, "malformed OrderedDict iterator"),
    ([[0], "keys"], "malformed OrderedDict iterator"),
])
def test_malformed_odict_iterator_arguments_are_refused(args, reason):
    _expect_refused(forge(ODICT_SOURCE, "odict", lambda e, doc: [e[0], e[1], args, None]), reason)


def test_an_odict_with_an_odd_or_unhashable_flat_list_is_refused():
    def odd(entry, doc):
        return [entry[0], entry[1], [_append(doc, [codec.K_COLLECTION, "OrderedDict", None, ["a"]]), "keys", 0],
                None]
    _expect_refused(forge(ODICT_SOURCE, "odict", odd), "malformed dict")

    def unhashable(entry, doc):
        key = _append(doc, [codec.K_LIST, []])
        return [entry[0], entry[1], [_append(doc, [codec.K_COLLECTION, "OrderedDict", None, [key, 1]]), "keys", 0],
                None]
    _expect_refused(forge(ODICT_SOURCE, "odict", unhashable), "unhashable dict key")


@pytest.mark.parametrize("args", [["keys"], ["mutated"], [1]])
def test_a_malformed_changed_set_iterator_is_refused(args):
    _expect_refused(forge(SET_SOURCE, "set", lambda e, doc: [e[0], "changed_set", args, None]),
                    "changed_set iterator of this shape cannot be restored")


@pytest.mark.parametrize("args", [["keys"], [], ["mutated", 1], [1]])
def test_a_malformed_changed_odict_iterator_is_refused(args):
    _expect_refused(forge(ODICT_SOURCE, "odict", lambda e, doc: [e[0], "changed_odict", args, None]),
                    "changed_odict iterator of this shape cannot be restored")


def test_the_iterators_of_one_load_move_a_bounded_number_of_items(monkeypatch):
    """Moving a set or OrderedDict iterator on costs a next() per item, as for dicts: the same bound applies."""
    def many(entry, doc):
        for name in "xyz":
            extra = [entry[0], entry[1], [entry[2][0], "keys", 3], None]
            doc["root"]["extra"][name] = _append(doc, extra)
        return entry
    data = forge(ODICT_SOURCE, "odict", many)
    FunctionSnapshot.load(data)
    monkeypatch.setattr(codec, "MAX_DICT_ITERATOR_STEPS", 8)
    _expect_refused(data, "iterators moved on by more than 8 items")
    monkeypatch.setattr(codec, "MAX_DICT_ITERATOR_STEPS", 2)
    _expect_refused(_paused(SET_SOURCE), "iterators moved on by more than 2 items")
