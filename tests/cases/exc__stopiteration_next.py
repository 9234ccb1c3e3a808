it = iter([10, 20])
print(next(it), next(it))
try:
    next(it)
except StopIteration as e:
    print("StopIteration args:", e.args, "str:", repr(str(e)))

# next with a default never raises
print(next(it, "default"), next(iter([]), None))

# iterating manually with while and try
letters = iter("xyz")
collected = []
while True:
    try:
        collected.append(next(letters))
    except StopIteration:
        break
print(collected)

# next on a non-iterator
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)

# StopIteration is an Exception
try:
    raise StopIteration("manual")
except Exception as e:
    print(type(e).__name__, e.args)
# an exhausted iterator stays exhausted
r = iter(range(2))
print(list(r), list(r))
