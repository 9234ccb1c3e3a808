"""Module docstring: functions with docstrings behave like any other."""


def area(w, h):
    """Return the area of a w by h rectangle.

    The docstring is just the first statement; it is not executed as code.
    """
    return w * h


def only_doc():
    """This function has nothing but a docstring."""


def doc_then_pass():
    'single-quoted docstring'
    pass


def not_a_docstring():
    x = 1
    "this string is just an expression statement"
    return x


print(area(3, 4))
print(only_doc())
print(doc_then_pass())
print(not_a_docstring())


def f_string_is_not_docstring(n):
    f"""not a docstring because it is an f-string {n}"""
    return n + 1


print(f_string_is_not_docstring(1))
