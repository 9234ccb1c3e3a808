"""A dict iterator saved in a snapshot stays tied to its dict (heap kind 20, factory `dict`,
docs/snapshot-format.md): after a load it sees the dict's values change, and raises CPython's
`RuntimeError: dictionary changed size during iteration` when the dict changes size, exactly as the
uninterrupted run does (found by fuzzing: the iterator used to come back as a list iterator over the items it
had left). Each program is run by CPython, by `run()`, and by `start()` paused at every host call, dumped,
loaded and resumed; the three must agree. Forged entries of the new form are refused with a reason."""

from __future__ import annotations

import msgpack
import pytest

from monty_peg import FunctionSnapshot, Monty, MontyComplete, MontyRuntimeError, MontySnapshotError
from monty_peg.runtime import snapshot as codec


def fetch(*args):
    return len(args)


def cpython(source: str):
    """("ok", repr of the last expression) or ("error", "Type: message"), from CPython itself."""
    body, last = source.rstrip().rsplit("\n", 1)
    namespace = {"fetch": fetch}
    try:
        exec(compile(body, "main.py", "exec"), namespace)
        return "ok", repr(eval(last, namespace))
    except Exception as e:  # noqa: BLE001 - the guest program's own exception
        return "error", f"{type(e).__name__}: {e}"


def outcome(run):
    try:
        return "ok", repr(run())
    except MontyRuntimeError as e:
        return "error", str(e)


def straight(source: str):
    return outcome(lambda: Monty(source, external_functions=["fetch"]).run(external_functions={"fetch": fetch}))


def paused(source: str):
    """Paused at every host call, dumped, loaded and resumed (the loaded snapshot only)."""
    def run():
        progress = Monty(source, external_functions=["fetch"]).start()
        pauses = 0
        while not isinstance(progress, MontyComplete):
            pauses += 1
            progress = FunctionSnapshot.load(progress.dump())
            progress = progress.resume(return_value=fetch(*progress.args))
        assert pauses, "the program never paused"
        return progress.output
    return outcome(run)


def agree(source: str):
    expected = cpython(source)
    assert straight(source) == expected
    assert paused(source) == expected
    return expected


