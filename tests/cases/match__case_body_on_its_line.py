# a case clause's body may follow its colon on the same line; `case` stays a name elsewhere
def describe(x):
    match x:
        case 1: return "one"
        case [a, b] if a < b: return f"rising {a} {b}"
        case {"k": v}: return f"k={v}"
        case _: return "other"


print(describe(1), describe([1, 2]), describe({"k": 3}), describe(None))
case = lambda: 0
print(case())
case: int = 5
print(case)
cases = {"case": 1}
case = cases["case"]
print(case)
match = [1, 2]
match[0]: int = 7
print(match)
