def stateful():
    seen = []
    counts = {}
    for word in ["a", "b", "a", "c", "b", "a"]:
        counts[word] = counts.get(word, 0) + 1
        if word not in seen:
            seen.append(word)
            yield "new", word
        else:
            yield "again", word, counts[word]
    yield "summary", seen, sorted(counts.items())


for item in stateful():
    print(item)

def moving_average(values, window):
    buf = []
    for v in values:
        buf.append(v)
        if len(buf) > window:
            buf.pop(0)
        yield round(sum(buf) / len(buf), 2)


print(list(moving_average([1, 2, 3, 4, 5, 6], 3)))

def dedupe(items):
    seen = set()
    for it in items:
        if it not in seen:
            seen.add(it)
            yield it


print(list(dedupe([3, 1, 3, 2, 1, 4])))

def chunks(seq, size):
    chunk = []
    for x in seq:
        chunk.append(x)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


print(list(chunks(range(7), 3)))
print(list(chunks([], 2)))
