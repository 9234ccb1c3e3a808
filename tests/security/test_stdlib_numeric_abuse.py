"""Resource abuse and probing through math, random, time, datetime, statistics, hashlib, base64, uuid, io
and csv.

- Native work the guest sizes (factorial, comb, perm, isqrt, gcd/lcm, products, random bits, digests,
  key derivation, encodings, statistics over huge data) is charged to the memory limit or refused before
  CPython's uninterruptible code runs, or is metered as it goes.
- time.sleep is host policy: a sleep longer than the time left fails at once with the time limit; without a
  time limit, real sleeping is capped per run (the clock jumps instead).
- Probing: hash objects, random generators' states and the private helper modules expose nothing of the
  host.
"""

import pytest

from . import _harness as H
from ._harness import Attack

STOPPED = ("TimeoutError:duration", "MemoryError:memory")
FINITE = STOPPED + ("ok",)


def A(name, code, expect=STOPPED, **kw):
    return Attack(f"stdlib_numeric/{name}", code, expect, isolate=True, **kw)


MATH = [
    A("factorial_ten_million", "import math\nmath.factorial(10 ** 7)"),
    A("factorial_million", "import math\nmath.factorial(10 ** 6)"),
    A("factorial_loop", "import math\nwhile True:\n    math.factorial(3000)", "TimeoutError:duration"),
    A("factorial_too_big_for_c", "import math\nmath.factorial(10 ** 30)", "OverflowError"),
    A("comb_half", "import math\nmath.comb(10 ** 6, 5 * 10 ** 5)"),
    A("comb_huge", "import math\nmath.comb(10 ** 18, 10 ** 17)"),
    A("comb_too_big_for_c", "import math\nmath.comb(10 ** 30, 10 ** 20)", "OverflowError"),
    A("perm_huge", "import math\nmath.perm(10 ** 7, 10 ** 6)"),
    A("perm_without_k", "import math\nmath.perm(10 ** 7)"),
    A("isqrt_huge", "import math\nmath.isqrt(1 << 10 ** 7)"),
    A("gcd_huge", "import math\nmath.gcd((1 << 3_000_000) - 1, (1 << 2_999_999) - 3)"),
    A("lcm_growing", "import math\nmath.lcm(*[(1 << 100_000) + i for i in range(300)])"),
    A("prod_factorial_like", "import math\nmath.prod(range(1, 10 ** 6))"),
    A("prod_sequence_repetition", "import math\nmath.prod([10 ** 9], start='x')"),
    A("prod_lists_grow", "import math\nmath.prod([10 ** 4] * 5, start=[0])"),
    A("fsum_huge_range", "import math\nmath.fsum(range(10 ** 12))", FINITE),
    A("prod_generator", "import math\nmath.prod(x for x in range(1, 10 ** 7))"),
]

RANDOM = [
    A("getrandbits_huge", "import random\nrandom.getrandbits(10 ** 10)"),
    A("randbytes_huge", "import random\nrandom.randbytes(10 ** 10)"),
    A("choices_huge_k", "import random\nrandom.choices([1, 2], k=10 ** 10)"),
    A("sample_huge", "import random\nrandom.sample(range(10 ** 12), 10 ** 8)"),
    A("shuffle_big_list", "import random\nx = list(range(5 * 10 ** 6))\nrandom.shuffle(x)", FINITE),
    A("seed_big_int", "import random\nrandom.seed(1 << 10 ** 8)", FINITE),
    A("new_generators_loop", "import random\nwhile True:\n    random.Random()", "TimeoutError:duration"),
    A("randrange_huge_bound", "import random\nx = random.randrange(1 << 10 ** 6)", FINITE),
    A("system_random_bits", "import random\nrandom.SystemRandom().getrandbits(10 ** 10)"),
]

