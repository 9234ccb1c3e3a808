"""Format strings: attribute and index walks inside replacement fields (`str.format`, `format_map`,
f-strings, nested specs), `%` formatting, and format widths/precisions that ask for huge strings."""

import pytest

from . import _harness as H
from ._harness import Attack


def A(name, code, expect, **kw):
    return Attack(f"format/{name}", code, expect, **kw)


def BIG(name, code, **kw):
    """A format that asks for ~1 GB: must be refused by the memory limit before it is built."""
    return Attack(f"format/{name}", code, "MemoryError:memory", isolate=True, **kw)


FN = "def f():\n    return 1\n"

ATTACKS = [
    A("field_class", "'{0.__class__}'.format(1)", "AttributeError"),
    A("field_globals", FN + "'{0.__globals__}'.format(f)", "AttributeError"),
    A("field_mro_subclasses", "'{0.__class__.__mro__[1].__subclasses__}'.format(())", "AttributeError"),
    A("field_index_then_class", "'{0[0].__class__}'.format([1])", "AttributeError"),
    A("field_self_then_class", "'{0.__self__.__class__}'.format([].append)", "AttributeError"),
    A("field_internal_slot", FN + "'{0.code}'.format(f)", "AttributeError"),
    A("field_internal_globals_slot", FN + "'{0.globals}'.format(f)", "AttributeError"),
    A("field_builtin_internal", "'{0.fn}'.format(print)", "AttributeError"),
    A("field_keyword_class", "'{x.__class__}'.format(x=1)", "AttributeError"),
    A("field_traceback_walk", "try:\n    1 / 0\nexcept Exception as e:\n"
      "    '{0.__traceback__.tb_frame.f_globals}'.format(e)", "AttributeError"),
    A("format_map_class", "'{a.__class__}'.format_map({'a': 1})", "AttributeError"),
    A("format_map_globals", FN + "'{f.__globals__}'.format_map({'f': f})", "AttributeError"),
    A("format_map_internal_slot", "'{p.fn}'.format_map({'p': print})", "AttributeError"),
    A("percent_dict_builtin_repr", "print('%(a)r %(b)s' % {'a': print, 'b': len})", "ok",
      stdout="<built-in function print> <built-in function len>\n"),
    A("percent_dict_function_repr", FN + "print('%(f)r' % {'f': f})", "ok"),
    A("fstring_attribute", "x = 1\nf'{x.__class__}'", "AttributeError"),
    A("fstring_nested_spec_attribute", "x = 1\nf'{x:{x.__class__}}'", "AttributeError"),
    A("fstring_nested_spec_conversion", "x = print\nprint(f'{x!r:>{30}}')", "ok",
      stdout="     <built-in function print>\n"),
    A("format_builtin_spec_is_a_field", "format(1, '{0.__class__}')", "ValueError"),
    A("nested_spec_recursion", "'{0:{0:{0:{0}}}}'.format(1)", "ValueError"),
    A("fstring_huge_int", "f'{10 ** 5000}'", "ValueError"),
    A("format_huge_int_commas", "'{:,}'.format(10 ** 5000)", "ValueError"),
    BIG("width_literal", "'{:>999999999}'.format(1)"),
    BIG("width_from_argument", "'{0:>{1}}'.format(1, 10 ** 9)"),
    BIG("spec_from_argument", "'{:{}}'.format(1, '>99999999999')"),
    BIG("width_keyword", "'{:>{w}}'.format('x', w=10 ** 9)"),
    BIG("fstring_nested_width", "x = 1\nf'{x:>{10 ** 9}}'"),
    BIG("fstring_precision", "f'{1.5:.999999999f}'"),
    BIG("format_builtin_precision", "format(1.5, '.999999999f')"),
    BIG("format_percent_precision", "'{:.999999999%}'.format(1.0)"),
    BIG("repr_conversion_width", "'{0!r:>{1}}'.format(print, 10 ** 9)"),
    BIG("percent_star_width", "s = '%*d' % (10 ** 9, 1)"),
    BIG("percent_zero_pad", "s = '%0999999999d' % 1"),
    BIG("percent_precision", "s = '%.999999999f' % 1.5"),
    BIG("percent_left_align", "s = '%-999999999s' % 'x'"),
    BIG("bytes_percent_width", "s = b'%999999999d' % 1"),
]


@pytest.mark.parametrize("attack", H.params(ATTACKS))
def test_attack(attack):
    H.check_attack(attack)
