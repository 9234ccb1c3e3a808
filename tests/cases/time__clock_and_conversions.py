"""time: clocks move forward (properties only), sleep, struct_time, strftime/strptime over UTC times, errors."""

import time
t0 = time.time(); m0 = time.monotonic(); p0 = time.perf_counter()
time.sleep(0.01)
print(time.time() - t0 >= 0.01, time.monotonic() - m0 >= 0.01, time.perf_counter() > p0)
print(type(time.time()).__name__, type(time.time_ns()).__name__, type(time.monotonic_ns()).__name__)
g = time.gmtime(0)
print(g, g.tm_year, g[0], g[:3], len(g), tuple(g), g == (1970, 1, 1, 0, 0, 0, 3, 1, 0))
y, m, d, *rest = time.gmtime(86400 * 365)
print(y, m, d, rest)
print(time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(1700000000)))
print(time.strftime("%Y %%Z", (2024, 1, 2, 3, 4, 5, 1, 2, 0)))
print(time.asctime(time.gmtime(1700000000)))
print(time.strptime("2024-03-05", "%Y-%m-%d"))
print(time.struct_time((2024, 1, 2, 3, 4, 5, 6, 7, 0)))
for f in [lambda: time.sleep(-1), lambda: time.sleep("a"), lambda: time.sleep(float("nan")), lambda: time.time(1),
          lambda: time.strptime("x", "%Y"), lambda: time.struct_time((1, 2)), lambda: time.strftime("%Y", (1, 2)),
          lambda: time.gmtime("x"), lambda: time.sleep()]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
