"""LFR quality benchmark: NMI to the planted partition, Klaster's Leiden beside igraph's.

Usage: python3 lfr.py WORK_DIR [n]
For μ = 0.1 … 0.6 it generates a networkx LFR graph (τ1 = 3, τ2 = 1.5, average degree 20,
max degree 50, communities 20…100), writes it as CSV, runs igraph community_leiden (modularity)
and `klaster discover --graph` (through bench/leiden/run-ours.ts), and prints one JSON line per μ.
NMI is computed by one function for both (igraph.compare_communities, arithmetic normalisation).
"""
import json
import os
import subprocess
import sys
import time

import igraph
import networkx

from edges_io import igraph_graph, modularity, read_edges, read_membership

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..'))


def lfr_graph(n, mu):
    for seed in range(1, 20):
        try:
            return networkx.LFR_benchmark_graph(n, 3, 1.5, mu, average_degree=20, max_degree=50,
                                                min_community=20, max_community=100, seed=seed)
        except networkx.ExceededMaxIterations:
            continue
    raise RuntimeError(f'LFR generation failed for mu={mu}')


def write_graph(graph, edges_path):
    with open(edges_path, 'w', encoding='utf-8') as handle:
        handle.write('source,target\n')
        handle.writelines(f'v{u},v{v}\n' for u, v in graph.edges())


def planted(graph, names):
    label = {}
    for v in graph.nodes():
        community = graph.nodes[v]['community']
        label[v] = min(community)
    return [label[int(name[1:])] for name in names]


def run_ours(edges_path, out_path):
    started = time.perf_counter()
    subprocess.run(['node', '--import', 'tsx', 'bench/leiden/run-ours.ts', '--graph', edges_path, '--out', out_path, '--seed', '1'],
                   cwd=ROOT, check=True, capture_output=True)
    return time.perf_counter() - started


def main():
    work = sys.argv[1]
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 10000
    os.makedirs(work, exist_ok=True)
    for mu in (0.1, 0.2, 0.3, 0.4, 0.5, 0.6):
        graph = lfr_graph(n, mu)
        edges_path = os.path.join(work, f'lfr_{mu}.csv')
        write_graph(graph, edges_path)
        names, sources, targets, weights = read_edges(edges_path)
        truth = planted(graph, names)
        ig = igraph_graph(names, sources, targets, weights)
        theirs = ig.community_leiden(objective_function='modularity', weights='weight', n_iterations=2).membership
        run_ours(edges_path, os.path.join(work, f'lfr_{mu}_ours.csv'))
        ours = read_membership(os.path.join(work, f'lfr_{mu}_ours.csv'), names)
        print(json.dumps({'mu': mu, 'nodes': len(names), 'edges': len(sources),
                          'nmi_ours': igraph.compare_communities(truth, ours, method='nmi'),
                          'nmi_igraph': igraph.compare_communities(truth, theirs, method='nmi'),
                          'modularity_ours': modularity(ig, ours), 'modularity_igraph': modularity(ig, theirs)}), flush=True)


main()
