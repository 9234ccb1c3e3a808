# while True with break: a classic loop-and-a-half
queue = [5, 3, 8, 0, 7]
processed = []
while True:
    if not queue:
        print("queue empty")
        break
    head = queue.pop(0)
    if head == 0:
        print("sentinel reached, left:", queue)
        break
    processed.append(head * 10)
print(processed)

# collatz steps with an explicit counter
def collatz_steps(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


print([collatz_steps(n) for n in range(1, 12)])

# while with else and a return from inside the loop
def first_index(seq, pred):
    i = 0
    while i < len(seq):
        if pred(seq[i]):
            return i
        i += 1
    else:
        return -1


print(first_index([1, 3, 6, 7], lambda v: v % 2 == 0))
print(first_index([1, 3, 5], lambda v: v % 2 == 0))
