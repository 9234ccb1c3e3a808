"""Log analyzer: parses log lines, aggregates by level and by service."""

LOG = """\
2024-01-05 10:00:01 INFO  api      request ok in 120ms
2024-01-05 10:00:02 WARN  db       slow query in 950ms
2024-01-05 10:00:03 INFO  api      request ok in 80ms
2024-01-05 10:00:04 ERROR worker   job 17 crashed
this line is garbage
2024-01-05 10:00:05 INFO  worker   job 18 done in 300ms
2024-01-05 10:00:06 ERROR api      upstream timeout
2024-01-05 10:00:07 DEBUG db       pool size 4
"""


def parse(line):
    parts = line.split(None, 4)
    if len(parts) < 5:
        raise ValueError(f"malformed line: {line!r}")
    date, time, level, service, message = parts
    ms = None
    if message.endswith("ms"):
        ms = int(message.rsplit(" ", 1)[1][:-2])
    return {"time": time, "level": level, "service": service, "msg": message, "ms": ms}


def make_counter():
    counts = {}

    def add(key):
        counts[key] = counts.get(key, 0) + 1
        return counts[key]
    return add, counts


def main():
    records, bad = [], 0
    for line in LOG.splitlines():
        try:
            records.append(parse(line))
        except ValueError as e:
            bad += 1
            print("skipped:", e)
    add_level, levels = make_counter()
    add_service, services = make_counter()
    for r in records:
        add_level(r["level"])
        add_service(r["service"])
    print("levels:", ", ".join(f"{k}={v}" for k, v in sorted(levels.items())))
    busiest = sorted(services.items(), key=lambda kv: (-kv[1], kv[0]))
    print("services:", busiest)
    timed = [r for r in records if r["ms"] is not None]
    slowest = max(timed, key=lambda r: r["ms"])
    avg = sum(r["ms"] for r in timed) / len(timed)
    print(f"slowest: {slowest['service']} at {slowest['time']} ({slowest['ms']}ms), avg {avg:.1f}ms")
    for r in records:
        if r["level"] == "ERROR":
            print(f"[{r['time']}] {r['service'].upper()}: {r['msg']}")
    return {"records": len(records), "bad": bad, "errors": levels.get("ERROR", 0)}


if __name__ == "__main__":
    summary = main()

summary
