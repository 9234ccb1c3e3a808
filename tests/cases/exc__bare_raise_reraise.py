def parse(text):
    try:
        return int(text)
    except ValueError:
        print("parse failed for", repr(text), "- re-raising")
        raise


for t in ["12", "x1"]:
    try:
        print("parsed", parse(t))
    except ValueError as e:
        print("outer caught:", e)


# re-raise a different exception object kept in a variable
def retry(times):
    last = None
    for attempt in range(times):
        try:
            raise RuntimeError(f"attempt {attempt} failed")
        except RuntimeError as e:
            last = e
    raise last


try:
    retry(3)
except RuntimeError as e:
    print("final:", e)

# bare raise outside of an except block
try:
    raise
except RuntimeError as e:
    print(type(e).__name__ + ":", e)
