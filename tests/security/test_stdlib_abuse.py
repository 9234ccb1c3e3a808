"""Resource abuse and probing through the standard library's `re` and `json`.

- ReDoS: catastrophic backtracking (nested quantifiers, overlapping alternatives, backreferences) and
  polynomial searches must end at the run's time or step limit; the time limit stays uncatchable.
- Regex compilation the guest sizes (huge patterns, deep nesting, case-insensitive classes over all of
  Unicode) is charged or refused before the host's uninterruptible code runs.
- json: huge nesting (RecursionError like CPython's), huge outputs from shared references, huge indents,
  huge numbers, unbounded `default` chains.
- Probing: Pattern, Match, the modules and their private helpers expose nothing of the host.
"""

import pytest

from . import _harness as H
from ._harness import Attack

STOPPED = ("TimeoutError:duration", "MemoryError:memory")
FINITE = STOPPED + ("ok",)
# CPython raises RecursionError for these (the corpus checks the message); on a loaded machine the first
# import of the module can use up the second, so the time limit is an acceptable ending too
DEEP = ("RecursionError:*",) + STOPPED


def A(name, code, expect=STOPPED, **kw):
    return Attack(f"stdlib/{name}", code, expect, isolate=True, **kw)


REDOS = [
    A("redos_nested_plus", "import re\nre.match(r'(a+)+$', 'a' * 60 + 'b')", "TimeoutError:duration"),
    A("redos_nested_plus_search", "import re\nre.search(r'(a+)+$', 'a' * 60 + 'b')", "TimeoutError:duration"),
    A("redos_nested_star_group", "import re\nre.match(r'(a*)*b', 'a' * 60)", "TimeoutError:duration"),
    A("redos_overlapping_alternatives", "import re\nre.match(r'(a|aa)+$', 'a' * 100 + 'b')", "TimeoutError:duration"),
    A("redos_words", "import re\nre.match(r'^(\\w+\\s?)+$', 'word ' * 40 + '!')", "TimeoutError:duration"),
    A("redos_email_like", "import re\nre.match(r'^([a-zA-Z0-9])(([\\-.]|[_]+)?([a-zA-Z0-9]+))*(@)', 'a' * 60 + '!')",
      "TimeoutError:duration"),
    A("redos_polynomial_search", "import re\nre.search(r'a*a*a*a*a*b', 'a' * 20000)", FINITE),
    A("redos_polynomial_findall", "import re\nre.findall(r'\\s*x\\s*y', ' ' * 20000)", FINITE),
    A("redos_backreference", "import re\nre.match(r'^(a+)+\\1$', 'a' * 60 + 'b')", "TimeoutError:duration"),
    A("redos_backreference_search", "import re\nre.search(r'(\\w+)\\1+x', 'ab' * 5000)", FINITE),
    A("redos_lazy_nested", "import re\nre.match(r'(a+?)+?$', 'a' * 60 + 'b')", "TimeoutError:duration"),
    A("redos_in_lookahead", "import re\nre.match(r'(?=(a+)+$)', 'a' * 60 + 'b')", "TimeoutError:duration"),
    A("redos_counted", "import re\nre.match(r'(a{1,30}){1,30}$', 'a' * 200 + 'b')", "TimeoutError:duration"),
    A("redos_sub_callable", "import re\nre.sub(r'(x+x+)+y', lambda m: '', 'x' * 5000)", FINITE),
    A("redos_split", "import re\nre.split(r'(a+)+$', 'a' * 60 + 'b')", "TimeoutError:duration"),
    A("redos_fullmatch_ignorecase", "import re\nre.fullmatch(r'(?i)(A|aa)+B', 'a' * 100)", "TimeoutError:duration"),
    A("redos_step_limit", "import re\nre.match(r'(a+)+$', 'a' * 60 + 'b')", "TimeoutError:steps",
      limits={**H.STD_LIMITS, "max_steps": 30_000}),
    A("redos_not_catchable",
      "import re\ntry:\n    re.match(r'(a+)+$', 'a' * 60 + 'b')\nexcept BaseException:\n    print('caught')",
      "TimeoutError:duration", stdout_excludes=("caught",)),
    A("redos_loop_of_cheap_searches", "import re\nwhile True:\n    re.search(r'(a+)+b', 'a' * 18)",
      "TimeoutError:duration"),
    A("backtracking_stack_memory", "import re\nre.match(r'(?:a|b)*c', 'ab' * 2_000_000)", FINITE),
    A("many_groups_saved_per_iteration",
      "import re\nre.match('(?:' + '(a)?' * 500 + 'x)*y', 'x' * 200000)", FINITE),
]

