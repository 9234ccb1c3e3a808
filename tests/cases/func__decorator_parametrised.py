def repeat(times):
    def deco(fn):
        def wrapper(*args, **kwargs):
            return [fn(*args, **kwargs) for _ in range(times)]
        return wrapper
    return deco


@repeat(3)
def roll(v):
    return v * 2


print(roll(5))


def validate(*, minimum=None, maximum=None):
    def deco(fn):
        def wrapper(x):
            if minimum is not None and x < minimum:
                raise ValueError(f"{x} is below {minimum}")
            if maximum is not None and x > maximum:
                raise ValueError(f"{x} is above {maximum}")
            return fn(x)
        return wrapper
    return deco


@validate(minimum=0, maximum=100)
def percent(x):
    return f"{x}%"


for v in (50, -1, 101, 0):
    try:
        print(percent(v))
    except ValueError as e:
        print("rejected:", e)
