# a builtin that stops consuming a generator early (all, any, next) inside another generator: the outer
# generator's return must still end it, not yield a stray None (found by fuzzing, compiled tier)
print(list(x for x in 'ab' if all(False for k in [1])))
print(list(x for x in 'ab' if any(True for k in [1, 2])))


def outer():
    for x in range(3):
        first = next(k for k in range(10) if k > x)
        if all(k < 0 for k in range(first)):
            yield x
    return "done"


print(list(outer()))
gen = outer()
print(next(gen, "empty"))
print([y for y in (x for x in 'abc' if not any(c == x for c in 'b'))])
