#!/usr/bin/env bash
# Leiden benchmark: Klaster vs igraph (C, python3-igraph from Debian) vs networkx louvain, then LFR
# quality. Usage: bench/leiden/run.sh [WORK_DIR]   (env: NODES, EDGES, NETWORKX_TIMEOUT, SKIP_NETWORKX=1)
# Needs: apt-get install -y python3-igraph python3-networkx. Uses /usr/bin/python3 (the Debian one).
set -euo pipefail
cd "$(dirname "$0")/../.."
WORK="${1:-/tmp/klaster-bench-leiden}"
NODES="${NODES:-300000}"
EDGES="${EDGES:-3000000}"
PY=/usr/bin/python3
mkdir -p "$WORK"
echo "== machine: $(nproc) cores, node $(node --version), $($PY -c 'import igraph, networkx; print("igraph", igraph.__version__, "networkx", networkx.__version__)')"

echo "== generating $NODES nodes / $EDGES edges"
node --import tsx bench/leiden/generate-graph.ts "$WORK/edges.csv" "$WORK/truth.csv" "$NODES" "$EDGES" 42

echo "== klaster (3 runs, seeds 1..3)"
for seed in 1 2 3; do
  node --import tsx bench/leiden/run-ours.ts --json --graph "$WORK/edges.csv" --seed "$seed" --out "$WORK/ours_$seed.csv"
done
echo "== igraph community_leiden, n_iterations=2 (its default) and -1 (until stable)"
$PY bench/leiden/run_igraph.py "$WORK/edges.csv" "$WORK/igraph_2.csv" 2
$PY bench/leiden/run_igraph.py "$WORK/edges.csv" "$WORK/igraph_full.csv" -1
if [ "${SKIP_NETWORKX:-0}" != 1 ]; then
  echo "== networkx louvain_communities (capped at ${NETWORKX_TIMEOUT:-900} s)"
  timeout "${NETWORKX_TIMEOUT:-900}" $PY bench/leiden/run_networkx.py "$WORK/edges.csv" "$WORK/networkx.csv" || echo '{"impl": "networkx louvain_communities", "timed_out": true}'
fi

echo "== one modularity for all, NMI to the planted partition"
shopt -s nullglob
$PY bench/leiden/evaluate.py "$WORK/edges.csv" "$WORK/truth.csv" "$WORK"/ours_*.csv "$WORK"/igraph_*.csv "$WORK"/networkx.csv

echo "== LFR n=10000, mu 0.1..0.6"
(cd bench/leiden && $PY lfr.py "$WORK/lfr" 10000 "${LFR_REPEATS:-3}")
