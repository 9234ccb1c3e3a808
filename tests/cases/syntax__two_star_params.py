def f(*args, *more):
    return args
