def check_positive(n):
    assert n > 0, f"expected positive, got {n}"
    return n


print(check_positive(5))
try:
    check_positive(-2)
except AssertionError as e:
    print("AssertionError:", e, "| args:", e.args)

# assert without a message
try:
    assert 1 + 1 == 3
except AssertionError as e:
    print("no message: str =", repr(str(e)), "args =", e.args)

# the message expression is only evaluated when the assertion fails
def loud():
    print("message evaluated")
    return "msg"


assert True, loud()
try:
    assert [], loud()
except AssertionError as e:
    print("caught", e)

# non-string messages are kept as-is in args
try:
    assert False, ("tuple", 1)
except AssertionError as e:
    print(e.args, str(e))
assert (1, 2) != (1, 3), "tuples differ"
print("all good so far")
assert check_positive(3) > 10, "three is not greater than ten"
