"""Times networkx louvain_communities on an edge CSV; writes node,community and a JSON line."""
import json
import sys
import time

import networkx

from edges_io import igraph_graph, modularity, read_edges, summed_edges, write_membership


def main():
    edges_path, out_path = sys.argv[1], sys.argv[2]
    names, sources, targets, weights = read_edges(edges_path)
    graph = networkx.Graph()
    graph.add_nodes_from(range(len(names)))
    graph.add_weighted_edges_from((u, v, w) for (u, v), w in summed_edges(sources, targets, weights).items())
    started = time.perf_counter()
    communities = networkx.community.louvain_communities(graph, weight='weight', resolution=1, seed=1)
    seconds = time.perf_counter() - started
    membership = [0] * len(names)
    for label, members in enumerate(communities):
        for v in members:
            membership[v] = label
    write_membership(out_path, names, membership)
    print(json.dumps({'impl': 'networkx louvain_communities', 'seconds': seconds, 'communities': len(communities),
                      'modularity': modularity(igraph_graph(names, sources, targets, weights), membership)}))


main()
