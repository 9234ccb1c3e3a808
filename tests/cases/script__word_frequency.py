"""Word frequency: tokenises a text, counts words and reports the top ones."""

TEXT = """
The quick brown fox jumps over the lazy dog. The dog sleeps;
the fox, being quick, runs away! A lazy afternoon: the end.
"""
STOP = frozenset({"a", "the", "over", "being"})


def tokenize(text):
    cleaned = "".join(ch.lower() if ch.isalpha() else " " for ch in text)
    return cleaned.split()


def count(words, skip=STOP):
    freq = {}
    for w in words:
        if w in skip:
            continue
        freq[w] = freq.get(w, 0) + 1
    return freq


def top(freq, n):
    return sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:n]


def histogram(pairs, width=20):
    peak = max(c for _, c in pairs)
    for word, c in pairs:
        bar = "#" * (c * width // peak)
        print(f"{word:>10} | {bar} {c}")


def main():
    words = tokenize(TEXT)
    print(f"{len(words)} tokens, {len(set(words))} distinct")
    freq = count(words)
    histogram(top(freq, 5))
    lengths = {}
    for w in freq:
        lengths.setdefault(len(w), []).append(w)
    for size in sorted(lengths):
        print(size, sorted(lengths[size]))
    longest = max(freq, key=lambda w: (len(w), w))
    print("longest:", longest)
    initials = sorted({w[0] for w in words})
    print("initials:", "".join(initials))
    return top(freq, 3)


if __name__ == "__main__":
    best = main()

best
