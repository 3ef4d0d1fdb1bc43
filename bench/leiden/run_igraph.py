"""Times igraph's C Leiden (modularity) on an edge CSV; writes node,community and a JSON line."""
import json
import sys
import time

from edges_io import igraph_graph, modularity, read_edges, write_membership


def main():
    edges_path, out_path = sys.argv[1], sys.argv[2]
    iterations = int(sys.argv[3]) if len(sys.argv) > 3 else 2
    names, sources, targets, weights = read_edges(edges_path)
    graph = igraph_graph(names, sources, targets, weights)
    started = time.perf_counter()
    partition = graph.community_leiden(objective_function='modularity', weights='weight', resolution_parameter=1.0, n_iterations=iterations)
    seconds = time.perf_counter() - started
    write_membership(out_path, names, partition.membership)
    print(json.dumps({'impl': f'igraph community_leiden (n_iterations={iterations})', 'seconds': seconds,
                      'communities': len(partition), 'modularity': modularity(graph, partition.membership)}))


main()
