"""Resource abuse and probing through the guest stdlib modules functools, itertools, operator, heapq,
bisect, copy, string, textwrap, enum, typing, abc, collections and collections.abc.

They are guest code, so their loops are counted like the program's own: huge products, permutations,
tees, deep copies, wide wraps and runaway recursion must end at the run's limits. Their helpers
(`_instance_dict`, `_function_dict`, `_generic_alias_parts`, the `__abc_virtual__` declaration read by
isinstance) must hand out nothing of the host.
"""

import pytest

from . import _harness as H
from ._harness import Attack

STOPPED = ("TimeoutError:duration", "MemoryError:memory", "TimeoutError:steps")
FINITE = STOPPED + ("ok",)


def A(name, code, expect=STOPPED, **kw):
    return Attack(f"stdlib_tools/{name}", code, expect, isolate=True, **kw)


GROWTH = [
    # collections: containers the guest sizes, grown in loops, or amplified by one call
    A("counter_of_huge_range", "from collections import Counter\nCounter(range(10 ** 9))"),
    A("counter_elements_huge_count", "from collections import Counter\nlist(Counter(a=10 ** 12).elements())"),
    A("counter_update_loop", "from collections import Counter\nc = Counter()\ni = 0\nwhile True:\n"
                             "    c.update({i: 1, -i: 2})\n    i += 1"),
    A("counter_sum_amplification", "from collections import Counter\nc = Counter(range(10 ** 5))\n"
                                   "while True:\n    c = c + Counter({len(c): 1})"),
    A("deque_of_huge_range", "from collections import deque\ndeque(range(10 ** 9))"),
    A("deque_repeat", "from collections import deque\ndeque([0] * 1000) * 10 ** 9"),
    A("deque_growth_loop", "from collections import deque\nd = deque()\nwhile True:\n    d.append('x' * 1000)"),
    A("deque_rotate_huge", "from collections import deque\nd = deque(range(10 ** 5))\nwhile True:\n"
                           "    d.rotate(10 ** 18)", FINITE),
    A("defaultdict_growth", "from collections import defaultdict\nd = defaultdict(list)\ni = 0\n"
                            "while True:\n    d[i].append('x' * 100)\n    i += 1"),
    A("namedtuple_million_fields", "from collections import namedtuple\n"
                                   "namedtuple('T', ['f%d' % i for i in range(10 ** 6)])"),
    A("ordereddict_growth", "from collections import OrderedDict\nd = OrderedDict()\ni = 0\nwhile True:\n"
                            "    d[i] = 'x' * 100\n    d.move_to_end(i, last=False)\n    i += 1"),
    A("chainmap_many_maps", "from collections import ChainMap\nc = ChainMap(*[{} for _ in range(10 ** 7)])\n"
                            "len(c)"),
    A("product_huge_repeat", "import itertools\nitertools.product(range(10), repeat=10 ** 8)"),
    A("product_consumed", "import itertools\nfor _ in itertools.product(range(10), repeat=12):\n    pass"),
    A("permutations_materialised", "import itertools\nlist(itertools.permutations(range(12)))"),
    A("combinations_huge_pool", "import itertools\nitertools.combinations(range(10 ** 9), 2)"),
    A("count_into_list", "import itertools\nlist(itertools.count())"),
    A("cycle_into_list", "import itertools\nlist(itertools.cycle('ab'))"),
    A("repeat_into_list", "import itertools\nlist(itertools.repeat(0, 10 ** 12))"),
    A("tee_lagging_copy", "import itertools\na, b = itertools.tee(itertools.count())\nfor _ in a:\n    pass"),
    A("accumulate_strings", "import itertools\nfor s in itertools.accumulate(itertools.repeat('x' * 1000)):\n"
                            "    pass"),
    A("lru_cache_unbounded", "import functools\n@functools.cache\ndef f(n):\n    return [n] * 100\n"
                             "n = 0\nwhile True:\n    f(n)\n    n += 1"),
    A("reduce_concat", "import functools\nfunctools.reduce(lambda a, b: a + b, [[0] * 1000] * 10 ** 6)"),
    A("deepcopy_deep_nesting", "import copy\nx = []\nfor _ in range(100000):\n    x = [x]\ncopy.deepcopy(x)",
      ("RecursionError:*",) + STOPPED),
    A("deepcopy_wide_shared", "import copy\nx = [[0] * 1000] * 1000\ny = [x] * 1000\ncopy.deepcopy(y)", FINITE),
    A("textwrap_huge", "import textwrap\ntextwrap.wrap('ab ' * 10 ** 7, 1)"),
    A("textwrap_long_word", "import textwrap\ntextwrap.fill('x' * 10 ** 7, 3)"),
    A("template_huge", "import string\nstring.Template('$a' * 10 ** 6).substitute(a='x' * 1000)"),
    A("heap_growth", "import heapq\nh = []\nn = 0\nwhile True:\n    heapq.heappush(h, n)\n    n += 1"),
    A("nlargest_huge_n", "import heapq\nheapq.nlargest(10 ** 12, range(10 ** 8))"),
    A("insort_quadratic", "import bisect\nl = []\nfor i in range(10 ** 7):\n    bisect.insort(l, -i)"),
    A("enum_many_members", "from enum import Enum\nEnum('E', ' '.join('M%d' % i for i in range(10 ** 6)))"),
    A("abc_register_many", "from abc import ABC\nclass R(ABC):\n    pass\nwhile True:\n"
                           "    class C:\n        pass\n    R.register(C)\n    isinstance(1, R)"),
    A("lru_recursion", "import functools\n@functools.lru_cache(maxsize=None)\ndef f(n):\n"
                       "    return n if n == 0 else f(n - 1) + 1\nf(10 ** 6)", ("RecursionError:*",) + STOPPED),
]

