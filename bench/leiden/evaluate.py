"""Scores memberships of one edge CSV with one modularity function (igraph's, weighted, γ = 1) and,
when a planted partition is given, NMI to it. Usage: evaluate.py EDGES.csv TRUTH.csv|- MEMBERSHIP.csv…
Prints one JSON line per membership file."""
import json
import sys

import igraph

from edges_io import igraph_graph, modularity, read_edges, read_membership


def main():
    edges_path, truth_path, *memberships = sys.argv[1:]
    names, sources, targets, weights = read_edges(edges_path)
    graph = igraph_graph(names, sources, targets, weights)
    truth = read_membership(truth_path, names) if truth_path != '-' else None
    for path in memberships:
        membership = read_membership(path, names)
        row = {'file': path, 'communities': len(set(membership)), 'modularity': modularity(graph, membership)}
        if truth is not None:
            row['nmi_to_planted'] = igraph.compare_communities(truth, membership, method='nmi')
        print(json.dumps(row), flush=True)


main()
