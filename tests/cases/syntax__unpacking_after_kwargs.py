def f(*a, **k):
    return a, k


args = [1]
kw = {"x": 2}
print(f(**kw, *args))