PROGRAMS = {
    # the fuzzer's case: the loop body adds a key after the pause
    "keys_grow_after_pause": """
d = {'a': 1, 'b': 2, 'c': 3}
out = []
for k in d:
    fetch(k)
    d['z' + k] = 0
    out.append(k)
out""",
    "items_grow_after_pause": """
d = {'a': 1, 'b': 2}
for k, v in d.items():
    fetch(k)
    del d[k]
d""",
    "items_see_a_changed_value": """
d = {'a': 1, 'b': 2, 'c': 3}
out = []
for k, v in d.items():
    fetch(k)
    d['c'] = d['c'] * 10
    out.append((k, v))
out""",
    "values_see_a_changed_value": """
d = {'a': [1], 'b': [2], 'c': [3]}
out = []
for v in d.values():
    fetch(v)
    d['c'] = ['changed']
    out.append(v)
out""",
    "reversed_keys": """
d = {'a': 1, 'b': 2, 'c': 3}
out = []
for k in reversed(d):
    fetch(k)
    out.append(k)
    if k == 'b':
        d['x'] = 1
out""",
    "reversed_values_see_a_changed_value": """
d = {'a': 1, 'b': 2, 'c': 3}
out = []
for v in reversed(d.values()):
    fetch(v)
    d['a'] = 100
    out.append(v)
out""",
    "reversed_items": """
d = {1: 'a', 2: 'b', 3: 'c'}
out = [(i, kv) for i, kv in enumerate(reversed(d.items())) if fetch(i) and d.update({1: 'A'}) is None]
out""",
    # a deleted key and a new one: same size, so the iteration goes on and gives the new key
    "delete_and_add_keeps_going": """
d = {'a': 1, 'b': 2, 'c': 3}
out = []
for k in d:
    fetch(k)
    if k == 'a':
        del d['b']
        d['n'] = 4
    out.append(k)
out""",
    # every item given, StopIteration not yet raised: growing the dict still breaks the loop
    "grow_after_the_last_item": """
d = {'a': 1}
it = iter(d)
first = next(it)
fetch(first)
d['b'] = 2
[first, next(it)]""",
    # inside a function: the dict is a local, written before the iterator (the other heap order)
    "inside_a_function_with_shell_values": """
def walk(d):
    out = []
    for k, v in d.items():
        fetch(k)
        d[len(d) - 1] = [v, 'seen']
        out.append(v)
    return out, d
walk({n: [n] for n in range(40)})""",
    # a dict of plain values in a function: made whole in the loader's first pass, before its iterator
    "inside_a_function_with_plain_values": """
def total(d):
    out = []
    for k, v in d.items():
        fetch(k)
        d['c'] += 1
        out.append(v)
    d['d'] = 0
    for k in d:
        d.pop('a', fetch(k))
    return out
total({'a': 1, 'b': 2, 'c': 3})""",
    "inside_a_generator": """
def pairs(d):
    for k, v in d.items():
        yield k, v, fetch(k)
d = {'x': 1, 'y': 2, 'z': 3}
g = pairs(d)
out = [next(g)]
d['y'] = 20
out.append(next(g))
d['new'] = 0
out.append(next(g))
out""",
    "two_iterators_over_one_dict": """
d = {'a': 1, 'b': 2, 'c': 3, 'd': 4}
first, second = iter(d), iter(d.values())
out = [next(first), next(first), next(second)]
fetch()
d['d'] = 40
out += [next(first), next(second), next(second), next(second), list(first)]
out""",
    "zip_and_enumerate_over_dict_iterators": """
d = {'a': 1, 'b': 2, 'c': 3}
out = []
for i, (k, v) in enumerate(zip(d, d.values())):
    fetch(i)
    d['c'] = -3
    out.append((i, k, v))
out""",
    "tuple_and_int_keys": """
d = {(1, 'x'): 'a', 7: 'b', (2, (3,)): 'c', None: 'd', 2 ** 70: 'e'}
out = []
for k, v in d.items():
    fetch()
    d[7] = 'B'
    out.append((k, v))
out""",
    "a_dict_holding_its_own_iterator": """
d = {'a': 0, 'it': None}
it = iter(d.items())
d['it'] = it
first = next(it)
fetch()
second = next(it)
[first, second[0], second[1] is it]""",
    "counter_and_defaultdict": """
from collections import Counter, defaultdict
c = Counter('abcab')
dd = defaultdict(list, {'p': [1], 'q': [2]})
out = []
for k in c:
    fetch(k)
    c['b'] += 10
    out.append((k, c[k]))
for k, v in dd.items():
    fetch(k)
    dd['q'].append(3)
    out.append((k, list(v)))
dd['r']
try:
    for k in dd:
        fetch(k)
        dd['s']
except RuntimeError as e:
    out.append(str(e))
out""",
}


@pytest.mark.parametrize("name", sorted(PROGRAMS))
def test_a_loaded_dict_iterator_behaves_as_the_uninterrupted_run(name):
    agree(PROGRAMS[name])


def test_the_fuzzers_case_raises_after_the_load():
    assert agree(PROGRAMS["keys_grow_after_pause"]) == (
        "error", "RuntimeError: dictionary changed size during iteration")


@pytest.mark.parametrize("view", ["", ".values()", ".items()"])
def test_a_reversed_dict_iterator_whose_dict_changed_size_survives_a_dump(view):
    """Paused after its dict changed size, a reversed dict iterator is saved broken ("changed_dict", as the
    forward ones): its next() raises after the load too (dump() raised ValueError for values and items)."""
    assert agree(f"""
d = {{'a': 0, 'b': 1}}
for x in reversed(d{view}):
    del d['a']
    fetch()
d""") == ("error", "RuntimeError: dictionary changed size during iteration")


