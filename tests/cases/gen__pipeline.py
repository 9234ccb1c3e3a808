LOG = """INFO start
WARN disk low
ERROR failed to open
INFO retry
ERROR timeout
DEBUG noise"""


def lines(text):
    for line in text.splitlines():
        yield line


def parse(rows):
    for row in rows:
        level, _, message = row.partition(" ")
        yield {"level": level, "message": message}


def only(level, records):
    return (r for r in records if r["level"] == level)


def numbered(records):
    n = 0
    for r in records:
        n += 1
        yield f"{n}: {r['message']}"


for out in numbered(only("ERROR", parse(lines(LOG)))):
    print(out)

counts = {}
for rec in parse(lines(LOG)):
    counts[rec["level"]] = counts.get(rec["level"], 0) + 1
print(sorted(counts.items()))

squares = (n * n for n in range(1, 20))
odd = (s for s in squares if s % 2)
small = (s for s in odd if s < 150)
print(list(small))

def running_total(nums):
    total = 0
    for n in nums:
        total += n
        yield total


print(list(running_total(x for x in range(1, 6))))
print(max(running_total([3, -1, 4, -1, 5])))
