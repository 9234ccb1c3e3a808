def cleanup_demo(steps):
    opened = []
    try:
        for step in steps:
            opened.append(step)
            print("opened", step)
            if step == "bad":
                raise RuntimeError(f"step {step!r} failed after {len(opened)} steps")
    finally:
        while opened:
            print("closing", opened.pop())


cleanup_demo(["a", "b"])
print("second run will fail; the finally block still cleans up")
cleanup_demo(["x", "bad", "never"])