TIME = [
    A("sleep_forever", "import time\ntime.sleep(10 ** 9)", "TimeoutError:duration", max_secs=1.5),
    A("sleep_loop", "import time\nwhile True:\n    time.sleep(0.3)", "TimeoutError:duration"),
    A("sleep_not_catchable", "import time\ntry:\n    time.sleep(100)\nexcept BaseException:\n    print('caught')",
      "TimeoutError:duration", stdout_excludes=("caught",)),
    A("sleep_overflow", "import time\ntime.sleep(1e300)", "OverflowError"),
    A("sleep_nan", "import time\ntime.sleep(float('nan'))", "ValueError"),
    A("sleep_without_time_limit", "import time\nt = time.time()\ntime.sleep(10 ** 6)\nprint(time.time() - t >= 10 ** 6)",
      "ok", stdout="True\n", limits={"max_memory": 100 * 1024 * 1024}),
    A("strftime_huge_format", "import time\ntime.strftime('%Y' * 10 ** 7, time.gmtime(0))", FINITE),
    A("strftime_wide_fields", "import time\nwhile True:\n    time.strftime('%99999Y' * 50, time.gmtime(0))",
      "TimeoutError:duration"),
    A("strptime_huge_format", "import time\ntime.strptime('1' * 10 ** 6, '%d' * 10 ** 5)", ("ValueError",) + FINITE),
]

DATETIME = [
    A("timedelta_overflow", "import datetime\ndatetime.timedelta(days=10 ** 9)", "OverflowError"),
    A("timedelta_huge_multiply", "import datetime\ndatetime.timedelta(hours=1) * 10 ** 100", "OverflowError"),
    A("now_loop", "import datetime\nwhile True:\n    datetime.datetime.now()", "TimeoutError:duration"),
    A("strftime_huge", "import datetime\ndatetime.date(2024, 1, 1).strftime('%A' * 10 ** 7)", FINITE),
    A("strptime_huge", "import datetime\ndatetime.datetime.strptime('1' * 10 ** 6, '%Y' * 10 ** 5)",
      ("ValueError",) + FINITE),
    A("fromisoformat_huge", "import datetime\ndatetime.datetime.fromisoformat('2' * 10 ** 7)", ("ValueError",) + FINITE),
]

STATISTICS = [
    A("mean_huge_range", "import statistics\nstatistics.mean(range(10 ** 12))"),
    A("variance_big_list", "import statistics\nstatistics.variance([0.1] * (3 * 10 ** 6))", FINITE),
    A("median_generator", "import statistics\nstatistics.median(x for x in range(10 ** 12))"),
    A("big_ints", "import statistics\nstatistics.pvariance([10 ** 100_000 + i for i in range(200)])", FINITE),
]

HASHING = [
    A("update_loop", "import hashlib\nh = hashlib.sha256()\nwhile True:\n    h.update(b'x' * 10 ** 6)"),
    A("update_gigabyte", "import hashlib\nhashlib.sha256(b'x' * 10 ** 9)"),
    A("shake_huge_digest", "import hashlib\nhashlib.shake_256(b'x').digest(10 ** 10)"),
    A("shake_huge_hexdigest", "import hashlib\nhashlib.shake_128(b'x').hexdigest(length=10 ** 10)"),
    A("pbkdf2_iterations", "import hashlib\nhashlib.pbkdf2_hmac('sha256', b'p', b's', 10 ** 9)"),
    A("copies_keep_data", "import hashlib\nh = hashlib.sha256(b'x' * 10 ** 7)\nl = [h.copy() for _ in range(100)]"),
    A("digest_loop", "import hashlib\nh = hashlib.md5(b'x' * 10 ** 6)\nwhile True:\n    h.hexdigest()",
      "TimeoutError:duration"),
    A("b64encode_huge", "import base64\nbase64.b64encode(b'x' * 60_000_000)"),
    A("hexlify_separator", "import binascii\nbinascii.hexlify(b'x' * 10 ** 7, '-')", FINITE),
    A("a85_huge", "import base64\nbase64.a85encode(b'\\0' * 30_000_000)", FINITE),
    A("b85_python_loop", "import base64\nx = base64.b85encode(b'x' * 10_000_000)", FINITE),
    A("b32_decode_python_loop", "import base64\nx = base64.b32decode(b'MFRGG===' * 1_500_000)", FINITE),
    A("uuid4_loop", "import uuid\nwhile True:\n    uuid.uuid4()", "TimeoutError:duration"),
]

TEXT = [
    A("stringio_writes", "import io\ns = io.StringIO()\nwhile True:\n    s.write('x' * 10 ** 6)"),
    A("stringio_seek_far", "import io\ns = io.StringIO()\ns.seek(10 ** 10)\ns.write('x')"),
    A("csv_huge_field", "import csv\ncsv.field_size_limit(10 ** 12)\nlist(csv.reader(['\"' + 'a' * 40_000_000]))",
      FINITE),
    A("csv_field_limit", "import csv\nlist(csv.reader(['a' * 10 ** 6]))", ("Error",) + STOPPED),
    A("csv_many_rows", "import csv\nfor row in csv.reader(['a,b,c'] * 10 ** 7):\n    pass", "TimeoutError:duration"),
    A("csv_writer_huge_row", "import csv, io\ncsv.writer(io.StringIO()).writerow(['x' * 40_000_000, 'y'])"),
]

