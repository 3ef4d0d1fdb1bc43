import type { ClusterInput, LinkInput, OrganisationInput } from '@klaster/core';

/** A set of organisations the generator planted as one de facto cluster: ground truth for discovery. */
export interface PlantedGroup {
  key: string;
  region: string;
  label: string;
  inns: string[];
}

export interface DemoDataset {
  organisations: OrganisationInput[];
  links: LinkInput[];
  clusters: ClusterInput[];
  plantedGroups: PlantedGroup[];
  /**
   * SMEs that make what a planted group buys but do not trade with it yet (Astrakhan shipyards,
   * Komi oil and gas): the expected answers of matchmaking in stories 3 and 5.
   */
  potentialSuppliers: PlantedGroup[];
}

export interface DemoOptions {
  seed?: number;
}
