"""Grade book: weighted averages, letter grades and a ranking."""

WEIGHTS = {"hw": 0.3, "midterm": 0.3, "final": 0.4}
STUDENTS = [
    {"name": "ana", "hw": [90, 85, 100], "midterm": 78, "final": 88},
    {"name": "ben", "hw": [60, 70], "midterm": 65, "final": 72},
    {"name": "cai", "hw": [100, 100, 95], "midterm": 92, "final": 97},
    {"name": "dee", "hw": [], "midterm": 88, "final": 81},
    {"name": "eli", "hw": [75, 80, 70], "midterm": None, "final": 55},
]


def letter(score):
    for cutoff, grade in ((90, "A"), (80, "B"), (70, "C"), (60, "D")):
        if score >= cutoff:
            return grade
    return "F"


def weighted(student):
    if not student["hw"]:
        raise ValueError(f"{student['name']} has no homework scores")
    if student["midterm"] is None:
        raise TypeError(f"{student['name']} missed the midterm")
    hw = sum(student["hw"]) / len(student["hw"])
    parts = {"hw": hw, "midterm": student["midterm"], "final": student["final"]}
    return sum(parts[k] * w for k, w in WEIGHTS.items())


def main():
    results, problems = [], []
    for s in STUDENTS:
        try:
            score = weighted(s)
        except (ValueError, TypeError) as e:
            problems.append((type(e).__name__, str(e)))
            continue
        results.append((s["name"], round(score, 2), letter(score)))
    results.sort(key=lambda r: (-r[1], r[0]))
    for rank, (name, score, grade) in enumerate(results, 1):
        print(f"{rank}. {name:<5} {score:6.2f} {grade}")
    for kind, msg in problems:
        print(f"!! {kind}: {msg}")
    by_grade = {}
    for name, _, grade in results:
        by_grade.setdefault(grade, []).append(name)
    print(dict(sorted(by_grade.items())))
    return results


if __name__ == "__main__":
    ranking = main()

[name for name, _, _ in ranking]