REGEX_BUILD = [
    A("huge_pattern", "import re\nre.compile('a' * 10 ** 7)", FINITE),
    A("deep_group_nesting", "import re\nre.compile('(' * 100000 + ')' * 100000)", DEEP),
    A("deep_group_nesting_small", "import re\nre.compile('(?:' * 1000 + ')' * 1000)", DEEP),
    A("ignorecase_unicode_classes", "import re\nre.compile('(?i)' + '[\\x00-\\U0010ffff]' * 200)", FINITE),
    A("huge_repeat_counts", "import re\nre.compile('(?:a{4294967294}){4294967294}').match('a' * 1000)", FINITE),
    A("findall_empty_matches", "import re\nre.findall('', 'a' * 10 ** 7)", FINITE),
    A("sub_amplifies", "import re\nre.sub('', 'x' * 10 ** 5, 'a' * 10 ** 5)", STOPPED),
    A("sub_template_amplifies", "import re\nre.sub('(a)', '\\\\1' * 10 ** 5, 'a' * 10 ** 5)", STOPPED),
    A("split_huge", "import re\nre.split('(.)', 'a' * 10 ** 7)", FINITE),
    A("sub_callable_many_matches", "import re\nre.sub('', lambda m: '', 'a' * 10 ** 7)", STOPPED),
    A("matches_keep_their_strings",
      "import re\nkeep = []\nfor i in range(300):\n    keep.append(re.match('x', 'x' * 1_000_000 + str(i)))",
      STOPPED),
    A("matches_keep_their_bytes",
      "import re\nkeep = []\nfor i in range(300):\n    keep.append(re.match(b'x', b'x' * 1_000_000 + bytes([i % 256])))",
      STOPPED),
    A("finditer_many_matches", "import re\nfor m in re.finditer('', 'a' * 10 ** 7):\n    pass",
      "TimeoutError:duration"),
    A("escape_huge", "import re\nre.escape('.' * 60_000_000)", STOPPED),
]

JSON = [
    A("json_loads_deep_arrays", "import json\njson.loads('[' * 10 ** 6)", DEEP),
    A("json_loads_deep_objects", "import json\njson.loads('{\"a\":' * 10 ** 6)", DEEP),
    A("json_dumps_deep", "import json\nx = []\nfor _ in range(10 ** 4):\n    x = [x]\njson.dumps(x)", DEEP),
    A("json_dumps_cycle_unchecked", "import json\nx = []\nx.append(x)\njson.dumps(x, check_circular=False)",
      DEEP),
    A("json_dumps_shared_blowup",
      "import json\nx = [1.5] * 1000\ny = [x] * 1000\nz = [y] * 1000\njson.dumps(z)"),
    A("json_dumps_shared_blowup_indent",
      "import json\nx = ['s'] * 1000\ny = [x] * 1000\nz = [y] * 1000\njson.dumps(z, indent=8)"),
    A("json_dumps_huge_indent", "import json\njson.dumps([[[[[1]]]]], indent='\\t' * 10 ** 7)", FINITE),
    A("json_dumps_big_int", "import json\njson.dumps(10 ** 100000)", ("ValueError",) + STOPPED),
    A("json_loads_big_int", "import json\njson.loads('9' * 10 ** 6)", ("ValueError",) + STOPPED),
    A("json_loads_huge_array", "import json\njson.loads('[' + '0,' * 20_000_000 + '0]')", FINITE),
    A("json_loads_huge_strings", "import json\njson.loads('[' + ','.join(['\"' + 'x' * 1000 + '\"'] * 50000) + ']')",
      FINITE),
    A("json_default_chain", "import json\nclass N:\n    pass\njson.dumps(N(), default=lambda o: [N()])",
      DEEP),
    A("json_default_loop", "import json\nwhile True:\n    json.dumps([1, 2, {'a': 3}], default=str)",
      "TimeoutError:duration"),
    A("json_sort_huge", "import json\njson.dumps({str(i): i for i in range(3 * 10 ** 6)}, sort_keys=True)", FINITE),
    A("json_escape_amplifies", "import json\njson.dumps('\\x00' * 30_000_000)", STOPPED),
]

