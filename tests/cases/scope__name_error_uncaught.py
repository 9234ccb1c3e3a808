def summarize(records):
    lines = []
    for name, score in records:
        lines.append(f"{name}: {score}")
    return lines


for line in summarize([("a", 1), ("b", 2)]):
    print(line)
print("now using a name that was never defined")
print(summarise([("c", 3)]))
