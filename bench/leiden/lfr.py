"""LFR quality benchmark: NMI to the planted partition, Klaster's Leiden beside igraph's.

Usage: python3 lfr.py WORK_DIR [n] [repeats]
For μ = 0.1 … 0.6 it generates a networkx LFR graph (τ1 = 3, τ2 = 1.5, average degree 20,
max degree 50, communities 20…100), writes it as CSV, runs igraph community_leiden (modularity)
and `klaster discover --graph` (through bench/leiden/run-ours.ts) on `repeats` graphs (LFR seeds
differ), and prints one JSON line per graph and one with the means per μ.
NMI is computed by one function for both (igraph.compare_communities, arithmetic normalisation).
"""
import json
import os
import random
import subprocess
import sys

import igraph
import networkx

from edges_io import igraph_graph, modularity, read_edges, read_membership

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..'))


def lfr_graph(n, mu, first_seed):
    for seed in range(first_seed, first_seed + 20):
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


def run_ours(edges_path, out_path, seed):
    subprocess.run(['node', '--import', 'tsx', 'bench/leiden/run-ours.ts', '--graph', edges_path, '--out', out_path, '--seed', str(seed)],
                   cwd=ROOT, check=True, capture_output=True)


def one_graph(work, n, mu, repeat):
    graph = lfr_graph(n, mu, 100 * repeat + 1)
    edges_path = os.path.join(work, f'lfr_{mu}_{repeat}.csv')
    write_graph(graph, edges_path)
    names, sources, targets, weights = read_edges(edges_path)
    truth = planted(graph, names)
    ig = igraph_graph(names, sources, targets, weights)
    random.seed(repeat + 1)
    theirs = ig.community_leiden(objective_function='modularity', weights='weight', n_iterations=2).membership
    ours_path = os.path.join(work, f'lfr_{mu}_{repeat}_ours.csv')
    run_ours(edges_path, ours_path, repeat + 1)
    ours = read_membership(ours_path, names)
    return {'mu': mu, 'repeat': repeat, 'nodes': len(names), 'edges': len(sources),
            'nmi_ours': igraph.compare_communities(truth, ours, method='nmi'),
            'nmi_igraph': igraph.compare_communities(truth, theirs, method='nmi'),
            'modularity_ours': modularity(ig, ours), 'modularity_igraph': modularity(ig, theirs)}


def main():
    work = sys.argv[1]
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 10000
    repeats = int(sys.argv[3]) if len(sys.argv) > 3 else 3
    os.makedirs(work, exist_ok=True)
    for mu in (0.1, 0.2, 0.3, 0.4, 0.5, 0.6):
        rows = [one_graph(work, n, mu, repeat) for repeat in range(repeats)]
        for row in rows:
            print(json.dumps(row), flush=True)
        mean = {key: sum(row[key] for row in rows) / repeats for key in ('nmi_ours', 'nmi_igraph', 'modularity_ours', 'modularity_igraph')}
        print(json.dumps({'mu': mu, 'mean_of': repeats, **mean, 'nmi_gap': mean['nmi_ours'] - mean['nmi_igraph']}), flush=True)


main()
