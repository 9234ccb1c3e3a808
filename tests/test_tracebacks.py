"""Uncaught exceptions: monty_peg's `MontyRuntimeError.traceback_text` must equal CPython's traceback.

Each program runs in CPython as `python main.py` from a temporary directory, and in monty_peg with `script_name="main.py"`; the whole stderr text is compared,
including the `~~~^^^` markers CPython 3.11 draws and the chained-exception separators.
Since Python 3.9 a script's frames name its absolute path, so that path is rewritten to `main.py`.
"""

import subprocess
import sys
import textwrap

import pytest

import monty_peg

PROGRAMS = {
    "nested_calls": """
        def parse(text):
            return int(text)


        def load(items):
            return [parse(t) for t in items]


        def main():
            values = load(["1", "2", "x3"])
            return sum(values)


        main()
    """,
    "recursion_5_deep": """
        def countdown(n):
            if n == 0:
                raise RecursionError("bottom reached at depth zero")
            return countdown(n - 1)


        countdown(4)
    """,
    "error_in_lambda": """
        items = [3, 1, 0, 2]
        inverse = lambda v: 10 / v
        print(list(map(inverse, items)))
    """,
    "error_in_comprehension": """
        data = {"a": 1, "b": 2}
        keys = ["a", "b", "c"]
        values = [data[k] for k in keys]
    """,
    "error_in_generator_for_loop": """
        def numbers(words):
            for w in words:
                yield float(w)


        total = 0.0
        for n in numbers(["1.5", "2", "three"]):
            total += n
    """,
    "binop_markers": """
        def combine(count, label):
            return count + label


        combine(3, "things")
    """,
    "binop_markers_nested_expression": """
        width = 10
        height = None
        area = width * 2 + (height * width)
    """,
    "subscript_markers": """
        def lookup(table, key):
            return table[key]["value"]


        config = {"alpha": {"value": 1}}
        lookup(config, "beta")
    """,
    "index_error_markers": """
        matrix = [[1, 2], [3, 4]]
        row = 1
        print(matrix[row][row + 1])
    """,
    "raise_from": """
        def fetch(key):
            try:
                return {"a": 1}[key]
            except KeyError as e:
                raise ValueError(f"unknown key {key!r}") from e


        fetch("z")
    """,
    "implicit_chaining": """
        def risky():
            try:
                1 / 0
            except ZeroDivisionError:
                undefined_handler()


        risky()
    """,
    "error_in_finally": """
        def cleanup():
            try:
                return "ok"
            finally:
                [].pop()


        cleanup()
    """,
    "long_line_one_call_marked": """
        def ok(x):
            return x


        def bad(x):
            return x.upper()


        result = ok(1) + ok(2) + ok(3) + ok(4) + ok(5) + ok(6) + bad(7) + ok(8) + ok(9) + ok(10) + ok(11)
    """,
    "attribute_error_call": """
        names = ["a", "b"]
        names.push("c")
    """,
    "multiline_call": """
        def build(a, b):
            return a + b


        result = build(
            "text",
            42,
        )
    """,
    "error_in_genexpr_in_sum": """
        values = [4, 2, 0, 1]
        total = sum(100 // v for v in values)
    """,
    "attribute_error_on_method_result": """
        settings = {"name": "demo"}
        print(settings.get("title").upper())
    """,
    "non_ascii_before_marker": """
        greeting = "héllo wörld ☃"
        count = 3
        message = greeting + " x " + count
    """,
    "reraise_bare": """
        def step(n):
            if n > 2:
                raise ValueError(f"step {n} too large")
            return n


        def run():
            for i in range(5):
                try:
                    step(i)
                except ValueError:
                    print("failed at", i)
                    raise


        run()
    """,
}


def _cpython_traceback(tmp_path, source):
    (tmp_path / "main.py").write_text(source, encoding="utf-8")
    done = subprocess.run([sys.executable, "-X", "utf8", "main.py"], cwd=tmp_path, capture_output=True,
                          text=True, encoding="utf-8", timeout=60,
                          env={"PYTHONHASHSEED": "0", "PYTHONIOENCODING": "utf-8"})
    assert done.returncode == 1, done.stderr
    return done.stderr.replace(f'File "{tmp_path / "main.py"}"', 'File "main.py"')


def _monty_traceback(source):
    with pytest.raises(monty_peg.MontyRuntimeError) as info:
        monty_peg.Monty(source, script_name="main.py").run(print_callback=lambda stream, text: None)
    return info.value.traceback_text


@pytest.mark.parametrize("name", sorted(PROGRAMS))
def test_traceback_matches_cpython(name, tmp_path):
    source = textwrap.dedent(PROGRAMS[name]).lstrip("\n")
    expected = _cpython_traceback(tmp_path, source)
    actual = _monty_traceback(source)
    assert actual == expected
