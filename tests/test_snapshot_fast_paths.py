"""The fast paths a snapshot's load takes (issue #3's fixed cost of dump + load) give what the general
paths give: host copies of a paused call's records, limit checks, in-place dicts."""

import pytest

import monty_peg
from monty_peg import FunctionSnapshot
from monty_peg.convert import to_host
from monty_peg.runtime.limits import ResourceLimits


def test_records_are_copied_once_each():
    shared = {"a": 1}
    out = to_host([shared, shared, {"b": 2}])
    assert out == [{"a": 1}, {"a": 1}, {"b": 2}]
    assert out[0] is out[1] and out[0] is not shared


def test_a_record_seen_before_the_list_is_the_same_copy():
    shared = {"a": 1}
    out = to_host({"x": shared, "y": [shared, {"c": 1}]})
    assert out["x"] is out["y"][0]


def test_records_with_a_nested_value_take_the_general_path():
    shared = {"a": 1}
    out = to_host([shared, {"b": [1, shared]}, {}])
    assert out == [{"a": 1}, {"b": [1, {"a": 1}]}, {}]
    assert out[1]["b"][1] is out[0]


def test_paused_call_arguments_after_load():
    program = monty_peg.Monty("d = {'a': 1}\nrecords = [d, d, {'b': 2}]\nfetch(records, d)\n",
                              external_functions=["fetch"])
    snap = FunctionSnapshot.load(program.start().dump())
    records, d = snap.args
    assert records == [{"a": 1}, {"a": 1}, {"b": 2}] and snap.kwargs == {}
    assert records[0] is records[1]
    assert snap.resume(return_value=None).output is None


@pytest.mark.parametrize("field, value, error, message", [
    ("max_memory", -1, ValueError, "limit max_memory must be a finite number >= 0"),
    ("max_steps", float("nan"), ValueError, "limit max_steps must be a finite number >= 0"),
    ("max_duration_secs", float("inf"), ValueError, "limit max_duration_secs must be a finite number"),
    ("max_output_bytes", True, TypeError, "limit max_output_bytes must be a number or None, not bool"),
    ("max_allocations", "1", TypeError, "limit max_allocations must be a number or None, not str"),
])
def test_limits_refuse_what_they_did(field, value, error, message):
    with pytest.raises(error, match=message):
        ResourceLimits(**{field: value})


def test_limits_accept_what_they_did():
    limits = ResourceLimits(max_duration_secs=0.0, max_memory=10 ** 30, max_steps=-0.0, max_recursion_depth=None)
    assert limits.max_memory == 10 ** 30 and limits.max_recursion_depth is None