_PROBE = r"""
import functools, itertools, operator, heapq, bisect, copy, string, textwrap, enum, typing, abc
import collections.abc
mods = (functools, itertools, operator, heapq, bisect, copy, string, textwrap, enum, typing, abc, collections.abc)
for mod in mods:
    for name in ('__dict__', '__loader__', '__spec__', '__file__', '__builtins__', 'sys', 'os', 'HELPERS',
                 'install', 'Instance', 'Function', 'GClass'):
        try:
            getattr(mod, name)
            print('REACHED', mod.__name__, name)
        except AttributeError:
            pass
def f():
    pass
class C:
    pass
for call in (lambda: functools._instance_dict(f), lambda: functools._instance_dict(1),
             lambda: functools._function_dict(C()), lambda: functools._function_dict(len),
             lambda: typing._generic_alias_parts(1), lambda: typing._generic_alias_parts(C)):
    try:
        call()
        print('REACHED helper')
    except TypeError as e:
        print(type(e).__name__)
print(functools._function_dict(f), typing._generic_alias_parts(list[int]), typing._generic_alias_parts(int | str)[1])
d = functools._function_dict(f)
d['__code__'] = 1
print(hasattr(f, '__code__'))
class Fake:
    __abc_virtual__ = ((type(len), type(f), object, 'Instance', 'GClass'), ('__init__',), (C,))
print(isinstance(len, Fake), isinstance(f, Fake), isinstance(C(), Fake), isinstance(3, Fake), issubclass(C, Fake))
class Weird:
    __abc_virtual__ = 5
class Weird2:
    __abc_virtual__ = ((1, 2), ('x',), ())
print(isinstance(1, Weird), isinstance(1, Weird2))
p = functools.partial(print, 1)
for name in ('__dict__', '__class__', 'func', 'args', 'keywords'):
    try:
        getattr(p, name)
    except AttributeError:
        print('no', name)
print(type(typing.List[int]).__name__, typing.get_origin(list[int]), copy.deepcopy(f) is f)
print('done')
"""

PROBES = [
    Attack("stdlib_tools/probe_helpers_and_modules", _PROBE, "ok", stdout_excludes=("REACHED",)),
]


@pytest.mark.parametrize("attack", H.params(GROWTH))
def test_growth(attack):
    H.check_attack(attack)


@pytest.mark.parametrize("attack", H.params(PROBES))
def test_probes(attack):
    H.check_attack(attack)
