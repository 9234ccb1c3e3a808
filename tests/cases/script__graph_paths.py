"""Route finder: BFS for fewest hops, a simple Dijkstra for cheapest cost."""

ROADS = [
    ("A", "B", 4), ("A", "C", 2), ("B", "C", 5), ("B", "D", 10),
    ("C", "E", 3), ("E", "D", 4), ("D", "F", 11), ("E", "F", 20), ("G", "H", 1),
]


def build(edges):
    graph = {}
    for a, b, cost in edges:
        graph.setdefault(a, {})[b] = cost
        graph.setdefault(b, {})[a] = cost
    return graph


def fewest_hops(graph, start, goal):
    frontier, parents = [start], {start: None}
    while frontier:
        nxt = []
        for node in frontier:
            for nb in sorted(graph[node]):
                if nb not in parents:
                    parents[nb] = node
                    nxt.append(nb)
        frontier = nxt
    if goal not in parents:
        raise LookupError(f"no route from {start} to {goal}")
    path = [goal]
    while parents[path[-1]] is not None:
        path.append(parents[path[-1]])
    return path[::-1]


def cheapest(graph, start, goal):
    dist, prev, todo = {start: 0}, {}, {start}
    while todo:
        node = min(todo, key=lambda n: (dist[n], n))
        todo.remove(node)
        if node == goal:
            break
        for nb, cost in graph[node].items():
            if dist[node] + cost < dist.get(nb, float("inf")):
                dist[nb] = dist[node] + cost
                prev[nb] = node
                todo.add(nb)
    if goal not in dist:
        raise LookupError(f"{goal} unreachable from {start}")
    path, node = [goal], goal
    while node != start:
        node = prev[node]
        path.append(node)
    return dist[goal], path[::-1]


if __name__ == "__main__":
    g = build(ROADS)
    for start, goal in [("A", "F"), ("A", "D"), ("F", "C"), ("A", "H"), ("Z", "A")]:
        try:
            hops = fewest_hops(g, start, goal)
            cost, route = cheapest(g, start, goal)
            print(f"{start}->{goal}: hops {'-'.join(hops)} | cheapest {'-'.join(route)} ({cost})")
        except KeyError as e:  # must come first: KeyError is a LookupError
            print(f"{start}->{goal}: unknown node {e}")
        except LookupError as e:
            print(f"{start}->{goal}: {type(e).__name__}: {e}")
    degree = sorted(((len(nbs), n) for n, nbs in g.items()), reverse=True)
    print("busiest junctions:", degree[:3])

cheapest(g, "A", "F")
