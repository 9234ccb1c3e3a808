import heapq

data = [5, 3, 8, 1, 9, 2, 7, 4, 6, 0, 3, 3, 8]
heap = []
for x in data:
    heapq.heappush(heap, x)
print(heap)
out = []
while heap:
    out.append(heapq.heappop(heap))
    if len(heap) % 4 == 0:
        print(heap)
print(out)
values = [9, 8, 7, 6, 5, 4, 3, 2, 1, 0, 5, 5]
heapq.heapify(values)
print(values)
print(heapq.heapreplace(values, 10), values)
print(heapq.heappushpop(values, -1), heapq.heappushpop(values, 4), values)
tasks = []
for priority, name in [(3, "write"), (1, "plan"), (2, "test"), (1, "idea")]:
    heapq.heappush(tasks, (priority, name))
print([heapq.heappop(tasks) for _ in range(len(tasks))])
words = ["pear", "fig", "apple", "kiwi"]
heapq.heapify(words)
print(words, heapq.heappop(words))
for call in [lambda: heapq.heappush(1, 2), lambda: heapq.heappop([]), lambda: heapq.heappop(1), lambda: heapq.heapify(1),
             lambda: heapq.heapreplace([], 1), lambda: heapq.heappushpop(1, 1), lambda: heapq.heapify([1, "a"])]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(heapq.heappushpop([], 1))
