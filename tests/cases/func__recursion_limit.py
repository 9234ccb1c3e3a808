def forever(n):
    return forever(n + 1) + 1


try:
    forever(0)
except RecursionError as e:
    print("caught", type(e).__name__)
    print(isinstance(e, RuntimeError))

# after catching, normal calls still work
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print(depth(50))
