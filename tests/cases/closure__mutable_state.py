# without nonlocal, closures can still mutate shared containers
def make_logger():
    lines = []
    stats = {"count": 0}

    def log(msg):
        stats["count"] += 1
        lines.append(f"{stats['count']}: {msg}")

    def dump():
        return list(lines)

    return log, dump, stats


log, dump, stats = make_logger()
log("start")
log("middle")
log("end")
print(dump())
print(stats)


# rebinding without nonlocal makes a new local instead
def broken_counter():
    n = 0

    def bump():
        try:
            n += 1
        except UnboundLocalError as e:
            return "UnboundLocalError: " + str(e)
        return n
    return bump


print(broken_counter()())


# a running average with list-based state
def averager():
    series = []
    return lambda v: (series.append(v), sum(series) / len(series))[1]


avg = averager()
print([avg(v) for v in (10, 20, 30, 40)])
