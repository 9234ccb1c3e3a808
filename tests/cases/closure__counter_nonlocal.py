def make_counter(start=0, step=1):
    count = start

    def increment():
        nonlocal count
        count += step
        return count

    def reset():
        nonlocal count
        old = count
        count = start
        return old

    return increment, reset


inc, reset = make_counter()
print(inc(), inc(), inc())
print("reset returned", reset())
print(inc())

# independent counters do not share state
a_inc, _ = make_counter(100, 10)
b_inc, _ = make_counter(0, -1)
print(a_inc(), b_inc(), a_inc(), b_inc())
print(inc())

# nonlocal assignment through tuple unpacking and augmented ops
def fib_gen():
    a, b = 0, 1

    def step():
        nonlocal a, b
        a, b = b, a + b
        return a
    return step


nxt = fib_gen()
print([nxt() for _ in range(10)])
