"""Parser nesting and huge sources: deeply nested brackets, unary operators, conditionals, lambdas,
indentation, long operator chains and huge literals. Each must end quickly — MontySyntaxError, or a run
stopped by its limits — within 2 s counting compilation, and never crash the host."""

import pytest

from . import _harness as H
from ._harness import Attack

SYNTAX = "syntax"
# A huge but valid source may compile and then be stopped by the limits; what matters is ending quickly.
ENDS = ("syntax", "ok", "TimeoutError:duration", "MemoryError:memory")


def A(name, code, expect=SYNTAX, **kw):
    return Attack(f"parser/{name}", code, expect, isolate=True, **kw)


def nested_indentation(levels):
    lines = [" " * i + "if True:" for i in range(levels)]
    return "\n".join(lines) + "\n" + " " * levels + "pass\n"


def elif_chain(n):
    return "x = 1\nif x == 0:\n    pass\n" + "".join(f"elif x == {i}:\n    pass\n" for i in range(1, n)) + "print('done')"


ATTACKS = [
    A("brackets_1e5", lambda: "x = " + "[" * 10 ** 5 + "]" * 10 ** 5),
    A("parentheses_1e5", lambda: "x = " + "(" * 10 ** 5 + "1" + ")" * 10 ** 5),
    A("braces_2e4", lambda: "x = " + "{1: " * 2 * 10 ** 4 + "1" + "}" * 2 * 10 ** 4),
    A("calls_2e4", lambda: "f = print\nx = " + "f(" * 2 * 10 ** 4 + ")" * 2 * 10 ** 4),
    A("unclosed_brackets_1e6", lambda: "(" * 10 ** 6),
    A("unary_minus_1e5", lambda: "x = 1\ny = " + "-" * 10 ** 5 + "x"),
    A("unary_not_2e4", lambda: "x = " + "not " * 2 * 10 ** 4 + "x"),
    A("unary_invert_2e4", lambda: "x = " + "~" * 2 * 10 ** 4 + "1"),
    A("conditional_chain_1e4", lambda: "a = b = c = 1\ny = " + "a if b else " * 10 ** 4 + "c"),
    A("nested_lambdas_1e4", lambda: "f = " + "lambda: " * 10 ** 4 + "1"),
    A("power_chain_2e4", lambda: "x = 2" + " ** 2" * 2 * 10 ** 4),
    A("plus_chain_1e5", lambda: "x = " + " + ".join(["1"] * 10 ** 5), ENDS),
    A("attribute_chain_2e4", lambda: "x = 1\ny = x" + ".real" * 2 * 10 ** 4, ENDS),
    A("subscript_chain_2e4", lambda: "x = [0]\nx[0] = x\ny = x" + "[0]" * 2 * 10 ** 4, ENDS),
    A("call_chain_2e4", lambda: "f = lambda: f\ny = f" + "()" * 2 * 10 ** 4, ENDS),
    A("comparison_chain_2e4", lambda: "x = " + " < ".join(["1"] * 2 * 10 ** 4), ENDS),
    A("and_chain_2e4", lambda: "x = " + " and ".join(["1"] * 2 * 10 ** 4), ENDS),
    A("elif_chain_1e4", lambda: elif_chain(10 ** 4), ENDS),
    A("fstring_nested_specs", "x = 1\nf'{x:{x:{x:{x:{x}}}}}'", (SYNTAX, "ValueError")),
    A("fstring_many_fields", lambda: "x = 1\ny = f'" + "{x}" * 10 ** 4 + "'", ENDS),
    A("indentation_200", lambda: nested_indentation(200)),
    A("indentation_1e4", lambda: nested_indentation(10 ** 4)),
    A("huge_string_literal", lambda: "x = '" + "a" * 10 ** 7 + "'"),
    A("huge_int_literal", lambda: "x = 1" + "0" * 10 ** 6, (SYNTAX, "ValueError")),
    A("huge_source_of_statements", lambda: "x = 1\n" * 800_000, ENDS),
    A("huge_list_literal", lambda: "x = [" + "1," * 2_000_000 + "]", ENDS),
    A("many_string_literals", lambda: "x = " + "'a' " * 2 * 10 ** 4, ENDS),
    A("many_targets", lambda: "x = " * 2 * 10 ** 4 + "1", ENDS),
    A("null_byte", "x = 1\0\nprint(x)", SYNTAX),
    A("lone_surrogate_in_source", "x = '\ud800'\nprint(len(x))", ENDS),
    # under the default source-size cap (50 000 characters), so that what is tested is the compiler's own work
    A("source_at_size_cap", lambda: "x=1;" * 12_500, ENDS),  # the densest code: a statement per 4 characters
    A("source_over_size_cap", lambda: "x=1;" * 12_500 + "x", SYNTAX),
    A("plus_chain_1e4", lambda: "x = " + " + ".join(["1"] * 10 ** 4), SYNTAX),
    A("chain_of_conditionals_4e3", lambda: "x = " + "1 if 1 else " * 4000 + "1", SYNTAX),
    A("elif_chain_2e3", lambda: elif_chain(2000), ENDS),
    A("comprehension_for_clauses_4e3", lambda: "y = [1]\nx = [x " + "for x in y " * 4000 + "]", ENDS),
    A("generator_for_clauses_4e3", lambda: "y = [1]\nx = list(x " + "for x in y " * 4000 + ")", ENDS),
    A("with_items_8e3", lambda: "with " + ", ".join(["open"] * 8000) + ": pass", SYNTAX),
    A("tuple_targets_on_many_lines", lambda: "a, b = 1, 2\n" * 4000, ENDS),
    A("fstrings_on_many_lines", lambda: "x = 1\n" + "y = f'{x}'\n" * 4000, ENDS),
    A("many_parameters", lambda: "def f(" + ", ".join(f"a{i}" for i in range(6000)) + "): pass", ENDS),
    A("many_locals", lambda: "def f():\n" + "".join(f"    a{i} = {i}\n" for i in range(3000)) + "f()", ENDS),
    A("many_closure_cells", lambda: "def f(" + ", ".join(f"a{i}" for i in range(3000)) + "):\n    return "
      "lambda: (" + ", ".join(f"a{i}" for i in range(3000)) + ")", ENDS),
    A("unfoldable_constant_chains", lambda: "x = 0\ny = [" + ("x" + "+1" * 150 + ",") * 150 + "]", ENDS),
    A("int_literal_over_digit_limit", lambda: "x = 1" + "0" * 4300, SYNTAX),
    A("int_literal_in_fstring", lambda: "x = f'{1" + "0" * 5000 + "}'", SYNTAX),
    A("huge_hex_literal", lambda: "x = 0x" + "f" * 45_000, ENDS),
    A("huge_float_literal", lambda: "x = 1." + "0" * 45_000, ENDS),
]


@pytest.mark.parametrize("attack", H.params(ATTACKS))
def test_attack(attack):
    H.check_attack(attack)