_PROBE = r"""
import hashlib, random, math, time, datetime, statistics, uuid, csv, io, base64, binascii
import _random, _time, _datetime, _statistics, _csv
h = hashlib.sha256(b'x')
b = hashlib.blake2b()
st = random._inst._st
names = ['__class__', '__dict__', '__slots__', '__reduce__', '__reduce_ex__', '__init__', '__getattribute__',
         '__module__', 'h', 'kept', 'params', 'algorithm', 'rng', 'system', 'save', 'restore', 'guest_attr',
         'ATTRS', 'METHODS', '_serial', '__sizeof__', '__setattr__']
for obj in (h, b, st):
    for name in names:
        try:
            v = getattr(obj, name)
            print('REACHED', name, type(v).__name__)
        except AttributeError:
            pass
for t in (type(h), type(b), type(st)):
    for name in ('__mro__', '__subclasses__', '__dict__', '__bases__', '__init__', 'restore', 'save', 'ATTRS', 'h'):
        try:
            getattr(t, name)
            print('REACHED type', t.__name__, name)
        except AttributeError:
            pass
for mod in (math, _random, _time, _datetime, _statistics, _csv, hashlib, base64, binascii):
    for name in ('__dict__', '__loader__', '__spec__', '__file__', 'limits', '_py_random', '_h', '_b', '_t', '_d',
                 '_st', 'sys', 'os', 'make_module', 'FUNCTIONS', 'RandomState', 'RealClock', 'clock', 'Redirect',
                 'GUARANTEED', 'stand_in', '_m'):
        try:
            getattr(mod, name)
            print('REACHED', mod.__name__, name)
        except AttributeError:
            pass
for call in (lambda: type(h)(), lambda: type(st)(), lambda: _random.random(5), lambda: _random.random(h),
             lambda: _random.shuffle(st, (1, 2)), lambda: _random.sample(st, {1: 2}, 1),
             lambda: _csv.parse([], 'a', (), 0), lambda: _csv.parse([[], [], 99, False, 0], 'a', (1,) * 8, 5),
             lambda: _datetime.strftime('datetime', (1,), '%Y'), lambda: _statistics.call('__import__', (), {}),
             lambda: _statistics.normal(0, 1, '__class__', ()), lambda: _datetime.td_op('mul', (1, 2), 3, False),
             lambda: _csv.writerow([h], {}), lambda: _csv.dialect({'delimiter': h})):
    try:
        call()
        print('CALLED')
    except (TypeError, ValueError, IndexError, csv.Error) as e:
        print(type(e).__name__)
print(repr(h)[:30], type(h).__name__, type(b).__name__, type(st).__name__, repr(st).startswith('<Random object at'))
print('done')
"""

PROBES = [
    # ten modules compiled on first import: more time than the standard budget on a loaded machine
    Attack("stdlib_numeric/probe_objects_and_helpers", _PROBE, "ok", stdout_excludes=("REACHED", "CALLED"),
           limits={**H.STD_LIMITS, "max_duration_secs": 20}, max_secs=21),
]


@pytest.mark.parametrize("attack", H.params(MATH))
def test_math(attack):
    H.check_attack(attack)


@pytest.mark.parametrize("attack", H.params(RANDOM))
def test_random(attack):
    H.check_attack(attack)


@pytest.mark.parametrize("attack", H.params(TIME))
def test_time(attack):
    H.check_attack(attack)


@pytest.mark.parametrize("attack", H.params(DATETIME))
def test_datetime(attack):
    H.check_attack(attack)


@pytest.mark.parametrize("attack", H.params(STATISTICS))
def test_statistics(attack):
    H.check_attack(attack)


@pytest.mark.parametrize("attack", H.params(HASHING))
def test_hashing_and_encodings(attack):
    H.check_attack(attack)


@pytest.mark.parametrize("attack", H.params(TEXT))
def test_text(attack):
    H.check_attack(attack)


@pytest.mark.parametrize("attack", H.params(PROBES))
def test_probes(attack):
    H.check_attack(attack)
