"""Introspection and dunder reach: walking from any value to classes, subclasses, globals, code objects,
builtins or frames, by attribute access, getattr with computed or Unicode-variant names, type(), and the
namespace builtins (vars/globals/locals/dir) and refused builtins."""

import re

import pytest

from . import _harness as H
from ._harness import Attack


def A(name, code, expect, **kw):
    return Attack(f"introspection/{name}", code, expect, **kw)


FN = "def f():\n    return 1\n"

ATTACKS = [
    A("class_of_int", "(1).__class__", "AttributeError"),
    A("class_of_str_literal", "''.__class__", "AttributeError"),
    A("subclasses_walk", "().__class__.__bases__[0].__subclasses__()", "AttributeError"),
    A("getattr_concatenated_name", "getattr(1, '__cl' + 'ass__')", "AttributeError"),
    A("getattr_joined_name", "getattr([], ''.join(['_', '_', 'class', '_', '_']))", "AttributeError"),
    A("type_base", "type(1).__base__", "AttributeError"),
    A("type_bases", "type(1).__bases__", "AttributeError"),
    A("mro_of_builtin_type", "type(1).__mro__", "AttributeError"),
    A("mro_method", "int.mro()", "AttributeError"),
    A("object_subclasses", "object.__subclasses__()", "AttributeError"),
    A("type_subclasses_unbound", "type.__subclasses__(type)", "AttributeError"),
    A("exception_class_base_subclasses", "ValueError.__base__.__subclasses__()", "AttributeError"),
    A("exception_mro_then_subclasses", "ValueError.__mro__[-1].__subclasses__()", "AttributeError"),
    A("function_globals", FN + "f.__globals__", "AttributeError"),
    A("function_code", FN + "f.__code__.co_consts", "AttributeError"),
    A("function_closure", "def outer():\n    x = 1\n    def inner():\n        return x\n    return inner\n"
      "outer().__closure__[0].cell_contents", "AttributeError"),
    A("lambda_globals_builtins", "(lambda: 0).__globals__['__builtins__']", "AttributeError"),
    A("function_internal_slot", FN + "f.globals", "AttributeError"),
    A("builtin_internal_slot", "print.fn", "AttributeError"),
    A("builtin_self_is_builtins_module", "print.__self__", "AttributeError"),
    A("getattr_self_is_builtins_module", "getattr(getattr, '__self__')", "AttributeError"),
    A("bound_method_self_class", "[].append.__self__.__class__", "AttributeError"),
    A("builtins_name", "__builtins__", "NameError"),
    A("builtins_subscript", "__builtins__['__import__']('os')", "NameError"),
    A("loader_spec_file", "(__loader__, __spec__, __file__)", "NameError"),
    A("type_dict", "str.__dict__", "AttributeError"),
    A("instance_dict", "ValueError('x').__dict__", "AttributeError"),
    A("function_dict", FN + "f.__dict__", "AttributeError"),
    A("reduce_ex_pivot", "(1).__reduce_ex__(2)", "AttributeError"),
    A("reduce_pivot", "object().__reduce__()", "AttributeError"),
    A("init_subclass_hook", "int.__init_subclass__", "AttributeError"),
    A("getattribute_slot", "object.__getattribute__(1, '__class__')", "AttributeError"),
    A("unicode_escaped_getattr", "getattr(1, '\\u005f\\u005fclass\\u005f\\u005f')", "AttributeError"),
    A("nfkc_fullwidth_attribute", "x = 1\nx.__ｃｌａｓｓ__", "AttributeError"),
    A("nfkc_math_bold_attribute", "x = 1\nx.__𝐜𝐥𝐚𝐬𝐬__", "AttributeError"),
    A("nfkc_fullwidth_getattr", "getattr(1, '__ｃｌａｓｓ__')", "AttributeError"),
    A("nfkc_eval", "ｅｖａｌ('1')", "NameError"),
    A("nfkc_builtins", "__ｂｕｉｌｔｉｎｓ__", "NameError"),
    A("homoglyph_globals", "gl\u043ebals()", "NameError"),
    A("nfkc_ligature_name", "\ufb01lter = 1\nprint(filter is \ufb01lter)", "ok", stdout="True\n",
      xfail=None),
    A("nfkc_fullwidth_import", "__ｉｍｐｏｒｔ__('os')", "NameError"),
    A("hasattr_probe", "names = ['__class__', '__globals__', '__code__', '__dict__', '__subclasses__',\n"
      "         '__builtins__', '__self__', '__func__', 'gi_frame', 'f_back', 'tb_frame', '__closure__',\n"
      "         '__mro__', '__base__', 'fn', 'code', 'globals']\n"
      + FN + "print([n for n in names if hasattr(1, n) or hasattr(f, n) or hasattr(print, n)\n"
      "       or hasattr(int, n) or hasattr('', n)])", "ok", stdout="[]\n"),
    A("call_type_of_builtin", "type(print)('x')", "TypeError"),
    A("call_type_of_module", "import sys\ntype(sys)('os')", "TypeError"),
    A("call_type_of_function", FN + "type(f)(f, {})", "TypeError"),
    A("type_three_args", "type('X', (object,), {'__init__': print})", "TypeError"),
    A("encode_with_module_path", "'x'.encode('..os')", "LookupError"),
    A("repr_of_type_of_builtin", "print(type(print), repr(type(len)))", "ok"),
    A("repr_of_type_of_function", "print(type(lambda: 0))", "ok"),
    A("repr_of_type_of_module", "import sys\nprint(type(sys), type(sys.stdout))", "ok"),
    A("repr_of_type_of_generator", "def g():\n    yield 1\nprint(type(g()))", "ok"),
    A("str_of_type_in_percent", "print('%s' % (type(print),))", "ok"),
]


