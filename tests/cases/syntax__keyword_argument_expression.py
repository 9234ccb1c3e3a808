def f(**kw):
    return kw


print(f(a | b=1))
