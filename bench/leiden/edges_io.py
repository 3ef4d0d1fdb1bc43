"""Shared loading for the Python side of the Leiden benchmark: one reader, one modularity."""
import csv


def read_edges(path):
    """Returns (names, sources, targets, weights) with node ids numbered in order of appearance."""
    index = {}
    names, sources, targets, weights = [], [], [], []
    with open(path, newline='', encoding='utf-8') as handle:
        reader = csv.reader(handle)
        header = next(reader)
        has_weight = len(header) > 2
        for row in reader:
            ids = []
            for name in row[:2]:
                if name not in index:
                    index[name] = len(names)
                    names.append(name)
                ids.append(index[name])
            sources.append(ids[0])
            targets.append(ids[1])
            weights.append(float(row[2]) if has_weight and len(row) > 2 and row[2] else 1.0)
    return names, sources, targets, weights


def summed_edges(sources, targets, weights):
    """Duplicate edges summed (networkx keeps only one edge per pair, so sum before building)."""
    merged = {}
    for u, v, w in zip(sources, targets, weights):
        key = (u, v) if u <= v else (v, u)
        merged[key] = merged.get(key, 0.0) + w
    return merged


def read_membership(path, names):
    """Reads `node,community` into a list aligned with names."""
    position = {name: i for i, name in enumerate(names)}
    membership = [0] * len(names)
    with open(path, newline='', encoding='utf-8') as handle:
        reader = csv.reader(handle)
        next(reader)
        for node, community in reader:
            membership[position[node]] = int(community)
    return membership


def write_membership(path, names, membership):
    with open(path, 'w', encoding='utf-8') as handle:
        handle.write('node,community\n')
        handle.writelines(f'{name},{c}\n' for name, c in zip(names, membership))


def igraph_graph(names, sources, targets, weights):
    import igraph
    graph = igraph.Graph(n=len(names), edges=list(zip(sources, targets)), directed=False)
    graph.es['weight'] = weights
    return graph


def modularity(graph, membership):
    """The one modularity used for every implementation: igraph's, weighted, γ = 1."""
    return graph.modularity(membership, weights='weight')
