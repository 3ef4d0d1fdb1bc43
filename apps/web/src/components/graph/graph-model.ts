import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { Link } from '../../api/types.ts';
import { categoryColour } from '../../lib/colours.ts';

export interface GraphOrganisation {
  id: number;
  name: string;
  municipality: string | null;
  okvedMain: string;
  lat: number | null;
  lon: number | null;
}

export type ColourMode = 'municipality' | 'okved';

export interface NodeAttributes {
  x: number;
  y: number;
  size: number;
  label: string;
  color: string;
  volume: number;
  municipality: string;
  section: string;
}

export interface EdgeAttributes {
  size: number;
  color: string;
  volume: number;
}

export type CooperationGraphModel = Graph<NodeAttributes, EdgeAttributes>;

/** Deterministic spread for organisations without coordinates, so the layout is the same on every load. */
function fallbackPosition(id: number): { x: number; y: number } {
  const angle = (id * 2.399963) % (2 * Math.PI);
  const radius = 1 + (id % 7) * 0.15;
  return { x: Math.cos(angle) * radius, y: Math.sin(angle) * radius };
}

function ensureNode(graph: CooperationGraphModel, id: number, org: GraphOrganisation | undefined, fallbackName: string, labels: { other: string; unknown: string }, sectionOf: (okved: string) => string) {
  const key = String(id);
  if (graph.hasNode(key)) return;
  // Start from the geography (lon, lat): ForceAtlas2 then keeps neighbouring municipalities near each other.
  const position = org?.lat != null && org.lon != null ? { x: org.lon, y: org.lat } : fallbackPosition(id);
  graph.addNode(key, {
    ...position, size: 3, label: org?.name ?? fallbackName, color: '#999', volume: 0,
    municipality: org ? (org.municipality ?? labels.unknown) : labels.other,
    section: org ? sectionOf(org.okvedMain) : labels.other,
  });
}

/**
 * Supplier → buyer graph of the given organisations and links. Links to organisations outside the set
 * (another region) keep their other end as a node marked "other region", because that is where the chain goes.
 */
export function buildCooperationGraph(orgs: GraphOrganisation[], links: Link[], labels: { other: string; unknown: string }, sectionOf: (okved: string) => string): CooperationGraphModel {
  const graph: CooperationGraphModel = new Graph<NodeAttributes, EdgeAttributes>({ type: 'directed', multi: false });
  const byId = new Map(orgs.map((o) => [o.id, o]));
  for (const o of orgs) ensureNode(graph, o.id, o, o.name, labels, sectionOf);
  for (const l of links) {
    ensureNode(graph, l.supplierId, byId.get(l.supplierId), l.supplierName, labels, sectionOf);
    ensureNode(graph, l.buyerId, byId.get(l.buyerId), l.buyerName, labels, sectionOf);
    const [s, b] = [String(l.supplierId), String(l.buyerId)];
    if (s === b) continue;
    if (graph.hasEdge(s, b)) graph.updateEdgeAttribute(s, b, 'volume', (v) => (v ?? 0) + l.volume);
    else graph.addEdge(s, b, { size: 1, color: '#c5ced8', volume: l.volume });
    graph.updateNodeAttribute(s, 'volume', (v) => (v ?? 0) + l.volume);
    graph.updateNodeAttribute(b, 'volume', (v) => (v ?? 0) + l.volume);
  }
  sizeByVolume(graph);
  if (graph.order > 1) forceAtlas2.assign(graph, { iterations: 150, settings: { ...forceAtlas2.inferSettings(graph), gravity: 1, scalingRatio: 8 } });
  return graph;
}

/** Node area follows the supply volume (square root), edges get thicker with volume too. */
function sizeByVolume(graph: CooperationGraphModel): void {
  let maxNode = 1;
  let maxEdge = 1;
  graph.forEachNode((_, a) => { maxNode = Math.max(maxNode, a.volume); });
  graph.forEachEdge((_, a) => { maxEdge = Math.max(maxEdge, a.volume); });
  graph.forEachNode((n, a) => graph.setNodeAttribute(n, 'size', 3 + 14 * Math.sqrt(a.volume / maxNode)));
  graph.forEachEdge((e, a) => graph.setEdgeAttribute(e, 'size', 0.5 + 3 * Math.sqrt(a.volume / maxEdge)));
}

/** Colours nodes by municipality or OKVED section; returns the legend, largest groups first. */
export function colourGraph(graph: CooperationGraphModel, mode: ColourMode, otherLabel: string): { name: string; colour: string; count: number }[] {
  const counts = new Map<string, number>();
  graph.forEachNode((_, a) => {
    const key = mode === 'municipality' ? a.municipality : a.section;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  });
  const ordered = [...counts.entries()].filter(([k]) => k !== otherLabel).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'ru'));
  const colours = new Map(ordered.map(([k], i) => [k, categoryColour(i)]));
  colours.set(otherLabel, '#bbbbbb');
  graph.forEachNode((n, a) => graph.setNodeAttribute(n, 'color', colours.get(mode === 'municipality' ? a.municipality : a.section) ?? '#bbbbbb'));
  const legend = ordered.map(([name, count]) => ({ name, colour: colours.get(name)!, count }));
  if (counts.has(otherLabel)) legend.push({ name: otherLabel, colour: '#bbbbbb', count: counts.get(otherLabel)! });
  return legend;
}
