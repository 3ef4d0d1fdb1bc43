/** One palette for the whole product, so the map, the graph and the badges agree. */
export const CLUSTER_KIND_COLOURS: Record<string, string> = {
  industrial: '#1c5d99',
  innovative: '#7b3fa0',
  local: '#2f9e44',
  candidate: '#e8590c',
};

export const CLUSTER_STATUS_COLOURS: Record<string, string> = {
  candidate: '#adb5bd',
  initiative: '#fab005',
  agreement_signed: '#74c0fc',
  specialized_org_set: '#4dabf7',
  application: '#7950f2',
  pre_defence: '#be4bdb',
  in_registry: '#2f9e44',
  excluded: '#e03131',
};

export const NO_CLUSTER_COLOUR = '#868e96';

/** Categorical palette for municipalities and OKVED sections (distinguishable, calm). */
export const CATEGORY_PALETTE = [
  '#1c7ed6', '#e8590c', '#2f9e44', '#c2255c', '#7048e8', '#0c8599', '#f08c00', '#5c940d',
  '#a61e4d', '#364fc7', '#d9480f', '#087f5b', '#862e9c', '#e67700', '#1864ab', '#66a80f',
];

export function categoryColour(index: number): string {
  return CATEGORY_PALETTE[index % CATEGORY_PALETTE.length]!;
}

/** Mantine colour names for status badges. */
export const STATUS_BADGE: Record<string, string> = {
  candidate: 'gray', initiative: 'yellow', agreement_signed: 'cyan', specialized_org_set: 'blue',
  application: 'violet', pre_defence: 'grape', in_registry: 'green', excluded: 'red',
};