# Native helper objects (iterators, map/zip/filter/enumerate/reversed, object()) and runtime values print
# with CPython's default shape, `<list_iterator object at 0x...>`: the number must be a made-up address
# (stable per object), never the host's, whatever path turns the value into text.
_FAKE_ADDRESS = re.compile(r"0x7f00[0-9a-f]{8}")
_LEAKY = ["iter([])", "iter([1])", "iter(())", "iter('')", "iter({})", "iter({}.items())", "iter(set())",
          "iter(b'')", "iter(range(3))", "iter(range(2 ** 70))", "map(abs, [])", "zip()", "reversed([1])",
          "reversed(range(3))", "reversed({})", "enumerate([])", "filter(None, [])", "object()"]
_SETUP = ("class C:\n    def m(self):\n        pass\n"
          "def f():\n    pass\n"
          "def g():\n    yield 1\n"
          "async def co():\n    pass\n"
          "import sys\n")
_GUEST = ["C()", "C", "C.m", "f", "lambda: 0", "g()", "print", "[].append", "sys"]
_SHOWS = [
    ("print", "print({v})"),
    ("print_in_list", "print([{v}])"),
    ("repr", "print(repr({v}))"),
    ("str", "print(str({v}))"),
    ("ascii", "print(ascii({v}))"),
    ("format", "print(format({v}))"),
    ("fstring", 'print(f"{{{v}}}")'),
    ("fstring_r", 'print(f"{{{v}!r}}")'),
    ("fstring_in_tuple", 'print(f"{{({v},)}}")'),
    ("percent_s", "print('%s' % ({v},))"),
    ("percent_r_dict", "print('%(k)r' % {{'k': [{v}]}})"),
    ("bytes_percent_r", "print(b'%r' % ({v},))"),
    ("str_format", "print('{{}} {{!r}}'.format({v}, [{v}]))"),
    ("dict_repr", "print(repr({{1: {v}}}))"),
    ("set_and_nested", "print(str([(1, {{'k': {{{v}}}}})]))"),
    ("map_str", "print(list(map(str, [{v}])), list(map(repr, [{v}])))"),
    ("exception_message", "raise ValueError({v})"),
    ("exception_repr", "print(repr(KeyError({v})))"),
    ("key_error", "{{}}[{v}]"),
    ("assert_message", "assert False, [{v}]"),
]


def _only_fake_addresses(outcome, inputs):
    texts = [outcome.get("stdout_exact") or "", outcome.get("message") or "", outcome.get("traceback") or ""]
    problems = []
    for text in texts:
        for m in re.finditer(r"0x[0-9a-fA-F]+", text):
            if not _FAKE_ADDRESS.fullmatch(m.group(0)):
                problems.append(f"a host address in the output: {text[max(m.start() - 40, 0):m.end() + 5]!r}")
    return problems


def _all_objects():
    return "[" + ", ".join(_LEAKY + _GUEST) + "]"


ADDRESS_ATTACKS = [
    A(f"address_{show}_{i}", _SETUP + code.format(v=v), ("ok", "ValueError", "KeyError", "AssertionError"),
      check=_only_fake_addresses)
    for show, code in _SHOWS for i, v in enumerate(_LEAKY)
] + [
    A("address_guest_values", _SETUP + "c = co()\nprint(" + ", ".join(_GUEST) + ", c)\n"
      "print([" + ", ".join(_GUEST) + ", c])\nc.close()", "ok", check=_only_fake_addresses),
    A("address_stable_per_object", "it = iter([])\nprint(repr(it) == repr(it) == str([it])[1:-1] == f'{it}')\n"
      "print(repr(iter([1])) != repr(it))", "ok", stdout="True\nTrue\n"),
    A("address_all_together", _SETUP + "xs = " + _all_objects() + "\nprint(xs)\nprint(*xs)", "ok", check=_only_fake_addresses),
]

REFUSED = ["vars()", "globals()", "locals()", "dir()", "dir(1)", "eval('1')", "exec('x = 1')",
           "compile('1', 'f', 'eval')", "open('/etc/passwd').read()", "breakpoint()", "input()", "help()",
           "memoryview(b'x')", "__import__('os')"]

ATTACKS += [A(f"refused_{c.split('(')[0].strip('_')}_{i}", c, "NameError") for i, c in enumerate(REFUSED)]


@pytest.mark.parametrize("attack", H.params(ATTACKS))
def test_attack(attack):
    H.check_attack(attack)


@pytest.mark.parametrize("attack", H.params(ADDRESS_ATTACKS))
def test_no_host_address(attack):
    H.check_attack(attack)
