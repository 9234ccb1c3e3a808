raw = ["10", "x", "30", "", "5.5", "-2"]
parsed, errors = [], []
for item in raw:
    try:
        value = int(item)
    except ValueError as e:
        errors.append(str(e))
        continue
    else:
        if value < 0:
            print("negative found, stopping")
            break
        parsed.append(value)
    finally:
        print("processed", repr(item))
print(parsed)
for msg in errors:
    print(" -", msg)


# retry loop with a counter
attempts = 0


def flaky():
    global attempts
    attempts += 1
    if attempts < 3:
        raise RuntimeError(f"attempt {attempts} failed")
    return "connected"


for i in range(5):
    try:
        print(flaky(), "after", attempts, "attempts")
        break
    except RuntimeError as e:
        print("retrying:", e)
else:
    print("gave up")
