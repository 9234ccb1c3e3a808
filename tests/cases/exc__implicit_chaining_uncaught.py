def average(values):
    try:
        return sum(values) / len(values)
    except ZeroDivisionError:
        print("empty input, trying a fallback")
        # a new error raised while handling the first one
        return values[0]


print(average([1, 2, 3]))
print("calling average on an empty list")
average([])
