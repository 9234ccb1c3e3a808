# The first item of a constant set display, seen in an uncaught exception's message.
for x in {7, -10, 6}:
    raise ZeroDivisionError(x, '')