def test_a_dict_keyed_by_instances_keeps_the_list_form():
    """Its dict is filled only once a guest __hash__ can run, after the iterator exists: such an iterator is
    still saved as the items it has left (unchanged behaviour; it no longer sees its dict change)."""
    source = """
class K:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        return self.n
    def __eq__(self, other):
        return self.n == other.n
d = {K(1): 'a', K(2): 'b', K(3): 'c'}
out = []
for k, v in d.items():
    fetch(k.n)
    out.append((k.n, v))
out"""
    assert agree(source) == ("ok", "[(1, 'a'), (2, 'b'), (3, 'c')]")
    entries = _iterators(_paused_at_first_call(source))
    assert entries and all(e[1] != "dict" for e in entries)


# ---------------------------------------------------------------- the saved form, and forged bytes

FORGE_SOURCE = """
d = {'a': 1, 'b': 2, 'c': 3}
out = []
for k in d:
    out.append(fetch(k))
    d['x' + k] = 0
out"""
HEADER = codec.HEADER.size


def _paused_at_first_call(source=FORGE_SOURCE) -> bytes:
    return Monty(source, external_functions=["fetch"]).start().dump()


def _split(data):
    return data[:HEADER], msgpack.unpackb(data[HEADER:], raw=False, strict_map_key=False)


def _join(header, doc):
    return header + msgpack.packb(doc, use_bin_type=True, unicode_errors="surrogatepass")


def _iterators(data):
    return [o for o in _split(data)[1]["objects"] if o[0] == codec.K_ITER]


def _dict_iterator_index(doc):
    return next(i for i, o in enumerate(doc["objects"]) if o[0] == codec.K_ITER and o[1] == "dict")


def forge(edit, data=None):
    """The paused FORGE_SOURCE with its dict iterator's entry replaced by `edit(entry, doc)`."""
    header, doc = _split(data or _paused_at_first_call())
    i = _dict_iterator_index(doc)
    doc["objects"][i] = edit(doc["objects"][i], doc)
    return _join(header, doc)


def test_the_iterator_is_saved_tied_to_its_dict():
    header, doc = _split(_paused_at_first_call())
    kind, factory, (ref, view, position), state = doc["objects"][_dict_iterator_index(doc)]
    assert (kind, factory, view, position, state) == (codec.K_ITER, "dict", "keys", 1, None)
    assert doc["objects"][ref[0]] == [codec.K_DICT, {"a": 1, "b": 2, "c": 3}]


def test_the_list_form_of_older_dumps_still_loads():
    """Dumps made before this change hold the iterator as a list iterator over the keys it had left: they load
    and resume as before (the loop goes on over those keys; it no longer sees its dict grow)."""
    def as_before(entry, doc):
        doc["objects"].append([codec.K_LIST, ["b", "c"]])
        return [codec.K_ITER, "iter", [[len(doc["objects"]) - 1]], None]
    snapshot = FunctionSnapshot.load(forge(as_before))
    progress = snapshot.resume(return_value=10)
    while not isinstance(progress, MontyComplete):
        progress = progress.resume(return_value=len(progress.args[0]) * 10)
    assert progress.output == [10, 10, 10]


def _expect_refused(data, reason):
    with pytest.raises(MontySnapshotError, match=reason):
        FunctionSnapshot.load(data)


@pytest.mark.parametrize("position", [-1, 4, 2 ** 40, "1", 1.0, None, True])
def test_a_position_out_of_range_is_refused(position):
    _expect_refused(forge(lambda e, doc: [e[0], e[1], [e[2][0], e[2][1], position], None]),
                    "dict iterator position")


