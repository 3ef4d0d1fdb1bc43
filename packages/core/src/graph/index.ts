export { fromEdges, strengths, type CsrGraph, type NodeIds, type EdgeWeights } from './csr.ts';
export { leiden, type LeidenOptions, type LeidenResult, type LeidenStage, type LeidenPosition, type QualityFunction } from './leiden.ts';
export { modularity, cpmQuality, internalWeights } from './quality.ts';
export { nmi } from './nmi.ts';
export { renumber, splitDisconnected, allCommunitiesConnected, type Membership } from './partition.ts';
export { createRandom, randomPermutation, type Random } from './random.ts';
export { EdgeListParser, EdgeListError, parseEdgeList, type EdgeList } from './edge-list.ts';
