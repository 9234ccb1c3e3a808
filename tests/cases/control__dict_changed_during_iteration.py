# mutating values while iterating is fine
scores = {"a": 1, "b": 2, "c": 3}
for k in scores:
    scores[k] *= 10
print(scores)

# safe way to delete: iterate over a list of keys
for k in list(scores):
    if scores[k] > 15:
        del scores[k]
print(scores)

# changing the size while iterating raises RuntimeError
scores = {"a": 1, "b": 2}
print("about to add keys while iterating")
for k in scores:
    scores[k + k] = 0