@pytest.mark.parametrize("target", [
    [codec.K_LIST, ["a", "b"]], [codec.K_SET, [1, 2]], [codec.K_TUPLE, [1]], [codec.K_RANGE, 0, 3, 1],
    [codec.K_COLLECTION, "OrderedDict", None, ["a", 1]], [codec.K_COLLECTION, "deque", None, [1, 2]],
])
def test_an_iterator_over_something_else_than_a_dict_is_refused(target):
    def edit(entry, doc):
        doc["objects"].append(target)
        return [entry[0], entry[1], [[len(doc["objects"]) - 1], entry[2][1], 0], None]
    _expect_refused(forge(edit), "a dict iterator must refer to a dict")


@pytest.mark.parametrize("args, reason", [
    ([0, "keys", 0], "a dict iterator must refer to a dict"),  # an int, not a reference
    ([[10 ** 6], "keys", 0], "a dict iterator must refer to a dict"),  # a reference out of range
    (None, "malformed dict iterator"),
    ([[0], "keys"], "malformed dict iterator"),
])
def test_malformed_arguments_are_refused(args, reason):
    _expect_refused(forge(lambda e, doc: [e[0], e[1], args, None]), reason)


@pytest.mark.parametrize("view", ["KEYS", "iter", "", 3, None])
def test_an_unknown_view_is_refused(view):
    _expect_refused(forge(lambda e, doc: [e[0], e[1], [e[2][0], view, 0], None]), "unknown dict iterator view")


def test_a_state_is_refused():
    _expect_refused(forge(lambda e, doc: [e[0], e[1], e[2], [1]]), "malformed dict iterator")


def test_an_odd_flat_dict_is_refused():
    def edit(entry, doc):
        doc["objects"].append([codec.K_DICT, [[entry[2][0][0]], 1, 2]])  # (a key that is a dict: also bad)
        return [entry[0], entry[1], [[len(doc["objects"]) - 1], "keys", 0], None]
    _expect_refused(forge(edit), "malformed dict")


def test_an_unhashable_key_is_refused():
    def edit(entry, doc):
        doc["objects"].append([codec.K_LIST, []])
        doc["objects"].append([codec.K_DICT, [[len(doc["objects"]) - 1], 1]])
        return [entry[0], entry[1], [[len(doc["objects"]) - 1], "keys", 0], None]
    _expect_refused(forge(edit), "unhashable dict key")


def test_a_dict_keyed_by_instances_is_refused():
    """The dumper keeps the list form for such a dict (its keys are hashed by guest code, after the iterator
    is built); a forged `dict` iterator over one is refused."""
    source = """
class K:
    def __hash__(self):
        return 1
d = {K(): 1}
for k in d:
    fetch()
"""
    header, doc = _split(_paused_at_first_call(source))
    target = next(i for i, o in enumerate(doc["objects"]) if o[0] == codec.K_DICT and len(o[1]) == 2
                  and doc["objects"][o[1][0][0]][0] == codec.K_INSTANCE)
    i = next(i for i, o in enumerate(doc["objects"]) if o[0] == codec.K_ITER)
    doc["objects"][i] = [codec.K_ITER, "dict", [[target], "keys", 0], None]
    _expect_refused(_join(header, doc), "keys are class instances")


def test_the_dict_iterators_of_one_load_move_a_bounded_number_of_items(monkeypatch):
    """Each item an iterator is moved on costs a next() call: a forged dump naming a big dict from many
    iterators would be quadratic in its size, so the total is bounded."""
    def many(entry, doc):
        for name in "xyz":  # (held by the root's `extra` map: every value there is decoded)
            doc["objects"].append([entry[0], entry[1], [entry[2][0], "keys", 3], None])
            doc["root"]["extra"][name] = [len(doc["objects"]) - 1]
        return entry
    data = forge(many)
    FunctionSnapshot.load(data)  # 1 + 3 * 3 items: fine
    monkeypatch.setattr(codec, "MAX_DICT_ITERATOR_STEPS", 9)
    _expect_refused(data, "dict iterators moved on by more than 9 items")
