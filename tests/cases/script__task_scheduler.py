"""Task scheduler: orders tasks by dependencies, then by priority."""

TASKS = {
    "deploy": {"priority": 1, "deps": ["build", "test"], "minutes": 5},
    "build": {"priority": 2, "deps": ["fetch"], "minutes": 12},
    "test": {"priority": 2, "deps": ["build"], "minutes": 20},
    "fetch": {"priority": 3, "deps": [], "minutes": 2},
    "lint": {"priority": 5, "deps": ["fetch"], "minutes": 3},
    "docs": {"priority": 4, "deps": [], "minutes": 8},
}


def schedule(tasks):
    done, order = set(), []
    pending = dict(tasks)
    while pending:
        ready = [name for name, t in pending.items() if all(d in done for d in t["deps"])]
        if not ready:
            raise RuntimeError(f"dependency cycle among {sorted(pending)}")
        ready.sort(key=lambda n: (pending[n]["priority"], n))
        chosen = ready[0]
        order.append(chosen)
        done.add(chosen)
        del pending[chosen]
    return order


def timeline(order, tasks):
    clock = 0
    rows = []
    for name in order:
        start, clock = clock, clock + tasks[name]["minutes"]
        rows.append(f"{start:>3}-{clock:<3} {name}")
    return rows, clock


def main():
    order = schedule(TASKS)
    rows, total = timeline(order, TASKS)
    print("\n".join(rows))
    print(f"total: {total} minutes over {len(order)} tasks")
    cyclic = {"a": {"priority": 1, "deps": ["b"], "minutes": 1},
              "b": {"priority": 1, "deps": ["a"], "minutes": 1},
              "c": {"priority": 1, "deps": [], "minutes": 1}}
    try:
        schedule(cyclic)
    except RuntimeError as e:
        print("error:", e)
    return order


if __name__ == "__main__":
    final_order = main()

" -> ".join(final_order)
