# `import a as b, c`: aliases in a list of imported modules
import sys as s, sys
print(s is sys, s.maxsize == sys.maxsize)
import sys as first, sys as second
print(first is second)
try:
    import sys as bound_first, no_such_module_for_monty as missing
except ModuleNotFoundError as e:
    print(type(e).__name__, e, bound_first is sys)
try:
    import no_such_module_for_monty.sub as m
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