_PROBE = r"""
import re, json
import _monty_re, _monty_json
p = re.compile(r'(?P<x>a)(b)?')
m = p.search('xab')
names = ['__class__', '__dict__', '__slots__', '__reduce__', '__reduce_ex__', '__init__', '__getattribute__',
         '__module__', 'prog', 'subject', 'save', 'restore', 'guest_attr', 'ATTRS', 'METHODS', '_serial',
         'last_bytes', 'iterate', 'get', 'index', '__setattr__', 'code', 'matcher']
for obj in (p, m):
    for name in names:
        try:
            v = getattr(obj, name)
            print('REACHED', name, type(v).__name__)
        except AttributeError:
            pass
for mod in (_monty_re, _monty_json, re, json):
    for name in ('__dict__', '__loader__', '__spec__', '__file__', 'E', 'limits', 'regex_engine', '_host_re',
                 'sys', '_PROGRAMS', 'make_module', 'FUNCTIONS', 'ExcInstance', 'Redirect'):
        try:
            getattr(mod, name)
            print('REACHED', mod.__name__, name)
        except AttributeError:
            pass
t = type(m)
for name in ('__mro__', '__subclasses__', '__dict__', '__bases__', '__init__', 'restore', 'save', 'ATTRS'):
    try:
        getattr(t, name)
        print('REACHED type', name)
    except AttributeError:
        pass
for call in (lambda: t(), lambda: type(p)('a'), lambda: p._join('xab', [1], ['a'], False),
             lambda: p._join('xab', [m], [1], False), lambda: p._search_from(5, 0, 0, 9, False),
             lambda: _monty_json.encode([1], indent=5), lambda: _monty_json.scan(5),
             lambda: _monty_json.scan('[1]', -1), lambda: m.expand(5), lambda: p.sub(5, 'a')):
    try:
        call()
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__)
print(m.re is p, m.string, m.span(), m.groupdict(), p.groupindex)
try:
    re.compile('(')
except re.error as e:
    print(e.msg, e.pos, e.pattern, e.args)
try:
    json.loads('[1,]')
except json.JSONDecodeError as e:
    print(e.msg, e.pos, e.doc, e.args)
print('done')
"""

PROBES = [
    Attack("stdlib/probe_re_json_objects", _PROBE, "ok", stdout_excludes=("REACHED",)),
]


@pytest.mark.parametrize("attack", H.params(REDOS))
def test_redos(attack):
    H.check_attack(attack)


@pytest.mark.parametrize("attack", H.params(REGEX_BUILD))
def test_regex_building(attack):
    H.check_attack(attack)


@pytest.mark.parametrize("attack", H.params(JSON))
def test_json(attack):
    H.check_attack(attack)


@pytest.mark.parametrize("attack", H.params(PROBES))
def test_probes(attack):
    H.check_attack(attack)
