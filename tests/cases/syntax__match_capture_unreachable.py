def f(x):
    match x:
        case a:
            return a
        case 1:
            return 1
